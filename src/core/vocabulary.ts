import { words } from './normalize.ts';

/**
 * Words that carry no topic (articles, pronouns, auxiliaries, politeness), removed before
 * matching. Question words that decide the intent (qui, combien, quand) are read before this.
 */
const FILLERS = new Set(
  `le la les l un une des de du d au aux a en et ou que qu qui quoi quel quelle quels quelles lequel laquelle
  je j tu il elle on nous vous ils elles me m te t se s moi toi lui leur leurs y ce c cet cette ces ca cela
  mon ma mes ton ta tes son sa ses notre nos votre vos est es sont suis ai as avons avez ont etre avoir
  fait fais faire peut peux pouvons pouvez doit dois devons devez faut il y ne n pas plus tres bien alors donc
  pour par sur sous avec sans dans chez vers entre comme si svp plait merci bonjour salut hello coucou
  quoi comment combien quand ou pourquoi est-ce est ce dire veut voudrais souhaite aimerais savoir question demande besoin svp
  the a an is are am i my me we our you your to of in on for with do does can what how which please
  it that this be have has there who whom should would could was were did get got will yesterday today tomorrow
  demain hier aujourd hui maintenant ya signification signifie definition sens dire deja vraiment stp
  etait etaient sera seront serait ete sont suis etes`.split(/\s+/),
);

/** Synonyms and English words mapped to the word the knowledge base uses. */
const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  paye: 'salaire', paie: 'salaire', paies: 'salaire', payee: 'salaire', touche: 'salaire', toucher: 'salaire',
  gagne: 'salaire', gagner: 'salaire', remuneration: 'salaire', remunere: 'salaire', remuneree: 'salaire', salary: 'salaire',
  pay: 'salaire', paid: 'salaire', wage: 'salaire', earn: 'salaire', brut: 'salaire',
  boite: 'entreprise', societe: 'entreprise', employeur: 'entreprise', opa: 'entreprise', company: 'entreprise', employer: 'entreprise', taf: 'entreprise', travail: 'entreprise',
  malade: 'maladie', arret: 'maladie', sick: 'maladie', illness: 'maladie', ill: 'maladie',
  mail: 'contacter', adresse: 'contacter', appeler: 'contacter', appelle: 'contacter', coordonnee: 'contacter', coordonnees: 'contacter', call: 'contacter', joindre: 'contacter', ecrire: 'contacter', contact: 'contacter', contacte: 'contacter', email: 'contacter', telephone: 'contacter', numero: 'contacter',
  debut: 'commencer', demarrer: 'commencer', demarrage: 'commencer', commence: 'commencer', start: 'commencer', begin: 'commencer', rentree: 'commencer',
  fin: 'terminer', finir: 'terminer', termine: 'terminer', finit: 'terminer', end: 'terminer',
  seche: 'absence', seches: 'absence', absent: 'absence', absente: 'absence', rater: 'absence', manquer: 'absence', louper: 'absence', secher: 'absence', absences: 'absence', miss: 'absence',
  remote: 'teletravail', distanciel: 'teletravail', domicile: 'teletravail',
  transmettre: 'envoyer', transmet: 'envoyer', transmets: 'envoyer', transmission: 'envoyer', envoie: 'envoyer', envoyer: 'envoyer', envoi: 'envoyer', send: 'envoyer',
  probleme: 'souci', problemes: 'souci', soucis: 'souci', conflit: 'souci', difficulte: 'souci', difficultes: 'souci', problem: 'souci', issue: 'souci',
  apprentie: 'apprenti', apprentis: 'apprenti', alternante: 'alternant', alternants: 'alternant', alternantes: 'alternant',
  rompre: 'rupture', demissionner: 'rupture', demission: 'rupture', quitter: 'rupture', casser: 'rupture', terminate: 'rupture',
  prof: 'enseignant', profs: 'enseignant', teacher: 'enseignant',
  tutor: 'tuteur', tutrice: 'tuteur', supervisor: 'tuteur', manager: 'tuteur',
  intern: 'stage', internship: 'stage', stagiaire: 'stage',
  apprentice: 'apprenti', apprenticeship: 'apprentissage',
  directeur: 'direction', director: 'direction', dirige: 'direction', dirigeait: 'direction', head: 'direction',
  secretaire: 'secretariat', secretary: 'secretariat',
  cost: 'cout', prix: 'cout', tarif: 'cout', coute: 'cout', coutent: 'cout', price: 'cout', fees: 'cout',
  hours: 'heures', heure: 'heures', h: 'heures',
  where: 'lieu', site: 'lieu', campus: 'lieu', situe: 'lieu', situes: 'lieu',
  days: 'jours', jour: 'jours', journee: 'jours', journees: 'jours',
  week: 'semaine', semaines: 'semaine', rythme: 'rythme', schedule: 'rythme', planning: 'rythme',
  exam: 'examen', examens: 'examen', exams: 'examen', partiel: 'examen', partiels: 'examen',
  tax: 'impot', taxes: 'impot', impots: 'impot', imposable: 'impot',
  net: 'net', gross: 'salaire', foreign: 'etranger', etrangere: 'etranger', international: 'etranger',
  repeat: 'redoublement', redoubler: 'redoublement', redouble: 'redoublement', echec: 'redoublement',
  revisions: 'revision', reviser: 'revision', study: 'revision',
  validate: 'validation', valider: 'validation', valide: 'validation', validee: 'validation',
  holidays: 'vacances', vacation: 'vacances', conges: 'conge',
}));

/** Light plural folding: "contrats" → "contrat", "heures" stays (see synonyms). */
function stem(word: string): string {
  if (word.length > 4 && /[^s]s$/.test(word)) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  return word;
}

// Phrases whose meaning is not in their words ("où se trouve" is about a place, "à qui" about a contact).
const PHRASES: Array<[RegExp, string]> = [
  [/\bou (se trouve|se trouvent|se situe|se situent|se passe|se passent|a lieu|ont lieu|se deroule|se deroulent|sont les cours|est le|est la|sont)\b/g, ' lieu '],
  [/\b(a qui|qui contacter|qui joindre|who (do|should) i (contact|ask|email)|who to contact)\b/g, ' contacter '],
  [/\b(je touche|on touche|il touche|elle touche|combien gagne|how much)\b/g, ' salaire '],
  [/\b(en entreprise|au travail|a la boite)\b/g, ' entreprise '],
  [/\b(arrets? de travail|arrets? maladie|sick notes?|sick leave)\b/g, ' maladie '],
  // The year is read by the entity extractor; as words it would only blur the match.
  [/\b(cette annee|this year|actuellement|en ce moment|currently)\b/g, ' '],
  [/\bsite (web|internet)\b/g, ' web '],
  [/\b(se passe mal|ca va mal|ca se passe mal|galere)\b/g, ' souci '],
];

/** The topic-bearing terms of a text, as the matcher compares them. */
export function terms(text: string): string[] {
  let phrased = words(text).join(' ');
  for (const [re, replacement] of PHRASES) phrased = phrased.replace(re, replacement);
  const out: string[] = [];
  for (const w of phrased.split(' ')) {
    if (FILLERS.has(w)) continue;
    const mapped = SYNONYMS.get(w) ?? w;
    out.push(stem(mapped));
  }
  return out;
}
