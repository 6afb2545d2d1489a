import { TZDate } from '@date-fns/tz';
// The one function used, not the whole package (its index takes ~0.1 s to load at every start).
import { format } from 'date-fns/format';

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

// Arithmetic on calendar dates counts days since 1970-01-01 in the proleptic Gregorian calendar
// (Date.UTC): a date is a day number, never an instant, so no time-zone offset — not even Paris's
// local mean time before 1911, whose offset in seconds once made « + 1 day » return the same day —
// can move it.
const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): IsoDate {
  const t = new Date(day * DAY_MS);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}` as IsoDate;
}

const HOUR_MS = 3_600_000;
const WHOLE_HOURS_SINCE = Date.UTC(1912, 0, 1);
/** The last hour asked for and its Paris date (every message asks for the date of « now »). */
let lastHour = { hour: Number.NaN, date: '' as IsoDate };

/**
 * The calendar date in Paris at this instant (the clock port gives instants). Paris is a whole
 * number of hours from UTC and changes offset on the hour, so its midnight always falls on a UTC
 * hour: every instant of one UTC hour has the same Paris date, computed once (the time-zone
 * conversion was a quarter of the time of a slash command's answer, measured by bench:slack).
 */
export function parisDateOf(instant: Date): IsoDate {
  // Before 1912 Paris kept a local mean time (UTC+0:09:21): no hour rule then.
  if (instant.getTime() < WHOLE_HOURS_SINCE) return format(new TZDate(instant.getTime(), PARIS_TIME_ZONE), 'yyyy-MM-dd') as IsoDate;
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (hour !== lastHour.hour) lastHour = { hour, date: format(new TZDate(hour * HOUR_MS, PARIS_TIME_ZONE), 'yyyy-MM-dd') as IsoDate };
  return lastHour.date;
}

/** Adds calendar months; the day is clamped to the month's end (31 August + 1 month = 30 September). */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return fromParts(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

function fromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
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

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `janvier 2025`: a month said without its day. */
export function formatFrenchMonth(date: IsoDate): string {
  const [y, m] = parts(date);
  return `${MONTHS_FR[m - 1]} ${y}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `January 2025`. */
export function formatEnglishMonth(date: IsoDate): string {
  const [y, m] = parts(date);
  return `${MONTHS_EN[m - 1]} ${y}`;
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

/** Month names and abbreviations, French and English, folded (no accents). A Map: user words are never object keys. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    janvier: 1, janv: 1, january: 1, jan: 1, fevrier: 2, fevr: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3,
    avril: 4, april: 4, avr: 4, apr: 4, mai: 5, may: 5, juin: 6, june: 6, jun: 6, juillet: 7, juil: 7, july: 7, jul: 7,
    aout: 8, august: 8, aug: 8, septembre: 9, sept: 9, september: 9, sep: 9, octobre: 10, oct: 10, october: 10,
    novembre: 11, nov: 11, november: 11, decembre: 12, dec: 12, december: 12,
  }),
);

/** The month names as one regular-expression alternation, longest first (« septembre » before « sept »). */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Years a date typed by a user may have at all: birth dates of people up to 80 years old, contracts
 * up to 2100. Anything else is refused where it is read, never passed on to arithmetic.
 */
export const USER_DATE_YEARS = { min: 1900, max: 2100 } as const;
/** Years of contracts, sick notes and absences: the programme's documents start in the 2000s. */
export const EVENT_DATE_YEARS = { min: 2000, max: 2100 } as const;

/** A French message when an event date (contract, sick note, absence) is outside 2000–2100; null when fine. */
export function eventDateProblem(date: IsoDate, label = 'La date'): string | null {
  const year = yearOf(date);
  if (year >= EVENT_DATE_YEARS.min && year <= EVENT_DATE_YEARS.max) return null;
  return `${label} ${formatFrenchDate(date)} est hors des années acceptées (${EVENT_DATE_YEARS.min} à ${EVENT_DATE_YEARS.max}).`;
}

/**
 * `jj/mm/aaaa`, `jj-mm-aaaa`, `jj.mm.aaaa`, `aaaa-mm-jj` or `3 septembre 2026` → ISO; `invalid` when
 * it looks like a date but is not one (31/02) or its year is outside 1900–2100.
 */
export function parseUserDate(text: string): IsoDate | 'invalid' | null {
  if (text.length > 40) return null;
  const t = text.trim().toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$/.exec(t);
  const month = m ? MONTHS.get(m[2]!) : undefined;
  if (m && month) return toIsoDate(Number(m[3]), month, Number(m[1]));
  return null;
}

/** A date from its parts, or `invalid` (31/02, or a year outside 1900–2100). */
export function toIsoDate(year: number, month: number, day: number): IsoDate | 'invalid' {
  if (!Number.isInteger(year) || year < USER_DATE_YEARS.min || year > USER_DATE_YEARS.max) return 'invalid';
  return parseIsoDate(fromParts(year, month, day)) ?? 'invalid';
}
