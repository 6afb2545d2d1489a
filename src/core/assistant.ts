import { academicYearOf, citeSource, dateRuleFor, holdersOf, type Contact, type ContractDateRuleEntry, type ContractType, type DeadlineEntry, type GlossaryEntry, type Knowledge, type Program, type Role, type Routing, type Topic } from '../knowledge/index.ts';
import { eventDateProblem, formatFrenchDate, Money, MONTHS, parisDateOf, PayInputError, smcProblem, smicOn, type IsoDate } from '../rules/index.ts';
import { contactLine, contactReply, holdersFor, routingReply, withSendTo } from './answers/contact.ts';
import { contractDatesReply, dateRuleReply, FAMILY_LABEL, FAMILY_LABEL_EN, trainingDatesReply } from './answers/contract-dates.ts';
import { contractTypeReply, deadlineReply, FRENCH_SOURCES_NOTE, glossaryReply, onTimeAsked, programReply, topicReply } from './answers/facts.ts';
import { apprenticeAgeVerdict, formationLabel, gratificationOwedVerdict, minimumPayReply, smicReply } from './answers/minimum-pay.ts';
import { familyAllowanceVerdict, incomeTaxVerdict, netPayAsked, netPayVerdict, withNextChangeLine, withPayVerdict, withRateFromMonthVerdict, withRateVerdict, withSmcBaseVerdict, withSmicComparisonVerdict } from './answers/pay-verdicts.ts';
import { ArgumentError, isPreviousRate, MAX_INCREASES, parseContractDatesArgs, parseMinimumPayArgs } from './commands.ts';
import { askerOf, cite, colon, makeContext, tr, type AnswerContext } from './context.ts';
import { extractEntities, familiesNamed, sitesNamed, UNIT_WORDS, withoutSlots, withoutIntroduction, withoutStatedDates, type Entities } from './entities.ts';
import { CONVERSATION_TTL_MS, hasSlots, MemoryConversationStore, mergeEntities, type ConversationState, type ConversationStore, type UnansweredEntry } from './conversation.ts';
import { buildMatcher, type Candidate, type Target } from './matcher.ts';
import { createLanguage } from './language.ts';
import { asksForAProblem, isNegated, isYesNoQuestion } from './question-kind.ts';
import { figuresVerdict } from './answers/figures-verdict.ts';
import { withSecondYearRateDate } from './answers/second-year-rate.ts';
import { withIncreaseWorkedOut } from './answers/increase-verdict.ts';
import { askedWeeklyShare, maximumShare } from './share-verdict.ts';
import { claimed, statedValueVerdict } from './stated-value-verdict.ts';
import { deadlineCountSaid, deadlineCountVerdict } from './deadline-count-verdict.ts';
import { monthAskedIn, monthFirstIn, monthInWindow } from './contract-month-verdict.ts';
import { askedDetail, DETAIL_WORDS, givesDetail, sentencesOf, withoutContactDetailWords, type AskedDetail } from './asked-detail.ts';
import { analysedPart, fold, MAX_ANALYSED_CHARS } from './normalize.ts';
import { describeError, jsonLogger, type Logger } from '../logging/index.ts';
import { bodyText, renderPlainText, reply, saidText, type IncomingMessage, type Reply } from './reply.ts';
import { demandesCommand, formReply, parseInlineValues, submitForm, actorOf } from './requests-commands.ts';
import { cleanUserText, FORMS, type RequestService, type RequestType } from '../requests/index.ts';
import { boundVerdict } from './bound-verdict.ts';
import { countsIn, figuresIn, modalOf, sameFigures } from './known-question-compare.ts';
import { ABOUT_THE_BOT, AMOUNT_ASKED, ASK_SOMEONE, BECOMING, DATE_AS_BOUND, SAME_ASKED, BOTH_REFERRED, ENGLISH_POINTING_BACK, BIRTHDAY_CHANGE_ASKED, CLOCK_TIME_ASKED, COMPARED_TO_SMIC, CONDITION, CONTRACT_ASKED, CONTRACT_DATES_CUE, COST_CUE, COUNT_ASKED, ENGLISH_PLEASE, EXTENSION_CUE, FAMILIES_COMPARED, FOLLOW_UP_START, FRENCH_PLEASE, HELP_ONLY, HOW_CUE, HOW_LONG_ASKED, HOW_LONG_CUE, HOW_LONG_SAID, HOW_MUCH, HOW_TO_CONTACT, CASE_STATED, DATE_BOUND_ASKED, EVEN_IF, IN_COMPANY, INVERTED_PRONOUN, MEANING_CUE, MINIMUM_ASKED, MISSION_VALIDATED, MONTHS_BEFORE_OR_AFTER, NAME_ASKED, NET_CUE, NEXT_STEPS, NOT_GIVEN, NOT_SALARY, OBJECT_PRONOUN, ORDINALS, OWN_WORK_STUDY, ORDINAL_PICK, OWN_PAY_ASKED, PAY_CHECK_WORDS, PAY_CUE, PAY_TOPIC, PERSONAL_PAY, POSSESSIVE, QUESTION_WORD, RATE_WORD_ASKED, RENTREE_AS_TIME, REFERS_BACK, ROLE_ASKED, SALARY_WORD, SAME_SUBJECT_START, SECOND_YEAR_RATE_ASKED, SLOT_ASKED, SMIC_VALUE_ASKED, START_SIDE, END_SIDE, STATEMENT_START, TRAINING_DATES_CUE, TRAINING_END_SAID, TRAINING_START_SAID, WANT_CUE, WHAT_IS, WHEN_CUE, WHO_CUE, WORK_STUDY } from './cues.ts';

/** Confidence thresholds on the matcher's score (0–1), tuned on the labelled questions in test/. */
export const ANSWER_SCORE = 0.62;
export const CLARIFY_SCORE = 0.42;
/** Close readings, the first at least this good: it is answered, the others offered, rather than a menu alone. */
const OFFER_SCORE = 0.55;
/** Formations as the matcher's terms (entities give them in the same form). */
const FORMATION_TERMS = ['l3i', 'm1', 'm2'];
/** Each half of a two-need question must reach this score (it covers only part of the question). */
const TWO_NEEDS_SCORE = 0.25;
/** Two candidates closer than this are both plausible: ask rather than pick. */
const AMBIGUITY_MARGIN = 0.05;

const ROLE_FAMILIES = [/\b(responsable|head|manager|coordinat\w*)\b/, /\b(directeur|directrice|direction|director|head)\b/, /\b(secretaire|secretariat|secretary)\b/, /\b(tuteur|tutrice|tutor)\b/, /\b(president|presidente)\b/];
/** A word said by this many entries at most names one thing (an acronym, a code). */
const RARE_ENTRIES = 3;
// A code's name (« DDF ») said by this many entries at most: the code, not a word of the subject.
const CODE_ENTRIES = 8;
// Entries whose answer is computed from the question's details (dates, pay): found by the words, answered by the rules.
const COMPUTED_KINDS: ReadonlySet<string> = new Set(['contract-date-rules', 'apprentice-pay-grid', 'professionalisation-pay-grid', 'smic', 'gratification']);
// How near an entry that depends on the formation must be to one about a single formation to be preferred.
const GENERAL_MARGIN = 0.06;
/** Verbs that only say what a date is (« signé en juin 2025 »), as terms: with a date, a detail. */
const DATE_VERB_TERMS = new Set(['sign', 'commenc', 'demarr', 'debut', 'termin', 'fin', 'started', 'signed']);
/** A yes/no question goes to an entry that knows it when that entry is within this of the best. */
const VERDICT_MARGIN = 0.1;
/** Above this, a near-tie does not matter: both entries answer the question. */
const SURE_SCORE = 0.85;
/** How close a pay-rule entry must be for a yes/no question on it to be answered by it rather than computed. */
const RULE_ASKED_SCORE = 0.75;
/** How much less close another entry may be, to answer with the detail asked that the closest one does not give. */
const DETAIL_ELSEWHERE_MARGIN = 0.1;
/** The programme the assistant is for: other programmes' sheets (Icam, Ionis-STM, Polytech) answer only when named or without a MIAGE formation. */
const OWN_PROGRAM = 'miage-amu';
/** How much closer another programme's sheet must be, when none is named, to answer a question (the MIAGE's by default). */
const OTHER_PROGRAMME_PENALTY = 0.15;
// Functions a guide topic may name, as said in its text (folded), and the contacts' function holding them.
const FUNCTIONS_NAMED: Array<[RegExp, string]> = [
  [/\bresponsable (de l )?alternance\b|\bwork-study manager\b/, 'responsable-alternance'],
  [/\bdirection de la miage\b|\bmiage s direction\b|\bmiage management\b/, 'direction'],
  [/\bcfa\b/, 'cfa'],
  [/\bsfca\b/, 'sfca'],
  [/\bpersonnel charge des stages\b|\bsecretariat des stages\b/, 'secretariat-stages'],
  [/\bsecretariat pedagogique\b|\bteaching office\b/, 'secretariat-pedagogique'],
];
/** Terms (stemmed) of taking someone on: « prendre », « embaucher », « recruter », « accepter », « hire ». */
const HIRING_TERMS = new Set(['prendr', 'embauch', 'recrut', 'accept', 'hir']);

export interface AssistantOptions {
  /** The sick-leave and absence workflow; absent, the request commands say they are unavailable. */
  requests?: RequestService;
  /** Where unexpected errors are reported (JSON lines on standard error by default). */
  logger?: Logger;
  /** Where each conversation's last question is kept (in memory by default). */
  conversations?: ConversationStore;
  /** Where unanswered questions (fallbacks, clarifications) are recorded for the team; none: not recorded. */
  questionLog?: { record(entry: UnansweredEntry): void };
}


