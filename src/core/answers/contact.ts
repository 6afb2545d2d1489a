import { holdersOf, type Contact, type Routing, type Source } from '../../knowledge/index.ts';
import { cite, inLang, tr, type AnswerContext } from '../context.ts';
import { fold } from '../normalize.ts';
import { deadlineSentence } from './facts.ts';
import { reply, type Reply } from '../reply.ts';

/** One line per person or service: name, title (in English when asked in English and translated), e-mail, phone, web. */
export function contactLine(c: Contact, lang: 'fr' | 'en' = 'fr'): string {
  const who = [c.name, inLang({ lang }, c.title, c.titleEn)].filter(Boolean).join(', ');
  const how = [c.email, c.phone && `tél. ${c.phone}`, c.web].filter(Boolean).join(' · ');
  return how ? `${who} — ${how}` : who;
}

/** Holders of a function for the question's year, formation and site (falling back to any formation). */
export function holdersFor(ctx: AnswerContext, fn: string): Contact[] {
  const { formation, site } = ctx.entities;
  const strict = holdersOf(ctx.knowledge, fn, { academicYear: ctx.academicYear, formation, site });
  return strict.length > 0 ? strict : holdersOf(ctx.knowledge, fn, { academicYear: ctx.academicYear });
}

/**
 * Holders of a function for the coming year who already handle its recruitments (the 2026/2027
 * direction from spring 2026), when the question's year is still held by someone else.
 */
export function recruitmentHoldersFor(ctx: AnswerContext, fn: string, current: Contact[]): Contact[] {
  const start = Number(ctx.academicYear.slice(0, 4)) + 1;
  const next = `${start}/${start + 1}`;
  return ctx.knowledge.contacts.filter((c) => c.function === fn && c.recruitsAhead && c.fromYear === next && !current.includes(c));
}

function recruitmentLine(ctx: AnswerContext, c: Contact): string {
  return tr(ctx, `Pour un recrutement ou un contrat de l'année ${c.fromYear} : ${contactLine(c)}`, `For a recruitment or a contract of the ${c.fromYear} year: ${contactLine(c, ctx.lang)}`);
}

/** Who to contact for a need (tables 8 and 9): people in order, or "nobody, X does it", plus deadlines. */
export function routingReply(ctx: AnswerContext, routing: Routing): Reply {
  const blocks: string[] = [];
  const sources: Source[] = [...routing.sources];
  const people: Array<{ function: string; name?: string; email?: string; phone?: string }> = [];
  if (routing.nobody) blocks.push(inLang(ctx, routing.nobody, routing.nobodyEn));
  if (routing.notInDocuments) blocks.push(inLang(ctx, routing.notInDocuments, routing.notInDocumentsEn));

  const family = ctx.entities.family;
  const relevant = routing.contacts.filter((c) => !family || c.contractFamilies.length === 0 || c.contractFamilies.includes(family));
  const steps = relevant.length > 0 ? relevant : routing.contacts;
  const lines: string[] = [];
  steps.forEach((step, i) => {
    const holders = holdersFor(ctx, step.function);
    const prefix = routing.ordered ? `${i + 1}. ` : '- ';
    for (const h of holders) {
      const note = step.note && inLang(ctx, step.note, step.noteEn);
      lines.push(`${prefix}${contactLine(h, ctx.lang)}${note ? ` (${note})` : ''}${h.note && !h.email ? ` — ${inLang(ctx, h.note, h.noteEn)}` : ''}`);
      sources.push(...h.sources);
      people.push({ function: h.function, name: h.name, email: h.email, phone: h.phone });
    }
    for (const h of recruitmentHoldersFor(ctx, step.function, holders)) {
      lines.push(`   ${recruitmentLine(ctx, h)}`);
      sources.push(...h.sources);
      people.push({ function: h.function, name: h.name, email: h.email, phone: h.phone });
    }
  });
  if (lines.length > 0) {
    const intro = routing.notInDocuments
      ? tr(ctx, 'Le mieux est de demander à :', 'Please ask:')
      : routing.nobody
        ? tr(ctx, 'Les personnes concernées :', 'The people concerned:')
        : routing.ordered
          ? tr(ctx, 'À contacter dans cet ordre :', 'Contact, in this order:')
          : tr(ctx, 'À contacter :', 'Contact:');
    blocks.push([intro, ...lines].join('\n'));
  }
  for (const id of routing.deadlines) {
    const d = ctx.knowledge.deadlines.find((x) => x.id === id);
    if (!d) continue;
    const consequence = d.consequence && inLang(ctx, d.consequence, d.consequenceEn);
    blocks.push(`${tr(ctx, 'Délai :', 'Deadline:')} ${inLang(ctx, d.label, d.labelEn)} — ${deadlineSentence(ctx, d)}.${consequence ? ` ${consequence}` : ''}`);
    sources.push(...d.sources);
  }
  if (people.some((p) => p.function === 'direction')) {
    blocks.push(tr(ctx, `Direction indiquée pour l'année universitaire ${ctx.academicYear}.`, `Management given for the ${ctx.academicYear} academic year.`));
  }
  // Not in the documents: said as the honest fallback it is, not as an answer.
  if (routing.notInDocuments) {
    return reply('fallback', `${tr(ctx, 'Pas dans les documents', 'Not in the documents')} — ${inLang(ctx, routing.need, routing.needEn)}`, { blocks, sources: cite(ctx, sources), lang: ctx.lang, data: { routingId: routing.id, inDomain: true, academicYear: ctx.academicYear, contacts: people } });
  }
  return reply('answer', inLang(ctx, routing.need, routing.needEn), { blocks, sources: cite(ctx, sources), lang: ctx.lang, data: { routingId: routing.id, academicYear: ctx.academicYear, contacts: people } });
}

