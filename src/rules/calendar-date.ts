import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, getDay } from 'date-fns';

/** The programme lives in Aix-Marseille: every calendar date is a date in this zone. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/**
 * A calendar date without time or zone, as `YYYY-MM-DD`.
 * Strings compare in calendar order, and no time-zone conversion can shift them by a day.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null when the text is not a real calendar date (e.g. 2026-02-30). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return text.trim() as IsoDate;
}

/** For dates written in code and data: throws on a malformed date, which is a programming error. */
export function isoDate(text: string): IsoDate {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`Not a calendar date: ${text}`);
  return parsed;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The date as a midnight instant in Paris, for date-fns arithmetic that must not drift. */
function toParis(date: IsoDate): TZDate {
  const [y, m, d] = parts(date);
  return new TZDate(y, m - 1, d, PARIS_TIME_ZONE);
}

function fromParis(date: TZDate): IsoDate {
  return format(date, 'yyyy-MM-dd') as IsoDate;
}

/** The calendar date in Paris at this instant (the clock port gives instants). */
export function parisDateOf(instant: Date): IsoDate {
  return fromParis(new TZDate(instant.getTime(), PARIS_TIME_ZONE));
}

/** Adds calendar months; the day is clamped to the month's end (31 August + 1 month = 30 September). */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  return fromParis(addMonths(toParis(date), months));
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return fromParis(addDays(toParis(date), days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toParis(to), toParis(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return getDay(toParis(date));
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

export function monthOf(date: IsoDate): number {
  return parts(date)[1];
}

/** The first day of the month after this date's month. */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return m === 12 ? isoDate(`${y + 1}-01-01`) : isoDate(`${y}-${String(m + 1).padStart(2, '0')}-01`);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** `jj/mm/aaaa`, the way French users read and write dates. */
export function formatFrenchDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** `mardi 24/11/2026`. */
export function formatFrenchDateLong(date: IsoDate): string {
  return `${WEEKDAYS_FR[dayOfWeek(date)]} ${formatFrenchDate(date)}`;
}

/** Completed years of age on a date (a birthday counts on its own day; 29 February on 1 March). */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(date);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The date of the birthday at which this age is reached (29 February → 1 March in other years). */
export function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
  const [by, bm, bd] = parts(birthDate);
  const year = by + age;
  if (bm === 2 && bd === 29 && daysInMonth(year, 2) === 28) return isoDate(`${year}-03-01`);
  return isoDate(`${year}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`);
}

/** Noon in Paris on a date: the instant used when a date, not a time, is given (e.g. `--now`). */
export function noonInParis(date: IsoDate): Date {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, 12, 0, 0, PARIS_TIME_ZONE).getTime());
}
