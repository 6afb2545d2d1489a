import { academicYearOf, cohortForYear, cohortOn, program, type Source } from '../../knowledge/index.ts';
import {
  addDaysTo,
  addMonthsTo,
  BAND_CHANGE_ARTICLE,
  bandChangeDate,
  birthdayAt,
  formatFrenchDate,
  formatPercent,
  gratification,
  MAX_AGE,
  MIN_AGE,
  minimumPay,
  Money,
  payAgeOn,
  payTimeline,
  PayInputError,
  smicOn,
  type IsoDate,
  type MinimumPayResult,
} from '../../rules/index.ts';
import { cite, inLang, tr, type AnswerContext } from '../context.ts';
import type { FamilyEntity } from '../entities.ts';
import { reply, type Reply } from '../reply.ts';
import { FAMILY_LABEL, FAMILY_LABEL_EN } from './contract-dates.ts';

export interface PayRequest {
  formation?: string;
  family?: FamilyEntity;
  age?: number;
  birthDate?: IsoDate;
  smc?: number;
  date?: IsoDate;
  qualification?: 'below-bac-pro';
  /** Apprenticeship: number of +15-point increases (D6222-30). */
  increases?: number;
  /** Apprenticeship: rate of the last year of a previous apprenticeship contract (D6222-29). */
  previousRate?: number;
  /** The previous contract's formation (« j'étais apprenti en L3I »): its grid rate at this age is the previous rate. */
  previousFormation?: string;
  /** Both contracts asked side by side (« combien en apprentissage et combien en contrat pro ? »): both amounts, no question back. */
  compared?: boolean;
  /** Work-study internship: hours a day and days of presence in the month, for the month's gratification. */
  presence?: { hoursPerDay?: number; days?: number };
}

// Apprenticeship is for those under 30 on the day the contract starts (guide §2.1.2, Figure 2).
const APPRENTICESHIP_AGE_LIMIT = 30;
// The youngest band of the apprentice grid as the guide names it (Tableau 6, « 16 à 17 ans »).
const YOUNGEST_APPRENTICE_BAND = 16;

/** « un stage de 6 semaines, l'entreprise doit me payer ? »: the gratification is owed above 2 months of presence (44 days). */
export function gratificationOwedVerdict(ctx: AnswerContext, days: number): string {
  const { thresholdDays, thresholdHours } = ctx.knowledge.gratificationTable;
  return days > thresholdDays
    ? tr(ctx, `Oui : la gratification est obligatoire pour un stage de plus de 2 mois de présence (plus de ${thresholdDays} jours ou ${thresholdHours} heures).`, `Yes: the allowance is compulsory for an internship of more than 2 months of presence (over ${thresholdDays} days or ${thresholdHours} hours).`)
    : tr(ctx, `Non : la gratification n'est obligatoire qu'au-delà de 2 mois de présence (plus de ${thresholdDays} jours ou ${thresholdHours} heures) ; l'organisme peut en verser une.`, `No: the allowance is only compulsory beyond 2 months of presence (over ${thresholdDays} days or ${thresholdHours} hours); the company may pay one.`);
}

/**
 * « j'ai 31 ans, je peux être apprenti ? »: Oui or Non from the age limit, with its source;
 * undefined below 16, Tableau 6's youngest band (« 16 à 17 ans »), where the documents do not say.
 */
export function apprenticeAgeVerdict(ctx: AnswerContext, age: number): { line: string; sources: string[] } | undefined {
  if (age < YOUNGEST_APPRENTICE_BAND) return undefined;
  const line =
    age < APPRENTICESHIP_AGE_LIMIT
      ? tr(ctx, `Oui : à ${age} ans, l'apprentissage est possible — il suppose d'avoir moins de ${APPRENTICESHIP_AGE_LIMIT} ans au jour du début du contrat.`, `Yes: at ${age}, apprenticeship is possible — it requires being under ${APPRENTICESHIP_AGE_LIMIT} on the day the contract starts.`)
      : tr(ctx, `Non : à ${age} ans, l'alternance se fait en contrat de professionnalisation — l'apprentissage suppose d'avoir moins de ${APPRENTICESHIP_AGE_LIMIT} ans au début du contrat, sauf exceptions prévues par la loi (art. L6222-2).`, `No: at ${age}, work-study is a professionalisation contract — apprenticeship requires being under ${APPRENTICESHIP_AGE_LIMIT} when the contract starts, with exceptions set by law (art. L6222-2).`);
  return { line, sources: cite(ctx, [{ doc: 'guide-alternance', ref: '§2.1.2, Figure 2' }, { doc: 'code-du-travail', ref: 'art. L6222-2' }]) };
}

// The apprentice net-pay rule changed for contracts signed from this date (L6243-2, loi 2025-199 art. 23).
const NET_PAY_RULE_FROM = '01/03/2025';

function contractYearOf(ctx: AnswerContext, formation: string | undefined): number | undefined {
  const f = program(ctx.knowledge, 'miage-amu')?.formations.find((x) => x.id === formation);
  return f?.apprenticeContractYear;
}

/** A formation's name as the programme writes it (« M1 MIAGE »); empty when none. */
export function formationLabel(ctx: AnswerContext, formation: string | undefined): string {
  return program(ctx.knowledge, 'miage-amu')?.formations.find((x) => x.id === formation)?.label ?? '';
}

function smicSources(ctx: AnswerContext, date: IsoDate): Source[] {
  const entry = [...ctx.knowledge.smic].reverse().find((s) => s.validFrom <= date);
  return entry?.sources ?? [];
}

function gridSources(ctx: AnswerContext, family: 'apprenticeship' | 'professionalisation', contractYear?: number): Source[] {
  if (family === 'apprenticeship') return ctx.knowledge.apprenticeGrid.filter((g) => contractYear === undefined || g.contractYear === contractYear).flatMap((g) => g.sources);
  return ctx.knowledge.professionalisationGrid.filter((g) => g.qualification === 'bac-pro-or-higher').flatMap((g) => g.sources);
}

/** « SMIC au-delà du 31/12/2026 pas encore connu », from `knownUntil` in law/smic.yaml. */
function unknownSmicNote(ctx: AnswerContext): string {
  const knownUntil = formatFrenchDate(ctx.knowledge.payGrids.smic.knownUntil);
  return tr(ctx, `Le SMIC au-delà du ${knownUntil} n'est pas encore connu (revalorisation au 1er janvier) : montants minimums.`, `The SMIC after ${knownUntil} is not known yet: amounts are floors.`);
}