/** "Qui est le directeur ?": the holder(s) of the matched contact's function for the year in question. */
export function contactReply(ctx: AnswerContext, matched: Contact): Reply {
  // A holder named in the question (« le mail de Mme Salmi ») is the one asked about.
  const question = fold(ctx.question);
  const surname = (name: string) => fold(name).split(/[^a-z]+/).filter(Boolean).at(-1) ?? '';
  const all = holdersFor(ctx, matched.function);
  const byName = all.filter((h) => h.name && surname(h.name).length >= 3 && new RegExp(`\\b${surname(h.name)}\\b`).test(question));
  const holders = byName.length > 0 ? byName : all;
  // One holder per formation or site (the two programme secretariats) and neither said: each one
  // with what they cover, and which is yours asked — not the first one's name as the answer.
  const scoped = holders.filter((h) => h.formations.length > 0 || h.sites.length > 0);
  if (!ctx.entities.formation && !ctx.entities.site && scoped.length > 1 && scoped.length === holders.length) {
    return reply('clarify', tr(ctx, 'Cela dépend de votre formation', 'It depends on your formation'), {
      blocks: [tr(ctx, 'Selon votre formation et votre site :', 'Depending on your formation and site:'), scoped.map((h) => `- ${contactLine(h, ctx.lang)}`).join('\n'), tr(ctx, 'Quelle est votre formation ?', 'Which is your formation?')],
      actions: scoped.map((h) => ({ id: `pick:${h.id}`, label: inLang(ctx, h.title, h.titleEn), value: inLang(ctx, h.title, h.titleEn) })),
      sources: cite(ctx, scoped.flatMap((h) => h.sources)),
      lang: ctx.lang,
      data: { options: scoped.map((h) => ({ id: h.id, title: h.title })), contacts: scoped.map((h) => ({ function: h.function, name: h.name, email: h.email, phone: h.phone })) },
    });
  }
  const shown = holders.length > 0 ? holders : [matched];
  const yearBound = shown.some((h) => h.fromYear || h.toYear);
  const blocks = shown.map((h) => [contactLine(h, ctx.lang), h.note && inLang(ctx, h.note, h.noteEn)].filter(Boolean).join('\n'));
  if (yearBound) blocks.push(tr(ctx, `Pour l'année universitaire ${ctx.academicYear}.`, `For the ${ctx.academicYear} academic year.`));
  const recruiting = recruitmentHoldersFor(ctx, matched.function, shown);
  for (const h of recruiting) blocks.push([recruitmentLine(ctx, h), h.note && inLang(ctx, h.note, h.noteEn)].filter(Boolean).join('\n'));
  shown.push(...recruiting);
  return reply('answer', inLang(ctx, shown[0]!.title, shown[0]!.titleEn), {
    blocks,
    sources: cite(ctx, shown.flatMap((h) => h.sources)),
    lang: ctx.lang,
    data: { academicYear: ctx.academicYear, contacts: shown.map((h) => ({ function: h.function, name: h.name, email: h.email, phone: h.phone })) },
  });
}

/**
 * A deadline's reply with the people the thing is sent to, by name (« au responsable de l'alternance ET au
 * secrétariat pédagogique »: which secretariat follows the formation said, else both).
 */
export function withSendTo(ctx: AnswerContext, r: Reply, functions: string[]): Reply {
  const people = functions.flatMap((fn) => holdersFor(ctx, fn));
  if (people.length === 0) return r;
  const lines = people.map((c) => `- ${contactLine(c, ctx.lang)}`);
  return { ...r, blocks: [...r.blocks, [tr(ctx, 'À envoyer à :', 'Send it to:'), ...lines].join('\n')], sources: [...new Set([...r.sources, ...cite(ctx, people.flatMap((c) => c.sources))])] };
}
