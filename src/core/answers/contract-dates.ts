import { cohortForYear, cohortOn, dateRuleFor, program, type CohortEntry, type CohortLookup, type ContractDateRuleEntry } from '../../knowledge/index.ts';
import { addMonthsTo, checkContractDates, contractWindows, formatFrenchDate, type Cohort, type IsoDate } from '../../rules/index.ts';
import { cite, inLang, tr, type AnswerContext } from '../context.ts';
import { contactLine, holdersFor } from './contact.ts';
import type { FamilyEntity } from '../entities.ts';
import { foldedWords } from '../normalize.ts';
import { reply, type Reply } from '../reply.ts';

const FAMILY_LABEL: Record<FamilyEntity, string> = {
  apprenticeship: "contrat d'apprentissage",
  professionalisation: 'contrat de professionnalisation',
  'work-study-internship': 'stage en alternance',
};
const FAMILY_LABEL_EN: Record<FamilyEntity, string> = {
  apprenticeship: "apprenticeship contract (contrat d'apprentissage)",
  professionalisation: 'professionalisation contract (contrat de professionnalisation)',
  'work-study-internship': 'work-study internship (stage en alternance)',
};

export interface ContractDatesRequest {
  formation: string;
  family: FamilyEntity;
  academicYear?: string;
  ddc?: IsoDate;
  dfc?: IsoDate;
}

function formationLabel(ctx: AnswerContext, id: string): string {
  return program(ctx.knowledge, 'miage-amu')?.formations.find((f) => f.id === id)?.label ?? id.toUpperCase();
}

/** The cohort asked about: the stated year, else today's; never silently another year. */
function lookup(ctx: AnswerContext, formation: string, academicYear?: string): CohortLookup {
  return academicYear ? cohortForYear(ctx.knowledge, formation, academicYear) : cohortOn(ctx.knowledge, formation, ctx.today);
}

/** Shown cohort, and the note saying it is not the year asked about when data is missing. */
function resolveCohort(ctx: AnswerContext, formation: string, academicYear?: string): { cohort?: CohortEntry; missing?: string; notes: string[] } {
  const found = lookup(ctx, formation, academicYear);
  if (found.status === 'found') return { cohort: found.cohort, notes: [] };
  const label = formationLabel(ctx, formation);
  if (!found.nearest) return { missing: found.academicYear, notes: [tr(ctx, `Aucune date de formation n'est connue pour ${label}.`, `No training dates are known for ${label}.`)] };
  // (Whom to ask, by name: the one who answers for the programme's dates.)
  const manager = holdersFor(ctx, 'responsable-alternance')[0];
  const who = manager ? ` (${contactLine(manager, ctx.lang)})` : '';
  return {
    cohort: found.nearest,
    missing: found.academicYear,
    notes: [
      tr(
        ctx,
        `Les dates ${found.academicYear} de ${label} ne figurent pas dans les documents (guide 2025/2026). Voici celles de ${found.nearest.label}, à titre indicatif seulement : faites confirmer les dates de votre année par le responsable de l'alternance${who}.`,
        `The ${found.academicYear} dates for ${label} are not in the documents (2025/2026 guide). Shown below: ${found.nearest.label}, for reference only; ask the work-study manager${who} to confirm your year's dates.`,
      ),
    ],
  };
}

/** How many days a date lies outside a cohort's contract start window (Tableau 5): 0 inside it. */
function distanceToStartWindow(cohort: CohortEntry | undefined, rule: ContractDateRuleEntry | undefined, date: IsoDate): number {
  if (!cohort?.ddf || !cohort.dff || !rule) return Infinity;
  const w = contractWindows({ ...cohort, ddf: cohort.ddf, dff: cohort.dff }, rule);
  const days = (a: IsoDate, b: IsoDate) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  return date < w.ddcMin ? days(date, w.ddcMin) : date > w.ddcMax ? days(w.ddcMax, date) : 0;
}

function nextAcademicYear(academicYear: string): string {
  const start = Number(academicYear.slice(0, 4)) + 1;
  return `${start}/${start + 1}`;
}

