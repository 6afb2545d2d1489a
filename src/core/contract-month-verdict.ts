/**
 * « stage en alternance en M1 : je peux commencer en août ? », « mon contrat peut finir en octobre ? »:
 * a month named without a day, checked against the window of table 5 for that start or end.
 * The whole month inside the window is a « Oui », outside it a « Non »; a month across a bound is a
 * « Oui » from (or until) that day.
 */
import { addDaysTo, daysBetween, firstOfNextMonth, formatEnglishMonth, formatFrenchDate, formatFrenchMonth, MONTH_PATTERN, MONTHS, toIsoDate, type IsoDate } from '../rules/index.ts';

// « commencer en août », « finir fin octobre 2027 », « start in August » — a month without its day, just
// after the verb of the start or end (« signé en janvier 2025 (il a démarré en septembre) » is neither asked).
const MONTH_AFTER_VERB = new RegExp(
  `\\b(?:commencer|commence|debuter|debute|demarrer|demarre|finir|finit|finisse|terminer|termine|start|starts|begin|begins|end|ends|finish)\\b(?: [a-z]+){0,2} (?:en|in|debut|fin|mi|courant|au mois d|au mois de) (${MONTH_PATTERN})(?: (20\\d\\d))?\\b(?! \\d)`,
);

/** The month (1–12) and year, if said, a start or end is asked for (« je peux commencer en août ? »). */
export function monthAskedIn(folded: string): { month: number; year?: number } | undefined {
  const m = MONTH_AFTER_VERB.exec(folded);
  const month = m ? MONTHS.get(m[1]!) : undefined;
  return month ? { month, year: m![2] ? Number(m![2]) : undefined } : undefined;
}

// « fin octobre 2027 c'est bon ? », « et en août ? »: a follow-up that starts with the month, the start or end being the last question's.
const MONTH_FIRST = new RegExp(`^(?:et |and )?(?:en |in |debut |fin |mi |courant |early |late |mid )?(${MONTH_PATTERN})(?: (20\\d\\d))?\\b(?! \\d)`);

/** The month (1–12) and year, if said, of a follow-up that starts with it (« fin octobre 2027 c'est bon ? »). */
export function monthFirstIn(folded: string): { month: number; year?: number } | undefined {
  const m = MONTH_FIRST.exec(folded);
  const month = m ? MONTHS.get(m[1]!) : undefined;
  return month ? { month, year: m![2] ? Number(m![2]) : undefined } : undefined;
}

export interface MonthVerdict {
  answer: 'oui' | 'non';
  because: string;
  becauseEn: string;
}

/**
 * The verdict for a month against a window [min, max] (max alone for an end « au plus tard »).
 * The month's year, when not said, is the one nearest the window (« août » for a window of June–December 2026 is August 2026).
 */
export function monthInWindow(month: number, window: { min?: IsoDate; max: IsoDate }, what: { fr: string; en: string }, year?: number): MonthVerdict {
  const min = window.min ?? window.max;
  const years = year ? [year] : [Number(min.slice(0, 4)) - 1, Number(min.slice(0, 4)), Number(window.max.slice(0, 4)), Number(window.max.slice(0, 4)) + 1];
  const spans = years.map((y) => monthSpan(y, month));
  const gap = (s: { from: IsoDate; to: IsoDate }) => (s.to < min ? daysBetween(s.to, min) : s.from > window.max ? daysBetween(window.max, s.from) : 0);
  const span = spans.reduce((best, s) => (gap(s) < gap(best) ? s : best));
  const named = formatFrenchMonth(span.from);
  const namedEn = formatEnglishMonth(span.from);
  const fr = formatFrenchDate;
  const inside = window.min ? `entre le ${fr(window.min)} et le ${fr(window.max)}` : `au plus tard le ${fr(window.max)}`;
  const insideEn = window.min ? `between ${fr(window.min)} and ${fr(window.max)}` : `on ${fr(window.max)} at the latest`;
  const earliest = window.min && span.from < window.min && span.to >= window.min;
  const latest = span.to > window.max && span.from <= window.max;
  if (gap(span) > 0) return { answer: 'non', because: `${what.fr} ${inside} : ${named} est en dehors.`, becauseEn: `${what.en} ${insideEn}: ${namedEn} is outside that window.` };
  if (earliest) return { answer: 'oui', because: `à partir du ${fr(window.min!)} (${what.fr} ${inside}).`, becauseEn: `from ${fr(window.min!)} (${what.en} ${insideEn}).` };
  if (latest) return { answer: 'oui', because: `jusqu'au ${fr(window.max)} (${what.fr} ${inside}).`, becauseEn: `until ${fr(window.max)} (${what.en} ${insideEn}).` };
  return { answer: 'oui', because: `${what.fr} ${inside} : tout ${named} en fait partie.`, becauseEn: `${what.en} ${insideEn}: all of ${namedEn} is inside.` };
}

/** A month's first and last days. */
function monthSpan(year: number, month: number): { from: IsoDate; to: IsoDate } {
  const from = toIsoDate(year, month, 1) as IsoDate;
  return { from, to: addDaysTo(firstOfNextMonth(from), -1) };
}
