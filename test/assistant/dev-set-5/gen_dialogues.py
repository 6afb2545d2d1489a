"""Short multi-turn dialogues (d001-d060), written from the seeds and LEGAL-UPDATES.md only.

D(role, T(...), T(...), ...)   T(q, expect=[...], any_=[[...]], sw='Oui'|'Non'|'Yes'|'No', kind=..., scope=...)
"""
from common import (monthly, pct, CAUSSANEL, THUILLIER, SALMI, BRESSET, CHIFU, ARRET,
                    MAIL_RESP, MAIL_AIX, MAIL_MRS, MAIL_SFCA, MAIL_DIR)


def T(q, expect=None, any_=None, sw=None, kind=None, scope=None):
    d = {'q': q}
    if sw:
        d['startsWith'] = sw
    if expect:
        d['expect'] = expect
    if any_:
        d['expectAny'] = any_
    if kind:
        d['kind'] = kind
    if scope:
        d['scope'] = scope
    return d


def D(role, *turns):
    return {'as': role, 'dialogue': list(turns)}


PROLONG = [['prorog', 'Prorog']]
D_03_11_2027 = ['03/11/2027', '3 novembre 2027']
D_03_09_2027 = ['03/09/2027', '3 septembre 2027']

DIALOGUES = [
    # 1 pay, clarify -> details in words -> other contract type
    D('student',
      T("je vais etre payé combien ?", kind='clarify'),
      T("M2 en apprentissage, j'ai 22 ans", any_=[pct(61), monthly(61)]),
      T("et en contrat pro ?", any_=[pct(80), monthly(80)]),
      T("et une fois que j'aurai 26 ans ?", any_=[['SMIC', 'smic', 'Smic']])),
    # 2 pay, age band change
    D('student',
      T("jsuis en M1 en apprentissage, 20 ans, c'est quoi mon salaire mini ?", any_=[pct(43), monthly(43)]),
      T("je fete mes 21 ans le 14 decembre, ça change à partir de quand ?",
        any_=[['1er janvier 2027', '01/01/2027', '1 janvier 2027', '1er janvier']]),
      T("et ça passera à combien en pourcentage ?", any_=[pct(53)])),
    # 3 HR pay, clarify
    D('hr',
      T("on veut prendre un alternant, on doit le payer combien au minimum ?", kind='clarify'),
      T("il entre en L3 info parcours miage, en apprentissage, il a 19 ans", any_=[pct(67), monthly(67)]),
      T("et s'il avait 26 ans ?", any_=[pct(100) + ['SMIC', 'smic'], monthly(100)])),
    # 4 CPRO pay, another age
    D('student',
      T("c'est quoi le minimum en contrat de professionnalisation à 20 ans pour un etudiant miage ?", any_=[pct(65), monthly(65)]),
      T("et si j'ai 26 ans ?", any_=[pct(85)])),
    # 5 English pay
    D('student',
      T("how much does an M2 apprentice aged 24 earn at minimum?", any_=[pct(61), monthly(61)]),
      T("and with a professionalisation contract?", any_=[pct(80), monthly(80)])),
    # 6 contract start windows
    D('student',
      T("un contrat d'apprentissage ça peut commencer combien de temps avant la rentrée ?", any_=[['3 mois', 'trois mois']]),
      T("et en contrat de professionnalisation ?", any_=[['2 mois', 'deux mois']]),
      T("et pour un stage en alternance ?", any_=[['début de formation', 'DDF', 'debut de formation']])),
    # 7 contract end, clarify
    D('student',
      T("mon contrat doit se terminer quand ?", kind='clarify'),
      T("apprentissage, je fais le master 2025/2027 (M1 et M2)", any_=[D_03_09_2027, D_03_11_2027]),
      T("et si c'était un stage en alternance ?", any_=[D_03_09_2027])),
    # 8 rhythm, change the year
    D('student',
      T("en M2 on est en entreprise quels jours ?", expect=['lundi', 'mardi', 'mercredi']),
      T("et en M1 ?", expect=['mercredi', 'jeudi', 'vendredi']),
      T("et pour la L3I ?", expect=['lundi', 'mardi'])),
    # 9 sites
    D('student',
      T("les cours du M2 ils ont lieu où ?", expect=['Marseille'], any_=[['Bois']]),
      T("et pour le M1 ?", expect=['Marseille'], any_=[['Aix', 'AIX', 'Forbin']]),
      T("je peux choisir entre les deux ?", sw='Non')),
    # 10 sick leave, next thing about the same subject
    D('student',
      T("jsuis apprentie et malade, j'ai cours demain, je fais comment pour justifier ?", any_=[ARRET]),
      T("je l'envoie à qui et dans quel délai ?", expect=['48']),
      T("et si ma boite le transmet pas à temps à la fac ?", expect=['10 jours'],
        any_=[['injustifiée', 'injustifiee', 'injustifié']])),
    # 11 HR sick leave
    D('hr',
      T("notre apprenti nous a donné un arrêt maladie, qu'est ce qu'on doit faire de notre côté ?", expect=['10 jours']),
      T("il est en M2, on envoie ça à quelles adresses ?", expect=[MAIL_RESP, MAIL_MRS])),
    # 12 tutor, professional absence
    D('tutor',
      T("j'ai besoin de mon alternant pour une démo client un jeudi où il a cours, c'est possible ?", expect=['10 jours']),
      T("et je dois faire la demande comment ?", any_=[['mail', 'mél', 'courriel', 'e-mail']])),
    # 13 revision leave, clarify -> other contract type
    D('student',
      T("j'ai droit à des jours pour réviser mes exams ?", kind='clarify'),
      T("je suis en contrat pro", expect=['60'], any_=[['5 jours', 'cinq jours']]),
      T("et si j'étais en apprentissage ?")),
    # 14 repeating a year, clarify -> other year
    D('student',
      T("si je redouble je perds mon contrat ?", kind='clarify'),
      T("je suis en M1 en apprentissage", expect=['OPCO']),
      T("et si c'est le M2 que je redouble ?", any_=PROLONG)),
    # 15 breaking an apprenticeship
    D('student',
      T("comment on fait pour rompre un contrat d'apprentissage ?", expect=['bordereau']),
      T("faut en envoyer combien d'exemplaires au CFA ?", any_=[['3 exemplaires', 'trois exemplaires']]),
      T("et pour un contrat pro c'est pareil ?", expect=['DDETS', 'OPCO']),
      T("faut aussi prévenir la miage ?", sw='Oui', expect=[MAIL_RESP])),
    # 16 after a rupture
    D('student',
      T("mon contrat a été rompu, je peux en signer un autre pour finir l'année en alternance ?", sw='Oui',
        any_=[['même type', 'meme type', 'même nature']]),
      T("y a un délai à respecter entre les deux ?", any_=[['carence']]),
      T("faut refaire une validation de mission ?", sw='Oui')),
    # 17 HR costs
    D('hr',
      T("notre apprenti est en master chez nous depuis septembre 2025, la formation coûte combien par an ?",
        any_=[['8 231', '8231', '8\u00a0231', '8\u202f231']]),
      T("et pour un apprenti de L3I ?", any_=[['8 116', '8116', '8\u00a0116', '8\u202f116']]),
      T("c'est nous qui réglons ça ?", expect=['OPCO']),
      T("et si notre apprenti de master était en contrat pro, ça coûterait autant ?", sw='Oui',
        any_=[['8 231', '8231', '8\u00a0231', '8\u202f231']])),
    # 18 English, M2 track heads
    D('student',
      T("who is in charge of the I²D track in M2?", expect=['adrian.chifu@univ-amu.fr'], any_=[CHIFU]),
      T("and for ISIE?", expect=[MAIL_RESP], any_=[CAUSSANEL])),
    # 19 secretariat, clarify -> other site
    D('student',
      T("c'est qui mon secrétariat ?", kind='clarify'),
      T("M1 sur le site d'aix", expect=[MAIL_AIX], any_=[BRESSET]),
      T("et à marseille ?", expect=[MAIL_MRS], any_=[SALMI])),
    # 20 HR director (2026/2027)
    D('hr',
      T("c'est qui le directeur de la miage en ce moment ?", any_=[THUILLIER]),
      T("vous avez son mail ?", expect=[MAIL_DIR]),
      T("c'est lui qu'on contacte en premier si on a un souci avec notre alternant ?", sw='Non',
        any_=[['tuteur universitaire']])),
    # 21 tutor, visits
    D('tutor',
      T("le tuteur universitaire passe nous voir quand dans l'année ?", any_=[['janvier'], ['avril']]),
      T("et si l'alternant est en M2 ?", expect=['juin']),
      T("ça peut se faire en visio ?", sw='Oui'),
      T("on cale la date comment ?", any_=[['présent', 'present']])),
    # 22 tutor, livret
    D('tutor',
      T("c'est quoi exactement ce livret d'alternance ?", any_=[['électronique', 'electronique', 'plateforme']]),
      T("moi en tant que tuteur je dois remplir quoi dedans ?", any_=[['objectifs'], ['évaluation', 'evaluation']]),
      T("et la fiche commentaires c'est obligé ?", sw='Non')),
    # 23 validation process
    D('student',
      T("la validation de ma mission ça prend combien de temps ?", expect=['10 jours']),
      T("je remplis la fiche où ?", expect=['miage-aix-marseille.fr/alternance']),
      T("y a un mot de passe et je l'ai pas, je fais comment ?", any_=[CAUSSANEL + ['responsable']])),
    # 24 validated mission is binding; then a new subject
    D('student',
      T("ma mission est validée mais j'ai trouvé mieux payé ailleurs, je peux faire valider l'autre ?", sw='Non'),
      T("même si c'est beaucoup plus près de chez moi ?", sw='Non'),
      T("ok. et si ça se passe mal dans ma boite, je vais voir qui ?", kind='answer',
        any_=[['tuteur universitaire']])),
    # 25 foreign student
    D('student',
      T("je suis étudiant étranger, y a des démarches en plus pour mon contrat d'apprentissage ?",
        any_=[['APT', 'Autorisation Provisoire de Travail', 'autorisation provisoire de travail']], expect=['CFA']),
      T("et si c'était un contrat pro ?", expect=['SFCA']),
      T("et si j'ai toujours pas l'autorisation le jour où le contrat commence ?", expect=['caduc'])),
    # 26 HR after validation, clarify -> other contract type
    D('hr',
      T("la mission de notre futur alternant vient d'être validée, il nous reste quoi à faire ?", kind='clarify'),
      T("c'est un contrat d'apprentissage", expect=['CACTUS'], any_=[['URSSAF', 'Urssaf']]),
      T("et si ça avait été un stagiaire en alternance ?", any_=[['avant', 'AVANT']])),
    # 27 internship stipend, then English
    D('student',
      T("c'est combien la gratification minimum pour un stage en alternance ?", any_=[['4,50', '4.50']]),
      T("elle est obligatoire dans tous les cas ?", any_=[['44 jours', '308']]),
      T("and in English?", any_=[['4.50', '4,50']])),
    # 28 repeating L3I
    D('student',
      T("je redouble ma L3I, je suis apprentie, je peux rester dans ma boite ?", sw='Oui', any_=PROLONG),
      T("et si je veux changer d'entreprise ?", any_=[['1 an', 'un an']]),
      T("il faut un minimum d'heures de formation pour le nouveau contrat ?", any_=[pct(25)])),
    # 29 hours, clarify -> other year
    D('student',
      T("y a combien d'heures de formation dans l'année ?", kind='clarify'),
      T("pour le M1", expect=['544']),
      T("et pour le M2 ?", expect=['512'])),
    # 30 statuses
    D('student',
      T("ça veut dire quoi FC-CPRO ?", any_=[['formation continue', 'Formation Continue', 'Formation continue'],
                                            ['professionnalisation']]),
      T("et FI-CSTAGEALT ?", any_=[['formation initiale', 'Formation Initiale', 'Formation initiale'],
                                  ['stage en alternance', 'convention de stage']])),
    # 31 new subject after the first one
    D('student',
      T("le M2 miage c'est quel numéro de fiche RNCP ?", expect=['39490']),
      T("autre chose : je peux faire du télétravail pendant mes jours en entreprise ?", kind='answer', any_=[pct(25)])),
    # 32 English HR, remote work
    D('hr',
      T("can our work-study student work remotely on company days?", any_=[pct(25)]),
      T("and can he follow his classes remotely?", sw='No')),
    # 33 tutor change, clarify -> other contract
    D('student',
      T("mon tuteur pro quitte la boite, je dois faire quoi ?", kind='clarify'),
      T("je suis en apprentissage", expect=['avenant'], any_=[['3 exemplaires', 'trois exemplaires']]),
      T("et si j'étais en contrat pro ?", any_=[CAUSSANEL + ['responsable']])),
    # 34 rhythm, clarify -> holidays
    D('student',
      T("je dois être dans ma boite quels jours ?", kind='clarify'),
      T("je suis en M1, alternant", expect=['mercredi', 'jeudi', 'vendredi']),
      T("et pendant les vacances universitaires ?", any_=[['tous les jours']])),
    # 35 age limit, another age
    D('student',
      T("j'ai 29 ans, je peux encore faire mon M1 en apprentissage ?", sw='Oui'),
      T("et si j'ai 30 ans pile le jour où le contrat commence ?", expect=['professionnalisation'])),
    # 36 HR CPRO employer advantages
    D('hr',
      T("quels avantages pour nous si on embauche en contrat de professionnalisation ?", expect=['Fillon']),
      T("le contrat pro compte dans nos effectifs ?", sw='Non')),
    # 37 SMIC now / next month / January
    D('student',
      T("le smic horaire c'est combien en ce moment ?", any_=[['12,31', '12.31']]),
      T("et le mois prochain ?", any_=[['12,31', '12.31']]),
      T("et en janvier 2027 ?")),
    # 38 unjustified absence, then another absence reason
    D('student',
      T("une absence injustifiée en cours je risque quoi ?", any_=[['malus'], ['retenue']]),
      T("et pour un enterrement, je justifie auprès de qui ?", any_=[CAUSSANEL + ['responsable']])),
    # 39 distance learning, then new subject
    D('student',
      T("on peut suivre les cours à distance ?", sw='Non'),
      T("sinon c'est quoi l'adresse exacte de l'îlot du bois ?", kind='answer', expect=['Maurice Bourdet'])),
    # 40 M2 administrative registration
    D('student',
      T("qu'est-ce qu'il faut pour faire mon inscription administrative en M2 ?",
        any_=[['pré-rentrée', 'pre-rentree', 'prérentrée', 'pré-rentree']]),
      T("je peux tout faire en ligne ?", sw='Non')),
    # 41 English admission
    D('student',
      T("how do I apply to the M2 MIAGE?", any_=[['eCandidat', 'Campus France']]),
      T("when does eCandidat open?", any_=[['February', 'février', 'fevrier']])),
    # 42 Polytech Montpellier
    D('student',
      T("le diplôme d'ingé info de polytech montpellier c'est quel niveau ?", any_=[['niveau 7', 'Niveau 7']]),
      T("faut combien de semaines en milieu pro ?", expect=['32']),
      T("et à l'international si je suis apprenti ?", expect=['9 semaines'])),
    # 43 Icam
    D('student',
      T("le mastère spécialisé systèmes d'information industriels, c'est quelle école ?",
        any_=[['Icam', 'ICAM'], ['Strasbourg']]),
      T("il y a combien de blocs de compétences ?", any_=[['4 blocs', 'quatre blocs']]),
      T("si je veux faire une VAE j'écris à qui ?", expect=['mathias.reheisser@icam.fr'])),
    # 44 Ionis-STM
    D('student',
      T("who awards the 'Expert en management des systèmes d'information' certification?",
        any_=[['Ionis', 'IONIS']]),
      T("how many skill blocks does it have?", any_=[['6 blocks', 'six blocks', '6 blocs', 'six blocs', '6 skill blocks']]),
      T("and how long do you need to spend in a company?", any_=[['6 months', 'six months', '6 mois']])),
    # 45 HR, age band change in December
    D('hr',
      T("notre apprentie a eu 21 ans le 10 novembre, son salaire augmente à partir de quand ?",
        any_=[['1er décembre 2026', '01/12/2026', '1 décembre 2026', '1er décembre']]),
      T("elle est en M2, elle passera à combien ?", any_=[pct(61), monthly(61)])),
    # 46 tutor, absences
    D('tutor',
      T("if my apprentice skips classes, will the university let me know?", sw='Yes'),
      T("can I dock his pay for those hours?", sw='Yes')),
    # 47 contract length, clarify -> other year
    D('student',
      T("mon contrat va durer combien de temps ?", kind='clarify'),
      T("je rentre en M1 en apprentissage", any_=[['2 ans', 'deux ans']]),
      T("et si je rentrais directement en M2 ?", any_=[['1 an', 'un an']])),
    # 48 contacts after signature, clarify -> other contract type
    D('student',
      T("je dois contacter qui ?", kind='clarify'),
      T("pour une question administrative sur mon contrat d'apprentissage déjà signé", expect=['CFA'],
        any_=[['04.91.14.04.50', '04 91 14 04 50']]),
      T("et pour quelqu'un en contrat pro ?", expect=[MAIL_SFCA])),
    # 49 HR, problems then termination
    D('hr',
      T("on a un souci avec notre alternant, on s'adresse à qui ?", any_=[['tuteur universitaire']]),
      T("et si on veut carrément mettre fin au contrat ?", any_=[CAUSSANEL])),
    # 50 English, M2 facts
    D('student',
      T("what's the exam pass rate of the M2 MIAGE?", any_=[pct(95)]),
      T("and roughly how many students are there?", expect=['60'])),
    # 51 grid year, clarify -> other year -> yes/no
    D('student',
      T("je suis en quelle année dans la grille de salaire des apprentis ?", kind='clarify'),
      T("je suis en M1", any_=[['1ère année', '1re année', 'première année', '1ere annee', '1ère']]),
      T("et en L3I ?", any_=[['3ème année', '3e année', 'troisième année', '3eme annee', '3ème']]),
      T("donc je perds du salaire en passant de L3I à M1 ?", sw='Non')),
    # 52 medical check, clarify -> other contract
    D('student',
      T("la visite médicale avant le contrat c'est obligatoire ?", kind='clarify'),
      T("je serai en apprentissage", sw='Oui'),
      T("et si je fais plutôt un stage en alternance ?", sw='Non')),
    # 53 M2 class days, then English
    D('student',
      T("en M2 on a cours quels jours ?", expect=['jeudi', 'vendredi', 'samedi']),
      T("same in english pls", expect=['Thursday', 'Friday', 'Saturday'])),
    # 54 HR benefits in kind, other contract type
    D('hr',
      T("notre apprentie est logée par nous, on peut le déduire de son salaire ?", sw='Oui', any_=[pct(75)]),
      T("et pour un contrat de professionnalisation ?", any_=[['3/4', '¾', '75']])),
    # 55 net vs gross by signature date
    D('student',
      T("je suis apprenti, contrat signé en juin 2025 : mon net est égal à mon brut ?", sw='Non'),
      T("et mon pote qui a signé le sien en janvier 2025 ?", any_=[pct(79)]),
      T("concrètement, qu'est-ce que je paie en plus ?", expect=['CSG'])),
    # 56 definition, then new subject
    D('student',
      T("c'est quoi un OPCO ?", any_=[['Compétences', 'COmpétences', 'compétences']]),
      T("merci. autre question : la journée de pré-rentrée du M2 est obligatoire ?", kind='answer', sw='Oui')),
    # 57 out of scope, then in scope
    D('student',
      T("vous connaissez un resto pas cher près de forbin ?", scope='out'),
      T("tant pis. et la L3I en alternance elle se passe sur quel site ?", kind='answer', expect=['Forbin'])),
    # 58 training dates, clarify
    D('student',
      T("la formation commence quand ?", kind='clarify'),
      T("le M2, cette année", any_=[['03/09/2026', '3 septembre 2026']]),
      T("et elle se termine quand ?", any_=[D_03_09_2027])),
    # 59 English HR, hiring process
    D('hr',
      T("We'd like to hire a MIAGE apprentice for the M2, where do we start?",
        any_=[['10 working days', '10 business days', '10 days', '10 jours']]),
      T("who should we contact about it?", expect=[MAIL_RESP])),
    # 60 tutor, evaluation grids
    D('tutor',
      T("as a company tutor, do I have to assess my apprentice?", sw='Yes'),
      T("when does that happen?", any_=[['period', 'période']]),
      T("and what does the apprentice do on their side?", any_=[['self-assessment', 'self-evaluation', 'auto-évaluation',
                                                                 'autoévaluation', 'self assessment']])),
]
