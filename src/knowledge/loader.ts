import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { z } from 'zod';
import { Money, type PayGrids, type GratificationTable, type IsoDate } from '../rules/index.ts';
import { NO_CACHE, parseCacheFor, type ParseCache } from './parse-cache.ts';
import { checkAgainstDocuments } from './source-check.ts';
import {
  KnowledgeFileSchema,
  type ApprenticeGridEntry,
  type CohortEntry,
  type Contact,
  type ContractDateRuleEntry,
  type ContractType,
  type DeadlineEntry,
  type DocumentEntry,
  type Example,
  type GlossaryEntry,
  type GratificationEntry,
  type KnowledgeFile,
  type Lexicon,
  type ProfessionalisationGridEntry,
  type Program,
  type Routing,
  type SmicEntry,
  type Source,
  type Topic,
} from './schemas.ts';

/** Any entry that carries sources and examples, with the file and kind it came from. */
export interface IndexedEntry {
  id: string;
  kind: KnowledgeFile['kind'];
  file: string;
  /** The programme of the file it comes from (a programme's card: its own id). */
  program?: string;
  sources: Source[];
  examples: Example[];
  entry: Record<string, unknown>;
}

/** Everything the assistant knows, validated. Nothing here changes after start-up. */
export interface Knowledge {
  documents: Map<string, DocumentEntry>;
  programs: Program[];
  contacts: Contact[];
  routing: Routing[];
  cohorts: CohortEntry[];
  contractTypes: ContractType[];
  contractDateRules: ContractDateRuleEntry[];
  deadlines: DeadlineEntry[];
  topics: Topic[];
  glossary: GlossaryEntry[];
  smic: SmicEntry[];
  apprenticeGrid: ApprenticeGridEntry[];
  professionalisationGrid: ProfessionalisationGridEntry[];
  gratificationRates: GratificationEntry[];
  /** The same law tables, in the shape the rules module computes with. */
  payGrids: PayGrids;
  gratificationTable: GratificationTable;
  /** Every entry with sources and examples, by id (ids are unique across the knowledge base). */
  entries: Map<string, IndexedEntry>;
  /** The language people type (typos, phrases, fillers, synonyms…), from knowledge/lexicon.yaml. */
  lexicon: Lexicon;
}

/** One problem, located: `file › path: what is wrong`. */
export interface KnowledgeError {
  file: string;
  path: string;
  message: string;
}

export function formatKnowledgeError(e: KnowledgeError): string {
  return `${e.file} › ${e.path || '(fichier)'}: ${e.message}`;
}

export class InvalidKnowledgeError extends Error {
  constructor(readonly errors: KnowledgeError[]) {
    super(`Base de connaissances invalide (${errors.length} erreur(s)) :\n${errors.map(formatKnowledgeError).join('\n')}`);
  }
}

// The YAML parser is loaded only when a file is not in the parse cache (most starts need none of it).
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlModule;
}

function yamlFiles(dir: string): string[] {
  // Entry types come with the listing: each file is stat'ed once, by the loader (for the parse cache).
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    });
}

function zodPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Reads and validates every YAML file below `dir`; returns the knowledge or every error found. */
export function loadKnowledge(dir: string, cache: ParseCache = NO_CACHE): { knowledge: Knowledge; errors: [] } | { knowledge: null; errors: KnowledgeError[] } {
  const errors: KnowledgeError[] = [];
  const files: Array<{ file: string; data: KnowledgeFile }> = [];
  const paths = yamlFiles(dir);
  if (paths.length === 0) errors.push({ file: dir, path: '', message: 'aucun fichier YAML trouvé' });

  for (const path of paths) {
    // Shown as `knowledge/law/smic.yaml`: relative to the folder holding the knowledge base.
    const file = relative(dirname(dir), path);
    const stat = statSync(path);
    let data = cache.get(path, stat);
    if (data === undefined) {
      const doc = yaml().parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
      if (doc.errors.length > 0) {
        for (const err of doc.errors) errors.push({ file, path: `ligne ${err.linePos?.[0]?.line ?? '?'}`, message: `YAML illisible : ${err.message.split('\n')[0]}` });
        continue;
      }
      data = doc.toJS();
      cache.set(path, stat, data);
    }
    const parsed = KnowledgeFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, path: zodPath(issue.path), message: describeIssue(issue) });
      continue;
    }
    files.push({ file, data: parsed.data });
  }
  if (errors.length > 0) return { knowledge: null, errors };

  if (!files.some((f) => f.data.kind === 'lexicon')) errors.push({ file: dir, path: '', message: 'lexique absent : il faut un fichier « kind: lexicon » (knowledge/lexicon.yaml)' });
  if (errors.length > 0) return { knowledge: null, errors };
  const knowledge = assemble(files);
  errors.push(...crossCheck(knowledge, files));
  // Citations and figures against the documents' own text (knowledge/documents/).
  if (errors.length === 0) errors.push(...checkAgainstDocuments(knowledge, dir));
  return errors.length > 0 ? { knowledge: null, errors } : { knowledge, errors: [] };
}

