/**
 * « 3 mois en entreprise suffisent pour la certif ? », « il faut une immersion d'au moins 17 semaines ? »: a yes/no
 * question that states a quantity (weeks, months, hours, days) against a minimum or a maximum the answer states
 * (« au moins 6 mois », « 402 h de formation au minimum », « jusqu'à 3 mois »). Enough is judged against the bound;
 * a requirement said is judged equal or not. A quantity the answer states without a bound (« 2 visites par an »,
 * « le congé de 5 jours ne s'applique pas ») proves nothing either way: no verdict.
 */
import { foldedWords } from './normalize.ts';

export interface BoundVerdict {
  answer: 'oui' | 'non';
  /** The quantity the question states (« 3 mois »). */
  stated: string;
  /** The bounds the answer states for that unit (« au moins 6 mois »). */
  bounds: string[];
}

type Unit = 'semaine' | 'mois' | 'heure' | 'jour';
type Bound = 'min' | 'max';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['douze', 12], ['quinze', 15], ['vingt', 20],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['twelve', 12],
]);
const UNITS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/^(semaines?|weeks?)$/, 'semaine'],
  [/^(mois|months?)$/, 'mois'],
  [/^(heures?|h|hours?)$/, 'heure'],
  [/^(jours?|days?)$/, 'jour'],
];
const QUANTITY = new RegExp(`\\b(\\d{1,4}|${[...NUMBER_WORDS.keys()].join('|')}) ?(semaines?|weeks?|mois|months?|heures?|h|hours?|jours?|days?)\\b`, 'g');
// A bound before the quantity (« au moins 6 mois », « d'au moins 17 semaines », « up to 3 months ») or after it (« 402 h au minimum »).
const MIN_BEFORE = /\b(?:au moins|au minimum|minimum|at least|a minimum of|minimum of|no less than|pas moins de)(?: de| d| of)?$/;
const MAX_BEFORE = /\b(?:au plus|au maximum|maximum|jusqu a|at most|up to|a maximum of|maximum of|no more than|pas plus de)(?: de| d| of)?$/;
const MIN_AFTER = /^(?:au minimum|minimum|at least|or more|ou plus)\b/;
const MAX_AFTER = /^(?:au maximum|maximum|at most|or less|ou moins)\b/;
// Whether the quantity is enough (« ça suffit ? », « c'est possible ? ») — or whether it is the one required (« il faut … ? »).
const ENOUGH_ASKED = /\b(suffit|suffisent|suffira|suffiront|suffirait|suffisant|suffisante|suffisants|suffisantes|assez|ca passe|c est bon|c est ok|enough|sufficient|possible|ok)\b/;
const REQUIREMENT_ASKED = /\b(faut|faudra|faudrait|doit|dois|doivent|devons|obligatoire|minimum|au moins|at least|need|needs|required|must|have to|has to)\b/;

interface Quantity {
  value: number;
  unit: Unit;
  bound?: Bound;
  said: string;
}

// « au moins 9 semaines (apprentis) ou 16 semaines (étudiants) »: the second quantity, joined to the first, shares its bound.
const JOINED = /^[^.;:]{0,25}\b(?:ou|or|et|and)\b[^.;:]{0,5}$/;

function quantitiesIn(text: string): Quantity[] {
  const folded = foldedWords(text);
  const out: Quantity[] = [];
  let previousEnd = -1;
  for (const m of folded.matchAll(QUANTITY)) {
    const before = folded.slice(Math.max(0, m.index! - 30), m.index!).trimEnd();
    const after = folded.slice(m.index! + m[0].length).trimStart();
    const previous = out.at(-1);
    const joined = previous?.bound && JOINED.test(folded.slice(previousEnd, m.index!)) ? previous.bound : undefined;
    const bound: Bound | undefined = MIN_BEFORE.test(before) || MIN_AFTER.test(after) ? 'min' : MAX_BEFORE.test(before) || MAX_AFTER.test(after) ? 'max' : joined;
    const value = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.get(m[1]!)!;
    out.push({ value, unit: UNITS.find(([re]) => re.test(m[2]!))![1], bound, said: m[0] });
    previousEnd = m.index! + m[0].length;
  }
  return out;
}

const LABELS: Record<Bound, { fr: string; en: string }> = { min: { fr: 'au moins', en: 'at least' }, max: { fr: 'au plus', en: 'at most' } };

/**
 * @param question the question as typed
 * @param answer the answer's own statement (its title and first paragraph)
 */
export function boundVerdict(question: string, answer: string, lang: 'fr' | 'en' = 'fr'): BoundVerdict | undefined {
  const stated = quantitiesIn(question);
  // One quantity stated, the one asked about.
  if (stated.length !== 1) return undefined;
  const [asked] = stated as [Quantity];
  const bounds = quantitiesIn(answer).filter((q): q is Quantity & { bound: Bound } => q.unit === asked.unit && q.bound !== undefined);
  if (bounds.length === 0) return undefined;
  const folded = foldedWords(question);
  const shown = bounds.map((b) => `${LABELS[b.bound][lang]} ${b.said}`);
  if (ENOUGH_ASKED.test(folded) && asked.bound !== 'max') {
    const enough = bounds.map((b) => (b.bound === 'min' ? asked.value >= b.value : asked.value <= b.value));
    // (Bounds for several cases, « 9 semaines (apprentis) ou 16 semaines (étudiants) », must agree.)
    if (enough.every(Boolean)) return { answer: 'oui', stated: asked.said, bounds: shown };
    if (enough.every((e) => !e)) return { answer: 'non', stated: asked.said, bounds: shown };
    return undefined;
  }
  if (REQUIREMENT_ASKED.test(folded)) {
    const values = new Set(bounds.map((b) => `${b.bound}:${b.value}`));
    if (values.size !== 1) return undefined;
    const [only] = bounds as [Quantity & { bound: Bound }];
    const same = only.value === asked.value && (asked.bound === undefined || asked.bound === only.bound);
    return { answer: same ? 'oui' : 'non', stated: asked.said, bounds: shown };
  }
  return undefined;
}