/** The notes every apprentice amount carries: provisional SMIC, net pay no longer equal to gross. */
function payNotes(ctx: AnswerContext, r: MinimumPayResult): string[] {
  const notes: string[] = [];
  if (r.smicProvisional) {
    const knownUntil = formatFrenchDate(ctx.knowledge.payGrids.smic.knownUntil);
    notes.push(tr(ctx, `Le SMIC au-delà du ${knownUntil} n'est pas encore connu (revalorisation au 1er janvier) : le montant sera au moins celui-ci, calculé avec le SMIC en vigueur depuis le ${formatFrenchDate(r.smic.validFrom)}.`, `The SMIC after ${knownUntil} is not known yet: the amount will be at least this one.`));
  }
  // (At 50 % of the SMIC or less, nothing is above the threshold: net is gross at the minimum.)
  if (r.family === 'apprenticeship' && r.rate > 50) {
    notes.push(tr(ctx, `Net ≠ brut : pour un contrat signé depuis le ${NET_PAY_RULE_FROM}, la part du salaire au-delà de 50 % du SMIC supporte des cotisations et la CSG/CRDS (le guide, qui dit « net = brut », est dépassé sur ce point).`, `Net is not gross: for contracts signed since ${NET_PAY_RULE_FROM}, pay above 50% of the SMIC bears contributions and CSG/CRDS (the guide is outdated here).`));
  } else if (r.family === 'apprenticeship') {
    notes.push(tr(ctx, `Net = brut à ce minimum (${r.rate} % du SMIC) : pour un contrat signé depuis le ${NET_PAY_RULE_FROM}, seule la part du salaire au-delà de 50 % du SMIC supporte des cotisations et la CSG/CRDS.`, `Net equals gross at this minimum (${r.rate} % of the SMIC): for contracts signed since ${NET_PAY_RULE_FROM}, only pay above 50% of the SMIC bears contributions and CSG/CRDS.`));
  }
  return notes;
}

function resultData(r: MinimumPayResult, date: IsoDate, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    family: r.family,
    date,
    monthlyGross: r.monthlyGross.euros,
    hourlyGross: r.hourlyGross.euros,
    rate: r.rate,
    gridRate: r.gridRate,
    base: r.base,
    baseMonthly: r.baseMonthly.euros,
    smicHourly: r.smic.hourly.euros,
    smicValidFrom: r.smic.validFrom,
    provisional: r.smicProvisional,
    weeklyHours: r.weeklyHours,
    ...extra,
  };
}

function ageError(ctx: AnswerContext, age: number, birthDate?: IsoDate, on?: IsoDate): Reply {
  const accepted = tr(ctx, `indiquez un âge entre ${MIN_AGE} et ${MAX_AGE} ans (ex. 23) ou une date de naissance (jj/mm/aaaa).`, `give an age between ${MIN_AGE} and ${MAX_AGE} or a birth date (dd/mm/yyyy).`);
  // Never « -4 » or « Infinity »: a birth date after the day asked about, or a negative age, said as such.
  const problem =
    birthDate && on && birthDate > on
      ? tr(ctx, `Date de naissance dans le futur (${formatFrenchDate(birthDate)}, après le ${formatFrenchDate(on)}) : ${accepted}`, `Birth date in the future: ${accepted}`)
      : age < 0
        ? tr(ctx, `Âge négatif (« ${age} ») : ${accepted}`, `Negative age: ${accepted}`)
        : !Number.isFinite(age) || age > 999
          ? tr(ctx, `Âge trop grand : ${accepted}`, `Age too large: ${accepted}`)
          : birthDate
            ? tr(ctx, `Date de naissance ${formatFrenchDate(birthDate)} : ${age} ans, hors de ce qui est accepté ; ${accepted}`, `Birth date gives an age of ${age}: ${accepted}`)
            : tr(ctx, `L'âge « ${age} » n'est pas accepté : ${accepted}`, `An age of ${age} is not accepted: ${accepted}`);
  return reply('error', tr(ctx, 'Âge impossible', 'Impossible age'), {
    blocks: [problem],
    lang: ctx.lang,
    data: { field: 'age', value: age },
  });
}

/** Minimum pay: a computation when the facts are there, the relevant table rows otherwise. */
/**
 * Why 80 % and not 70 %: the professionalisation grid depends on the qualification (Tableau 7),
 * and every MIAGE student holds at least the level of a vocational baccalaureate.
 */
function qualificationBlock(ctx: AnswerContext, age: number, qualification: 'below-bac-pro' | undefined): string | undefined {
  const rateFor = (q: string) => ctx.knowledge.professionalisationGrid.find((g) => g.qualification === q)?.bands.find((b) => age >= b.minAge && (b.maxAge === undefined || age <= b.maxAge))?.rate;
  const [higher, base] = [rateFor('bac-pro-or-higher'), rateFor('below-bac-pro')];
  if (higher === undefined || base === undefined || higher === base) return undefined;
  return qualification === 'below-bac-pro'
    ? tr(ctx, `Taux pour une qualification inférieure au bac professionnel (${base} %) ; avec au moins le niveau bac pro, ce serait ${higher} % (Tableau 7).`, `Rate for a qualification below the vocational baccalaureate (bac pro) (${base} %); with at least that level it would be ${higher} % (table 7).`)
    : tr(ctx, `Pourquoi ${higher} % et pas ${base} % : le taux dépend aussi de la qualification (Tableau 7) ; tout(e) étudiant(e) de la MIAGE a au moins le niveau du bac professionnel, d'où ${higher} % (${base} % en dessous de ce niveau).`, `Why ${higher} % and not ${base} %: the rate also depends on the qualification (table 7); every MIAGE student holds at least the level of a vocational baccalaureate (bac professionnel), hence ${higher} % (${base} % below that level).`);
}