/** `/contrat-dates`: training dates, start and end windows of table 5, and the check of proposed dates. */
export function contractDatesReply(ctx: AnswerContext, req: ContractDatesRequest): Reply {
  if (req.formation === 'l3g') {
    return reply('error', tr(ctx, 'Pas d’alternance en L3G', 'No work-study in L3G'), {
      blocks: [tr(ctx, 'La L3 Gestion parcours MIAGE se fait uniquement en formation classique : il n’y a pas de contrat d’alternance, donc pas de dates de contrat. Formations possibles : L3I, M1 (contrat de 2 ans sur le Master), M2.', 'The L3 Gestion is only taught full-time: no work-study contract.')],
      sources: cite(ctx, [{ doc: 'guide-alternance', ref: 'Tableau 1' }]),
      lang: ctx.lang,
    });
  }
  const notes: string[] = [];
  // In work-study, M1 is the first year of a two-year Master contract (guide §2.1.2); a work-study
  // internship is agreed for one year at a time (« chaque année du Master », Tableau 5): the M1's own dates.
  const twoYears = req.formation === 'm1' && req.family !== 'work-study-internship';
  const formation = twoYears ? 'master' : req.formation;
  if (twoYears) notes.push(tr(ctx, 'En M1, le contrat d’alternance couvre les deux années du Master (M1 puis M2) : ce sont les dates du Master en 2 ans.', 'In M1 the work-study contract covers both Master years.'));
  const rule = dateRuleFor(ctx.knowledge, req.family);
  let resolved = resolveCohort(ctx, formation, req.academicYear);
  let yearNote: string | undefined;
  if (!req.academicYear && !resolved.missing && resolved.cohort) {
    yearNote = tr(ctx, `Dates de l'année universitaire en cours au ${formatFrenchDate(ctx.today)} : ${resolved.cohort.academicYear}.`, `Dates for the current academic year on ${formatFrenchDate(ctx.today)}: ${resolved.cohort.academicYear}.`);
    // Past the current year's start window, a new contract is for the coming year: show that one.
    // So is a start proposed after that window (« commencer le 1er septembre 2026 » asked in July 2026).
    const current = resolved.cohort;
    const ddcMax = rule && current.ddf && current.dff ? contractWindows({ ...current, ddf: current.ddf, dff: current.dff }, rule).ddcMax : undefined;
    const next = nextAcademicYear(current.academicYear);
    const coming = ddcMax !== undefined && (req.ddc ? ddcMax < req.ddc : ddcMax < ctx.today) ? resolveCohort(ctx, formation, next) : undefined;
    // A start proposed after the window is the coming year's when nearer that year's window (« le 15/06 » for
    // September is early for next year; « le 15/12 » is late for this one).
    const closed = coming !== undefined && (!req.ddc || (!coming.missing && distanceToStartWindow(coming.cohort, rule, req.ddc) < distanceToStartWindow(current, rule, req.ddc)));
    if (closed && coming && ddcMax !== undefined) {
      yearNote =
        ddcMax < ctx.today
          ? tr(
              ctx,
              `Au ${formatFrenchDate(ctx.today)}, la fenêtre de début de contrat de ${current.academicYear} est close (depuis le ${formatFrenchDate(ddcMax)}) : un nouveau contrat est pour l'année ${next}${coming.missing ? '.' : ', dont voici les dates.'}`,
              `On ${formatFrenchDate(ctx.today)}, the ${current.academicYear} contract start window is closed (since ${formatFrenchDate(ddcMax)}): a new contract is for the ${next} year${coming.missing ? '.' : ', shown here.'}`,
            )
          : tr(
              ctx,
              `Un début le ${formatFrenchDate(req.ddc!)} est après la fenêtre de début de ${current.academicYear} (close le ${formatFrenchDate(ddcMax)}) : c'est un contrat de l'année ${next}${coming.missing ? '.' : ', dont voici les dates.'}`,
              `A start on ${formatFrenchDate(req.ddc!)} is after the ${current.academicYear} start window (closing ${formatFrenchDate(ddcMax)}): it is a contract of the ${next} year${coming.missing ? '.' : ', shown here.'}`,
            );
      if (coming.cohort) resolved = coming;
    }
  }
  notes.push(...resolved.notes);
  if (yearNote) notes.unshift(yearNote);
  if (!resolved.cohort?.ddf || !resolved.cohort.dff || !rule) {
    return reply('fallback', tr(ctx, 'Dates inconnues', 'Dates unknown'), { notes, blocks: [tr(ctx, 'Demandez au responsable de l’alternance (jean.caussanel@univ-amu.fr).', 'Ask the work-study manager (jean.caussanel@univ-amu.fr).')], lang: ctx.lang });
  }
  const c = resolved.cohort;
  const cohort: Cohort = { ...c, ddf: c.ddf!, dff: c.dff! };
  const w = contractWindows(cohort, rule);
  const fr = formatFrenchDate;
  const duration =
    req.family === 'work-study-internship'
      ? tr(ctx, 'entre 6 mois et 1 an, de date à date', 'between 6 months and 1 year')
      : tr(ctx, `${cohort.contractYears} ${cohort.contractYears > 1 ? 'ans' : 'an'}`, `${cohort.contractYears} year${cohort.contractYears > 1 ? 's' : ''}`);
  const fields = [
    { label: tr(ctx, 'Formation (DDF → DFF)', 'Training (DDF → DFF)'), value: `${fr(w.ddf)} → ${fr(w.dff)}` },
    { label: tr(ctx, 'Début du contrat (DDC)', 'Contract start (DDC)'), value: `${tr(ctx, 'entre le', 'between')} ${fr(w.ddcMin)} ${tr(ctx, 'et le', 'and')} ${fr(w.ddcMax)}` },
    {
      label: tr(ctx, 'Fin du contrat (DFC)', 'Contract end (DFC)'),
      value: w.dfcMin ? `${tr(ctx, 'entre le', 'between')} ${fr(w.dfcMin)} ${tr(ctx, 'et le', 'and')} ${fr(w.dfcMax)}` : `${tr(ctx, 'au plus tard le', 'at the latest')} ${fr(w.dfcMax)}`,
    },
    { label: tr(ctx, 'Durée', 'Length'), value: duration },
  ];
  const blocks = [inLang(ctx, rule.basis, rule.basisEn), [tr(ctx, 'Conditions communes (Tableau 5) :', 'Common conditions (table 5):'), ...conditionsOf(ctx, rule).map((x) => `- ${x}`)].join('\n')];
  if (c.note) blocks.push(c.note);
  const data: Record<string, unknown> = {
    ...w,
    cohort: c.id,
    academicYear: c.academicYear,
    requestedYear: resolved.missing ?? c.academicYear,
    missingYear: resolved.missing ?? null,
    family: req.family,
    durationYears: req.family === 'work-study-internship' ? null : cohort.contractYears,
  };
  let kind: Reply['kind'] = 'computation';
  let title = `${c.label} — ${tr(ctx, FAMILY_LABEL[req.family], FAMILY_LABEL_EN[req.family])}`;
  if (req.ddc || req.dfc) {
    const check = checkContractDates(cohort, rule, { ddc: req.ddc, dfc: req.dfc });
    data.proposal = { ddc: req.ddc ?? null, dfc: req.dfc ?? null };
    data.valid = check.valid;
    data.violations = check.violations;
    const proposed = req.ddc && req.dfc ? `${fr(req.ddc)} → ${fr(req.dfc)}` : req.ddc ? `${tr(ctx, 'début le', 'start on')} ${fr(req.ddc)}` : `${tr(ctx, 'fin le', 'end on')} ${fr(req.dfc!)}`;
    title = check.valid ? tr(ctx, `Dates valides (${proposed})`, `Valid dates (${proposed})`) : tr(ctx, `Dates à corriger (${proposed})`, `Dates to fix (${proposed})`);
    blocks.unshift(
      check.valid
        ? tr(ctx, `Ces dates respectent les fenêtres du Tableau 5 pour ${c.label} (${FAMILY_LABEL[req.family]}). Restent à vérifier les conditions communes ci-dessous.`, 'These dates fit table 5. The common conditions below still apply.')
        : [tr(ctx, 'Règle(s) non respectée(s) :', 'Rules broken:'), ...check.violations.map((v) => `- ${v.message}`)].join('\n'),
    );
  }
  return reply(kind, title, { fields, blocks, notes, sources: cite(ctx, [...c.sources, ...rule.sources]), lang: ctx.lang, data });
}

