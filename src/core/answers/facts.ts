import { ACCESS_ROUTE_LABELS, ACCESS_ROUTE_LABELS_EN, deadlineText, deadlineTextEn, type ContractType, type DeadlineEntry, type GlossaryEntry, type Program, type Topic } from '../../knowledge/index.ts';
import { addDaysTo, checkDeadline, formatFrenchDate, formatFrenchDateLong, type IsoDate } from '../../rules/index.ts';
import { askerOf, cite, inLang, tr, type AnswerContext } from '../context.ts';
import { foldedWords } from '../normalize.ts';
import { isYesNoQuestion } from '../question-kind.ts';
import { reply, type Reply } from '../reply.ts';

/** Said once to English speakers when an answer quotes the French documents. */
export const FRENCH_SOURCES_NOTE = "The programme's documents are in French: parts of this answer quote them in French.";

/** A topic of the guide: its answer, a warning where the guide is outdated, its sources. */
export function topicReply(ctx: AnswerContext, topic: Topic): Reply {
  const notes: string[] = [];
  if (topic.guideOutdated) notes.push(tr(ctx, `Attention, le guide n'est pas à jour ou se trompe sur ce point : ${topic.guideOutdated}`, `Note: the guide is outdated or wrong here: ${inLang(ctx, topic.guideOutdated, topic.guideOutdatedEn)}`));
  const blocks = inLang(ctx, topic.answer, topic.answerEn).split('\n\n');
  if (ctx.lang === 'en' && !topic.answerEn) notes.unshift(FRENCH_SOURCES_NOTE);
  return reply('answer', inLang(ctx, topic.title, topic.titleEn), { blocks, notes, sources: cite(ctx, topic.sources), lang: ctx.lang, data: { topicId: topic.id } });
}

export function glossaryReply(ctx: AnswerContext, entry: GlossaryEntry): Reply {
  return reply('answer', entry.term, { blocks: [`${entry.term}${tr(ctx, ' : ', ': ')}${inLang(ctx, entry.meaning, entry.meaningEn)}`], sources: cite(ctx, entry.sources), lang: ctx.lang, data: { term: entry.term } });
}

export function contractTypeReply(ctx: AnswerContext, type: ContractType): Reply {
  const label = inLang(ctx, type.label, type.labelEn);
  const blocks = [`${type.code}${tr(ctx, ' : ', ': ')}${label}.`, inLang(ctx, type.description, type.descriptionEn)];
  if (type.signedWith) blocks.push(`${tr(ctx, 'Signé avec :', 'Signed with:')} ${type.signedWith}.`);
  return reply('answer', `${type.code} — ${label}`, { blocks, sources: cite(ctx, type.sources), lang: ctx.lang, data: { code: type.code, family: type.family } });
}

/**
 * A deadline of the guide, for the person asking: a deadline that is the other side's (a student
 * asking about the company's sick-note deadline) gives way to the asker's own, and names the other.
 * With a date in the question, the computed last day; to those who must meet it, the command.
 */