export function minimumPayReply(ctx: AnswerContext, req: PayRequest): Reply {
  const date = req.date ?? ctx.today;
  if (req.family === 'work-study-internship') return gratificationReply(ctx, date, req.presence);
  const age = req.birthDate ? payAgeOn(req.birthDate, date) : req.age;
  if (age !== undefined && (!Number.isInteger(age) || age < MIN_AGE || age > MAX_AGE)) return ageError(ctx, age, req.birthDate, date);
  // From 30, work-study is a professionalisation contract (apprenticeship: under 30, save the law's exceptions).
  if (!req.family && age !== undefined && age >= APPRENTICESHIP_AGE_LIMIT) {
    const r = minimumPayReply(ctx, { ...req, family: 'professionalisation' });
    const limit = apprenticeAgeVerdict(ctx, age);
    if (!limit || r.kind !== 'computation') return r;
    const said = limit.line.replace(/^(Non|No)\s?: /, '');
    return { ...r, blocks: [...r.blocks, said.charAt(0).toUpperCase() + said.slice(1)], sources: [...new Set([...r.sources, ...limit.sources])] };
  }
  if (!req.family) return bothFamiliesReply(ctx, req, date, age);
  const contractYear = req.family === 'apprenticeship' ? contractYearOf(ctx, req.formation) : undefined;
  if (age === undefined || (req.family === 'apprenticeship' && contractYear === undefined)) return gridReply(ctx, req.family, date, contractYear, age, req.birthDate);

  // No rate said for the contract before, but its formation: its grid rate at this age (D6222-29 keeps it).
  const previousYear = req.family === 'apprenticeship' && req.previousRate === undefined && req.previousFormation ? contractYearOf(ctx, req.previousFormation) : undefined;
  const previousRate = previousYear !== undefined && previousYear !== contractYear ? minimumPay(ctx.knowledge.payGrids, { family: 'apprenticeship', age, contractYear: previousYear, date }).gridRate : req.previousRate;
  let result: MinimumPayResult;
  try {
    result = minimumPay(ctx.knowledge.payGrids, {
      family: req.family,
      age,
      contractYear,
      date,
      qualification: req.qualification,
      smcMonthly: req.smc ? Money.euros(req.smc) : undefined,
      increases: req.increases,
      previousContractRate: previousRate,
    });
  } catch (error) {
    if (error instanceof PayInputError) return reply('error', tr(ctx, 'Calcul impossible', 'Cannot compute'), { blocks: [error.message], lang: ctx.lang });
    throw error;
  }
  const who = [tr(ctx, FAMILY_LABEL[req.family], FAMILY_LABEL_EN[req.family]), formationLabel(ctx, req.formation), tr(ctx, `${age} ans`, `${age} years old`), req.qualification ? tr(ctx, 'qualification inférieure au bac professionnel', 'qualification below the vocational baccalaureate (bac professionnel)') : ''].filter(Boolean).join(', ');
  const fields = [
    { label: tr(ctx, 'Taux minimum', 'Minimum rate'), value: rateLabel(ctx, result, contractYear) },
    { label: tr(ctx, 'Brut mensuel minimum (35 h)', 'Minimum gross per month (35 h)'), value: result.monthlyGross.format() },
    { label: tr(ctx, 'Brut horaire', 'Gross per hour'), value: result.hourlyGross.format() },
    { label: tr(ctx, 'SMIC utilisé', 'SMIC used'), value: `${result.smic.hourly.format()}/h, ${tr(ctx, 'en vigueur depuis le', 'in force since')} ${formatFrenchDate(result.smic.validFrom)} (${result.smic.source})` },
    { label: tr(ctx, 'Valable au', 'Valid on'), value: formatFrenchDate(date) },
  ];
  const blocks = [
    tr(
      ctx,
      `Minimum légal pour : ${who}. Calcul sur 35 h × 52 / 12 = 151,666… h par mois (valeur exacte, le guide arrondit à 151,67 h) ; l'entreprise peut payer plus (accord de branche, contrat).`,
      `Legal minimum for: ${who}. Based on 35 h × 52 / 12 hours a month; the employer may pay more.`,
    ),
  ];
  if (req.family === 'apprenticeship' && age >= APPRENTICESHIP_AGE_LIMIT) blocks.unshift(overThirtyCaveat(ctx));
  const qualificationLine = req.family === 'professionalisation' ? qualificationBlock(ctx, age, req.qualification) : undefined;
  if (qualificationLine) blocks.push(qualificationLine);
  if (result.adjustments.length > 0) blocks.push(tr(ctx, `Taux ajusté : ${result.adjustments.join(' ; ')} (grille : ${formatPercent(result.gridRate)}).`, `Rate adjusted: ${result.adjustments.join('; ')} (grid: ${formatPercent(result.gridRate)}).`));
  if (req.family === 'apprenticeship' && previousRate === undefined && (contractYear ?? 3) < 3) blocks.push(previousContractBlock(ctx));
  if (previousYear !== undefined && previousRate !== undefined && previousRate !== req.previousRate) {
    const former = formationLabel(ctx, req.previousFormation);
    blocks.push(tr(ctx, `Contrat précédent (${former}, ${age} ans) : ${formatPercent(previousRate)} du SMIC selon le Tableau 6, taux conservé au moins dans le nouveau contrat (D6222-29) ; si votre taux réel était plus élevé, donnez-le (« j'étais payé à 80 % »).`, `Previous contract (${former}, ${age}): ${formatPercent(previousRate)} of the SMIC per table 6, kept at least in the new contract (D6222-29); if your actual rate was higher, say so.`));
  }
  const smcHint = smcBlock(ctx, req, result);
  if (smcHint) blocks.push(smcHint);
  if (!req.birthDate) blocks.push(tr(ctx, `La tranche d'âge change le 1er jour du mois qui suit l'anniversaire (${BAND_CHANGE_ARTICLE[req.family]}).`, `The age band changes on the first day of the month after the birthday (${BAND_CHANGE_ARTICLE[req.family]}).`));

  const data = resultData(result, date, { contractYear: contractYear ?? null, age, ageBand: result.band });
  if (req.birthDate) {
    const timeline = timelineFor(ctx, req, date);
    if (timeline) {
      data.timeline = timeline.rows;
      blocks.push([tr(ctx, 'Évolution pendant le contrat :', 'Over the contract:'), ...timeline.lines].join('\n'));
    }
  }
  const sources: Source[] = [...gridSources(ctx, req.family, contractYear), ...smicSources(ctx, date)];
  if (req.family === 'apprenticeship') sources.push({ doc: 'legal-updates', ref: 'Apprentices: net pay' });
  if (req.family === 'apprenticeship' && age >= APPRENTICESHIP_AGE_LIMIT) sources.push({ doc: 'guide-alternance', ref: '§2.1.2, Figure 2' }, { doc: 'code-du-travail', ref: 'art. L6222-2' });
  if (result.adjustments.length > 0) sources.push({ doc: 'code-du-travail', ref: 'art. D6222-29, D6222-30' });
  return reply('computation', tr(ctx, `Salaire minimum : ${result.monthlyGross.format()} brut par mois`, `Minimum pay: ${result.monthlyGross.format()} gross a month`), {
    fields,
    blocks,
    notes: payNotes(ctx, result),
    sources: cite(ctx, sources),
    visibility: 'private',
    lang: ctx.lang,
    data,
  });
}

