# testset15 — single questions (data).  Built into YAML by gen.py.
# Every figure is computed with lib.pay() (Decimal, half-up) from the SMIC of
# LEGAL-UPDATES.md valid on the date concerned (2026-11-25 unless stated).
from lib import pay_group, money, pc, dt

S, H, T = 'student', 'hr', 'tutor'
ITEMS = []


def Q(role, q, lang='fr', topic='', **kw):
    it = {'as': role, 'q': q, 'lang': lang, 'topic': topic}
    it.update(kw)
    ITEMS.append(it)


YES = {'fr': 'Oui', 'en': 'Yes'}
NO = {'fr': 'Non', 'en': 'No'}


def Y(role, q, lang='fr', **kw):
    Q(role, q, lang, startsWith=YES[lang], **kw)


def N(role, q, lang='fr', **kw):
    Q(role, q, lang, startsWith=NO[lang], **kw)


CAUSSANEL = ['Caussanel']
THUILLIER = ['Thuillier']
DIX_JOURS = ['10 jours', 'dix jours', '10 working days', '10 business days', 'ten working days',
             '10 jours ouvrables', '10 days']
MARSEILLE_SEC = ['Salmi', 'feg-miage-marseille']
AIX_SEC = ['Bresset', 'feg-miage-aix']

# ======================================================================
# PAY — apprenticeship (table 6 + LEGAL-UPDATES)
# ======================================================================
tp = 'pay-apprentissage'
Q(S, "g dix-neuf ans et je suis en M1 en apprentissage, je dois toucher combien brut par mois ?",
  topic=tp, expectAny=[pc(43), pay_group(43)])
Q(S, "nee le 12/07/2003, M2 apprentie, c koi le minimum qu'on doit me verser ?",
  topic=tp, expectAny=[pc(61), pay_group(61)])
Q(S, "jsuis en L3 info parcours miage en apprentissage, j'ai vingt ans, combien je vais gagner ?",
  topic=tp, expectAny=[pc(67), pay_group(67)])
Q(S, "L3I en apprentissage, 23 ans, c quoi mon salaire mini ?",
  topic=tp, expectAny=[pc(78), pay_group(78)])
Q(H, "Nous accueillons une apprentie en M1 MIAGE née le 14 février 2005. Quel salaire minimum brut mensuel devons-nous appliquer actuellement ?",
  topic=tp, expectAny=[pc(53), pay_group(53)])
N(H, "Notre apprenti de M2 est né le 1er novembre 2005, il a eu 21 ans ce mois-ci. On doit le passer à 61 % dès ce mois de novembre ?",
  topic=tp, expectAny=[dt(2026, 12, 1), pc(51)])
Q(S, "c mon anniv aujourd'hui, j'ai 21 ans !! jsuis en M2 apprenti, mon salaire augmente a partir de quand ?",
  topic=tp, expectAny=[dt(2026, 12, 1), pc(61)])
Q(S, "j'ai 20 ans et j'en aurai 21 le 10 décembre. M2 en apprentissage. je passe à 61% quand exactement ?",
  topic=tp, expectAny=[dt(2027, 1, 1)])
Q(H, "Notre apprenti en M2 a fêté ses 26 ans le 15 octobre dernier. Quel est désormais son salaire minimum ?",
  topic=tp, expectAny=[pay_group(100)])
Q(S, "M1 apprenti, j'ai eu 26 ans le 20 novembre. ce mois ci je dois etre payé combien au minimum ?",
  topic=tp, expectAny=[pc(53), pay_group(53)])
Q(S, "I'm 24 and in the second year of the MIAGE master as an apprentice. What's my minimum gross monthly pay?",
  lang='en', topic=tp, expectAny=[pc(61), pay_group(61)])
Q(S, "I was born on 2 May 2008 and I'm doing the L3 Informatique MIAGE track as an apprentice. How much should I earn per month?",
  lang='en', topic=tp, expectAny=[pc(67), pay_group(67)])
Q(S, "je suis né le 30/11/2008, L3I en apprentissage, je touche combien en ce moment ?",
  topic=tp, expectAny=[pc(55), pay_group(55)])
N(T, "mon apprentie de M2 a vingt-cinq ans, elle touche 1100 € brut, c'est ok ?",
  topic=tp, expectAny=[pay_group(61)])
Y(H, "On paie notre apprenti M2 (22 ans) 1 200 € brut par mois, on est dans les clous ?",
  topic=tp, expectAny=[pay_group(61)])
Y(S, "mon patron me paie 1000 € brut, jsuis en M1 apprenti et j'ai 22 ans. c legal ?",
  topic=tp, expectAny=[pay_group(53)])
N(S, "M2 apprentissage, 20 ans, ma boite me verse 900€ brut par mois, normal ?",
  topic=tp, expectAny=[pay_group(51)])
N(S, "My employer pays me €950 gross a month. I'm 21 (my birthday was in June), first year of the master, apprenticeship. Is that legal?",
  lang='en', topic=tp, expectAny=[pay_group(53)])
Q(S, "en fevrier 2026 j'etais en M1 apprenti et j'avais 22 ans, j'aurais du toucher combien minimum ?",
  topic=tp, expectAny=[pay_group(53, '2026-02-15')])
Q(S, "en octobre 2025 j'avais 20 ans et j'étais en M1 en apprentissage, c'était combien le minimum à l'époque ?",
  topic=tp, expectAny=[pay_group(43, '2025-10-15')])
Y(H, "Notre apprentie de M2 (23 ans) était payée au minimum légal en mai 2026. Devions-nous augmenter son salaire au 1er juin 2026 ?",
  topic=tp, expectAny=[pay_group(61)])
N(S, "jsuis en M2 apprenti (61%), mon contrat a été signé en août 2025. c vrai que net = brut pour moi ?",
  topic='net', expectAny=[pc(50), ['CSG']])
Y(H, "Pour un contrat d'apprentissage signé le 15 février 2025, avec un salaire de 61 % du SMIC, le salaire net est-il égal au brut ?",
  topic='net', expectAny=[pc(79)])