export function deadlineReply(ctx: AnswerContext, matched: DeadlineEntry): Reply {
  const counterpart = matched.counterpart ? ctx.knowledge.deadlines.find((x) => x.id === matched.counterpart) : undefined;
  // Whose deadline: the side the question sends to, when it says (« pour l'envoyer à ma boîte », « la
  // transmettre à la fac » — the message as typed first, a follow-up's own words deciding), else the asker's own.
  const sent = (ctx.typed !== undefined ? sentTo(ctx.typed) : undefined) ?? sentTo(ctx.question);
  const asker = sent === 'company' ? 'alternant' : sent === 'programme' ? 'professionnel' : askerOf(ctx.role);
  const d = matched.audience && matched.audience !== asker && counterpart?.audience === asker ? counterpart : matched;
  const other = d === matched ? counterpart : matched;
  const label = inLang(ctx, d.label, d.labelEn);
  const blocks = [`${label}${tr(ctx, ' : ', ': ')}${deadlineSentence(ctx, d)}.`, `${tr(ctx, 'Qui :', 'Who:')} ${inLang(ctx, d.actor, d.actorEn)}.`];
  if (ctx.lang === 'en') {
    const days = d.kind === 'ouvres' ? `${d.days} working days (Monday to Friday, « jours ouvrés »)` : `${d.days} working days (Monday to Saturday, « jours ouvrables »)`;
    blocks.unshift(`Deadline: ${days}, public holidays excluded, ${d.direction === 'after' ? 'after' : 'before'} the event below.`);
  }
  if (d.consequence) blocks.push(inLang(ctx, d.consequence, d.consequenceEn));
  const data: Record<string, unknown> = { deadlineId: d.id };
  const { event, action } = eventAndAction(ctx, d.direction);
  // The Oui/Non when whether a day said is in time is asked: it heads the reply.
  let verdict: string | undefined;
  if (event) {
    const check = checkDeadline(d, event, action ?? ctx.today);
    // The day computed is what was asked: it comes first.
    blocks.unshift(
      tr(
        ctx,
        `Au plus tard le ${formatFrenchDateLong(check.deadline)} : ${deadlineText(d)} ${d.direction === 'after' ? 'après' : 'avant'} le ${formatFrenchDate(event)} (jours fériés et ${d.kind === 'ouvres' ? 'samedis, ' : ''}dimanches exclus, le jour même ne compte pas).`,
        `At the latest on ${formatFrenchDate(check.deadline)}: ${deadlineTextEn(d)} ${d.direction === 'after' ? 'after' : 'before'} ${formatFrenchDate(event)} (public holidays${d.kind === 'ouvres' ? ', Saturdays' : ''} and Sundays excluded, the day itself does not count).`,
      ),
    );
    data.deadline = check.deadline;
    // « arrêt du 10 novembre, on l'envoie aujourd'hui, c'est bon ? »: the day it is (or was) sent against the last day.
    if (action && !d.alsoDaysBefore && onTimeAsked(ctx)) {
      const yes = LATE_ASKED.test(foldedWords(ctx.typed ?? ctx.question)) ? check.late : !check.late;
      const when = formatFrenchDate(action);
      verdict = check.late
        ? tr(ctx, `${yes ? 'Oui' : 'Non'} : le ${when}, c'est après la date limite du ${formatFrenchDate(check.deadline)} (${deadlineText(d)} ${d.direction === 'after' ? 'après' : 'avant'} le ${formatFrenchDate(event)}).`, `${yes ? 'Yes' : 'No'}: ${when} is after the deadline of ${formatFrenchDate(check.deadline)} (${deadlineTextEn(d)} ${d.direction === 'after' ? 'after' : 'before'} ${formatFrenchDate(event)}).`)
        : tr(ctx, `${yes ? 'Oui' : 'Non'} : le ${when}, c'est dans le délai (au plus tard le ${formatFrenchDate(check.deadline)} : ${deadlineText(d)} ${d.direction === 'after' ? 'après' : 'avant'} le ${formatFrenchDate(event)}).`, `${yes ? 'Yes' : 'No'}: ${when} is within the deadline (${formatFrenchDate(check.deadline)} at the latest: ${deadlineTextEn(d)} ${d.direction === 'after' ? 'after' : 'before'} ${formatFrenchDate(event)}).`);
      data.yesNo = yes ? 'oui' : 'non';
      data.late = check.late;
    }
    if (d.alsoDaysBefore) {
      // Both constraints together: approved a week before the start, sent 10 working days before the approval.
      const approvedBy = addDaysTo(event, -d.alsoDaysBefore.days);
      const both = checkDeadline(d, approvedBy, ctx.today);
      blocks.push(
        tr(
          ctx,
          `Avec la seconde contrainte (${d.alsoDaysBefore.reason}) : validation au plus tard le ${formatFrenchDateLong(approvedBy)}, donc fiche envoyée au plus tard le ${formatFrenchDateLong(both.deadline)} si la validation prend les 10 jours ouvrables.`,
          `With the second constraint (the contract starts at least a week after the approval, table 5): approval by ${formatFrenchDate(approvedBy)}, so send the form by ${formatFrenchDate(both.deadline)} if the approval takes the full ${d.days} working days.`,
        ),
      );
      data.deadline = both.deadline;
      data.deadlineWithoutSecondConstraint = check.deadline;
    }
  }
  if (d.alsoDaysBefore && !event) blocks.push(tr(ctx, `Seconde contrainte : ${d.alsoDaysBefore.reason}. Les deux s'additionnent : envoyez la fiche au moins ${deadlineText(d)} plus ${d.alsoDaysBefore.days} jours avant le début du contrat.`, `Second constraint: the contract starts at least a week after the approval (table 5). Both add up: send the form at least ${d.days} working days plus ${d.alsoDaysBefore.days} days before the contract starts.`));
  if (other) {
    // The same event sets the other side's last day too (the company's 10 days run from the sick note's date, not from receiving it).
    const otherDay = event ? checkDeadline(other, event, ctx.today).deadline : undefined;
    const by = otherDay ? tr(ctx, `, soit au plus tard le ${formatFrenchDateLong(otherDay)}`, `, i.e. by ${formatFrenchDate(otherDay)}`) : '';
    blocks.push(`${tr(ctx, 'De l’autre côté :', 'The other side:')} ${inLang(ctx, other.label, other.labelEn)} — ${deadlineSentence(ctx, other)}${by}.`);
    // (What a missed deadline leads to, said once: the student's 48 h feed the company's 10 days, whose miss makes the absence unjustified.)
    if (!d.consequence && other.consequence) blocks.push(inLang(ctx, other.consequence, other.consequenceEn));
  }
  if (d.command && d.audience === asker) blocks.push(tr(ctx, `Pour le transmettre par l'assistant : ${d.command}`, `To send it through the assistant: ${d.command}`));
  return reply('answer', verdict ?? label, { blocks: verdict ? [label, ...blocks] : blocks, notes: ctx.lang === 'en' ? [FRENCH_SOURCES_NOTE] : [], sources: cite(ctx, [...d.sources, ...(other?.sources ?? [])]), lang: ctx.lang, data });
}