/**
 * « 85 % du SMC » when the branch minimum decides, else the percent of the SMIC; a band that
 * also looks at the SMC says how (apprentices from 21: the rate of the higher of SMIC and SMC;
 * professionalisation from 26: the higher of the SMIC and 85 % of the SMC, D6325-15).
 */
function rateLabel(ctx: AnswerContext, r: MinimumPayResult, contractYear: number | undefined): string {
  const base = r.base === 'SMC' ? tr(ctx, 'du SMC', 'of the SMC') : tr(ctx, 'du SMIC', 'of the SMIC');
  const year = contractYear ? tr(ctx, ` (${contractYear}${contractYear === 1 ? 're' : 'e'} année du Tableau 6)`, ` (year ${contractYear} of table 6)`) : '';
  let how = '';
  const share = r.band.smcShare;
  if (share !== undefined && r.family === 'professionalisation') {
    how = tr(ctx, ` — le plus élevé du SMIC et de ${formatPercent(share)} du SMC`, ` — the higher of the SMIC and ${formatPercent(share)} of the SMC`);
  } else if (share !== undefined) {
    how = r.base === 'SMC' ? '' : tr(ctx, ` — ou du SMC s'il est plus élevé`, ` — or of the SMC when higher`);
  }
  return `${formatPercent(r.basePercent)} ${base}${year}${how}`;
}

/** Whether to ask for the SMC, or say it was not used: only bands that look at it need it. */
function smcBlock(ctx: AnswerContext, req: PayRequest, r: MinimumPayResult): string | undefined {
  const share = r.band.smcShare;
  if (share === undefined) {
    if (req.smc === undefined) return undefined;
    return tr(
      ctx,
      `Le SMC indiqué n'entre pas dans le calcul : dans cette tranche d'âge, le minimum est un pourcentage du SMIC seul (${r.family === 'apprenticeship' ? 'Tableau 6' : 'Tableau 7'}).`,
      `The SMC given is not used: in this age band the minimum is a percentage of the SMIC alone.`,
    );
  }
  if (req.smc !== undefined) return undefined;
  if (r.family === 'professionalisation') {
    return tr(ctx, `À partir de 26 ans, le minimum est le plus élevé du SMIC et de ${formatPercent(share)} du salaire minimum de votre branche ou de votre entreprise (SMC) : ajoutez smc=<montant> pour le calculer.`, `From 26, the minimum is the higher of the SMIC and ${formatPercent(share)} of your branch minimum (SMC): add smc=<amount>.`);
  }
  return tr(ctx, 'À partir de 21 ans, si votre branche ou votre entreprise a un salaire minimum (SMC) plus élevé que le SMIC, le taux s’applique au SMC : ajoutez smc=<montant>.', 'From 21, if your branch minimum (SMC) is higher, the rate applies to it: add smc=<amount>.');
}

/** A new apprenticeship contract keeps the last rate of the previous one (L3I → M1 does not lower the pay). */
function previousContractBlock(ctx: AnswerContext): string {
  return tr(
    ctx,
    "Déjà apprenti(e) l'année d'avant (par exemple en L3I, puis en M1) ? Le nouveau contrat paie au moins le taux de la dernière année du précédent (art. D6222-29 ; guide §4.2 : le pourcentage « ne peut a priori pas être baissé d'un contrat d'apprentissage à l'autre ») : ajoutez taux-precedent=<taux>, par exemple /salaire-min M1 CAPP 21 taux-precedent=78.",
    'Already an apprentice the year before (e.g. L3I, then M1)? The new contract pays at least the last rate of the previous one (art. D6222-29; guide §4.2): add taux-precedent=<rate>, e.g. /salaire-min M1 CAPP 21 taux-precedent=78.',
  );
}

/** Apprenticeship from 30: the caveat the guide's Figure 2 makes, before any amount. */
function overThirtyCaveat(ctx: AnswerContext): string {
  return tr(
    ctx,
    `Attention : l'apprentissage suppose d'avoir moins de ${APPRENTICESHIP_AGE_LIMIT} ans au jour du début du contrat (guide §2.1.2, Figure 2). À ${APPRENTICESHIP_AGE_LIMIT} ans ou plus, l'alternance se fait en contrat de professionnalisation, sauf exceptions prévues par la loi (art. L6222-2 du Code du travail). Le montant ci-dessous vaut si l'apprentissage s'applique.`,
    `Note: apprenticeship requires being under ${APPRENTICESHIP_AGE_LIMIT} on the day the contract starts (guide §2.1.2, figure 2). From ${APPRENTICESHIP_AGE_LIMIT}, work-study is a professionalisation contract, with exceptions set by law (art. L6222-2 of the Code du travail). The amount below holds if apprenticeship applies.`,
  );
}

/** A training date: from a cohort of the documents, or estimated from the nearest known year. */
interface KnownOrInferred {
  date: IsoDate;
  /** Set when the documents do not give this year: the academic year the date was shifted from. */
  inferredFrom?: string;
}

/**
 * The DDF or DFF of a formation's cohort starting in `academicYear`, or, when the documents do
 * not give that year, the nearest known one moved by whole years (labelled as an estimate).
 */
function cohortDate(ctx: AnswerContext, formation: string, academicYear: string, field: 'ddf' | 'dff'): KnownOrInferred | undefined {
  const lookup = cohortForYear(ctx.knowledge, formation, academicYear);
  if (lookup.status === 'found') return lookup.cohort[field] ? { date: lookup.cohort[field] } : undefined;
  const nearest = lookup.nearest;
  const known = nearest?.[field];
  if (!nearest || !known) return undefined;
  const years = Number(academicYear.slice(0, 4)) - Number(nearest.academicYear.slice(0, 4));
  return { date: addMonthsTo(known, 12 * years), inferredFrom: nearest.academicYear };
}

