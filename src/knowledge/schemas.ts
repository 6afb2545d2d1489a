import { z } from 'zod';
import { parseIsoDate, type IsoDate } from '../rules/index.ts';

// Validation messages are read by the people who edit the knowledge: in French.
z.config(z.locales.fr());

/** `YYYY-MM-DD`, a real calendar date. YAML may give a Date object for unquoted dates: refused, dates are quoted. */
export const IsoDateSchema = z
  .string({ error: 'une date entre guillemets au format AAAA-MM-JJ est attendue' })
  .refine((s) => parseIsoDate(s) !== null, { message: 'date invalide (format AAAA-MM-JJ attendu)' })
  .transform((s) => s as IsoDate);

export const AcademicYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{4}$/, 'année universitaire au format AAAA/AAAA attendue')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, { message: "la seconde année doit suivre la première (ex. 2026/2027)" });

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets');

/** Where a fact comes from: a document of documents.yaml and a place in it (section, table, footnote, article). */
export const SourceSchema = z
  .object({
    doc: Id,
    ref: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict();

export const RoleSchema = z.enum(['student', 'hr', 'tutor', 'staff']);

/** A question a user would ask, with the facts (substrings) the answer must contain. */
export const ExampleSchema = z
  .object({
    q: z.string().min(3),
    expect: z.array(z.string().min(1)).min(1),
    as: RoleSchema.optional(),
    /** The day the question is asked, for answers that depend on the academic year. */
    now: IsoDateSchema.optional(),
  })
  .strict();

/** Every entry: a stable id, its sources, and the questions it answers. */
const entry = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      id: Id,
      sources: z.array(SourceSchema).min(1, 'au moins une source'),
      examples: z.array(ExampleSchema).min(1, 'au moins un exemple'),
      ...shape,
    })
    .strict();

export const DocumentSchema = z
  .object({
    id: Id,
    title: z.string(),
    kind: z.enum(['seed', 'law', 'legal-update', 'official-site']),
    file: z.string().optional(),
    url: z.url().optional(),
    date: z.string().optional(),
  })
  .strict();

const Money = z.number().nonnegative().multipleOf(0.01, 'montant au centime près');
const Formation = Id;
const ContractFamily = z.enum(['apprenticeship', 'professionalisation', 'work-study-internship', 'internship', 'none']);

export const ProgramSchema = entry({
  name: z.string(),
  shortName: z.string(),
  institution: z.string(),
  certification: z
    .object({
      rncp: z.string().regex(/^RNCP\d+$/),
      title: z.string(),
      level: z.number().int().min(1).max(8).optional(),
      certifiers: z.array(z.string()).default([]),
      registeredUntil: IsoDateSchema.optional(),
      url: z.url().optional(),
      blocks: z.array(z.object({ code: z.string(), title: z.string() }).strict()),
    })
    .strict(),
  /** Routes to the certification (RNCP "voies d'accès"); absent = the documents do not say. */
  accessRoutes: z
    .object({
      studentStatus: z.boolean().optional(),
      apprenticeship: z.boolean().optional(),
      continuingEducation: z.boolean().optional(),
      professionalisation: z.boolean().optional(),
      individualApplication: z.boolean().optional(),
      vae: z.boolean().optional(),
    })
    .strict(),
  prerequisites: z.array(z.string()).default([]),
  prerequisitesEn: z.array(z.string()).optional(),
  jobs: z.array(z.string()).default([]),
  formations: z
    .array(
      z
        .object({
          id: Formation,
          label: z.string(),
          aliases: z.array(z.string()).default([]),
          workStudy: z.enum(['optional', 'mandatory', 'no']),
          site: z.string().optional(),
          trainingHours: z.number().int().positive().optional(),
          teachingHours: z.number().int().positive().optional(),
          apprenticeContractYear: z.number().int().min(1).max(4).optional(),
          tracks: z.array(z.object({ id: Id, label: z.string(), aliases: z.array(z.string()).default([]) }).strict()).default([]),
        })
        .strict(),
    )
    .default([]),
  sites: z
    .array(z.object({ id: Id, label: z.string(), city: z.string(), address: z.string().optional(), aliases: z.array(z.string()).default([]) }).strict())
    .default([]),
  website: z.url().optional(),
});

