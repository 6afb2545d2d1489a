/**
 * The cues the assistant reads a question by: what kind of thing is asked (« quand », « combien », « qui »),
 * about what (pay, contract dates, a deadline…), and how a follow-up continues the last question. Regular
 * expressions over folded text (lower case, no accents, words separated by single spaces).
 */
import { MONTH_PATTERN } from '../rules/index.ts';
// Entries that explain pay rules: the computation answers their questions better.
export const PAY_TOPIC = /remuneration|salaire|gratification|smic|pay/;
export const PAY_CUE = /\b(pourcentages?|taux(?! de reussite| d insertion)|salaires?|remunerations?|remunere|remuneree|payes?|payee|payer|paie|smic|brut|gagne|gagnes|gagner|gagnait|gagnerai|touche|toucher|touches|toucherai|gratification|gratifier|gratifie|gratifiee|salary|wage|(?<!success |pass |employment |tax |interest |exchange |completion )rates?|paid|pay|earn|earns|allowance|stipend|minimum (legal|legaux)|legal minimum)\b/;
// "cpro 30 ans M2 combien": an amount asked with the facts of a computation.
export const HOW_MUCH = /\b(combien|how much)\b/;
// « contrat pro, 30 ans, minimum ? »: with an age and a contract, the minimum asked is the pay.
export const MINIMUM_ASKED = /\b(minimum|mini|minimal|minimale|le min|minimum wage)\b/;
export const CONTRACT_DATES_CUE = /\b(ddc|dfc|fenetre|dates? (possibles? )?(de |du |d |pour )?(mon |son |ce |le |un )?contrat|(?:contrat|contract) dates?|dates? of (?:my |the |his |her )?(?:contract|contrat)|dates? (de |d )?(debut|fin)\b.{0,25}\b(contrat|convention)|(debut|fin|commencement) (de |du |d )?(mon |son |ce |le |un |la |sa |ma )?(contrat|convention)|(stage en alternance|stage alternance)\b.{0,60}\b(commencer|debuter|demarrer|commence|debute|demarre|start)|(contrat|convention|contract)\b.{0,60}\b(commencer|debuter|demarrer|finir|terminer|arreter|commence|debute|demarre|finit|termine|durer|dure|start|end|last)|(commencer|debuter|demarrer|finir|terminer) (mon |son |le |un |ce )?contrat|(apprentissage|alternance|contrat pro|stage en alternance)\b.{0,40}\b(commencer|commence|debuter|debute|demarrer|demarre)\b.{0,30}\b(avant|apres) (la rentree|la formation|les cours)|(commencer|debuter|demarrer) (l |mon |son |un |une |notre )?(apprentissage|alternance)\b.{0,20}\b(avant|apres)|start (my |the )?contrat|(start|end|starting|ending) dates? (of|for)\b.{0,40}\b(contract|contrat)|(commencer|debuter|demarrer|finir|terminer)\b.{0,30}\b(au plus tot|au plus tard)|(apprenticeship|internship)\b.{0,40}\b(start|begin|end)|(earliest|latest)\b.{0,40}\b(start|begin|end))\b/;
export const CLOCK_TIME_ASKED = /\b(a quelle heure|quelle heure|what time|at what time)\b/;
export const TRAINING_DATES_CUE = /\b(dates? (de |du |d )?(la )?formation|(?<!pre[- ])rentree|debut (de|du) (la )?(formation|annee|m1|m2|l3i|master)|fin (de|du) (la )?(formation|annee|m1|m2|l3i|master)|ddf|dff|(commence|debute|demarre|finit|finis|fini|termine|se termine|start|end)s?\b.{0,80}\b(formation|m1|m2|l3i|l3|master|annee|cours)|(m1|m2|l3i|master|annee|formation|training|cours|classes) [a-z0-9 /-]{0,40}\b(commencent|commence|debutent|debute|demarrent|demarre|finissent|finit|finis|fini|terminent|termine|start|end)s?)\b/;
/** « après la rentrée », « dès la rentrée »: the training's start as the time of something else. */
export const RENTREE_AS_TIME = /\b(apres|avant|des|depuis|pour|a|au moment de|d ici|jusqu a|after|before|from|since|by|at|until) (la |le |the )?rentree\b/g;
/** « comment contacter le CFA ? », « how do I reach him? »: how to reach someone is who they are and their details, not a procedure and a person. */
export const HOW_TO_CONTACT = /\b(comment|how (do|can|should|could) (i|we)|how to) (je |j |on |nous |puis je |peut on |pouvons nous )?(contacter|contacte|contactes|joindre|joins|joint|ecrire a|contact|reach|email|get in touch with|write to)\b/;
/** « combien de temps ? », « how long? »: a delay or a length asked. */
export const HOW_LONG_ASKED = /\b(combien de temps|how long|how much time)\b/g;
// The same, to test (a global expression keeps its position between tests).
export const HOW_LONG_SAID = new RegExp(HOW_LONG_ASKED.source);
/** « SMIC mensuel brut en janvier 2026 ? »: the SMIC's value asked, not a rule. */
export const SMIC_VALUE_ASKED = /\bsmic\b.*\b(mensuel|horaire|montant|valeur|brut|net|monthly|hourly|amount|gross)\b|\b(hourly|monthly|gross) smic\b|\bsmic (?:(?:horaire|mensuel|brut|net|hourly|monthly) )?(?:c est|c|est|is|vaut) (?:(?:toujours|bien|encore|still|de|of|now) )*\d/;
/** « mon alternance », « notre apprenti », « my apprenticeship »: the asker's own work-study, the MIAGE's. */
export const OWN_WORK_STUDY = /\b(mon|ma|mes|notre|nos|my|our) (alternance|alternant|alternante|alternants|apprenti|apprentie|apprentis|apprentissage|contrat|stage|stagiaire|work-study|apprentice|apprenticeship|internship|contract)\b/;
// Questions about the assistant itself (« qui t'a programmé ? », « t'es un robot ? », « who made you? »): it says what it is.
export const ABOUT_THE_BOT = /\b(qui t a (programme|programmee|cree|creee|fait|code|developpe|concu)|t es (un robot|un bot|une ia|un humain|une vraie personne)|tu es (un robot|un bot|une ia|un humain|une vraie personne|humain)|es tu (un robot|un bot|une ia|humain|une vraie personne)|who (made|built|created|programmed|coded|wrote) you|are you (a bot|a robot|an ai|human|a real person))\b/;
export const HELP_ONLY = /^(aide|help|menu|que sais tu faire|que peux tu faire|tu sais faire quoi|what can you do|tu sers a quoi|t es qui|qui es tu|who are you)$/;
// "Comment…" asks for a procedure (the guide's topics), "à qui…" for a person (tables 8 and 9).
// « peut-on demander à la MIAGE… ? », « can I ask the MIAGE to… ? »: whom to ask is part of the answer.
export const ASK_SOMEONE = /\b(demander a|demande a|ask the|ask my|request|s adresser|ecrire a|write to|prevenir|informer|inform)\b/;
export const COST_CUE = /\b(coute|coutent|coutera|couteront|couterait|cout|couts|prix|tarif|tarifs|frais|cost|costs|price|fee|fees)\b/;
// How an answer says the documents do not give something.
export const NOT_GIVEN = /\b(pas dans les documents|ne figurent? pas|ne donnent pas|pas encore (connu|publie|communique)|not in the documents|not given|not yet (known|published))\b/;
// The role a « who is the … » question asks for, and the words that name each role alike.
export const ROLE_ASKED = /\b(?:qui est|c est qui|c qui|qui sont|who is|who s) (?:le |la |les |l |mon |ma |notre |the |my |our )?(responsable|directeur|directrice|direction|secretaire|secretariat|tuteur|tutrice|coordinateur|coordinatrice|president|presidente|head|director|secretary|coordinator|manager|tutor)\b/;
export const CONDITION = /\b(alors que|alors qu|pendant que|tandis que|bien que|meme si|meme s il|while|whereas|even though|even if)\b/;
// What a word means: « ça veut dire quoi », « que signifie », « what does … mean ».
export const MEANING_CUE = /\b(veut dire|veulent dire|signifie|signifient|signification|what does [a-z0-9 -]{1,30} mean|stands? for)\b/;
// A number of things: digits or « deux »… « dix » before a word that is not a unit of age, share, money, time of day or date.
export const COUNT = new RegExp(`(?<![\\d/.,-])\\b(\\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\\b(?![/.,-]?\\d)(?! ?(?:ans?\\b|years?\\b|%|€|euros?\\b|h\\b|heures?\\b|hours?\\b|e\\b|eme\\b|er\\b|(?:${MONTH_PATTERN})\\b|sur\\b|out of\\b))`, 'g');
// Time at the company (« la période en entreprise », « at the company »): the rhythm, not the training's dates.
export const IN_COMPANY = /\b(en entreprise|a temps plein en entreprise|dans l entreprise|at the company|in the company)\b/;
// « c'est quoi », « what is/are »: a meaning or a description asked.
export const WHAT_IS = /\b(c est quoi|c quoi|cest quoi|qu est ce que|que sont|what is|what are|what s|whats)\b/;
// « 4 mois avant », « four months before »: a stated count of months on one side of the training's start.
export const MONTHS_BEFORE_OR_AFTER = /\b(\d{1,2}|un|deux|trois|quatre|cinq|six|one|two|three|four|five|six) (?:mois|months?) (?:avant|before|apres|after)\b/;
/** « finir après la fin de la formation », « end after the training ends »: the side of the training's end a contract ends on. */
export const END_SIDE = /\b(?:finir|finit|fini|finisse|terminer|termine|terminee|se terminer|prendre fin|durer|end|ends|finish|finishes)\b.{0,30}?\b(avant|apres|before|after) (?:la fin (?:de la formation|des cours|de l annee|du master|du m1|du m2|de la l3i)|la date de fin(?: de (?:la )?formation)?|la dff|the end of (?:the )?(?:training|classes|course|year)|the training ends|classes end)/;
// Starting before or after the training starts: « démarrer avant la rentrée », « start after the training starts ».
export const START_SIDE = /\b(?:commencer|commence|debuter|debute|demarrer|demarre|start|begin)\b.{0,30}?\b(avant|apres|before|after) (?:la rentree|la formation|les cours|le debut (?:de la formation|des cours)|la date de debut(?: de (?:la )?formation)?|la ddf|the start|the training|classes start)/;
export const NOT_SALARY = /\b(conges? payes?|jours? (de conges? )?payes?|paid (leave|holidays?|days? off|time off|vacation)|(paye|payee|payes|payees|paid) (pendant|durant|during|for|on|en|les jours de|the days of) (les |the |ses |his |her |their )?(cours|formation|school|class|classes|training|jours de cours|school days|class days|training days)|(paie|paye|payer|payent|paient|paiera|payera|finance|financent|financer|pays|pay for) (directement |vraiment |entierement |directly )?(pour )?(la |les |le |l |ma |sa |notre |ses |mes )?(formation|frais|cout|ecole|cours|scolarite|jours de formation|heures de formation|heures de cours|training|tuition|fees))\b/g;
// The two contracts named to be compared (« en apprentissage et combien en contrat pro », « CAPP ou CPRO »),
// read on the text as typed: the SMS lexicon reads « vs » as « vous ».
const APPRENTICESHIP_NAMED = '(?:apprentissage|capp|apprenticeship)';
const PROFESSIONALISATION_NAMED = '(?:contrats? (?:de )?pro|professionnalisation|cpro|professionali[sz]ation)';
export const FAMILIES_COMPARED = new RegExp(`\\b${APPRENTICESHIP_NAMED}\\b.*\\b(?:et|ou|vs|versus|or|and|compare[sd]? (?:a|to|with|avec)?)\\b.*\\b${PROFESSIONALISATION_NAMED}\\b|\\b${PROFESSIONALISATION_NAMED}\\b.*\\b(?:et|ou|vs|versus|or|and)\\b.*\\b${APPRENTICESHIP_NAMED}\\b`);
export const EXTENSION_CUE = /\b(prolonge|prolongee|prolongation|proroge|prorogee|prorogation|redouble|redoublement|extended|extension)\b/;
// The rate of the 2nd year of a 2-year contract (M1 then M2), or the move to M2, asked about.
export const SECOND_YEAR_RATE_ASKED = /\b(taux|remuneration|salaire|paie|paye|pourcentage|rate|pay)\b.{0,40}\b(2e|2eme|deuxieme|seconde?|2nd) (annee|year)\b|\b(passage|passe|passer|passera|move|moves|moving) (en|au|to|into) m2\b/;
export const RATE_WORD_ASKED = /\b(quel|quelle|what|which) (pourcentage|taux|percentage|rate)\b/;
// The mission's validation done (« ma mission est validée », « once the mission is validated ») and what comes next asked.
export const MISSION_VALIDATED = /\b(mission|missions|assignment)\b.{0,30}\b(validee|validees|valide|acceptee|approuvee|validated|approved|accepted)\b|\b(once|after|apres|une fois) (the |la |sa |ma |notre )?(mission|assignment|validation)\b/;
export const NEXT_STEPS = /\b(reste a faire|reste t il|il reste|et maintenant|maintenant|ensuite|apres ca|next|what now|what do (we|i) (have to|need to|must) do|que faire|quoi faire|fais quoi|fait quoi|faire quoi|demarches|etapes|steps|avant (le debut|son arrivee|l arrivee)|before (the contract|he|she|it) starts?)\b/;
// Which contract asked: « c'est quel contrat ? », « what kind of contract? ».
export const CONTRACT_ASKED = /\b(quel|quelle|which|what) (type de |kind of )?(contrat|contract)\b/;
// A detail asked, not given: « c'est quel contrat ? », « which programme? ».
export const SLOT_ASKED = /\b(quel|quelle|quels|quelles|which|what) (type de |kind of |sorte de )?(contrat|contrats|formation|parcours|contract|contracts|programme|program|track)\b/;
// « combien de jours de congés ? », « combien de visites ? »: a count, not an amount of pay.
export const COUNT_ASKED = /\b(combien de|how many) (jours?|heures?|semaines?|mois|ans|annees?|fois|visites?|places?|etudiants?|ects|ue|credits?|days?|hours?|weeks?|months?|years?|times|visits?|students?)\b/;
export const SALARY_WORD = /\b(salaire|salaires|paie|paye|remuneration|salary|wage|wages)\b/;
export const COMPARED_TO_SMIC = /\b(moins|plus|en dessous|au dessous|sous|inferieur|superieur|below|under|less|more|above) (que |du |au |than |de )?(le )?smic\b/;
export const WANT_CUE = /\b(je veux|je voudrais|on veut|on voudrait|nous voulons|i want to|we want to)\b/;
export const HOW_CUE = /\b(comment|how|procedure|demarches?|que faire|quoi faire|reste t il a faire|reste il a faire|reste a faire|il reste a faire|what else|what is left to do|(fais|fait|faire|faut) (quoi|koi)|what (should|do|must) (i|we) do|etapes?)\b/;
export const WHO_CUE = /\b(qui|a qui|contacter|joindre|who|whom|mail|email|telephone|tel|phone|numero|coordonnees|m adresse|m adresser|s adresser|on s adresse)\b/;
/** A question's own word, whatever it asks (« quoi », « qui », « what »…). */
export const QUESTION_WORD = /\b(quoi|koi|qui|ki|quand|combien|comment|ou|pourquoi|what|who|when|how|where|why)\b/;
// A pronoun standing for what the last answer was about.
export const REFERS_BACK = /\b(il|elle|ils|elles|lui|eux|he|she|it|they|him|them)\b/;
// « c'est quoi le nom de mon tuteur universitaire ? »: a person's name asked.
export const NAME_ASKED = /\b(le nom|son nom|leur nom|name of|his name|her name|their name)\b/;
// « j'ai combien de temps pour l'envoyer ? »: a deadline asked as the time someone has (not « combien de temps dure … »).
export const HOW_LONG_CUE = /\b((?:j ai|on a|nous avons|vous avez|il a|elle a|ils ont|a t on|ai je) combien de temps|combien de temps (?:pour|j ai|on a|avons nous|avez vous|a t on|ai je|il me reste|ils ont|elle a|il a)|how much time|how long (?:do|does) (?:i|we|he|she|they|it|the company|my company) have)\b/;
// A question asking for a date.
export const WHEN_CUE = /\b((?:mes|les|ses|nos|leurs) dates? (?:de (?:mon |son |notre |leur )?contrat )?(?:c est|ce sont|sont) (?:quoi|quand|lesquelles|quelles)|quand|a quelle periode|quelle periode|a quel moment|quel moment|what time of year|quoi (?:les|mes|ses|nos) dates|quelles sont (?:les|mes|ses|nos) dates|what are (?:my|the|our|his|her) (?:contract |contrat )?dates|dates possibles|avant quelle date|by when|d ici quand|quelles? dates?|a partir de quand|jusqu a quand|au plus tot|au plus tard|date limite|dernier delai|dernier jour|derniere date|by what date|last day|when|which dates|what dates|entre quelles|latest|earliest|deadline)\b/;
// A question about one's own pay (not about pay rules in general): asked without details, ask for them.
export const PERSONAL_PAY = /\b(je|j|on|i|we)\b.{0,20}\b(touche|toucher|toucherai|gagne|gagner|gagnerai|paye|payee|payes|get|earn|paid)\b/;
// Becoming or staying an apprentice (« je peux être apprenti ? », « can I still sign an apprenticeship? »).
export const BECOMING = /\b(etre|devenir|signer|faire|rester|continuer|commencer|entrer|be|become|sign|start|still|do)\b/;
// An amount of pay asked for, whoever it is for.
export const AMOUNT_ASKED = /\b(quel|quelle|what|which) (est le |est la |is the )?(salaire|remuneration|paie|paye|montant|gratification|salary|pay|wage)( minimum| minimal| minimale| legal| legale| mini)?\b|\b(salaire|remuneration|pay|salary|wage) (minimum|minimal|minimale|mini|legal|legale)\b|\bminimum (salary|pay|wage)\b/;
// One's own pay asked: « what's my salary going to be? », « c'est quoi mon salaire ? », « quel sera mon salaire ? ».
export const OWN_PAY_ASKED = /\b(what s|whats|what is|what will|what ll|how much is|how much will|c est quoi|quel sera|quel est|quelle sera|quelle est|combien sera|combien fera) (?:be )?(my|mon|ma) (?:(?:minimum|minimal|legal) )*(salary|pay|wage|salaire|remuneration|paie|paye)\b/;
// Work-study named (« le salaire d'un développeur senior » is not about it).
export const WORK_STUDY = /\b(alternance|alternant|alternante|alternants|apprenti|apprentie|apprentis|apprentissage|stage|stagiaire|contrat|cpro|capp|miage|work study|apprentice|apprenticeship|intern|internship)\b/;
export const NET_CUE = /\b(net|cotisation|cotisations|csg|crds)\b/;