function shiftYear(academicYear: string, by: number): string {
  const start = Number(academicYear.slice(0, 4)) + by;
  return `${start}/${start + 1}`;
}

/**
 * With a birth date: every change of band, grid year (M1 → M2) and SMIC until the end of the
 * contract. A Master contract (M1 or « Master ») runs to the end of the M2: its M1 → M2 step and
 * its end come from the documents when they give that year, else are estimated and said so.
 */
function timelineFor(ctx: AnswerContext, req: PayRequest, date: IsoDate) {
  if (!req.birthDate || !req.family || req.family === 'work-study-internship') return undefined;
  const twoYear = req.formation === 'm1' || req.formation === 'master';
  const inferredNotes: string[] = [];
  let end: IsoDate;
  let m2Start: KnownOrInferred | undefined;
  if (twoYear) {
    const academicYear = academicYearOf(date);
    const masterEnd = cohortDate(ctx, 'master', academicYear, 'dff');
    m2Start = cohortDate(ctx, 'm2', shiftYear(academicYear, 1), 'ddf');
    end = masterEnd?.date ?? addDaysTo(addMonthsTo(date, 24), -1);
    if (masterEnd?.inferredFrom) {
      inferredNotes.push(
        tr(
          ctx,
          `Les dates du Master ${academicYear.slice(0, 4)}/${Number(academicYear.slice(0, 4)) + 2} ne sont pas encore dans les documents : fin de contrat estimée au ${formatFrenchDate(end)}, d'après le Master ${masterEnd.inferredFrom.slice(0, 4)}/${Number(masterEnd.inferredFrom.slice(0, 4)) + 2} décalé d'un an (guide, Tableau 5).`,
          `The dates of the ${academicYear.slice(0, 4)}/${Number(academicYear.slice(0, 4)) + 2} Master are not in the documents yet: contract end estimated on ${formatFrenchDate(end)}, from the ${masterEnd.inferredFrom.slice(0, 4)} Master moved by a year.`,
        ),
      );
    }
    if (m2Start?.inferredFrom) {
      inferredNotes.push(
        tr(
          ctx,
          `Début du M2 ${shiftYear(academicYear, 1)} pas encore publié : passage en M2 estimé au ${formatFrenchDate(m2Start.date)} (d'après le M2 ${m2Start.inferredFrom}).`,
          `Start of the ${shiftYear(academicYear, 1)} M2 not published yet: M1 → M2 step estimated on ${formatFrenchDate(m2Start.date)} (from the ${m2Start.inferredFrom} M2).`,
        ),
      );
    }
  } else {
    const lookup = cohortOn(ctx.knowledge, req.formation ?? '', date);
    end = lookup.status === 'found' && lookup.cohort.dff ? lookup.cohort.dff : addDaysTo(addMonthsTo(date, 12), -1);
  }
  const contractYears = req.family === 'apprenticeship' ? [{ from: date, contractYear: contractYearOf(ctx, req.formation) ?? 1, label: 'début' }] : undefined;
  if (twoYear && contractYears && m2Start && m2Start.date > date && m2Start.date <= end) {
    const estimated = m2Start.inferredFrom ? tr(ctx, ', date estimée', ', estimated date') : '';
    contractYears.push({
      from: m2Start.date,
      contractYear: 2,
      label: tr(ctx, `passage de M1 en M2${estimated} (début de formation du M2, ou au plus tard le 1er du mois suivant selon le guide §4.2)`, `M1 → M2 step${estimated} (start of the M2, or the 1st of the next month, guide §4.2)`),
    });
  }
  const segments = payTimeline(ctx.knowledge.payGrids, {
    family: req.family,
    birthDate: req.birthDate,
    start: date,
    end,
    contractYears,
    smcMonthly: req.smc ? Money.euros(req.smc) : undefined,
    increases: req.increases,
    previousContractRate: req.previousRate,
  });
  return {
    rows: segments.map((s) => ({ from: s.from, to: s.to, rate: s.pay.rate, monthlyGross: s.pay.monthlyGross.euros, provisional: s.pay.smicProvisional, changes: s.changes })),
    lines: [
      ...segments.map(
        (s) =>
          `- ${tr(ctx, 'du', 'from')} ${formatFrenchDate(s.from)} ${tr(ctx, 'au', 'to')} ${formatFrenchDate(s.to)} : ${formatPercent(s.pay.rate)}, ${s.pay.smicProvisional ? tr(ctx, 'au moins ', 'at least ') : ''}${s.pay.monthlyGross.format()}${s.changes.length ? ` (${s.changes.join(' ; ')})` : ''}`,
      ),
      ...inferredNotes,
    ],
    inferred: inferredNotes.length > 0,
  };
}

/**
 * A birth date known: the day the next age band starts (the 1st of the month after the birthday), when
 * it comes within two years — « à partir de quand le taux augmente ? » is answered even before the formation is said.
 */
function nextBandBlock(ctx: AnswerContext, family: 'apprenticeship' | 'professionalisation', date: IsoDate, age: number, birthDate: IsoDate): string | undefined {
  const bands = family === 'apprenticeship' ? ctx.knowledge.apprenticeGrid[0]!.bands : ctx.knowledge.professionalisationGrid[0]!.bands;
  const next = bands.find((b) => b.minAge > age);
  if (!next) return undefined;
  const from = bandChangeDate(birthDate, next.minAge);
  if (from > addMonthsTo(date, 24)) return undefined;
  const birthday = formatFrenchDate(birthdayAt(birthDate, next.minAge));
  return tr(
    ctx,
    `La tranche « ${next.label} » s'applique à partir du ${formatFrenchDate(from)} : ${next.minAge} ans le ${birthday}, et la tranche change le 1er jour du mois qui suit l'anniversaire (${BAND_CHANGE_ARTICLE[family]}).`,
    `The « ${inLang(ctx, next.label, next.labelEn)} » band applies from ${formatFrenchDate(from)}: ${next.minAge} on ${birthday}, and the band changes on the first day of the month after the birthday (${BAND_CHANGE_ARTICLE[family]}).`,
  );
}

