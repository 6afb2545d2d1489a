/**
 * « le SMIC horaire c'est toujours 11,88 € ? », « ma secrétaire pédagogique c'est Mme Bresset ? », « Is the
 * stipend 4.35 euros an hour? »: a yes/no question that states a value and asks whether it is the one. The
 * answer's headline (its title, else its fields, else its first paragraph) says the documents' value: Oui when it
 * is the one stated, Non when it is another of the same kind (an amount, a share, a person, an RNCP number, an e-mail).
 */

import { Money } from '../rules/index.ts';
import { fold, foldedWords } from './normalize.ts';

export interface StatedValueVerdict {
  answer: 'oui' | 'non';
  /** The value the question states, as typed in the answer's form (« 11,88 € », « Mme BRESSET »). */
  stated: string;
  /** The values of that kind the answer's headline states. */
  found: string[];
}

type Kind = 'amount' | 'share' | 'person' | 'rncp' | 'length' | 'email';

// The value stands right after « c'est », « est », « sont », « vaut » (adverbs, articles and titles between):
// it is what is asked about, not a condition (« si je touche 61 %, … ? » states a case, it claims nothing).
const CLAIM_BEFORE = String.raw`\b(?:c est|c etait|c|cest|ce sont|ce serait|etait|etaient|est|sont|vaut|valent|serait|dure|durent|durera|dureront|it s|is|are|was|lasts|last)(?: (?:bien|toujours|encore|vraiment|exactement|actuellement|seulement|que|still|really|actually|exactly|now|only|just|sur|over|for|de|d|du|la|le|l|les|un|une|the|a|an|of|mme|madame|m|monsieur|mr|mrs|ms|dr|fiche|rncp|numero|number))* `;
const PAST_COPULA = /\b(?:c etait|etait|etaient)\b/;
// English puts the copula first (« Is Philippe Ramadour still the director? », « Is the stipend 4.35 euros an hour? »).
const ENGLISH_COPULA_FIRST = /^(?:is|are|was)\b/;
const ENGLISH_CONDITION = /\b(once|if|when|after|before|more than|less than|at least|at most|over|under|mandatory|compulsory|required|allowed|possible|necessary|need|needed)\b/;

