"""Builds questions.yaml: 120 boundary items o001..o120 (60 out of scope, 30 fallback, 30 near-scope answerable).
Fixed seed; items are shuffled, then numbered."""
import random
import datetime as dt
from common import *

S, H, T = 'student', 'hr', 'tutor'

# ---------- 60 out-of-scope (scope: out) ----------
OUT = [
    (S, "si je demissionne de mon CDI je dois faire combien de preavis ?"),
    (H, "on calcule comment les RTT pour nos salaries qui sont a 39h ?"),
    (H, "les heures sup dans un CDI classique elles sont majorees de combien ?"),
    (S, "je toucherai combien de chomage si je suis licencie de mon CDI apres 3 ans ?"),
    (S, "comment on negocie une rupture conventionnelle de CDI avec son patron ?"),
    (S, "mon pere demande comment declarer ses revenus fonciers, tu sais ?"),
    (S, "c koi le taux de prelevement a la source pour 2500 net par mois ?"),
    (S, "jai droit a combien d'APL pour un studio a marseille ?"),
    (S, "comment on fait une demande de logement au CROUS ?"),
    (S, "c'est quoi la meilleure MIAGE de france d'apres toi ?"),
    (S, "le master data science de lyon 1 il est bien ?"),
    (S, "comment candidater au master MIAGE de paris dauphine ?"),
    (S, "c quoi le menu du resto U ce midi ?"),
    (S, "la BU elle ferme a quelle heure le samedi ?"),
    (S, "on peut se garer ou pres du campus de l'ilot du bois ?"),
    (S, "comment je m'inscris au foot avec le SUAPS ?"),
    (S, "tu peux m'ecrire une fonction python qui trie une liste de dicos par age ?"),
    (S, "j'ai une NullPointerException dans mon code java, tu peux m'aider ?"),
    (S, "fais moi mon exo de SQL : les clients qui ont jamais commande"),
    (S, "c'est quoi la capitale de l'australie ?"),
    (S, "raconte moi une blague stp"),
    (S, "il va pleuvoir demain a marseille ?"),
    (S, "l'OM a gagne hier soir ?"),
    (S, "t'es quel modele d'IA toi ?"),
    (S, "qui t'a programme ?"),
    (S, "tu peux me resumer le dernier episode de one piece ?"),
    (S, "comment on calcule une moyenne ponderee dans excel ?"),
    (S, "c koi la duree des conges payes dans un CDI normal ?"),
    (S, "mon proprio veut pas me rendre ma caution, je fais quoi ?"),
    (S, "comment on ouvre un livret A ?"),
    (S, "c'est quoi la mutuelle etudiante la moins chere ?"),
    (S, "comment je demande la prime d'activite sur le site de la caf ?"),
    (H, "la periode d'essai d'un CDI cadre elle dure combien ?"),
    (S, "c'est quoi le forfait mobile le moins cher en ce moment ?"),
    (S, "tu peux m'ecrire une lettre de motivation pour un CDI chez airbus ?"),
    (S, "traduis moi 'je suis en retard' en espagnol"),
    (S, "donne moi une recette de pates carbo"),
    (S, "qui a gagne la coupe du monde 2018 ?"),
    (T, "c'est quoi la difference entre un CDD et un CDI ?"),
    (S, "combien de jours de carence pour un arret maladie dans la fonction publique ?"),
    (T, "tu me conseilles quel film ce soir ?"),
    (S, "comment on installe docker sur windows 11 ?"),
    (S, "explique moi la recursivite avec un exemple en C"),
    (S, "il fait combien de degres a aix aujourd'hui ?"),
    (S, "c'est quand le bac de francais cette annee ?"),
    (H, "un licenciement economique ca se passe comment ?"),
    (S, "ou je peux acheter une carte RTM pas chere ?"),
    (S, "tu preferes le PSG ou l'OM ?"),
    (S, "t'es un humain ou un robot ?"),
    (S, "c'est quoi les horaires de la piscine de luminy ?"),
    (S, "la fac de nice elle a un master MIAGE en alternance ?"),
    # English (9)
    (S, "Can you help me fill in my French income tax return?"),
    (S, "Where can I get a good lunch near Saint-Charles station?"),
    (H, "How much notice does an employee have to give to quit a permanent job (CDI) in France?"),
    (S, "Write me a SQL query that returns the top 5 customers by revenue."),
    (S, "Who won the Champions League last season?"),
    (T, "Tell me a joke about programmers."),
    (S, "What's the weather going to be like in Marseille this weekend?"),
    (S, "Are you ChatGPT?"),
    (S, "How do I apply for CAF housing benefit?"),
]