/** "Quand commence le M2 ?": training dates of the cohort in question. */
export function trainingDatesReply(ctx: AnswerContext, formation: string): Reply {
  const resolved = resolveCohort(ctx, formation, ctx.entities.academicYear);
  const c = resolved.cohort;
  if (!c?.ddf || !c.dff) return reply('fallback', tr(ctx, 'Dates inconnues', 'Dates unknown'), { notes: resolved.notes, lang: ctx.lang });
  const blocks = [`${c.label} : ${tr(ctx, 'du', 'from')} ${formatFrenchDate(c.ddf)} ${tr(ctx, 'au', 'to')} ${formatFrenchDate(c.dff)} ${tr(ctx, '(dates incluses).', '(inclusive).')}`];
  if (c.note) blocks.push(c.note);
  // The year asked is not in the documents: said first, the nearest year's dates below as an indication only.
  if (resolved.missing) {
    return reply('fallback', tr(ctx, `Pas dans les documents — dates ${resolved.missing} de ${formationLabel(ctx, formation)}`, `Not in the documents — ${resolved.missing} dates for ${formationLabel(ctx, formation)}`), {
      blocks: [...resolved.notes, ...blocks],
      sources: cite(ctx, c.sources),
      lang: ctx.lang,
      data: { ddf: c.ddf, dff: c.dff, academicYear: c.academicYear, missingYear: resolved.missing, inDomain: true },
    });
  }
  return reply('answer', c.label, {
    blocks,
    notes: resolved.notes,
    sources: cite(ctx, c.sources),
    lang: ctx.lang,
    data: { ddf: c.ddf, dff: c.dff, academicYear: c.academicYear, missingYear: resolved.missing ?? null },
  });
}