N(S, "Is an apprentice's net pay still equal to the gross pay? My contract was signed in July 2026.",
  lang='en', topic='net', expectAny=[pc(50)])
N(S, "la majoration de 15% pour un apprenti deja diplômé, 53% ça fait 60,95% du coup ?",
  topic=tp, expectAny=[pc(68)])
Q(T, "handicap : mon apprenti de L3I (24 ans) a besoin d'une année en plus, il sera payé à quel taux cette année-là ?",
  topic=tp, expectAny=[pc(93)])
Q(H, "Notre apprenti de L3I est mineur et vit chez ses parents. Y a-t-il une règle particulière pour le versement de son salaire ?",
  topic=tp, expectAny=[['quart', '25%', '25 %', '1/4', 'quarter']])
Y(T, "Les heures de cours de mon apprenti comptent-elles dans son temps de travail ?", topic=tp)
Q(S, "mes parents vont perdre les allocs familiales si je deviens apprenti ?", topic=tp, expectAny=[pc(55)])
Q(H, "Apprenti en M2 : cadre ou technicien ? Qu'est-ce que ça change pour la grille de rémunération ?",
  topic=tp, expectAny=[['cadre']])
N(S, "j'étais apprenti en L3I payé à 78%, pour le M1 mon nouveau patron veut me mettre à 53%, il a le droit ?",
  topic=tp, expectAny=[pc(78)])
N(S, "g pas fait mon M1 en alternance, en M2 je suis payé comme une 1ere année d'apprentissage ?",
  topic=tp, expectAny=[pc(51) + pc(61)])
Q(H, "We are hiring a 27-year-old apprentice for the M2 MIAGE. What is the minimum monthly pay?",
  lang='en', topic=tp, expectAny=[pay_group(100)])
Q(S, "master en 2 ans en apprentissage : mon salaire passe au taux de 2e année a quelle date ?",
  topic=tp, expectAny=[dt(2026, 9, 3) + dt(2026, 10, 1)])
N(S, "g 30 ans, je peux faire mon M1 en contrat d'apprentissage ?", topic='statuts',
  expectAny=[['professionnalisation', 'contrat pro']])
Q(S, "j'ai 21 ans depuis hier, M1 en apprentissage. a partir de quand je touche 53% ?",
  topic=tp, expectAny=[dt(2026, 12, 1)])
Q(T, "My apprentice (M2) turns 21 on 10 December. From when must his pay go up?",
  lang='en', topic=tp, expectAny=[dt(2027, 1, 1)])
Q(H, "Pour calculer le SMIC mensuel de nos apprentis, on peut prendre 151,67 heures comme dans le guide ?",
  topic='smic', expectAny=[['35 × 52 / 12', '35x52/12', '35*52/12', '35 × 52/12', '151,666', '151.666', '151,6666', '1820', '1 820', '1,820']])
Q(T, "c'est combien le SMIC mensuel brut en ce moment ? c'est pour vérifier la paie de mon apprentie", topic='smic', expectAny=[money('1867.02')])
Q(H, "Quel était le SMIC horaire brut au 1er janvier 2026 ?", topic='smic', expectAny=[['12,02', '12.02']])
Q(S, "mon anniversaire de 26 ans c'est la semaine prochaine (le 2 décembre), M2 apprenti : je passe à 100% quand ?",
  topic=tp, expectAny=[dt(2027, 1, 1)])
Q(T, "Mon apprenti de M2 a 19 ans. Combien doit-il toucher au minimum par mois ?",
  topic=tp, expectAny=[pc(51), pay_group(51)])

# ======================================================================
# PAY — professionalisation (table 7)
# ======================================================================
tp = 'pay-pro'
Q(S, "contrat pro en M2, j'ai 23 ans, combien minimum brut ?", topic=tp, expectAny=[pc(80), pay_group(80)])
Q(S, "contrat de professionnalisation en L3I, j'ai vingt ans, salaire minimum ?", topic=tp,
  expectAny=[pc(65), pay_group(65)])
Q(H, "Nous souhaitons recruter en contrat de professionnalisation une personne de 34 ans pour le M1 MIAGE. Quelle rémunération minimale ?",
  topic=tp, expectAny=[pay_group(100), pc(85)])
N(H, "On nous dit que c'est 55 % du SMIC pour un contrat pro de moins de 21 ans. C'est bien ça pour un étudiant de la MIAGE ?",
  topic=tp, expectAny=[pc(65)])
Q(S, "Professionalisation contract, I'm 22, first year of the master: what's the minimum pay?",
  lang='en', topic=tp, expectAny=[pc(80), pay_group(80)])
N(T, "mon alternant en contrat pro (M1, 24 ans) touche 1 450 € brut par mois, c'est suffisant ?",
  topic=tp, expectAny=[pay_group(80)])
Q(H, "Alternant en contrat pro né le 5 janvier 2006 : quel taux lui appliquer aujourd'hui, et à partir de quand change-t-il ?",
  topic=tp, expectAny=[pc(65), dt(2027, 2, 1)])
N(S, "contrat pro : j'ai droit à 5 jours de révision payés avant les exams ?", topic='revisions',
  expectAny=[['60']])

# ======================================================================
# Internship gratification (stage en alternance)
# ======================================================================
tp = 'gratification'
Q(S, "stage en alternance en M1, c'est combien la gratification minimum de l'heure ?", topic=tp,
  expectAny=[['4,50', '4.50', '4,5', '4.5']])
N(H, "Le guide parle de 4,35 € de l'heure pour la gratification d'un stagiaire alternant. C'est toujours valable ?",
  topic=tp, expectAny=[['4,50', '4.50', '4,5', '4.5']])
Q(H, "Stagiaire alternant : 7 h par jour, 12 jours de présence en décembre. Quelle gratification minimale pour ce mois ?",
  topic=tp, expectAny=[['378']])
Y(S, "stage en alternance de 6 mois avec 50% du temps en entreprise, la gratification est obligatoire ?", topic=tp)
Q(S, "I'm on an alternance internship. How long does it have to last before the company must pay me?",
  lang='en', topic=tp, expectAny=[['44', '308']])
