import { addDaysTo, addMonthsTo, formatFrenchDate, type IsoDate } from './calendar-date.ts';

/** The legal kind of the contract or agreement behind a work-study year. */
export type ContractFamily = 'apprenticeship' | 'professionalisation' | 'work-study-internship';

/** One formation in one academic year, with its training dates (guide, table 5). */
export interface Cohort {
  id: string;
  formation: string;
  academicYear: string;
  label: string;
  /** Date de début de formation (included). */
  ddf: IsoDate;
  /** Date de fin de formation (included). */
  dff: IsoDate;
  /** Length of a contract covering this cohort, in years (2 for the two-year Master contract). */
  contractYears: number;
}

/**
 * Table 5's windows for one contract family, in months from the training dates.
 * `dfcFromMonths: null` means no lower bound on the end date other than the duration.
 */
export interface ContractDateRule {
  family: ContractFamily;
  ddcFromMonths: number;
  ddcToMonths: number;
  dfcFromMonths: number | null;
  dfcToMonths: number;
  /** Date-to-date duration bounds in months, when the family has them (internships: 6 to 12). */
  minDurationMonths?: number;
  maxDurationMonths?: number;
}

export interface ContractWindows {
  ddf: IsoDate;
  dff: IsoDate;
  ddcMin: IsoDate;
  ddcMax: IsoDate;
  dfcMin: IsoDate | null;
  dfcMax: IsoDate;
}

export function contractWindows(cohort: Cohort, rule: ContractDateRule): ContractWindows {
  return {
    ddf: cohort.ddf,
    dff: cohort.dff,
    ddcMin: addMonthsTo(cohort.ddf, rule.ddcFromMonths),
    ddcMax: addMonthsTo(cohort.ddf, rule.ddcToMonths),
    dfcMin: rule.dfcFromMonths === null ? null : addMonthsTo(cohort.dff, rule.dfcFromMonths),
    dfcMax: addMonthsTo(cohort.dff, rule.dfcToMonths),
  };
}

/** Proposed dates, plus the process dates that table 5's common conditions refer to, when known. */
export interface ContractDateProposal {
  /** Absent when only the end is asked about (« mon contrat peut-il se terminer le 30/09 ? »). */
  ddc?: IsoDate;
  dfc?: IsoDate;
  /** When the responsable de l'alternance validated the mission. */
  validationDate?: IsoDate;
  /** End of the mission-validation process (announced each year). */
  validationProcessEnd?: IsoDate;
  /** Proclamation of the previous year's jury. */
  previousJuryDate?: IsoDate;
  /** Start of next year's training, when the student goes on studying. */
  nextYearDdf?: IsoDate;
}

export type ContractDateViolationCode =
  | 'ddc-too-early'
  | 'ddc-too-late'
  | 'dfc-too-early'
  | 'dfc-too-late'
  | 'dfc-before-ddc'
  | 'duration-too-short'
  | 'duration-too-long'
  | 'ddc-before-validation-week'
  | 'ddc-after-validation-process'
  | 'ddc-before-jury'
  | 'dfc-after-next-year-start';

export interface ContractDateViolation {
  code: ContractDateViolationCode;
  /** A French sentence naming the date, the bound and the rule. */
  message: string;
}

export interface ContractDateCheck {
  valid: boolean;
  windows: ContractWindows;
  violations: ContractDateViolation[];
}

const fr = formatFrenchDate;

/** Says which of table 5's rules the proposed dates break (none: the dates are valid). */
export function checkContractDates(cohort: Cohort, rule: ContractDateRule, proposal: ContractDateProposal): ContractDateCheck {
  const w = contractWindows(cohort, rule);
  const violations: ContractDateViolation[] = [];
  const add = (code: ContractDateViolationCode, message: string) => violations.push({ code, message });
  const { ddc, dfc } = proposal;

  if (ddc && ddc < w.ddcMin) add('ddc-too-early', `Le début du contrat (${fr(ddc)}) est avant le ${fr(w.ddcMin)}, premier jour possible (DDF${monthsText(rule.ddcFromMonths)}).`);
  if (ddc && ddc > w.ddcMax) add('ddc-too-late', `Le début du contrat (${fr(ddc)}) est après le ${fr(w.ddcMax)}, dernier jour possible (DDF${monthsText(rule.ddcToMonths)}).`);

  if (dfc) {
    if (ddc && dfc < ddc) add('dfc-before-ddc', `La fin du contrat (${fr(dfc)}) est avant son début (${fr(ddc)}).`);
    if (w.dfcMin && dfc < w.dfcMin) add('dfc-too-early', `La fin du contrat (${fr(dfc)}) est avant le ${fr(w.dfcMin)}, premier jour possible (DFF${monthsText(rule.dfcFromMonths ?? 0)}).`);
    if (dfc > w.dfcMax) add('dfc-too-late', `La fin du contrat (${fr(dfc)}) est après le ${fr(w.dfcMax)}, dernier jour possible (DFF${monthsText(rule.dfcToMonths)}).`);
    if (ddc && rule.minDurationMonths !== undefined && dfc >= ddc) {
      // Date to date: 6 months from 01/09 ends on 28/02 included, i.e. the day before 01/03.
      const shortestEnd = addDaysTo(addMonthsTo(ddc, rule.minDurationMonths), -1);
      if (dfc < shortestEnd) add('duration-too-short', `La durée (du ${fr(ddc)} au ${fr(dfc)}) est inférieure à ${rule.minDurationMonths} mois : la fin doit être au plus tôt le ${fr(shortestEnd)}.`);
    }
    if (ddc && rule.maxDurationMonths !== undefined) {
      const longestEnd = addDaysTo(addMonthsTo(ddc, rule.maxDurationMonths), -1);
      if (dfc > longestEnd) add('duration-too-long', `La durée (du ${fr(ddc)} au ${fr(dfc)}) dépasse ${rule.maxDurationMonths} mois : la fin doit être au plus tard le ${fr(longestEnd)}.`);
    }
    if (proposal.nextYearDdf && dfc >= proposal.nextYearDdf) {
      add('dfc-after-next-year-start', `La fin du contrat (${fr(dfc)}) doit être avant le début de la formation de l'année suivante (${fr(proposal.nextYearDdf)}).`);
    }
  }

  if (ddc && proposal.validationDate) {
    const earliest = addDaysTo(proposal.validationDate, 7);
    if (ddc < earliest) add('ddc-before-validation-week', `Le début du contrat (${fr(ddc)}) doit être au moins 1 semaine après la validation de la mission (${fr(proposal.validationDate)}), donc au plus tôt le ${fr(earliest)}.`);
  }
  if (ddc && proposal.validationProcessEnd && ddc > proposal.validationProcessEnd) {
    add('ddc-after-validation-process', `Le début du contrat (${fr(ddc)}) doit être avant la fin du processus de validation (${fr(proposal.validationProcessEnd)}).`);
  }
  if (ddc && proposal.previousJuryDate && ddc <= proposal.previousJuryDate) {
    add('ddc-before-jury', `Le début du contrat (${fr(ddc)}) doit être après la proclamation des jurys de l'année précédente (${fr(proposal.previousJuryDate)}).`);
  }

  return { valid: violations.length === 0, windows: w, violations };
}

function monthsText(months: number): string {
  if (months === 0) return '';
  return ` ${months > 0 ? '+' : '−'} ${Math.abs(months)} mois`;
}
