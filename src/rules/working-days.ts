import { addDaysTo, dayOfWeek, daysBetween, toIsoDate, yearOf, type IsoDate } from './calendar-date.ts';

/**
 * *Jours ouvrables*: Monday to Saturday; *jours ouvrés*: Monday to Friday; both minus public holidays.
 * "48 h ouvrées" is 2 jours ouvrés.
 */
export type WorkingDayKind = 'ouvrables' | 'ouvres';

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

// Metropolitan France without a region: Aix-Marseille has the eleven national holidays of the Code
// du travail (art. L3133-1); Alsace-Moselle's extra days (Good Friday, 26 December) are not ours.
// Computed here rather than with date-holidays, which loads every country's calendar (about 27 MB
// of resident memory for eleven dates a year); a test checks these dates against date-holidays.
const FIXED: Array<[month: number, day: number, name: string]> = [
  [1, 1, 'Jour de l\'an'],
  [5, 1, 'Fête du travail'],
  [5, 8, 'Victoire 1945'],
  [7, 14, 'Fête nationale'],
  [8, 15, 'Assomption'],
  [11, 1, 'Toussaint'],
  [11, 11, 'Armistice 1918'],
  [12, 25, 'Noël'],
];
// Days after Easter Sunday.
const FROM_EASTER: Array<[days: number, name: string]> = [
  [1, 'Lundi de Pâques'],
  [39, 'Ascension'],
  [50, 'Lundi de Pentecôte'],
];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, « Meeus/Jones/Butcher »). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day) as IsoDate;
}

const byYear = new Map<number, PublicHoliday[]>();

/** The public holidays (*jours fériés*) of a year, in date order, Easter-based ones included. */
export function publicHolidays(year: number): PublicHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    const easter = easterSunday(year);
    list = [
      ...FIXED.map(([month, day, name]) => ({ date: toIsoDate(year, month, day) as IsoDate, name })),
      ...FROM_EASTER.map(([days, name]) => ({ date: addDaysTo(easter, days), name })),
    ].sort((x, y) => x.date.localeCompare(y.date));
    // Bounded: a handful of years are ever asked about.
    if (byYear.size > 200) byYear.clear();
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
