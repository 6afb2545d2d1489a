/**
 * Turns what people type into comparable words: lower case, no accents, elisions split
 * (l', d', qu', j'…), punctuation as spaces, SMS spellings and common typos replaced.
 */

// SMS style and frequent misspellings, word for word (after accents are removed).
const WORD_FIXES: Record<string, string> = {
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
};

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

/** Words of a text, folded, with elisions split off and SMS spellings fixed. */
export function words(text: string): string[] {
  const folded = fold(text)
    // j'ai, l'alternance, qu'est-ce, d'absence: keep the word after the apostrophe.
    .replace(/\b(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'/g, '$1 ')
    .replace(/[^a-z0-9@./\-+ ]+/g, ' ')
    .replace(/(\D)[.\-/]+(?=\s|$)/g, '$1 ');
  const out: string[] = [];
  for (const raw of folded.split(/\s+/)) {
    const word = raw.replace(/^[.\-/]+|[.\-/]+$/g, '');
    if (!word) continue;
    const fixed = WORD_FIXES[word];
    // A fix is already normal text: split it, never fix it again.
    out.push(...(fixed ? fixed.split(/[\s']+/) : [word]));
  }
  return out;
}

/** The folded text as one string of words separated by single spaces. */
export function normalize(text: string): string {
  return words(text).join(' ');
}