// « c'est trop tard ? », « je suis en retard ? »: lateness asked (Oui when late); « dans les temps ? »: the contrary.
const LATE_ASKED = /\b(trop tard|en retard|hors delai|depasse|too late|late|overdue)\b/;
const ON_TIME_ASKED = /\b(dans les temps|dans les delais|dans le delai|a temps|on time|in time|within the deadline)\b/;
// The day something is (or was) done, said beside the event's date: « aujourd'hui », « demain », « today ».
const TODAY_SAID = /\b(aujourd hui|aujourdhui|auj|ce matin|ce soir|cet apres midi|maintenant|today|now|this morning)\b/;
const TOMORROW_SAID = /\b(demain|tomorrow)\b/;

/**
 * The event a deadline runs from and the day the thing is done, when the question says both: two dates (the
 * earlier is the sick note's for a deadline after it, the later the absence's for one before it), or one date
 * and « aujourd'hui » or « demain ».
 */
function eventAndAction(ctx: AnswerContext, direction: DeadlineEntry['direction']): { event?: IsoDate; action?: IsoDate } {
  const dates = [...ctx.entities.dates].sort();
  if (dates.length >= 2) return direction === 'after' ? { event: dates[0], action: dates.at(-1) } : { event: dates.at(-1), action: dates[0] };
  const folded = foldedWords(ctx.typed ?? ctx.question);
  const said = TODAY_SAID.test(folded) ? ctx.today : TOMORROW_SAID.test(folded) ? addDaysTo(ctx.today, 1) : undefined;
  // (The one date is the relative day itself when no other is said: « arrêt daté d'aujourd'hui ».)
  return { event: dates[0], action: said && dates[0] && said !== dates[0] ? said : undefined };
}

/** Whether the question says when a thing is (or was) done beside the day its deadline runs from, and asks if that is in time. */
export function onTimeAsked(ctx: AnswerContext): boolean {
  const asked = ctx.typed ?? ctx.question;
  const folded = foldedWords(asked);
  // (Which of two dates is the event depends on the deadline's direction; that one is said does not.)
  return eventAndAction(ctx, 'after').action !== undefined && (isYesNoQuestion(asked, folded) || LATE_ASKED.test(folded) || ON_TIME_ASKED.test(folded));
}