export const ContactSchema = entry({
  /** The staff or service function, shared by people who hold it in different years. */
  function: Id,
  title: z.string(),
  titleEn: z.string().optional(),
  name: z.string().optional(),
  organisation: z.string(),
  email: z.email().optional(),
  phone: z.string().regex(/^0\d(\.\d\d){4}$/, 'téléphone au format 04.91.14.08.70').optional(),
  web: z.url().optional(),
  formations: z.array(Formation).default([]),
  sites: z.array(Id).default([]),
  contractFamilies: z.array(ContractFamily).default([]),
  /** Academic years the role is held, inclusive; absent = no known end. */
  fromYear: AcademicYearSchema.optional(),
  toYear: AcademicYearSchema.optional(),
  /**
   * Recruitments for `fromYear` already go to this holder during the year before, while the
   * previous holder still holds that year (the M2 description: « y compris les recrutements
   * réalisés au printemps 2026 »).
   */
  recruitsAhead: z.boolean().default(false),
  note: z.string().optional(),
  noteEn: z.string().optional(),
});

export const RoutingSchema = entry({
  need: z.string(),
  needEn: z.string().optional(),
  asker: z.enum(['alternant', 'professionnel', 'tous']),
  /** What to do: contact these functions (in order when `ordered`), or nobody, because someone else does it. */
  contacts: z
    .array(
      z
        .object({
          function: Id,
          contractFamilies: z.array(ContractFamily).default([]),
          note: z.string().optional(),
          noteEn: z.string().optional(),
        })
        .strict(),
    )
    .default([]),
  ordered: z.boolean().default(false),
  nobody: z.string().optional(),
  nobodyEn: z.string().optional(),
  /**
   * A question of the domain the documents do not answer (« combien de jours de congés payés ? »): what
   * they do not say, and the people to ask (`contacts`). The reply says so: « not in the documents ».
   */
  notInDocuments: z.string().optional(),
  notInDocumentsEn: z.string().optional(),
  /** Deadlines (deadlines.yaml ids) the answer states. */
  deadlines: z.array(Id).default([]),
  keywords: z.array(z.string()).default([]),
});

export const CohortSchema = entry({
  program: Id,
  formation: Formation,
  academicYear: AcademicYearSchema,
  label: z.string(),
  ddf: IsoDateSchema.optional(),
  dff: IsoDateSchema.optional(),
  contractYears: z.number().int().min(1).max(3),
  /** When contracts for this formation follow another cohort (M1 in work-study signs for the two-year Master). */
  contractCohort: Id.optional(),
  note: z.string().optional(),
});

export const ContractTypeSchema = entry({
  code: z.string().regex(/^(FI|FC)-[A-Z]+$/),
  status: z.enum(['FI', 'FC']),
  family: ContractFamily,
  workStudy: z.boolean(),
  label: z.string(),
  labelEn: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  signedWith: z.string().optional(),
  exceptional: z.boolean().default(false),
  description: z.string(),
  descriptionEn: z.string().optional(),
});

export const ContractDateRuleSchema = entry({
  family: z.enum(['apprenticeship', 'professionalisation', 'work-study-internship']),
  ddcFromMonths: z.number().int(),
  ddcToMonths: z.number().int(),
  dfcFromMonths: z.number().int().nullable(),
  dfcToMonths: z.number().int(),
  minDurationMonths: z.number().int().positive().optional(),
  maxDurationMonths: z.number().int().positive().optional(),
  /** Whether the window is an article of the Code or a rule of the programme / practice. */
  basis: z.string(),
  basisEn: z.string().optional(),
  commonConditions: z.array(z.string()),
  commonConditionsEn: z.array(z.string()).optional(),
});

export const SmicSchema = entry({
  validFrom: IsoDateSchema,
  hourly: Money,
  monthly: Money,
  legalText: z.string(),
});

const PayBandSchema = z
  .object({
    minAge: z.number().int().min(0),
    maxAge: z.number().int().optional(),
    rate: z.number().positive().max(100),
    smcShare: z.number().positive().max(100).optional(),
    label: z.string(),
    labelEn: z.string().optional(),
  })
  .strict();

export const ApprenticeGridSchema = entry({
  contractYear: z.number().int().min(1).max(4),
  formations: z.array(Formation).default([]),
  label: z.string(),
  labelEn: z.string().optional(),
  bands: z.array(PayBandSchema).min(1),
});

export const ProfessionalisationGridSchema = entry({
  qualification: z.enum(['below-bac-pro', 'bac-pro-or-higher']),
  label: z.string(),
  labelEn: z.string().optional(),
  bands: z.array(PayBandSchema).min(1),
});

export const GratificationSchema = entry({
  year: z.number().int().min(2000),
  hourly: Money,
  ceilingHourly: Money,
  ceilingMonthly: Money.optional(),
  legalText: z.string(),
});

