/**
 * Whether a message asks a yes/no question. French marks one by « est-ce que », by inversion
 * (« peut-on… ? », « l'entreprise doit-elle… ? ») or by intonation alone — a statement ending
 * with « ? » (« un certificat médical ça suffit ? ») — while an open question carries an
 * interrogative word (qui, quand, combien…). English starts a yes/no sentence with an auxiliary.
 */

import { foldedWords } from './normalize.ts';

// Cues of a yes/no question even without a question mark (« je peux sécher vendredi »).
const POLAR_CUE = /\b(je peux|j peux|jpeux|on peut|puis je|est ce que|est ce qu|possible|c est bon|c est ok|can i|can we|could i|is it|are we|may i|do we|c est legal|legal|en regle|conforme|normal|le droit|autorise|obligatoire|oblige|obligee|obliges|(peut|peuvent|doit|doivent|faut|dois|devons|pouvons|sommes|suis|est|sont|a|ont|y a t) (il|ils|elle|elles|on|je|nous|vous|t il))\b/;
// An English sentence opening with an auxiliary (« … university. Is that enough? »).
const ENGLISH_AUXILIARY = /^(is|are|am|was|were|does|do|did|can|could|must|should|will|would|may|has|have|shall)\b/;
// Interrogative words of an open question; « où » is read on the accented text (« ou » is « or »).
const OPEN_QUESTION = /\b(qui|ki|quoi|koi|quand|comment|combien|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|what|who|whom|when|where|why|how|which)\b/;
const OPEN_START = /^(que|qu|qui|ki|quoi|koi|quand|comment|combien|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|what|who|whom|when|where|why|how|which)\b/;
// « quand » inside a sentence before a pronoun introduces a condition (« ça suffit quand on est apprenti ? »), it
// asks no date — unless it follows « c'est » or a preposition (« c'est quand on a la paie ? », « à partir de quand on peut… ? » ask it).
const WHEN_CLAUSE = /(?<=[a-z0-9] )(?<!\b(c|est|sont|ca|de|a|jusqu|depuis|pour|d) )quand (?=(on|je|j|tu|il|elle|nous|vous|ils|elles)\b)/g;
const OPEN_END = /\b(quoi|koi|qui|ki|quand|comment|combien|pourquoi|ou)$/;
// A noun phrase with « ? » asks for that thing, not yes or no (« le lien pour la fiche ? », « ton mail ? »).
const NOUN_PHRASE_ASK = /^(?:(?:le|la|l|les|son|sa|ses|ton|ta|tes|mon|ma|mes|votre|vos|the|your|his|her) )?(lien|liens|date|dates|numero|adresse|adresses|mail|email|mel|telephone|tel|mot de passe|identifiants?|link|url|address|phone|number)\b/;
// A cleft sentence naming who (« c'est l'OPCO qui … »), not asking who (« c'est qui qui … »).
const CLEFT = /^(?:et |mais |donc )?(?:c est|c etait|est ce que c est|is it) (?!qui\b|ki\b|quoi\b|koi\b)(?:[a-z0-9]+ ){1,4}?(?:qui|that|who) /;
const WHERE = /\boù\b|\b(c est|c|est|sont) ou\b|^ou\b/iu;
// A negated question may expect the other word (« ce n'est pas obligatoire ? »); « ou pas » is not one.
const NEGATION = /\b(ne|n|pas|not|no)\b/;
// « … ou pas ? » asks both ways; « (pas en contrat) » says which status, it negates nothing asked.
export const OR_NOT = /\b(ou pas|ou non|or not|pas en contrat|pas sous contrat|pas de contrat|not on a contract)\b/g;
// « ne … que » restricts (« l'entreprise ne signe que des contrats pro »): only, not not.
const ONLY = /\bne? [a-z]+(?: [a-z]+)? qu(?:e)?\b(?!.*\bpas\b)/g;

/**
 * @param text the message as typed (for « ? » and « où »)
 * @param folded its words, folded (lower case, no accents, single spaces)
 */
export function isYesNoQuestion(text: string, folded: string): boolean {
  // « M. Caussanel », « Mme Salmi », « 5 p.m. »: abbreviations do not end a sentence.
  const sentences = text.replace(/\b(m|mm|mme|mr|mrs|ms|dr|st|cf|ex|p\.m|a\.m)\./gi, '$1 ').split(/[.!?;:\n]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  // An interrogative word opening the last sentence — the question asked, since a follow-up is
  // read after the question it continues — or closing it (« que se passe-t-il… », « qu'est-ce
  // que… », « je fais comment ? ») makes it an open question, whatever else it says.
  const last = foldedWords(sentences.at(-1) ?? '');
  if (OPEN_START.test(last) || OPEN_END.test(folded) || /\bqu est ce\b/.test(last)) return false;
  // « Am I an executive or a technician? » asks to choose, not yes or no.
  if (sentences.some((s) => ENGLISH_AUXILIARY.test(s) && /\bor\b/.test(s) && !/\bor not\b/.test(s))) return false;
  if (POLAR_CUE.test(folded) || sentences.some((s) => ENGLISH_AUXILIARY.test(s))) return true;
  // « c'est lui qui paie ma formation ? », « c'est moi qui remplis la fiche ? »: whether that one is the one.
  if (CLEFT.test(last) && /\?\s*$/.test(text.trim())) return true;
  return /\?\s*$/.test(text.trim()) && !OPEN_QUESTION.test(folded.replace(WHEN_CLAUSE, ' ')) && !WHERE.test(text) && !WHERE.test(folded) && !NOUN_PHRASE_ASK.test(last);
}

/** A negated yes/no question (« n'est-ce pas… »): a verdict could answer the wrong way round. */
export function isNegated(folded: string): boolean {
  return NEGATION.test(folded.replace(OR_NOT, ' ').replace(ONLY, ' ').replace(BORN, ' '));
}

// « né le 5/11/2000 », « née en 2004 »: born, folded to « ne » — no negation.
const BORN = /\bnee? (?:le|en|au|a|on)\b/g;

// « c'est trop tard ? », « c'est illégal ? »: a yes/no question about a problem — « Oui » would mean
// the problem, the reverse of « dates valides » or « au moins le minimum ».
const ASKS_FOR_A_PROBLEM = /\b(trop tard|trop tot|en retard|hors delai|illegal|illegale|pas legal|pas legale|interdit|interdite|abusif|abusive|pas le droit|pas autorise|pas autorisee|too late|too early|not allowed|not legal)\b/;

/** Whether a yes/no question asks about a problem (« c'est trop tard ? »): the verdict word would read the wrong way. */
export function asksForAProblem(folded: string): boolean {
  return ASKS_FOR_A_PROBLEM.test(folded);
}