// Where a sick note is sent: to the company (the student's 48 h) or to the programme (the company's 10 days).
const TO_COMPANY = /\b(a|au|to) (ma|mon|son|sa|leur|my|his|her|their|l|le|la|the) ?(boite|boss|entreprise|employeur|patron|rh|tuteur|company|employer|manager)\b|\b(boite|entreprise|employeur|patron|rh|company|employer) (doit |doivent |must |should |has to |needs to |va |will )?(le |la |l |it )?(recevoir|recoit|receive|receives|get|gets)\b/;
const TO_PROGRAMME = /\b(a|au|to) (la|le|l|the) ?(fac|faculte|miage|formation|universite|ecole|secretariat|responsable|university|programme|school)\b/;

// « ma boîte doit l'envoyer avant quand ? »: the company acting, so sending to the programme.
const COMPANY_ACTS = /\b(ma|mon|notre|la|le|l|my|our|the) ?(boite|entreprise|employeur|patron|rh|company|employer) (doit|doivent|a|must|has|should|peut)\b/;

function sentTo(text: string): 'company' | 'programme' | undefined {
  const folded = foldedWords(text);
  // (« ma boîte doit recevoir mon arrêt »: the company receives it, so it is sent to the company.)
  const company = TO_COMPANY.test(folded);
  const programme = TO_PROGRAMME.test(folded) || (!company && COMPANY_ACTS.test(folded));
  return company === programme ? undefined : company ? 'company' : 'programme';
}

/** "10 jours ouvrables après l'établissement de l'arrêt", or its English when the deadline has one. */
export function deadlineSentence(ctx: AnswerContext, d: DeadlineEntry): string {
  if (ctx.lang === 'en' && d.eventEn) return `${deadlineTextEn(d)} ${d.direction === 'after' ? 'after' : 'before'} ${d.eventEn}`;
  return `${deadlineText(d)} ${d.direction === 'after' ? 'après' : 'avant'} ${d.event}`;
}

/** A programme's certification facts (RNCP fiche): what the documents say, nothing more. */
export function programReply(ctx: AnswerContext, p: Program): Reply {
  const c = p.certification;
  const fields = [
    { label: 'RNCP', value: `${c.rncp}${c.level ? `, ${tr(ctx, 'niveau', 'level')} ${c.level}` : ''}` },
    { label: tr(ctx, 'Certification', 'Certification'), value: c.title },
  ];
  if (c.certifiers.length > 0) fields.push({ label: tr(ctx, 'Certificateur', 'Certifier'), value: c.certifiers.join(', ') });
  const notes: string[] = [];
  if (c.registeredUntil) {
    fields.push({ label: tr(ctx, 'Enregistrement jusqu’au', 'Registered until'), value: formatFrenchDate(c.registeredUntil) });
    if (c.registeredUntil < ctx.today) notes.push(tr(ctx, `Cette date est dépassée au ${formatFrenchDate(ctx.today)} : vérifiez l'état de la fiche sur France Compétences.`, `This date has passed: check the fiche on France Compétences.`));
  }
  const routes = Object.entries(ACCESS_ROUTE_LABELS).map(([key, label]) => {
    const value = p.accessRoutes[key as keyof typeof p.accessRoutes];
    if (ctx.lang === 'en') return `- ${ACCESS_ROUTE_LABELS_EN[key]}: ${value === undefined ? 'not stated by the documents' : value ? 'yes' : 'no'}`;
    return `- ${label} : ${value === undefined ? 'non précisé par les documents' : value ? 'oui' : 'non'}`;
  });
  const blocks = [`${p.name} — ${p.institution}.`, [tr(ctx, "Voies d'accès :", 'Access routes:'), ...routes].join('\n')];
  if (c.blocks.length > 0) blocks.push([tr(ctx, 'Blocs de compétences :', 'Skill blocks:'), ...c.blocks.map((b) => `- ${b.code} : ${b.title}`)].join('\n'));
  const prerequisites = ctx.lang === 'en' && p.prerequisitesEn ? p.prerequisitesEn : p.prerequisites;
  if (prerequisites.length > 0) blocks.push([tr(ctx, 'Prérequis :', 'Prerequisites:'), ...prerequisites.map((x) => `- ${x}`)].join('\n'));
  if (p.website) blocks.push(p.website);
  return reply('answer', p.shortName, { blocks, fields, notes, sources: cite(ctx, p.sources), lang: ctx.lang, data: { programId: p.id, rncp: c.rncp, accessRoutes: p.accessRoutes } });
}