// The pay changing at a birthday, asked as a rule: « change … quand il fête ses 21 ans », « when they turn 21 ».
export const BIRTHDAY_CHANGE_ASKED = /\b(change|changer|changera|augmente|augmentera|evolue|bouge|passe|change[sd]?|increase[sd]?|go(?:es)? up)\b.{0,60}\b(anniversaire|anniv|fete ses|fete mes|fetera|milieu du mois|en cours de mois|turns?|turning|birthday|middle of the month)\b|\b(anniversaire|birthday|turns?|fete ses)\b.{0,60}\b(change|changer|augmente|increase[sd]?|go(?:es)? up)\b/;

// How a message continues the last question (a follow-up, a pick, a change of language, a statement of details).
// The asker speaking of themselves (« je suis … », « j'ai … », « I'm … »): a statement, when nothing is asked.
export const STATEMENT_START = /^(?:bonjour |salut |hello |hi )?(?:je suis|jsuis|chui|j ai|jai|je serai|je viens|i am|i m|im|my|mon|ma|notre|our)\b/;
// Ranks said in words, first to fifth, French and English (« la deuxième », « the second one »).
export const ORDINALS = [
  ['premier', 'premiere', '1er', '1ere', '1re', 'first', '1st'],
  ['deuxieme', 'second', 'seconde', '2e', '2eme', '2nd', 'deux'],
  ['troisieme', '3e', '3eme', 'third', '3rd', 'trois'],
  ['quatrieme', '4e', '4eme', 'fourth', '4th'],
  ['cinquieme', '5e', '5eme', 'fifth', '5th'],
];
export const ORDINAL_PICK = new RegExp(`^(?:(?:le|la|the|option|choix) )?(${ORDINALS.flat().join('|')})(?: (?:option|choix|one|choice|proposition))?\\b(.*)$`);
// A follow-up to the last question: « et en contrat pro ? », « and at 26? », « what about M1? ».
export const FOLLOW_UP_START = /^(et|and|what about|how about|sinon|pareil|idem|meme chose|meme question|mais|ok et|d accord et|du coup)\b/;
// A question about the last subject, named by a pronoun: « elle est obligatoire ? », « il l'envoie à qui ? », « is it paid? ».
// (« il y a » is impersonal: « et il y a combien d’étudiants ? » asks something new.)
export const SAME_SUBJECT_START = /^(?:(?:et|and|mais|but) )?(il|ils|elle|elles|ca|cela|it|they|is it|are they|does it|do they|can it|can they)\b(?! y a\b| y aura\b)/;
// « je dois le rendre quand ? », « on l'envoie où ? », « si ma boîte le transmet pas ? »: an object pronoun before its verb — the thing just talked about;
// « on envoie ça à qui ? »: « ça » after a verb of sending or doing, the same.
// (« qui le dirige ? » may ask a person the message finds alone: the caller checks.)
export const OBJECT_PRONOUN = /\b(je|j|on|tu|il|elle|nous|vous|ils|elles|qui|ki|boite|entreprise|employeur|patron|manager|tuteur|tutrice|rh|fac|ecole|cfa|opco|alternant|alternante|apprenti|apprentie)(?: (?:ne|n))?(?: (?:dois|doit|peux|peut|vais|va|faut|devons|pouvons|doivent|peuvent))? (le|la|les|l) (?!(?:plus|moins|meme|premier|premiere|mois|jour|semaine|cas|fois)\b)[a-z]{3,}|\b(?:envoie|envoies|envoient|envoyer|envoyez|transmet|transmets|transmettre|transmettez|donne|donner|donnez|remplit|remplir|signe|signer|declare|declarer|depose|deposer|rend|rends|rendre|justifie|justifier|fait|fais|faire) (?:ca|cela)\b/;
// « je peux choisir entre les deux ? », « either of them? »: the two things just talked about.
export const BOTH_REFERRED = /\b(entre les deux|entre les 2|l un ou l autre|l une ou l autre|either of them|between the two|between them|both of them)\b/;
// « même si c'est plus près ? », « even if it pays more? »: whether the last answer holds in another case.
export const EVEN_IF = /^(?:(?:et|and|mais|but|ok|bon) )?(?:meme si|meme s|meme quand|meme en|even if|even though|even when)\b/;
// « et si … ? », « what if … ? »: a case of the same subject stated, not a new question.
export const CASE_STATED = /^(?:(?:et|and|mais|but) )?(?:si|s|if|what if)\b/;
// A bound in time asked (« jusqu'à quand », « à partir de quand », « by when »): a date, whatever the sentence's form.
export const DATE_BOUND_ASKED = /\b(jusqu a quand|a partir de quand|depuis quand|des quand|until when|since when|by when|from when)\b/;
// « jusqu'à quand est-il valide ? », « sont-elles payées ? »: a subject pronoun after its verb — the thing just talked about
// (not « faut-il », « y a-t-il », impersonal).
export const INVERTED_PRONOUN = /\b(?:est|sont|etait|etaient|sera|seront|peut|peuvent|doit|doivent) (?:il|elle|ils|elles)\b/;
// « when does that happen? », « can I dock his pay for those hours? », « where do I send it? »: English pointing back.
export const ENGLISH_POINTING_BACK = /\b(?:does|do|did|is|are|was|will|can|should) (?:that|this|it|they) (?:happen|take place|start|end|last|cost|apply|count)\b|\b(?:those|these) (?:hours|days|absences|classes|ones|weeks)\b|\b(?:send|give|fill|sign|submit|return|hand) (?:it|that|this|them)\b/;
// « son mail », « his phone »: a detail of the person just named.
export const POSSESSIVE = /\b(son|sa|ses|leur|leurs|his|her|their)\b/;
export const ENGLISH_PLEASE = /\b(in english|en anglais|english please)\b/;
export const FRENCH_PLEASE = /\b(en francais|in french|french please)\b/;
// A training's first or last day said (« a commencé le 1er septembre ? », « s'est fini le 2 ? »).
export const TRAINING_START_SAID = /\b(commence|commencee|commencent|a commence|debute|debutee|a debute|demarre|a demarre|rentree|start|starts|started|begin|begins|began)\b/;
export const TRAINING_END_SAID = /\b(fini|finie|finit|termine|terminee|se termine|s est termine|fin|end|ends|ended|finish|finishes|finished)\b/;
/** Words that check an amount or a rate (« c'est normal ? », « c'est légal ? »), not another subject of the question. */
export const PAY_CHECK_WORDS = ['bon', 'ok', 'legal', 'legale', 'normal', 'normale', 'correct', 'correcte', 'conforme', 'suffit', 'suffisant', 'assez', 'regle', 'respecte', 'droit', 'possible', 'autorise', 'enough', 'fine', 'right', 'allowed'];
export const PAY_CHECKED = new RegExp(`\\b(${PAY_CHECK_WORDS.join('|')})\\b`);
// « c'est pareil ? », « the same? », « c'était déjà ce montant ? »: the last answer's figure asked again for other details.
export const SAME_ASKED = /\b(pareil|pareille|pareils|la meme chose|le meme|la meme|les memes|identique|idem|same|ce montant|ce meme montant|ce taux|that amount|that much|that rate)\b/;
// « après le 3 septembre », « before 1 December »: a date said as a bound.
export const DATE_AS_BOUND = /\b(apres|avant|after|before)(?: le| du| the)? (?:\d|1er\b)/;