/** Loads or throws: the assistant refuses to start on invalid knowledge. Parsed YAML is cached between starts. */
export function loadKnowledgeOrThrow(dir: string): Knowledge {
  const cache = parseCacheFor(dir);
  const result = loadKnowledge(dir, cache);
  if (!result.knowledge) throw new InvalidKnowledgeError(result.errors);
  cache.save();
  return result.knowledge;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'discriminator' in issue) return `champ « kind » inconnu ou absent`;
  if (issue.code === 'unrecognized_keys') return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
  return issue.message;
}

function assemble(files: Array<{ file: string; data: KnowledgeFile }>): Knowledge {
  const k: Knowledge = {
    documents: new Map(),
    programs: [],
    contacts: [],
    routing: [],
    cohorts: [],
    contractTypes: [],
    contractDateRules: [],
    deadlines: [],
    topics: [],
    glossary: [],
    smic: [],
    apprenticeGrid: [],
    professionalisationGrid: [],
    gratificationRates: [],
    payGrids: { smic: { rates: [], knownUntil: '1970-01-01' as IsoDate }, apprenticeship: [], professionalisation: [], apprenticeIncreasePoints: 0 },
    gratificationTable: { rates: [], thresholdDays: 0, thresholdHours: 0 },
    entries: new Map(),
    lexicon: { phrases: [], fillers: [], typos: {}, synonyms: {}, slotWords: [], predicateWords: [], domainWords: [], ownWords: [], insideAdverbs: [], elsewhereWords: [], elsewhereCountries: [], elsewhereCities: [], elsewherePhrases: [], otherStatusWords: [], workStudyWords: [], greetings: [], thanks: [], farewells: [], acknowledgements: [], polite: [], englishPolite: [], opposites: [] },
  };
  for (const { data } of files) {
    switch (data.kind) {
      case 'documents':
        for (const d of data.entries) k.documents.set(d.id, d);
        break;
      case 'program':
        k.programs.push(...data.entries);
        break;
      case 'contacts':
        k.contacts.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'routing':
        k.routing.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'cohorts':
        k.cohorts.push(...data.entries);
        break;
      case 'contract-types':
        k.contractTypes.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'contract-date-rules':
        k.contractDateRules.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'deadlines':
        k.deadlines.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'topics':
        k.topics.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'glossary':
        k.glossary.push(...data.entries.map((e) => ({ ...e, program: data.program })));
        break;
      case 'smic':
        k.smic.push(...data.entries);
        k.payGrids.smic.knownUntil = data.knownUntil;
        break;
      case 'apprentice-pay-grid':
        k.apprenticeGrid.push(...data.entries);
        k.payGrids.apprenticeIncreasePoints = data.increasePoints;
        break;
      case 'professionalisation-pay-grid':
        k.professionalisationGrid.push(...data.entries);
        break;
      case 'lexicon': {
        const { kind: _kind, ...lexicon } = data;
        k.lexicon = lexicon;
        break;
      }
      case 'gratification':
        k.gratificationRates.push(...data.entries);
        k.gratificationTable.thresholdDays = data.thresholdDays;
        k.gratificationTable.thresholdHours = data.thresholdHours;
        break;
    }
  }
  k.smic.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  k.payGrids.smic.rates = k.smic.map((s) => ({
    validFrom: s.validFrom,
    hourly: Money.euros(s.hourly),
    monthly: Money.euros(s.monthly),
    source: s.legalText,
  }));
  k.payGrids.apprenticeship = k.apprenticeGrid.map((r) => ({ contractYear: r.contractYear, bands: r.bands }));
  k.payGrids.professionalisation = k.professionalisationGrid.map((r) => ({ qualification: r.qualification, bands: r.bands }));
  k.gratificationTable.rates = k.gratificationRates.map((g) => ({
    year: g.year,
    hourly: Money.euros(g.hourly),
    ceilingHourly: Money.euros(g.ceilingHourly),
    source: g.legalText,
  }));
  return k;
}