# ---------- 30 fallback (kind: fallback): in scope, not answered by the documents ----------
FALLBACK = [
    (S, "c'est qui le tuteur universitaire de Sarah Benali en M2 I2D ?"),
    (S, "Which room is the cloud computing class in?"),
    (S, "Which OPCO does Capgemini belong to?"),
    (S, "le SMIC sera a combien en janvier 2027 ?"),
    (S, "c quand les exams du semestre 3 cette annee en M2 ?"),
    (S, "What's the exact date of the M2 defences in September 2027?"),
    (S, "c'etait quoi la date limite exacte pour faire valider sa mission cette annee ?"),
    (T, "les dates des periodes du livret d'alternance cette annee c'est quoi ?"),
    (S, "c koi le mot de passe du formulaire de validation de mission ?"),
    (S, "la rentree du M1 MIAGE 2027/2028 c'est quel jour ?"),
    (S, "combien de candidatures vous avez recu l'an dernier pour le M2 ?"),
    (S, "c'est quoi le numero de telephone de M. Caussanel ?"),
    (S, "le secretariat MIAGE de marseille c'est dans quel bureau ?"),
    (S, "les vacances de noel 2026 c'est quand pour les M2 ?"),
    (S, "est-ce que Sopra Steria prend des alternants de la MIAGE ?"),
    (S, "le forum MIAGE/entreprises c'est quand cette annee ?"),
    (S, "la soutenance de fin d'annee compte pour quel coefficient ?"),
    (S, "c'est qui le referent handicap de la FEG ?"),
    (H, "le reste a charge pour notre entreprise sera de combien pour le master ?"),
    (S, "c'est quoi l'adresse mail du CFA FORMASUP ?"),
    (S, "y a cours le samedi 19 decembre 2026 ?"),
    (S, "Who teaches the information systems security course in M2?"),
    (H, "le SMC de la convention Syntec pour un cadre c'est combien ?"),
    (H, "c'est combien l'aide de l'Etat pour embaucher un apprenti en 2026 ?"),
    (S, "la pre-rentree du M2 2027/2028 c'est quelle date ?"),
    (S, "les resultats du jury de M2 sortent quand ?"),
    (T, "le rapport d'alternance du M2 il doit faire combien de pages ?"),
    (S, "quel est le taux d'insertion pro des diplomes du M2 MIAGE ?"),
    (H, "What's the CFA's UAI code to put on the apprenticeship contract form?"),
    (S, "il faut quelle note minimum pour valider l'UE professionnalisation ?"),
]

TEN_WORKING = ['10 jours', 'dix jours', '10 working', 'ten working', '10 business', 'ten business']