/** No age (or no year for an apprentice): the grid rows with today's amounts, and what to add. */
function gridReply(ctx: AnswerContext, family: 'apprenticeship' | 'professionalisation', date: IsoDate, contractYear?: number, age?: number, birthDate?: IsoDate): Reply {
  const nextBand = age !== undefined && birthDate ? nextBandBlock(ctx, family, date, age, birthDate) : undefined;
  const { rate: smic, provisional } = smicOn(ctx.knowledge.payGrids.smic, date);
  const lines: string[] = [];
  const rows =
    family === 'apprenticeship'
      ? ctx.knowledge.apprenticeGrid.filter((g) => contractYear === undefined || g.contractYear === contractYear).map((g) => ({ label: inLang(ctx, g.label, g.labelEn), bands: g.bands, contractYear: g.contractYear }))
      : ctx.knowledge.professionalisationGrid.filter((g) => g.qualification === 'bac-pro-or-higher').map((g) => ({ label: inLang(ctx, g.label, g.labelEn), bands: g.bands, contractYear: undefined }));
  for (const row of rows) {
    const bands = row.bands.filter((b) => age === undefined || (age >= b.minAge && (b.maxAge === undefined || age <= b.maxAge)));
    const amounts = bands.map((b) => {
      const r = minimumPay(ctx.knowledge.payGrids, { family, age: b.minAge < 16 ? 16 : b.minAge, contractYear: row.contractYear, date });
      const smc =
        b.smcShare === undefined
          ? ''
          : b.smcShare === 100
            ? tr(ctx, ' du SMIC ou du SMC si plus élevé', ' of the SMIC, or of the SMC if higher')
            : tr(ctx, ` du SMIC, ou ${b.smcShare} % du SMC si plus élevé`, ` of the SMIC, or ${b.smcShare} % of the SMC if higher`);
      return `${inLang(ctx, b.label, b.labelEn)}${tr(ctx, ' : ', ': ')}${formatPercent(b.rate)}${smc} → ${r.monthlyGross.format()}`;
    });
    lines.push(`${row.label} — ${amounts.join(' ; ')}`);
  }
  // (A company or a tutor asks about their work-study student: « son âge », not « votre âge ».)
  const theirs = ctx.role === 'hr' || ctx.role === 'tutor';
  const possEn = theirs ? "the student's" : 'your';
  const missing = age === undefined
    ? tr(ctx, theirs ? "l'âge ou la date de naissance de l'alternant(e)" : 'votre âge ou votre date de naissance', `${possEn} age or birth date`)
    : tr(ctx, theirs ? "la formation de l'alternant(e) (L3I, M1 ou M2)" : 'votre formation (L3I, M1 ou M2)', `${possEn} formation (L3I, M1 or M2)`);
  // A slot is missing: ask for it (the conversation keeps the rest), with the grid meanwhile.
  const asked = age === undefined ? (theirs ? "quel est l'âge de l'alternant(e)" : 'quel est votre âge') : theirs ? "quelle est la formation de l'alternant(e)" : 'quelle est votre formation';
  return reply('clarify', tr(ctx, `Salaire minimum en ${FAMILY_LABEL[family]} : ${asked} ?`, `Minimum pay, ${FAMILY_LABEL_EN[family]}: what is ${possEn} ${age === undefined ? 'age' : 'formation'}?`), {
    blocks: [
      ...(nextBand ? [nextBand] : []),
      tr(ctx, `Brut mensuel minimum pour 35 h, au ${formatFrenchDate(date)} (SMIC ${smic.hourly.format()}/h depuis le ${formatFrenchDate(smic.validFrom)}) :`, `Minimum gross a month for 35 h on ${formatFrenchDate(date)}:`),
      lines.map((l) => `- ${l}`).join('\n'),
      tr(ctx, `Pour un montant exact, précisez ${missing}.`, `For an exact amount, add ${missing}.`),
      ...(family === 'apprenticeship' ? [previousContractBlock(ctx)] : []),
    ],
    notes: provisional ? [unknownSmicNote(ctx)] : [],
    sources: cite(ctx, [...gridSources(ctx, family, contractYear), ...smicSources(ctx, date), ...(family === 'apprenticeship' ? [{ doc: 'code-du-travail', ref: 'art. D6222-29' }] : [])]),
    lang: ctx.lang,
    data: { family, date, contractYear: contractYear ?? null, smicHourly: smic.hourly.euros, missing: age === undefined ? 'age' : 'formation' },
  });
}

