/**
 * « 2 jours de télétravail sur 3, c'est possible ? » answered by an entry that sets a maximum share
 * (« pas plus de 25 % »): the share asked is compared with the entry's own figure, so the verdict
 * comes from the documents' number, not from the words of a known question.
 */

import { UNIT_WORDS } from './entities.ts';
import { fold } from './normalize.ts';

// Small counts written in words (« un jour sur quatre »); a share's parts are days of a week.
const SMALL_WORD = /\b(un|une|deux|trois|quatre|cinq|six|one|two|three|four|five)\b(?= (?:jours?|j|demi[- ]journees?|days?|half[- ]days?|sur|out of|of)\b)|(?<=\b(?:sur|out of|of) (?:mes |les |nos |ses |my |the |our )?)\b(un|une|deux|trois|quatre|cinq|six|one|two|three|four|five)\b/g;

// « 2 jours sur 3 », « 1 day out of 4 », « une demi-journée sur cinq »
const PART_OF = /\b(\d{1,2}(?:[.,]5)?) ?(?:jours?|j|demi[- ]journees?|days?|half[- ]days?)?(?: de [a-z]+)? ?(?:sur|out of|of) ?(?:mes |les |nos |ses |my |the |our )?(\d{1,2})\b/;
const PERCENT = /\b(\d{1,3}(?:[.,]\d+)?) ?(?:%|pour ?cent|percent)/;
// All of it, in words: « full remote », « tout en télétravail », « que du distanciel ».
const WHOLE = /\b(full remote|fully remote|full teletravail|full distanciel|100 ?% remote|tout en (?:teletravail|distanciel)|que du (?:teletravail|distanciel)|(?:teletravail|distanciel) (?:complet|total|integral|a temps plein)|(?:teletravail|distanciel) tout le temps|remote all the time|only remote|entirely remote)\b/;
// « 2 jours par semaine », « 2 jours de télétravail par semaine », « two days a week »
const PER_WEEK = /\b(\d) ?(?:jours?|j|days?) (?:(?:de|of|en) [a-z]+(?: [a-z]+)? )?(?:par|a|per|each|every|a la|in a|chaque) ?(?:semaine|week|sem)\b/;
const SMALL_WORD_PER_WEEK = /\b(un|une|deux|trois|quatre|cinq|one|two|three|four|five)\b(?= (?:jours?|days?) (?:(?:de|of|en) [a-z]+(?: [a-z]+)? )?(?:par|a|per|each|every|a la|in a|chaque) ?(?:semaine|week|sem)\b)/g;
// « pas plus de 25 % », « 25 % au plus », « no more than 25 % »
const LIMIT = /\b(?:pas plus de|au plus|au maximum|maximum|no more than|at most) (\d{1,3}) ?%|\b(\d{1,3}) ?% (?:au plus|maximum|at most)\b/;

export interface ShareVerdict {
  answer: 'oui' | 'non';
  share: number;
  limit: number;
  /** The share is a lower bound (days a week: of 5 days, more of a 3-day week at the company). */
  atLeast?: boolean;
}

/** The share a question asks about, in percent (« 2 jours sur 3 » → 66.7), if it states one. */
export function askedShare(question: string): number | undefined {
  const folded = fold(question).replace(SMALL_WORD, (w) => String(UNIT_WORDS.get(w) ?? w));
  const part = PART_OF.exec(folded);
  if (part) {
    const [n, of] = [Number(part[1]!.replace(',', '.')), Number(part[2])];
    return of > 0 && n <= of ? (100 * n) / of : undefined;
  }
  const percent = PERCENT.exec(folded);
  if (percent) return Number(percent[1]!.replace(',', '.'));
  return WHOLE.test(folded) ? 100 : undefined;
}

/**
 * « 2 jours par semaine »: a share of the week of at least n/5 (it is n/3 of a week of 3 days at the
 * company) — enough to say « Non » above a maximum, not « Oui » below it.
 */
export function askedWeeklyShare(question: string): number | undefined {
  const folded = fold(question).replace(SMALL_WORD_PER_WEEK, (w) => String(UNIT_WORDS.get(w) ?? w));
  const m = PER_WEEK.exec(folded);
  const n = m ? Number(m[1]) : undefined;
  return n !== undefined && n >= 1 && n <= 5 ? (100 * n) / 5 : undefined;
}

/** The maximum share an answer sets, in percent (« pas plus de 25 % » → 25), if it sets one. */
export function maximumShare(answer: string): number | undefined {
  const m = LIMIT.exec(fold(answer));
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** @param companyDays days a week at the company in the formation asked about (its rhythm), when known */
export function shareVerdict(question: string, answer: string, companyDays?: number): ShareVerdict | undefined {
  const limit = maximumShare(answer);
  if (limit === undefined) return undefined;
  const share = askedShare(question);
  if (share !== undefined) return share > 100 ? undefined : { answer: share <= limit ? 'oui' : 'non', share, limit };
  const weekly = askedWeeklyShare(question);
  if (weekly === undefined) return undefined;
  // Days a week of a known rhythm (« 1 jour par semaine » of 3 at the company): that share exactly.
  if (companyDays) {
    const days = (weekly * 5) / 100;
    if (days <= companyDays) {
      const exact = (100 * days) / companyDays;
      return { answer: exact <= limit ? 'oui' : 'non', share: exact, limit };
    }
  }
  // Otherwise only a share surely above the maximum decides.
  return weekly > limit ? { answer: 'non', share: weekly, limit, atLeast: true } : undefined;
}