/** The assistant: one function from a message to a reply, the same for every door. */
export function createAssistant(knowledge: Knowledge, options: AssistantOptions = {}) {
  // Staff names place a question in the domain (« le téléphone de M. Caussanel ? »).
  const language = createLanguage(knowledge.lexicon, knowledge.contacts.map((c) => c.name ?? ''));
  const words = language.words;
  const isSlotWord = language.isSlotTerm;
  const matcher = buildMatcher(knowledge, language);
  // The contract an entry is about, when its title names one (« Congés pour révisions en contrat de professionnalisation »).
  // (A title naming two contracts, « Apprentissage ou contrat de professionnalisation ? », is about none in particular.)
  const familyOf = new Map(matcher.targets.map((t) => [t.id, familiesNamed(fold(t.title)).size >= 2 ? undefined : extractEntities(language, t.title, parisDateOf(new Date())).family]));
  // The words of pay itself, as terms: they say a computation may be wanted, not which subject.
  const detailTerms = new Set(language.terms(DETAIL_WORDS));
  // « qui enseigne … ? », « c'est qui le référent handicap ? », « who teaches … ? »: a named person asked, whom a guide topic
  // (a course, a service) may not name — not who takes part in something (« who sits on the board? »), which roles answer.
  const TEACHER_ASKED = /\b(qui enseigne|qui donne|qui fait cours|prof|profs|professeur|professeurs|enseignant|enseignante|enseignants|intervenant|intervenante|referent|referente|who teaches|teacher|lecturer|instructor)\b/;
  // The details of a person or an office, asked of whoever was just named.
  const CONTACT_DETAILS: ReadonlySet<AskedDetail> = new Set(['phone', 'email', 'address', 'link']);
  // Words of an entry's title that make it about places (« Sites de formation », « Où a lieu le M2 »).
  const placeTerms = language.terms('site sites lieu');
  // What a « where is it? » question says besides its formation and place (« la L3I en alternance, ça se passe à Aix ? »).
  const whereTerms = new Set(language.terms('site sites lieu alternance formation cours passe trouve fait déroule situé située'));
  // Terms that ask an aspect of a subject (who, how long, where, to send), not a subject of their own.
  const aspectTerms = new Set(language.terms('contacter délai durée lieu envoyer'));
  // What « mon contrat va durer combien de temps ? » says besides « how long ».
  const contractLengthTerms = new Set(language.terms('contrat contract durer dure durée temps combien long last va'));
  // What « la formation commence quand ? » says besides « when »: no subject of its own.
  const trainingWhenTerms = new Set(language.terms('formation cours année commencer commence débuter débute démarrer démarre finir finit terminer termine rentrée début fin start end starts ends begin begins training course year'));
  // The months' names, as terms: a month said is a date, not a subject (« SMIC en janvier ? »).
  const monthTerms = new Set(language.terms([...MONTHS.keys()].join(' ')));
  const payTerms = new Set(language.terms('salaire smic smc brut net paie paye payé gratification rémunération taux pourcentage combien minimum minimal minimale legal'));
  // Staff surnames (« CAUSSANEL » in « M. Jean CAUSSANEL »), folded, with the name to show: a person stated in a question.
  const staffSurnames = new Map(knowledge.contacts.flatMap((c) => (c.name ?? '').split(/\s+/).filter((w) => w.length >= 3 && w === w.toUpperCase() && /\p{L}/u.test(w)).map((w) => [fold(w), c.name!] as const)));
  // Words that check an amount (« c'est normal ? », « c'est ok ? »), not another subject.
  const checkTerms = new Set(language.terms(PAY_CHECK_WORDS.join(' ')));
  // The guide's sections behind each request flow, cited in the receipts.
  const requestSources = (type: RequestType): string[] => {
    const id = type === 'sick-leave' ? 'delai-arret-entreprise' : type === 'absence-professional' ? 'delai-absence-professionnelle' : 'absence-autre-raison';
    const entry = knowledge.entries.get(id);
    return entry ? entry.sources.map((s) => citeSource(knowledge, s)) : [];
  };

  function context(message: IncomingMessage, text: string): AnswerContext {
    const entities = extractEntities(language, text, parisDateOf(message.now));
    // A configured role wins; a plain student account speaking as a company ("notre alternant") is read as such.
    const role: Role = message.user.role === 'student' && entities.role && entities.role !== 'student' ? entities.role : message.user.role;
    return makeContext(knowledge, matcher, parisDateOf(message.now), role, entities, text);
  }

  const logger = options.logger ?? jsonLogger();
  const conversations = options.conversations ?? new MemoryConversationStore();

  /**
   * Never throws: an expected problem (a rule's refusal) becomes a reply saying what is known, an
   * unexpected one a short French apology and a log line with the message's context.
   */
  async function handle(message: IncomingMessage): Promise<Reply> {
    try {
      return withCutNote(message, await dispatch(message));
    } catch (error) {
      if (error instanceof PayInputError) return reply('error', 'Calcul impossible', { blocks: [error.message], data: { code: error.code } });
      const typedCommand = /^\s*\/([\p{L}-]{1,40})/u.exec(message.text ?? '')?.[1];
      logger.error('assistant.handle', { ...describeError(error), kind: message.formSubmission ? 'form' : message.command || typedCommand ? 'command' : 'text', command: message.command?.name.slice(0, 40) ?? typedCommand, formId: message.formSubmission?.formId, textLength: message.text?.length, channel: message.channel.kind, role: message.user.role });
      return reply('error', 'Désolé, une erreur inattendue', {
        blocks: ["Je n'ai pas pu traiter ce message à cause d'une erreur de mon côté. Rien n'a été perdu de ce qui était déjà enregistré. Réessayez dans un instant ; si cela recommence, écrivez au responsable de l'alternance."],
        visibility: 'private',
        data: { unexpected: true },
      });
    }
  }

  /** A message longer than what is analysed: say that only its beginning was read. */
  function withCutNote(message: IncomingMessage, r: Reply): Reply {
    const text = message.text ?? message.command?.args ?? '';
    if (text.length <= MAX_ANALYSED_CHARS) return r;
    return { ...r, notes: [...r.notes, `Message très long : seuls ses ${MAX_ANALYSED_CHARS} premiers caractères ont été lus.`] };
  }

  async function dispatch(message: IncomingMessage): Promise<Reply> {
    if (message.formSubmission) return submitForm(options.requests, message, message.formSubmission, requestSources);
    if (message.command) return command(message, message.command.name.slice(0, 60), analysedPart(message.command.args));
    const text = analysedPart(message.text ?? '').trim();
    if (text.startsWith('/')) {
      const [name = '', ...rest] = text.slice(1).split(/\s+/);
      return command(message, name, rest.join(' '));
    }
    return inLanguage(await converse(message, text));
  }

  /**
   * Free text read against the conversation's last question: a picked option, a follow-up that
   * completes or changes it, or a new question. The state is saved after each reply.
   */
  async function converse(message: IncomingMessage, said: string): Promise<Reply> {
    const text = withoutCourtesyOpening(said);
    const ctx = context(message, text);
    const id = message.conversation;
    const state = id ? await conversations.get(id, message.now) : undefined;
    const followUp = state ? readFollowUp(ctx, text, state) : undefined;
    let asked: FollowUp = followUp ? { ...followUp, ctx: { ...followUp.ctx, question: followUp.text, typed: text } } : { ctx, text };
    // An entry chosen by the follow-up (« et en M1 ? », an offered reading) answers the last question as asked: with its Oui/Non.
    const chosen = asked.targetId ? matcher.targets.find((t) => t.id === asked.targetId) : undefined;
    let r = chosen ? withYesNo(asked.ctx, words(asked.text).join(' '), asked.text, chosen, targetReply(asked.ctx, chosen)) : freeText(asked.ctx, asked.text, asked.exclude, asked.keep);
    if (asked.evenIf && r.data.yesNo !== undefined) r = { ...r, title: r.title.replace(/^(Oui|Non|Yes|No)( ?: )/, (_, word: string, colon: string) => `${word}${colon}${tr(asked.ctx, 'les documents ne font pas d\'exception pour ce cas — ', 'the documents make no exception for that case — ')}`) };
    // (A contact detail asked of the entry chosen, « leur numéro ? », that it does not give: said so, with what it does give.)
    const detailAsked = chosen ? askedDetail(words(text).join(' ')) : undefined;
    if (detailAsked && CONTACT_DETAILS.has(detailAsked) && !givesDetailAsked(asked.ctx, detailAsked, asked.text, r)) r = fallbackReply(asked.ctx, [], { detail: detailAsked, known: r });
    // The next thing asked found nowhere else (« et je dois faire la demande comment ? » after a rule whose answer says
    // how): the last answer again, rather than a list of unrelated subjects.
    // (A word of its own that the last answer does not say, « and how many students are there? » after the pass rate,
    // asks something else: the message alone, if it finds an answer.)
    // (An answer from a weak reading, with others offered, is no better than a menu here.)
    const unsure = r.kind === 'answer' && Array.isArray(r.data.options);
    if (asked.exclude && (r.kind === 'clarify' || r.kind === 'fallback' || unsure)) {
      const last = matcher.targets.find((t) => t.id === asked.exclude);
      // (« et si … ? » states a case of the same subject; a contact's detail, « and its phone number? », is the same person's.)
      const ownWords = CASE_STATED.test(words(text).join(' ')) ? [] : matcher.queryTerms(text).filter((t) => !isSlotWord(t) && !detailTerms.has(t) && !(last && (last.vocabulary.has(t) || last.body.has(t))));
      const again = ownWords.length === 0 ? freeText(asked.ctx, asked.text) : freeText({ ...asked.ctx, question: text }, text);
      if (ownWords.length === 0 ? again.data.entryId === asked.exclude : again.kind === 'answer') r = again;
    }
    // Incomplete alone (« valable jusqu'à quand ? », « mon patron me paie 1 300 €, c'est ok ? »):
    // read with the last question, it completes it, rather than « je ne sais pas ».
    // Also when it has an answer alone but is short and, read with the last question, continues its
    // subject (« l'adresse exacte ? » after « le M2 c'est où ? ») or completes its computation (« 7 h par jour et 20 jours ? »).
    const e = ctx.entities;
    const details = Boolean(e.paid || e.presence || e.age !== undefined || e.birthDate || e.smc !== undefined);
    const short = matcher.queryTerms(text).length <= 3;
    // Read again only when that reading may be kept: nothing understood alone, or details, or a short message.
    // A yes/no question answered without its Oui/Non may get it from the last question's words
    // (« je peux signer un contrat pro derrière ? » after breaking an apprenticeship).
    const verdictMissing = r.kind === 'answer' && r.data.yesNo === undefined && typeof r.data.entryId === 'string' && isYesNoQuestion(text, words(text).join(' '));
    if (!followUp && state && (r.kind === 'fallback' || r.kind === 'clarify' || unsure || details || short || verdictMissing)) {
      const entities = mergeEntities(state.entities, e);
      const retried = { ctx: { ...ctx, entities, lang: state.lang, question: continued(state.text, text), typed: text }, text: continued(state.text, text) };
      const again = freeText(retried.ctx, retried.text);
      // A question complete in itself (two of its words sure of one entry: « au fait, le téléphone du CFA ? ») starts afresh.
      const alone = matcher.search(text, () => true, 1)[0];
      // (Not on « qui » and details alone — « je contacte qui ? je suis en apprentissage »: no subject of its own.)
      const ownSubject = matcher.queryTerms(text).some((t) => !isSlotWord(t) && !aspectTerms.has(t));
      const selfSufficient = alone !== undefined && alone.matched >= 2 && alone.score >= SURE_SCORE && ownSubject;
      // (Nor is a person asked and found alone — « c'est qui la direction ? » — traded for the last topic again.)
      const personOf = (x: Reply) => { const t = matcher.targets.find((y) => y.id === x.data.entryId); return t?.kind === 'contacts' || t?.kind === 'routing'; };
      const personFound = WHO_CUE.test(words(text).join(' ')) && personOf(r) && !personOf(again) && ownSubject;
      // Only an aspect asked, no subject nor detail (« on a combien de temps ? », « je contacte qui ? », « c'est où ? »): the last subject's.
      // (« et c'est où, le M2 ? » names what it asks about.)
      // (« combien de temps » is a delay; « quel temps fait-il ? » is the weather.)
      const said = matcher.queryTerms(words(text).join(' ').replace(HOW_LONG_ASKED, ' delai '));
      const aspectOnly = said.length > 0 && said.every((t) => aspectTerms.has(t)) && again.kind === 'answer' && typeof again.data.entryId === 'string';
      const continues = !selfSufficient && !personFound && ((details && again.kind === 'computation') || (short && again.data.entryId !== undefined && again.data.entryId === state.answeredId));
      if (aspectOnly || ((r.kind === 'fallback' || r.kind === 'clarify' || unsure || continues) && completes(ctx, text, r, again, state.answeredId))) {
        asked = retried;
        r = again;
      } else if (verdictMissing) {
        // The same entry, its Oui/Non read with the last question's words.
        const target = matcher.targets.find((t) => t.id === r.data.entryId);
        const judged = target ? withYesNo(retried.ctx, words(retried.text).join(' '), retried.text, target, r) : r;
        if (judged.data.yesNo !== undefined) r = judged;
      }
    }
    r = withinLastProgram(asked.ctx, text, r, state?.answeredId);
    r = withStatedValueVerdict(asked.ctx, text, r);
    r = withBoundVerdict(asked.ctx, text, r);
    r = withSameAsBeforeVerdict(asked.ctx, text, r, state);
    // A message not understood leaves the last question in place: the next follow-up still reads against it.
    if (id && !(r.kind === 'fallback' && state)) {
      await conversations.set(id, {
        text: asked.text.slice(-600),
        entities: asked.ctx.entities,
        lang: asked.ctx.lang,
        // A question back's options, or the other readings offered beside an answer.
        options: r.kind === 'clarify' || r.actions.some((a) => a.id.startsWith('topic:')) ? r.actions.map((a) => ({ id: a.id, label: a.label })) : [],
        answeredId: typeof r.data.entryId === 'string' ? r.data.entryId : undefined,
        expiresAt: new Date(message.now.getTime() + CONVERSATION_TTL_MS).toISOString(),
      });
    }
    if (r.kind === 'fallback' || r.kind === 'clarify') recordUnanswered(message, text, r);
    return r;
  }

  /**
   * « ok tant pis. les cours du M2 c'est où ? », « merci ! et en contrat pro ? »: a first sentence of courtesy alone
   * (thanks, an acknowledgement) before a question — the question is what is read.
   */
  function withoutCourtesyOpening(text: string): string {
    const opening = /^([^.!?;:,\n]+)[.!?;:,\n]+\s*(\S[\s\S]*)$/.exec(text);
    return opening && language.politeness(words(opening[1]!).join(' ')) && !language.politeness(words(text).join(' ')) && /\p{L}/u.test(opening[2]!) ? opening[2]! : text;
  }

  /** How a message continues the last question (see readFollowUp). */
  interface FollowUp {
    ctx: AnswerContext;
    text: string;
    /** The entry that answers, chosen by the follow-up. */
    targetId?: string;
    /** The last answer's entry, left out: the next thing is asked. */
    exclude?: string;
    /** The last answer's entry, kept when another is as close: it is pointed back to. */
    keep?: string;
    /** « même si … ? »: the last verdict, said to hold in that case. */
    evenIf?: boolean;
  }

  /**
   * Whether the last question read with this message answers it: the message adds details to a
   * computation (an age, an amount paid) or words that the entry answered uses (« valable »
   * after « le numéro RNCP du M2 »). « Il fait beau à Aix ? » after a pay question adds neither.
   */
  function completes(ctx: AnswerContext, text: string, alone: Reply, merged: Reply, answeredId?: string): boolean {
    // (Nor does a subject the documents never treat: « quel temps fait-il à Marseille ? » after a delay.)
    if (merged.kind === 'fallback' || (merged.kind === 'clarify' && alone.kind === 'clarify') || outside(text)) return false;
    // Not understood alone, only details and question words (« la première c'est quand ? » after the
    // tutor's visits), and read with the last question the same entry: the next thing asked on that subject.
    // (Or no subject word at all, only a question: « je fais quoi ? », « c'est qui ? » after « je suis malade demain ».)
    const said = matcher.queryTerms(text);
    const subjectless = said.length === 0 ? /\?\s*$/.test(text) || QUESTION_WORD.test(words(text).join(' ')) : said.every(isSlotWord);
    if (alone.kind === 'fallback' && answeredId !== undefined && merged.data.entryId === answeredId && subjectless) return true;
    // An age, a formation, a contract or an amount only make sense here; a place or a date may not (« il fait beau à Aix ? »).
    const e = ctx.entities;
    if (e.paid || e.presence || e.age !== undefined || e.birthDate || e.formation || e.family || e.smc !== undefined || (hasSlots(e) && alone.data.inDomain !== false)) return true;
    // (A day or a month said after contract dates, « fin octobre 2027 c'est bon ? », is one to check against them.)
    if ((e.dates.length > 0 || e.period) && merged.kind === 'computation' && typeof merged.data.ddcMin === 'string') return true;
    const target = typeof merged.data.entryId === 'string' ? matcher.targets.find((t) => t.id === merged.data.entryId) : undefined;
    return Boolean(target && matcher.queryTerms(text).some((t) => !isSlotWord(t) && (target.vocabulary.has(t) || target.body.has(t))));
  }

  /** What people ask that the bot cannot answer yet: the text and the best candidates, never who asked. */
  function recordUnanswered(message: IncomingMessage, text: string, r: Reply): void {
    if (!options.questionLog) return;
    const candidates = ((r.data.candidates ?? r.data.options ?? []) as Array<{ id: string; score?: number }>).map((c) => (c.score === undefined ? c.id : `${c.id} (${c.score})`)).join(', ');
    const door = /^(slack|discord|terminal|batch):/.exec(message.conversation ?? '')?.[1] ?? message.channel.kind;
    options.questionLog.record({ at: message.now.toISOString(), door, kind: r.kind as 'fallback' | 'clarify', text: cleanUserText(text).slice(0, 500), candidates });
  }

  /**
   * How a message continues the last question, if it does: « 2 » or an option's label picks that
   * option; a message starting with « et », « and », « what about », or made only of details
   * (« 23 ans », « en M1 ») re-asks the last question with those details changed; « in English? »
   * re-asks it in English. Anything else is a new question.
   */
  function readFollowUp(ctx: AnswerContext, text: string, state: ConversationState): FollowUp | undefined {
    const folded = words(text).join(' ');
    // The conversation's language, unless this message is in English (« and if I were 27? » after French: English from now on).
    const spoken = ctx.entities.lang === 'en' ? 'en' : state.lang;
    // The message read with the last question: its details added to those said before.
    const withLast = (): AnswerContext => ({ ...ctx, entities: mergeEntities(state.entities, ctx.entities), lang: spoken });
    // « même si c'est plus près de chez moi ? » after a Oui or a Non: whether the rule holds in that case — it does, when
    // the last answer says nothing of the case (it makes no exception for it); if it speaks of it, the case is read as usual.
    const answered = matcher.targets.find((t) => t.id === state.answeredId);
    if (answered && EVEN_IF.test(folded)) {
      const caseSaid = matcher.queryTerms(text).filter((t) => !isSlotWord(t) && !matcher.isCommon(t) && matcher.knows(t));
      if (!caseSaid.some((t) => answered.vocabulary.has(t) || answered.body.has(t))) return { ctx: { ...ctx, entities: state.entities, lang: state.lang }, text: state.text, targetId: answered.id, evenIf: true };
    }
    const picked = pickedOption(folded, state.options);
    if (picked) {
      if (picked.option.id.startsWith('topic:') && !picked.rest) return { ctx: { ...ctx, lang: state.lang }, text: state.text, targetId: picked.option.id.slice('topic:'.length) };
      const added = extractEntities(language, `${picked.option.label} ${picked.rest}`, ctx.today);
      const entities = mergeEntities(state.entities, { ...added, lang: state.lang });
      return { ctx: { ...ctx, entities, lang: state.lang }, text: continued(state.text, `${picked.option.label} ${picked.rest}`) };
    }
    // « 22 » alone after a pay question without an age (« salaire apprenti » → « quel est votre âge ? »): the age.
    // (« et si 26 ? », « and if 26? », « and if she were 27? » after a pay question with an age: that age instead.)
    // (« M2, 23 », « apprentissage 23 » answer it too: the number beside details and nothing else.)
    const bareAge = /^(\d{2})$/.exec(folded) ?? (state.entities.age !== undefined ? /^(?:et|and|what) (?:si |s |if |a |at |pour |for |avec |with )?(?:(?:she|he|i|they|you|il|elle|je|j|on|tu) (?:were|was|is|am|m|s|re|turned|turns|avait|avais|a|ai|as|etait|etais) )?(\d{2})$/.exec(folded) : null) ?? ageBesideDetails(ctx, folded);
    if (bareAge && Number(bareAge[1]) >= 14 && Number(bareAge[1]) <= 80 && (state.entities.age === undefined || !/^\d/.test(folded)) && !state.entities.birthDate && PAY_CUE.test(words(state.text).join(' '))) {
      const entities = mergeEntities(state.entities, { ...ctx.entities, age: Number(bareAge[1]), lang: spoken });
      return { ctx: { ...ctx, entities, lang: spoken }, text: continued(state.text, `${folded.replace(/\b\d{2}\b/, '').trim()} ${bareAge[1]} ans`) };
    }
    // « what's their phone number? », « son mail ? » after the people to contact: a detail of those just named — that entry.
    const holder = matcher.targets.find((t) => t.id === state.answeredId && (t.kind === 'contacts' || t.kind === 'routing'));
    const contactDetail = CONTACT_DETAILS.has(askedDetail(folded) ?? 'date');
    if (holder && contactDetail && POSSESSIVE.test(folded) && matcher.queryTerms(text).every((t) => isSlotWord(t) || detailTerms.has(t) || matcher.isCommon(t))) {
      return { ctx: withLast(), text: `${state.text} ${text}`, targetId: holder.id };
    }
    // « in English? », « en français ? »: the last question again, in that language (its words, if any, read with it).
    const switched = ENGLISH_PLEASE.test(folded) ? 'en' : FRENCH_PLEASE.test(folded) ? 'fr' : undefined;
    const relanguaged = switched !== undefined;
    const startsAsFollowUp = FOLLOW_UP_START.test(folded);
    // Short and about « it »: the same subject, read with the last question (its answer included).
    // (« il pleut à Aix ? » is not: none of its words is the knowledge base's.)
    const said = matcher.queryTerms(text);
    // (Nor is « et elles se font où ? », a pronoun and a question without a word of its own: the same subject too.)
    // (« qui le dirige ? » after a track's courses: a person the message finds alone is its own question.)
    const personAlone = () => { const top = matcher.search(text, () => true, 1)[0]; return top !== undefined && top.score >= CLARIFY_SCORE && (top.target.kind === 'contacts' || top.target.kind === 'routing'); };
    const pronounBack = (OBJECT_PRONOUN.test(folded) || INVERTED_PRONOUN.test(folded) || BOTH_REFERRED.test(folded) || ENGLISH_POINTING_BACK.test(folded)) && !(WHO_CUE.test(folded) && personAlone());
    // (Pointing back explicitly, « when does that happen? », needs no word of the knowledge base's.)
    const continuesSubject = (SAME_SUBJECT_START.test(folded) || pronounBack) && said.length <= 4 && (Boolean(ctx.entities.paid) || pronounBack || said.length === 0 || said.some((t) => !isSlotWord(t) && matcher.knows(t)));
    // (Pointing back at the last answer keeps its entry when another is as close: « il est en M2, on envoie ça à quelles adresses ? »
    // after the contacts for a sick note.)
    if (continuesSubject && !relanguaged) return { ctx: withLast(), text: `${state.text} ${text}`, keep: pronounBack ? state.answeredId : undefined };
    // Only details: every word of the message is a slot's (« 23 ans », « en M1 », « apprentissage »).
    // (A date's own verb is part of the detail: « contrat signé en juin 2025 », « commencé le 1er octobre ».)
    const dated = ctx.entities.dates.length > 0 || ctx.entities.period !== undefined;
    // (« j'ai 32 ans, M2, c'est quel contrat ? » asks which contract: a question of its own, not details.)
    // (After a question back, a word every entry says — « je suis en M1, alternant » — is part of the details given.)
    const asked = state.options.length > 0;
    const onlyDetails = hasSlots(ctx.entities) && matcher.queryTerms(dated ? withoutStatedDates(text) : text).every((t) => isSlotWord(t) || (dated && DATE_VERB_TERMS.has(t)) || (asked && matcher.isCommon(t))) && !WHO_CUE.test(folded) && !SLOT_ASKED.test(folded);
    // A pay question with none of the asker's details, after they were said (« j'ai 32 ans, M2 … » then « combien je
    // serai payé ? »): the same person, so the same age, formation and contract — the reply states them.
    // (Each detail not said again is taken; only when an age is then known: without one, nothing is computed
    // and the question stands on its own.)
    // (« combien ? » alone, after the details were said, asks the same: the pay.)
    const payOnly = PAY_CUE.test(folded) || (HOW_MUCH.test(folded) && said.length === 0);
    if (!relanguaged && !startsAsFollowUp && !onlyDetails && payOnly && !ctx.entities.paid) {
      const now = ctx.entities;
      const before = state.entities;
      const aged = now.age !== undefined || now.birthDate !== undefined;
      const filled: Entities = { ...now, formation: now.formation ?? before.formation, family: now.family ?? before.family, ...(aged ? {} : { age: before.age, birthDate: before.birthDate }) };
      const carried = filled.formation !== now.formation || filled.family !== now.family || filled.age !== now.age || filled.birthDate !== now.birthDate;
      if (carried && (filled.age !== undefined || filled.birthDate !== undefined)) return { ctx: { ...ctx, entities: filled }, text };
    }
    if (!relanguaged && !startsAsFollowUp && !onlyDetails) return undefined;
    const lang = switched ?? spoken;
    const entities = mergeEntities(state.entities, { ...ctx.entities, lang });
    // « et en M1 ? » after an entry about the M2: the same entry for the M1, when there is one.
    const sibling = onlyDetails || startsAsFollowUp ? siblingFor(state.answeredId, ctx.entities.formation, state.entities.formation) : undefined;
    if (sibling) return { ctx: { ...ctx, entities, lang }, text: continued(previousWithout(state, ctx.entities), text), targetId: sibling };
    // « et en M2 ? » after an entry that already speaks of every formation (« Volumes horaires des formations »): that entry.
    const previous = state.answeredId ? matcher.targets.find((t) => t.id === state.answeredId) : undefined;
    const formation = ctx.entities.formation;
    if (previous && formation && matcher.queryTerms(text).every(isSlotWord) && FORMATION_TERMS.every((f) => previous.vocabulary.has(f) || previous.body.has(f))) {
      return { ctx: { ...ctx, entities, lang }, text: continued(previousWithout(state, ctx.entities), text), targetId: previous.id };
    }
    // « et j'ai combien de temps ? » asks the next thing: not the same answer again — unless its own
    // words choose that entry (« et les cours, à distance ? » after telework: the same entry's other rule).
    const alone = matcher.search(text, () => true, 1)[0];
    const ownChoice = alone !== undefined && alone.target.id === state.answeredId && alone.score >= ANSWER_SCORE && alone.matched >= 2;
    // « et DFC ? » after « c'est quoi DDF ? »: another code of the glossary, asked the same way — that one.
    const code = (t?: Target) => t?.kind === 'glossary' || t?.kind === 'contract-types';
    // (Not « et le SMIC il est à combien ? »: an amount asked, not a meaning.)
    if (startsAsFollowUp && code(previous) && alone && code(alone.target) && alone.target.id !== previous!.id && alone.score >= ANSWER_SCORE && !HOW_MUCH.test(folded)) {
      return { ctx: { ...ctx, lang: state.lang }, text, targetId: alone.target.id };
    }
    // « et son mail ? » asks about whoever was just named: the same entry.
    const sameHolder = POSSESSIVE.test(folded) && previous !== undefined && (previous.kind === 'contacts' || previous.kind === 'routing');
    // « et les semaines bloquées c'est quand ? » after the M1's rhythm, whose answer speaks of them: more of the same answer.
    const subject = said.filter((t) => !isSlotWord(t));
    const saidBefore = previous !== undefined && subject.length > 0 && subject.every((t) => previous.vocabulary.has(t) || previous.body.has(t));
    const exclude = startsAsFollowUp && !hasSlots(ctx.entities) && !ownChoice && !sameHolder && !saidBefore ? state.answeredId : undefined;
    // « in English? » alone re-asks the last question; « in English: is it mandatory for … ? » asks more, read with it.
    const rest = relanguaged ? folded.replace(ENGLISH_PLEASE, ' ').replace(FRENCH_PLEASE, ' ').replace(/\b(please|svp|stp|s il te plait|s il vous plait)\b/g, ' ').trim() : text;
    const more = !relanguaged || matcher.queryTerms(rest).length > 0;
    const read = more ? continued(previousWithout(state, ctx.entities, rest), rest) : state.text;
    // « and who's the secretary for her year? » sure of another entry on its own words: that entry, with the details said
    // before (the M2); the last question's words stay in the conversation for the next follow-up (« elle l'envoie à qui ? »).
    // Not a yes/no question nor one about « him », « elle », which read against the last answer (« et c'est lui qui paie ? »).
    const restFolded = words(rest).join(' ');
    const own = startsAsFollowUp && more && !relanguaged && !REFERS_BACK.test(restFolded) && !isYesNoQuestion(rest, restFolded) ? matcher.search(withoutSlots(language, rest, ['formation', 'track', 'site', 'family']), () => true, 1)[0] : undefined;
    // (A person asked, « who is the secretary … ? », and a contact card found: enough on one word.)
    const ownPerson = own !== undefined && WHO_CUE.test(restFolded) && (own.target.kind === 'contacts' || own.target.kind === 'routing') && own.score >= CLARIFY_SCORE;
    // (Not a rule computed from the details, « Dates de contrat — contrat de professionnalisation »: with the details said
    // before, « et en contrat de pro, on peut démarrer quand ? » is computed for the L3I of 2025/2026.)
    const computed = own !== undefined && COMPUTED_KINDS.has(own.target.kind);
    if (own && !computed && ((own.score >= SURE_SCORE && own.matched >= 2) || ownPerson) && own.target.id !== state.answeredId) return { ctx: { ...ctx, entities, lang }, text: read, targetId: own.target.id };
    // « et pour une rupture ? » after « qui contacter pour un arrêt maladie ? »: the same question, whom to contact, about the
    // new subject — not the two subjects read together. (Only when the new subject has a contact of its own.)
    // (« une rupture ? » reads as a yes/no question of its own: a subject of a few words is enough.)
    const subjectOnly = startsAsFollowUp && more && !relanguaged && !sameHolder && !REFERS_BACK.test(restFolded) && matcher.queryTerms(rest).filter((t) => !isSlotWord(t)).length <= 3;
    // (« et en combien de temps ? » asks another thing of the same subject: not a new subject.)
    if (subjectOnly && WHO_CUE.test(words(state.text).join(' ')) && !WHO_CUE.test(restFolded) && !QUESTION_WORD.test(restFolded)) {
      const who = matcher.search(`qui contacter ${rest}`, (t) => t.kind === 'routing' || t.kind === 'contacts', 1)[0];
      if (who && who.target.id !== state.answeredId && who.score >= ANSWER_SCORE) return { ctx: { ...ctx, entities, lang }, text: `qui contacter ${rest}`, targetId: who.target.id };
    }
    return { ctx: { ...ctx, entities, lang }, text: read, exclude: more ? exclude : undefined };
  }

  /**
   * A question that mentions pay but is about something else (« 5 jours de révision payés ? »,
   * « avantages en nature du salaire ») : an entry knows two of its words that are neither pay
   * words nor details, and answers it confidently — the entry wins over the computation.
   */
  function aboutAnotherSubject(ctx: AnswerContext, text: string): boolean {
    const subject = matcher.queryTerms(text).filter((t) => !payTerms.has(t) && !isSlotWord(t));
    // An amount said to be paid (« ma boîte me verse 1 000 € brut, c'est ok ? ») is to be checked: pay it is — unless
    // the question asks something else of it (« je touche 1 250 €, je dois payer des impôts ? »): a word of its own,
    // not one of checking, that an entry other than pay's answers to, closely.
    if (ctx.entities.paid) {
      const own = subject.filter((t) => !checkTerms.has(t) && !matcher.isCommon(t));
      // (The entry the question finds best, pay's included: a work-study internship's amount is checked by the gratification's.)
      const other = own.length > 0 ? matcher.search(text, allowFor(ctx, (t) => t.kind === 'topics'), 1)[0] : undefined;
      return Boolean(other && !PAY_TOPIC.test(other.target.id) && other.score >= ANSWER_SCORE && own.some((t) => other.target.vocabulary.has(t)));
    }
    // An amount asked with what computes it (« 23 ans, M2, apprenti prolongé : je touche combien ? »): pay it is too.
    const { age, birthDate, family } = ctx.entities;
    const asked = words(text).join(' ');
    if ((HOW_MUCH.test(asked) || MINIMUM_ASKED.test(asked) || RATE_WORD_ASKED.test(asked)) && (age !== undefined || birthDate) && family) return false;
    if (subject.length < 2) return false;
    // Without an age, an amount or a branch minimum there is nothing to compute: the entries
    // explaining pay rules may answer too (« peut-on déduire les avantages en nature du salaire ? »).
    const e = ctx.entities;
    // (An internship's gratification needs nothing more: it is computed from the date alone.)
    const computable = e.family === 'work-study-internship' || e.age !== undefined || e.birthDate !== undefined || e.smc !== undefined || e.presence !== undefined;
    const top = matcher.search(text, allowFor(ctx, (t) => t.kind === 'topics' && (!computable || !PAY_TOPIC.test(t.id))), 1)[0];
    // (A yes/no question on a rule of pay, « mon pourcentage peut baisser en M1 ? », needs one word of its own if the entry is a close match.)
    const needed = isYesNoQuestion(text, asked) && top && top.score >= RULE_ASKED_SCORE ? 1 : 2;
    return Boolean(top && top.score >= ANSWER_SCORE && subject.filter((t) => top.target.vocabulary.has(t)).length >= needed);
  }

  /**
   * A yes/no question on pay with no figure to check nor any detail to compute with (« le SMIC a augmenté, ça change ma
   * paie ? », « un apprenti peut être payé moins que le SMIC ? ») asks a rule: the entries answer it, no age is asked back.
   * (A formation said, « en M2 je suis payé en 1re ou 2e année ? », starts a computation; « SMIC mensuel brut en janvier ? »,
   * or the SMIC with a date and nothing else, asks its value.)
   */
  function payRuleAsked(e: Entities, text: string, folded: string): boolean {
    if (!isYesNoQuestion(text, folded) || HOW_MUCH.test(folded) || MINIMUM_ASKED.test(folded) || SMIC_VALUE_ASKED.test(folded) || /\d ?%/.test(text)) return false;
    if (e.paid || e.paidRate !== undefined || e.smc !== undefined || e.age !== undefined || e.birthDate || e.formation) return false;
    return modalOf(folded) !== undefined || matcher.queryTerms(withoutStatedDates(text)).some((t) => !payTerms.has(t) && !isSlotWord(t) && !monthTerms.has(t));
  }

  /** The entry on choosing the contract, headed by what the age limit says (with its Oui/Non when one was asked). */
  function withAgeLimitLine(ctx: AnswerContext, line: string, sources: string[], yesNo?: 'oui' | 'non'): Reply {
    const about = matcher.targets.find((t) => t.id === 'choix-du-contrat');
    const r = about ? targetReply(ctx, about) : reply('answer', line, { lang: ctx.lang });
    return { ...r, title: line, blocks: about ? [r.title, ...r.blocks] : r.blocks, sources: [...new Set([...sources, ...r.sources])], data: yesNo ? { ...r.data, yesNo } : r.data };
  }

  /**
   * « mon contrat est prolongé après un échec, je touche combien ? »: the amount computed is the last
   * year's rate, and the reply says why (D6222-28), so the +15 points heard of are not expected.
   */
  function withExtensionLine(ctx: AnswerContext, r: Reply, folded: string): Reply {
    if (r.kind !== 'computation' || ctx.entities.family !== 'apprenticeship' || !EXTENSION_CUE.test(folded)) return r;
    const line = tr(ctx, "Pendant une prolongation après un échec à l'examen, l'apprenti(e) garde le taux de sa dernière année (art. D6222-28).", 'During an extension after failing the exam, the apprentice keeps the rate of their last year (art. D6222-28).');
    return { ...r, blocks: [...r.blocks, line], sources: [...new Set([...r.sources, ...cite(ctx, [{ doc: 'code-du-travail', ref: 'art. D6222-28' }])])] };
  }

  /** The routing entries that say the documents do not answer them, read once. */
  const notInDocumentsIds = new Set(knowledge.routing.filter((r) => r.notInDocuments).map((r) => r.id));
  /** Each formation's usual days a week at the company, read once from its rhythm (« en entreprise les lundis, mardis et mercredis »). */
  const companyDays = new Map(
    FORMATION_TERMS.flatMap((f) => {
      const answer = (knowledge.entries.get(`rythme-${f}`)?.entry as { answer?: string } | undefined)?.answer;
      const clause = answer ? /en entreprise[^;.(]*/.exec(fold(answer))?.[0] : undefined;
      const days = clause?.match(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi)s?\b/g)?.length;
      return days && days <= 5 ? [[f, days] as const] : [];
    }),
  );

  /** Each entry's title without its formation (« Rythme de l'alternance en # »), computed once. */
  const titleShape = new Map(matcher.targets.map((t) => [t.id, fold(t.title).replace(/\b(l3i|l3|m1|m2|master)\b/g, '#')]));
  /** The formations each entry's title names (« Rythme de l'alternance en M2 » → m2), computed once. */
  const titleFormations = new Map(matcher.targets.map((t) => [t.id, FORMATION_TERMS.filter((f) => language.terms(t.title).includes(f))]));

  /** The entries that differ from this one only by formation, itself included; none when it has no such siblings. */
  function siblingsOf(target: Target): Target[] {
    const shape = titleShape.get(target.id)!;
    if (!shape.includes('#')) return [];
    return matcher.targets.filter((t) => titleShape.get(t.id) === shape);
  }

  /**
   * « pendant les vacances l'alternant est où ? » and one entry per formation: when each says
   * something of the question's own subject, those sentences side by side — rather than asking
   * which formation; the entries stay offered for the whole answer.
   */
  function eachFormation(ctx: AnswerContext, folded: string, text: string, siblings: Target[]): Reply | undefined {
    // The siblings' title words are the topic itself (« rythme »): asked alone, the formation is asked back.
    const topic = new Set(siblings.flatMap((t) => language.terms(t.title)));
    const subject = new Set(matcher.queryTerms(text).filter((t) => !isSlotWord(t) && !matcher.isCommon(t) && !topic.has(t)));
    if (subject.size === 0) return undefined;
    const said = siblings.map((t) => {
      const r = targetReply(ctx, t);
      const sentence = sentencesOf(bodyText(r)).find((s) => language.terms(s).some((w) => subject.has(w)));
      return sentence ? { t, r, line: `- ${tr(ctx, t.title, r.title.split(' — ')[0] ?? t.title)}${colon(ctx)}${sentence}` } : undefined;
    });
    if (!said.every(Boolean)) return undefined;
    const found = said as Array<{ t: Target; r: Reply; line: string }>;
    // A yes/no question every formation answers alike: that answer first.
    const verdicts = isYesNoQuestion(text, folded) && !negated(text) ? siblings.map((t) => verdictOf(ctx, t, text)) : [];
    const agreed = verdicts.length > 0 && verdicts.every((v) => v && v.answer === verdicts[0]!.answer) ? verdicts[0] : undefined;
    // (The reason of one formation's known question, when it names that formation, is left to the lines below.)
    const because = agreed ? (ctx.lang === 'en' ? (agreed.becauseEn ?? agreed.because) : agreed.because) : '';
    const general = !/\b(l3i|l3|m1|m2)\b/i.test(because);
    const verdictWord = agreed?.answer === 'oui' ? tr(ctx, 'Oui', 'Yes') : tr(ctx, 'Non', 'No');
    const title = agreed ? `${verdictWord}, ${tr(ctx, 'quelle que soit la formation', 'whatever the formation')}${general ? `${colon(ctx)}${because}` : '.'}` : tr(ctx, 'Selon la formation', 'By formation');
    return reply('answer', title, {
      blocks: [found.map((f) => f.line).join('\n')],
      notes: [tr(ctx, 'Choisissez votre formation ci-dessous pour la réponse complète.', 'Pick your formation below for the full answer.')],
      actions: found.map((f) => ({ id: `topic:${f.t.id}`, label: titleIn(ctx, f.t), value: titleIn(ctx, f.t) })),
      sources: [...new Set(found.flatMap((f) => f.r.sources))],
      lang: ctx.lang,
      data: { options: found.map((f) => ({ id: f.t.id, title: f.t.title })) },
    });
  }

  /**
   * « mon alternant de M2 peut venir au bureau le lundi ? » found « Rythme en L3I » first: an entry
   * with one sibling per formation is read as the asked formation's sibling, at the same score.
   */
  function ownFormation(formation: string | undefined, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    if (!top || !formation) return candidates;
    const own = siblingsOf(top.target).find((t) => t.id !== top.target.id && titleFormations.get(t.id)!.includes(formation));
    if (!own) return candidates;
    return [{ ...top, target: own }, ...candidates.filter((c) => c.target.id !== own.id && c !== top)];
  }

  /** The entry whose title is the answered one's with another formation (« Rythme … en M2 » → « … en M1 »). */
  function siblingFor(answeredId: string | undefined, formation: string | undefined, previous: string | undefined): string | undefined {
    if (!answeredId || !formation || formation === previous) return undefined;
    const answered = matcher.targets.find((t) => t.id === answeredId);
    if (!answered) return undefined;
    return siblingsOf(answered).find((t) => t.id !== answeredId && t.vocabulary.has(formation))?.id;
  }

  /** The last question's text without the slots the new message changes. */
  function previousWithout(state: ConversationState, next: Entities, said?: string): string {
    const changed = (['formation', 'track', 'site', 'family'] as const).filter((k) => next[k] !== undefined && next[k] !== state.entities[k]);
    // (Still a question, its « ? » kept: « mon net est égal à mon brut ? » then « apprentie M2, 22 ans … ».)
    const text = changed.length ? `${withoutSlots(language, state.text, changed)}${/\?\s*$/.test(state.text) ? ' ?' : ''}` : state.text;
    // « et la 35284 ? » after a question on the fiche 42008: the same question, of the other programme.
    const programme = said ? matcher.programNamed(said) : undefined;
    return programme && programme !== matcher.programNamed(state.text) ? matcher.withoutProgrammes(text) : text;
  }

  function pickedOption(folded: string, options: ConversationState['options']): { option: ConversationState['options'][number]; rest: string } | undefined {
    if (options.length === 0 || !folded) return undefined;
    const numbered = /^(?:option |choix |le |la |numero |n )?([1-9])(?:\b|$)(.*)$/.exec(folded);
    if (numbered) {
      const option = options[Number(numbered[1]) - 1];
      return option ? { option, rest: numbered[2]!.trim() } : undefined;
    }
    // « la deuxième », « le premier », « the second one »: the option at that rank.
    const ordinal = ORDINAL_PICK.exec(folded);
    if (ordinal) {
      const rank = ORDINALS.findIndex((forms) => forms.includes(ordinal[1]!));
      const option = options[rank];
      if (option) return { option, rest: ordinal[2]!.trim() };
    }
    for (const option of options) {
      const label = words(option.label).join(' ');
      if (folded === label || (folded.length >= 4 && label.startsWith(folded))) return { option, rest: '' };
      if (folded.startsWith(`${label} `)) return { option, rest: folded.slice(label.length + 1) };
    }
    // Only a formation (« L3 », « en M2 ») and one option about it (« Rythme de l'alternance en L3I »): that option.
    const said = matcher.queryTerms(folded);
    const formation = said.length === 1 && FORMATION_TERMS.includes(said[0]!) ? said[0] : undefined;
    const about = formation ? options.filter((o) => language.terms(o.label).includes(formation)) : [];
    return about.length === 1 ? { option: about[0]!, rest: '' } : undefined;
  }

  /** English replies quote French documents: say so once, rather than translate law badly. */
  function inLanguage(r: Reply): Reply {
    // Entries carry their English text (topics add the note themselves when they have none);
    // computations still quote French legal wording (« du SMIC », « en vigueur depuis »).
    if (r.lang !== 'en' || r.kind !== 'computation' || r.notes.includes(FRENCH_SOURCES_NOTE)) return r;
    return { ...r, notes: [FRENCH_SOURCES_NOTE, ...r.notes] };
  }

  async function command(message: IncomingMessage, rawName: string, args: string): Promise<Reply> {
    const name = rawName.toLowerCase().replace(/^\//, '');
    const ctx = context(message, args);
    try {
      switch (name) {
        case 'arret-maladie':
        case 'absence': {
          const form = FORMS[name];
          const { values } = parseInlineValues(args);
          // Values typed inline (scripts, tests) are a submission; none opens the form.
          if (Object.keys(values).length > 0) return submitForm(options.requests, message, { formId: form.id, values }, requestSources);
          return formReply(form, actorOf(message), options.requests);
        }
        case 'demandes':
          return demandesCommand(options.requests, message, args);
        case 'contrat-dates':
        case 'dates-contrat': {
          const a = parseContractDatesArgs(args);
          return contractDatesReply({ ...ctx, academicYear: a.academicYear ?? ctx.academicYear, entities: { ...ctx.entities, formation: a.formation, site: a.site, track: a.track } }, a);
        }
        case 'salaire-min':
        case 'salaire': {
          const a = parseMinimumPayArgs(args);
          return minimumPayReply({ ...ctx, entities: { ...ctx.entities, formation: a.formation } }, a);
        }
        case 'contact':
          if (!args.trim()) return argumentError(ctx, new ArgumentError('besoin', 'Décrivez votre besoin en quelques mots, par exemple : /contact arrêt maladie, /contact rupture du contrat, /contact certificat de scolarité.'));
          return contactCommand(ctx, args);
        case 'aide':
        case 'help':
          return helpReply(ctx);
        default:
          return reply('error', tr(ctx, `Commande inconnue : /${name.slice(0, 30)}`, `Unknown command: /${name.slice(0, 30)}`), {
            blocks: [tr(ctx, 'Commandes disponibles : /contrat-dates, /salaire-min, /contact, /arret-maladie, /absence, /demandes, /aide.', 'Available commands: /contrat-dates, /salaire-min, /contact, /arret-maladie, /absence, /demandes, /aide.')],
            lang: ctx.lang,
          });
      }
    } catch (error) {
      if (error instanceof ArgumentError) return argumentError(ctx, error);
      throw error;
    }
  }

  /** `/contact <besoin>`: the routing rule for the asker's side, else a fallback naming who can help. */
  function contactCommand(ctx: AnswerContext, need: string): Reply {
    const candidates = matcher.search(need, allowFor(ctx, (t) => t.kind === 'routing' || t.kind === 'contacts'));
    const top = candidates[0];
    if (top && top.score >= CLARIFY_SCORE) return targetReply(ctx, top.target);
    return fallbackReply(ctx, candidates);
  }

  /** A question read on its own; `exclude` leaves the last answer out (the next thing asked), `keep` prefers it when as close as another. */
  function freeText(ctx: AnswerContext, text: string, exclude?: string, keep?: string): Reply {
    const folded = words(text).join(' ');
    if (!folded) return helpReply(ctx);
    if (HELP_ONLY.test(folded)) return helpReply(ctx);
    if (ABOUT_THE_BOT.test(folded)) return smallTalk(ctx, 'self');
    const polite = language.politeness(folded);
    if (polite) return smallTalk({ ...ctx, lang: polite.english ? 'en' : ctx.lang }, polite.kind);
    const e = ctx.entities;
    if (e.invalidDates.length > 0) {
      return argumentError(ctx, new ArgumentError('date', `« ${e.invalidDates[0]!.slice(0, 20)} » n'est pas une date valide. Formats acceptés : jj/mm/aaaa (ex. 03/09/2026) ou AAAA-MM-JJ, années 1900 à 2100.`));
    }
    if (e.outOfRangeDates.length > 0) return argumentError(ctx, new ArgumentError('date', eventDateProblem(e.outOfRangeDates[0]!)!));
    if (e.rejectedSmc !== undefined) return argumentError(ctx, new ArgumentError('smc', smcProblem(Number.NaN, e.rejectedSmc)!));
    // « je suis né le 12 février 2004, apprenti M1 »: the asker's details said, nothing asked yet — noted, and what
    // they can ask offered (the next message, « combien ? », reads with them).
    const dated = e.dates.length > 0 || e.period !== undefined || e.birthDate !== undefined;
    if (STATEMENT_START.test(folded) && !/\?/.test(text) && !QUESTION_WORD.test(folded) && hasSlots(e) && matcher.queryTerms(withoutStatedDates(text)).every((t) => isSlotWord(t) || (dated && DATE_VERB_TERMS.has(t))) && !/\b(question|probleme|souci|besoin|help|need)\b/.test(folded)) return detailsNoted(ctx);

    if (outside(text)) return fallbackReply(ctx, []);
    // Computations first: their entities say more than any matched sentence.
    const workStudyCue = e.family || e.formation || e.age !== undefined || e.birthDate;
    // A rate (« pourquoi 80 % et pas 70 % à 23 ans ? ») with a contract and an age is a pay rate.
    const rateAsked = /\d ?%/.test(text) && Boolean(e.family) && (e.age !== undefined || e.birthDate !== undefined) && !/teletravail|remote/.test(folded);
    // « congés payés », « qui paie la formation ? »: paying for something else than the student's salary.
    const payFolded = folded.replace(NOT_SALARY, ' ');
    const payAsked = PAY_CUE.test(payFolded) || rateAsked || e.smc !== undefined || e.paid !== undefined || (((HOW_MUCH.test(folded) && !COUNT_ASKED.test(folded)) || MINIMUM_ASKED.test(folded)) && (e.age !== undefined || e.birthDate !== undefined) && Boolean(e.family || e.formation)) || (HOW_MUCH.test(folded) && e.presence !== undefined && e.family === 'work-study-internship');
    // « la majoration de 15 % sur 53 %, ça fait 60,95 % ? »: the increase worked out in points, checked if a result is said.
    if (e.increases !== undefined && (!e.family || e.family === 'apprenticeship') && e.age === undefined && !e.birthDate) {
      const about = matcher.targets.find((t) => t.id === 'remuneration-apprenti-principes');
      const worked = about ? withIncreaseWorkedOut(ctx, targetReply(ctx, about), text, e.increases, e.claimedRate) : undefined;
      if (worked) return worked;
    }
    // « contrat de 2 ans : à partir de quand le taux de 2e année ? »: the day the M2 starts, not an amount.
    if (SECOND_YEAR_RATE_ASKED.test(folded) && WHEN_CUE.test(folded) && (!e.family || e.family === 'apprenticeship')) {
      const about = matcher.targets.find((t) => t.id === 'evolution-remuneration');
      const dated = about ? withSecondYearRateDate(ctx, targetReply(ctx, about)) : undefined;
      if (dated) return dated;
    }
    // « la paie change-t-elle quand il fête ses 21 ans en milieu de mois ? »: when a birthday changes the pay, asked as a
    // rule (an age said, no birth date nor formation to compute with) — the rule, not an amount asked back.
    if (BIRTHDAY_CHANGE_ASKED.test(folded) && !e.birthDate && !e.formation && e.paid === undefined) {
      const about = matcher.targets.find((t) => t.id === 'evolution-remuneration');
      if (about) return withYesNo(ctx, folded, text, about, targetReply(ctx, about));
    }
    // « un stage de 6 semaines, ils sont obligés de me payer ? »: owed or not, from the length.
    if (payAsked && e.family === 'work-study-internship' && e.internshipDays !== undefined && isYesNoQuestion(text, folded) && !negated(text)) {
      const r = minimumPayReply(ctx, { family: e.family, date: e.dates[0] ?? e.period?.from, presence: e.presence });
      return { ...r, title: gratificationOwedVerdict(ctx, e.internshipDays), blocks: [r.title, ...r.blocks] };
    }
    // (A net amount said, « je touche 1 100 € net, c’est légal ? », is checked against the minimum like a gross one.)
    if (payAsked && !payRuleAsked(e, text, folded) && (!NET_CUE.test(folded) || e.paid?.net) && !aboutAnotherSubject(ctx, text)) {
      // The SMIC's value, not « l'entreprise peut me payer moins que le SMIC ? » (a rule, answered by the entries).
      if (/\bsmic\b/.test(folded) && !e.family && e.age === undefined && !e.formation && !COMPARED_TO_SMIC.test(folded)) return smicReply(ctx, e.dates[0] ?? ctx.today, e.period);
      const date = e.dates[0] ?? e.period?.from;
      // The previous contract's rate and the increases count for apprentices only (D6222-29, D6222-30),
      // within the bounds the /salaire-min options check.
      const apprentice = e.family === 'apprenticeship';
      if (apprentice && e.previousRate !== undefined && !isPreviousRate(e.previousRate)) {
        return argumentError(ctx, new ArgumentError('taux précédent', `« ${String(e.previousRate).replace('.', ',')} % » n'est pas un taux possible pour le contrat précédent : un pourcentage du SMIC entre 1 et 100 est attendu (par exemple « j'étais payé à 78 % »).`));
      }
      if (apprentice && e.increases !== undefined && e.increases > MAX_INCREASES) {
        return argumentError(ctx, new ArgumentError('majorations', `« ${e.increases} majorations » : au plus ${MAX_INCREASES} majorations de 15 points peuvent s'appliquer (art. D6222-30), par exemple « avec une majoration ».`));
      }
      // « combien en apprentissage et combien en contrat de pro ? »: both contracts, side by side.
      if (FAMILIES_COMPARED.test(fold(text)) && (e.age !== undefined || e.birthDate)) return minimumPayReply(ctx, { formation: e.formation, age: e.age, birthDate: e.birthDate, date, compared: true });
      // « et l'année prochaine ? » after an M1 apprentice's pay: the contract's second year, the M2's rate, from the next
      // academic year's rentrée (whose SMIC is not known yet: the amount is at least today's, and the reply says so).
      const nextYear = e.academicYear !== undefined && e.academicYear > academicYearOf(ctx.today) && e.dates.length === 0 && !e.period;
      const formation = apprentice && nextYear && e.formation === 'm1' ? 'm2' : e.formation;
      const payDate = date ?? (nextYear && e.academicYear ? (`${e.academicYear.slice(0, 4)}-09-01` as IsoDate) : undefined);
      const r = minimumPayReply(ctx, { formation, family: e.family, age: e.age, birthDate: e.birthDate, smc: e.smc, date: payDate, qualification: e.qualification, presence: e.presence, previousRate: apprentice ? e.previousRate : undefined, previousFormation: apprentice ? e.previousFormation : undefined, increases: apprentice ? e.increases : undefined });
      if (nextYear && r.kind === 'computation' && e.age !== undefined) {
        r.blocks.unshift(tr(ctx, `Pour ${e.academicYear} : calculé avec l'âge donné (${e.age} ans)${formation !== e.formation ? ', en M2, 2e année du contrat' : ''} ; si un anniversaire d'ici là change la tranche d'âge, le taux change le 1er jour du mois qui suit.`, `For ${e.academicYear}: computed with the age given (${e.age})${formation !== e.formation ? ', in the M2, the contract\'s 2nd year' : ''}; if a birthday before then changes the age band, the rate changes on the first day of the following month.`));
      }
      if (workStudyCue) {
        // The amount, the month a rate is asked from, the rate or the SMC said checked (the first that applies
        // heads the reply), then whom to contact if asked too.
        const checked = withSmicComparisonVerdict(ctx, withNextChangeLine(ctx, withSmcBaseVerdict(ctx, withRateVerdict(ctx, withRateFromMonthVerdict(ctx, withPayVerdict(ctx, r, e.paid), folded, text), e, folded, text), folded, text), folded, text), folded, text);
        return withPersonAsked(ctx, text, withoutVerdictWord(folded, withExtensionLine(ctx, checked, folded)));
      }
      // « combien je vais toucher ? », « quel salaire minimum pour notre alternant ? »: an amount asked without its details asks for them.
      // (« What's my salary going to be? », « c'est quoi mon salaire ? »: one's own pay, a work-study student's.)
      // (« c'est combien le salaire en alternance ? »: a salary's amount, not the training's cost.)
      // (« je suis payé 900 €, c'est normal ? »: an amount to check against a minimum that needs the contract and the age.)
      if (e.paid) return minimumPayReply(ctx, { date });
      const salaryHowMuch = HOW_MUCH.test(folded) && !COUNT_ASKED.test(folded) && SALARY_WORD.test(folded);
      if ((HOW_MUCH.test(folded) && PERSONAL_PAY.test(folded)) || salaryHowMuch || (AMOUNT_ASKED.test(folded) && WORK_STUDY.test(folded)) || (OWN_PAY_ASKED.test(folded) && !isYesNoQuestion(text, folded))) return minimumPayReply(ctx, { date });
    }
    // « j'ai 31 ans, je peux être apprenti ? »: the age limit says Oui or Non.
    const age = e.birthDate ? undefined : e.age;
    const verdict = age !== undefined && e.family === 'apprenticeship' && !payAsked && (BECOMING.test(folded) || onlyTheContract(text)) && isYesNoQuestion(text, folded) && !negated(text) ? apprenticeAgeVerdict(ctx, age) : undefined;
    if (verdict && age !== undefined) return withAgeLimitLine(ctx, verdict.line, verdict.sources, age < 30 ? 'oui' : 'non');
    // « j'ai 32 ans, c'est quel contrat ? »: the age decides which contract is open, said first (no Oui/Non: not asked).
    const contractAsked = age !== undefined && !e.family && CONTRACT_ASKED.test(folded) ? apprenticeAgeVerdict(ctx, age) : undefined;
    if (contractAsked) {
      const line = contractAsked.line.replace(/^(Oui|Non|Yes|No)\s?: /, '');
      return withAgeLimitLine(ctx, line.charAt(0).toUpperCase() + line.slice(1), contractAsked.sources);
    }
    // « entre quelles dates mon contrat peut commencer ? »: the dates depend on what is not said.
    // (« mon contrat va durer combien de temps ? » too: 1 year or 2 by formation.)
    // (Only the contract's length asked: « combien de temps entre la validation et le début du contrat ? » is a delay.)
    const lengthAsked = HOW_LONG_SAID.test(folded) && matcher.queryTerms(text).every((t) => isSlotWord(t) || contractLengthTerms.has(t));
    if (CONTRACT_DATES_CUE.test(folded) && !e.formation && !e.family && e.dates.length === 0 && (WHEN_CUE.test(folded) || lengthAsked)) return askFormation(ctx, 'contrat-dates');
    // « combien coûte la formation pour un contrat qui démarre en 2026/2027 ? » asks a cost, not dates.
    // (« … pour un contrat qui démarre en septembre 2027 »: the cost for that start, not the start's dates.)
    const costAsked = COST_CUE.test(folded) && !WHEN_CUE.test(folded);
    // « quelles démarches avant le début du contrat ? » asks what to do, not the dates.
    const stepsAsked = HOW_CUE.test(folded) && !WHEN_CUE.test(folded) && e.dates.length === 0;
    // (Nor does « contrat signé en janvier 2025 … net = brut ? », a net pay asked about a contract's date.)
    if ((CONTRACT_DATES_CUE.test(folded) || datedStartOrEnd(folded, e)) && (e.formation || e.family) && !costAsked && !stepsAsked && !NET_CUE.test(folded)) {
      if (!e.formation) {
        const rule = e.family ? dateRuleFor(knowledge, e.family) : undefined;
        return rule ? withWindowVerdict(ctx, rule, dateRuleReply(ctx, rule)) : askFormation(ctx, 'contrat-dates', e.family);
      }
      if (!e.family) return askFamily(ctx, e.formation);
      const dated = contractDatesReply(ctx, { formation: e.formation, family: e.family, ...contractDatesOf(folded, e.dates), academicYear: e.academicYear });
      return e.dates.length === 0 ? withMonthVerdict(ctx, folded, dated) : withDateVerdict(ctx, folded, dated);
    }
    // (« on commence à quelle heure ? » asks the class hours, and « pour la rentrée, je m'adresse à qui ? » a person, not the year's dates.)
    // (Nor do « combien de semaines en formation … ? », a count, and « la période en entreprise commence quand ? », the rhythm.)
    // (Nor is « après la rentrée » in « je peux changer de parcours après la rentrée ? » a date asked: it says when the asked thing happens.)
    const trainingDatesAsked = TRAINING_DATES_CUE.test(WHEN_CUE.test(folded) ? folded : folded.replace(RENTREE_AS_TIME, ' ')) && !/\bcontrat\b/.test(folded) && !CLOCK_TIME_ASKED.test(folded) && !(WHO_CUE.test(folded) && !WHEN_CUE.test(folded)) && !HOW_MUCH.test(folded) && !IN_COMPANY.test(folded);
    if (trainingDatesAsked && e.formation) return trainingDatesReply(ctx, e.formation);
    // « la formation commence quand ? » and nothing else: the dates differ by formation — asked back.
    if (trainingDatesAsked && !e.formation && WHEN_CUE.test(folded) && matcher.queryTerms(text).every((t) => isSlotWord(t) || trainingWhenTerms.has(t))) return askFormation(ctx, 'contrat-dates');

    // The asker's own routing table answers most directly ("à qui envoyer mon arrêt ?" differs for a student and HR).
    const asker = askerOf(ctx.role);
    const wantsPerson = WHO_CUE.test(folded);
    // « je veux rompre mon contrat »: wanting to do something asks how, like « comment ».
    const wantsProcedure = (HOW_CUE.test(folded) || WANT_CUE.test(folded)) && !wantsPerson;
    // An entry about another formation than the one stated (« en M1 » vs « Rythme en M2 ») is less likely.
    const otherFormation = (t: Target) =>
      (e.formation && FORMATION_TERMS.some((f) => f !== e.formation && t.vocabulary.has(f)) && !t.vocabulary.has(e.formation) && !t.body.has(e.formation) ? -0.1 : 0) +
      (e.family && familyOf.get(t.id) && familyOf.get(t.id) !== e.family ? -0.1 : 0);
    // Without a programme named, the question is the MIAGE's: another programme's sheet must be clearly closer.
    const programmeNamed = matcher.programNamed(text) !== undefined;
    const otherProgramme = (t: Target) => (!programmeNamed && t.program && t.program !== OWN_PROGRAM ? -OTHER_PROGRAMME_PENALTY : 0);
    const boost = (t: Target) => {
      if (wantsProcedure) return (t.kind === 'topics' ? 0.05 : 0) + otherFormation(t) + otherProgramme(t);
      const ownTable = t.kind === 'routing' && t.asker === asker ? 0.05 : 0;
      // A person asked: who to contact rather than what an acronym means.
      const person = wantsPerson ? (t.kind === 'routing' || t.kind === 'contacts' ? 0.05 : t.kind === 'glossary' ? -0.05 : 0) : 0;
      return ownTable + person + otherFormation(t) + otherProgramme(t);
    };
    // « il y a marqué FI-CAPP, ça veut dire quoi ? »: the meaning of a code or term the glossary names, whatever else is said.
    if (MEANING_CUE.test(folded)) {
      const named = meaningAsked(text);
      if (named) return targetReply(ctx, named);
    }
    // « DDF et DFC c'est quoi ? »: two codes of the glossary named, both meanings.
    const codes = WHAT_IS.test(folded) || MEANING_CUE.test(folded) ? codesNamed(text) : [];
    if (codes.length >= 2) return bothMeanings(ctx, codes);
    // Two needs in one question (« je fais quoi et je contacte qui ? »): the procedure and the person.
    if (wantsPerson && HOW_CUE.test(folded) && !HOW_TO_CONTACT.test(folded)) {
      const both = twoNeeds(ctx, text, exclude);
      if (both) return both;
    }
    // A question naming one programme (« la fiche 42008 », « l'Icam ») is about its entries only.
    const programNamed = matcher.programNamed(text);
    // Without one named, a formation of the MIAGE's (« le M2 », « en L3I »), or the MIAGE named, keeps the other programmes' sheets out.
    const ours = Boolean(e.formation) || /\bmiage\b/.test(folded);
    const ofProgram = (t: Target) => (programNamed ? !t.program || t.program === programNamed : !(ours && t.program && t.program !== OWN_PROGRAM));
    // A phone number asked (« le téléphone de M. Caussanel ») is looked for by whose it is, not by the words « numéro de téléphone ».
    const asked = askedDetail(folded);
    // A stated date is a slot (« arrêt établi le lundi 30 novembre »): its words do not find the subject.
    const undated = e.dates.length > 0 || e.period ? withoutStatedDates(text) : text;
    // The asker's introduction in a clause of its own is no subject either — unless the rest asks nothing of its
    // own (« je suis maître d'apprentissage, qu'est-ce que je dois faire ? »).
    const introless = withoutIntroduction(undated);
    const subjectText = matcher.queryTerms(introless).filter((t) => !isSlotWord(t) && matcher.knows(t)).length >= 2 ? introless : undated;
    const searched = asked === 'phone' && matcher.queryTerms(withoutContactDetailWords(folded)).length > 0 ? withoutContactDetailWords(folded) : subjectText;
    const candidates = preferKept(keep, preferNextSteps(folded, preferDetailGiven(ctx, folded, text, preferDeadline(ctx, folded, preferVerdict(ctx, folded, text, preferGeneral(e, ownFormation(e.formation, matcher.search(searched, allowFor(ctx, (t) => t.id !== exclude && ofProgram(t)), 5, boost))))))));
    const [top, second] = candidates;
    // A question back needs a real lead: two known words, or the only word of a one-word question.
    // (Its prose counts: « samedi matin » is said by « Rythme en M1 » though not among the words it answers to.)
    // Without a word of the programme's domain, the entry must answer to 30 % of the question (« où acheter un ordinateur pas cher ? »).
    // The question's subject must be the entry's, not only its places or details (« quel temps fait-il à Marseille ? »).
    const subject = matcher.queryTerms(searched).filter((t) => !isSlotWord(t));
    // (Or one word, as typed — not a typo's correction — that is most of the question: « j'ai droit à combien de télétravail ? ».)
    const typed = new Set(language.terms(searched));
    // (A deadline put first for the subject found, « un salon le 14 décembre, la demande le 3, c'est bon ? », is judged
    // on that subject's words.)
    const found = top && top.target.kind === 'deadlines' ? (candidates.slice(1).find((c) => c.target.kind !== 'deadlines' && sameSubject(c.target, top.target)) ?? top) : top;
    const oneWordLead = found && found.answered >= 0.5 && language.inDomain(text) && subject.some((t) => found.target.vocabulary.has(t) && typed.has(t));
    const lead = found && subject.some((t) => found.target.vocabulary.has(t)) && (found.answered >= 0.3 || language.inDomain(text)) && (found.said >= Math.min(2, matcher.queryTerms(searched).length) || oneWordLead);
    const says = (target: Target) => subject.some((t) => target.vocabulary.has(t) || target.body.has(t));
    const onSubject = top && (subject.length === 0 || says(top.target) || (found !== undefined && says(found.target)));
    // A weak match, outside the domain, with a word no entry knows (« comment obtenir un prêt étudiant ? »):
    // that word is likely the subject, and the documents do not speak of it.
    const unknownSubject = subject.some((t) => t.length >= 4 && !matcher.knows(t)) && !language.inDomain(text);
    // « je dois contacter qui ? », « j'ai combien de temps ? » and nothing else: whom and how long depend on the subject — asked back.
    // (« le site de la MIAGE » names what it asks about: a slot word counts as a subject here.)
    // (Only a short question can be an aspect alone: its terms are read again only then.)
    const aspects = subject.length <= 2 ? matcher.queryTerms(folded.replace(HOW_LONG_ASKED, ' delai ')) : [];
    if (aspects.length > 0 && aspects.every((t) => aspectTerms.has(t)) && !hasSlots(e) && !e.paid) return askSubject(ctx);
    if (!top || !onSubject || top.score < CLARIFY_SCORE || (top.score < ANSWER_SCORE && !lead) || (top.score < SURE_SCORE && unknownSubject)) return fallbackReply(ctx, candidates);
    // « je peux faire mon alternance à l'étranger ? »: one's own work-study is the MIAGE's; another programme's sheet,
    // found only because it says the same words, does not answer it (the documents say nothing of it for the MIAGE).
    if (!programmeNamed && top.target.program && top.target.program !== OWN_PROGRAM && OWN_WORK_STUDY.test(folded)) return fallbackReply(ctx, candidates);
    // « je veux rompre mon contrat, je fais comment ? » matched to whom to contact: the procedure on that subject too.
    if (wantsProcedure && top.target.kind === 'routing' && !notInDocuments(top.target)) {
      const procedure = candidates.find((c) => c.target.kind === 'topics' && c.score >= CLARIFY_SCORE && sameSubject(c.target, top.target));
      if (procedure) return procedureAndPerson(ctx, procedure.target, top.target);
    }
    // « ma boîte peut me faire commencer quand ? » matched to one contract's date rules: the dates depend on what is not said.
    if (top.target.kind === 'contract-date-rules' && !e.family) return e.formation ? askFamily(ctx, e.formation) : askFormation(ctx, 'contrat-dates');
    // « j'ai droit à des jours de révision ? »: one entry per contract, nearly as close, and no contract said — each
    // entry's answer, and the contract asked back (the next message, « contrat pro », picks one).
    const otherContract = !e.family && top.target.kind === 'topics' && familyOf.get(top.target.id) && second && second.target.kind === 'topics' && familyOf.get(second.target.id) && familyOf.get(second.target.id) !== familyOf.get(top.target.id) && top.score - second.score < AMBIGUITY_MARGIN && top.score >= ANSWER_SCORE;
    if (otherContract) {
      // (A yes/no question both contracts answer alike is answered, not asked back.)
      const [one, other] = [top, second].map((c) => answerWith(ctx, folded, text, c.target, wantsPerson, candidates).data.yesNo);
      if (!(one !== undefined && one === other)) return perContract(ctx, [top.target, second.target]);
    }
    // « mon rythme c'est quoi ? »: one entry per formation and none said — ask which, rather than guess.
    // (A weaker match is not asked back, but it is not answered for one formation taken at random either.)
    const perFormation = e.formation ? [] : siblingsOf(top.target);
    const each = perFormation.length > 1 ? eachFormation(ctx, folded, text, perFormation) : undefined;
    if (each) return each;
    if (perFormation.length > 1 && top.score >= ANSWER_SCORE) return clarifyReply(ctx, perFormation.map((target) => ({ ...top, target })), 'formation');
    // Two entries naming the same people answer « who? » alike: not a reason to ask back.
    // (Nor when the question's own subject, its words that are neither details nor common, is the first entry's alone:
    // « j'ai 24 ans en apprentissage, le télétravail c'est possible ? » is about telework, not the choice of contract.)
    const distinctive = subject.filter((t) => !language.isPredicateTerm(t) && !matcher.isCommon(t));
    const knows = (c: Candidate, t: string) => c.target.vocabulary.has(t) || c.target.body.has(t);
    const topOwnsSubject = second !== undefined && distinctive.length > 0 && distinctive.every((t) => knows(top, t)) && !distinctive.some((t) => knows(second, t));
    const ambiguous = top.score < SURE_SCORE && second && top.score - second.score < AMBIGUITY_MARGIN && !sameSubject(top.target, second.target) && !(wantsPerson && samePeople(top.target, second.target)) && !topOwnsSubject;
    if (top.score >= ANSWER_SCORE && !ambiguous) return answerWith(ctx, folded, text, top.target, wantsPerson, candidates);
    const plausible = candidates.filter((c) => c.score >= CLARIFY_SCORE);
    // One plausible subject, or one clearly ahead: answer it, and say how to ask otherwise, rather than a menu.
    if (plausible.length === 1 || !ambiguous || (second && sameSubject(top.target, second.target) && plausible.slice(2).every((c) => top.score - c.score >= AMBIGUITY_MARGIN))) {
      const r = answerWith(ctx, folded, text, top.target, wantsPerson, candidates);
      return r.kind === 'answer' ? withNotSureLine(ctx, r) : r;
    }
    // Close readings, the first a fair match: answered, the others offered — rather than a menu alone. (A weaker first
    // reading too, when it answers to two of the question's words and the next to no more: a person would answer it
    // and say what else was maybe meant. One shared word, « dure » in « combien d'heures dure la formation ? », is no
    // reading; nor is a question without a word of the programme's domain, « la meilleure MIAGE de France ? »: the menu then.)
    if (top.score >= OFFER_SCORE || (top.matched >= 2 && top.matched >= (second?.matched ?? 0) && language.inDomain(text))) {
      const r = answerWith(ctx, folded, text, top.target, wantsPerson, candidates);
      return r.kind === 'answer' ? withAlternatives(ctx, r, plausible.slice(1, 3)) : r;
    }
    // A precise detail that none of the readings gives (« la date de la réunion de présentation ? »): not a menu of entries without it.
    const detail = isYesNoQuestion(text, folded) ? undefined : askedDetail(folded);
    if (detail && plausible.every((c) => c.target.kind === 'program' || !givesDetailAsked(ctx, detail, text, targetReply(ctx, c.target)))) return fallbackReply(ctx, candidates);
    // A yes/no question whose two closest readings give the same Oui or Non: that answer, the other offered — the menu
    // would only ask which of them says it.
    if (isYesNoQuestion(text, folded) && plausible.length >= 2) {
      const [first, other] = plausible.slice(0, 2).map((c) => answerWith(ctx, folded, text, c.target, wantsPerson, candidates)) as [Reply, Reply];
      if (first.kind === 'answer' && first.data.yesNo !== undefined && other.data.yesNo === first.data.yesNo) return withAlternatives(ctx, first, plausible.slice(1, 3));
    }
    return clarifyReply(ctx, candidates);
  }

  /** Whether a target is a question of the domain the documents do not answer (a routing entry's notInDocuments). */
  function notInDocuments(target: Target): boolean {
    return target.kind === 'routing' && notInDocumentsIds.has(target.id);
  }

  /** The best procedure (a guide topic) and the best person (routing or contact), both confident: one reply with both. */
  function twoNeeds(ctx: AnswerContext, text: string, exclude?: string): Reply | undefined {
    const procedure = matcher.search(text, allowFor(ctx, (t) => t.id !== exclude && t.kind === 'topics'), 1)[0];
    const person = matcher.search(text, allowFor(ctx, (t) => t.id !== exclude && (t.kind === 'routing' || t.kind === 'contacts') && !notInDocuments(t)), 1)[0];
    // Each need covers only part of a two-need question: a lower bar, but two shared words each.
    const sure = (c: Candidate | undefined): c is Candidate => Boolean(c && c.score >= TWO_NEEDS_SCORE && c.matched >= 2);
    if (!sure(procedure) || !sure(person)) return undefined;
    return procedureAndPerson(ctx, procedure.target, person.target);
  }

  /**
   * « c'est combien et c'est quel service qui gère ? », « combien doit-on la payer, et à qui envoie-t-on ses arrêts ? »:
   * a computation and, in a clause of its own, whom to contact — the person found for that clause, after the amount.
   */
  function withPersonAsked(ctx: AnswerContext, text: string, r: Reply): Reply {
    const clause = / (?:et|and) ((?:[^ ]+ ){0,6}?(?:qui|a qui|quel service|quel bureau|who|whom|which office)\b.*)$/.exec(words(text).join(' '))?.[1];
    if (r.kind !== 'computation' || !clause) return r;
    const person = matcher.search(clause, allowFor(ctx, (t) => t.kind === 'routing' || t.kind === 'contacts'), 1)[0];
    if (!person || person.score < CLARIFY_SCORE || person.matched < 1) return r;
    const who = targetReply(ctx, person.target);
    return { ...r, blocks: [...r.blocks, `${tr(ctx, 'Qui contacter', 'Who to contact')} — ${who.title}`, ...who.blocks], sources: [...new Set([...r.sources, ...who.sources])] };
  }

  /** A guide topic (how) and a routing rule or contact (who) in one reply; the topic alone when it already names them. */
  function procedureAndPerson(ctx: AnswerContext, procedure: Target, person: Target): Reply {
    const how = targetReply(ctx, procedure);
    const who = targetReply(ctx, person);
    // Same subject (one section as topic and as routing): one answer, unless the procedure does not name whom to contact.
    if (sameSubject(procedure, person)) {
      const emails = renderPlainText(who).match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? [];
      const text = renderPlainText(how);
      if (emails.length === 0 || emails.some((m) => text.includes(m))) return withPeopleNamed(ctx, WHO_CUE.test(words(ctx.question).join(' ')), how);
    }
    return {
      ...how,
      blocks: [...how.blocks, `${tr(ctx, 'Qui contacter', 'Who to contact')} — ${who.title}`, ...who.blocks],
      fields: [...how.fields, ...who.fields],
      sources: [...new Set([...how.sources, ...who.sources])],
      notes: [...new Set([...how.notes, ...who.notes])],
      data: { ...how.data, entryIds: [procedure.id, person.id] },
    };
  }

  /** The entry's answer: with its verdict and the people it names — or, when the precise detail asked is not in it, « not in the documents ». */
  function answerWith(ctx: AnswerContext, folded: string, text: string, target: Target, wantsPerson: boolean, candidates: Candidate[]): Reply {
    // (Who gives something asked, « le mot de passe je le trouve où ? »: the people the entry names are the answer.)
    const personDetail = askedDetail(folded) === 'person';
    const r = withPeopleNamed(ctx, wantsPerson || personDetail || HOW_CUE.test(folded) || WANT_CUE.test(folded) || ASK_SOMEONE.test(folded), targetReply(ctx, target));
    // A question the documents do not answer (a routing entry's notInDocuments) is already said so, with whom to ask.
    if (r.kind === 'fallback') return r;
    // « c'est qui mon tuteur universitaire ? » found the role's card, which names no one: whom to ask instead.
    // (A guide topic asked who teaches, « qui enseigne la sécurité ? », that names no one reachable: the same.)
    const personAsked = (target.kind === 'contacts' && (WHO_CUE.test(folded) || NAME_ASKED.test(folded))) || (target.kind === 'topics' && /\b(qui|ki|who)\b/.test(folded) && TEACHER_ASKED.test(folded)) ? 'person' : undefined;
    // Guide topics and contact cards; a programme's card lists its fields (« Registered until : … ») under their own names.
    const detail = isYesNoQuestion(text, folded) || target.kind === 'program' ? undefined : (askedDetail(folded) ?? personAsked);
    if (detail && !givesDetailAsked(ctx, detail, text, r)) {
      // A candidate nearly as close that gives it answers instead (« le tuteur universitaire vient nous voir quand ? »: his
      // card does not say, the topic on his visits gives their months).
      const found = candidates.find((c) => c.target.id === target.id)?.score ?? 0;
      const rest = candidates.filter((c) => c.target.id !== target.id);
      // (A person's card, that never gives when: another card or a topic may say what that person does and when.)
      const closeBy = target.kind === 'contacts' && (detail === 'date' || detail === 'exactDate') ? rest.find((c) => c.score >= Math.max(ANSWER_SCORE, found - DETAIL_ELSEWHERE_MARGIN) && givesDetailAsked(ctx, detail, text, targetReply(ctx, c.target))) : undefined;
      if (closeBy) return answerWith(ctx, folded, text, closeBy.target, wantsPerson, rest);
      return fallbackReply(ctx, candidates, { detail, known: r });
    }
    // « qui est le responsable pédagogique de la L3I ? » found a secretariat's card: not the role asked.
    const role = ROLE_ASKED.exec(folded);
    if (role && target.kind === 'contacts' && !ROLE_FAMILIES.some((f) => f.test(role[1]!) && f.test(fold(target.title)))) return fallbackReply(ctx, candidates, { detail: 'person', known: r });
    // « combien coûte le M2 pour un contrat qui démarre en 2026/2027 ? » and a topic that gives 2025/2026's figure.
    // (A cost for a contract starting on a later year's date, « qui démarre en septembre 2027 », is that year's cost.)
    const start = ctx.entities.dates[0] ?? ctx.entities.period?.from;
    const later = start && COST_CUE.test(folded) && academicYearOf(start) > ctx.academicYear ? academicYearOf(start) : undefined;
    const year = ctx.entities.academicYear ?? later;
    if (year && target.kind === 'topics' && !givesYear(year, r)) return fallbackReply(ctx, candidates, { detail: 'year', known: r });
    const judged = withYesNo(ctx, folded, text, target, r);
    return judged.data.yesNo === undefined ? askingWhatItDependsOn(ctx, target, judged) : judged;
  }

  /**
   * An answer that differs by a detail the question does not give (« si je redouble je perds mon contrat ? »,
   * no year said): the whole answer, then the detail asked back with its options, as a person would.
   */
  function askingWhatItDependsOn(ctx: AnswerContext, target: Target, r: Reply): Reply {
    const dependsOn = dependsOnOf(target);
    // (The formation does not matter when the answer has a line of its own for the contract said: « Stagiaires : le stage va à sa fin ».)
    const familyLine = ctx.entities.family ? FAMILY_LINE[ctx.entities.family] : undefined;
    const ownFamilyLine = familyLine !== undefined && r.blocks.flatMap((b) => b.split('\n')).some((l) => familyLine.test(l));
    const missing = dependsOn.find((d) => (d === 'formation' ? ctx.entities.formation === undefined && !ownFamilyLine : ctx.entities.family === undefined));
    if (!missing) return dependsOn.length > 0 ? withOwnLineFirst(ctx, r) : r;
    // The doors re-ask with a « formation: » or « family: » button's label, as for the other questions back.
    const [line, options] = missing === 'formation'
      ? [tr(ctx, 'Cela dépend de la formation : laquelle est la vôtre (L3I, M1 ou M2) ?', 'It depends on the formation: which is yours (L3I, M1 or M2)?'), ['L3I', 'M1', 'M2'].map((f) => ({ id: `formation:${f}`, label: f }))]
      : [
          tr(ctx, 'Cela dépend du contrat : apprentissage, contrat de professionnalisation ou stage en alternance ?', 'It depends on the contract: apprenticeship, professionalisation contract or work-study internship?'),
          [
            { id: 'family:capp', label: tr(ctx, 'Apprentissage', 'Apprenticeship') },
            { id: 'family:cpro', label: tr(ctx, 'Contrat de professionnalisation', 'Professionalisation contract') },
            { id: 'family:stage', label: tr(ctx, 'Stage en alternance', 'Work-study internship') },
          ],
        ];
    return { ...r, kind: 'clarify', blocks: [...r.blocks, line], actions: options.map((o) => ({ ...o, value: o.label })), data: { ...r.data, missing: [missing] } };
  }

  /** Entries that differ by contract, none said: each one's answer in short, then the contract asked back. */
  function perContract(ctx: AnswerContext, targets: Target[]): Reply {
    const replies = targets.map((t) => targetReply(ctx, t));
    // Each entry's title and first sentence: what differs between the contracts.
    const short = replies.map((r) => `- ${r.title} : ${(r.blocks[0] ?? '').split(/(?<=[.!?])\s(?=[A-ZÀ-Ý«])/)[0]}`);
    const all = [
      { family: 'apprenticeship', id: 'family:capp', label: tr(ctx, 'Apprentissage', 'Apprenticeship') },
      { family: 'professionalisation', id: 'family:cpro', label: tr(ctx, 'Contrat de professionnalisation', 'Professionalisation contract') },
      { family: 'work-study-internship', id: 'family:stage', label: tr(ctx, 'Stage en alternance', 'Work-study internship') },
    ];
    const options = all.filter((o) => targets.some((t) => familyOf.get(t.id) === o.family)).map(({ id, label }) => ({ id, label }));
    const line = tr(ctx, `Cela dépend du contrat : ${options.map((o) => o.label.toLowerCase()).join(' ou ')} ?`, `It depends on the contract: ${options.map((o) => o.label.toLowerCase()).join(' or ')}?`);
    return reply('clarify', tr(ctx, 'Cela dépend du contrat', 'It depends on the contract'), {
      blocks: [short.join('\n'), line],
      actions: options.map((o) => ({ ...o, value: o.label })),
      sources: [...new Set(replies.flatMap((r) => r.sources))],
      lang: ctx.lang,
      data: { missing: ['family'], options: targets.map((t) => ({ id: t.id, title: t.title })) },
    });
  }

  /**
   * The detail known (« M1 », « contrat pro »): the answer's one line for it (« - M1 : … ») comes first,
   * the rest follows for context.
   */
  function withOwnLineFirst(ctx: AnswerContext, r: Reply): Reply {
    const { formation, family } = ctx.entities;
    const own = formation ? new RegExp(`^- (?:[a-z ]+ )?${formation}\\b`, 'i') : family ? FAMILY_LINE[family] : undefined;
    const lines = r.blocks.flatMap((b) => b.split('\n')).filter((l) => own?.test(l));
    if (lines.length !== 1) return r;
    const title = r.title.split(' — ')[0]!;
    return { ...r, title: `${title} — ${lines[0]!.slice(2)}` };
  }

  /** Whether a reply speaks of this academic year (« 2026/2027 », « rentrée 2026 ») other than to say the documents do not give it. */
  function givesYear(year: string, r: Reply): boolean {
    const start = year.slice(0, 4);
    const said = new RegExp(`\\b${start} ?/ ?${Number(start) + 1}\\b|\\brentree ${start}\\b`);
    return sentencesOf(saidText(r)).map(fold).some((s) => said.test(s) && !NOT_GIVEN.test(s));
  }

  /** Whether a reply gives the detail asked in a sentence about the question's subject. */
  function givesDetailAsked(ctx: AnswerContext, detail: AskedDetail, question: string, r: Reply): boolean {
    // Places are the subject of an address (« l'adresse du site de Forbin »), a mere detail otherwise.
    const subject = new Set(matcher.queryTerms(question).filter((t) => (detail === 'address' || !isSlotWord(t)) && !detailTerms.has(t) && !matcher.isCommon(t)));
    // A date asked with no year of its own is this year's: a sentence dated only in past years (« le 15 mai 2025 ») does not give it.
    const asksPast = ctx.entities.academicYear !== undefined || ctx.entities.dates.length > 0 || ctx.entities.period !== undefined;
    const current = Number(ctx.academicYear.slice(0, 4));
    // (« 2025/2026 » is the year starting in 2025.)
    const years = (sentence: string) => (sentence.replace(/\b(20\d\d) ?\/ ?20\d\d\b/g, '$1').match(/\b20\d\d\b/g) ?? []).map(Number);
    const stale = (sentence: string) => (detail === 'date' || detail === 'exactDate') && !asksPast && years(sentence).length > 0 && years(sentence).every((y) => y < current);
    // (Whoever the answer names is the one asked about: their e-mail stands beside their name, not beside the subject.)
    const about = (sentence: string) => !stale(sentence) && (detail === 'person' || detail === 'email' || subject.size === 0 || language.terms(sentence).some((t) => subject.has(t)));
    return givesDetail(detail, sentencesOf(saidText(r)).map(fold), about);
  }

  /** A yes/no question: its verdict and reason first — from the documents' figures, else a known question close to it, else where the formation is taught. */
  function withYesNo(ctx: AnswerContext, folded: string, text: string, target: Target, r: Reply): Reply {
    // A follow-up with words of its own asks its own kind of question; one made of details (« et en M1 ? ») the last one's.
    // (A date's own verb is part of the detail: « contrat signé en juin 2025 ».)
    const dated = ctx.entities.dates.length > 0 || ctx.entities.period !== undefined;
    const ownKind = ctx.typed !== undefined && matcher.queryTerms(dated ? withoutStatedDates(ctx.typed) : ctx.typed).some((t) => !isSlotWord(t) && !(dated && DATE_VERB_TERMS.has(t)));
    const own = ownKind ? ctx.typed! : text;
    const ownFolded = ownKind ? words(ctx.typed!).join(' ') : folded;
    // A negated question (« n'est-ce pas… ») may expect the opposite word: no verdict rather than a wrong one.
    // (« jusqu'à quand est-il valide ? » has the form of one but asks a date: Oui or Non would answer nothing.)
    if (!isYesNoQuestion(own, ownFolded) || negated(own) || DATE_BOUND_ASKED.test(ownFolded)) return r;
    const figures = figuresVerdict(text, r, ctx.entities.formation, ctx.entities.formation ? companyDays.get(ctx.entities.formation) : undefined);
    // Days a week against a maximum share, the rhythm not known (« un jour par semaine, c'est possible ? »): it
    // depends on the week (3 days at the company, or a whole week) — no verdict from a known question's words.
    if (!figures && askedWeeklyShare(text) !== undefined && maximumShare(bodyText(r)) !== undefined) return r;
    // (A follow-up about « it » — « ils sont payés ? » — asks its own question of the entry's subject: its title.)
    const aboutIt = ownKind ? verdictOf(ctx, target, `${target.title} ${ctx.typed}`) : undefined;
    // « mon net est égal à mon brut ? » with nothing that sets the rate: it depends on the rate and the signing date — asked back.
    if (netRateUnknown(ctx, text)) return askingNetDetails(ctx, r);
    // (A verdict computed from figures of its own, the SMIC's, cites their sources too.)
    const verdict: { answer: 'oui' | 'non'; because: string; becauseEn?: string; sources?: string[] } | undefined = figures ?? netVerdict(ctx, text) ?? allowanceVerdict(ctx, target) ?? taxVerdict(ctx, target) ?? deadlineVerdict(ctx, target, text) ?? verdictOf(ctx, target, text) ?? aboutIt ?? siteVerdict(ctx, target);
    if (!verdict) return r;
    const judged = withVerdict(ctx, r, verdict.answer, ctx.lang === 'en' ? (verdict.becauseEn ?? verdict.because) : verdict.because);
    return verdict.sources?.length ? { ...judged, sources: [...new Set([...judged.sources, ...verdict.sources])] } : judged;
  }

  /**
   * « apprenti en M1, 19 ans, contrat signé en juillet 2025 : net = brut ? »: with what sets the apprentice's
   * minimum rate, the net-pay threshold decides for that rate (the entry's known questions speak of apprentices in general).
   */
  function netVerdict(ctx: AnswerContext, text: string) {
    const e = ctx.entities;
    if (!NET_CUE.test(fold(text)) || (e.family && e.family !== 'apprenticeship')) return undefined;
    const signed = e.dates[0] ?? e.period?.from;
    const month = e.dates.length === 0 && e.period !== undefined && e.period.from.slice(0, 7) === e.period.to.slice(0, 7);
    const rate = apprenticeRate(ctx);
    return rate && netPayVerdict(ctx, rate.rate, signed, text, rate.paid, month);
  }

  /**
   * One's own net against gross asked (« mon net sera égal à mon brut ? ») with nothing that decides it: neither the
   * rate (formation and age, or the rate paid) nor the signing date. (Asked of apprentices in general, « c'est toujours
   * vrai ? », the rule's Non answers; with a signing date, the rule for that date.)
   */
  function netRateUnknown(ctx: AnswerContext, text: string): boolean {
    const e = ctx.entities;
    const own = /\b(mon|ma|mes|je|j|my|i)\b/.test(words(text).join(' '));
    return own && NET_CUE.test(fold(text)) && netPayAsked(text) && (!e.family || e.family === 'apprenticeship') && e.dates.length === 0 && !e.period && apprenticeRate(ctx) === undefined;
  }

  /** The rule, then what decides it asked back: the rate (formation and age, or the rate paid) and the contract's signing date. */
  function askingNetDetails(ctx: AnswerContext, r: Reply): Reply {
    const ask = tr(ctx, 'Cela dépend de votre taux et de la date de signature du contrat : quels sont votre formation, votre âge (ou votre taux, par exemple « 53 % ») et le mois de signature ?', 'It depends on your rate and the contract\'s signing date: what are your formation, your age (or your rate, e.g. « 53 % ») and the month it was signed?');
    return { ...r, kind: 'clarify', title: tr(ctx, 'Net égal au brut ? Cela dépend', 'Net equal to gross? It depends'), blocks: [r.title, ...r.blocks, ask], data: { ...r.data, missing: ['rate', 'signed'] } };
  }

  /** An apprentice's rate: the one said as paid (« je suis à 53 % du SMIC »), else the minimum for the age and formation. */
  function apprenticeRate(ctx: AnswerContext): { rate: number; paid: boolean } | undefined {
    const e = ctx.entities;
    const said = e.paidRate ?? e.claimedRate;
    if (said !== undefined && said > 0 && said <= 100) return { rate: said, paid: true };
    if ((e.age === undefined && e.birthDate === undefined) || !e.formation) return undefined;
    const pay = minimumPayReply(ctx, { formation: e.formation, family: 'apprenticeship', age: e.age, birthDate: e.birthDate, date: ctx.today });
    return pay.kind === 'computation' && typeof pay.data.rate === 'number' ? { rate: pay.data.rate, paid: false } : undefined;
  }


  /** « apprenti en L3I à 19 ans, mes parents gardent les allocations ? »: the rate said or computed decides. */
  function allowanceVerdict(ctx: AnswerContext, target: Target) {
    const e = ctx.entities;
    if (target.id !== 'allocations-familiales' || (e.family && e.family !== 'apprenticeship')) return undefined;
    const rate = apprenticeRate(ctx);
    return rate && familyAllowanceVerdict(ctx, rate.rate, rate.paid, ctx.question);
  }

  /** « je peux envoyer ma fiche 3 jours avant ? »: the days said against the deadline's own. */
  function deadlineVerdict(ctx: AnswerContext, target: Target, text: string) {
    const entry = knowledge.entries.get(target.id);
    if (!entry || entry.kind !== 'deadlines') return undefined;
    const rule = entry.entry as DeadlineEntry;
    const found = deadlineCountVerdict(text, rule);
    if (!found) return undefined;
    const unit = rule.kind === 'ouvres' ? tr(ctx, 'jours ouvrés', 'working days (ouvrés)') : tr(ctx, 'jours ouvrables', 'working days (ouvrables)');
    const limit = rule.direction === 'before'
      ? tr(ctx, `il faut au moins ${rule.days} ${unit} avant ${rule.event}`, `at least ${rule.days} ${unit} are needed before ${rule.eventEn ?? rule.event}`)
      : tr(ctx, `le délai est de ${rule.days} ${unit} après ${rule.event}`, `the deadline is ${rule.days} ${unit} after ${rule.eventEn ?? rule.event}`);
    const because = found.answer === 'oui' ? tr(ctx, `« ${found.said} », c'est dans le délai : ${limit}.`, `« ${found.said} » is within the deadline: ${limit}.`) : tr(ctx, `« ${found.said} », c'est hors délai : ${limit}.`, `« ${found.said} » misses the deadline: ${limit}.`);
    return { answer: found.answer, because, becauseEn: because };
  }

  /** « je touche 1 250 € par mois, je paie des impôts ? »: an apprentice's monthly pay said, against the SMIC of its month. */
  function taxVerdict(ctx: AnswerContext, target: Target) {
    const e = ctx.entities;
    if (target.id !== 'apprenti-impot' || !e.paid || (e.family && e.family !== 'apprenticeship')) return undefined;
    // The SMIC of every month of the year: the pay is compared with the lowest and the highest (none if the year is not all known).
    const table = knowledge.payGrids.smic;
    const year = Number((e.dates[0] ?? ctx.today).slice(0, 4));
    const [start, end] = [`${year}-01-01` as IsoDate, `${year}-12-31` as IsoDate];
    if (start < table.rates[0]!.validFrom) return undefined;
    const rates = [smicOn(table, start).rate, ...table.rates.filter((r) => r.validFrom > start && r.validFrom <= end)];
    const monthly = rates.map((r) => r.monthly.euros);
    const verdict = incomeTaxVerdict(ctx, e.paid, { year, lowest: Math.min(...monthly), highest: table.knownUntil >= end ? Math.max(...monthly) : undefined }, ctx.question);
    // (The SMIC's amounts cited with their decrees.)
    return verdict && { ...verdict, sources: cite(ctx, rates.flatMap((r) => knowledge.smic.find((s) => s.validFrom === r.validFrom)?.sources ?? [])) };
  }

  /**
   * « il y a combien de blocs de compétences ? » after a question on the Icam's mastère: the programme just talked
   * about, unless the message names another one or a MIAGE formation — its entry that answers, when the reply is not one of its own.
   */
  function withinLastProgram(ctx: AnswerContext, text: string, r: Reply, answeredId?: string): Reply {
    const program = matcher.targets.find((t) => t.id === answeredId)?.program;
    if (!program || program === OWN_PROGRAM || ctx.entities.formation) return r;
    // (Words most entries of the MIAGE say, « entreprise », « durée », name it only when « MIAGE » is said.)
    const named = matcher.programNamed(text);
    if ((named && named !== program && named !== OWN_PROGRAM) || /\bmiage\b/.test(words(text).join(' '))) return r;
    // (A reply of that programme stands, unless it only repeats the last entry and another of its entries answers the message.)
    const replied = matcher.targets.find((t) => t.id === r.data.entryId);
    const own = matcher.search(text, allowFor(ctx, (t) => t.program === program), 1)[0];
    if (!own || own.score < ANSWER_SCORE || own.target.id === replied?.id) return r;
    if (replied?.program === program && replied.id !== answeredId) return r;
    return answerWith(ctx, words(text).join(' '), text, own.target, WHO_CUE.test(words(text).join(' ')), [own]);
  }

  /**
   * « le SMIC horaire c'est toujours 11,88 € ? », « ma secrétaire c'est Mme Bresset ? »: a value stated and asked
   * about, the answer's headline giving the documents' one — Oui or Non first, when no other verdict heads it.
   */
  function withStatedValueVerdict(ctx: AnswerContext, text: string, r: Reply): Reply {
    const folded = words(text).join(' ');
    if (!verdictStillWanted(text, folded, r)) return r;
    // « le M2 a commencé le 1er septembre ? »: a training's first or last day said, against its dates.
    const day = ctx.entities.dates.length === 1 ? ctx.entities.dates[0] : undefined;
    const side = TRAINING_START_SAID.test(folded) ? 'ddf' : TRAINING_END_SAID.test(folded) ? 'dff' : undefined;
    if (day && side && typeof r.data[side] === 'string') {
      const documents = r.data[side] as IsoDate;
      const what = side === 'ddf' ? tr(ctx, 'la formation commence le', 'the training starts on') : tr(ctx, 'la formation finit le', 'the training ends on');
      return withVerdict(ctx, r, day === documents ? 'oui' : 'non', day === documents ? tr(ctx, `${what} ${formatFrenchDate(documents)}, d'après les documents.`, `${what} ${formatFrenchDate(documents)}, according to the documents.`) : tr(ctx, `d'après les documents, ${what} ${formatFrenchDate(documents)}, pas le ${formatFrenchDate(day)}.`, `according to the documents, ${what} ${formatFrenchDate(documents)}, not ${formatFrenchDate(day)}.`));
    }
    // « le responsable du parcours I2D c'est Caussanel ? », « le mail du secrétariat du M2 c'est feg-miage-aix@… ? », « le
    // code RNCP de l'Icam c'est 35284 ? »: the name, address or number stated is what is checked, not what finds the entry.
    // Found by it, the entry would be the one it belongs to (the ISIE track's card, the Ionis sheet), and its Oui the wrong one.
    const claim = claimed(text, staffSurnames);
    const card = matcher.targets.find((t) => t.id === r.data.entryId);
    if (card && claim && ((claim.kind === 'person' || claim.kind === 'email') ? card.kind === 'contacts' : claim.kind === 'rncp')) {
      const unnamed = words(text).filter((w) => w !== claim.value && w !== `rncp${claim.value}`).join(' ');
      // (Nor does an address say the site: « feg-miage-aix@… » is no « à Aix ».)
      const unnamedCtx = claim.kind === 'email' ? { ...ctx, entities: { ...ctx.entities, site: extractEntities(language, unnamed, ctx.today).site } } : ctx;
      const [own] = matcher.search(unnamed, allowFor(ctx, (t) => claim.kind === 'rncp' || t.kind === 'contacts'), 1);
      const found = own && own.score >= ANSWER_SCORE ? own.target : card;
      if (found !== card || claim.kind === 'email') r = targetReply(unnamedCtx, found);
    }
    const verdict = statedValueVerdict(text, [r.title, r.fields.map((f) => f.value).join(' ; '), r.blocks[0] ?? ''], staffSurnames, ctx.lang);
    if (!verdict) return r;
    // The answer must be about what the question names (« le SMIC horaire c'est 12,31 € ? » is not answered by the
    // gratification's figures): one of its title's words, not a detail, is the question's.
    const entry = matcher.targets.find((t) => t.id === r.data.entryId);
    // (A computed reply has no entry: its title and first paragraph, « SMIC : le salaire minimum… », say its subject.)
    const titleTerms = new Set(entry ? [...entry.titleTerms, ...matcher.queryTerms(entry.title)] : matcher.queryTerms(`${r.title} ${r.blocks[0] ?? ''}`));
    // (A computed reply is about the details said: « contrat », « M1 » are its subject.)
    if (!matcher.queryTerms(text).some((t) => titleTerms.has(t) && (!entry || !isSlotWord(t)))) return r;
    const because = verdict.answer === 'oui'
      ? tr(ctx, `c'est bien ${verdict.stated}, d'après les documents.`, `it is ${verdict.stated}, according to the documents.`)
      : tr(ctx, `d'après les documents, c'est ${verdict.found.join(' / ')}, pas ${verdict.stated}.`, `according to the documents, it is ${verdict.found.join(' / ')}, not ${verdict.stated}.`);
    return withVerdict(ctx, r, verdict.answer, because);
  }

  /**
   * « et en contrat pro ce serait pareil ? » after a minimum computed: the new minimum against the last question's,
   * Oui or Non with both amounts (the last question computed again with its own details).
   */
  function withSameAsBeforeVerdict(ctx: AnswerContext, text: string, r: Reply, state: ConversationState | undefined): Reply {
    const folded = words(text).join(' ');
    const now = amountOf(r);
    if (!state || now === undefined || /^(Oui|Non|Yes|No)\b/.test(r.title) || !SAME_ASKED.test(folded) || !isYesNoQuestion(text, folded)) return r;
    const before = freeText({ ...ctx, entities: state.entities, question: state.text, typed: state.text }, state.text);
    const then = amountOf(before);
    if (then === undefined) return r;
    const same = Math.abs(then.euros - now.euros) < 0.005;
    return withVerdict(ctx, r, same ? 'oui' : 'non', same
      ? tr(ctx, `le montant est le même, ${now.label} brut par mois.`, `the amount is the same, ${now.label} gross a month.`)
      : tr(ctx, `c'est ${now.label} brut par mois, contre ${then.label} pour la question précédente.`, `it is ${now.label} gross a month, against ${then.label} for the previous question.`));
  }

  /** The monthly amount a reply computes or gives (a minimum, the SMIC), with its rate if any, to compare two replies. */
  function amountOf(r: Reply): { euros: number; label: string } | undefined {
    if (r.kind !== 'computation' && r.kind !== 'answer') return undefined;
    const euros = typeof r.data.monthlyGross === 'number' ? r.data.monthlyGross : typeof r.data.smicMonthly === 'number' ? r.data.smicMonthly : undefined;
    if (euros === undefined) return undefined;
    const rate = typeof r.data.rate === 'number' ? ` (${String(r.data.rate).replace('.', ',')} %)` : '';
    return { euros, label: `${Money.euros(euros).format()}${rate}` };
  }

  /** An answer without its Oui/Non to a plain yes/no question (not negated, not asking for a problem): a verdict may still be read. */
  function verdictStillWanted(text: string, folded: string, r: Reply): boolean {
    if ((r.kind !== 'answer' && r.kind !== 'computation') || r.data.yesNo !== undefined || /^(Oui|Non|Yes|No)\b/.test(r.title)) return false;
    return isYesNoQuestion(text, folded) && !negated(text) && !asksForAProblem(folded);
  }

  /** « 3 mois en entreprise suffisent ? » against the answer's « au moins 6 mois »: Oui or Non, the bound said. */
  function withBoundVerdict(ctx: AnswerContext, text: string, r: Reply): Reply {
    if (!verdictStillWanted(text, words(text).join(' '), r)) return r;
    const verdict = boundVerdict(text, `${r.title}\n${r.blocks[0] ?? ''}`, ctx.lang);
    if (!verdict) return r;
    const bounds = verdict.bounds.join(tr(ctx, ' ou ', ' or '));
    return withVerdict(ctx, r, verdict.answer, verdict.answer === 'oui' ? tr(ctx, `d'après les documents, c'est ${bounds}.`, `according to the documents, it is ${bounds}.`) : tr(ctx, `d'après les documents, c'est ${bounds} (pas ${verdict.stated}).`, `according to the documents, it is ${bounds} (not ${verdict.stated}).`));
  }

  /** The reply headed by its Oui/Non and the reason, the entry's own title moved below. */
  function withVerdict(ctx: AnswerContext, r: Reply, answer: 'oui' | 'non', because: string): Reply {
    return { ...r, title: `${answer === 'oui' ? tr(ctx, 'Oui', 'Yes') : tr(ctx, 'Non', 'No')}${colon(ctx)}${because}`, blocks: [r.title, ...r.blocks], data: { ...r.data, yesNo: answer } };
  }

  /**
   * « la L3I c'est à Marseille ? » answered by an entry about places: the programme's data says
   * where each formation is taught (the M1 on both sites).
   */
  function siteVerdict(ctx: AnswerContext, target: Target): { answer: 'oui' | 'non'; because: string; becauseEn: string } | undefined {
    const { formation, site } = ctx.entities;
    if (!formation || !site || !language.terms(target.title).some((t) => placeTerms.includes(t))) return undefined;
    // Only « is it there? » — not « can I choose Aix or Marseille? », which another rule answers.
    const asked = matcher.queryTerms(ctx.question).filter((t) => !isSlotWord(t));
    if (asked.some((t) => !whereTerms.has(t)) || sitesNamed(language, ctx.question).length > 1) return undefined;
    const program = knowledge.programs.find((p) => p.formations.some((f) => f.id === formation));
    const taught = program?.formations.find((f) => f.id === formation);
    const sites = program?.sites ?? [];
    if (!taught || !sites.some((s) => s.id === site)) return undefined;
    const where = (id: string) => sites.find((s) => s.id === id);
    const named = (id: string) => `${where(id)!.label.replace(/^S/, 's')} (${where(id)!.city})`;
    if (!taught.site) {
      return { answer: 'oui', because: `le ${taught.label} a lieu sur deux sites, ${sites.map((s) => named(s.id)).join(' et ')}, selon l'affectation.`, becauseEn: `the ${taught.label} is taught on two sites, ${sites.map((s) => named(s.id)).join(' and ')}, depending on the assignment.` };
    }
    const same = taught.site === site;
    return { answer: same ? 'oui' : 'non', because: `la formation ${taught.label} a lieu sur le ${named(taught.site)}.`, becauseEn: `the ${taught.label} is taught at the ${named(taught.site)}.` };
  }

  /** The entry pointed back to, within the ambiguity margin of the best: first, by that margin — the conversation's subject tips the balance. */
  function preferKept(keep: string | undefined, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    const kept = candidates.find((c) => c.target.id === keep);
    if (!top || !kept || kept === top || top.score - kept.score >= AMBIGUITY_MARGIN) return candidates;
    return [{ ...kept, score: top.score + AMBIGUITY_MARGIN }, ...candidates.filter((c) => c !== kept)];
  }

  /**
   * No formation said, and the entry found is about one (« Tarif du M2 ») while a near one answers for each formation
   * (« Coût de la formation », which depends on it): that one, which asks the formation or gives every case.
   */
  function preferGeneral(e: Entities, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    if (!top || e.formation || e.site || titleFormations.get(top.target.id)!.length !== 1) return candidates;
    const general = candidates.find((c) => c !== top && c.score >= top.score - GENERAL_MARGIN && dependsOnOf(c.target).includes('formation'));
    return general ? [{ ...general, score: top.score }, ...candidates.filter((c) => c !== general)] : candidates;
  }

  /** The details an entry's answer depends on (« formation », « contract »), from the knowledge base. */
  function dependsOnOf(t: Target): Array<'formation' | 'contract'> {
    return (knowledge.entries.get(t.id)?.entry.dependsOn as Array<'formation' | 'contract'> | undefined) ?? [];
  }

  /**
   * A yes/no question: among candidates nearly as good as the first, the one that knows this very
   * question (and so can say Oui or Non) goes first.
   */
  function preferVerdict(ctx: AnswerContext, folded: string, text: string, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    if (!top || !isYesNoQuestion(text, folded) || negated(text) || verdictOf(ctx, top.target, text)) return candidates;
    // (Never an entry about another formation than the one asked: « Rythme en L3I » for an M2.)
    const formation = ctx.entities.formation;
    const otherFormation = (t: Target) => formation !== undefined && titleFormations.get(t.id)!.length > 0 && !titleFormations.get(t.id)!.includes(formation);
    // Nor one that leaves out the subject the entry found answers to (« je suis étranger, y a des démarches en
    // plus ? » is about foreign students, not « Trouver une offre » that knows « y a-t-il … ? »).
    // (The rarest word of the question its title says: « étranger ».)
    const titled = new Set(language.terms(top.target.title));
    const [subject] = matcher
      .queryTerms(text)
      .filter((t) => !isSlotWord(t) && !language.isPredicateTerm(t) && titled.has(t))
      .sort((a, b) => matcher.entriesSaying(a) - matcher.entriesSaying(b));
    const onSubject = (c: Candidate) => subject === undefined || c.target.vocabulary.has(subject) || c.target.body.has(subject);
    // Nor one whose own subject the question does not say (« je peux faire un stage en alternance en M2 ? » is not about
    // « Redoublement »): a word of its title that tells entries apart must be in the question.
    const asked = new Set(matcher.queryTerms(text));
    const ownSubjectSaid = (c: Candidate) => {
      const own = [...titleTerms.get(c.target.id)!].filter((t) => !language.isPredicateTerm(t) && !matcher.isCommon(t));
      return own.length === 0 || own.some((t) => asked.has(t));
    };
    const knowing = candidates.find((c) => c !== top && !otherFormation(c.target) && c.score >= top.score - VERDICT_MARGIN && c.score >= CLARIFY_SCORE && onSubject(c) && ownSubjectSaid(c) && verdictOf(ctx, c.target, text));
    return knowing ? [{ ...knowing, score: Math.max(knowing.score, top.score) }, ...candidates.filter((c) => c !== knowing)] : candidates;
  }

  /** The glossary entry or contract type whose own name, a rare word (« FI-CAPP », « DDETS »), the question says. */
  function meaningAsked(text: string): Target | undefined {
    const terms = matcher.queryTerms(text);
    const named = (said: Set<string>) => matcher.targets.find((t) => (t.kind === 'glossary' || t.kind === 'contract-types') && [...t.names].some((w) => said.has(w)));
    // A rare word first (a code, an acronym); else the question's only word (« MIAGE ça veut dire quoi ? »: a word many entries say).
    const rare = new Set(terms.filter((t) => matcher.entriesSaying(t) <= RARE_ENTRIES));
    if (rare.size > 0) return named(rare);
    // (The glossary's own entry then: « FI » is also in each FI-… code's name.)
    return terms.length === 1 ? matcher.targets.find((t) => t.kind === 'glossary' && t.names.has(terms[0]!)) : undefined;
  }

  /** Every glossary code a question names by a rare word of its own (« DDF et DFC »), in the order said, three at most. */
  function codesNamed(text: string): Target[] {
    const rare = matcher.queryTerms(text).filter((t) => matcher.entriesSaying(t) <= CODE_ENTRIES);
    const found = rare.map((w) => matcher.targets.find((t) => t.kind === 'glossary' && t.names.has(w))).filter((t): t is Target => t !== undefined);
    return [...new Set(found)].slice(0, 3);
  }

  /** The meanings of several codes, one line each, with all their sources. */
  function bothMeanings(ctx: AnswerContext, codes: Target[]): Reply {
    const replies = codes.map((t) => targetReply(ctx, t));
    return reply('answer', replies.map((r) => r.title).join(' ; '), {
      blocks: replies.map((r) => knownPart(r).replace('\n', ' — ')),
      sources: [...new Set(replies.flatMap((r) => r.sources))],
      lang: ctx.lang,
      data: { entryIds: codes.map((t) => t.id) },
    });
  }

  /** A word of four letters or more, as typed, that no entry knows even corrected (« traiteur », « fêter »: not « nom »). */
  function unknownWord(text: string): boolean {
    return words(text).some((w) => w.length >= 4 && matcher.queryTerms(w).some((t) => !isSlotWord(t) && !matcher.knows(t)));
  }

  /**
   * Another school (« la MIAGE de Nanterre »), a subject the documents never treat (« salaire moyen »), or another
   * country or city as a place (« le SMIC en Belgique ») when the programme is not named (« mon entreprise est en
   * Belgique, la MIAGE accepte ? » stays in scope).
   */
  function outside(text: string): boolean {
    const place = language.elsewhere(text);
    return place === 'school' || place === 'subject' || (place === 'country' && !language.namesOurs(text));
  }

  /**
   * « mon arrêt est du 25/11, je le donne avant quand ? »: a date stated and « when? » asked — a deadline
   * that is a good reading goes first, since it computes the date asked.
   */
  /**
   * « ma mission est validée, je fais quoi maintenant ? »: the validation done, the next steps are asked — the entry
   * on what follows it (DPAE, URSSAF, medical check-up), not how to have the mission validated.
   */
  function preferNextSteps(folded: string, candidates: Candidate[]): Candidate[] {
    if (!MISSION_VALIDATED.test(folded) || !NEXT_STEPS.test(folded)) return candidates;
    const next = candidates.find((c) => c.target.id === 'apres-validation');
    return next && candidates[0] !== next && candidates[0]!.score - next.score < 0.2 ? [next, ...candidates.filter((c) => c !== next)] : candidates;
  }

  /**
   * A precise detail asked (« je suis en cours quand ? »): of two entries nearly as close, the one that gives it
   * (the rhythm's days) before the one that does not (the sites) — the words alone do not tell them apart.
   */
  function preferDetailGiven(ctx: AnswerContext, folded: string, text: string, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    const detail = top && !isYesNoQuestion(text, folded) ? askedDetail(folded) : undefined;
    if (!top || !detail || givesDetailAsked(ctx, detail, text, targetReply(ctx, top.target))) return candidates;
    // (It must say every word of the subject the first says: « la fin du processus de validation » is not any contract's end.)
    const subject = matcher.queryTerms(text).filter((t) => !detailTerms.has(t) && top.target.vocabulary.has(t));
    const giving = candidates.find((c) => c !== top && top.score - c.score < AMBIGUITY_MARGIN && subject.every((t) => c.target.vocabulary.has(t)) && givesDetailAsked(ctx, detail, text, targetReply(ctx, c.target)));
    return giving ? [giving, ...candidates.filter((c) => c !== giving)] : candidates;
  }

  function preferDeadline(ctx: AnswerContext, folded: string, candidates: Candidate[]): Candidate[] {
    const [top] = candidates;
    // (Or whether a day said is in time: « arrêt du 10 novembre, on l'envoie aujourd'hui, c'est bon ? ».)
    // (Or whether a count of days said is in time: « je peux envoyer la fiche 3 jours avant ? ».)
    const dayAsked = ctx.entities.dates.length > 0 && (WHEN_CUE.test(folded) || HOW_LONG_CUE.test(folded) || onTimeAsked(ctx));
    const countAsked = deadlineCountSaid(folded) && isYesNoQuestion(ctx.question, folded);
    if (!top || !(dayAsked || countAsked)) return candidates;
    // (A deadline with a counterpart, the student's to the company and the company's to the MIAGE: the asker's own.)
    if (top.target.kind === 'deadlines') return [{ ...top, target: ownDeadline(ctx, top.target) }, ...candidates.slice(1)];
    // (Or a weaker one on the subject found: « arrêt établi lundi 23 novembre, je l'envoie à qui et avant quand ? » found the sick-leave procedure.)
    const deadline = candidates.find((c) => c.target.kind === 'deadlines' && (c.score >= ANSWER_SCORE || (c.score >= CLARIFY_SCORE && sameSubject(c.target, top.target))));
    if (deadline) return [{ ...deadline, target: ownDeadline(ctx, deadline.target), score: Math.max(deadline.score, top.score) }, ...candidates.filter((c) => c !== deadline)];
    // (Or the deadline of the same section of the guide as the topic found, not among the words' candidates:
    // « séminaire le lundi 14 décembre, la demande d'absence avant quelle date ? ».)
    const linked = top.score >= CLARIFY_SCORE && (top.target.kind === 'topics' || top.target.kind === 'routing') ? matcher.targets.filter((t) => t.kind === 'deadlines' && sameSubject(t, top.target)) : [];
    // (Two, one per side — the student's to the company, the company's to the MIAGE: the asker's own.
    // « mon médecin m'a fait un arrêt ce matin, je le donne à mon employeur avant quand ? »)
    const asker = askerOf(ctx.role);
    const own = linked.length > 1 ? linked.filter((t) => (knowledge.entries.get(t.id)?.entry as { audience?: string } | undefined)?.audience === asker) : linked;
    return own.length === 1 ? [{ ...top, target: own[0]! }, ...candidates] : candidates;
  }

  /** The asker's side of a deadline that has a counterpart (« l'arrêt » : 48 h for the student, 10 jours ouvrables for the company). */
  function ownDeadline(ctx: AnswerContext, target: Target): Target {
    const indexed = knowledge.entries.get(target.id);
    const entry = indexed?.kind === 'deadlines' ? (indexed.entry as DeadlineEntry) : undefined;
    if (!entry?.counterpart || !entry.audience || entry.audience === askerOf(ctx.role)) return target;
    // (Only when the asker says they do it: « je peux l'envoyer… », « on peut le transmettre… » — not « ma boîte doit l'envoyer quand ? ».)
    if (!(ctx.role === 'student' ? /\b(je|j)\b/ : /\b(on|nous)\b/).test(words(ctx.question).join(' '))) return target;
    const other = matcher.targets.find((t) => t.id === entry.counterpart);
    const otherAudience = (knowledge.entries.get(entry.counterpart)?.entry as DeadlineEntry | undefined)?.audience;
    return other && otherAudience === askerOf(ctx.role) ? other : target;
  }

  /** The asker's details said back, and the questions they make answerable offered. */
  function detailsNoted(ctx: AnswerContext): Reply {
    const e = ctx.entities;
    const family = e.family ? tr(ctx, FAMILY_LABEL[e.family], FAMILY_LABEL_EN[e.family]) : undefined;
    const born = e.birthDate ? tr(ctx, `né(e) le ${formatFrenchDate(e.birthDate)}`, `born on ${formatFrenchDate(e.birthDate)}`) : undefined;
    const said = [family, formationLabel(ctx, e.formation), e.age !== undefined ? tr(ctx, `${e.age} ans`, `${e.age} years old`) : undefined, born].filter(Boolean).join(', ');
    const offers = [tr(ctx, 'Salaire minimum', 'Minimum pay'), tr(ctx, 'Dates de contrat', 'Contract dates'), tr(ctx, 'Rythme de l’alternance', 'Work-study rhythm')];
    return reply('clarify', tr(ctx, `Noté : ${said}. Que voulez-vous savoir ?`, `Noted: ${said}. What would you like to know?`), {
      blocks: [tr(ctx, 'Par exemple votre salaire minimum, vos dates de contrat ou votre rythme :', 'For example your minimum pay, your contract dates or your rhythm:'), offers.map((o) => `- ${o}`).join('\n')],
      actions: offers.map((o, i) => ({ id: `ask:${i}`, label: o, value: o })),
      lang: ctx.lang,
      data: { noted: said },
    });
  }

  /** « M2, 23 »: one two-digit number beside details only (a formation, a contract), no age said otherwise. */
  function ageBesideDetails(ctx: AnswerContext, folded: string): RegExpExecArray | null {
    const numbers = folded.match(/\b\d+\b/g) ?? [];
    if (numbers.length !== 1 || ctx.entities.age !== undefined || ctx.entities.birthDate || !hasSlots(ctx.entities)) return null;
    const found = /(?:^|\s)(\d{2})(?:\s|$)/.exec(folded);
    const rest = found ? folded.replace(found[0], ' ').trim() : '';
    return found && rest && matcher.queryTerms(rest).every(isSlotWord) ? found : null;
  }

  /**
   * Nothing said but the contract, the age, who signs and whether it is possible (« j'ai 29 ans et ma boîte veut bien
   * un contrat d'apprentissage, c'est possible ? », « I'm 30, my company wants to hire me as an apprentice, is it ok? »):
   * whether one can be an apprentice is the question. A subject said (« le télétravail ») is another question.
   */
  function onlyTheContract(text: string): boolean {
    return matcher.queryTerms(text).every((t) => language.isSlotTerm(t) || matcher.isCommon(t) || language.isPredicateTerm(t) || HIRING_TERMS.has(t));
  }

  /** A negated question (« n'est-ce pas… ») may expect the opposite word; the « pas » of a phrase (« je valide pas mon année ») is none. */
  function negated(text: string): boolean {
    return isNegated(language.phrasedWords(text));
  }

  function verdictOf(ctx: AnswerContext, target: Target, text: string) {
    // A condition the known question does not state (« … un jeudi alors qu'il est en cours ? ») can turn its answer round.
    const conditioned = CONDITION.test(fold(text));
    // A count the known question does not say (« 3 tuteurs » against « deux tuteurs ») is another question.
    const asked = countsIn(text);
    // (An age said without « ans », « I'm 25 », is the asker's detail, not a count of things.)
    if (ctx.entities.age !== undefined) asked.delete(ctx.entities.age);
    // (A « Oui » said without a count does not hold for any count: « 2 jours de télétravail » may be more than allowed.)
    const sameCount = (item: { q: string; answer: string }) => {
      const known = countsIn(item.q);
      return asked.size === 0 || (known.size === 0 ? item.answer !== 'oui' : [...asked].some((n) => known.has(n)));
    };
    // Nor is a time, a share, an amount or a language level the known question states otherwise (« finir à 22 h » against « 20 h », « C1 » against « B2 »).
    const figures = figuresIn(text);
    // (A « Oui » said without the amount, share or time asked does not hold for it: « peut-on retenir jusqu'à 100 % du
    // salaire ? » is not « peut-on retenir les avantages en nature ? ». A rank, « second year », is no such figure. The
    // closest known question is checked rather than filtered out: one behind it would not be the question asked.)
    const figureSaid = (item: { q: string; answer: string }) => item.answer !== 'oui' || [...figures.keys()].filter((kind) => kind !== 'rank' && kind !== 'level').every((kind) => figuresIn(item.q).has(kind));
    // Two contracts said (« j'étais en apprentissage, je peux continuer en contrat pro ? ») ask about going from one to
    // the other: only a known question naming two contracts is that question (« rompre le contrat, c'est possible ? » is not).
    const twoFamilies = familiesNamed(fold(text)).size >= 2;
    const sameFamilies = (q: string) => !twoFamilies || familiesNamed(fold(q)).size >= 2;
    // « faut-il une mission validée pour s'inscrire ? » (Oui) is not « je peux m'inscrire avant ? » (Non): a modal of
    // necessity against one of possibility reads the rule the other way round.
    // (A follow-up's own: « je l'envoie moi-même ? » after « je dois faire quoi ? » asks a possibility, not the last question's necessity.)
    const modal = modalOf(fold(ctx.typed ?? text));
    const sameModal = (q: string) => {
      const theirs = modalOf(fold(q));
      return !modal || !theirs || theirs === modal;
    };
    const verdict = matcher.yesNoVerdict(target, text, (item) => sameSlots(ctx.entities, slotsOf(item.q), target) && sameCount(item) && sameFigures(figures, figuresIn(item.q), item.q) && sameFamilies(item.q) && sameModal(item.q) && (!conditioned || CONDITION.test(fold(item.q))));
    return verdict && figureSaid(verdict) ? verdict : undefined;
  }

  /** The contract and formation a known yes/no question is about (read once, kept). */
  const itemSlots = new Map<string, Entities>();
  function slotsOf(question: string): Entities {
    let slots = itemSlots.get(question);
    if (!slots) itemSlots.set(question, (slots = extractEntities(language, question, parisDateOf(new Date()))));
    return slots;
  }

  /** No detail said in both that differs (« en apprentissage » against « en contrat pro »). */
  function sameSlots(asked: Entities, known: Entities, target: Target): boolean {
    // « le master » in a known question of an entry about the M2 alone (« Ordinateur … en M2 ») is that M2;
    // elsewhere the Master's two years differ (a contract of 2 years, not 1).
    // (And the other way round: « for the master? » asked of an entry about the M2 alone is its known « … for the M2? ».)
    const masterOf = (master: string, year: string) => master === 'master' && (year === 'm1' || year === 'm2') && titleFormations.get(target.id)!.includes(year);
    const same = (k: 'family' | 'formation', a: string, b: string) => a === b || (k === 'formation' && (masterOf(b, a) || masterOf(a, b)));
    // A known question about one formation or contract (« si je redouble mon M1… ») does not answer a
    // question that names none (« si je redouble… ») when the entry's answer differs by it — unless the
    // entry is about that one alone.
    const differs = (k: 'family' | 'formation') => target.yesNo.some((y) => { const o = slotsOf(y.q)[k]; return o !== undefined && o !== known[k]; });
    // (Nor one about the other M2 track: « l'ERP est-il en I²D ? » is not « … en ISIE ? ».)
    const otherTrack = asked.track !== undefined && known.track !== undefined && asked.track !== known.track;
    // (Nor one stating an age, « à 26 ans, moins que le SMIC ? » (Non), to a question stating none: the age decides.)
    const ageUnsaid = known.age !== undefined && asked.age === undefined && asked.birthDate === undefined;
    // (Nor one naming no contract, to a question about the work-study internship, in an entry whose answer differs by
    // contract: it speaks of the usual case, a contract — « un justificatif médical suffit ? » is Non under contract,
    // Oui for an intern.)
    const internship = asked.family === 'work-study-internship' && known.family === undefined && target.yesNo.some((y) => { const o = slotsOf(y.q).family; return o !== undefined && o !== asked.family; });
    return !otherTrack && !ageUnsaid && !internship && (['family', 'formation'] as const).every((k) => known[k] === undefined || (asked[k] === undefined ? !differs(k) : same(k, asked[k]!, known[k]!)));
  }

  /** The people holding the functions a reply names (« le responsable de l'alternance », « le CFA »), each once. */
  function peopleNamedIn(ctx: AnswerContext, r: Reply): Contact[] {
    const said = words(renderPlainText(r)).join(' ');
    return [...new Map(FUNCTIONS_NAMED.filter(([cue]) => cue.test(said)).flatMap(([, fn]) => holdersFor(ctx, fn)).map((c) => [c.id, c])).values()];
  }

  /**
   * « qui valide les missions ? », « comment demander son absence ? » answered by a guide topic that
   * names a function (« la Direction de la MIAGE »): the people holding it, right after the topic's
   * first sentence — whom to write to is part of a procedure.
   */
  function withPeopleNamed(ctx: AnswerContext, wanted: boolean, r: Reply): Reply {
    // (A deadline's « Qui : … au responsable de l'alternance ET au secrétariat » names functions too.)
    const kind = knowledge.entries.get(String(r.data.entryId))?.kind;
    if (!wanted || r.data.routingId || (kind !== 'topics' && kind !== 'deadlines')) return r;
    const people = peopleNamedIn(ctx, r);
    if (people.length === 0) return r;
    const lines = people.map((c) => `- ${contactLine(c, ctx.lang)}`);
    // After the topic's first sentence (its fact), before its details.
    const [first, ...rest] = r.blocks;
    return { ...r, blocks: [...(first === undefined ? [] : [first]), `${tr(ctx, 'À contacter', 'Contact')} :\n${lines.join('\n')}`, ...rest], sources: [...new Set([...r.sources, ...cite(ctx, people.flatMap((c) => c.sources))])] };
  }

  /** « il me paie 1 000 €, c'est illégal ? »: the facts without « Oui »/« Non », which would read the wrong way round. */
  function withoutVerdictWord(folded: string, r: Reply): Reply {
    if (!asksForAProblem(folded)) return r;
    const title = r.title.replace(/^(Oui|Non|Yes|No) ?: /, '');
    return { ...r, title: title.charAt(0).toUpperCase() + title.slice(1) };
  }

  /**
   * « on peut commencer l'apprentissage avant la rentrée ? », « le contrat peut finir après la fin de la
   * formation ? »: the window's own months say it (start DDF − 3 months: Oui; a work-study internship
   * starts with the training and ends by its end: Non).
   */
  function withWindowVerdict(ctx: AnswerContext, rule: ContractDateRuleEntry, r: Reply): Reply {
    const folded = words(ctx.question).join(' ');
    if (!isYesNoQuestion(ctx.question, folded) || negated(ctx.question) || asksForAProblem(folded)) return r;
    // Before or after the training's start (« avant la rentrée ») or end (« après la fin de la formation »), not another event (« avant la validation »).
    const startSide = START_SIDE.exec(folded)?.[1];
    const endSide = startSide ? undefined : END_SIDE.exec(folded)?.[1];
    const side = startSide ?? endSide;
    if (!side) return r;
    const before = side === 'avant' || side === 'before';
    // (Ending before the training ends may be a rupture, which the window does not decide: no verdict.)
    if (endSide && before) return r;
    const bound = startSide ? (before ? rule.ddcFromMonths : rule.ddcToMonths) : before ? rule.dfcFromMonths : rule.dfcToMonths;
    // (No lower bound to the end of a work-study internship but its length: no verdict.)
    if (bound === null || bound === undefined) return r;
    const months = before ? -bound : bound;
    // « quatre mois avant la rentrée »: that many months against the window's (3: Non).
    const said = MONTHS_BEFORE_OR_AFTER.exec(folded);
    const count = said ? (/\d/.test(said[1]!) ? Number(said[1]) : UNIT_WORDS.get(said[1]!)) : undefined;
    const yes = count !== undefined ? count <= months : months > 0;
    const [it, itEn] = rule.family === 'work-study-internship' ? ['le stage en alternance', 'the work-study internship'] : ['le contrat', 'the contract'];
    const [verb, verbEn, event, eventEn, code] = startSide ? ['commencer', 'start', 'le début de la formation', 'the training starts', 'DDF'] : ['se terminer', 'end', 'la fin de la formation', 'the training ends', 'DFF'];
    const [when, whenEn] = before ? ['avant', 'before'] : ['après', 'after'];
    const because = yes || months > 0
      ? tr(ctx, `${it} peut ${verb} jusqu'à ${months} mois ${when} ${event} (${code} ${before ? '−' : '+'} ${months} mois)${yes ? '' : `, pas ${count} mois`}.`, `${itEn} can ${verbEn} up to ${months} months ${whenEn} ${eventEn} (${code} ${before ? '−' : '+'} ${months} months)${yes ? '' : `, not ${count} months`}.`)
      : tr(ctx, `${it} ne peut pas ${verb} ${when} ${event}.`, `${itEn} cannot ${verbEn} ${whenEn} ${eventEn}.`);
    return withVerdict(ctx, r, yes ? 'oui' : 'non', because);
  }

  /** « je peux commencer le 15/12 ? »: the checked dates' verdict first, Oui or Non. */
  function withDateVerdict(ctx: AnswerContext, folded: string, r: Reply): Reply {
    // « c'est trop tard ? »: « Dates valides » says it; « Oui » would say the reverse.
    // (A follow-up, « et le 10 décembre ça passe ? » after « … au plus tard quand ? », is the yes/no question: as typed.)
    const asked = ctx.typed ?? ctx.question;
    if (typeof r.data.valid !== 'boolean' || !isYesNoQuestion(asked, words(asked).join(' ')) || asksForAProblem(folded)) return r;
    // « elle peut finir après le 3 septembre 2027 ? »: the date is a bound, what is asked is a date beyond it — Oui when
    // the window reaches past it (an end after it, a start before it), whatever the date itself.
    const beyond = DATE_AS_BOUND.exec(folded)?.[1];
    const proposal = r.data.proposal as { ddc: IsoDate | null; dfc: IsoDate | null } | undefined;
    const w = r.data as { ddcMin?: IsoDate; ddcMax?: IsoDate; dfcMin?: IsoDate | null; dfcMax?: IsoDate };
    const end = proposal?.dfc && !proposal.ddc;
    const said = end ? proposal!.dfc : proposal?.ddc;
    if (beyond && said && w.ddcMin && w.ddcMax && w.dfcMax) {
      const after = beyond === 'apres' || beyond === 'after';
      const limit = end ? (after ? w.dfcMax : w.dfcMin) : after ? w.ddcMax : w.ddcMin;
      const yes = !limit || (after ? said < limit : said > limit);
      const [it, itEn] = r.data.family === 'work-study-internship' ? ['le stage en alternance', 'the work-study internship'] : ['le contrat', 'the contract'];
      const [verb, verbEn] = end ? ['finit', 'ends'] : ['commence', 'starts'];
      const because = !limit
        ? tr(ctx, `${it} n'a pas de fin au plus tôt.`, `${itEn} has no earliest end.`)
        : tr(ctx, `${it} ${verb} ${after ? 'au plus tard' : 'au plus tôt'} le ${formatFrenchDate(limit)}.`, `${itEn} ${verbEn} ${after ? 'at the latest' : 'at the earliest'} on ${formatFrenchDate(limit)}.`);
      return withVerdict(ctx, r, yes ? 'oui' : 'non', because);
    }
    return { ...r, title: `${r.data.valid ? tr(ctx, 'Oui', 'Yes') : tr(ctx, 'Non', 'No')} — ${r.title}` };
  }

  /** « je peux commencer en août ? »: a month without its day, against the start (or end) window. */
  function withMonthVerdict(ctx: AnswerContext, folded: string, r: Reply): Reply {
    const asked = monthAskedIn(folded) ?? (ctx.typed ? monthFirstIn(words(ctx.typed).join(' ')) : undefined);
    const end = END_CUE.test(folded) && !START_CUE.test(folded);
    const typed = ctx.typed ?? ctx.question;
    if (!asked || r.kind !== 'computation' || !isYesNoQuestion(typed, words(typed).join(' ')) || negated(typed) || asksForAProblem(folded)) return r;
    const d = r.data as { ddcMin?: IsoDate; ddcMax?: IsoDate; dfcMin?: IsoDate | null; dfcMax?: IsoDate };
    const window = end ? (d.dfcMax ? { min: d.dfcMin ?? undefined, max: d.dfcMax } : undefined) : d.ddcMin && d.ddcMax ? { min: d.ddcMin, max: d.ddcMax } : undefined;
    if (!window) return r;
    const it = r.data.family === 'work-study-internship' ? { fr: 'le stage en alternance', en: 'the work-study internship' } : { fr: 'le contrat', en: 'the contract' };
    const v = monthInWindow(asked.month, window, end ? { fr: `${it.fr} peut finir`, en: `${it.en} can end` } : { fr: `${it.fr} peut commencer`, en: `${it.en} can start` }, asked.year);
    return withVerdict(ctx, r, v.answer, tr(ctx, v.because, v.becauseEn));
  }

  /** The answer to the likeliest reading, and the other readings to pick (« 2 » picks the second). */
  function withAlternatives(ctx: AnswerContext, r: Reply, others: Candidate[]): Reply {
    return {
      ...r,
      notes: [...r.notes, tr(ctx, "Si ce n'était pas votre question, choisissez un autre sujet ci-dessous ou reformulez.", 'If this was not your question, pick another topic below or rephrase.')],
      actions: [...r.actions, ...others.map((c) => ({ id: `topic:${c.target.id}`, label: titleIn(ctx, c.target), value: titleIn(ctx, c.target) }))],
      data: { ...r.data, options: others.map((c) => ({ id: c.target.id, title: c.target.title, score: Number(c.score.toFixed(3)) })) },
    };
  }

  function withNotSureLine(ctx: AnswerContext, r: Reply): Reply {
    return { ...r, notes: [...r.notes, tr(ctx, "Si ce n'était pas votre question, reformulez-la en précisant votre formation, votre contrat ou votre besoin (/aide pour des exemples).", 'If this was not your question, rephrase it with your formation, contract or need (/aide for examples).')] };
  }

  /** Greetings, thanks and goodbyes: short, friendly, and pointing to what the assistant knows. */
  function smallTalk(ctx: AnswerContext, what: 'greeting' | 'thanks' | 'farewell' | 'ack' | 'self'): Reply {
    const said: Record<typeof what, [string, string]> = {
      self: [tr(ctx, 'Un assistant, pas une personne', 'An assistant, not a person'), tr(ctx, "Je suis l'assistant de l'alternance de la MIAGE d'Aix-Marseille : un programme qui répond à partir du guide de l'alternance et des fiches des formations, sans rien inventer. Pour un cas que les documents ne traitent pas, je vous dis à qui écrire. Tapez /aide pour des exemples.", 'I am the MIAGE Aix-Marseille work-study assistant: a program that answers from the work-study guide and the programmes’ sheets, without making anything up. For a case the documents do not cover, I tell you whom to write to. Type /aide for examples.')],
      greeting: [tr(ctx, 'Bonjour', 'Hello'), tr(ctx, "Bonjour ! Je réponds aux questions sur l'alternance à la MIAGE d'Aix-Marseille : contacts, dates de contrat, salaire minimum, absences et arrêts maladie, règles du guide. Posez votre question, ou tapez /aide.", 'Hello! I answer questions about work-study at the MIAGE Aix-Marseille: contacts, contract dates, minimum pay, absences and sick notes, the guide’s rules. Ask away, or type /aide.')],
      thanks: [tr(ctx, 'Avec plaisir', 'You’re welcome'), tr(ctx, 'Avec plaisir ! Une autre question sur l’alternance ? Je suis là.', 'You’re welcome! Any other work-study question? I’m here.')],
      ack: [tr(ctx, 'D’accord', 'OK'), tr(ctx, 'D’accord ! Une autre question sur l’alternance ? Je suis là.', 'OK! Any other work-study question? I’m here.')],
      farewell: [tr(ctx, 'À bientôt', 'See you'), tr(ctx, 'À bientôt ! Je reste là pour vos questions sur l’alternance.', 'See you! I’m here for any work-study question.')],
    };
    const [title, text] = said[what];
    return reply('notice', title, { blocks: [text], lang: ctx.lang, data: { smallTalk: what } });
  }

  /** Targets the asker may be answered with: routing rules of their own side of tables 8/9. */
  function allowFor(ctx: AnswerContext, extra: (t: Target) => boolean = () => true) {
    const asker = askerOf(ctx.role);
    return (t: Target) => extra(t) && (t.kind !== 'routing' || t.asker === 'tous' || t.asker === asker);
  }

  /** The staff functions an entry sends to (a contact's own, a routing rule's list). */
  function functionsOf(t: Target): string[] {
    const e = knowledge.entries.get(t.id)?.entry as { function?: string; contacts?: Array<{ function: string }> } | undefined;
    return t.kind === 'contacts' ? [String(e?.function)] : t.kind === 'routing' ? (e?.contacts ?? []).map((c) => c.function) : [];
  }

  function samePeople(a: Target, b: Target): boolean {
    const fa = functionsOf(a);
    return fa.length > 0 && functionsOf(b).some((f) => fa.includes(f));
  }

  /** Same subject: two entries citing the same section of the same document (e.g. §4.3.1 as topic and as routing). */
  function sameSubject(a: Target, b: Target): boolean {
    const refs = (t: Target) => new Set((knowledge.entries.get(t.id)?.sources ?? []).flatMap((s) => (s.ref ?? '').split(/[,;]/).map((part) => `${s.doc}:${part.trim()}`)));
    const ra = refs(a);
    return [...refs(b)].some((r) => ra.has(r)) || (a.kind === 'contacts' && b.kind === 'contacts') || sameTitleWords(a, b);
  }

  // Two titles sharing two words that tell entries apart (« Faire valider sa mission », « … la validation de la mission »).
  const titleTerms = new Map(matcher.targets.map((t) => [t.id, new Set(language.terms(t.title).filter((w) => !isSlotWord(w)))]));
  const titleFrequency = new Map<string, number>();
  for (const words of titleTerms.values()) for (const w of words) titleFrequency.set(w, (titleFrequency.get(w) ?? 0) + 1);
  // Words in more than one title in twenty (« alternance », « contrat ») tell no subject apart.
  const titleWords = new Map([...titleTerms].map(([id, words]) => [id, new Set([...words].filter((w) => (titleFrequency.get(w) ?? 0) <= matcher.targets.length / 20))]));
  function sameTitleWords(a: Target, b: Target): boolean {
    const wa = titleWords.get(a.id);
    return [...(titleWords.get(b.id) ?? [])].filter((w) => wa?.has(w)).length >= 2;
  }

  /** An entry's title in the question's language (a menu in English for an English question). */
  function titleIn(ctx: AnswerContext, target: Target): string {
    const entry = knowledge.entries.get(target.id)?.entry as { titleEn?: unknown } | undefined;
    return ctx.lang === 'en' && typeof entry?.titleEn === 'string' ? entry.titleEn : target.title;
  }

  /** The reply of a knowledge entry, marked with its id (the conversation remembers what was answered). */
  function targetReply(ctx: AnswerContext, target: Target): Reply {
    const r = withOtherTrack(ctx, target, entryReply(ctx, target));
    return { ...r, data: { ...r.data, entryId: target.id } };
  }

  // Contact cards that differ only by the M2 track (« Responsable pédagogique du M2 MIAGE parcours I²D » / « … ISIE »).
  const trackShape = new Map(matcher.targets.filter((t) => t.kind === 'contacts').map((t) => [t.id, fold(t.title).replace(/\b(i2d|i²d|isie)\b/g, '@')]));

  /** A card for one M2 track, no track said (« le mail du responsable pédagogique du M2 ? »): the other track's card too. */
  function withOtherTrack(ctx: AnswerContext, target: Target, r: Reply): Reply {
    const shape = trackShape.get(target.id);
    if (!shape?.includes('@') || ctx.entities.track || r.kind !== 'answer') return r;
    const others = matcher.targets.filter((t) => t.id !== target.id && trackShape.get(t.id) === shape);
    if (others.length === 0) return r;
    const cards = others.map((t) => contactReply(ctx, knowledge.entries.get(t.id)!.entry as unknown as Contact));
    const lines = cards.map((o) => o.blocks[0]).filter((b): b is string => Boolean(b));
    // (No formation said: these are the M2's heads; the documents name none for the L3I and the M1.)
    const otherYears = ctx.entities.formation ? [] : [tr(ctx, 'Ce sont les responsables du M2 : les documents n\'en nomment pas pour la L3I et le M1 (demandez à votre secrétariat pédagogique).', 'These are the M2\'s heads: the documents name none for the L3I and the M1 (ask your programme secretariat).')];
    return { ...r, blocks: [...r.blocks, ...lines, tr(ctx, 'Un responsable par parcours : celui de votre parcours (I²D ou ISIE).', 'One head per track: the one of your track (I²D or ISIE).'), ...otherYears], sources: [...new Set([...r.sources, ...cards.flatMap((o) => o.sources)])] };
  }

  function entryReply(ctx: AnswerContext, target: Target): Reply {
    const entry = knowledge.entries.get(target.id)!.entry;
    switch (target.kind) {
      case 'routing':
        return routingReply(ctx, knowledge.routing.find((r) => r.id === target.id) as Routing);
      case 'contacts':
        return contactReply(ctx, entry as unknown as Contact);
      case 'glossary':
        return glossaryReply(ctx, entry as unknown as GlossaryEntry);
      case 'program':
        return programReply(ctx, entry as unknown as Program);
      case 'contract-types':
        return contractTypeReply(ctx, entry as unknown as ContractType);
      case 'contract-date-rules':
        return withWindowVerdict(ctx, entry as unknown as ContractDateRuleEntry, dateRuleReply(ctx, entry as unknown as ContractDateRuleEntry));
      case 'deadlines': {
        const d = knowledge.deadlines.find((x) => x.id === target.id) as DeadlineEntry;
        const r = deadlineReply(ctx, d);
        // (The deadline shown may be the other side's, the asker's own: its own recipients.)
        const shown = knowledge.deadlines.find((x) => x.id === r.data.deadlineId) ?? d;
        return withSendTo(ctx, r, shown.sendTo);
      }
      default:
        return topicReply(ctx, entry as unknown as Topic);
    }
  }

  function clarifyReply(ctx: AnswerContext, candidates: Candidate[], missing?: 'formation'): Reply {
    const options = missing ? candidates : candidates.filter((c) => c.score >= CLARIFY_SCORE).slice(0, 3);
    const ask = missing
      ? tr(ctx, 'Cela dépend de la formation. Laquelle ?', 'It depends on the formation. Which one?')
      : tr(ctx, 'Je ne suis pas sûr de la question. Choisissez un sujet, ou reformulez en précisant votre formation, votre contrat ou votre besoin :', 'I am not sure what you mean. Pick a topic or rephrase:');
    return reply('clarify', missing ? tr(ctx, 'Quelle formation ?', 'Which formation?') : tr(ctx, 'Vous voulez parler de…', 'Did you mean…'), {
      blocks: [ask, options.map((c) => `- ${titleIn(ctx, c.target)}`).join('\n')],
      actions: options.map((c) => ({ id: `topic:${c.target.id}`, label: titleIn(ctx, c.target), value: titleIn(ctx, c.target) })),
      lang: ctx.lang,
      data: { options: options.map((c) => ({ id: c.target.id, title: c.target.title, score: Number(c.score.toFixed(3)) })) },
    });
  }

  const DETAIL_NAMES: Record<AskedDetail, { fr: string; en: string }> = {
    password: { fr: 'de mot de passe', en: 'any password' },
    phone: { fr: 'de numéro de téléphone', en: 'any phone number' },
    email: { fr: "d'adresse e-mail", en: 'any e-mail address' },
    room: { fr: 'de salle ni de bureau', en: 'any room or office' },
    link: { fr: 'ce lien', en: 'this link' },
    address: { fr: 'cette adresse', en: 'this address' },
    exactDate: { fr: 'ces dates', en: 'these dates' },
    date: { fr: 'cette date', en: 'this date' },
    year: { fr: "ce chiffre pour l'année demandée", en: 'this figure for the year asked' },
    person: { fr: 'de nom', en: 'a name' },
  };

  /** A reply's first line and first block, once (a card's block may start with its title). */
  function knownPart(r: Reply): string {
    const [first] = r.blocks;
    return first?.startsWith(r.title) ? first : [r.title, first].filter(Boolean).join('\n');
  }

  /** "I don't know": said plainly, with the person most likely to know. */
  function fallbackReply(ctx: AnswerContext, candidates: Candidate[], missing?: { detail: AskedDetail; known: Reply }): Reply {
    // In the domain: a candidate, and a word of the question that the knowledge base uses and
    // that is not only a place, a formation or a number (« quel temps fait-il à Marseille ? »).
    // A lead, as for a question back: two of its words known to one entry (or its only word).
    const terms = matcher.queryTerms(ctx.question);
    // The lead must share a subject word, not only places or details (« un resto près de l'îlot du Bois »).
    // And it must say the question's rarest subject word (« logement » in « où trouver un logement étudiant ? »):
    // an entry sharing only its commoner words (« trouver », « étudiant ») is about something else. (In French:
    // English words the guide's translations happen to use once, « yet », « talk », are no subject.)
    const subjects = ctx.lang !== 'fr' ? [] : terms.filter((t) => !isSlotWord(t) && !language.isPredicateTerm(t) && matcher.knows(t));
    const rarest = subjects.reduce<string | undefined>((r, t) => (r === undefined || matcher.entriesSaying(t) < matcher.entriesSaying(r) ? t : r), undefined);
    const lead = candidates.some((c) => c.answered >= 0.25 && c.matched >= Math.min(2, terms.length) && terms.some((t) => c.target.vocabulary.has(t) && !isSlotWord(t)) && (rarest === undefined || c.target.vocabulary.has(rarest) || c.target.body.has(rarest)));
    // A detail missing from an entry found on a one-word question outside the domain (« c'est quand
    // les soldes ? » found a « solde » of leave days) is no lead: what the bot knows, no staff named.
    // A French word no entry knows (« traiteur », « Belgique », « Sorbonne »), when nothing names the
    // programme, is likely the subject: the documents do not speak of it, and staff are not the help desk for it.
    const foreign = !missing && (outside(ctx.question) || (!language.namesOurs(ctx.question) && (ctx.lang === 'fr' || !lead) && unknownWord(ctx.question)));
    const inDomain = !foreign && (language.inDomain(ctx.question) || (lead && !(missing && terms.length < 2)));
    const manager = holdersOf(knowledge, 'responsable-alternance')[0];
    const secretariat = holdersOf(knowledge, 'secretariat-pedagogique', { formation: ctx.entities.formation, site: ctx.entities.site })[0];
    // The detail missing from an entry: whom that entry itself sends to (« renseignez-vous auprès du CFA »), or the manager.
    const named = missing ? peopleNamedIn(ctx, missing.known) : [];
    // (The manager after them: the one who answers for the programme when they cannot.)
    const who = named.length > 0 ? [...named, ...(manager && !named.some((c) => c.id === manager.id) ? [manager] : [])] : [manager, ctx.entities.formation ? secretariat : undefined].filter((c): c is Contact => Boolean(c));
    // In the domain but not in the documents: the right person. Out of the domain: what the
    // assistant knows about, and no staff name (they are not the help desk for everything).
    // The entry found, when only the detail asked is missing: what the documents do say comes first.
    const known = missing ? [tr(ctx, `Les documents ne donnent pas ${DETAIL_NAMES[missing.detail].fr}. Ce qu'ils en disent :`, `The documents do not give ${DETAIL_NAMES[missing.detail].en}. What they say:`), knownPart(missing.known)] : [];
    const blocks = inDomain
      ? [...known, tr(ctx, missing ? 'Le mieux est de demander à :' : "Je n'ai pas de réponse sûre à cette question dans le guide de l'alternance. Le mieux est de demander à :", missing ? 'Please ask:' : 'I have no reliable answer to this in the work-study guide. Please ask:'), who.map((c) => `- ${contactLine(c, ctx.lang)}`).join('\n')]
      : [
          tr(ctx, "Je ne sais pas répondre à cette question : je ne connais que l'alternance à la MIAGE d'Aix-Marseille — contacts, dates de contrat, salaire minimum, absences et arrêts maladie, règles du guide de l'alternance.", 'I cannot answer this: I only know about work-study at the MIAGE Aix-Marseille — contacts, contract dates, minimum pay, absences and sick notes, the guide’s rules.'),
          tr(ctx, 'Tapez /aide pour voir des exemples de questions.', 'Type /aide for example questions.'),
        ];
    const sources = [...(missing?.known.sources ?? []), ...(inDomain ? cite(ctx, manager?.sources ?? []) : [])];
    const title = missing && inDomain ? tr(ctx, 'Pas dans les documents', 'Not in the documents') : tr(ctx, 'Je ne sais pas', "I don't know");
    return reply('fallback', title, { blocks, sources: [...new Set(sources)], lang: ctx.lang, data: { inDomain, candidates: candidates.slice(0, 3).map((c) => ({ id: c.target.id, score: Number(c.score.toFixed(3)) })) } });
  }

  function askFormation(ctx: AnswerContext, commandName: string, family?: string): Reply {
    const contract = family === 'professionalisation' ? 'CPRO' : family === 'work-study-internship' ? 'stage' : 'CAPP';
    return reply('clarify', tr(ctx, 'Quelle formation ?', 'Which formation?'), {
      blocks: [tr(ctx, 'Les dates dépendent de la formation : L3I, M1 (contrat de 2 ans sur le Master) ou M2.', 'Dates depend on the formation: L3I, M1 or M2.')],
      actions: ['L3I', 'M1', 'M2'].map((f) => ({ id: `formation:${f}`, label: f, value: `/${commandName} ${f} ${contract}` })),
      lang: ctx.lang,
      data: { missing: ['formation'] },
    });
  }

  /** An aspect asked with no subject (« je dois contacter qui ? »): the subject asked back, with examples. */
  function askSubject(ctx: AnswerContext): Reply {
    return reply('clarify', tr(ctx, 'À quel sujet ?', 'About what?'), {
      blocks: [tr(ctx, "La personne à contacter et les délais dépendent du sujet : par exemple un arrêt maladie, une absence en cours, la validation de la mission, le contrat (avant ou après sa signature), un souci dans l'entreprise, la rupture du contrat. Précisez votre question.", 'Whom to contact and the deadlines depend on the subject: for example sick leave, an absence from class, the assignment validation, the contract (before or after signing), a problem at the company, ending the contract. Please say which.')],
      lang: ctx.lang,
      data: { missing: ['subject'] },
    });
  }

  function askFamily(ctx: AnswerContext, formation: string): Reply {
    const f = formation.toUpperCase();
    return reply('clarify', tr(ctx, 'Quel contrat ?', 'Which contract?'), {
      blocks: [tr(ctx, 'Les fenêtres de dates dépendent du contrat : apprentissage, professionnalisation ou stage en alternance.', 'Date windows depend on the contract type.')],
      actions: [
        { id: 'family:capp', label: tr(ctx, 'Apprentissage', 'Apprenticeship'), value: `/contrat-dates ${f} CAPP` },
        { id: 'family:cpro', label: tr(ctx, 'Professionnalisation', 'Professionalisation'), value: `/contrat-dates ${f} CPRO` },
        { id: 'family:stage', label: tr(ctx, 'Stage en alternance', 'Work-study internship'), value: `/contrat-dates ${f} stage` },
      ],
      lang: ctx.lang,
      data: { missing: ['family'] },
    });
  }

  return { handle, knowledge, matcher };
}

export type Assistant = ReturnType<typeof createAssistant>;

// « se terminer le 30/09/2027 », « jusqu'au … », « end on … »: a lone date that is the contract's end.
const END_CUE = /\b(terminer|termine|finir|finit|fin|finisse|jusqu au|jusqu a|arreter|arrete|end|ends|ending|until)\b/;
const START_CUE = /\b(commencer|commence|debuter|debute|demarrer|demarre|debut|start|starts|begin|begins|a partir)\b/;

// « stage en alternance en M2 : je peux commencer le 01/09/2025 ? »: a contract, a date and a start or
// an end is a contract's dates, even without the word « contrat » — unless it is about an absence
// (« mon apprentie est arrêtée jusqu'au 15/12 »).
const START_OR_END_VERB = /\b(commencer|commence|debuter|debute|demarrer|demarre|finir|finit|terminer|termine|arreter|start|starts|begin|begins|end|ends|finish)\b/;
const ABSENCE_WORDS = /\b(malade|maladie|arret de travail|arret maladie|arrete|absence|absent|absente|conge|conges|sick|ill|leave)\b/;
/** An answer's line for one contract (« - Contrat de professionnalisation : … »), French or English. */
const FAMILY_LINE: Record<string, RegExp> = {
  apprenticeship: /^- (contrat d'apprentissage|apprentissage|apprenticeship)/i,
  professionalisation: /^- (contrat de professionnalisation|professionnalisation|professionalisation)/i,
  'work-study-internship': /^- (stage en alternance|stagiaires?|work-study internship|interns?)\b/i,
};

/**
 * The last question with a follow-up's details (« M1 », « 23 ans »): said inside the question, before
 * its « ? », so that it still reads as the question it was (« si je redouble je perds mon contrat M1 ? »).
 */
function continued(previous: string, details: string): string {
  const asked = /\?\s*$/.exec(previous);
  return asked && !details.includes('?') ? `${previous.slice(0, asked.index).trimEnd()} ${details.trim()} ?` : `${previous} ${details}`;
}

function datedStartOrEnd(folded: string, e: Entities): boolean {
  // « mon alternance commence le 1er décembre » is the contract's start too, its type still to ask.
  return e.dates.length > 0 && (Boolean(e.family) || /\b(alternance|contrat|convention)\b/.test(folded)) && START_OR_END_VERB.test(folded) && !ABSENCE_WORDS.test(folded);
}

/** The dates said for a contract: two are start and end; one alone is the end when only the end is talked about. */
function contractDatesOf(folded: string, dates: IsoDate[]): { ddc?: IsoDate; dfc?: IsoDate } {
  if (dates.length === 1 && END_CUE.test(folded) && !START_CUE.test(folded)) return { dfc: dates[0] };
  return { ddc: dates[0], dfc: dates[1] };
}

function argumentError(ctx: AnswerContext, error: ArgumentError): Reply {
  return reply('error', tr(ctx, `Argument à corriger : ${error.argument}`, `Argument to fix: ${error.argument}`), { blocks: [error.message], lang: ctx.lang, data: { argument: error.argument } });
}

/** `/aide`: what the assistant does, with examples that work. */
export function helpReply(ctx: { lang: 'fr' | 'en' }): Reply {
  return reply('answer', tr(ctx, "Assistant de l'alternance MIAGE — ce que je sais faire", 'MIAGE work-study assistant — what I can do'), {
    blocks: [
      tr(ctx, 'Posez une question en français (ou en anglais), par exemple « à qui envoyer un arrêt maladie ? », « j’ai 23 ans en M2 en apprentissage, je touche combien ? », « quel est le rythme en M2 ? ».', 'Ask a question, e.g. "who do I contact about a sick note?".'),
      [
        tr(ctx, 'Commandes :', 'Commands:'),
        '- /contrat-dates <formation> <contrat> [année | date de début [date de fin]] — ex. /contrat-dates M2 CAPP, /contrat-dates L3I CPRO 01/09/2025 03/07/2026',
        '- /salaire-min <formation> <contrat> <âge | date de naissance> [smc=<montant>] [date=<jj/mm/aaaa>] [taux-precedent=<%>] [majorations=<nombre>] — ex. /salaire-min M2 CAPP 23',
        '- /contact <besoin> — ex. /contact arrêt maladie',
        "- /arret-maladie — transmettre l'arrêt de travail d'un(e) alternant(e) (entreprise : RH ou tuteur)",
        "- /absence — demander une absence en formation (raisons professionnelles ou autre raison)",
        '- /demandes — suivre ses demandes ; pour le personnel : traiter, décider, exporter',
        '- /aide — cette aide',
      ].join('\n'),
      tr(ctx, `Formations : L3I, M1, M2, Master (2 ans). Contrats : CAPP (apprentissage), CPRO (professionnalisation), stage (stage en alternance).`, 'Formations: L3I, M1, M2, Master. Contracts: CAPP, CPRO, stage.'),
    ],
    lang: ctx.lang,
    data: { commands: ['contrat-dates', 'salaire-min', 'contact', 'arret-maladie', 'absence', 'demandes', 'aide'] },
  });
}
