import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { addDaysTo, dayOfWeek, daysBetween, yearOf, type IsoDate } from './calendar-date.ts';

/**
 * *Jours ouvrables*: Monday to Saturday; *jours ouvrés*: Monday to Friday; both minus public holidays.
 * "48 h ouvrées" is 2 jours ouvrés.
 */
export type WorkingDayKind = 'ouvrables' | 'ouvres';

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

// Metropolitan France without a region: Aix-Marseille has the eleven national holidays,
// Alsace-Moselle's extra days come only with the 57/67/68 regions, which we do not ask for.
// Loaded on first use: date-holidays takes ~0.1–0.2 s to load, and most answers count no working days.
let holidays: HolidaysClass | undefined;
const byYear = new Map<number, PublicHoliday[]>();
function frenchHolidays(): HolidaysClass {
  if (!holidays) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
    holidays = new Holidays('FR');
  }
  return holidays;
}

/** The public holidays (*jours fériés*) of a year, computed by date-holidays (Easter-based ones included). */
export function publicHolidays(year: number): PublicHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    list = frenchHolidays()
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // date-holidays gives "YYYY-MM-DD hh:mm:ss" in the country's own calendar: keep the date part.
      .map((h) => ({ date: h.date.slice(0, 10) as IsoDate, name: h.name }));
    byYear.set(year, list);
  }
  return list;
}

export function publicHolidayOn(date: IsoDate): PublicHoliday | undefined {
  return publicHolidays(yearOf(date)).find((h) => h.date === date);
}

export function isWorkingDay(date: IsoDate, kind: WorkingDayKind): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0) return false;
  if (weekday === 6 && kind === 'ouvres') return false;
  return publicHolidayOn(date) === undefined;
}

/** The n-th working day after `date` (the day itself does not count, as in French deadline reckoning). */
export function addWorkingDays(date: IsoDate, count: number, kind: WorkingDayKind): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Working-day count must be a whole number ≥ 0, got ${count}`);
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDaysTo(current, 1);
    if (isWorkingDay(current, kind)) left -= 1;
  }
  return current;
}

/** The n-th working day before `date` (the day itself does not count). */
export function subtractWorkingDays(date: IsoDate, count: number, kind: WorkingDayKind): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Working-day count must be a whole number ≥ 0, got ${count}`);
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDaysTo(current, -1);
    if (isWorkingDay(current, kind)) left -= 1;
  }
  return current;
}

/**
 * Working days in the interval (from, to]: after `from`, up to and including `to`. Whole weeks are
 * counted by arithmetic and public holidays subtracted year by year, so that a span of decades costs
 * as little as a span of days.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, kind: WorkingDayKind): number {
  if (to <= from) return 0;
  const isCountedWeekday = (d: IsoDate) => {
    const weekday = dayOfWeek(d);
    return weekday !== 0 && !(weekday === 6 && kind === 'ouvres');
  };
  const total = daysBetween(from, to);
  const weeks = Math.floor(total / 7);
  let count = weeks * (kind === 'ouvres' ? 5 : 6);
  for (let d = addDaysTo(from, weeks * 7 + 1); d <= to; d = addDaysTo(d, 1)) if (isCountedWeekday(d)) count += 1;
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    // Two holidays can fall on one day (Ascension on 1 May in 2008): a day is subtracted once.
    for (const date of new Set(publicHolidays(year).map((h) => h.date))) if (date > from && date <= to && isCountedWeekday(date)) count -= 1;
  }
  return count;
}