/** Table 5's rule for a contract family, without a cohort: the windows in months, and which formation to pick. */
export function dateRuleReply(ctx: AnswerContext, rule: ContractDateRuleEntry): Reply {
  const family = rule.family;
  const months = (n: number) => (n === 0 ? '' : ` ${n > 0 ? '+' : '−'} ${Math.abs(n)} ${tr(ctx, 'mois', 'months')}`);
  const fields = [
    { label: tr(ctx, 'Début du contrat (DDC)', 'Contract start (DDC)'), value: `${tr(ctx, 'entre', 'between')} DDF${months(rule.ddcFromMonths)} ${tr(ctx, 'et', 'and')} DDF${months(rule.ddcToMonths)}` },
    {
      label: tr(ctx, 'Fin du contrat (DFC)', 'Contract end (DFC)'),
      value: rule.dfcFromMonths === null ? `${tr(ctx, 'au plus tard', 'at the latest')} DFF${months(rule.dfcToMonths)}` : `${tr(ctx, 'entre', 'between')} DFF${months(rule.dfcFromMonths)} ${tr(ctx, 'et', 'and')} DFF${months(rule.dfcToMonths)}`,
    },
  ];
  if (rule.minDurationMonths && rule.maxDurationMonths) fields.push({ label: tr(ctx, 'Durée', 'Length'), value: `${tr(ctx, 'entre', 'between')} ${rule.minDurationMonths} ${tr(ctx, 'mois', 'months')} ${tr(ctx, 'et 1 an', 'and 1 year')}, ${tr(ctx, 'de date à date', 'date to date')}` });
  const code = family === 'apprenticeship' ? 'CAPP' : family === 'professionalisation' ? 'CPRO' : 'stage';
  // « si la formation démarre le 1er septembre 2027, le plus tôt ? »: the window computed from the training start said.
  const ddf = trainingStartSaid(ctx);
  const computed = ddf
    ? tr(
        ctx,
        `Avec une formation qui commence le ${formatFrenchDate(ddf)} : début du contrat entre le ${formatFrenchDate(addMonthsTo(ddf, rule.ddcFromMonths))} et le ${formatFrenchDate(addMonthsTo(ddf, rule.ddcToMonths))} (DDF${months(rule.ddcFromMonths)} à DDF${months(rule.ddcToMonths)}).`,
        `With training starting on ${formatFrenchDate(ddf)}: the contract starts between ${formatFrenchDate(addMonthsTo(ddf, rule.ddcFromMonths))} and ${formatFrenchDate(addMonthsTo(ddf, rule.ddcToMonths))} (DDF${months(rule.ddcFromMonths)} to DDF${months(rule.ddcToMonths)}).`,
      )
    : undefined;
  const title = `${tr(ctx, 'Dates de contrat', 'Contract dates')} — ${tr(ctx, FAMILY_LABEL[family], FAMILY_LABEL_EN[family])}`;
  // (The window computed is what was asked: it heads the reply, the rule follows.)
  return reply('answer', computed ?? title, {
    fields,
    blocks: [...(computed ? [title] : []), inLang(ctx, rule.basis, rule.basisEn), [tr(ctx, 'Conditions communes :', 'Common conditions:'), ...conditionsOf(ctx, rule).map((x) => `- ${x}`)].join('\n'), tr(ctx, 'Pour les dates exactes, choisissez la formation :', 'For exact dates, pick the formation:')],
    actions: ['L3I', 'M1', 'M2'].map((f) => ({ id: `formation:${f}`, label: f, value: `/contrat-dates ${f} ${code}` })),
    sources: cite(ctx, rule.sources),
    lang: ctx.lang,
    data: { family, ddcFromMonths: rule.ddcFromMonths, ddcToMonths: rule.ddcToMonths, dfcFromMonths: rule.dfcFromMonths, dfcToMonths: rule.dfcToMonths },
  });
}

// « la formation démarre le 1er septembre 2027 », « training starts on… », « DDF le… »: the date said is the training's start.
const TRAINING_START_SAID = /\b(?:formation|rentree|cours|training|classes|programme|ddf)\b[^,;?]{0,25}\b(?:demarre|demarrera|demarrait|commence|commencera|debute|debutera|starts?|begins?|est le|is on)\b|\bddf\b/;

/** The training start the question states, if it states one date as such. */
function trainingStartSaid(ctx: AnswerContext): IsoDate | undefined {
  return ctx.entities.dates.length === 1 && TRAINING_START_SAID.test(foldedWords(ctx.question)) ? ctx.entities.dates[0] : undefined;
}

/** The common conditions in the question's language (the English list is stored beside the French one). */
function conditionsOf(ctx: AnswerContext, rule: ContractDateRuleEntry): string[] {
  return ctx.lang === 'en' && rule.commonConditionsEn ? rule.commonConditionsEn : rule.commonConditions;
}

export { FAMILY_LABEL, FAMILY_LABEL_EN };