N(T, "Un stage en alternance qui fait 5 semaines en équivalent temps plein, on est obligés de le gratifier ?", topic=tp)
Q(H, "Gratification d'un stagiaire alternant : elle est due dès le premier mois ou seulement après deux mois ?",
  topic=tp, expectAny=[['premier mois', '1er mois', 'first month', 'dès le début', 'des le debut', 'depuis le début', 'from the start']])
N(H, "Is the minimum internship gratification still €4.35 an hour in 2026?", lang='en', topic=tp,
  expectAny=[['4,50', '4.50', '4,5', '4.5']])

# ======================================================================
# CONTRACT DATES (table 5, footnotes 23/24, LEGAL)
# ======================================================================
tp = 'dates'
N(S, "je rentre en M2 en sept 2026 avec un nouveau contrat d'apprentissage, je peux commencer le contrat le 15/12/2026 ?",
  topic=tp, expectAny=[dt(2026, 12, 3)])
N(S, "je voudrais démarrer mon contrat pro de M2 le mois prochain, le 14. ça passe ?",
  topic=tp, expectAny=[dt(2026, 12, 3)])
Q(H, "Master MIAGE 2025/2027 en apprentissage : quelle est la date de fin de contrat au plus tard ?",
  topic=tp, expectAny=[dt(2027, 11, 3)])
Q(H, "Pour un contrat de professionnalisation en M2 2026/2027, quelle était la date de début de contrat au plus tôt ?",
  topic=tp, expectAny=[dt(2026, 7, 3)])
Q(S, "L3I 2025/2026 en apprentissage : la date de fin de contrat devait etre entre quoi et quoi ?",
  topic=tp, expectAny=[dt(2026, 7, 3), dt(2026, 9, 3)])
N(S, "mon contrat d'apprentissage M1+M2 (master 2025/2027) peut se terminer le 30 juin 2027 ?",
  topic=tp, expectAny=[dt(2027, 9, 3)])
Q(S, "stage en alternance en M2 : durée mini et maxi de la convention ?", topic=tp,
  expectAny=[['6 mois', 'six mois', '6 months', 'six months']])
Y(H, "Un contrat d'apprentissage peut-il commencer avant la rentrée universitaire ?", topic=tp,
  expectAny=[['3 mois', 'trois mois', '3 months', 'three months']])
N(H, "Contrat de professionnalisation : il peut démarrer 3 mois avant le début de la formation ?", topic=tp,
  expectAny=[['2 mois', 'deux mois', '2 months', 'two months']])
N(S, "stage en alternance, je peux commencer la convention avant la rentrée ?", topic=tp)
Q(S, "si j'entre en M1 en apprentissage, mon contrat dure combien de temps ?", topic=tp,
  expectAny=[['2 ans', 'deux ans', '24 mois', '2 years', 'two years']])
Q(S, "If I join the M2 directly as an apprentice, how long is my contract?", lang='en', topic=tp,
  expectAny=[['1 year', 'one year', '12 months', '1 an', 'un an']])
Q(S, "c'était quand la rentrée officielle du M2 2026/2027 ?", topic=tp, expectAny=[dt(2026, 9, 3)])
N(S, "ma mission a été validée le 2 octobre, je peux commencer mon contrat le 5 octobre ?", topic=tp,
  expectAny=[['1 semaine', 'une semaine', '7 jours', 'sept jours', 'one week', '1 week']])
Q(T, "Notre alternante en contrat pro n'a démarré qu'en novembre, deux mois après la rentrée. Est-ce que ça pose problème ?",
  topic=tp, expectAny=[['3 mois', 'trois mois', '3 months', 'three months']])
Q(H, "What was the latest possible start date for an apprenticeship contract in the L3 Informatique MIAGE 2025/2026?",
  lang='en', topic=tp, expectAny=[dt(2025, 12, 1)])
N(H, "Les règles de dates de début et de fin des contrats de professionnalisation, c'est le Code du travail ?",
  topic=tp, expectAny=[['OPCO', 'universit']])
Q(S, "convention de stage en alternance d'1 an à 50% en entreprise, ça équivaut à un stage de combien ?",
  topic=tp, expectAny=[['6 mois', 'six mois', '6 months', 'six months']])
Q(H, "Can a professionalisation contract for the M2 start after the training has begun? Until when?",
  lang='en', topic=tp, expectAny=[['3 months', 'three months', '3 mois'] + dt(2026, 12, 3)])

# ======================================================================
# MISSION VALIDATION and after
# ======================================================================
tp = 'validation'
Q(S, "comment je fais valider ma mission d'alternance ?", topic=tp,
  expectAny=[['miage-aix-marseille.fr/alternance', 'miage-aix-marseille.fr'], ['fiche', 'formulaire', 'form']])
Q(S, "le mdp du formulaire de validation de mission c'est quoi ?", topic=tp, expectAny=[CAUSSANEL])
Q(S, "la validation de mission ça prend combien de temps ?", topic=tp, expectAny=[DIX_JOURS])
N(S, "j'envoie ma fiche de validation 3 jours avant le début que je veux, c jouable ?", topic=tp,
  expectAny=[DIX_JOURS])
N(S, "g une mission validée mais j'ai trouvé mieux ailleurs, je peux faire valider l'autre ?", topic=tp)
Q(S, "j'ai trouvé mon alternance tout seul mais elle était aussi dans les offres diffusées par la miage, je dois faire quoi ?",
  topic=tp, expectAny=[['référence', 'reference']])
Q(H, "Nous avons reçu un mail de la MIAGE nous demandant de confirmer des informations sur notre futur alternant. Que devons-nous faire ?",
  topic=tp, expectAny=[['répon', 'repon', 'retour', 'reply', 'confirm']])
Q(S, "a partir de quand on peut demander la validation de sa mission ?", topic=tp,
  expectAny=[['15 mai', '15 May', 'May 15', '15/05']])
Q(S, "jusqu'à quand je peux faire valider une mission ?", topic=tp,
  expectAny=[['octobre', 'october'], ['novembre', 'november']])
