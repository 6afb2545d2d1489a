import Fuse from 'fuse.js';
import type { IndexedEntry, Knowledge } from '../knowledge/index.ts';
import { UNIT_WORDS } from './entities.ts';
import type { Language } from './language.ts';

/** Something a question can be matched to: a knowledge entry, with the words it answers to. */
export interface Target {
  id: string;
  kind: IndexedEntry['kind'];
  title: string;
  /** Routing rules answer one kind of asker. */
  asker?: 'alternant' | 'professionnel' | 'tous';
  /** Terms of each example question. */
  questions: string[][];
  /** Every term of the target: examples, title, keywords, aliases. */
  vocabulary: Set<string>;
  /** Terms of what the entry says (answer, description, note…), not already in its vocabulary: a weaker match. */
  body: Set<string>;
  /** Terms of the entry's own names: a glossary term, a code, a short name, aliases (« fi-capp », « opco »). */
  names: Set<string>;
  /** The programme the entry belongs to (its own id for a programme's card). */
  program?: string;
  /** The title's distinct terms: on a tie, the entry whose title the question says most of is the one asked about. */
  titleTerms: string[];
  /** Yes/no questions the entry answers, with their verdict (topics). */
  yesNo: Array<{ q: string; terms: string[]; answer: 'oui' | 'non'; because: string; becauseEn?: string }>;
}

export interface Candidate {
  target: Target;
  /** How many distinct question terms the target answers to (its vocabulary). */
  matched: number;
  /** How many distinct question terms the target answers to or says (vocabulary or prose). */
  said: number;
  /** 0–1: how well the target covers the question (idf-weighted), blended with the closest example question. */
  score: number;
  /** 0–1: the share of the question (idf-weighted) made of words the target answers to, prose aside. */
  answered: number;
}

// Entries answered by matching (law tables and cohorts are reached by computations).
const MATCHABLE: ReadonlySet<IndexedEntry['kind']> = new Set(['topics', 'routing', 'contacts', 'glossary', 'program', 'contract-types', 'deadlines', 'contract-date-rules']);

// Words every entry of a kind answers to: any contact answers "mail, phone, web"; any deadline "délai".
const IMPLIED: Partial<Record<IndexedEntry['kind'], string[]>> = {
  contacts: ['contacter', 'web'],
  routing: ['contacter'],
  deadlines: ['delai', 'temps', 'envoyer', 'jusqu'],
  glossary: ['sigle'],
};

/** A French verb's plural ending that the Snowball stemmer leaves on (« -ent », « -ons »). */
const VERB_PLURAL = /^(.+?)(?:ent|on)$/;
/** How close a yes/no question must be to an entry's own to take its verdict. */
const YES_NO_SIMILARITY = 0.45;
// How many texts' terms are kept (then all forgotten at once): a few messages' worth.
const READ_TERMS_KEPT = 256;
const PREDICATE_WEIGHT = 0.5;
// A term said by more than this share of the entries tells none apart.
const COMMON_SHARE = 0.2;
/** Share (idf-weighted) of a known yes/no question's words that the new question must contain. */
const ITEM_COVERED = 0.7;
/** A rival known question with the other answer must be this much less close for a verdict. */
const YES_NO_MARGIN = 0.15;
/** Scores equal to this precision are a tie (floating-point sums of the same weights in another order differ further down). */
const TIE = 1e-3;
const NUMBER_TERM = /^[\d.,/:h€%-]+$/;
/** Shortest word the typo correction looks up. */
const MIN_TYPO_LENGTH = 5;
/** Longest word the typo correction looks at (the longest knowledge word is shorter). */
const MAX_TYPO_LENGTH = 24;
/** New fuzzy lookups per message: a question has a few typos, not hundreds. */
const MAX_CORRECTIONS = 12;
const CORRECTIONS_CACHE = 5000;

