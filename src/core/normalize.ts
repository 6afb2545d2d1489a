/**
 * Lexicon-free text helpers: folding and the cap on what is analysed. Words and terms, which need
 * the lexicon (typos, synonyms…), come from the Language built from the knowledge base (language.ts).
 */

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
    .replace(/œ/g, 'oe')
    // (« I²D » is the I2D track: a superscript digit is that digit.)
    .replace(/²/g, '2')
    .replace(/³/g, '3');
}

/** Folded words separated by single spaces, punctuation dropped: what the cue expressions read. */
export function foldedWords(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
}
