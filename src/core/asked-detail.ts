/**
 * A precise detail a question asks for — a phone number, a password, a link, a postal address,
 * a date — and whether an answer gives it. The right entry may be found (« le téléphone de
 * M. Caussanel ? » finds his contact card) while the documents do not hold the detail itself:
 * then the honest reply is « not in the documents » and who to ask, not the card read out as if
 * it answered.
 */

import { MONTH_PATTERN } from '../rules/index.ts';

export type AskedDetail = 'password' | 'phone' | 'email' | 'room' | 'link' | 'address' | 'exactDate' | 'date' | 'person' | 'year';

// Order matters: « le lien et le mot de passe » asks first for what is never written down.
const ASKED: Array<[AskedDetail, RegExp]> = [
  ['password', /\b(mot de passe|mots de passe|mdp|password|passwords|identifiants?|login)\b/],
  ['phone', /\b(telephone|tel|phone|portable|numero de (tel|telephone|portable)|joindre par tel\w*)\b/],
  // « l'adresse mail du CFA », « son mail » — not « par mail », the way to send something.
  ['email', /\b(adresse (e ?mail|mail|mel|courriel|electronique)|(le|son|ton|votre|leur|l|quel|quelle) (e ?mail|mail|mel|courriel)|e ?mail address|mail address|email of|e ?mail for)\b/],
  // A room or an office (« dans quelle salle », « quel bureau », « which room »).
  ['room', /\b(quelle salle|quelles salles|quel bureau|numero de (salle|bureau)|which room|what room|room number|which office|office number)\b/],
  ['link', /\b(lien|liens|link|url|site web|site internet|website|adresse web)\b/],
  ['address', /\b(adresse (exacte|postale|precise)|adresse du (site|batiment|campus)|postal address|street address|address of)\b/],
  // The dates themselves (« quelles sont les dates des périodes ? »): a period's name does not give them.
  ['exactDate', /\b(quelles? (sont les )?dates|les dates (de|des|du)|dates? exactes?|exact dates?|what dates|which dates|what are the dates)\b/],
  ['date', /\b(quand|a quelle periode|quelle periode|a quel moment|quel moment|what time of year|a quelle date|quelle date|quelles dates|la date|les dates|date exacte|when|what date|which date|what day|quel jour)\b/],
];

const DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// What giving the detail looks like, in folded text.
const GIVEN: Record<AskedDetail, RegExp> = {
  // The documents never write one down; a stated one would follow « mot de passe : ».
  password: /\b(mot de passe|password) ?: ?\S/,
  phone: /(\+33 ?|\b0)[1-9]([ .-]?\d{2}){4}\b/,
  email: /[\w.+-]+@[\w-]+\.\w+/,
  room: /\b(salle|bureau|room|office|amphi|amphitheatre) ?(n ?o? ?)?[a-z]?\d/,
  link: /https?:\/\/|\bwww\./,
  address: /\b\d{1,4}(-\d{1,4})?,? (rue|avenue|av|boulevard|bd|chemin|place|cours|allee|impasse|quai|route|street|road)\b/,
  // An academic year's figure is checked by the caller, which knows the year asked.
  year: /(?!)/,
  // Someone reachable: an e-mail or a phone number (a card that only describes a role names no one).
  person: /[\w.+-]+@[\w-]+\.\w+|(\+33 ?|\b0)[1-9]([ .-]?\d{2}){4}\b/,
  // A day and month, a month, a weekday, a delay (« sous 48 h ») — not a period's name (« la rentrée »).
  exactDate: new RegExp(`\\b(\\d{1,2}[/.]\\d{1,2}|(${MONTH_PATTERN})|(${DAYS})s?|\\d+ ?(h|heures?|jours?|semaines?|mois|hours?|days?|weeks?|months?))\\b`),
  // A date, a month, a day, a delay (« sous 48 h », « 10 jours ouvrables avant »), a period (« à la rentrée »).
  date: new RegExp(
    `\\b(\\d{1,2}[/.]\\d{1,2}|(${MONTH_PATTERN})|(${DAYS})s?|\\d+ ?(h|heures?|jours?|semaines?|mois|ans?|hours?|days?|weeks?|months?)|au plus (tot|tard)|a partir d|avant l|apres l|des (le|la|l|sa|son)|debut|fin d|rentree|date|dates|periode|chaque annee|at the latest|before|after|from the)\\b`,
  ),
};

/**
 * The question without the words that ask a phone number (« le numéro de téléphone de »): they
 * say what kind of answer is wanted, not whose — nearly every contact card has a phone.
 */
export function withoutContactDetailWords(folded: string): string {
  return folded.replace(/\b(numeros? de (telephone|tel|portable)|phone numbers?|telephone|tel|phone|portable|numero|number)\b/g, ' ');
}

/** The precise detail asked for, if any (folded text). */
export function askedDetail(folded: string): AskedDetail | undefined {
  const asked = ASKED.find(([, re]) => re.test(folded))?.[0];
  // Where or from whom one gets a password (« le mot de passe je le trouve où ? ») asks who gives it, not the password.
  return asked === 'password' && PASSWORD_SOURCE_ASKED.test(folded) ? 'person' : asked;
}

const PASSWORD_SOURCE_ASKED = /\b(ou|qui|comment|aupres de qui|where|who|how|obtenir|obtiens|avoir|recuperer|recupere|trouver|trouve|demander|demande|get|find|obtain)\b/;

/** Words that only name the detail asked, not what it is about (« la date de… », « le lien vers… »). */
export const DETAIL_WORDS = 'quand date dates exacte lien link url site web telephone tel phone numero portable mot passe password identifiant login adresse address postale mail email courriel mel number salle bureau room office';

/**
 * Whether an answer gives the detail about the question's subject: in a sentence that speaks of
 * it (`about`), since « 5-9 boulevard Maurice Bourdet » is the M2's address, not Forbin's.
 */
export function givesDetail(detail: AskedDetail, sentences: string[], about: (sentence: string) => boolean): boolean {
  return sentences.some((s) => about(s) && GIVEN[detail].test(s));
}

/** A text cut into sentences and list items (« tél. 04… » and « 5-9 bd » are not cut). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-ZÀ-Ý«(])|\n+|\s-\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}