Q(H, "Une fois la mission validée, qu'est-ce qui nous reste à faire avant le début du contrat ?", topic=tp,
  expectAny=[['URSSAF'], ['médical', 'medical'], ['convention de formation', 'CACTUS', 'training agreement']])
Q(H, "Convention de formation d'un contrat de professionnalisation : avec quel service et en combien d'exemplaires ?",
  topic=tp, expectAny=[['SFCA'], ['3', 'trois']])
Q(H, "Pour un apprenti, la convention de formation se fait via quelle plateforme ?", topic=tp, expectAny=[['CACTUS']])
Y(S, "jsuis étudiant étranger, y a des démarches en plus pour mon contrat d'apprentissage ? et je contacte qui ?",
  topic=tp, expectAny=[['APT', 'Autorisation Provisoire de Travail'], ['CFA']])
N(S, "I'm an international student. Can my apprenticeship contract start before I get my temporary work authorisation?",
  lang='en', topic=tp, expectAny=[['APT', 'Autorisation Provisoire', 'work authori']])
Q(T, "C'est à moi, en tant que tuteur, de remplir la fiche de validation de mission ?", topic=tp,
  expectAny=[['confirm']])
Y(H, "Nous sommes une mairie (structure publique). Pouvons-nous accueillir un alternant de la MIAGE ?", topic=tp)

# ======================================================================
# RHYTHM & CALENDAR
# ======================================================================
tp = 'rythme'
Q(S, "en M2 on est en entreprise quels jours ?", topic=tp, expect=['lundi', 'mardi', 'mercredi'])
N(T, "Le guide dit que mon alternant de M2 est chez nous les mercredis, jeudis et vendredis, c'est bien ça ?",
  topic=tp, expect=['lundi', 'mardi'])
Q(S, "M1 alternance : on a cours quels jours ?", topic=tp, expect=['lundi', 'mardi', 'samedi'])
Q(H, "Which days is an L3 Informatique MIAGE apprentice at the company?", lang='en', topic=tp,
  expect=['Monday', 'Tuesday'])
Y(T, "Mon alternant de M2 a-t-il cours le samedi ?", topic=tp, expectAny=[['matin', 'morning']])
N(S, "sur ADE j'ai rien jeudi aprem mais le calendrier d'alternance dit formation. je peux aller au taf ?",
  topic=tp, expectAny=[['révision', 'revision']])
Q(T, "Notre alternant peut-il faire du télétravail ?", topic=tp, expectAny=[pc(25)])
Y(S, "la présence en cours c'est obligatoire ?", topic=tp)
Q(S, "M1 pas en alternance, je fais quoi les mercredis jeudis vendredis ?", topic=tp,
  expectAny=[['projet', 'project']])
Q(T, "Jusqu'à quelle heure mon alternant de M2 peut-il avoir cours ?", topic=tp,
  expectAny=[['20h', '20 h', '20:00', '8 pm', '8pm', '20 heures']])
Q(T, "La soutenance de fin d'année de mon alternant de M2, c'est à quelle période ?", topic=tp, expectAny=[['septembre', 'september']])
N(T, "Is Saturday morning a company day for M1 MIAGE apprentices?", lang='en', topic=tp)
Q(S, "fin d'année de L3I en alternance : à partir de quand je suis à plein temps en entreprise ?", topic=tp,
  expectAny=[['mai', 'may']])
Q(T, "On which days are M2 MIAGE students in class?", lang='en', topic=tp, expect=['Thursday', 'Friday'])
Q(H, "Can our apprentice work from home on company days?", lang='en', topic=tp, expectAny=[pc(25)])

# ======================================================================
# HOURS
# ======================================================================
tp = 'heures'
Q(H, "Quel volume horaire du M1 MIAGE dois-je indiquer pour le contrat ?", topic=tp, expect=['544', '463'])
Q(S, "la L3I miage c'est combien d'heures de formation ?", topic=tp, expect=['590'])
Q(H, "How many training hours are there in the M2 MIAGE?", lang='en', topic=tp, expect=['512'])
N(S, "les demi-journées de révision elles comptent dans les 512 h du M2 ?", topic=tp)
N(T, "Les demi-journées de révision du calendrier sont-elles facturées ?", topic=tp)
Q(S, "M2 : combien d'heures d'enseignement à proprement parler ?", topic=tp, expect=['436'])

# ======================================================================
# SITES
# ======================================================================
tp = 'sites'
Q(S, "le M2 miage c'est à aix ou à marseille ?", topic=tp, expectAny=[['Marseille'], ['Bois']])
Q(S, "c quoi l'adresse exacte du M2 ?", topic=tp, expect=['Bourdet'], expectAny=[['13001', '13 001']])
N(S, "en M1 je peux choisir entre Aix et Marseille ?", topic=tp, expectAny=[['vœu', 'voeu', 'wish', 'preference']])
Q(S, "Where do L3 Informatique MIAGE classes take place?", lang='en', topic=tp, expect=['Forbin'])

# ======================================================================
# COSTS
# ======================================================================
tp = 'couts'
Q(H, "Combien coûte le Master MIAGE en apprentissage pour un contrat ayant débuté en 2025/2026 ?", topic=tp,
  expectAny=[['8 231', '8231', '8,231', '8.231']])
Q(H, "Qui paie la formation de notre apprenti ?", topic=tp, expect=['OPCO'])
Q(S, "la L3I en contrat pro, ça coûtait combien en 2025/2026 ?", topic=tp, expectAny=[['8 116', '8116', '8,116', '8.116']])
Q(H, "Y a-t-il un reste à charge pour l'entreprise sur le coût de la formation ?", topic=tp,
  expectAny=[['négociable', 'negociable', 'negotiable', 'négocier', 'negocier']])
Q(S, "Who pays my tuition when I'm an apprentice?", lang='en', topic=tp, expect=['OPCO'])