export const DeadlineSchema = entry({
  label: z.string(),
  labelEn: z.string().optional(),
  days: z.number().int().positive(),
  kind: z.enum(['ouvrables', 'ouvres']),
  direction: z.enum(['after', 'before']),
  event: z.string(),
  eventEn: z.string().optional(),
  actor: z.string(),
  actorEn: z.string().optional(),
  consequence: z.string().optional(),
  consequenceEn: z.string().optional(),
  /** Who must meet this deadline: « alternant » or « professionnel » (company side); absent = anyone. */
  audience: z.enum(['alternant', 'professionnel']).optional(),
  /** The other side's deadline for the same event (student → company for a sick note), by id. */
  counterpart: Id.optional(),
  /** The command that does what the deadline is about, shown to those who must meet it. */
  command: z.string().regex(/^\/[a-z-]+$/).optional(),
  /**
   * A second constraint on the same event, in calendar days: the action must be done (approved)
   * at least this many days before it (mission validation: the contract starts at least a week
   * after the validation, table 5), on top of `days` working days.
   */
  alsoDaysBefore: z.object({ days: z.number().int().positive(), reason: z.string() }).strict().optional(),
  /** Functions (contacts.yaml) the thing is sent to (« au responsable de l'alternance ET au secrétariat »): named in the reply. */
  sendTo: z.array(Id).default([]),
  keywords: z.array(z.string()).default([]),
});

export const YesNoSchema = z
  .object({
    q: z.string().min(5),
    answer: z.enum(['oui', 'non']),
    because: z.string().min(5),
    becauseEn: z.string().min(5).optional(),
  })
  .strict();

export const TopicSchema = entry({
  title: z.string(),
  /** English text shown to English questions; each `…En` field sits beside the French it translates. */
  titleEn: z.string().optional(),
  answer: z.string().min(10),
  answerEn: z.string().optional(),
  keywords: z.array(z.string()).default([]),
  /** When the guide is outdated on this point, what it said (the answer gives the current rule). */
  guideOutdated: z.string().optional(),
  guideOutdatedEn: z.string().optional(),
  audience: z.array(RoleSchema).optional(),
  /**
   * Yes/no questions this topic answers, with the verdict and its reason in the documents' words:
   * a yes/no question close to one of them gets « Oui : … » or « Non : … » first.
   */
  yesNo: z.array(YesNoSchema).default([]),
  /**
   * More yes/no questions, for their verdicts only: their words do not find the entry. (Hundreds of
   * them, each with a few words of its own, would make every entry answer to nearly anything.)
   */
  moreYesNo: z.array(YesNoSchema).default([]),
  /**
   * Details the answer differs by (« Redoublement »: the year repeated): asked without them, the whole
   * answer is shown and the detail asked back, so that the next message (« M1 ») gets the one that applies.
   */
  dependsOn: z.array(z.enum(['formation', 'contract'])).default([]),
});

export const GlossarySchema = entry({
  term: z.string(),
  meaning: z.string(),
  meaningEn: z.string().optional(),
  aliases: z.array(z.string()).default([]),
});

