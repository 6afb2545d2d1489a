/**
 * How a known yes/no question compares with the one asked, beyond its words: the counts it states (« 3 tuteurs »),
 * its figures (a time, a share, an amount, a language level) and whether it asks a necessity or a possibility —
 * a known question that differs on one of them gives no verdict to the one asked.
 */
import { UNIT_WORDS } from './entities.ts';
import { COUNT } from './cues.ts';
import { fold } from './normalize.ts';

// « un seul », « une seule fois », « qu'une fois », « a single », « only once ».
const ONLY_ONE = /\b(un seul|une seule|qu une fois|qu un seul|qu une seule|a single|only one|only once|just once)\b/;

/** Counts of things a text says (« 3 tuteurs », « deux jours »), not ages, shares, amounts, hours or dates. */
export function countsIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of fold(text).matchAll(COUNT)) out.add(/\d/.test(m[1]!) ? Number(m[1]) : UNIT_WORDS.get(m[1]!)!);
  // « un seul exemplaire », « il ne passe qu'une fois »: one, said as « only one ».
  if (ONLY_ONE.test(fold(text).replace(/[^a-z0-9]+/g, ' '))) out.add(1);
  return out;
}

// A time of day (« 20h », « 20 h 30 », « 20:00 »), a share (« 25 % »), an amount (« 8 231 € »), a language level (« B2 ») or a year.
// A figure compared to (« plus de 75 % », « more than 20 h »), in folded text.
const COMPARED_FIGURE = /\b(?:plus de|moins de|au dela de|au-dela de|superieure? a|inferieure? a|depasser|depasse|more than|less than|over|under|above|below|exceed|exceeds) (\d[\d ,.]*\s?(?:%|€|euros?|h\b|heures?|hours?))/g;
const FIGURES: ReadonlyArray<readonly [string, RegExp]> = [
  ['h', /\b(\d{1,2}) ?(?:h|heures?|:\d\d)(?![a-z])/g],
  ['%', /(\d{1,3}(?:[.,]\d+)?) ?%/g],
  ['€', /(\d{1,3}(?:[ .]\d{3})*(?:,\d{1,2})?) ?(?:€|euros?\b)/g],
  ['level', /\b([abc][12])\b/g],
  // A year (« enregistrée jusqu'en 2027 ? » against « jusqu'en 2026 »).
  ['year', /\b(20\d\d)\b/g],
  // A rank (« dès le 1er mois » against « au 3e mois »), in digits or words.
  ['rank', /\b(\d{1,2} ?(?:er|ere|e|eme|nd|nde|st|th)|premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth)\b/g],
];
const RANK_WORDS: ReadonlyMap<string, string> = new Map([['premier', '1'], ['premiere', '1'], ['first', '1'], ['deuxieme', '2'], ['second', '2'], ['seconde', '2'], ['troisieme', '3'], ['third', '3'], ['quatrieme', '4'], ['fourth', '4'], ['cinquieme', '5'], ['fifth', '5'], ['sixieme', '6'], ['sixth', '6']]);

/** The figures a text states, by kind (« h:20 », « %:25 »). */
export function figuresIn(text: string): Map<string, Set<string>> {
  const folded = fold(text);
  const out = new Map<string, Set<string>>();
  for (const [kind, re] of FIGURES) {
    const found = [...folded.matchAll(re)].map((m) => (kind === 'rank' ? (RANK_WORDS.get(m[1]!) ?? String(parseInt(m[1]!, 10))) : m[1]!.replace(/[ .]/g, '').replace(',', '.')));
    if (found.length > 0) out.set(kind, new Set(found.map((f) => String(Number(f) || f))));
  }
  return out;
}

// What a yes/no question asks of its subject: whether it must be (necessity) or may be (possibility).
const NECESSITY = /\b(faut|faudra|faudrait|doit|dois|doivent|devons|devez|devra|devrai|obligatoire|obligatoires|oblige|obligee|obliges|obligees|exiger|exige|exigee|reclamer|imposer|impose|necessaire|requis|requise|must|required|mandatory|compulsory|have to|has to|need to|needs to)\b/;
const POSSIBILITY = /\b(peux|peut|peuvent|pouvons|pouvez|pourra|pourrai|pourrais|pourrait|possible|possibles|autorise|autorisee|permis|can|could|may|allowed|able to)\b/;
export function modalOf(folded: string): 'necessity' | 'possibility' | undefined {
  // (« je peux exiger … ? », « est-il possible qu'il soit obligatoire ? »: the necessity is what is asked.)
  if (NECESSITY.test(folded)) return 'necessity';
  return POSSIBILITY.test(folded) ? 'possibility' : undefined;
}

/**
 * Whether a known question states no figure of a kind the new one states otherwise — nor compares to
 * a figure the new one does not state: « peut-on déduire plus de 75 % du salaire ? » (Non) is narrower
 * than « peut-on déduire le logement du salaire ? » (Oui).
 */
export function sameFigures(asked: Map<string, Set<string>>, known: Map<string, Set<string>>, knownText = ''): boolean {
  const compared = [...fold(knownText).matchAll(COMPARED_FIGURE)].map((m) => m[1]!);
  if (compared.some((figure) => [...figuresIn(figure).keys()].some((kind) => !asked.has(kind)))) return false;
  return [...asked].every(([kind, values]) => {
    const theirs = known.get(kind);
    return !theirs || [...values].some((v) => theirs.has(v));
  });
}
