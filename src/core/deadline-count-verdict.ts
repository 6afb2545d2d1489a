/**
 * « je peux envoyer ma fiche de validation 3 jours avant de commencer ? », « l'arrêt 5 jours après, ça passe ? »:
 * a count of days said against a deadline's own count (10 jours ouvrables before the contract, 48 h ouvrées after
 * the sick note). Calendar days are compared safely: N calendar days hold at most N working days, and at least
 * N less two days per week begun and one public holiday (on the safe side).
 */

import { foldedWords } from './normalize.ts';

export interface DeadlineRule {
  days: number;
  kind: 'ouvrables' | 'ouvres';
  direction: 'before' | 'after';
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['quinze', 15], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['ten', 10]]);
// « 3 jours avant », « deux semaines avant », « 5 jours ouvrés après », « 48 h après », « 3 days before ».
const COUNT_SAID = /\b(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|one|two|three|four|five|ten) ?(jours?|j|semaines?|days?|weeks?|h|heures?|hours?)(?: (ouvrables?|ouvres?|ouvrees?|calendaires?|working|business|calendar))? (avant|apres|before|after|plus tard|later)\b/;

/** Whether a question says a count of days before or after something (« 3 jours avant »). */
export function deadlineCountSaid(question: string): boolean {
  return COUNT_SAID.test(foldedWords(question));
}

/**
 * @returns Oui (in time) or Non (too late / too close), or undefined when the question says no count in that
 * direction or its count falls where weekends and holidays decide.
 */
export function deadlineCountVerdict(question: string, rule: DeadlineRule): { answer: 'oui' | 'non'; said: string } | undefined {
  const m = COUNT_SAID.exec(foldedWords(question));
  if (!m) return undefined;
  const direction = /^(avant|before)$/.test(m[4]!) ? 'before' : 'after';
  if (direction !== rule.direction) return undefined;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.get(m[1]!)!;
  const unit = m[2]!;
  // Hours count in whole days (« 48 h ouvrées » is 2 working days); weeks in calendar days.
  const hours = /^(h|heures?|hours?)$/.test(unit);
  if (hours && n % 24 !== 0) return undefined;
  const count = hours ? n / 24 : /^(semaines?|weeks?)$/.test(unit) ? n * 7 : n;
  const working = m[3] !== undefined && !/^(calendaires?|calendar)$/.test(m[3]);
  // The working days that `count` may hold: exactly it when said in working days, else a range.
  const most = count;
  const least = working ? count : count - 2 * Math.ceil(count / 7) - 1;
  // Before an event, at least `days` working days are needed; after one, at most `days` are allowed.
  if (rule.direction === 'before') {
    if (most < rule.days) return { answer: 'non', said: m[0] };
    if (least >= rule.days) return { answer: 'oui', said: m[0] };
    return undefined;
  }
  if (most <= rule.days) return { answer: 'oui', said: m[0] };
  if (least > rule.days) return { answer: 'non', said: m[0] };
  return undefined;
}
