/**
 * « la deuxième visite peut-elle avoir lieu en juin ? » answered by an entry that dates it
 * (« la 1re en janvier/février, la 2nde en avril/mai (voire juin pour les M2) »): the month asked
 * is looked for in the clause that speaks of that event, so the verdict comes from the
 * documents' months, not from the words of a known question. A month the clause gives only for
 * one formation (« voire juin pour les M2 ») holds only when the question is about it.
 */

import { MONTHS } from '../rules/index.ts';
import { fold } from './normalize.ts';


// Ordinals as people write them: what ties a question to its clause (« la deuxième » ~ « la 2nde »).
const ORDINALS: ReadonlyArray<readonly [string, RegExp]> = [
  ['1', /\b(1re|1ere|1er|premiere|premier|first|1st)\b/],
  ['2', /\b(2nde|2nd|2e|2eme|deuxieme|seconde|second)\b/],
  ['3', /\b(3e|3eme|troisieme|third|3rd)\b/],
];

const FORMATION = /\b(l3i|m1|m2)\b/;

export interface MonthVerdict {
  answer: 'oui' | 'non';
  /** The clause of the answer that decides, as written. */
  clause: string;
}

/** The months a folded text names (« avril/mai » → 4, 5), by the rules' month names. */
function monthsIn(text: string): number[] {
  return [...new Set(text.split(/[^a-z]+/).flatMap((w) => MONTHS.get(w) ?? []))];
}

/**
 * @param question the question as typed
 * @param answer the answer's text as written
 * @param formation the formation the question is about, if it says one
 */
export function monthVerdict(question: string, answer: string, formation?: string): MonthVerdict | undefined {
  const q = fold(question);
  const asked = monthsIn(q);
  const ordinal = ORDINALS.find(([, re]) => re.test(q))?.[0];
  if (asked.length !== 1 || !ordinal) return undefined;
  const month = asked[0]!;
  // Clauses: cut at sentence ends, « ; », « , » and « : » (a parenthesis stays with its clause).
  const clauses = answer.split(/[;:\n]|\.\s|,(?![^(]*\))/).map((c) => c.trim()).filter(Boolean);
  const clause = clauses.find((c) => {
    const f = fold(c);
    return ORDINALS.find(([, re]) => re.test(f))?.[0] === ordinal && monthsIn(f).length > 0;
  });
  if (!clause) return undefined;
  const folded = fold(clause);
  // Months said only for some formations: inside a parenthesis that names them.
  const restricted = [...folded.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!).filter((inside) => FORMATION.test(inside) && monthsIn(inside).length > 0);
  const forAll = monthsIn(restricted.reduce((text, inside) => text.replace(inside, ' '), folded));
  if (forAll.includes(month)) return { answer: 'oui', clause };
  const only = restricted.find((inside) => monthsIn(inside).includes(month));
  if (only) {
    const formations = [...only.matchAll(new RegExp(FORMATION.source, 'g'))].map((m) => m[1]);
    if (!formation) return undefined;
    return { answer: formations.includes(formation) ? 'oui' : 'non', clause };
  }
  return { answer: 'non', clause };
}