/** A knowledge file: its kind says the shape of its entries. */
// ---- The lexicon (knowledge/lexicon.yaml): the language people type, as data.
const FoldedWord = z.string().regex(/^[a-z0-9@.\/+'-]+$/, 'un mot en minuscules sans accents (lettres, chiffres, - \' . / @ +)');
const FoldedPhrase = z.string().regex(/^[a-z0-9' -]+$/, 'des mots en minuscules sans accents, séparés par des espaces');
export const LexiconSchema = z
  .object({
    kind: z.literal('lexicon'),
    phrases: z.array(z.object({ means: z.union([FoldedPhrase, z.literal('')]), said: z.array(FoldedPhrase).min(1) }).strict()),
    fillers: z.array(FoldedWord),
    typos: z.record(FoldedWord, FoldedPhrase),
    synonyms: z.record(FoldedWord, FoldedWord),
    slotWords: z.array(FoldedWord),
    /** Words that say what is asked about a subject (« interdit », « obligatoire »): they weigh less in finding the entry. */
    predicateWords: z.array(FoldedWord).default([]),
    domainWords: z.array(FoldedWord).min(1),
    /** Words naming the programme itself, its bodies and tools (« miage », « cfa »): a question with one is about it, whatever else it says. */
    ownWords: z.array(FoldedWord).default([]),
    /** Adverbs that may sit inside a phrase (« paie directement la formation »): phrases are read without them, each kept as a word of its own. */
    insideAdverbs: z.array(FoldedWord).default([]),
    /** Schools that are not the programme's (« Sorbonne »): a question about them is out of scope. */
    elsewhereWords: z.array(FoldedWord).default([]),
    /** Countries: a question about what happens there (« en Belgique », « in Germany ») is out of scope; a student from there is not. */
    elsewhereCountries: z.array(FoldedWord).default([]),
    /** Cities the programme is not in (« la MIAGE de Nice », « un job à Lyon »): a question about what happens there is out of scope. */
    elsewhereCities: z.array(FoldedWord).default([]),
    /** Subjects the documents never treat though they share their words (« salaire moyen », « average salary »): out of scope. */
    elsewherePhrases: z.array(FoldedPhrase).default([]),
    /** Statuses that are not work-study (« un salarié en CDI », « un job d'été »): out of scope when no work-study word is said. */
    otherStatusWords: z.array(FoldedWord).default([]),
    /** Words that say work-study or the programme (« alternant », « apprentissage », « M2 »): they keep a question naming another status in scope. */
    workStudyWords: z.array(FoldedWord).default([]),
    greetings: z.array(FoldedWord).min(1),
    thanks: z.array(FoldedWord).min(1),
    /** Words of leave-taking (« bonne journée », « à plus », « bye »): a message of them alone gets a short goodbye. */
    farewells: z.array(FoldedWord).default([]),
    /** Words that take note (« ok », « cool », « parfait »): a message of them alone gets a short acknowledgement. */
    acknowledgements: z.array(FoldedWord).default([]),
    polite: z.array(FoldedWord),
    englishPolite: z.array(FoldedWord),
    /**
     * Words whose swap turns a yes into a no (« même » / « autre » entreprise): a verdict needs the
     * same side. An empty second side means « without the first » (« sans alternance » / « en alternance »).
     */
    opposites: z.array(z.tuple([z.array(FoldedWord).min(1), z.array(FoldedWord)])).default([]),
  })
  .strict();

export const KnowledgeFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('documents'), entries: z.array(DocumentSchema).min(1) }).strict(),
  z.object({ kind: z.literal('program'), entries: z.array(ProgramSchema).min(1) }).strict(),
  z.object({ kind: z.literal('contacts'), program: Id, entries: z.array(ContactSchema).min(1) }).strict(),
  z.object({ kind: z.literal('routing'), program: Id, entries: z.array(RoutingSchema).min(1) }).strict(),
  z.object({ kind: z.literal('cohorts'), entries: z.array(CohortSchema).min(1) }).strict(),
  z.object({ kind: z.literal('contract-types'), program: Id, entries: z.array(ContractTypeSchema).min(1) }).strict(),
  z.object({ kind: z.literal('contract-date-rules'), program: Id, entries: z.array(ContractDateRuleSchema).min(1) }).strict(),
  z.object({ kind: z.literal('smic'), knownUntil: IsoDateSchema, entries: z.array(SmicSchema).min(1) }).strict(),
  z.object({ kind: z.literal('apprentice-pay-grid'), increasePoints: z.number().positive(), entries: z.array(ApprenticeGridSchema).min(1) }).strict(),
  z.object({ kind: z.literal('professionalisation-pay-grid'), entries: z.array(ProfessionalisationGridSchema).min(1) }).strict(),
  z
    .object({
      kind: z.literal('gratification'),
      thresholdDays: z.number().int().positive(),
      thresholdHours: z.number().int().positive(),
      entries: z.array(GratificationSchema).min(1),
    })
    .strict(),
  z.object({ kind: z.literal('deadlines'), program: Id, entries: z.array(DeadlineSchema).min(1) }).strict(),
  z.object({ kind: z.literal('topics'), program: Id.optional(), entries: z.array(TopicSchema).min(1) }).strict(),
  z.object({ kind: z.literal('glossary'), program: Id, entries: z.array(GlossarySchema).min(1) }).strict(),
  LexiconSchema,
]);

export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>;
export type Lexicon = Omit<z.infer<typeof LexiconSchema>, 'kind'>;
export type Source = z.infer<typeof SourceSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type DocumentEntry = z.infer<typeof DocumentSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type Contact = z.infer<typeof ContactSchema> & { program: string };
export type Routing = z.infer<typeof RoutingSchema> & { program: string };
export type CohortEntry = z.infer<typeof CohortSchema>;
export type ContractType = z.infer<typeof ContractTypeSchema> & { program: string };
export type ContractDateRuleEntry = z.infer<typeof ContractDateRuleSchema> & { program: string };
export type SmicEntry = z.infer<typeof SmicSchema>;
export type ApprenticeGridEntry = z.infer<typeof ApprenticeGridSchema>;
export type ProfessionalisationGridEntry = z.infer<typeof ProfessionalisationGridSchema>;
export type GratificationEntry = z.infer<typeof GratificationSchema>;
export type DeadlineEntry = z.infer<typeof DeadlineSchema> & { program: string };
export type Topic = z.infer<typeof TopicSchema> & { program?: string };
export type GlossaryEntry = z.infer<typeof GlossarySchema> & { program: string };
