/**
 * How the assistant reads French (and some English): the lexicon in knowledge/lexicon.yaml (typos,
 * phrases, fillers, synonyms, slot words, polite words) and nlp.js's French Snowball stemmer. Built
 * once from the knowledge base; the same analysis runs on questions and on the knowledge base's own
 * text, so that « rémunérations », « rémunéré » and « rémunération » meet on one term.
 */
import { createRequire } from 'node:module';
import type { Lexicon } from '../knowledge/index.ts';
import { analysedPart, fold } from './normalize.ts';
import { OR_NOT } from './question-kind.ts';

// Only the stemmer: the package's index also loads sentiment data the assistant does not use.
const StemmerFr = createRequire(import.meta.url)('@nlpjs/lang-fr/src/stemmer-fr') as new () => { stemWord(word: string): string };

/** Characters kept inside a word: letters, digits, and the marks of e-mails, dates and amounts. */
const WORD_CHARS = /[^a-z0-9@./\-+ ]+/g;
/** The programme's own names: a phrase is read without them (« head of the MIAGE work-study programme »). */
const PROGRAMME_NAMES = new Set(['miage', 'amu']);
/** French compounds on a prefix, always split (« demi-journée » = « demi journée »). */
const COMPOUND_PREFIX = /^(demi|semi|mi|non|sous|auto|pre|post|anti|contre|avant|apres|arriere)-[a-z]/;
/** Punctuation trimmed from the ends of a word ("fin." → "fin", "--" → ""). */
const EDGE_PUNCTUATION = new Set(['.', '-', '/']);