// An amount: with its currency, or a number with cents (« 11,88 »), not a share.
const AMOUNT = /(\d{1,3}(?:[  .]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?) ?(?:€|euros?\b|eur\b)|(?<![\d.,])(\d{1,3}(?:[  .]\d{3})*[.,]\d{2})(?![\d.,]| ?%| ?€| ?eur)/g;
const SHARE = /(\d{1,3}(?:[.,]\d+)?) ?%/g;
const RNCP = /\brncp ?(\d{4,6})\b/g;
const RNCP_SAID = /\brncp ?(\d{4,6})\b|(?<![\d.,/])\b(\d{5})\b(?![\d.,/]| ?(?:€|euros?|%|h\b))/g;
// An e-mail address (« feg-miage-marseille@univ-amu.fr »), on the text as typed, lower-cased.
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A length in years or months (« 1 an », « deux ans », « 12 mois », « 2 years »), counted in months.
const LENGTH = /\b(\d{1,2}|un|une|deux|trois|one|two|three) ?(ans?|annees?|years?|mois|months?)\b/g;
const LENGTH_WORDS: ReadonlyMap<string, number> = new Map([['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['one', 1], ['two', 2], ['three', 3]]);

/** « 1 867,02 » → 1867.02; « 4.35 » → 4.35; « 1.867 » → 1867. */
function amountOf(raw: string): number {
  const compact = raw.replace(/[  ]/g, '');
  if (compact.includes(',')) return Number(compact.replace(/\./g, '').replace(',', '.'));
  return /\.\d{3}$/.test(compact) ? Number(compact.replace(/\./g, '')) : Number(compact);
}

/** The same amount, a whole number standing for its euros (« 1867 € » is 1 867,02 €). */
function sameAmount(stated: number, found: number): boolean {
  return Math.abs(stated - found) < 0.005 || (Number.isInteger(stated) && (Math.floor(found) === stated || Math.round(found) === stated));
}

function valuesIn(kind: Kind, text: string, people: ReadonlyMap<string, string>): string[] {
  const folded = kind === 'amount' || kind === 'share' ? text.toLowerCase() : fold(text);
  if (kind === 'amount') return [...folded.matchAll(AMOUNT)].map((m) => String(amountOf((m[1] ?? m[2])!)));
  if (kind === 'share') return [...folded.matchAll(SHARE)].map((m) => String(Number(m[1]!.replace(',', '.'))));
  // (« le numéro RNCP du M2 c'est 39490 ? »: the number apart from the word, once the word is said.)
  if (kind === 'rncp') return [...folded.matchAll(/\brncp\b/.test(folded) ? RNCP_SAID : RNCP)].map((m) => m[1] ?? m[2]!);
  if (kind === 'email') return [...text.toLowerCase().matchAll(EMAIL)].map((m) => m[0]!);
  if (kind === 'length') {
    return [...foldedWords(text).matchAll(LENGTH)].map((m) => String((/\d/.test(m[1]!) ? Number(m[1]) : LENGTH_WORDS.get(m[1]!)!) * (/^(mois|months?)$/.test(m[2]!) ? 1 : 12)));
  }
  return [...people.keys()].filter((surname) => new RegExp(`\\b${surname}\\b`).test(folded));
}

// The word right after a copula (« c'est toujours 11,88 € » → « 11 »; « c'est Mme Bresset » → « bresset »).
const AFTER_CLAIM = new RegExp(`${CLAIM_BEFORE}(?:toujours |bien |encore )?([a-z0-9]+)`, 'g');

/**
 * The value a question states and asks about (« c'est Mme Bresset ? »), and its kind: one value only, right after the
 * copula (or in an English copula-first question); undefined when it states none.
 */
export function claimed(question: string, people: ReadonlyMap<string, string>): { kind: Kind; value: string } | undefined {
  const folded = foldedWords(question);
  const english = ENGLISH_COPULA_FIRST.test(folded);
  // (« c'était bien 1 112,05 € en janvier 2026 ? »: a past value is checked only for the year it names — the answer's
  // value is today's otherwise, and « Non » would deny what was once true.)
  if (PAST_COPULA.test(folded) && !/\b(?:19|20)\d\d\b/.test(folded)) return undefined;
  // (The value's own words must follow the copula: « c'est Mme Bresset », « c'est 4,35 € ».)
  const after = english ? [] : [...folded.matchAll(AFTER_CLAIM)].map((m) => m[1]!);
  if (!english && after.length === 0) return undefined;
  for (const kind of ['email', 'rncp', 'amount', 'share', 'person', 'length'] as const) {
    const values = distinct(kind, valuesIn(kind, question, people), people);
    if (values.length !== 1) continue;
    // (Not a value stated as a condition or a bound: « Is a stipend mandatory once … more than two months? ».)
    if (english) return ENGLISH_CONDITION.test(folded) ? undefined : { kind, value: values[0]! };
    const follows = (w: string) => (kind === 'person' ? people.has(w) : kind === 'email' ? values[0]!.startsWith(w) : /^\d/.test(w) || (kind === 'length' && LENGTH_WORDS.has(w)));
    if (after.some(follows)) return { kind, value: values[0]! };
  }
  return undefined;
}

/**
 * @param people staff surnames, folded, with the name to show (« salmi » → « Mme Anissa SALMI »)
 * @param headline the answer's title, its fields' values and its first paragraph, most telling first
 */
export function statedValueVerdict(question: string, headline: string[], people: ReadonlyMap<string, string>, lang: 'fr' | 'en' = 'fr'): StatedValueVerdict | undefined {
  const claim = claimed(question, people);
  if (!claim) return undefined;
  // The first part of the headline that states values of that kind says the documents' value.
  const found = headline.map((part) => distinct(claim.kind, valuesIn(claim.kind, part, people), people)).find((values) => values.length > 0);
  // (A length is the answer's only one: « contrat de 1 an en L3I, 2 ans sur le Master » says no single length.)
  if (!found || (claim.kind === 'length' && found.length > 1)) return undefined;
  const same = (v: string) => (claim.kind === 'amount' ? sameAmount(Number(claim.value), Number(v)) : v === claim.value);
  const show = (v: string) => (claim.kind === 'amount' ? Money.euros(Number(v)).format() : claim.kind === 'share' ? `${v.replace('.', ',')} %` : claim.kind === 'rncp' ? `RNCP ${v}` : claim.kind === 'length' ? lengthLabel(Number(v), lang) : (people.get(v) ?? v));
  // (Oui says the documents' own form: « 1867 € » stated is « 1 867,02 € ».)
  const match = found.find(same);
  return match !== undefined ? { answer: 'oui', stated: show(match), found: [show(match)] } : { answer: 'non', stated: show(claim.value), found: found.map(show) };
}

/** Each value once: one person said by two of their surnames (« Ramadour Andreoletti ») is one value. */
function distinct(kind: Kind, values: string[], people: ReadonlyMap<string, string>): string[] {
  return [...new Map(values.map((v) => [kind === 'person' ? (people.get(v) ?? v) : v, v])).values()];
}

/** 24 → « 2 ans » (« 2 years »), 12 → « 1 an », 6 → « 6 mois ». */
function lengthLabel(months: number, lang: 'fr' | 'en'): string {
  if (months % 12 !== 0) return lang === 'en' ? `${months} months` : `${months} mois`;
  const years = months / 12;
  return lang === 'en' ? `${years} year${years > 1 ? 's' : ''}` : `${years} an${years > 1 ? 's' : ''}`;
}
