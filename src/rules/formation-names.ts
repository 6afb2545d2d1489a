/**
 * How people name the programme's formations, in commands (`/salaire-min Master 2 CAPP 23`) and
 * in forms (the « Formation » field): one table, so that both accept the same words. Phrases are
 * folded (lower case, no accents) and tried longest first.
 */
export type FormationId = 'l3i' | 'l3g' | 'm1' | 'm2' | 'master';

export const FORMATION_NAMES: ReadonlyArray<readonly [string, FormationId]> = [
  ['licence 3 informatique', 'l3i'], ['licence informatique', 'l3i'], ['licence 3', 'l3i'], ['l3 informatique', 'l3i'], ['l3 info', 'l3i'], ['l3i', 'l3i'], ['l3', 'l3i'],
  ['l3 gestion', 'l3g'], ['l3g', 'l3g'],
  ['master 1', 'm1'], ['master1', 'm1'], ['m1', 'm1'], ['master 2', 'm2'], ['master2', 'm2'], ['m2', 'm2'], ['master', 'master'],
];

/** Each table's phrases split into words, longest first (stable: equal lengths keep the table's order), computed once per table. */
const byLength = new WeakMap<ReadonlyArray<readonly [string, unknown]>, ReadonlyArray<readonly [string[], unknown]>>();

function phrasesOf<T>(table: ReadonlyArray<readonly [string, T]>): ReadonlyArray<readonly [string[], T]> {
  let sorted = byLength.get(table) as ReadonlyArray<readonly [string[], T]> | undefined;
  if (!sorted) {
    sorted = table.map(([phrase, value]) => [phrase.split(' '), value] as const).sort((a, b) => b[0].length - a[0].length);
    byLength.set(table, sorted);
  }
  return sorted;
}

/** Consumes the longest phrase of `table` at the head of folded `words` (commands read their arguments this way). */
export function takeLongestPhrase<T>(words: string[], table: ReadonlyArray<readonly [string, T]>): T | undefined {
  for (const [parts, value] of phrasesOf(table)) {
    if (parts.every((p, i) => words[i] === p)) {
      words.splice(0, parts.length);
      return value;
    }
  }
  return undefined;
}

/** Consumes the longest formation name at the head of folded `words`; undefined when none. */
export function takeFormation(words: string[]): FormationId | undefined {
  return takeLongestPhrase(words, FORMATION_NAMES);
}

/** A whole answer naming one formation (« Master 2 », « m2 », « Licence 3 »); undefined otherwise. */
export function parseFormationName(text: string): FormationId | undefined {
  const words = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[.,;]/g, ' ').split(/\s+/).filter(Boolean);
  const id = takeFormation(words);
  return id && words.length === 0 ? id : undefined;
}