/** Contract type unknown: both amounts, and a question back. Never one guessed figure. */
function bothFamiliesReply(ctx: AnswerContext, req: PayRequest, date: IsoDate, age?: number): Reply {
  if (age === undefined) {
    // The formation said: its year of the apprentice grid (« M2 : 2e année, même si non-alternant en M1 »).
    const year = contractYearOf(ctx, req.formation);
    const row = year === undefined ? undefined : ctx.knowledge.apprenticeGrid.find((g) => g.contractYear === year);
    const rowLine = row ? [tr(ctx, `En apprentissage, grille du Tableau 6 : ${row.label}.`, `In apprenticeship, Tableau 6 grid: ${inLang(ctx, row.label, row.labelEn)}.`)] : [];
    return reply('clarify', tr(ctx, 'Quel contrat et quel âge ?', 'Which contract and age?'), {
      blocks: [tr(ctx, 'Le salaire minimum dépend du contrat (apprentissage ou professionnalisation), de l’âge et, en apprentissage, de la formation. Exemple : « /salaire-min M2 CAPP 23 ».', 'Minimum pay depends on the contract, the age and the formation. Example: "/salaire-min M2 CAPP 23".'), ...rowLine],
      actions: [
        { id: 'pick-capp', label: tr(ctx, 'Apprentissage', 'Apprenticeship'), value: `/salaire-min ${(req.formation ?? 'M2').toUpperCase()} CAPP` },
        { id: 'pick-cpro', label: tr(ctx, 'Professionnalisation', 'Professionalisation'), value: `/salaire-min ${(req.formation ?? 'M2').toUpperCase()} CPRO` },
      ],
      sources: year === undefined ? [] : cite(ctx, gridSources(ctx, 'apprenticeship', year)),
      lang: ctx.lang,
      data: { missing: ['family', 'age'] },
    });
  }
  const lines: string[] = [];
  const byFamily: Record<string, unknown> = {};
  const contractYear = contractYearOf(ctx, req.formation);
  for (const family of ['apprenticeship', 'professionalisation'] as const) {
    if (family === 'apprenticeship' && contractYear === undefined) continue;
    const r = minimumPay(ctx.knowledge.payGrids, { family, age, contractYear: family === 'apprenticeship' ? contractYear : undefined, date });
    lines.push(tr(ctx, `- ${FAMILY_LABEL[family]} : ${formatPercent(r.rate)} du SMIC → ${r.monthlyGross.format()} brut par mois`, `- ${FAMILY_LABEL_EN[family]}: ${formatPercent(r.rate)} of the SMIC → ${r.monthlyGross.format()} gross a month`));
    byFamily[family] = { monthlyGross: r.monthlyGross.euros, rate: r.rate };
  }
  const at = tr(ctx, `À ${age} ans${req.formation ? ` en ${formationLabel(ctx, req.formation)}` : ''}, au ${formatFrenchDate(date)} :`, `At ${age}, on ${formatFrenchDate(date)}:`);
  if (req.compared && lines.length === 2) {
    const title = tr(ctx, `Salaire minimum à ${age} ans${req.formation ? ` en ${formationLabel(ctx, req.formation)}` : ''}, au ${formatFrenchDate(date)}`, `Minimum pay at ${age}${req.formation ? `, ${formationLabel(ctx, req.formation)}` : ''}, on ${formatFrenchDate(date)}`);
    return reply('computation', title, {
      blocks: [lines.join('\n')],
      sources: cite(ctx, [...gridSources(ctx, 'apprenticeship', contractYear), ...gridSources(ctx, 'professionalisation'), ...smicSources(ctx, date)]),
      lang: ctx.lang,
      data: { byFamily, age, date },
    });
  }
  return reply('clarify', tr(ctx, 'Apprentissage ou professionnalisation ?', 'Apprenticeship or professionalisation?'), {
    blocks: [at, lines.join('\n'), tr(ctx, 'Quel est votre contrat ?', 'Which is your contract?')],
    actions: [
      { id: 'pick-capp', label: tr(ctx, 'Apprentissage', 'Apprenticeship'), value: `/salaire-min ${(req.formation ?? 'M2').toUpperCase()} CAPP ${age}` },
      { id: 'pick-cpro', label: tr(ctx, 'Professionnalisation', 'Professionalisation'), value: `/salaire-min ${(req.formation ?? 'M2').toUpperCase()} CPRO ${age}` },
    ],
    sources: cite(ctx, [...gridSources(ctx, 'apprenticeship', contractYear), ...gridSources(ctx, 'professionalisation'), ...smicSources(ctx, date)]),
    lang: ctx.lang,
    data: { byFamily, age, date },
  });
}

const GUIDE_GRATIFICATION: Source = { doc: 'guide-alternance', ref: '§4.2.3' };

/**
 * The guide (§4.2.3) gives the 2025 rate and an « 8 semaines » threshold: both outdated by the
 * legal updates, which want the answer to say so and cite both. The guide's rate is read from the
 * knowledge (the rate of the guide's year), not typed here.
 */
function outdatedGuideGratification(ctx: AnswerContext, current: Money): string {
  const guideYear = ctx.knowledge.gratificationRates.find((r) => r.sources.some((s) => s.doc === GUIDE_GRATIFICATION.doc && s.ref === GUIDE_GRATIFICATION.ref));
  const guideRate = guideYear ? Money.euros(guideYear.hourly).format() : '';
  const { thresholdDays, thresholdHours } = ctx.knowledge.gratificationTable;
  return tr(
    ctx,
    `Le guide (§4.2.3) est dépassé sur deux points : il donne ${guideRate} de l'heure (taux ${guideYear?.year ?? ''}) et un seuil de « 8 semaines » ; le seuil légal est de plus de 2 mois de présence, soit plus de ${thresholdDays} jours ou ${thresholdHours} heures, et le minimum à la date demandée est de ${current.format()} (mises à jour légales, Code de l'éducation D124-6, D124-8).`,
    `The guide (§4.2.3) is outdated on two points: it gives ${guideRate} an hour (${guideYear?.year ?? ''} rate) and an "8 weeks" threshold; the legal threshold is more than 2 months of presence, i.e. more than ${thresholdDays} days or ${thresholdHours} hours, and the minimum on the date asked is ${current.format()} (legal updates, Code de l'éducation D124-6, D124-8).`,
  );
}