/** A question word found only in what an entry says counts for this share of a word it answers to. */
const BODY_WEIGHT = 0.5;
// Fields that are not prose (addresses, ids, citations) or are indexed otherwise (examples, yes/no questions).
const NOT_PROSE = new Set(['id', 'kind', 'sources', 'examples', 'email', 'phone', 'web', 'website', 'program', 'q', 'function', 'moreYesNo']);

/** Every piece of prose of an entry, whatever its kind (answers, descriptions, notes, reasons). */
function proseOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_PROSE.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => proseOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (NOT_PROSE.has(k) ? [] : proseOf(v, k)));
  return [];
}

const KIND_PRIORITY: Partial<Record<IndexedEntry['kind'], number>> = { routing: 0.02, topics: 0.015, contacts: 0.01, glossary: 0.005 };

function titleOf(entry: IndexedEntry): string {
  const e = entry.entry;
  if (entry.kind === 'contract-date-rules') return `Règles de dates de contrat (${String(e.family)})`;
  return String(e.title ?? e.need ?? e.term ?? e.label ?? e.name ?? e.id);
}

/**
 * The question matcher, built once at start-up. Each question term is first corrected against the
 * knowledge base's own vocabulary with fuse.js (typos: "contrta", "rytme"); targets are then ranked
 * by how much of the question they cover, rare words weighing more (idf), so that a question made of
 * words the knowledge base does not know scores low and is not answered as if it were in scope.
 */
