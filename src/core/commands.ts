import { EVENT_DATE_YEARS, eventDateProblem, MAX_AGE, MIN_AGE, smcProblem, takeFormation, takeLongestPhrase, type IsoDate } from '../rules/index.ts';
import { parseUserDate, type FamilyEntity } from './entities.ts';
import { fold } from './normalize.ts';

/** A command's arguments could not be read: which one, and what is accepted, in French. */
export class ArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

export const ACCEPTED_FORMATIONS = 'L3I (ou L3, licence 3), M1, M2 (parcours I2D ou ISIE possible), Master (contrat de 2 ans)';
export const ACCEPTED_CONTRACTS = 'CAPP (apprentissage, apprenti), CPRO (pro, professionnalisation), stage (CSTAGEALT, stage alternance)';
const ACCEPTED_DATES = 'jj/mm/aaaa (ex. 03/09/2026) ou AAAA-MM-JJ';

// Phrases are tried longest first, on folded words. Formations: the table forms use too (rules/formation-names.ts).
const TRACK_WORDS: Array<[string, string]> = [['i2d', 'i2d'], ['2id', 'i2d'], ['isie', 'isie']];
const SITE_WORDS: Array<[string, string]> = [['aix', 'forbin'], ['forbin', 'forbin'], ['marseille', 'ilot-du-bois'], ['mrs', 'ilot-du-bois']];
const CONTRACT_WORDS: Array<[string, FamilyEntity]> = [
  ["contrat d'apprentissage", 'apprenticeship'], ['apprentissage', 'apprenticeship'], ['apprentie', 'apprenticeship'], ['apprenti', 'apprenticeship'], ['fi-capp', 'apprenticeship'], ['capp', 'apprenticeship'],
  ['contrat de professionnalisation', 'professionalisation'], ['contrat pro', 'professionalisation'], ['professionnalisation', 'professionalisation'], ['fc-cpro', 'professionalisation'], ['cpro', 'professionalisation'], ['pro', 'professionalisation'],
  ['stage en alternance', 'work-study-internship'], ['stage alternance', 'work-study-internship'], ['fi-cstagealt', 'work-study-internship'], ['fc-cstagealt', 'work-study-internship'], ['cstagealt', 'work-study-internship'], ['stage', 'work-study-internship'],
];

/** Splits arguments into folded words, keeping `key=value` pairs and dates whole. */
function tokens(args: string): string[] {
  // A comma between digits is a decimal comma (smc=2100,50); elsewhere it separates arguments.
  return fold(args).replace(/,(?!\d)|;/g, ' ').split(/\s+/).filter(Boolean);
}

const take = takeLongestPhrase;

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export interface FormationAndContract {
  formation: string;
  track?: string;
  site?: string;
  family: FamilyEntity;
  rest: string[];
}

function formationAndContract(args: string, example: string): FormationAndContract {
  const words = tokens(args);
  if (words.length === 0) throw new ArgumentError('formation', `Il manque la formation et le contrat. Exemple : ${example}. Formations acceptées : ${ACCEPTED_FORMATIONS}. Contrats acceptés : ${ACCEPTED_CONTRACTS}.`);
  const formation = takeFormation(words);
  if (!formation) throw new ArgumentError('formation', `« ${shown(words[0]!)} » n'est pas une formation reconnue. Formations acceptées : ${ACCEPTED_FORMATIONS}. Exemple : ${example}.`);
  const track = take(words, TRACK_WORDS);
  const site = take(words, SITE_WORDS);
  if (words.length === 0) throw new ArgumentError('contrat', `Il manque le type de contrat. Contrats acceptés : ${ACCEPTED_CONTRACTS}. Exemple : ${example}.`);
  const family = take(words, CONTRACT_WORDS);
  if (!family) throw new ArgumentError('contrat', `« ${shown(words[0]!)} » n'est pas un type de contrat reconnu. Contrats acceptés : ${ACCEPTED_CONTRACTS}.`);
  return { formation, track, site, family, rest: words };
}

function date(text: string, argument: string): IsoDate {
  const parsed = parseUserDate(text);
  if (parsed === null || parsed === 'invalid') throw new ArgumentError(argument, `« ${shown(text)} » n'est pas une date valide. Formats acceptés : ${ACCEPTED_DATES}, années 1900 à 2100.`);
  return parsed;
}

/** A contract or pay date: a real date, and in the years the programme's rules can speak of. */
function eventDate(text: string, argument: string): IsoDate {
  const parsed = date(text, argument);
  const problem = eventDateProblem(parsed, `La ${argument}`);
  if (problem) throw new ArgumentError(argument, problem);
  return parsed;
}

export interface ContractDatesArgs extends FormationAndContract {
  academicYear?: string;
  ddc?: IsoDate;
  dfc?: IsoDate;
}

/** `/contrat-dates <formation> <contrat> [année | date de début [date de fin]]` */
export function parseContractDatesArgs(args: string): ContractDatesArgs {
  const parsed: ContractDatesArgs = formationAndContract(args, '/contrat-dates M2 CAPP');
  const [first, second, ...extra] = parsed.rest;
  if (first) {
    const year = /^(\d{4})[/-](\d{4})$/.exec(first) ?? /^(\d{4})$/.exec(first);
    if (year && !first.includes('-', 5)) {
      const start = Number(year[1]);
      if (start < EVENT_DATE_YEARS.min || start >= EVENT_DATE_YEARS.max) throw new ArgumentError('année', `L'année universitaire ${start}/${start + 1} est hors des années acceptées (${EVENT_DATE_YEARS.min} à ${EVENT_DATE_YEARS.max}).`);
      if (year[2] && Number(year[2]) !== start + 1) throw new ArgumentError('année', `« ${shown(first)} » n'est pas une année universitaire : écrivez par exemple 2026/2027.`);
      parsed.academicYear = `${start}/${start + 1}`;
      if (second) throw new ArgumentError('année', `Après l'année universitaire, rien d'autre n'est attendu (reçu « ${shown(second)} »).`);
    } else {
      parsed.ddc = eventDate(first, 'date de début');
      if (second) parsed.dfc = eventDate(second, 'date de fin');
    }
  }
  if (extra.length > 0) throw new ArgumentError('arguments', `Arguments en trop : « ${shown(extra.join(' '))} ». Forme attendue : /contrat-dates <formation> <contrat> [année | date de début [date de fin]].`);
  return parsed;
}

