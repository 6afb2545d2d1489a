import { addDaysTo, addMonthsTo, eventDateProblem, firstOfNextMonth, monthOf, MONTH_PATTERN, MONTHS, parseUserDate, smcProblem, toIsoDate, yearOf, type IsoDate } from '../rules/index.ts';
import type { Language } from './language.ts';
import { analysedPart, fold } from './normalize.ts';

export { parseUserDate };

/** Contract families as people name them. */
export type FamilyEntity = 'apprenticeship' | 'professionalisation' | 'work-study-internship';
export type RoleCue = 'student' | 'hr' | 'tutor';

/** What a message says, extracted exactly (no guessing): each field only when the text states it. */
export interface Entities {
  formation?: string;
  track?: string;
  site?: string;
  family?: FamilyEntity;
  /** The age as typed, possibly out of range (checked by the rules, refused with a message). */
  age?: number;
  birthDate?: IsoDate;
  /** Every calendar date in the text, in order (birth date excluded). */
  dates: IsoDate[];
  /** Text that looked like a date but is not one (e.g. 31/02/2026), to say so. */
  invalidDates: string[];
  /** Real dates outside the years of contracts and absences (2000–2100), birth dates aside. */
  outOfRangeDates: IsoDate[];
  academicYear?: string;
  /** A branch minimum (SMC) in euros, when given and plausible. */
  smc?: number;
  /** An SMC given but implausible (« smc 99999999999 »), as typed, to say so. */
  rejectedSmc?: string;
  /** What the person says is paid (« me paie 900 € brut »), to answer « c'est légal ? ». */
  paid?: { euros: number; per: 'month' | 'hour'; net?: boolean };
  /** A rate of the SMIC offered or paid now (« ma boîte veut me passer à 53 % »), to answer « elle a le droit ? ». */
  paidRate?: number;
  /** A rate the person computed and wants checked (« ça fait bien 60,95 % ? »). */
  claimedRate?: number;
  /** The rate of the previous apprenticeship contract (« j'étais payé à 78 % »), for D6222-29. */
  previousRate?: number;
  /** The formation of the previous contract, said in the past (« j'étais apprenti en L3I ») and not the current one. */
  previousFormation?: string;
  /** How many +15-point increases are said to apply (« une majoration de 15 % »), for D6222-30. */
  increases?: number;
  /** Hours a day and days of presence in a month (« 7 h par jour, 20 jours ouvrés »), for a monthly gratification. */
  presence?: { hoursPerDay?: number; days?: number };
  /** How long an internship lasts in all (« un stage de 6 semaines », « d'un an »), in days of presence. */
  internshipDays?: number;
  /** A month or a year named without a day ("en janvier 2026", "en 2025"). */
  period?: { from: IsoDate; to: IsoDate };
  /** "sans bac pro": the professionalisation grid's base row (never a MIAGE student, but asked). */
  qualification?: 'below-bac-pro';
  role?: RoleCue;
  lang: 'fr' | 'en';
}

// Formation patterns over the folded word string, most specific first.
const FORMATIONS: Array<[RegExp, string]> = [
  [/\b(l3 ?g|l3 gestion|licence (3 )?gestion)\b/, 'l3g'],
  [/\b(master (complet|en (2|deux) ans)|m1 (et|puis|\+) m2|(2|deux) ans de master)\b/, 'master'],
  [/\b(l3 ?i|l3 info(rmatique)?|l3|licence 3|licence informatique|troisieme annee de licence|third year)\b/, 'l3i'],
  [/\b(m1|master 1|(premiere|1ere|1re) annee (de|du) (master|miage)|(first|1st) year of (the )?(miage )?master|(1st|first) year master|master (1st|first) year)\b/, 'm1'],
  [/\b(m2|master 2|(deuxieme|seconde|2eme|2e) annee (de|du) (master|miage)|(second|2nd|final) year of (the )?(miage )?master|(2nd|second) year master|master (2nd|second) year)\b/, 'm2'],
  // "le master" alone: the two-year Master, once M1 and M2 have been ruled out.
  [/\bmaster\b/, 'master'],
];
const TRACKS: Array<[RegExp, string]> = [
  [/\b(i2d|2id|i 2 d)\b/, 'i2d'],
  [/\bisie\b/, 'isie'],
];
const SITES: Array<[RegExp, string]> = [
  [/\b(aix|forbin|aix en provence)\b/, 'forbin'],
  [/\b(marseille|mrs|ilot du bois|ilot bernard du bois|ilot)\b/, 'ilot-du-bois'],
];
const FAMILIES: Array<[RegExp, FamilyEntity]> = [
  [/\b(cstagealt|(fi|fc) cstagealt|stages? (en )?alternance|stagiaires? (en )?alternance|stagiaire alternant|stage|stagiaire|internship|intern)\b/, 'work-study-internship'],
  [/\b(cpro|fc cpro|contrats? (de )?pro|contrats? de professionnalisation|cpros|professionnalisation|professionalization|professionalisation)\b/, 'professionalisation'],
  [/\b(capp|fi capp|apprentissage|apprenti|apprentie|apprentis|apprenties|apprentice|apprentices|apprenticeship|apprenticeships)\b/, 'apprenticeship'],
];
/** Every contract family a folded text names (« j'étais en apprentissage … continuer en contrat pro »: two). */
export function familiesNamed(folded: string): Set<FamilyEntity> {
  return new Set(FAMILIES.filter(([re]) => re.test(folded)).map(([, family]) => family));
}

const ROLES: Array<[RegExp, RoleCue]> = [
  [/\b(je suis (rh|dans les rh|au service rh|charge(e)? (de )?rh|gestionnaire rh)|service (des )?rh|notre (alternant|alternante|apprenti|apprentie|stagiaire|salarie)|nos (alternants|apprentis)|nous (avons|voulons|accueillons|souhaitons)|notre entreprise|i am (an )?hr|our (apprentice|intern|student))\b/, 'hr'],
  [/\b(je suis (le |la )?tuteur|maitre d apprentissage|mon (alternant|apprenti|stagiaire)|mon alternante|mon apprentie|i am (a |the )?tutor|my (apprentice|intern))\b/, 'tutor'],
  [/\b(je suis (alternant|alternante|apprenti|apprentie|etudiant|etudiante|en (l3 ?[ig]?|m1|m2|master|licence))|mon tuteur|ma tutrice|mon entreprise|mon contrat|mon arret|mon salaire|mes cours|i am (a |an )?(student|apprentice)|my (company|contract|tutor|salary))\b/, 'student'],
];