/** Work-study internships: the hourly gratification of the date's year, the threshold, the formula. */
export function gratificationReply(ctx: AnswerContext, date: IsoDate, presence?: { hoursPerDay?: number; days?: number }): Reply {
  const problem = presenceProblem(ctx, presence);
  if (problem) return problem;
  const hoursInMonth = presence?.hoursPerDay !== undefined && presence.days !== undefined ? presence.hoursPerDay * presence.days : undefined;
  const g = gratification(ctx.knowledge.gratificationTable, { date, hoursInMonth: hoursInMonth ?? 0 });
  const entry = ctx.knowledge.gratificationRates.find((r) => r.year === g.rate.year);
  const notes = g.provisional ? [tr(ctx, `Le montant ${date.slice(0, 4)} n'est pas encore connu (plafond de la sécurité sociale revalorisé chaque 1er janvier) : voici celui de ${g.rate.year}.`, `The ${date.slice(0, 4)} rate is not known yet; shown: ${g.rate.year}.`)] : [];
  notes.push(outdatedGuideGratification(ctx, g.hourly));
  // Hours and days given: the month's amount first, then how it is computed.
  const title =
    hoursInMonth !== undefined
      ? tr(ctx, `Gratification minimale du mois : ${g.monthly.format()} (${formatHours(hoursInMonth)} h × ${g.hourly.format()})`, `Minimum allowance for the month: ${g.monthly.format()} (${formatHours(hoursInMonth)} h × ${g.hourly.format()})`)
      : tr(ctx, `Gratification minimale : ${g.hourly.format()} par heure de présence`, `Minimum internship allowance: ${g.hourly.format()} an hour`);
  const { thresholdDays, thresholdHours } = ctx.knowledge.gratificationTable;
  if (hoursInMonth !== undefined) notes.unshift(tr(ctx, `Calcul : ${formatHours(presence!.hoursPerDay!)} h par jour × ${presence!.days} jours de présence = ${formatHours(hoursInMonth)} h. Due seulement si la présence dépasse 2 mois (plus de ${thresholdDays} jours ou ${thresholdHours} heures) ; les heures en formation ne comptent pas.`, `Computed: ${formatHours(presence!.hoursPerDay!)} h a day × ${presence!.days} days = ${formatHours(hoursInMonth)} h. Owed only for more than 2 months of presence (over ${thresholdDays} days or ${thresholdHours} hours); hours in class do not count.`));
  else if (presence) notes.unshift(tr(ctx, 'Pour le montant du mois, donnez les heures par jour et le nombre de jours de présence (ex. « 7 h par jour, 20 jours »).', 'For the month’s amount, give hours a day and days of presence (e.g. "7 h a day, 20 days").'));
  return reply('computation', title, {
    fields: [
      { label: tr(ctx, 'Taux horaire minimum', 'Minimum hourly rate'), value: `${g.hourly.format()} (15 % du plafond horaire de la sécurité sociale, ${g.rate.ceilingHourly.format()} en ${g.rate.year})` },
      { label: tr(ctx, 'Due si', 'Owed when'), value: tr(ctx, `présence de plus de 2 mois : plus de ${thresholdDays} jours ou ${thresholdHours} heures (heures en formation exclues)`, `more than ${thresholdDays} days or ${thresholdHours} hours of presence`) },
      { label: tr(ctx, 'Valable au', 'Valid on'), value: formatFrenchDate(date) },
    ],
    blocks: [tr(ctx, 'Gratification du mois = taux horaire × heures par jour × jours de présence dans le mois. Exemple : 7 h × 20 jours = 140 h → ' + Money.round(g.hourly.cents * 140).format() + '.', 'Monthly = hourly rate × hours a day × days present.')],
    notes,
    sources: cite(ctx, [GUIDE_GRATIFICATION, { doc: 'legal-updates', ref: 'Internship gratification' }, ...(entry?.sources ?? [])]),
    visibility: 'private',
    lang: ctx.lang,
    data: { family: 'work-study-internship', date, hourly: g.hourly.euros, rate: null, monthlyGross: hoursInMonth === undefined ? null : g.monthly.euros, provisional: g.provisional },
  });
}

function formatHours(h: number): string {
  return h.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

/** Hours a day and days a month that cannot be: said, with what is accepted. */
function presenceProblem(ctx: AnswerContext, presence?: { hoursPerDay?: number; days?: number }): Reply | undefined {
  const hours = presence?.hoursPerDay;
  const days = presence?.days;
  const problem =
    hours !== undefined && !(hours >= 1 && hours <= 24)
      ? tr(ctx, `« ${formatHours(hours)} h par jour » n'est pas possible : indiquez entre 1 et 24 heures par jour.`, `"${hours} h a day" is not possible: give 1 to 24 hours a day.`)
      : days !== undefined && !(days >= 1 && days <= 31)
        ? tr(ctx, `« ${days} jours » dans un mois n'est pas possible : indiquez entre 1 et 31 jours de présence.`, `"${days} days" in a month is not possible: give 1 to 31 days of presence.`)
        : undefined;
  return problem ? reply('error', tr(ctx, 'Présence à corriger', 'Presence to fix'), { blocks: [problem], lang: ctx.lang, data: { field: 'presence' } }) : undefined;
}

/** "Quel est le SMIC ?": the value in force on the date (every value of a named month or year), the next one not yet known. */
export function smicReply(ctx: AnswerContext, date: IsoDate, period?: { from: IsoDate; to: IsoDate }): Reply {
  if (period) date = period.from;
  const { rate, provisional } = smicOn(ctx.knowledge.payGrids.smic, date);
  const during = period ? ctx.knowledge.payGrids.smic.rates.filter((r) => r.validFrom > period.from && r.validFrom <= period.to) : [];
  const entry = ctx.knowledge.smic.find((s) => s.validFrom === rate.validFrom);
  // A date after the last published value: not known — said first, the last value given as the floor, never as that date's SMIC.
  const title = provisional
    ? tr(ctx, `SMIC au ${formatFrenchDate(date)} : pas encore connu`, `Minimum wage on ${formatFrenchDate(date)}: not known yet`)
    : tr(ctx, `SMIC brut au ${formatFrenchDate(date)}`, `Gross minimum wage on ${formatFrenchDate(date)}`);
  const unknown = provisional
    ? [tr(ctx, `Sa valeur au ${formatFrenchDate(date)} n'est pas encore publiée (revalorisation au 1er janvier, parfois en cours d'année). La dernière connue, ci-dessous, est un minimum : le SMIC ne baisse pas.`, `Its value on ${formatFrenchDate(date)} is not published yet (it is raised on 1 January, sometimes during the year). The last known value, below, is a floor: the SMIC does not go down.`)]
    : [];
  return reply(provisional ? 'fallback' : 'answer', title, {
    fields: [
      { label: provisional ? tr(ctx, 'Dernier connu, horaire', 'Last known, hourly') : tr(ctx, 'Horaire', 'Hourly'), value: rate.hourly.format() },
      { label: provisional ? tr(ctx, 'Dernier connu, mensuel (35 h)', 'Last known, monthly (35 h)') : tr(ctx, 'Mensuel (35 h)', 'Monthly (35 h)'), value: rate.monthly.format() },
      { label: tr(ctx, 'En vigueur depuis', 'In force since'), value: `${formatFrenchDate(rate.validFrom)} (${rate.source})` },
    ],
    blocks: [
      ...unknown,
      tr(ctx, 'SMIC : le salaire minimum légal, base des grilles de rémunération des alternant(e)s.', 'SMIC: the French statutory minimum wage, base of the work-study pay grids.'),
      ...during.map((r) => tr(ctx, `Puis, à partir du ${formatFrenchDate(r.validFrom)} : ${r.hourly.format()}/h, ${r.monthly.format()} par mois (${r.source}).`, `Then from ${formatFrenchDate(r.validFrom)}: ${r.hourly.format()}/h.`)),
    ],
    notes: [],
    sources: cite(ctx, [...(entry?.sources ?? []), ...during.flatMap((r) => ctx.knowledge.smic.find((s) => s.validFrom === r.validFrom)?.sources ?? [])]),
    lang: ctx.lang,
    data: { smicHourly: rate.hourly.euros, smicMonthly: rate.monthly.euros, validFrom: rate.validFrom, provisional },
  });
}