export function buildMatcher(knowledge: Knowledge, language: Language) {
  const terms = language.terms;
  const targets: Target[] = [];
  // People holding one function in different years are one target: the reply picks the year's holder.
  const byFunction = new Map<string, Target>();
  for (const entry of knowledge.entries.values()) {
    if (!MATCHABLE.has(entry.kind)) continue;
    const e = entry.entry as Record<string, unknown>;
    const title = titleOf(entry);
    // A contact answers to its holder's name (« le téléphone de M. Caussanel »).
    const named = [e.term, e.code, e.shortName, entry.kind === 'contacts' ? e.name : undefined, (e.certification as { rncp?: string } | undefined)?.rncp, ...((e.aliases as string[] | undefined) ?? []), ...((e.keywords as string[] | undefined) ?? [])];
    // Numbers are slots, left out of known questions as out of the user's (fiche numbers are words
    // through the lexicon: « 35284 » → « rncp35284 »).
    const wordsOf = (q: string) => terms(q).filter((t) => !NUMBER_TERM.test(t));
    type YesNoItem = { q: string; answer: 'oui' | 'non'; because: string; becauseEn?: string };
    const withTerms = (list: unknown) => ((list as YesNoItem[] | undefined) ?? []).map((y) => ({ ...y, terms: wordsOf(y.q) }));
    const finding = withTerms(e.yesNo);
    const yesNo = [...finding, ...withTerms(e.moreYesNo)];
    // The yes/no questions of `yesNo` are example questions too: they say how people ask about the entry.
    const questions = [...entry.examples.map((x) => wordsOf(x.q)), ...finding.map((y) => y.terms)];
    const vocabulary = new Set([...questions.flat(), ...terms(title), ...terms(named.filter(Boolean).join(' ')), ...terms((IMPLIED[entry.kind] ?? []).join(' '))]);
    const body = new Set(terms(proseOf(e).join(' ')).filter((t) => !vocabulary.has(t) && !NUMBER_TERM.test(t)));
    const names = new Set(terms([e.term, e.code, e.shortName, ...((e.aliases as string[] | undefined) ?? [])].filter((n): n is string => typeof n === 'string').join(' ')));
    const fn = entry.kind === 'contacts' ? String(e.function) : undefined;
    const same = fn ? byFunction.get(fn) : undefined;
    if (same) {
      same.questions.push(...questions);
      for (const term of vocabulary) same.vocabulary.add(term);
      for (const term of body) if (!same.vocabulary.has(term)) same.body.add(term);
      continue;
    }
    const target: Target = { id: entry.id, kind: entry.kind, title, titleTerms: [...new Set(wordsOf(title))], asker: e.asker as Target['asker'], program: entry.program, questions, vocabulary, body, names, yesNo };
    if (fn) byFunction.set(fn, target);
    targets.push(target);
  }

  const documentFrequency = new Map<string, number>();
  for (const t of targets) for (const term of [...t.vocabulary, ...t.body]) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // A word the knowledge base never uses weighs like a rare one: a question made of such words
  // (weather, recipes…) covers little of any entry and falls back instead of being answered.
  const unknownIdf = 0.8 * Math.log(1 + targets.length);
  const idf = (term: string) => {
    const df = documentFrequency.get(term);
    return df ? Math.log(1 + targets.length / df) : unknownIdf;
  };

  // Fuzzy word lookup for typos, over the words the knowledge base actually uses.
  const lexicon = new Fuse([...documentFrequency.keys()].filter((w) => w.length >= 4), { threshold: 0.25, includeScore: true });
  // A typo is one edit away (two for long words): "rytme" → "rythme", but "demain" stays "demain", not "demande".
  // Words longer than any word of the lexicon are not typos of one; corrections are remembered
  // (a bounded cache) and at most MAX_CORRECTIONS new lookups are made per message.
  const corrections = new Map<string, string>();
  const correctedIn = () => {
    let lookups = 0;
    return (term: string): string => {
      if (documentFrequency.has(term) || term.length < 4 || term.length > MAX_TYPO_LENGTH || /\d/.test(term)) return term;
      // A verb's plural the stemmer keeps whole (« règlent », « signent », « validons »): its stem, when known.
      const verbStem = VERB_PLURAL.exec(term)?.[1];
      if (verbStem && verbStem.length >= 3 && documentFrequency.has(verbStem)) return verbStem;
      const known = corrections.get(term);
      if (known !== undefined) return known;
      if (lookups >= MAX_CORRECTIONS) return term;
      lookups += 1;
      const allowed = term.length >= 9 ? 2 : 1;
      // (A word of four letters is as likely a real word the guide does not use — « soir », « foot », « best » — as a
      // typo of one it does: « voir », « fort », « rest ». Only a letter it misses is put back: « rytme » is « rythme ».)
      const plausible = (known: string) => term.length >= MIN_TYPO_LENGTH || (known.length === term.length + 1 && known[0] === term[0]);
      const best = lexicon.search(term, { limit: 5 }).find((r) => editDistance(term, r.item) <= allowed && plausible(r.item));
      const result = best ? best.item : term;
      if (corrections.size >= CORRECTIONS_CACHE) corrections.clear();
      corrections.set(term, result);
      return result;
    };
  };

  // In finding the entry, what is asked about a subject (« interdit ») weighs less than the subject (« télétravail »).
  const subjectWeight = (term: string) => (language.isPredicateTerm(term) ? PREDICATE_WEIGHT : 1);
  function weighted(query: string[], has: (term: string) => boolean | number, weight: (term: string) => number = () => 1): number {
    let total = 0;
    let found = 0;
    for (const term of query) {
      const w = idf(term) * weight(term);
      total += w;
      found += w * Number(has(term));
    }
    return total === 0 ? 0 : found / total;
  }

  // Words that name one programme: its certification number and the words of its names that no
  // other programme's entries answer to (« icam », « polytech », « rncp42008 »).
  const programOf = new Map<string, string>();
  for (const p of knowledge.programs) {
    const said = terms([p.shortName, p.name, p.certification?.rncp].filter(Boolean).join(' '));
    for (const term of said) {
      // Mostly its own: another programme's entry may mention it in passing (« comme l'Icam… »).
      const users = targets.filter((t) => t.program && (t.vocabulary.has(term) || t.body.has(term)));
      const own = users.filter((t) => t.program === p.id).length;
      if (own >= 0.75 * users.length && term.length >= 4 && (!language.isSlotTerm(term) || /^rncp\d+$/.test(term))) programOf.set(term, p.id);
    }
  }

  // The last texts read, bounded: a cache of queryTerms for the few texts one message reads again.
  const readTerms = new Map<string, string[]>();
  return {
    targets,
    /** The one programme a question names, if it names one (« la fiche 42008 », « le mastère de l'Icam »). */
    programNamed(question: string): string | undefined {
      const named = new Set(this.queryTerms(question).flatMap((t) => programOf.get(t) ?? []));
      return named.size === 1 ? [...named][0] : undefined;
    },
    /** The text without the words that name a programme (« la fiche 42008 » → « la fiche »): to ask the same of another. */
    withoutProgrammes(question: string): string {
      return question
        .split(/\s+/)
        .filter((w) => !terms(w).some((t) => programOf.has(t)))
        .join(' ');
    },
    /** The entry's yes/no question closest to this one and how close (each covers the other, rare words weighing more). */
    closestYesNo(target: Target, question: string, allow: (item: Target['yesNo'][number]) => boolean = () => true): { item: Target['yesNo'][number]; score: number } | undefined {
      // Words no entry uses (« moi-même », « ça marche ») can match no known question: they do not count against one.
      const all = this.queryTerms(question);
      const query = all.filter((t) => documentFrequency.has(t));
      // A word no entry knows may be what is asked (« peut-on résilier le contrat en cas de redoublement ? »):
      // without it, the question reads as another one (« … prorogé ? »). No verdict then.
      if (all.some((t) => t.length >= 5 && !documentFrequency.has(t) && !language.isSlotTerm(t))) return undefined;
      const scored = target.yesNo
        .filter((item) => allow(item) && !language.opposed(item.q, question))
        .map((item) => {
          // A detail the known question states and the new one leaves out (« MIAGE », « en M2 ») does not count against it.
          const said = item.terms.filter((t) => !language.isSlotTerm(t) || query.includes(t));
          // The known question must be nearly all in the new one (its predicate above all: « obligatoire »
          // is not « possible »), and make up at least half of it.
          const itemCovered = weighted(said, (t) => query.includes(t));
          // Nor does one the new question states and the known one leaves out (« en apprentissage », « à la MIAGE »):
          // the slots are compared apart (the caller's `allow`), they are not what is asked.
          const asked = query.filter((t) => !language.isSlotTerm(t) || said.includes(t));
          const close = Math.min(itemCovered, weighted(asked, (t) => said.includes(t)));
          // A known question of one word (« Can I telework? ») names its subject, not what is asked
          // about it: any question on that subject would get its verdict.
          // Nor does one whose two names the lexicon makes one (« le maître d'apprentissage est-il le tuteur
          // pro ? » reads « tuteur professionnel … tuteur professionnel »): it would match any question naming either.
          const collapsed = item.terms.length - new Set(item.terms).size >= 2;
          const decisive = new Set(said).size >= 2 && !collapsed;
          return { item, close, score: itemCovered >= ITEM_COVERED && decisive ? close : 0 };
        });
      const best = scored.reduce<(typeof scored)[number] | undefined>((b, s) => (!b || s.score > b.score ? s : b), undefined);
      if (!best) return undefined;
      // A known question with the other answer that matches nearly as well (most of its words in this one, not
      // only a few shared): the words do not decide, no verdict.
      const rival = Math.max(0, ...scored.filter((s) => s.item.answer !== best.item.answer).map((s) => s.score));
      const decided = !(rival >= YES_NO_SIMILARITY && best.score - rival < YES_NO_MARGIN);
      return { item: best.item, score: decided ? best.score : 0 };
    },
    /** The verdict of the entry's closest yes/no question, when close enough; undefined otherwise. */
    yesNoVerdict(target: Target, question: string, allow?: (item: Target['yesNo'][number]) => boolean): Target['yesNo'][number] | undefined {
      const best = this.closestYesNo(target, question, allow);
      return best && best.score >= YES_NO_SIMILARITY ? best.item : undefined;
    },
    /** Whether a term is said by so many entries (« alternant », « formation ») that it tells none apart. */
    isCommon(term: string): boolean {
      return (documentFrequency.get(term) ?? 0) > COMMON_SHARE * targets.length;
    },
    /** How many entries answer to this term or say it (0: none). */
    entriesSaying(term: string): number {
      return documentFrequency.get(term) ?? 0;
    },
    /** Whether an entry answers to this term or says it. */
    knows(term: string): boolean {
      return documentFrequency.has(term);
    },
    /** The question's terms after typo correction. */
    queryTerms(question: string): string[] {
      // (One message's text is read several times over — its subject, its aspects, its verdict: read once.)
      const known = readTerms.get(question);
      if (known) return known;
      // Numbers and dates are slots, read by the entity extractor: as unknown words they would
      // weigh like rare ones and drown the question's subject (« télétravail 2 jours sur 3 »).
      // (Frozen: the same array is handed to every caller.)
      const read = Object.freeze([...new Set(terms(question).filter((t) => !NUMBER_TERM.test(t)).map(correctedIn()))]) as string[];
      if (readTerms.size >= READ_TERMS_KEPT) readTerms.clear();
      readTerms.set(question, read);
      return read;
    },
    /** Candidates for a question, best first; `allow` filters targets (e.g. by the asker's role). */
    search(question: string, allow: (t: Target) => boolean = () => true, limit = 5, boost: (t: Target) => number = () => 0): Candidate[] {
      const query = this.queryTerms(question);
      if (query.length === 0) return [];
      const scored: Candidate[] = [];
      for (const target of targets) {
        if (!allow(target)) continue;
        const cover = weighted(query, (t) => (target.vocabulary.has(t) ? 1 : target.body.has(t) ? BODY_WEIGHT : 0), subjectWeight);
        if (cover === 0) continue;
        // Closest example question, both ways, so that a long example does not win on one shared word.
        const closest = Math.max(0, ...target.questions.map((q) => {
          const set = new Set(q);
          return Math.min(cover, weighted(q, (t) => query.includes(t))) * (set.size > 0 ? 1 : 0);
        }));
        const matched = query.filter((t) => target.vocabulary.has(t)).length;
        const said = query.filter((t) => target.vocabulary.has(t) || target.body.has(t)).length;
        const answered = weighted(query, (t) => target.vocabulary.has(t));
        scored.push({ target, matched, said, answered, score: Math.max(0, 0.75 * cover + 0.25 * closest + boost(target)) });
      }
      // Near-ties go to the entry that answers most directly: who to contact, then the guide's topics.
      const rank = (c: Candidate) => c.score + (KIND_PRIORITY[c.target.kind] ?? 0);
      // (An exact tie, « c'est quoi un maître d'apprentissage ? » between « Rôle du tuteur professionnel » and « Avoir deux
      // tuteurs professionnels »: the title the question says most of, not one with a detail it does not say.)
      // (A count said in digits says the title's word: « 2 tuteurs » is « deux tuteurs ».)
      let numbers: string[] | undefined;
      const said = (t: string) => query.includes(t) || (UNIT_WORDS.has(t) && (numbers ??= terms(question)).includes(String(UNIT_WORDS.get(t))));
      const titleSaid = (c: Candidate) => (c.target.titleTerms.length === 0 ? 0 : c.target.titleTerms.filter(said).length / c.target.titleTerms.length);
      const tier = (c: Candidate) => Math.round(rank(c) / TIE);
      return scored.sort((a, b) => tier(b) - tier(a) || titleSaid(b) - titleSaid(a) || rank(b) - rank(a)).slice(0, limit);
    },
  };
}

export type Matcher = ReturnType<typeof buildMatcher>;

/** Levenshtein distance, with transpositions counted as one edit ("contrta" → "contrat"). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