/** Checks what one file cannot: unique ids, existing documents, functions and formations that are referred to. */
function crossCheck(k: Knowledge, files: Array<{ file: string; data: KnowledgeFile }>): KnowledgeError[] {
  const errors: KnowledgeError[] = [];
  const functions = new Set(k.contacts.map((c) => c.function));
  const programs = new Map(k.programs.map((p) => [p.id, p]));
  for (const { file, data } of files) {
    if (data.kind === 'documents' || data.kind === 'lexicon') continue;
    if ('program' in data && data.program && !programs.has(data.program)) {
      errors.push({ file, path: 'program', message: `programme inconnu « ${data.program} »` });
    }
    data.entries.forEach((entry, i) => {
      const at = (p: string) => `entries[${i}]${p}`;
      if (k.entries.has(entry.id)) {
        errors.push({ file, path: at('.id'), message: `identifiant « ${entry.id} » déjà utilisé dans ${k.entries.get(entry.id)?.file}` });
      } else {
        const program = data.kind === 'program' ? entry.id : 'program' in data ? data.program : undefined;
        k.entries.set(entry.id, { id: entry.id, kind: data.kind, file, program, sources: entry.sources, examples: entry.examples, entry: entry as Record<string, unknown> });
      }
      entry.sources.forEach((s, j) => {
        if (!k.documents.has(s.doc)) errors.push({ file, path: at(`.sources[${j}].doc`), message: `document inconnu « ${s.doc} » (voir knowledge/documents.yaml)` });
      });
      if (data.kind === 'routing') {
        const r = data.entries[i]!;
        r.contacts.forEach((c, j) => {
          if (!functions.has(c.function)) errors.push({ file, path: at(`.contacts[${j}].function`), message: `fonction inconnue « ${c.function} » (aucun contact ne l'occupe)` });
        });
        r.deadlines.forEach((d, j) => {
          if (!k.deadlines.some((x) => x.id === d)) errors.push({ file, path: at(`.deadlines[${j}]`), message: `délai inconnu « ${d} » (voir deadlines.yaml)` });
        });
        if (r.contacts.length === 0 && !r.nobody) errors.push({ file, path: at(''), message: 'ni contacts ni « nobody » : la réponse serait vide' });
      }
      if (data.kind === 'cohorts') {
        const c = data.entries[i]!;
        const program = programs.get(c.program);
        if (!program) errors.push({ file, path: at('.program'), message: `programme inconnu « ${c.program} »` });
        else if (!program.formations.some((f) => f.id === c.formation)) errors.push({ file, path: at('.formation'), message: `formation « ${c.formation} » absente du programme ${c.program}` });
        if (c.ddf && c.dff && c.dff <= c.ddf) errors.push({ file, path: at('.dff'), message: 'la fin de formation doit être après son début' });
      }
      if (data.kind === 'contacts') {
        const c = data.entries[i]!;
        if (c.fromYear && c.toYear && c.toYear < c.fromYear) errors.push({ file, path: at('.toYear'), message: 'toYear est avant fromYear' });
      }
    });
  }
  const smicDates = new Set<string>();
  k.smic.forEach((s) => {
    if (smicDates.has(s.validFrom)) errors.push({ file: 'law/smic', path: s.id, message: `deux valeurs du SMIC au ${s.validFrom}` });
    smicDates.add(s.validFrom);
  });
  return errors;
}