const ENGLISH = new Set(['what', 'who', 'how', 'when', 'where', 'which', 'is', 'are', 'my', 'the', 'do', 'does', 'i', 'can', 'should', 'of', 'for', 'much', 'many', 'salary', 'pay', 'wage', 'sick', 'leave', 'contact', 'contract', 'start', 'end', 'dates', 'minimum', 'apprentice', 'old', 'years', 'am', 'in', 'to', 'with', 'course', 'classes', 'please', 'hello', 'hi', 'get', 'paid', 'need', 'whom', 'there', 'it', 'this', 'that', 'have', 'has', 'was', 'were', 'will', 'would', 'could', 'be', 'been', 'and', 'if', 'you', 'your', 'his', 'her', 'our', 'we', 'they', 'at', 'by', 'from', 'phone', 'number', 'email', 'address', 'link', 'mr', 'mrs', 'ms', 'isn', 'doesn', 'don', 'aren', 'anyone', 'someone', 'anything', 'about', 'after', 'before', 'during', 'holidays', 'allowed', 'enough', 'whose']);
const FRENCH = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'je', 'tu', 'il', 'est', 'quel', 'quelle', 'quels', 'qui', 'quoi', 'comment', 'quand', 'mon', 'ma', 'mes', 'pour', 'avec', 'dans', 'et', 'ou', 'que', 'en', 'au', 'aux', 'sur', 'pas', 'ne', 'ai', 'suis', 'combien', 'contrat', 'salaire', 'a', 'on', 'nous', 'vous', 'notre', 'votre', 'faire', 'dois', 'peut', 'peux', 'c', 'ce', 'cette', 'bonjour']);

const DATE_IN_TEXT = /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:er)? (?:janvier|janv|fevrier|fevr|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.? \d{4})\b/g;
// (« ma date de naissance c'est le », « my birthday is »: a verb may come between.)
const BIRTH_CUE = /\b(ne|nee|naissance|birth|born|anniversaire|birthday)\s*(?:(?:c|c est|est|is|was)\s+)?(le|on|:|du)?\s*$/;
// No contract, pay or absence date is this many years before today: a date that old is a birth date.
// (Nor is a date older than a working life a birth date to compute on: « 09/03/1911 » is said to be out of range.)
const BIRTH_DATE_YEARS = 14;
const OLDEST_BIRTH_YEARS = 70;

