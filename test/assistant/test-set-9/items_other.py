"""Out-of-scope questions, clarify items (a needed detail is missing) and
fallback items (in scope, but the documents do not hold the answer).
No expectation on any of them."""
from lib import Q


def OUT(text, role='student', en=False):
    return Q(text, role, out=True, topic='out', en=en)


def CLAR(text, role='student', en=False):
    return Q(text, role, kind='clarify', topic='clarify', en=en)


def FB(text, role='student', en=False):
    return Q(text, role, kind='fallback', topic='fallback', en=en)


OUT_ITEMS = [
    OUT("c koi la meilleure recette de pâtes carbo ?"),
    OUT("qui a gagné le match OM PSG hier soir ?"),
    OUT("il va pleuvoir demain sur Marseille ?"),
    OUT("comment je déclare mes revenus fonciers sur impots.gouv ?", 'hr'),
    OUT("j'ai droit aux APL en tant qu'apprenti ? c'est combien ?"),
    OUT("la MIAGE de Nice elle est mieux classée que celle d'Aix-Marseille ?"),
    OUT("CDI classique : c'est quoi le préavis de démission pour un cadre ?", 'hr'),
    OUT("python : comment trier un dict par valeur ?"),
    OUT("raconte moi une blague stp"),
    OUT("tu connais un bon resto pas cher vers l'îlot du Bois ?"),
    OUT("comment avoir le permis de conduire rapidement ?"),
    OUT("quel est le meilleur forfait mobile pour un étudiant ?"),
    OUT("What's the weather going to be like in Aix tomorrow?", en=True),
    OUT("Can you help me debug my React useEffect infinite loop?", en=True),
    OUT("Tell me a joke about software developers.", en=True),
    OUT("combien de RTT pour un cadre au forfait jours dans notre convention ?", 'hr'),
    OUT("l'aide Mobili-Jeune d'Action Logement, comment je la demande ?"),
    OUT("c quoi le taux normal de l'impôt sur les sociétés ?", 'hr'),
    OUT("comment on fait une rupture conventionnelle pour un salarié en CDI ?", 'hr'),
    OUT("quels sont les horaires de la piscine universitaire ?"),
    OUT("le master MIAGE de la Sorbonne il se fait en alternance ?"),
    OUT("faut un visa pour aller au Canada en vacances ?"),
    OUT("SQL : c koi la diff entre LEFT JOIN et INNER JOIN ?"),
    OUT("c qui le président de la république ?"),
    OUT("comment contester une amende RTM dans le bus ?"),
    OUT("combien coûte un abonnement à la salle de sport Basic-Fit ?"),
    OUT("la CAF verse la prime d'activité aux apprentis ?"),
    OUT("je pourrai toucher le chômage à la fin de mon alternance ?"),
    OUT("c quoi la différence entre un CDD et un CDI en général ?", 'hr'),
    OUT("How much income tax would I pay on a 30k€ salary in France?", 'hr', en=True),
    OUT("écris-moi une lettre de motivation pour un job d'été chez Décathlon"),
    OUT("qui a inventé le langage Java ?"),
    OUT("conseille moi une série à regarder ce week-end"),
    OUT("comment installer Docker sur Windows 11 ?"),
    OUT("l'université de Toulouse a une MIAGE en alternance ?"),
    OUT("c quand les soldes d'hiver cette année ?"),
    OUT("What's the best laptop for programming under 1000 euros?", en=True),
    OUT("mon proprio peut augmenter le loyer en cours de bail ?"),
    OUT("comment créer une micro-entreprise pour faire du freelance ?"),
    OUT("c quoi le salaire moyen d'un data engineer à Paris ?"),
    OUT("Who won the Champions League last season?", 'tutor', en=True),
    OUT("notre salarié en CDI veut un congé sabbatique, on est obligés d'accepter ?", 'tutor'),
]

CLARIFY_ITEMS = [
    CLAR("c combien mon salaire ?"),
    CLAR("quelles sont les dates autorisées pour le début du contrat ?", 'hr'),
    CLAR("combien d'heures de formation dans l'année ?", 'hr'),
    CLAR("c qui ma secrétaire péda ?"),
    CLAR("il est en entreprise quels jours, mon alternant ?", 'tutor'),
    CLAR("je redouble, mon contrat il devient quoi ?"),
    CLAR("How much will I be paid?", en=True),
    CLAR("son contrat doit finir quand au plus tard ?", 'hr'),
    CLAR("on doit le payer combien, notre futur alternant ?", 'hr'),
    CLAR("pour rompre mon contrat, je dois envoyer quoi et à qui ?"),
]

FALLBACK_ITEMS = [
    FB("c quoi le numéro de portable de M. Caussanel ?"),
    FB("le smic au 1er janvier 2027 ce sera combien ?", 'hr'),
    FB("c quoi le salaire minimum conventionnel (SMC) Syntec pour un cadre débutant ?", 'hr'),
    FB("c quoi les dates des vacances de Noël des M2 cette année ?"),
    FB("c qui mon tuteur universitaire ? je suis Léa Martin en M2 ISIE"),
    FB("la soutenance des M2 en septembre 2027 c'est quel jour exactement ?"),
    FB("combien de places il y a en M1 à Aix ?"),
    FB("c'est quoi l'OPCO de notre entreprise ? on est une ESN de 50 salariés", 'hr'),
    FB("un apprenti a droit à combien de jours de congés payés par an ?", 'tutor'),
    FB("dans quelle salle a lieu le cours de cloud computing jeudi ?"),
    FB("Who is the disability officer (référent handicap) for the MIAGE, and what's their email?", en=True),
    FB("la formation L3I coûte combien pour un contrat qui démarre en 2026/2027 ?", 'hr'),
]

ITEMS = OUT_ITEMS + CLARIFY_ITEMS + FALLBACK_ITEMS