# ======================================================================
# STATUSES & CONTRACTS
# ======================================================================
tp = 'statuts'
Q(S, "c koi la diff entre FI et FC ?", topic=tp, expectAny=[['interruption', 'interromp', 'interrupt']])
N(S, "je peux faire le M2 sans alternance ?", topic=tp)
N(S, "la L3 Gestion parcours MIAGE on peut la faire en alternance ?", topic=tp)
Y(H, "Notre entreprise ne signe que des contrats de professionnalisation. Pouvons-nous quand même accueillir un alternant de la MIAGE ?",
  topic=tp, expect=['professionnalisation'])
Q(S, "c quoi une convention de stage en alternance, c pour qui ?", topic=tp,
  expectAny=[['exceptionnel', 'exceptional']])
N(S, "j'étais en contrat d'apprentissage en M1 ici, pour le M2 je dois signer un nouveau contrat ?", topic=tp)
Y(S, "Can I do the M1 MIAGE without being a work-study student?", lang='en', topic=tp)
Y(H, "Un alternant en contrat de professionnalisation est-il un salarié comme les autres ?", topic=tp)
N(S, "le parcours du M2 (I2D ou ISIE) c'est moi qui le choisis ?", topic=tp)

# ======================================================================
# TUTORS, VISITS, LIVRET
# ======================================================================
tp = 'tuteurs'
Q(T, "Combien de visites du tuteur universitaire par an, et à quelle période ?", topic=tp,
  expectAny=[['janvier', 'january', 'février', 'february'], ['avril', 'april', 'mai', 'may']])
Y(T, "La visite du tuteur universitaire peut-elle se faire en visio ?", topic=tp)
Q(S, "on saura quand qui est notre tuteur universitaire ?", topic=tp, expectAny=[['octobre', 'october']])
Q(T, "En attendant l'affectation du tuteur universitaire, qui est notre interlocuteur à la MIAGE ?", topic=tp,
  expectAny=[CAUSSANEL])
Q(H, "Nous voulons changer le maître d'apprentissage de notre apprenti. Quelle démarche et qui prévenir ?", topic=tp,
  expect=['avenant'], expectAny=[['CFA'], CAUSSANEL])
Y(T, "Can an apprentice have two company tutors?", lang='en', topic=tp)
Y(T, "Si je suis absent le jour de la visite du tuteur universitaire, un collègue peut-il me remplacer ?", topic=tp)
Q(T, "What does the electronic work-study booklet (livret) require from me as the company tutor?", lang='en',
  topic=tp, expectAny=[['objecti'], ['grid', 'grille', 'evaluat']])
N(T, "La fiche « commentaires » du livret est-elle obligatoire ?", topic=tp)
Q(S, "le livret d'alternance c'est moi qui le remplis ou mon tuteur ?", topic=tp,
  expectAny=[['auto', 'self']])
Y(T, "Pour la visite du tuteur universitaire, l'alternant doit-il être présent ?", topic=tp)
Q(T, "C'est quoi le rôle du tuteur universitaire exactement ?", topic=tp, expectAny=[['visite', 'visit']])
Y(T, "Changer de tuteur pro pour un apprenti, ça demande un avenant ?", topic=tp)

# ======================================================================
# ABSENCES (§4.3)
# ======================================================================
tp = 'absences'
Q(S, "g été malade jeudi alors que j'avais cours, je fais quoi ?", topic=tp,
  expectAny=[['arrêt', 'arret'], ['48h']])
N(S, "je peux envoyer mon arrêt maladie directement au secretariat de la miage ?", topic=tp)
Q(H, "Notre apprenti a un arrêt maladie qui couvre des jours de cours : à qui devons-nous le transmettre ?", topic=tp,
  expectAny=[CAUSSANEL, ['secrétariat', 'secretariat']])
Q(H, "De combien de temps disposons-nous pour transmettre l'arrêt de travail de notre alternant à la MIAGE ?", topic=tp,
  expectAny=[['10 jours ouvrables', 'dix jours ouvrables', '10 working days', '10 business days']])
N(S, "je suis en stage en alternance, pour justifier une absence en cours il me faut un arrêt de travail ?", topic=tp)
Q(T, "On aurait besoin de notre alternant un jour de cours pour une mise en production. Comment faire ?", topic=tp,
  expectAny=[DIX_JOURS])
N(S, "mon boss veut que je rate les cours pour un salon pro, c'est à moi de faire la demande ?", topic=tp)
Q(S, "je serai absent en cours pour le mariage de ma soeur, comment je fais justifier ?", topic=tp,
  expectAny=[CAUSSANEL + ['responsable']])
Q(T, "Quelles sont les conséquences si mon alternant a des absences injustifiées en cours ?", topic=tp,
  expectAny=[['examen', 'exam'], ['salaire', 'salary', 'retenue', 'sanction']])
N(S, "I was sick on a training day. Can I just email my sick note to the MIAGE myself?", lang='en', topic=tp)
Q(H, "L'alternant doit nous transmettre son arrêt de travail sous combien de temps ?", topic=tp, expectAny=[['48h']])
Q(S, "48h ouvrées ça fait combien de jours ?", topic=tp, expectAny=[['2 jours', 'deux jours', 'two', '2 working', '2 business']])
N(T, "Les absences en formation pour raisons professionnelles, c'est légal ?", topic=tp)
Y(H, "Pouvons-nous faire une retenue sur salaire pour une absence injustifiée en cours ?", topic=tp)
N(T, "On voudrait garder notre alternant jeudi prochain alors que c'est un jour de cours. On fait la demande aujourd'hui, c'est encore possible ?",
  topic=tp, expectAny=[DIX_JOURS])
N(S, "c'est a moi de demander au secretariat un justificatif de mes dates d'examens pour ma boite ?", topic='contacts')

# ======================================================================
# REVISION LEAVE
# ======================================================================
tp = 'revisions'
N(S, "en apprentissage j'ai droit à 5 jours de révision avant les exams ?", topic=tp)
N(H, "Nos apprentis MIAGE nous réclament 5 jours de congé pour révisions. Sommes-nous obligés de les accorder ?", topic=tp)
N(S, "Do I get paid exam-preparation days on a professionalisation contract?", lang='en', topic=tp, expectAny=[['60']])
Q(T, "Les demi-journées « en formation » sans cours dans le calendrier, c'est quoi ?", topic=tp,
  expectAny=[['révision', 'revision']])

