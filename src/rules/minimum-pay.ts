import {
  ageOn,
  birthdayAt,
  firstOfNextMonth,
  addDaysTo,
  formatFrenchDate,
  type IsoDate,
} from './calendar-date.ts';
import { Money, type Percent } from './money.ts';

/** One value of the SMIC, gross, in force from a date (LEGAL-UPDATES.md, décrets and arrêtés). */
export interface SmicRate {
  validFrom: IsoDate;
  hourly: Money;
  /** The monthly amount as published (35 × 52 / 12 h), kept to check our own computation. */
  monthly: Money;
  source: string;
}

/** The SMIC over time. After `knownUntil` the next value is not known yet (it rises every 1 January). */
export interface SmicTable {
  rates: SmicRate[];
  knownUntil: IsoDate;
}

/** Full-time hours: 35 h a week over 52 weeks, spread over 12 months (151.666… h, not the rounded 151.67). */
export const FULL_TIME_WEEKLY_HOURS = 35;
const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;

export function monthlyHours(weeklyHours: number): number {
  return (weeklyHours * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
}

/**
 * One age band of a pay grid: `rate` percent of the base, where the base is the SMIC,
 * or, when `smcShare` is set and the branch minimum (SMC) is known, the higher of the SMIC
 * and `smcShare` percent of the SMC.
 */
export interface PayBand {
  minAge: number;
  /** Included; absent for the last band. */
  maxAge?: number;
  rate: Percent;
  smcShare?: Percent;
}

/** A row of the apprentice grid (art. D6222-26): one contract year, its age bands. */
export interface ApprenticeGridRow {
  contractYear: number;
  bands: PayBand[];
}

/** A row of the professionalisation grid (D6325-15, D6325-16): one qualification level, its age bands. */
export interface ProfessionalisationGridRow {
  qualification: 'below-bac-pro' | 'bac-pro-or-higher';
  bands: PayBand[];
}

export interface PayGrids {
  smic: SmicTable;
  apprenticeship: ApprenticeGridRow[];
  professionalisation: ProfessionalisationGridRow[];
  /** Size of one apprentice increase, in percentage points (D6222-30: 15). */
  apprenticeIncreasePoints: number;
}

export type PaidContractFamily = 'apprenticeship' | 'professionalisation';

export interface MinimumPayInput {
  family: PaidContractFamily;
  /** Age that decides the band (see `payAgeOn` for a birth date). */
  age: number;
  date: IsoDate;
  /** Apprenticeship: year of the grid (L3I = 3, M1 = 1, M2 = 2 in the guide's table 6). */
  contractYear?: number;
  /** Professionalisation: every MIAGE student holds at least a bac-pro level qualification. */
  qualification?: ProfessionalisationGridRow['qualification'];
  /** Branch or company minimum (salaire minimum conventionnel), monthly for full time. */
  smcMonthly?: Money;
  /** Weekly hours in the contract (default 35). */
  weeklyHours?: number;
  /** Apprenticeship: number of +15-point increases that apply (D6222-30). */
  increases?: number;
  /** Apprenticeship: rate of the last year of a previous contract, which a new contract keeps at least (D6222-29). */
  previousContractRate?: Percent;
}

export interface MinimumPayResult {
  family: PaidContractFamily;
  /** Percent of the base actually due, after increases and floors. */
  rate: Percent;
  /** Percent read from the grid, before increases. */
  gridRate: Percent;
  band: PayBand;
  /** SMIC, or SMC when the branch minimum is higher. */
  base: 'SMIC' | 'SMC';
  /**
   * Percent of the base named by `base`: `rate` for the SMIC; for the SMC, `rate` × the band's
   * share of the SMC (professionalisation from 26: 100 % × 85 % = 85 % of the SMC, D6325-15).
   */
  basePercent: Percent;
  /** The full-time monthly base the rate applies to. */
  baseMonthly: Money;
  smic: SmicRate;
  /** True when the date is after the last known SMIC: the amount is a floor, the real one will be higher. */
  smicProvisional: boolean;
  weeklyHours: number;
  monthlyGross: Money;
  hourlyGross: Money;
  /** Why the rate differs from the grid's, in French. */
  adjustments: string[];
}

export class PayInputError extends Error {
  constructor(
    readonly code: 'age-out-of-range' | 'contract-year-missing' | 'contract-year-out-of-range' | 'hours-out-of-range' | 'date-before-known-smic' | 'no-grid-row',
    message: string,
  ) {
    super(message);
  }
}

/** The SMIC in force on a date, and whether the date is past what is known. */
export function smicOn(table: SmicTable, date: IsoDate): { rate: SmicRate; provisional: boolean } {
  const rate = [...table.rates].reverse().find((r) => r.validFrom <= date);
  if (!rate) {
    const first = table.rates[0];
    const known = first ? `commencent le ${formatFrenchDate(first.validFrom)} (${first.source})` : 'sont vides';
    throw new PayInputError('date-before-known-smic', `Mes données sur le SMIC ${known} ; la date demandée, le ${formatFrenchDate(date)}, est antérieure. Les montants plus anciens ne sont pas dans mes données : ils sont publiés au Journal officiel (décrets de revalorisation du SMIC).`);
  }
  return { rate, provisional: date > table.knownUntil };
}

/**
 * The age that decides the pay band on a date: a new band starts on the first day of the month
 * after the birthday (guide §4.2, D6222-31 for apprentices; same rule for professionalisation).
 */
export function payAgeOn(birthDate: IsoDate, date: IsoDate): number {
  const age = ageOn(birthDate, date);
  return date >= firstOfNextMonth(birthdayAt(birthDate, age)) ? age : age - 1;
}

/**
 * The article that moves pay to a new age band on the first of the month after the birthday:
 * D6222-31 for apprentices; D6325-15 and D6325-16 for professionalisation (LEGAL-UPDATES.md).
 */
export const BAND_CHANGE_ARTICLE: Record<PaidContractFamily, string> = {
  apprenticeship: 'art. D6222-31',
  professionalisation: 'art. D6325-15 et D6325-16',
};

/** The date from which a birth date falls into the band of `age`. */
export function bandChangeDate(birthDate: IsoDate, age: number): IsoDate {
  return firstOfNextMonth(birthdayAt(birthDate, age));
}

export const MIN_AGE = 14;
export const MAX_AGE = 80;

/**
 * Plausible monthly branch minimums (SMC), gross euros: a branch grid sits near the SMIC and rarely
 * above a few thousand euros. Outside, the figure is a typo, refused rather than computed on.
 */
export const SMC_MONTHLY_EUROS = { min: 100, max: 20_000 } as const;

/** A French message when an SMC is implausible; null when fine. */
export function smcProblem(amount: number, typed: string): string | null {
  if (Number.isFinite(amount) && amount >= SMC_MONTHLY_EUROS.min && amount <= SMC_MONTHLY_EUROS.max) return null;
  const what = Number.isFinite(amount) || /^\d[\d ]*([.,]\d+)?$/.test(typed) ? "n'est pas plausible" : "n'est pas un montant";
  return `Le SMC « ${typed.slice(0, 20)} » ${what} : indiquez le salaire minimum conventionnel mensuel brut en euros, entre ${SMC_MONTHLY_EUROS.min} et ${SMC_MONTHLY_EUROS.max.toLocaleString('fr-FR')} € (ex. smc=2100).`;
}

export function bandFor(bands: PayBand[], age: number): PayBand | undefined {
  return bands.find((b) => age >= b.minAge && (b.maxAge === undefined || age <= b.maxAge));
}

export function minimumPay(grids: PayGrids, input: MinimumPayInput): MinimumPayResult {
  if (!Number.isInteger(input.age) || input.age < MIN_AGE || input.age > MAX_AGE) {
    throw new PayInputError('age-out-of-range', `L'âge doit être un nombre entier entre ${MIN_AGE} et ${MAX_AGE} ans.`);
  }
  const weeklyHours = input.weeklyHours ?? FULL_TIME_WEEKLY_HOURS;
  if (!(weeklyHours > 0 && weeklyHours <= 48)) {
    throw new PayInputError('hours-out-of-range', 'Les heures hebdomadaires doivent être comprises entre 1 et 48.');
  }

  const bands = gridBands(grids, input);
  const band = bandFor(bands, input.age);
  if (!band) throw new PayInputError('no-grid-row', `La grille ne prévoit pas l'âge de ${input.age} ans.`);

  const adjustments: string[] = [];
  let rate = band.rate;
  if (input.family === 'apprenticeship') {
    const increases = input.increases ?? 0;
    if (increases > 0 && rate < 100) {
      // +15 percentage points each (D6222-30), never above 100 % of the base by law alone.
      const raised = Math.min(100, rate + increases * grids.apprenticeIncreasePoints);
      adjustments.push(`${increases} majoration(s) de ${grids.apprenticeIncreasePoints} points : ${rate} % → ${raised} %`);
      rate = raised;
    }
    if (input.previousContractRate !== undefined && input.previousContractRate > rate) {
      adjustments.push(`taux de la dernière année du contrat précédent conservé (D6222-29) : ${input.previousContractRate} %`);
      rate = input.previousContractRate;
    }
  }

  const { rate: smic, provisional } = smicOn(grids.smic, input.date);
  // Exact cents for a full-time month; rounding happens once, on the final amounts.
  const smicMonthlyExact = (smic.hourly.cents * FULL_TIME_WEEKLY_HOURS * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
  const smcExact = band.smcShare !== undefined && input.smcMonthly ? (input.smcMonthly.cents * band.smcShare) / 100 : undefined;
  const useSmc = smcExact !== undefined && smcExact > smicMonthlyExact;
  const baseExact = useSmc ? smcExact : smicMonthlyExact;

  const timeShare = weeklyHours / FULL_TIME_WEEKLY_HOURS;
  const monthlyExact = (baseExact * rate * timeShare) / 100;
  const hourlyExact = (baseExact * rate) / 100 / monthlyHours(FULL_TIME_WEEKLY_HOURS);

  return {
    family: input.family,
    rate,
    gridRate: band.rate,
    band,
    base: useSmc ? 'SMC' : 'SMIC',
    basePercent: useSmc ? (rate * (band.smcShare ?? 100)) / 100 : rate,
    baseMonthly: Money.round(baseExact),
    smic,
    smicProvisional: provisional,
    weeklyHours,
    monthlyGross: Money.round(monthlyExact),
    hourlyGross: Money.round(hourlyExact),
    adjustments,
  };
}

function gridBands(grids: PayGrids, input: MinimumPayInput): PayBand[] {
  if (input.family === 'apprenticeship') {
    if (input.contractYear === undefined) throw new PayInputError('contract-year-missing', "Il faut l'année du contrat (ou la formation) pour un contrat d'apprentissage.");
    const row = grids.apprenticeship.find((r) => r.contractYear === input.contractYear);
    if (!row) {
      const years = grids.apprenticeship.map((r) => r.contractYear).join(', ');
      throw new PayInputError('contract-year-out-of-range', `L'année de contrat ${input.contractYear} n'est pas dans la grille (années possibles : ${years}).`);
    }
    return row.bands;
  }
  const qualification = input.qualification ?? 'bac-pro-or-higher';
  const row = grids.professionalisation.find((r) => r.qualification === qualification);
  if (!row) throw new PayInputError('no-grid-row', `Pas de ligne de grille pour la qualification ${qualification}.`);
  return row.bands;
}

/** « 21 à 25 ans », « 26 ans et plus »: how a band is named in the guide's tables. */
export function bandLabel(band: PayBand): string {
  return band.maxAge === undefined ? `${band.minAge} ans et plus` : `${band.minAge} à ${band.maxAge} ans`;
}

/** A period of a contract during which the minimum pay does not change. */
export interface PaySegment {
  from: IsoDate;
  /** Included. */
  to: IsoDate;
  age: number;
  contractYear?: number;
  pay: MinimumPayResult;
  /** What changed at `from`, in French (empty for the first segment). */
  changes: string[];
}

export interface PayTimelineInput extends Omit<MinimumPayInput, 'age' | 'date' | 'contractYear'> {
  birthDate: IsoDate;
  start: IsoDate;
  end: IsoDate;
  /**
   * Grid year in force from each date (the first one from `start`): M1 → M2 in a two-year contract.
   * The M1 → M2 step is a change even when it leaves the amount unchanged (guide §4.2).
   */
  contractYears?: Array<{ from: IsoDate; contractYear: number; label: string }>;
}

/** The minimum pay over a contract: a new segment at each age band, grid year or SMIC change. */
export function payTimeline(grids: PayGrids, input: PayTimelineInput): PaySegment[] {
  const years = input.contractYears ?? [];
  const yearOn = (date: IsoDate) => [...years].reverse().find((y) => y.from <= date) ?? years[0];

  const points = new Map<IsoDate, string[]>();
  const mark = (date: IsoDate, why: string) => {
    if (date <= input.start || date > input.end) return;
    points.set(date, [...(points.get(date) ?? []), why]);
  };
  // Only a new age band is a change (21 to 25 is one band: turning 22 changes nothing).
  const bandsOf = (from: IsoDate) => gridBands(grids, { ...input, age: MIN_AGE, date: from, contractYear: yearOn(from)?.contractYear });
  for (let age = payAgeOn(input.birthDate, input.start) + 1; age <= MAX_AGE; age += 1) {
    const date = bandChangeDate(input.birthDate, age);
    if (date > input.end) break;
    const bands = bandsOf(date);
    const band = bandFor(bands, age);
    if (!band || band === bandFor(bands, age - 1)) continue;
    mark(date, `tranche « ${bandLabel(band)} » (à ${age} ans, 1er du mois suivant l'anniversaire, ${BAND_CHANGE_ARTICLE[input.family]})`);
  }
  for (const y of years) mark(y.from, y.label);
  for (const s of grids.smic.rates) mark(s.validFrom, `nouveau SMIC (${s.hourly.format()}/h, ${s.source})`);
  mark(addDaysTo(grids.smic.knownUntil, 1), 'revalorisation du SMIC attendue, montant pas encore connu : le minimum sera au moins celui-ci');

  const starts = [input.start, ...[...points.keys()].sort()];
  const segments: PaySegment[] = [];
  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const to = next ? addDaysTo(next, -1) : input.end;
    const age = payAgeOn(input.birthDate, from);
    const year = yearOn(from);
    const pay = minimumPay(grids, { ...input, age, date: from, contractYear: year?.contractYear });
    const last = segments[segments.length - 1];
    const marked = points.get(from) ?? [];
    // A step of the contract year is always shown; a date with nothing new in the amount merges.
    const yearStep = i > 0 && years.some((y) => y.from === from);
    if (!yearStep && last && last.pay.rate === pay.rate && last.pay.monthlyGross.cents === pay.monthlyGross.cents && last.pay.smicProvisional === pay.smicProvisional) {
      last.to = to;
      return;
    }
    segments.push({ from, to, age, contractYear: year?.contractYear, pay, changes: i === 0 ? [] : marked });
  });
  return segments;
}