// Numbers written in words, French and English, up to what an age needs.
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 }));
const TEN_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 }));
const NUMBER_WORDS = /\b(?:(vingt|trente|quarante|cinquante|soixante|twenty|thirty|forty|fifty|sixty)(?:[- ](?:et[- ])?(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|one|two|three|four|five|six|seven|eight|nine))?|dix[- ](sept|huit|neuf)|(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b(?= (ans|an|years?)\b)/g;

/** « vingt-trois ans » → « 23 ans »: only numbers followed by « ans » (« un apprenti » stays). */
function numbersInWords(text: string): string {
  return text.replace(NUMBER_WORDS, (whole, tens?: string, tensUnit?: string, dixUnit?: string, unit?: string) => {
    if (tens) return String(TEN_WORDS.get(tens)! + (tensUnit ? UNIT_WORDS.get(tensUnit)! : 0));
    if (dixUnit) return String(10 + UNIT_WORDS.get(dixUnit)!);
    return unit ? String(UNIT_WORDS.get(unit)!) : whole;
  });
}

// An amount of money in a sentence: « 2 100 € », « 1200 euros », « 1 800 € brut », « 1200 balles ».
// Thousands grouped by a space (« 2 100 », French) or a comma (« 1,000 », English); decimals after , or .
const AMOUNT = /(\d{1,3}(?:[ ,]\d{3})+(?!\d)|\d{1,6})(?:[.,](\d{1,2}))? ?(€|euros?\b|eur\b|balles\b|brut\b|gross\b|net\b)( ?(?:de l[' ]?heure|par heure|\/ ?h\b|an hour|per hour|brut de l[' ]?heure))?/g;
// What makes an amount the branch minimum (SMC), when it comes just before it.
const SMC_CUE = /(smc|minimum (de (la |notre )?branche|conventionnel)|salaire minimum de (la |notre )?branche|grille (cadre )?(de (la |notre |leur )?(branche|convention)|conventionnelle)|convention collective|branch minimum|collective agreement)[^0-9]{0,40}$/;
/** « mon salaire c'est 900 € », « my pay is 900 »: someone's own pay, said with an amount, is an amount paid. */
const PAY_OWNED = /\b(?:mon|ma|son|sa|notre|leur|my|his|her|our|their) (?:salaire|paie|paye|remuneration|salary|pay|wage)\b/;
const PAID_CUE = /\b(paie|paye|payee|payes|payons|payer|paiera|payera|paieront|verse|versons|verser|versera|donne|donnent|donner|touche|toucher|toucherai|touchera|gagne|gagner|gagnerai|gagnera|recois|recevoir|recevrai|paid|pay|pays|paying|earn|earns|earning|get|gets|receive|receives|remunere|remuneree)\b/;
// « j'aurai 21 ans le 10 janvier 2027 »: a birthday to come, with its date.
const BIRTHDAY_TO_COME = /\b(?:j[' ]?aurai|je vais avoir|j[' ]?vais avoir|il aura|elle aura|aura|va avoir|j[' ]?en aurai|il en aura|elle en aura|fete mes|fete ses|feterai mes|fetera ses|i will be|i[' ]?ll be|i turn|turns|will turn|turning) (\d{1,2}) ?(?:ans|years?)? (?:le |on )?$/;
// « j'ai 25 ans jusqu'en février »: the birthday's month.
const AGE_UNTIL_MONTH = /\b(\d{1,2}) ?ans jusqu[' ]?(?:en|a|au|a la fin de) ([a-z]+)\b/;
// « … le 24 », « on the 24th »: a day of the month alone, not an age, an hour, an amount or a count.
const BARE_DAY = /\b(?:le|on the|on) (\d{1,2})(?:er|th|st|nd|rd)?\b(?! ?(?:[/.,:h%€-]\d|\d|ans?\b|years?\b|heures?\b|hours?\b|jours?\b|days?\b|mois\b|months?\b|semaines?\b|weeks?\b|euros?\b|minutes?\b|eur\b|€|%|h\b))/;
// « elle aura 21 ans en janvier », « I'll turn 21 in January »: the birthday's month, the day untold.
const AGE_IN_MONTH_TO_COME = new RegExp(`\\b(?:j[' ]?aurai|je vais avoir|vais avoir|il aura|elle aura|aura|va avoir|fetera ses|feterai mes|will be|will turn|turns|i turn|ll turn|ll be) (\\d{1,2}) ?(?:ans|years?(?: old)?)? (?:en|in|au mois de|au mois d) (${MONTH_PATTERN})\\b(?! \\d)`);

/** Every site a text names (« Aix ou Marseille ? » names two). */
export function sitesNamed(language: Language, text: string): string[] {
  const joined = language.words(text).join(' ');
  return [...new Set(SITES.filter(([re]) => re.test(joined)).map(([, site]) => site))];
}

/**
 * The words of a question without the slots a follow-up changes (« quel est le rythme en M2 ? » +
 * « et en L3I ? »: the old formation must not keep pulling the match towards the M2).
 */
export function withoutSlots(language: Language, text: string, kinds: Array<'formation' | 'track' | 'site' | 'family'>): string {
  let joined = language.words(text).join(' ');
  const tables = { formation: FORMATIONS, track: TRACKS, site: SITES, family: FAMILIES } as const;
  for (const kind of kinds) for (const [re] of tables[kind]) joined = joined.replace(new RegExp(re.source, 'g'), ' ');
  return joined.replace(/\s+/g, ' ').trim();
}

/** Weekdays as people write them, French and English, singular and plural (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ['lundi', 'monday'],
    ['mardi', 'tuesday'],
    ['mercredi', 'wednesday'],
    ['jeudi', 'thursday'],
    ['vendredi', 'friday'],
    ['samedi', 'saturday'],
    ['dimanche', 'sunday'],
  ].flatMap(([fr, en], i) => [fr!, `${fr}s`, en!, `${en}s`].map((w) => [w, i + 1] as const)),
);
const WEEKDAY = `(?:${[...WEEKDAYS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * The text without the dates it states (« établi le lundi 30 novembre 2026 » → « établi le »): once
 * read as a date, their words would only weigh as rare words in finding the subject.
 */
export function withoutStatedDates(text: string): string {
  // (A weekday said apart from its date, « last Friday (Nov 20) », is the date's too.)
  return fold(text).replace(STATED_DATE, ' ').replace(WEEKDAY_SAID, ' ');
}
const WEEKDAY_SAID = new RegExp(`\\b(?:last |next |this |ce )?${WEEKDAY}(?: dernier| prochain)?\\b`, 'g');

// « I'm the company mentor of an M2 apprentice; which days… », « je suis la tutrice de Léa, … »: who is asking, said
// in a clause of its own before the question.
const INTRODUCTION = /^(?:(?:bonjour|hello|hi|salut)[ ,!]*)?(?:je suis|i'm|i am|nous sommes|we are)\s+(?:le |la |l'|un |une |the |a |an )?(?:tuteur|tutrice|mentor|company mentor|company tutor|professional tutor|maitre d'apprentissage|maitresse d'apprentissage|rh|hr|responsable rh|charge rh|chargee rh|gestionnaire rh)\b[^,;.?!]*[,;.!]\s*(?=\S)/;

/** The question without an introduction of the asker in a clause of its own: their role says nothing of the subject. */
export function withoutIntroduction(text: string): string {
  return fold(text).replace(INTRODUCTION, '');
}

/** Entities of a text; `today` (Paris) lets relative words (« demain », « jusqu'en février ») become dates. */
export function extractEntities(language: Language, text: string, today?: IsoDate): Entities {
  // Runs of spaces collapsed first: no pattern below then meets two adjacent `\s*` over a long run.
  const folded = fold(analysedPart(text)).replace(/\s+/g, ' ');
  const said = language.words(text);
  const joined = said.join(' ');
  const entities: Entities = { dates: [], invalidDates: [], outOfRangeDates: [], lang: detectLanguage(said) };

  const first = <T>(patterns: Array<[RegExp, T]>, words = joined): T | undefined => patterns.find(([re]) => re.test(words))?.[1];
  // « j'étais apprenti en L3I …, en M1 … »: the formation now, not the one before.
  // (Nor a formation said to have had no work-study: « entre en M2, pas d'alternance en M1 » is the M2.)
  const now = language.words(folded.replace(/'/g, ' ').replace(PAST_CLAUSE, ' ').replace(WITHOUT_WORK_STUDY_IN, ' ')).join(' ');
  entities.formation = first(FORMATIONS, now) ?? first(FORMATIONS);
  // The formation of the contract before (« j'étais apprenti en L3I ») when another is the current one.
  const before = [...folded.replace(/'/g, ' ').replace(WITHOUT_WORK_STUDY_IN, ' ').matchAll(PAST_CLAUSE)].map((m) => language.words(m[0]).join(' ')).join(' ');
  const formerFormation = before ? first(FORMATIONS, before) : undefined;
  if (formerFormation && formerFormation !== entities.formation) entities.previousFormation = formerFormation;
  // (« I²D » as written in the documents: the words lose its « ² ».)
  entities.track = first(TRACKS) ?? (/\bi²d\b/.test(folded) ? 'i2d' : undefined);
  entities.site = first(SITES);
  entities.family = first(FAMILIES, now) ?? first(FAMILIES);
  entities.role = first(ROLES);
  if (entities.track && !entities.formation) entities.formation = 'm2';

  for (const match of folded.matchAll(DATE_IN_TEXT)) {
    const parsed = parseUserDate(match[0]);
    if (parsed === 'invalid' || parsed === null) {
      entities.invalidDates.push(match[0]);
      continue;
    }
    const before = folded.slice(Math.max(0, match.index - 60), match.index);
    const toCome = BIRTHDAY_TO_COME.exec(before);
    if (!entities.birthDate && toCome) entities.birthDate = addMonthsTo(parsed, -12 * Number(toCome[1]));
    else if (!entities.birthDate && (BIRTH_CUE.test(before) || (today !== undefined && parsed <= addMonthsTo(today, -12 * BIRTH_DATE_YEARS) && parsed >= addMonthsTo(today, -12 * OLDEST_BIRTH_YEARS)))) entities.birthDate = parsed;
    // Contract, pay and absence dates live in 2000–2100: an older date is said, never computed on
    // (counting working days back to 1911 would cost every user the time of 40 000 days).
    else if (eventDateProblem(parsed)) entities.outOfRangeDates.push(parsed);
    else entities.dates.push(parsed);
  }

  const withoutDates = numbersInWords(folded.replace(DATE_IN_TEXT, ' '));
  // "moins de 21 ans" is the band below 21: computed as 20; "plus de 25 ans" as 26.
  const bound = /\b(moins de|under|less than|plus de|over|more than) (\d{1,3}) ?(ans|years?)\b/.exec(withoutDates);
  const age =
    (bound ? ([bound[0], String(Number(bound[2]) + (/moins|under|less/.test(bound[1]!) ? -1 : 1))] as const) : null) ??
    // A minus sign kept (« j'ai -5 ans » is refused as a negative age), not in a range (« 18-25 ans »).
    // « sur 2 ans », « un contrat de 3 ans », « in 2 years »: a duration, not an age.
    // (Of several, the first that can be an age: « prolongé d'un an, j'ai 24 ans » is 24.)
    plausibleFirst([...withoutDates.matchAll(/(?<![\w.])(?<!\b(?:sur|pour|pendant|durant|dans|depuis|contrat de|duree de|formation de|cursus de|stage de|convention de|prolonge de|prolonge d|proroge de|proroge d|for|over|in|within) )(-?\d{1,3}) ?(ans|an|-?years?[- ]old|yo|y\.o\.)\b/g)]) ??
    /\b(?:age|agee?|aged|i am|i'm) (?:de )?(\d{1,3})\b/.exec(withoutDates) ??
    // « my apprentice is 24 », « she's 19 »: two digits right after the verb, not an amount or a duration.
    // (« if I were 26 », « if she was 27 »: the same, supposed.)
    /\b(?:is|he[' ]s|she[' ]s|he is|she is|turns|turned|(?:if|when) (?:i|he|she|they|you|we|my apprentice|our apprentice) (?:were|was|am|is|are|turned|turn|turns)) (\d{2})\b(?! ?(?:euros?|eur|€|%|h|hours?|days?|weeks?|months?|years? of))/.exec(withoutDates);
  if (age && !entities.birthDate) entities.age = Number(age[1]);
  if (today) readRelativeDates(entities, withoutDates, today);
  if (today) readBirthday(entities, withoutDates, today);
  // « arrêt du 20 novembre, donné à ma boîte le 24 »: a day said alone after a date with its month is in that month
  // (the next one when it comes before it: « du 28 novembre … le 2 »).
  const bareDay = entities.dates.length === 1 ? BARE_DAY.exec(withoutDates) : null;
  if (bareDay) {
    const base = entities.dates[0]!;
    const sameMonth = toIsoDate(yearOf(base), monthOf(base), Number(bareDay[1]));
    const day = sameMonth !== 'invalid' && sameMonth < base ? addMonthsTo(sameMonth, 1) : sameMonth;
    if (day !== 'invalid' && day !== base && !eventDateProblem(day)) entities.dates.push(day);
  }

  const year = /\b(20\d\d) ?[/-] ?(20\d\d)\b/.exec(withoutDates);
  // « 2025/2026 », and « Master 2025/2027 » (a two-year contract): the academic year it starts.
  const span = year ? Number(year[2]) - Number(year[1]) : 0;
  // « la rentrée 2027 », « start of the 2027 year »: the academic year that starts then.
  const rentree = /\b(?:rentree|rentree universitaire|annee universitaire|september intake|intake|academic year|school year) (?:de |of )?(20\d\d)\b/.exec(withoutDates);
  if (year && (span === 1 || span === 2)) entities.academicYear = `${year[1]}/${Number(year[1]) + 1}`;
  else if (rentree) entities.academicYear = `${rentree[1]}/${Number(rentree[1]) + 1}`;
  else if (entities.dates.length === 0) entities.period = periodIn(withoutDates);
  if (today && !entities.academicYear) readRelativeYear(entities, withoutDates, today);
  if (/\b(sans (le )?bac|pas (le |de )?bac|niveau inferieur au bac|below (a )?bac)\b/.test(joined)) entities.qualification = 'below-bac-pro';

  // Thousands grouped by single spaces (« 2 100 »): bounded repetitions, no run of digits and spaces.
  const smc = /\bsmc ?(?:[=:]|de|a|of)? ?(\d{1,3}(?: \d{3}){0,3}(?![\d])|\d{1,12})((?:[.,]\d{1,2})?)/.exec(withoutDates);
  for (const m of withoutDates.matchAll(AMOUNT)) {
    const typed = `${m[1]}${m[2] ? `,${m[2]}` : ''}`;
    const euros = Number(`${m[1]!.replace(/[ ,]/g, '')}.${m[2] ?? '0'}`);
    const before = withoutDates.slice(Math.max(0, m.index - 80), m.index);
    if (SMC_CUE.test(before)) {
      if (smcProblem(euros, typed)) entities.rejectedSmc = typed;
      else entities.smc ??= euros;
    } else if (!entities.paid && (PAID_CUE.test(withoutDates) || PAY_OWNED.test(withoutDates) || m[3] === 'brut' || m[3] === 'gross' || /^ ?(brut|gross)\b/.test(withoutDates.slice(m.index + m[0].length)))) {
      // (« 1 800 € brut, c'est au-dessus du minimum ? »: an amount said gross is one paid, even without « payé ».)
      // (« 1 200 € net »: a net amount, which the gross minimum is not compared with as if it were gross.)
      const net = /^ ?(net|nets|nette|netto)\b/.test(withoutDates.slice(m.index + m[0].length)) || m[3] === 'net';
      entities.paid = { euros, per: m[4] ? 'hour' : 'month', ...(net ? { net } : {}) };
    }
  }
  readRates(entities, withoutDates);
  // « 13 jours de 7 h », « 13 jours à 7 h », « 13 days of 7 hours »: both at once.
  const daysOfHours = /\b(\d{1,3}) ?(?:jours?|days?) (?:de|a|x|of|at) (\d{1,2}(?:[.,]\d{1,2})?) ?(?:h|heures?|hours?)\b/.exec(withoutDates);
  const hours = daysOfHours ? [daysOfHours[0], daysOfHours[2]] : /\b(\d{1,2}(?:[.,]\d{1,2})?) ?(?:h|heures?|hours?)(?: de travail| de presence| travaillees)? ?(?:par|\/|a|per|each|every) ?(?:jour|j|day)\b/.exec(withoutDates);
  const rest = hours ? withoutDates.replace(hours[0]!, ' ') : withoutDates;
  // (Days « par semaine » are a rhythm, not the month's days of presence: a month's amount is not computed from them.)
  const days = daysOfHours ? [daysOfHours[0], daysOfHours[1]] : /\b(\d{1,3}) ?(?:jours?|j|days?)(?: ouvres| ouvrables| de presence| travailles| de stage| working| worked)?\b(?! ?(?:de (?:conge|revision|formation)|of (?:leave|revision)|(?:par|per|a|each) ?(?:semaine|week)))/.exec(rest);
  // Days of presence over the whole internship (« 40 jours au total ») are its length, not a month's.
  const total = days && !daysOfHours && /\b(au total|en tout|sur tout le stage|sur toute la duree|in total|altogether|overall)\b/.test(withoutDates);
  // An internship's length in days of presence: « 3 jours par semaine » (a work-study rhythm) is that share of a 5-day week.
  const fullTime = entities.family === 'work-study-internship' && !total ? internshipFullTimeDays(withoutDates, folded) : undefined;
  if (fullTime !== undefined) {
    const perWeek = /\b([1-5]) ?(?:jours?|days?) (?:par|per|a|each) ?(?:semaine|week)\b/.exec(withoutDates);
    entities.internshipDays = perWeek ? Math.round((fullTime * Number(perWeek[1])) / 5) : fullTime;
  }
  if (total) entities.internshipDays = Number(days![1]);
  else if (hours || days) entities.presence = { hoursPerDay: hours ? Number(hours[1]!.replace(',', '.')) : undefined, days: days ? Number(days[1]) : undefined };
  if (smc && entities.smc === undefined) {
    const typed = `${smc[1]}${smc[2]}`;
    const amount = Number(typed.replace(/ /g, '').replace(',', '.'));
    if (smcProblem(amount, typed)) entities.rejectedSmc = typed;
    else entities.smc = amount;
  }
  return entities;
}

// A clause about before (« j'étais apprenti en L3I », « l'an dernier »), up to the end of its sentence.
// (« sans avoir été alternant en M1 », « never an apprentice in M1 »: a few words may come between.)
const WITHOUT_WORK_STUDY_IN = /\b(?:pas d alternance|sans alternance|pas alternante?|non alternante?|pas en alternance|hors alternance|without work study|no work study|(?:sans|pas|jamais|without|never|not)(?: [a-z]+){0,3}? (?:alternante?|apprentie?|work study student|apprentice)) (?:en|in) (?:l3i?|m1|m2|master|licence)\b/g;
const PAST_CLAUSE = /\b(j etais|j ai ete|il etait|elle etait|etait|etais|l an dernier|l annee derniere|mon ancien contrat|mon precedent contrat|last year|i was|previously)\b[^.;!?,]*/g;
const PREVIOUS_RATE = /\b(?:etais|etait|ai ete|ancien contrat|contrat precedent|precedent contrat|an dernier|annee derniere|last year|was paid|was on)\b[^.;!?,]{0,80}?\b(\d{2,3}(?:[.,]\d{1,2})?) ?%/;
// (Or the rate one is at: « je suis à 53 % du SMIC », « she is at 61 % ».)
const OFFERED_RATE = /\b(?:suis|est|am|is|passer|mettre|descendre|baisser|redescendre|redescends|redescend|descends|descend|baisse|baisses|tomber|tombe|retombe|retomber|payer|paye|payee|payees|paie|payes|remunere|remuneree|paid|veut|propose|offre|pay|paying|offers?|lower|touche|touches|touchent|touchons|gagne|gagnes|gagnent|percois|percoit|perçois|perçoit|earn|earns|receive|receives)\b[^.;!?%]{0,30}?\b(\d{2,3}(?:[.,]\d{1,2})?) ?%(?! (?:du |de la )?(?:salaire |remuneration )?(?:minimum )?conventionnel)/;
// (A share of the branch minimum, « 85 % du minimum conventionnel », is the rule's own wording, not a rate paid.)
// « apprentie à 60 % du SMIC »: a rate one is at, with no verb before it.
const AT_RATE = /\b(?:a|at) (\d{2,3}(?:[.,]\d{1,2})?) ?% (?:du|of the|of) (?:smic|smc)\b/;
// The result of a computation to check: « … = 60,95 % ? », « ça fait bien 68 % ? », « so that's 68%? ».
const CLAIMED_RATE = /(?:=|ca fait|ca donne|ca ferait|soit|donc|that makes|that s|which is|equals)\s*(?:bien |donc |au total )?(\d{1,3}(?:[.,]\d{1,2})?) ?%/g;
// « +15 % », « 15 points de plus », « la majoration »: one increase unless a count is said.
const INCREASES = /\b(?:(\d|une|un|deux|trois|one|two|three) )?majorations?\b|\b(?:(\d|one|two|three) )?(?:15[- ]point )?increases?\b|\+ ?15 ?(?:%|points?\b)|\b15 points de plus\b/;

/** The previous contract's rate, the rate offered now and the +15-point increases said (apprentice pay, D6222-29/30). */
function readRates(entities: Entities, text: string): void {
  const previous = PREVIOUS_RATE.exec(text);
  if (previous) entities.previousRate = Number(previous[1]!.replace(',', '.'));
  const rest = previous ? text.replace(previous[0], ' ') : text;
  const offered = OFFERED_RATE.exec(rest) ?? AT_RATE.exec(rest);
  if (offered) entities.paidRate = Number(offered[1]!.replace(',', '.'));
  const claimed = [...text.matchAll(CLAIMED_RATE)].at(-1);
  if (claimed) entities.claimedRate = Number(claimed[1]!.replace(',', '.'));
  const increases = INCREASES.exec(text);
  if (increases) {
    const count = increases[1] ?? increases[2];
    entities.increases = count === undefined ? 1 : /\d/.test(count) ? Number(count) : UNIT_WORDS.get(count);
  } else if (DISABILITY_EXTRA_YEAR.test(text)) {
    // A year added for a disability is paid 15 points above the year before (D6222-30): one increase, on the
    // grid's 3rd year (the L3I) when a 4th year is said without a formation.
    entities.increases = 1;
    if (!entities.formation && /\b(4e|4eme|quatrieme|4th|fourth)\b/.test(text)) entities.formation = 'l3i';
  }
}
const DISABILITY_EXTRA_YEAR = /\b(handicap|handicape|handicapee|rqth|disabled|disability)\b.*\b(4e|4eme|quatrieme|4th|fourth|annee supplementaire|annee de plus|extra year|additional year)\b|\b(4e|4eme|quatrieme|4th|fourth|annee supplementaire|extra year|additional year)\b.*\b(handicap|handicape|handicapee|rqth|disabled|disability)\b/;

/**
 * An internship's length, full time, in days: « pour 6 mois », « un stage de 8 semaines » (weeks of 5 days, months
 * of 22 — the threshold is 44 days, « 2 mois »), or its months « d'octobre à fin mars », « du 1er octobre au 31 mars »
 * (whole months).
 */
function internshipFullTimeDays(withoutDates: string, folded: string): number | undefined {
  const length = /\b(?:stage|stagiaire|internship|intern|convention|for an?|pour|sur|pendant|durant)\b[^.?!]{0,40}?\b(\d{1,2}|un|une|a|an|one)[ -](semaines?|mois|ans?|weeks?|months?|years?)\b/.exec(withoutDates);
  if (length) {
    const n = /^\d+$/.test(length[1]!) ? Number(length[1]) : 1;
    const unit = length[2]!;
    return /^(semaine|week)/.test(unit) ? n * 5 : /^(mois|month)/.test(unit) ? n * 22 : n * 220;
  }
  const months = MONTH_SPAN.exec(folded);
  const first = months ? MONTHS.get(months[1]!) : undefined;
  const last = months ? MONTHS.get(months[3]!) : undefined;
  if (!months || !first || !last) return undefined;
  const spanned = ((last - first + 12) % 12) + (Number(months[2] ?? 31) >= 28 ? 1 : 0);
  return spanned > 0 ? spanned * 22 : undefined;
}

/**
 * The first match that can be an age (14 or more); else the first said as one's age (« j'ai 5 ans »: an impossible age,
 * said so) — « un contrat d'apprentissage de 2 ans », « 2 ans d'alternance » are durations.
 */
function plausibleFirst(matches: RegExpMatchArray[]): RegExpMatchArray | null {
  return matches.find((m) => Number(m[1]) >= MIN_PLAUSIBLE_AGE) ?? matches.find((m) => AGE_SAID_BEFORE.test(m.input!.slice(0, m.index))) ?? null;
}
// (« il y a 2 ans » is a time ago, not an age.)
const AGE_SAID_BEFORE = /\b(?:j ?ai|j'ai|il a|elle a|tu as|vous avez|on a|(?<!\by )a|age|agee?|aged|i am|i m|i'm|is|he s|she s)\s*$/;
const MIN_PLAUSIBLE_AGE = 14;

/** "en janvier 2026" → that month; "en 2025" → that year. */
function periodIn(text: string): { from: IsoDate; to: IsoDate } | undefined {
  const month = /\b([a-z]+) (20\d\d)\b/.exec(text);
  const m = month ? MONTHS.get(month[1]!) : undefined;
  if (month && m) {
    const from = toIsoDate(Number(month[2]), m, 1);
    const next = m === 12 ? toIsoDate(Number(month[2]) + 1, 1, 1) : toIsoDate(Number(month[2]), m + 1, 1);
    if (from !== 'invalid' && next !== 'invalid') return { from, to: addDaysTo(next, -1) };
  }
  const year = /\b(20[2-3]\d)\b/.exec(text);
  if (year) return { from: `${year[1]}-01-01` as IsoDate, to: `${year[1]}-12-31` as IsoDate };
  return undefined;
}

const ENGLISH_OPENERS = new Set(['is', 'are', 'do', 'does', 'can', 'could', 'should', 'must', 'will', 'would', 'what', 'who', 'how', 'when', 'where', 'which', 'why', 'may', 'am', 'have', 'has']);
function detectLanguage(tokens: string[]): 'fr' | 'en' {
  let en = 0;
  let fr = 0;
  for (const t of tokens) {
    if (ENGLISH.has(t)) en += 1;
    if (FRENCH.has(t)) fr += 1;
  }
  // A short question opening the English way (« Is attendance compulsory? ») with no French word is English.
  const englishStart = tokens.length > 0 && ENGLISH_OPENERS.has(tokens[0]!) && fr === 0;
  return (en >= 2 && en > fr) || englishStart ? 'en' : 'fr';
}

// « le 1er décembre », « le 15 janvier », « on 3 September »: a day and a month, the year left out.
// « le 15/12 » (not « 2/5 jours »): after a word that introduces a date.
const DAY_SLASH_MONTH = new RegExp(`\\b(?:le|du|au|on|from|to|until|jusqu au|a partir du|avant le|apres le|des le)\\s(?:${WEEKDAY}\\s)?(\\d{1,2})\\/(\\d{1,2})\\b(?![/.\\d])`);
// (Or after its weekday alone: « un arrêt lundi 23 novembre », « le mardi 10 novembre ».)
const DAY_MONTH = new RegExp(`\\b(?:(?:le|on|du|au|dated|from|since|issued|of) |(?:(?:le|on|du|au) )?${WEEKDAY} )(\\d{1,2})(?:er)? (${MONTH_PATTERN})\\b(?! \\d)`);
// « Nov 20 », « on Monday November 30 »: the English order, month first (not « may », a verb as often as a month).
/** « Nov 20 » as [match, day, month], the order of the French patterns. */
function englishDayMonth(text: string): [string, string, string] | null {
  const m = ENGLISH_MONTH_DAY.exec(text);
  return m ? [m[0], m[2]!, m[1]!] : null;
}
const ENGLISH_MONTH_DAY = /\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?![/:\d]|\.\d| ?h\b)/;
// A stated date, with its weekday: « lundi 30 novembre 2026 », « vendredi 27/11 », « le 1er décembre ».
// (And a month of a year, « en septembre 2027 »: a period.)
const STATED_DATE = new RegExp(`(?:\\b${WEEKDAY} )?(?:${DATE_IN_TEXT.source}|\\b\\d{1,2}(?:er)? (?:${MONTH_PATTERN})\\b|\\b(?:${MONTH_PATTERN}) 20\\d\\d\\b|\\b\\d{1,2}\\/\\d{1,2}\\b(?![/.\\d]))`, 'g');

// « d'octobre à fin mars », « du 1er octobre au 31 mars », « from October to March »: the first and last months.
const MONTH_SPAN = new RegExp(`\\b(?:d|de|du|from)[' ]?(?:(?:1er|\\d{1,2}) )?(${MONTH_PATTERN})\\b.{0,12}?\\b(?:a|au|to|until|till|jusqu a|jusqu au) (?:la |the )?(?:fin |end of |fin de )?(?:(\\d{1,2}) )?(${MONTH_PATTERN})\\b`);
// « elle aura 21 ans le 14 janvier », « je vais avoir 26 ans le 5 décembre »: a birthday to come, its year left out.
const AGE_ON_DAY_TO_COME = new RegExp(`\\b(?:j[' ]?aurai|je vais avoir|vais avoir|il aura|elle aura|aura|va avoir|j[' ]?en aurai|en aura|fete mes|fete ses|feterai mes|fetera ses|will be|will turn|turns|i turn) (\\d{1,2}) ?(?:ans|years?(?: old)?)? (?:(?:le mois prochain|la semaine prochaine|next month|next week|cette annee|this year) ?[(,]? ?)?(?:le |on )?(?:${WEEKDAY} )?(\\d{1,2})(?:er)? (${MONTH_PATTERN})\\b(?! \\d)`);
// « il fête ses 21 ans aujourd'hui »: a birthday today.
const AGE_TODAY = /\b(?:fete|fetes|a|ai|aura|turns|turned|turn|is|eu) (?:mes |ses |his |her )?(\d{1,2}) ?(?:ans|years?(?: old)?)? (?:aujourd hui|aujourd'hui|ce jour|today)\b/;
// « il a eu 21 ans le 2 novembre »: a birthday past.
const AGE_ON_DAY_PAST = new RegExp(`\\b(?:j[' ]?ai eu|il a eu|elle a eu|a eu|turned|a fete ses|ai fete mes) (\\d{1,2}) ?(?:ans|years?(?: old)?)? (?:le |on )?(?:${WEEKDAY} )?(\\d{1,2})(?:er)? (${MONTH_PATTERN})\\b(?! \\d)`);
// « mon anniv c'est le 20 novembre » with an age said elsewhere in the message.
const BIRTHDAY_ON_DAY = new RegExp(`\\b(?:anniv|anniversaire|birthday)\\b[^.?!\\d]{0,20}?(\\d{1,2})(?:er)? (${MONTH_PATTERN})\\b(?! \\d)`);
const AGE_REACHED = /\b(?:j[' ]?ai eu|il a eu|elle a eu|a eu|turned)\b/;

/**
 * A birthday given by its day and month with the age it brings (« elle aura 21 ans le 14 janvier »):
 * the birth date, and that day is no event of the question (no deadline counted from it).
 */
function readBirthday(entities: Entities, text: string, today: IsoDate): void {
  if (entities.birthDate) return;
  // « il fête ses 21 ans aujourd'hui »: born that many years ago today.
  const todayAge = AGE_TODAY.exec(text);
  if (todayAge) {
    entities.birthDate = addMonthsTo(today, -12 * Number(todayAge[1]));
    entities.age = undefined;
    return;
  }
  const toCome = AGE_ON_DAY_TO_COME.exec(text);
  const past = toCome ? null : AGE_ON_DAY_PAST.exec(text);
  const said = toCome ?? past;
  const onDay = said ? null : BIRTHDAY_ON_DAY.exec(text);
  if (!said && !(onDay && entities.age !== undefined)) return;
  const [day, monthName] = said ? [said[2]!, said[3]!] : [onDay![1]!, onDay![2]!];
  const month = MONTHS.get(monthName);
  if (!month) return;
  const thisYear = toIsoDate(yearOf(today), month, Number(day));
  if (thisYear === 'invalid') return;
  // The birthday's occurrence meant: the next one for an age to come, the last one for an age reached.
  const reached = past !== null || (onDay !== null && (AGE_REACHED.test(text) || thisYear <= today));
  const occurrence = reached ? (thisYear <= today ? thisYear : addMonthsTo(thisYear, -12)) : thisYear > today ? thisYear : addMonthsTo(thisYear, 12);
  const age = said ? Number(said[1]) : entities.age! + (reached ? 0 : 1);
  entities.birthDate = addMonthsTo(occurrence, -12 * age);
  entities.age = undefined;
  entities.dates = entities.dates.filter((d) => d.slice(5) !== occurrence.slice(5));
}

/** « demain », « aujourd'hui », « hier », « le 1er décembre », « le mois prochain », « jusqu'en février » (a birthday's month). */
/**
 * « l'an prochain », « last year »: the academic year after or before this one (a staff holder, a
 * cohort); the past one is also its calendar year for rates (« la gratification l'an dernier »).
 */
function readRelativeYear(entities: Entities, text: string, today: IsoDate): void {
  const start = monthOf(today) >= 9 ? yearOf(today) : yearOf(today) - 1;
  if (/\b(l.an prochain|l.annee prochaine|annee prochaine|la rentree prochaine|rentree prochaine|next year|next academic year)\b/.test(text)) {
    entities.academicYear = `${start + 1}/${start + 2}`;
  } else if (/\b(l.an dernier|l.annee derniere|annee derniere|l.an passe|l.annee passee|annee passee|last year|previous year)\b/.test(text) && !/\b(cette annee|maintenant|actuellement|this year|now|etais|etait|ai ete|i was)\b/.test(text)) {
    // (« l'an dernier j'étais en L3I, cette année en M1 » tells the contract before: the rates are today's.)
    entities.academicYear = `${start - 1}/${start}`;
    const past = yearOf(today) - 1;
    if (entities.dates.length === 0 && !entities.period) entities.period = { from: `${past}-01-01` as IsoDate, to: `${past}-12-31` as IsoDate };
  }
}

function readRelativeDates(entities: Entities, text: string, today: IsoDate): void {
  const relative: Array<[RegExp, () => IsoDate]> = [
    [/\b(apres demain|apres-demain)\b/, () => addDaysTo(today, 2)],
    [/\b(demain|tomorrow)\b/, () => addDaysTo(today, 1)],
    [/\b(aujourd.?hui|today|ce matin|cet apres midi|cet aprem|ce soir|this morning|this afternoon|tonight|ce mois.?ci|this month)\b/, () => today],
    [/\b(hier|yesterday)\b/, () => addDaysTo(today, -1)],
    [/\b(le mois prochain|mois prochain|next month)\b/, () => firstOfNextMonth(today)],
  ];
  // « le 1er décembre », « le 15/12 », without a year: its nearest occurrence (this December, last September).
  const dayMonth = entities.dates.length === 0 ? (DAY_MONTH.exec(text) ?? DAY_SLASH_MONTH.exec(text) ?? englishDayMonth(text)) : null;
  const dayMonthNumber = dayMonth ? (MONTHS.get(dayMonth[2]!) ?? (/^\d{1,2}$/.test(dayMonth[2]!) && Number(dayMonth[2]) >= 1 && Number(dayMonth[2]) <= 12 ? Number(dayMonth[2]) : undefined)) : undefined;
  // « le 15/13 »: no month 13 — said so, not dropped.
  if (dayMonth && !dayMonthNumber) entities.invalidDates.push(`${dayMonth[1]}/${dayMonth[2]}`);
  if (dayMonth && dayMonthNumber) {
    const day = Number(dayMonth[1]);
    const candidates = [-1, 0, 1].map((shift) => toIsoDate(yearOf(today) + shift, dayMonthNumber, day)).filter((d): d is IsoDate => d !== 'invalid');
    const distance = (d: IsoDate) => Math.abs(Date.parse(d) - Date.parse(today));
    const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
    // « le 30 février »: no year has it — said so, as for a dated one.
    if (nearest) entities.dates.push(nearest);
    else entities.invalidDates.push(MONTHS.has(dayMonth[2]!) ? `${dayMonth[1]} ${dayMonth[2]}` : `${dayMonth[1]}/${dayMonth[2]}`);
    // « un salon le 14 décembre, la demande le 3 décembre »: a second day and month, its nearest occurrence too.
    const at = 'index' in dayMonth ? dayMonth.index : text.indexOf(dayMonth[0]);
    const second = nearest && at >= 0 ? DAY_MONTH.exec(text.slice(at + dayMonth[0].length)) : null;
    const secondMonth = second ? MONTHS.get(second[2]!) : undefined;
    if (second && secondMonth) {
      const options = [-1, 0, 1].map((shift) => toIsoDate(yearOf(today) + shift, secondMonth, Number(second[1]))).filter((d): d is IsoDate => d !== 'invalid');
      const closest = options.sort((a, b) => distance(a) - distance(b))[0];
      // (« le 30 février » as the second date is said invalid too, not dropped.)
      if (!closest) entities.invalidDates.push(`${second[1]} ${second[2]}`);
      else if (closest !== nearest) entities.dates.push(closest);
    }
  }
  if (entities.dates.length === 0) {
    for (const [re, date] of relative) {
      if (re.test(text)) {
        entities.dates.push(date());
        break;
      }
    }
  }
  // The birthday falls in that month, at its next occurrence; any day of it gives the same band
  // change (the first of the following month), so the 1st stands for the unknown day.
  const until = AGE_UNTIL_MONTH.exec(text);
  const month = until ? MONTHS.get(until[2]!) : undefined;
  if (until && month && !entities.birthDate) {
    const year = yearOf(today) + (month <= monthOf(today) ? 1 : 0);
    const birthday = toIsoDate(year - Number(until[1]) - 1, month, 1);
    if (birthday !== 'invalid') {
      entities.birthDate = birthday;
      entities.age = undefined;
    }
  }
  // « elle aura 21 ans en janvier »: the age to come in that month (this month's, said in the future, is still to come).
  const toCome = entities.birthDate ? null : AGE_IN_MONTH_TO_COME.exec(text);
  const comingMonth = toCome ? MONTHS.get(toCome[2]!) : undefined;
  if (toCome && comingMonth) {
    const year = yearOf(today) + (comingMonth < monthOf(today) ? 1 : 0);
    const birthday = toIsoDate(year - Number(toCome[1]), comingMonth, 1);
    if (birthday !== 'invalid') {
      entities.birthDate = birthday;
      entities.age = undefined;
    }
  }
}
