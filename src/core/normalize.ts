/**
 * Turns what people type into comparable words: lower case, no accents, elisions split
 * (l', d', qu', j'…), punctuation as spaces, SMS spellings and common typos replaced.
 */

// SMS style and frequent misspellings, word for word (after accents are removed).
const WORD_FIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  // "c koi": c → c'est (split as c, est like the elision of "c'est").
  c: "c'est",
  koi: 'quoi',
  kwa: 'quoi',
  ki: 'qui',
  jsuis: 'je suis',
  chui: 'je suis',
  chuis: 'je suis',
  jai: "j'ai",
  jfais: 'je fais',
  jfai: 'je fais',
  jdois: 'je dois',
  jpeux: 'je peux',
  jveux: 'je veux',
  cb: 'combien',
  cmb: 'combien',
  combient: 'combien',
  conbien: 'combien',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pr: 'pour',
  pcq: 'parce que',
  bcp: 'beaucoup',
  tjr: 'toujours',
  tjrs: 'toujours',
  qd: 'quand',
  qnd: 'quand',
  kan: 'quand',
  mn: 'mon',
  ds: 'dans',
  vs: 'vous',
  svp: "s'il vous plait",
  stp: "s'il te plait",
  alternence: 'alternance',
  alternnce: 'alternance',
  altenance: 'alternance',
  aprenti: 'apprenti',
  apprentit: 'apprenti',
  aprentissage: 'apprentissage',
  apprentisage: 'apprentissage',
  apprantissage: 'apprentissage',
  salair: 'salaire',
  salere: 'salaire',
  sallaire: 'salaire',
  renumeration: 'remuneration',
  contrta: 'contrat',
  contart: 'contrat',
  contract: 'contrat',
  secretaria: 'secretariat',
  secretaraiat: 'secretariat',
  secreteriat: 'secretariat',
  maladi: 'maladie',
  malladie: 'maladie',
  tuteure: 'tuteur',
  tutrice: 'tuteur',
  directrice: 'directeur',
  profesionnalisation: 'professionnalisation',
  professionalisation: 'professionnalisation',
  proffessionnalisation: 'professionnalisation',
  tel: 'telephone',
  num: 'numero',
  email: 'mail',
  courriel: 'mail',
  mel: 'mail',
  gratif: 'gratification',
  stagiere: 'stagiaire',
  absense: 'absence',
  abscence: 'absence',
  absance: 'absence',
}));

/**
 * How much of a message is analysed: a question fits in far less, and a cap keeps every step
 * below linear in a bounded length, whatever is pasted (the reply says the rest was ignored).
 */
export const MAX_ANALYSED_CHARS = 2000;

/** The part of a text that is analysed, cut at a word boundary when possible. */
export function analysedPart(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const cut = text.slice(0, MAX_ANALYSED_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_ANALYSED_CHARS / 2 ? cut.slice(0, space) : cut;
}

/** Removes accents: "Réunion à Aix" → "Reunion a Aix". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower case, no accents, typographic quotes folded. */
export function fold(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/œ/g, 'oe');
}

/** Characters kept inside a word: letters, digits, and the marks of e-mails, dates and amounts. */
const WORD_CHARS = /[^a-z0-9@./\-+ ]+/g;
/** Punctuation trimmed from the ends of a word ("fin." → "fin", "--" → ""). */
const EDGE_PUNCTUATION = new Set(['.', '-', '/']);

function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_PUNCTUATION.has(word[start]!)) start += 1;
  while (end > start && EDGE_PUNCTUATION.has(word[end - 1]!)) end -= 1;
  return word.slice(start, end);
}

/** Words of a text, folded, with elisions split off and SMS spellings fixed. Linear in the text's length. */
export function words(text: string): string[] {
  const folded = fold(analysedPart(text))
    // j'ai, l'alternance, qu'est-ce, d'absence: keep the word after the apostrophe.
    .replace(/\b(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'/g, '$1 ')
    .replace(WORD_CHARS, ' ');
  const out: string[] = [];
  for (const raw of folded.split(' ')) {
    const word = trimPunctuation(raw);
    if (!word) continue;
    const fixed = WORD_FIXES.get(word);
    // A fix is already normal text: split it, never fix it again.
    out.push(...(fixed ? fixed.split(/[\s']+/) : [word]));
  }
  return out;
}

/** The folded text as one string of words separated by single spaces. */
export function normalize(text: string): string {
  return words(text).join(' ');
}