# ---------- 30 near-scope answerable items (look out of scope / everyday words) ----------
INSCOPE = [
    dict(as_=S, q="bosser de chez moi les jours ou je suis en entreprise, j'ai le droit a combien ?",
         expectAny=[['25%', '25 percent', '25 pour cent', 'un quart', 'quarter']]),
    dict(as_=S, q="g chopé la grippe, je pourrai pas aller en cours demain, je fais quoi ?",
         expectAny=[['arret', 'sick', 'work stoppage'], ['48']]),
    dict(as_=S, q="j'habite a aix, les cours du M2 c'est ou exactement ?",
         expect=['Bourdet']),
    dict(as_=S, q="mon boss veut que je vienne bosser jeudi alors que j'ai cours (je suis en M2), il a le droit ?",
         startsWith='Non', expectAny=[TEN_WORKING]),
    dict(as_=S, q="est ce que je suis payé les jours ou je suis en cours ?", startsWith='Oui'),
    dict(as_=S, q="si je suis apprenti mes parents peuvent garder les allocs jusqu'a quel salaire ?",
         expectAny=[['55%', '55 percent', '55 pour cent']]),
    dict(as_=S, q="ma boite me loge, elle peut enlever le loyer de ma paie ? je suis apprentie",
         startsWith='Oui', expectAny=[['75%', '75 percent', '75 pour cent', 'trois quarts', 'three quarters']]),
    dict(as_=S, q="y a cours le samedi en M2 ?", startsWith='Oui',
         expectAny=[['matin', 'morning', '13h', '13:00', '1 pm', '1pm']]),
    dict(as_=S, q="les cours ca peut commencer a quelle heure au plus tot et finir a quelle heure au plus tard ?",
         expectAny=[['8h', '8:00', '8 am', '8am', 'huit heures'], ['20h', '20:00', '8 pm', '8pm', 'vingt heures']]),
    dict(as_=T, q="on peut etre deux dans la boite a suivre le meme alternant ?", startsWith='Oui'),
    dict(as_=S, q="ma boite veut changer mon tuteur, y a un papier a faire ? je suis en apprentissage", startsWith='Oui',
         expectAny=[['avenant', 'amendment']]),
    dict(as_=S, q="je m'entends plus du tout avec mon manager, je fais quoi ?",
         expectAny=[['tuteur universitaire', 'university tutor', 'academic tutor', 'Caussanel']]),
    dict(as_=S, q="j'ai foiré mon M2, qu'est ce qui se passe pour mon contrat l'annee prochaine ?",
         expectAny=[['prorog', 'prolong', 'extend', 'extension']]),
    dict(as_=S, q="en stage alterné je touche combien de l'heure minimum ?",
         expectAny=[['4,5', '4.5']]),
    dict(as_=S, q="je suis etranger, faut un papier special pour bosser en alternance ?", startsWith='Oui',
         expectAny=[['APT', 'autorisation provisoire']]),
    dict(as_=S, q="faut passer chez le medecin avant de commencer l'apprentissage ?", startsWith='Oui',
         expectAny=[['visite medicale', 'medical']]),
    dict(as_=S, q="pendant les vacances de noel je suis ou moi ? je suis en M2",
         expectAny=[['entreprise', 'organisme', 'company', 'employer']]),
    dict(as_=S, q="j'ai 31 ans, je peux encore etre apprenti ?", startsWith='Non',
         expectAny=[['professionnalisation', 'CPRO', 'professionalisation', 'professionalization']]),
    dict(as_=H, q="la formation de notre alternant en master, ca va nous couter combien ?",
         expectAny=[['8 231', '8231', '8,231', '8.231']]),
    dict(as_=S, q="a 35h par semaine ca fait combien d'heures par mois sur ma fiche de paie ?",
         expectAny=[['151,6', '151.6']]),
    dict(as_=S, q="mon net c'est pareil que mon brut ? j'ai signé mon contrat d'apprentissage en aout 2026",
         startsWith='Non', expectAny=[['50%', '50 percent', '50 pour cent']]),
    dict(as_=S, q="c koi un OPCO ?", expectAny=[['competences', 'skills']]),
    dict(as_=S, q="j'ai des trous dans mon emploi du temps ADE alors que le calendrier d'alternance dit formation, c'est quoi ces creneaux ?",
         expectAny=[['revision', 'revise']]),
    dict(as_=S, q="j'ai trouvé une boite qui paie mieux apres la validation de ma mission, je peux changer ?",
         startsWith='Non'),
    dict(as_=S, q="je suis en M2, je suis au boulot quels jours de la semaine ?",
         expect=['lundi', 'mardi', 'mercredi']),
    dict(as_=S, q="la pre-rentree on est obligé d'y aller ?", startsWith='Oui'),
    # English (4 students + 1 tutor)
    dict(as_=S, q="Do I need my own laptop for the master?", startsWith='No'),
    dict(as_=S, q="How is my apprentice salary taxed?", expectAny=[['SMIC', 'minimum wage']]),
    dict(as_=S, q="I got sick, do I send my doctor's note straight to the university?", startsWith='No',
         expectAny=[['employer', 'company', 'entreprise', 'employeur', 'organisme', 'HR']]),
    dict(as_=T, q="Does my apprentice have to attend every class at the university?", startsWith='Yes'),
]


def build():
    items = []
    for role, q in OUT:
        items.append(dict(q=q, **{'as': role}, now=NOW, scope='out'))
    for role, q in FALLBACK:
        items.append(dict(q=q, **{'as': role}, now=NOW, kind='fallback'))
    for it in INSCOPE:
        d = dict(q=it['q'], **{'as': it['as_']}, now=NOW)
        for k in ('expect', 'expectAny', 'startsWith'):
            if k in it:
                d[k] = it[k]
        d['kind'] = 'answer'
        items.append(d)
    assert len(OUT) == 60 and len(FALLBACK) == 30 and len(INSCOPE) == 30, (len(OUT), len(FALLBACK), len(INSCOPE))
    rng = random.Random(20261125)
    rng.shuffle(items)
    out = []
    for i, d in enumerate(items, 1):
        d['id'] = f'o{i:03d}'
        out.append(ordered(d))
    return out


if __name__ == '__main__':
    items = build()
    dump('questions.yaml', items)
    print('questions.yaml:', len(items), 'items')