function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_PUNCTUATION.has(word[start]!)) start += 1;
  while (end > start && EDGE_PUNCTUATION.has(word[end - 1]!)) end -= 1;
  return word.slice(start, end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Language {
  /** Words of a text, folded, elisions split off, typos fixed. Linear in the (capped) text's length. */
  words(text: string): string[];
  /** The topic-bearing terms of a text: phrases replaced, fillers dropped, synonyms mapped, stemmed. */
  terms(text: string): string[];
  /** A term that only states a detail (formation, contract, age, place, number), not a subject. */
  isSlotTerm(term: string): boolean;
  /** Whether a term says what is asked about a subject (« interdit », « obligatoire »), not the subject. */
  isPredicateTerm(term: string): boolean;
  /** Whether a text has a word of the programme's domain (lexicon, plus the names given). */
  inDomain(text: string): boolean;
  /** Whether a text names the programme itself, one of its bodies or people (« la MIAGE », « le CFA », « M. Caussanel »). */
  namesOurs(text: string): boolean;
  /** The text's folded words, its phrases read as their meaning: what a negation test reads (« je valide pas mon année » is no negation). */
  phrasedWords(text: string): string;
  /**
   * What a text names that is not the programme's: a school (« la MIAGE de Nanterre », « de Nice »), a subject the
   * documents never treat (« salaire moyen »), or a country or city as a place (« le SMIC en Belgique »).
   */
  elsewhere(text: string): 'school' | 'subject' | 'country' | undefined;
  /** Whether two questions take opposite sides of a contrast (« même » / « autre » entreprise, « avant » / « après »). */
  opposed(a: string, b: string): boolean;
  /** A message made only of polite words: a greeting, thanks, or neither; and whether in English. */
  politeness(folded: string): { kind: 'greeting' | 'thanks' | 'farewell' | 'ack'; english: boolean } | undefined;
}

export function createLanguage(lexicon: Lexicon, names: string[] = []): Language {
  // Maps and Sets: user words are never object keys.
  const typos = new Map(Object.entries(lexicon.typos));
  const synonyms = new Map(Object.entries(lexicon.synonyms));
  const fillers = new Set(lexicon.fillers);
  const phraseMeaning = new Map<string, string>();
  for (const group of lexicon.phrases) for (const said of group.said) phraseMeaning.set(said, group.means);
  // One alternation, longest phrases first, matched on whole words.
  const phrases = phraseMeaning.size ? new RegExp(`\\b(${[...phraseMeaning.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'g') : undefined;
  const stemmer = new StemmerFr();
  const stems = new Map<string, string>();
  const stem = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) {
      // Digits, e-mails and codes are kept whole: the stemmer is for words.
      // A feminine past participle (« autorisée », « validées ») stems as its masculine (« autorisé »): the
      // stemmer keeps one « e » of « -ée », and « autorisée » would not meet « autorisé ». (Not a short word:
      // « soirée » would stem as « soir », then be read as a typo of « voir ».)
      s = /[\d@./]/.test(word) || word.length <= 3 ? word : stemmer.stemWord(word.length > 6 && /ees?$/.test(word) ? word.replace(/es?$/, '') : word);
      if (stems.size < 50_000) stems.set(word, s);
    }
    return s;
  };
  // Synonyms also by stem, so that inflected forms meet them (« rémunérations » like « rémunération »).
  const stemSynonyms = new Map<string, string>();
  for (const [word, meant] of synonyms) if (!stemSynonyms.has(stem(word))) stemSynonyms.set(stem(word), stem(meant));
  const slotTerms = new Set(lexicon.slotWords.map((w) => stem(synonyms.get(w) ?? w)));
  const predicateTerms = new Set(lexicon.predicateWords.map((w) => stem(synonyms.get(w) ?? w)));
  const staffNames = names.flatMap((n) => fold(n).split(/[^a-z]+/)).filter((w) => w.length >= 4);
  const domainWords = new Set([...lexicon.domainWords, ...staffNames]);
  const ownWords = new Set([...lexicon.ownWords, ...staffNames]);
  const insideAdverbs = new Set(lexicon.insideAdverbs);
  const elsewhereWords = new Set(lexicon.elsewhereWords);
  const countries = new Set(lexicon.elsewhereCountries);
  const cities = new Set(lexicon.elsewhereCities);
  const otherStatus = new Set(lexicon.otherStatusWords);
  const workStudy = new Set(lexicon.workStudyWords);
  const elsewherePhrases = lexicon.elsewherePhrases.length > 0 ? new RegExp(`\\b(?:${lexicon.elsewherePhrases.join('|')})\\b`) : undefined;
  // A school word before « de Nice » (« la MIAGE de Nice », « the MIAGE in Toulouse »): that city's school.
  const OF_PLACE = new Set(['de', 'a', 'in', 'at', 'of']);
  const SCHOOL_OF = new Set(['miage', 'master', 'universite', 'fac', 'faculte', 'ecole', 'iut', 'licence', 'campus']);
  // A country as a place things happen (« en Belgique », « au Canada »), not where someone comes from (« du Maroc »).
  const IN_PLACE = new Set(['en', 'au', 'aux', 'in', 'to', 'a', 'at', 'for', 'pour']);
  const ARTICLES = new Set(['the', 'le', 'la', 'l', 'les']);
  const greetings = new Set(lexicon.greetings);
  const thanks = new Set(lexicon.thanks);
  const farewells = new Set(lexicon.farewells);
  const acknowledgements = new Set(lexicon.acknowledgements);
  const polite = new Set([...lexicon.polite, ...greetings, ...thanks, ...farewells, ...acknowledgements]);
  const englishPolite = new Set(lexicon.englishPolite);

  function words(text: string): string[] {
    const folded = fold(analysedPart(text))
      // j'ai, l'alternance, qu'est-ce, d'absence: keep the word after the apostrophe.
      .replace(/\b(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'/g, '$1 ')
      // Inverted subjects: « peuvent-ils », « peut-on », « a-t-il » → the verb and the pronoun.
      .replace(/-(?:t-)?(il|ils|elle|elles|on|je|tu|nous|vous|ce)\b/g, ' $1')
      // Two names joined by a slash (« I2D/ISIE », « M1/M2 », « jours/semaine ») are two words; dates (« 12/03 ») stay whole.
      .replace(/\b([a-z][a-z0-9]*)\/(?=[a-z])/g, '$1 ')
      .replace(WORD_CHARS, ' ');
    const out: string[] = [];
    const said = folded.split(' ').map(trimPunctuation).filter(Boolean);
    for (const [i, word] of said.entries()) {
      // A fix is already normal text: split it, never fix it again.
      const fixed = typos.get(word)?.split(/[\s']+/);
      // « c'est » arrives as « c est »: the SMS fix of « c » (« c'est ») is already written out.
      const writtenOut = fixed && fixed[0] === word && fixed.slice(1).every((w, k) => said[i + 1 + k] === w);
      out.push(...(fixed && !writtenOut ? fixed : [word]));
    }
    return out;
  }

  // Compounds meet their parts however they are written (« demi-journée », « demi journée »),
  // unless the lexicon knows the whole (« work-study ») or a part is too short to be a word.
  function compoundParts(word: string): string[] {
    if (!word.includes('-') || synonyms.has(word) || /[\d@./]/.test(word)) return [word];
    const parts = word.split('-');
    // « professionalisation-contract », « sick-leave »: words of their own; « FI-SANS », « aix-en-provence »: one name.
    // Each part is then a word as typed: its usual fix applies (« professionalisation-contract » → « contrat »).
    return COMPOUND_PREFIX.test(word) || parts.every((p) => p.length >= 3) ? parts.flatMap((p) => typos.get(p)?.split(/[\s']+/) ?? [p]) : [word];
  }

  /** Folded words with the lexicon's phrases read as their meaning (« valide pas mon année » → « redoublement »). */
  function phrased(said: string): string {
    return phrases ? said.replace(phrases, (p) => ` ${phraseMeaning.get(p) ?? ''} `) : said;
  }

  function terms(text: string): string[] {
    // The programme's own name inside a phrase (« head of the MIAGE work-study programme ») does not
    // break it: phrases are read without it, and it is kept as a word of its own.
    // Nor does an adverb inside it (« paie directement la formation » is « paie la formation »).
    const said = words(text);
    const named = said.filter((w) => PROGRAMME_NAMES.has(w) || insideAdverbs.has(w));
    let read = phrased(said.filter((w) => !PROGRAMME_NAMES.has(w) && !insideAdverbs.has(w)).join(' '));
    if (named.length > 0) read = `${read} ${named.join(' ')}`;
    const out: string[] = [];
    for (const w of read.split(' ').flatMap(compoundParts)) {
      if (!w || fillers.has(w)) continue;
      const mapped = synonyms.get(w);
      // « souhaitons » is « souhaite », a filler too.
      if (mapped && fillers.has(mapped)) continue;
      const stemmed = stem(mapped ?? w);
      out.push(mapped ? stemmed : (stemSynonyms.get(stemmed) ?? stemmed));
    }
    return out;
  }

  return {
    words,
    terms,
    phrasedWords: (text) => phrased(words(text).join(' ')),
    isSlotTerm: (term) => /\d/.test(term) || slotTerms.has(term),
    isPredicateTerm: (term) => predicateTerms.has(term),
    inDomain: (text) => words(text).some((w) => domainWords.has(w)),
    namesOurs: (text) => words(text).some((w) => ownWords.has(w)),
    elsewhere(text) {
      const said = words(text);
      if (said.some((w) => elsewhereWords.has(w))) return 'school';
      if (said.some((w, i) => cities.has(w) && OF_PLACE.has(said[i - 1] ?? '') && SCHOOL_OF.has(said[i - 2] ?? ''))) return 'school';
      if (elsewherePhrases?.test(said.join(' '))) return 'subject';
      // (« combien de congés payés pour un salarié en CDI ? »: another status, unless work-study is named too.)
      if (said.some((w) => otherStatus.has(w)) && !said.some((w) => workStudy.has(w))) return 'subject';
      // (A city as a place, like a country: out of scope only when nothing names the programme.)
      // (« in the UK », « pour le Canada »: an article may come between.)
      const before = (i: number) => (ARTICLES.has(said[i - 1] ?? '') ? said[i - 2] : said[i - 1]) ?? '';
      return said.some((w, i) => (countries.has(w) || cities.has(w)) && IN_PLACE.has(before(i))) ? 'country' : undefined;
    },
    opposed(a, b) {
      // « … ou pas ? » asks both ways, « (pas en contrat) » gives a status: their « pas » takes no side.
      // A phrase is read as its meaning first: the « pas » of « je valide pas mon année » (a failed year) takes no side.
      const sided = (text: string) => new Set(phrased(words(text).join(' ').replace(OR_NOT, ' ')).split(' '));
      const wa = sided(a);
      const wb = sided(b);
      // An empty second side is the first one's absence.
      const side = (said: Set<string>, pair: readonly [string[], string[]]) => {
        const first = pair[0].some((w) => said.has(w));
        return [first, pair[1].length === 0 ? !first : pair[1].some((w) => said.has(w))];
      };
      return lexicon.opposites.some((pair) => {
        const [a0, a1] = side(wa, pair);
        const [b0, b1] = side(wb, pair);
        return (a0 && !a1 && b1 && !b0) || (a1 && !a0 && b0 && !b1);
      });
    },
    politeness(folded) {
      const said = folded.split(' ').filter(Boolean);
      if (said.length === 0 || said.length > 8 || !said.every((w) => polite.has(w))) return undefined;
      const kind = said.some((w) => thanks.has(w)) ? 'thanks' : said.some((w) => greetings.has(w)) ? 'greeting' : said.some((w) => farewells.has(w)) ? 'farewell' : said.some((w) => acknowledgements.has(w)) ? 'ack' : undefined;
      return kind ? { kind, english: said.some((w) => englishPolite.has(w)) } : undefined;
    },
  };
}