# ======================================================================
# REPEATING A YEAR
# ======================================================================
tp = 'redoublement'
N(S, "si je redouble mon M1, mon contrat d'apprentissage continue ?", topic=tp, expect=['OPCO'])
Y(S, "je redouble la L3I, je peux rester dans ma boite ?", topic=tp, expectAny=[['prorog', 'prolong']])
Y(H, "Notre apprentie redouble son M2. Peut-on prolonger son contrat ?", topic=tp)
Q(H, "Nouveau contrat d'apprentissage pour une année de redoublement : quelle condition sur les heures de formation ?",
  topic=tp, expectAny=[pc(25)])
Y(S, "If I repeat the M2 and I've already validated the work-study part, can I repeat it without a contract?", lang='en', topic=tp)
N(S, "contrat d'apprentissage prolongé après un échec à l'exam, mon salaire prend +15% ?", topic=tp)
Q(H, "Contrat de professionnalisation pour une année de redoublement : combien d'heures de formation au minimum ?",
  topic=tp, expectAny=[['150']])

# ======================================================================
# BREAKING A CONTRACT
# ======================================================================
tp = 'rupture'
Q(S, "je veux arreter mon contrat d'apprentissage, je fais quoi et je contacte qui ?", topic=tp,
  expect=['bordereau'], expectAny=[CAUSSANEL, ['CFA']])
Q(H, "Rupture d'un contrat de professionnalisation : à qui envoyer les documents ?", topic=tp,
  expect=['DDETS', 'OPCO'], expectAny=[CAUSSANEL + ['responsable']])
N(S, "après une rupture de mon contrat d'apprentissage, je peux signer un contrat pro à la place ?", topic=tp)
N(S, "y a un délai de carence entre deux contrats après une rupture ?", topic=tp)
Q(T, "On rencontre des difficultés avec notre alternant. Qui contacter ?", topic=tp,
  expectAny=[['tuteur universitaire', 'university tutor', 'academic tutor'], CAUSSANEL])
Q(S, "How do I end my alternance internship early?", lang='en', topic=tp, expectAny=[['avenant', 'amendment']])
Q(H, "Dans le document de rupture, qu'est-ce qu'il ne faut surtout pas oublier d'indiquer ?", topic=tp,
  expectAny=[['dernier jour', 'last day']])
Y(T, "Can the university tutor help mediate before we end the contract?", lang='en', topic=tp,
  expectAny=[['mediat', 'médiat']])

# ======================================================================
# CONTACTS
# ======================================================================
tp = 'contacts'
Q(S, "c qui le responsable de l'alternance ?", topic=tp, expect=CAUSSANEL)
Q(S, "mail du secretariat du M2 ?", topic=tp, expect=['feg-miage-marseille@univ-amu.fr'])
Q(S, "je suis en M1 à Aix, j'ai besoin d'un certificat de scolarité, je demande à qui ?", topic=tp,
  expectAny=[AIX_SEC])
Q(S, "qui dirige la MIAGE cette année ?", topic=tp, expect=THUILLIER)
Q(H, "Quelle est l'adresse mail du directeur de la MIAGE pour 2026/2027 ?", topic=tp,
  expect=['etienne.thuillier@univ-amu.fr'])
Q(S, "responsable pédagogique du parcours I2D en M2 ?", topic=tp, expect=['Chifu'])
Q(S, "c qui le responsable pedagogique ISIE ?", topic=tp, expect=CAUSSANEL)
Q(H, "Numéro de téléphone du SFCA ?", topic=tp, expectAny=[['04.91.14.08.70', '0491140870', '+33491140870', '04-91-14-08-70']])
Q(H, "Quel est le téléphone du CFA pour les apprentis MIAGE ?", topic=tp,
  expectAny=[['04.91.14.04.50', '0491140450', '+33491140450', '04-91-14-04-50']])
Q(H, "Une question administrative sur le contrat d'apprentissage déjà signé : qui contacter ?", topic=tp,
  expect=['CFA'])
Q(H, "Nous avons besoin d'un justificatif des dates d'examens pour notre alternante de M2. À qui le demander ?", topic=tp,
  expectAny=[MARSEILLE_SEC])
Q(H, "La DIRECCTE indiquée dans le guide, c'est toujours le bon interlocuteur ?", topic=tp,
  expectAny=[['DREETS', 'DDETS']])
Q(S, "Who should I email about my mission validation?", lang='en', topic=tp, expect=CAUSSANEL)
Q(S, "g un souci avec mon tuteur en entreprise, j'en parle à qui ?", topic=tp,
  expectAny=[['tuteur universitaire', 'tuteur univ']])
Q(S, "c'est quoi le mail du SFCA ?", topic=tp, expect=['feg-fc@univ-amu.fr'])
Q(H, "Qui contacter pour une demande pédagogique, par exemple une dispense exceptionnelle d'assiduité ?", topic=tp,
  expectAny=[CAUSSANEL])
Q(S, "je suis en contrat pro, une question sur mon contrat, je contacte qui ?", topic=tp, expect=['SFCA'])
Q(H, "What's the email address of the MIAGE secretariat in Aix-en-Provence?", lang='en', topic=tp,
  expect=['feg-miage-aix@univ-amu.fr'])
N(T, "Le directeur de la MIAGE, c'est toujours M. Ramadour ?", topic=tp, expect=THUILLIER)
Q(T, "En dernier recours, à qui s'adresser à la MIAGE ?", topic=tp, expect=THUILLIER)
Q(H, "Who is the director of the MIAGE for 2026/2027?", lang='en', topic=tp, expect=THUILLIER)
Q(S, "je suis stagiaire alternant, question sur ma convention de stage signée, je vais voir qui ?", topic=tp,
  expectAny=[AIX_SEC + ['secrétariat', 'secretariat']])