export interface MinimumPayArgs extends FormationAndContract {
  age?: number;
  birthDate?: IsoDate;
  smc?: number;
  date?: IsoDate;
  /** Apprenticeship: +15-point increases that apply (D6222-30). */
  increases?: number;
  /** Apprenticeship: rate of the last year of the previous apprenticeship contract, in percent (D6222-29). */
  previousRate?: number;
}

/** How `/salaire-min` is written, shown in its error messages (and in slack/manifest.yaml). */
export const MINIMUM_PAY_USAGE = '/salaire-min <formation> <contrat> <âge | date de naissance> [smc=<montant>] [date=<jj/mm/aaaa>] [taux-precedent=<%>] [majorations=<nombre>]';
// A few increases at most can apply (D6222-30); more is a typing mistake.
export const MAX_INCREASES = 4;

/** A previous apprenticeship contract's rate: a percentage of the SMIC, above 0 and at most 100 (D6222-29). */
export function isPreviousRate(rate: number): boolean {
  return Number.isFinite(rate) && rate > 0 && rate <= 100;
}

/** `/salaire-min …`, see MINIMUM_PAY_USAGE. */
export function parseMinimumPayArgs(args: string): MinimumPayArgs {
  const parsed: MinimumPayArgs = formationAndContract(args, '/salaire-min M2 CAPP 23');
  const positional: string[] = [];
  for (const word of parsed.rest) {
    const option = /^(smc|date|taux-precedent|precedent|majorations?)[=:](.*)$/.exec(word);
    if (!option) {
      positional.push(word);
      continue;
    }
    const [, key = '', value = ''] = option;
    if (key === 'smc') {
      const amount = /^\d{1,9}(?:[.,]\d{1,2})?$/.test(value.replace(/€|eur(os)?$/g, '')) ? Number(value.replace(/€|eur(os)?$/g, '').replace(',', '.')) : Number.NaN;
      if (!value) throw new ArgumentError('smc', 'smc doit être un montant mensuel brut en euros, par exemple smc=2100.');
      const problem = smcProblem(amount, value);
      if (problem) throw new ArgumentError('smc', problem);
      parsed.smc = amount;
    } else if (key === 'taux-precedent' || key === 'precedent') {
      const rate = Number(value.replace(/%$/, '').replace(',', '.'));
      if (!value || !isPreviousRate(rate)) throw new ArgumentError('taux-precedent', `taux-precedent doit être le pourcentage du SMIC de la dernière année du contrat d'apprentissage précédent, entre 1 et 100, par exemple taux-precedent=78 (reçu « ${shown(value)} »).`);
      parsed.previousRate = rate;
    } else if (key.startsWith('majoration')) {
      const count = Number(value);
      if (!/^\d+$/.test(value) || count > MAX_INCREASES) throw new ArgumentError('majorations', `majorations doit être un nombre entier de majorations de 15 points, de 0 à ${MAX_INCREASES}, par exemple majorations=1 (reçu « ${shown(value)} »).`);
      parsed.increases = count;
    } else parsed.date = eventDate(value, 'date');
  }
  const [who, ...extra] = positional.filter((w) => w !== 'ans' && w !== 'an');
  if (parsed.family !== 'work-study-internship') {
    if (!who) throw new ArgumentError('âge', "Il manque l'âge ou la date de naissance. Exemple : /salaire-min M2 CAPP 23, ou /salaire-min M2 CAPP 12/03/2004.");
    const typedAge = who.replace(/ans?$/, '');
    if (/^-\d+$/.test(typedAge)) throw new ArgumentError('âge', `« ${shown(who)} » : un âge négatif n'est pas possible. Accepté : un âge entre ${MIN_AGE} et ${MAX_AGE} ans (ex. 23) ou une date de naissance jj/mm/aaaa.`);
    if (/^\d{4,}$/.test(typedAge)) throw new ArgumentError('âge', `« ${shown(who)} » n'est pas un âge plausible. Accepté : un âge entre ${MIN_AGE} et ${MAX_AGE} ans (ex. 23) ou une date de naissance jj/mm/aaaa.`);
    if (/^\d+$/.test(typedAge)) parsed.age = Number(typedAge);
    else if (/[/-]/.test(who)) parsed.birthDate = date(who, 'date de naissance');
    else throw new ArgumentError('âge', `« ${shown(who)} » n'est ni un âge ni une date de naissance. Accepté : un âge en chiffres (ex. 23) ou une date de naissance jj/mm/aaaa.`);
  } else if (who) extra.unshift(who);
  if ((parsed.previousRate !== undefined || parsed.increases !== undefined) && parsed.family !== 'apprenticeship') {
    throw new ArgumentError('contrat', "taux-precedent et majorations ne valent que pour un contrat d'apprentissage (CAPP) : articles D6222-29 et D6222-30 du Code du travail.");
  }
  if (extra.length > 0) throw new ArgumentError('arguments', `Arguments en trop : « ${shown(extra.join(' '))} ». Forme attendue : ${MINIMUM_PAY_USAGE}.`);
  return parsed;
}
