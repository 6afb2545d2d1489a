import { addDaysTo, MONTHS, parseUserDate, smcProblem, toIsoDate, type IsoDate } from '../rules/index.ts';
import { analysedPart, fold, words } from './normalize.ts';

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
  academicYear?: string;
  /** A branch minimum (SMC) in euros, when given and plausible. */
  smc?: number;
  /** An SMC given but implausible (« smc 99999999999 »), as typed, to say so. */
  rejectedSmc?: string;
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
  [/\b(m1|master 1|premiere annee de master|1ere annee de master|first year of (the )?master)\b/, 'm1'],
  [/\b(m2|master 2|(deuxieme|seconde|2eme|2e) annee de master|second year of (the )?master)\b/, 'm2'],
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
  [/\b(cpro|fc cpro|contrat (de )?pro|contrat de professionnalisation|professionnalisation|professionalization|professionalisation)\b/, 'professionalisation'],
  [/\b(capp|fi capp|apprentissage|apprenti|apprentie|apprentis|apprenties|apprentice|apprenticeship)\b/, 'apprenticeship'],
];
const ROLES: Array<[RegExp, RoleCue]> = [
  [/\b(je suis (rh|dans les rh|au service rh|charge(e)? (de )?rh|gestionnaire rh)|service (des )?rh|notre (alternant|alternante|apprenti|apprentie|stagiaire|salarie)|nos (alternants|apprentis)|nous (avons|voulons|accueillons|souhaitons)|notre entreprise|i am (an )?hr|our (apprentice|intern|student))\b/, 'hr'],
  [/\b(je suis (le |la )?tuteur|maitre d apprentissage|mon (alternant|apprenti|stagiaire)|mon alternante|mon apprentie|i am (a |the )?tutor|my (apprentice|intern))\b/, 'tutor'],
  [/\b(je suis (alternant|alternante|apprenti|apprentie|etudiant|etudiante|en (l3 ?[ig]?|m1|m2|master|licence))|mon tuteur|ma tutrice|mon entreprise|mon contrat|mon arret|mon salaire|mes cours|i am (a |an )?(student|apprentice)|my (company|contract|tutor|salary))\b/, 'student'],
];

const ENGLISH = new Set(['what', 'who', 'how', 'when', 'where', 'which', 'is', 'are', 'my', 'the', 'do', 'does', 'i', 'can', 'should', 'of', 'for', 'much', 'many', 'salary', 'pay', 'wage', 'sick', 'leave', 'contact', 'contract', 'start', 'end', 'dates', 'minimum', 'apprentice', 'old', 'years', 'am', 'in', 'to', 'with', 'course', 'classes', 'please', 'hello', 'hi', 'get', 'paid', 'need', 'whom', 'there']);
const FRENCH = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'je', 'tu', 'il', 'est', 'quel', 'quelle', 'quels', 'qui', 'quoi', 'comment', 'quand', 'mon', 'ma', 'mes', 'pour', 'avec', 'dans', 'et', 'ou', 'que', 'en', 'au', 'aux', 'sur', 'pas', 'ne', 'ai', 'suis', 'combien', 'contrat', 'salaire', 'a', 'on', 'nous', 'vous', 'notre', 'votre', 'faire', 'dois', 'peut', 'peux', 'c', 'ce', 'cette', 'bonjour']);

const DATE_IN_TEXT = /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:er)? (?:janvier|janv|fevrier|fevr|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.? \d{4})\b/g;
const BIRTH_CUE = /(ne|nee|naissance|birth|born|anniversaire)\s*(le|on|:|du)?\s*$/;

export function extractEntities(text: string): Entities {
  // Runs of spaces collapsed first: no pattern below then meets two adjacent `\s*` over a long run.
  const folded = fold(analysedPart(text)).replace(/\s+/g, ' ');
  const joined = words(text).join(' ');
  const entities: Entities = { dates: [], invalidDates: [], lang: detectLanguage(words(text)) };

  const first = <T>(patterns: Array<[RegExp, T]>): T | undefined => patterns.find(([re]) => re.test(joined))?.[1];
  entities.formation = first(FORMATIONS);
  entities.track = first(TRACKS);
  entities.site = first(SITES);
  entities.family = first(FAMILIES);
  entities.role = first(ROLES);
  if (entities.track && !entities.formation) entities.formation = 'm2';

  for (const match of folded.matchAll(DATE_IN_TEXT)) {
    const parsed = parseUserDate(match[0]);
    if (parsed === 'invalid' || parsed === null) {
      entities.invalidDates.push(match[0]);
      continue;
    }
    const before = folded.slice(0, match.index);
    if (!entities.birthDate && BIRTH_CUE.test(before)) entities.birthDate = parsed;
    else entities.dates.push(parsed);
  }

  const withoutDates = folded.replace(DATE_IN_TEXT, ' ');
  // "moins de 21 ans" is the band below 21: computed as 20; "plus de 25 ans" as 26.
  const bound = /\b(moins de|under|less than|plus de|over|more than) (\d{1,3}) ?(ans|years?)\b/.exec(withoutDates);
  const age =
    (bound ? ([bound[0], String(Number(bound[2]) + (/moins|under|less/.test(bound[1]!) ? -1 : 1))] as const) : null) ??
    /\b(\d{1,3}) ?(ans|an|years? old|yo|y\.o\.)\b/.exec(withoutDates) ??
    /\b(?:age|agee?|aged|i am|i'm) (?:de )?(\d{1,3})\b/.exec(withoutDates);
  if (age) entities.age = Number(age[1]);

  const year = /\b(20\d\d) ?[/-] ?(20\d\d)\b/.exec(withoutDates);
  if (year && Number(year[2]) === Number(year[1]) + 1) entities.academicYear = `${year[1]}/${year[2]}`;
  else if (entities.dates.length === 0) entities.period = periodIn(withoutDates);
  if (/\b(sans (le )?bac|pas (le |de )?bac|niveau inferieur au bac|below (a )?bac)\b/.test(joined)) entities.qualification = 'below-bac-pro';

  // Thousands grouped by single spaces (« 2 100 »): bounded repetitions, no run of digits and spaces.
  const smc = /\bsmc ?(?:[=:]|de|a|of)? ?(\d{1,3}(?: \d{3}){0,3}(?![\d])|\d{1,12})((?:[.,]\d{1,2})?)/.exec(withoutDates);
  if (smc) {
    const typed = `${smc[1]}${smc[2]}`;
    const amount = Number(typed.replace(/ /g, '').replace(',', '.'));
    if (smcProblem(amount, typed)) entities.rejectedSmc = typed;
    else entities.smc = amount;
  }
  return entities;
}

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

function detectLanguage(tokens: string[]): 'fr' | 'en' {
  let en = 0;
  let fr = 0;
  for (const t of tokens) {
    if (ENGLISH.has(t)) en += 1;
    if (FRENCH.has(t)) fr += 1;
  }
  return en >= 2 && en > fr ? 'en' : 'fr';
}