# ======================================================================
# M2 PROGRAMME SHEET (000)
# ======================================================================
tp = 'fiche-M2'
Q(S, "il y a combien de BCC en M2 ?", topic=tp, expectAny=[['7', 'sept', 'seven']])
Q(T, "Mon alternant va travailler sur de l'IoT : quel parcours du M2 correspond, ISIE ou I2D ?", topic=tp, expect=['ISIE'])
N(S, "y a du digital marketing en ISIE ?", topic=tp, expectAny=[['I²D', 'I2D', '2ID', 'Données', 'Donnees']])
Q(S, "c'est quoi le taux de réussite du M2 ?", topic=tp, expect=['95%'])
Q(S, "le M2 miage ça mène à quels métiers ?", topic=tp,
  expectAny=[['Chef de projet', 'Consultant', 'Data Engineer', 'Architecte']])
Q(S, "quel niveau d'anglais il faut pour entrer en M2 ?", topic=tp, expect=['B2'])
Q(S, "I'm a foreign student not currently studying in France. How do I prove my French level for the M2?",
  lang='en', topic=tp, expectAny=[['C1'], ['1000', '1 000', '1,000']])
Q(S, "candidature eCandidat pour le M2 c'est quand ?", topic=tp, expectAny=[['février', 'fevrier', 'february']])
N(S, "on peut candidater au M2 miage via Mon Master ?", topic=tp)
Y(S, "la pré-rentrée du M2 est obligatoire ?", topic=tp)
N(S, "je peux faire mon inscription administrative en M2 sans mission d'alternance validée ?", topic=tp)
Q(S, "l'habilitation du master MIAGE court jusqu'à quand ?", topic=tp, expect=['2029'])
Q(H, "Les intervenants du M2 sont-ils des professionnels ou des universitaires ?", topic=tp,
  expectAny=[['tiers', 'third', '1/3']])
Q(S, "MIAGE ça veut dire quoi en entier ?", topic=tp, expect=['Méthodes Informatiques'])
Y(T, "La MIAGE a-t-elle une certification qualité ISO ?", topic=tp, expect=['9001'])
Q(S, "je suis en situation de handicap, qui peut m'accompagner pour le M2 ?", topic=tp,
  expectAny=[['mission handicap', 'référent', 'referent']])
Q(S, "What's the RNCP number of the M2 MIAGE?", lang='en', topic=tp, expect=['39490'])
Q(H, "Quel est le contenu du bloc BCC7 du M2 ?", topic=tp, expectAny=[['immersion'], ['15']])

# ======================================================================
# OTHER RNCP SHEETS (002, 003, 004)
# ======================================================================
tp = 'autres-RNCP'
Q(S, "la fiche RNCP 39580 c'est quelle formation ?", topic=tp, expect=['Icam'])
Q(S, "mastère spécialisé SI industriels de l'icam : combien de semaines en entreprise minimum ?", topic=tp, expect=['17'])
Q(S, "When does the RNCP 39580 registration expire?", lang='en', topic=tp,
  expectAny=[['01-10-2027', '01/10/2027', '1 October 2027', 'October 1, 2027', '2027-10-01', '1er octobre 2027',
              '1st October 2027', 'October 1st, 2027', '1 octobre 2027']])
N(S, "la certif Ionis-STM expert en management des SI (RNCP35284) est toujours enregistrée aujourd'hui ?", topic=tp,
  expectAny=[['10-02-2026', '10/02/2026', '10 février 2026', 'February 10, 2026', '10 February 2026', '2026-02-10',
              '10th February 2026', 'February 10th, 2026']])
Q(S, "RNCP 35284 : combien de blocs de compétences ?", topic=tp, expectAny=[['6', 'six']])
Q(S, "ingé info polytech montpellier (RNCP 42008) : combien de temps à l'international pour un apprenti ?", topic=tp,
  expectAny=[['9 semaines', 'neuf semaines', '9 weeks', 'nine weeks']])
Y(S, "Does the Polytech Montpellier computer science engineering certification (RNCP 42008) require a minimum English level?",
  lang='en', topic=tp, expect=['B2'])
Q(S, "RNCP 42008 : c'est valable jusqu'à quand ?", topic=tp,
  expectAny=[['31-08-2031', '31/08/2031', '31 août 2031', 'August 31, 2031', '31 August 2031', '2031-08-31', '31st August 2031']])
Q(S, "la fiche 42008 de polytech montpellier a remplacé quelle fiche ?", topic=tp, expect=['40757'])
Q(S, "Icam mastère SI industriels : pour une VAE je contacte qui ?", topic=tp, expectAny=[['reheisser']])
Q(H, "Polytech Montpellier (RNCP 42008) : quelle expérience en milieu professionnel est exigée sous statut étudiant ?", topic=tp,
  expect=['32', '14'])
Y(S, "mastère Icam SI industriels : je peux candidater avec une L3 et 3 ans d'expérience pro dans le domaine ?", topic=tp,
  expectAny=[pc(30)])
Y(T, "Le mastère spécialisé de l'Icam (RNCP 39580) est-il accessible par VAE ?", topic=tp)
N(S, "la MIAGE d'Aix-Marseille prépare au titre RNCP 35284 ?", topic=tp, expect=['Ionis'])

# ======================================================================
# CLARIFY (genuinely ambiguous)
# ======================================================================
tp = 'clarify'
Q(S, "je vais toucher combien par mois ?", topic=tp, kind='clarify')
Q(H, "Quelles sont les dates limites de début de contrat ?", topic=tp, kind='clarify')
Q(S, "c'est quoi le mail de mon secrétariat ?", topic=tp, kind='clarify')
Q(S, "on est en cours quels jours ?", topic=tp, kind='clarify')
Q(H, "Notre futur alternant a 22 ans, combien devons-nous le payer ?", topic=tp, kind='clarify')
Q(S, "comment je romps mon contrat ?", topic=tp, kind='clarify')
Q(S, "c'est combien d'heures de formation dans l'année ?", topic=tp, kind='clarify')
Q(S, "si je redouble, je garde mon contrat ?", topic=tp, kind='clarify')
Q(H, "What's the minimum salary for our apprentice?", lang='en', topic=tp, kind='clarify')
Q(T, "Les cours de mon alternant ont lieu où ?", topic=tp, kind='clarify')
Q(S, "mon contrat doit durer combien de temps ?", topic=tp, kind='clarify')

