import { monthOf, yearOf, type IsoDate } from '../rules/index.ts';
import type { Knowledge } from './loader.ts';
import type { CohortEntry, Contact, ContractDateRuleEntry, DeadlineEntry, Program } from './schemas.ts';

/**
 * The academic year N/N+1 of a date: from 1 September N to 31 August N+1.
 * Used when no cohort's own training dates say otherwise.
 */
export function academicYearOf(date: IsoDate): string {
  const year = yearOf(date);
  return monthOf(date) >= 9 ? `${year}/${year + 1}` : `${year - 1}/${year}`;
}

export function program(knowledge: Knowledge, id: string): Program | undefined {
  return knowledge.programs.find((p) => p.id === id);
}

export type CohortLookup =
  | { status: 'found'; cohort: CohortEntry; academicYear: string }
  /** The year asked about has no data: `nearest` is the known cohort nearest to it, to show clearly labelled. */
  | { status: 'missing'; academicYear: string; nearest: CohortEntry | undefined };

/**
 * The cohort of a formation for a date: the one-year cohort whose training contains the date,
 * else the cohort starting in the date's academic year. Never silently last year's.
 */
export function cohortOn(knowledge: Knowledge, formation: string, date: IsoDate): CohortLookup {
  const ofFormation = knowledge.cohorts.filter((c) => c.formation === formation);
  const running = ofFormation
    .filter((c) => c.contractYears === 1 && c.ddf && c.dff && c.ddf <= date && date <= c.dff)
    .sort((a, b) => (b.ddf ?? '').localeCompare(a.ddf ?? ''))[0];
  if (running) return { status: 'found', cohort: running, academicYear: running.academicYear };
  return cohortForYear(knowledge, formation, academicYearOf(date));
}

export function cohortForYear(knowledge: Knowledge, formation: string, academicYear: string): CohortLookup {
  const ofFormation = knowledge.cohorts.filter((c) => c.formation === formation);
  const exact = ofFormation.find((c) => c.academicYear === academicYear && c.ddf && c.dff);
  if (exact) return { status: 'found', cohort: exact, academicYear };
  // The known cohort nearest to the year asked (2024/2025 asked: 2025/2026, not 2026/2027), the later one on a tie.
  const start = (year: string) => Number(year.slice(0, 4));
  const asked = start(academicYear);
  const nearest = ofFormation
    .filter((c) => c.ddf && c.dff)
    .sort((a, b) => Math.abs(start(a.academicYear) - asked) - Math.abs(start(b.academicYear) - asked) || start(b.academicYear) - start(a.academicYear))[0];
  return { status: 'missing', academicYear, nearest };
}

export function cohortById(knowledge: Knowledge, id: string): CohortEntry | undefined {
  return knowledge.cohorts.find((c) => c.id === id);
}

export interface HolderFilter {
  academicYear?: string;
  formation?: string;
  site?: string;
}

/** The people or services holding a function, narrowed by year, formation and site when given. */
export function holdersOf(knowledge: Knowledge, fn: string, filter: HolderFilter = {}): Contact[] {
  return knowledge.contacts.filter((c) => {
    if (c.function !== fn) return false;
    if (filter.academicYear) {
      if (c.fromYear && filter.academicYear < c.fromYear) return false;
      if (c.toYear && filter.academicYear > c.toYear) return false;
    }
    if (filter.formation && c.formations.length > 0 && !c.formations.includes(filter.formation)) return false;
    if (filter.site && c.sites.length > 0 && !c.sites.includes(filter.site)) return false;
    return true;
  });
}

export function dateRuleFor(knowledge: Knowledge, family: ContractDateRuleEntry['family']): ContractDateRuleEntry | undefined {
  return knowledge.contractDateRules.find((r) => r.family === family);
}

export function deadline(knowledge: Knowledge, id: string): DeadlineEntry {
  const found = knowledge.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown deadline ${id}`);
  return found;
}