# ======================================================================
# FALLBACK (in scope, not in the documents)
# ======================================================================
tp = 'fallback'
Q(S, "c'est quand les partiels du S3 en M2 cette année ?", topic=tp, kind='fallback')
Q(S, "le numéro de téléphone du secrétariat de Marseille ?", topic=tp, kind='fallback')
Q(H, "Combien coûtera la formation pour un contrat démarrant en 2027/2028 ?", topic=tp, kind='fallback')
Q(S, "c qui mon tuteur universitaire ?", topic=tp, kind='fallback')
Q(H, "Quel est le montant de l'aide de l'État à l'embauche d'un apprenti en 2026 ?", topic=tp, kind='fallback')
Q(S, "y a un parking pour les étudiants à l'îlot du Bois ?", topic=tp, kind='fallback')
Q(S, "le SMIC de janvier 2027 ce sera combien ?", topic=tp, kind='fallback')
Q(S, "combien de places en M1 alternance à Aix ?", topic=tp, kind='fallback')
Q(S, "les dates des vacances de Noël dans le calendrier du M2 2026/2027 ?", topic=tp, kind='fallback')
Q(T, "Quelle est la date limite pour remplir les grilles d'évaluation de la période 1 du livret ?", topic=tp, kind='fallback')
Q(S, "c'est quand la réunion de présentation de l'alternance pour les futurs M1 ?", topic=tp, kind='fallback')
Q(S, "dans quelle salle on a cours le jeudi en M2 ?", topic=tp, kind='fallback')
Q(S, "When will the M1 jury results be published this year?", lang='en', topic=tp, kind='fallback')

# ======================================================================
# OUT OF SCOPE
# ======================================================================
tp = 'out'
for role, text, lang in [
    (S, "c quoi la meilleure pizzeria pas loin de l'îlot du bois ?", 'fr'),
    (S, "tu peux m'aider à débugger mon code python qui plante sur une KeyError ?", 'fr'),
    (S, "comment je remplis ma déclaration d'impôts en tant que salarié en CDI ?", 'fr'),
    (S, "j'ai droit aux APL en tant qu'étudiant ?", 'fr'),
    (S, "c quoi les horaires de la salle de sport du campus de Luminy ?", 'fr'),
    (S, "quelle est la meilleure école d'ingé à Lyon ?", 'fr'),
    (H, "Combien de jours de congés payés pour un salarié en CDI classique ?", 'fr'),
    (S, "what's the weather going to be like in Marseille tomorrow?", 'en'),
    (S, "tu connais un bon plan pour un appart pas cher à Aix ?", 'fr'),
    (H, "Comment fonctionne une rupture conventionnelle de CDI ?", 'fr'),
    (S, "peux-tu m'écrire une lettre de motivation pour un job d'été chez Decathlon ?", 'fr'),
    (S, "c'est combien les frais d'inscription à Sciences Po Paris ?", 'fr'),
    (S, "qui a gagné le dernier match OM-PSG ?", 'fr'),
    (S, "c quoi la différence entre SQL et NoSQL, tu peux m'expliquer avec des exemples ?", 'fr'),
    (S, "how do I open a bank account in France?", 'en'),
    (S, "le BUT informatique de l'IUT d'Aix, ça se passe comment ?", 'fr'),
    (S, "combien gagne un développeur junior à Paris en moyenne ?", 'fr'),
    (S, "je peux cumuler un job étudiant chez McDo avec ma licence de psycho ?", 'fr'),
    (S, "c'est quoi la recette de la bouillabaisse ?", 'fr'),
    (H, "Comment calcule-t-on l'impôt sur la fortune immobilière ?", 'fr'),
    (S, "c'est quoi la prime d'activité et est-ce que j'y ai droit ?", 'fr'),
    (S, "I need help with an infinite loop in my React useEffect", 'en'),
    (S, "le master MIAGE de Paris Dauphine, il se fait en alternance ?", 'fr'),
    (S, "comment obtenir ou renouveler une carte de séjour étudiant ?", 'fr'),
    (S, "combien coûte un abonnement RTM pour les étudiants ?", 'fr'),
    (H, "Quels sont les droits au chômage d'un salarié après un CDD ?", 'fr'),
    (H, "Nous sommes une PME : comment calculer les cotisations patronales d'un cadre en CDI ?", 'fr'),
    (H, "Comment bien organiser l'entretien annuel d'un salarié en CDI ?", 'fr'),
    (S, "What's the best laptop for programming under 1000 euros?", 'en'),
    (S, "c'est quand le bac 2027 ?", 'fr'),
    (S, "comment faire une demande de bourse sur critères sociaux au CROUS ?", 'fr'),
    (S, "j'ai eu un accrochage en voiture, mon assurance couvre quoi ?", 'fr'),
    (S, "le stage de fin d'études à KEDGE, il dure combien de mois ?", 'fr'),
    (T, "En tant que manager, comment je gère un conflit entre deux développeurs seniors de mon équipe ?", 'fr'),
    (H, "Quelle est la durée légale du préavis de démission d'un cadre en CDI ?", 'fr'),
    (H, "How many paid vacation days do French employees on a permanent contract get per year?", 'en'),
    (S, "tu peux m'expliquer le théorème de Pythagore ?", 'fr'),
    (S, "raconte moi une blague", 'fr'),
    (S, "Is Polytech Marseille's computer science engineering degree available as an apprenticeship?", 'en'),
    (S, "comment je me déclare en auto-entrepreneur ?", 'fr'),
    (H, "Quelle convention collective s'applique à une boulangerie ?", 'fr'),
    (T, "Quels outils de gestion de projet agile me conseilles-tu pour mon équipe ?", 'fr'),
]:
    Q(role, text, lang=lang, topic=tp, scope='out')
