"""Rhythm, hours, sites, costs, statuses, tutors/visits/livret, rupture, revision
leave, repeating a year, the M2 programme sheet (seed 000) and the other
programmes' RNCP sheets (seeds 002, 003, 004)."""
from lib import Q, dfr, den

RESP = ['Caussanel', "responsable de l'alternance", 'responsable de l’alternance', 'responsable alternance']

ITEMS = [
    # ---- rhythm / calendar ----
    Q("en M2 on est en entreprise quels jours ?", 'student', expect=['lundi', 'mardi', 'mercredi'], topic='rhythm'),
    Q("M2 y a cours le samedi ?", 'student', sw='Oui', expect=['matin'], topic='rhythm'),
    Q("M1, c koi les jours de cours ?", 'student', expect=['lundi', 'mardi', 'samedi'], topic='rhythm'),
    Q("mon apprenti de L3I, il est censé être chez nous quels jours ?", 'tutor', expect=['lundi', 'mardi', 'mercredi'], topic='rhythm'),
    Q("mon alternant en M1 est chez nous quels jours de la semaine ?", 'tutor', expect=['mercredi', 'jeudi', 'vendredi'], topic='rhythm'),
    Q("pendant les vacances universitaires, l'alternant est à plein temps chez nous ?", 'tutor', sw='Oui', topic='rhythm'),
    Q("en M1 à partir de quand on est tout le temps en entreprise en fin d'année ?", 'student', expect=['avril'], topic='rhythm'),
    Q("télétravail possible pour notre alternant ?", 'tutor', expect=['25%'], topic='rhythm'),
    Q("mon alternant peut suivre ses cours à distance depuis le bureau ?", 'tutor', sw='Non', topic='rhythm'),
    Q("sur ADE mon alternant a rien jeudi aprem mais le calendrier d'alternance dit formation, il doit venir au bureau ?", 'tutor',
      sw='Non', topic='rhythm'),
    Q("le guide dit que les M2 sont en entreprise mercredi jeudi vendredi, c bien ça ?", 'tutor',
      sw='Non', expect=['lundi', 'mardi'], topic='rhythm'),
    Q("Do M1 students have classes on Saturdays?", 'student', sw='Yes', any=[['morning']], topic='rhythm', en=True),
    Q("Which days is my M2 apprentice supposed to be at the company?", 'tutor',
      expect=['Monday', 'Tuesday', 'Wednesday'], topic='rhythm', en=True),
    Q("en M2 les cours peuvent finir à quelle heure au plus tard ?", 'student', expect=['20h'], topic='rhythm'),

    # ---- hours ----
    Q("volume horaire de formation du M2 pour remplir le contrat ?", 'hr', expect=['512'], topic='hours'),
    Q("M1 MIAGE : nombre d'heures de formation et d'enseignement ?", 'hr', expect=['544', '463'], topic='hours'),
    Q("les demi-journées de révision du calendrier, elles sont facturées dans les heures de formation ?", 'hr',
      sw='Non', topic='hours'),
    Q("How many training hours does the L3I MIAGE include?", 'hr', expect=['590'], topic='hours', en=True),

    # ---- sites ----
    Q("M2 c'est où exactement ? l'adresse stp", 'student', expect=['Bourdet', '13001'], topic='sites'),
    Q("les L3I ils ont cours à Aix ?", 'student', sw='Oui', expect=['Forbin'], topic='sites'),
    Q("en M1 c moi qui choisis Aix ou Marseille ?", 'student', sw='Non', topic='sites'),
    Q("Where are the M1 classes held?", 'student', expect=['Forbin'], any=[['Bois']], topic='sites', en=True),
    Q("en M2 on peut avoir des cours à Aix parfois ?", 'student', sw='Oui', topic='sites'),

    # ---- costs ----
    Q("coût de la formation master miage en apprentissage (contrat démarré en 2025/2026) ?", 'hr',
      any=[['8231', '8,231', '8.231']], topic='costs'),
    Q("L3I en contrat pro, la formation coûte combien ?", 'hr', any=[['8116', '8,116', '8.116']], topic='costs'),
    Q("c qui paie ma formation quand je suis en alternance ?", 'student', expect=['OPCO'], topic='costs'),
    Q("le reste à charge pour l'entreprise, c'est négociable ?", 'hr', sw='Oui', topic='costs'),
    Q("Who pays the tuition fees for an apprentice?", 'hr', expect=['OPCO'], topic='costs', en=True),

    # ---- statuses / contracts ----
    Q("j'ai 31 ans, je peux signer un contrat d'apprentissage à la miage ?", 'student',
      sw='Non', expect=['professionnalisation'], topic='statuses'),
    Q("FI-CAPP sur la fiche de mon alternant, ça veut dire quoi ?", 'tutor', expect=['formation initiale', 'apprentissage'], topic='statuses'),
    Q("on peut faire le M2 sans alternance ?", 'student', sw='Non', topic='statuses'),
    Q("la L3 gestion parcours MIAGE ça existe en alternance ?", 'student', sw='Non', topic='statuses'),
    Q("un apprenti, je dois le traiter comme un salarié normal ?", 'tutor', sw='Oui', topic='statuses'),
    Q("en master, l'alternant il est cadre ou technicien ?", 'tutor', expect=['cadre'], topic='statuses'),
    Q("c moi qui choisis mon parcours I2D ou ISIE en M2 ?", 'student', sw='Non', topic='statuses'),
    Q("notre entreprise ne signe que des contrats de pro, c'est possible pour un M1 ?", 'hr', sw='Oui', topic='statuses'),
    Q("What does SFCA stand for?", 'student', expect=['Formation Continue'], topic='statuses', en=True),

    # ---- tutors, visits, livret ----
    Q("combien de visites du tuteur universitaire par an ?", 'tutor', any=[['2 visites', 'deux visites']], topic='tutors'),
    Q("les visites du tuteur universitaire ont lieu quand en général ?", 'tutor', expect=['janvier', 'avril'], topic='tutors'),
    Q("le tuteur universitaire de mon apprenti, il est désigné quand ?", 'tutor', expect=['octobre'], topic='tutors'),
    Q("j'ai toujours pas de tuteur univ, en attendant c'est qui mon interlocuteur ?", 'student', any=[RESP], topic='tutors'),
    Q("on peut avoir deux tuteurs en entreprise pour un même alternant ?", 'tutor', sw='Oui', topic='tutors'),
    Q("changer de maître d'apprentissage, il faut un avenant ?", 'tutor', sw='Oui', topic='tutors'),
    Q("How many periods is the work-study logbook (livret d'alternance) split into?", 'tutor',
      any=[['3 periods', 'three periods', '3 periodes', 'trois periodes']], topic='tutors', en=True),
    Q("la fiche commentaires du livret je suis obligé de la remplir ?", 'tutor', sw='Non', topic='tutors'),
    Q("les grilles d'évaluation de fin de période, c'est obligatoire pour moi ?", 'tutor', sw='Oui', topic='tutors'),
    Q("la visite du tuteur univ peut se faire en visio ?", 'tutor', sw='Oui', topic='tutors'),
    Q("je serai pas là le jour de la visite, un collègue peut me remplacer ?", 'tutor', sw='Oui', topic='tutors'),
    Q("How many company visits does the academic tutor make each year?", 'tutor',
      any=[['2 visits', 'two visits', 'twice']], topic='tutors', en=True),
    Q("je dois faire une auto-évaluation dans le livret d'alternance ?", 'student', sw='Oui', topic='tutors'),

    # ---- rupture ----
    Q("comment je romps mon contrat d'apprentissage ? les étapes ?", 'student', expect=['bordereau', 'CFA'], topic='rupture'),
    Q("rupture d'un contrat de professionnalisation, on envoie quoi à qui ?", 'hr', expect=['DDETS', 'OPCO'], topic='rupture'),
    Q("si on rompt le contrat de notre apprenti, on pourra le reprendre ensuite avec un nouveau contrat chez nous pour finir sa formation ?", 'tutor', sw='Non', topic='rupture'),
    Q("après la rupture de mon contrat d'apprentissage, je peux enchaîner en contrat pro ailleurs ?", 'student',
      sw='Non', topic='rupture'),
    Q("After my contract is terminated, is there a waiting period before I can sign a new one?", 'student', sw='No', topic='rupture', en=True),
    Q("ça se passe mal avec mon tuteur en entreprise, avant de tout casser je fais quoi ?", 'student',
      expect=['tuteur universitaire'], topic='rupture'),
    Q("We want to end our apprentice's contract early. Who should we contact at the MIAGE?", 'hr',
      expect=['Caussanel'], topic='rupture', en=True),
    Q("dans le document de rupture qu'est-ce qu'il faut surtout pas oublier d'indiquer ?", 'hr',
      expect=['dernier jour'], topic='rupture'),

    # ---- revision leave ----
    Q("apprenti à la miage, j'ai droit aux 5 jours de congé pour réviser ?", 'student', sw='Non', topic='revision'),
    Q("contrat pro, j'ai droit à des congés pour préparer les exams ?", 'student', expect=['5', '60'], topic='revision'),
    Q("les demi-journées sans cours mais marquées formation sur le calendrier, ça compte comme révision ?", 'student',
      sw='Oui', topic='revision'),
    Q("on est obligé de payer les jours de révision d'un alternant en contrat pro ?", 'tutor', sw='Non', topic='revision'),
    Q("Does my apprentice get 5 extra paid days off to revise for exams?", 'tutor', sw='No', topic='revision', en=True),

    # ---- repeating a year ----
    Q("je redouble mon M1 et jsuis en apprentissage, mon contrat continue ?", 'student', sw='Non', expect=['OPCO'], topic='repeat'),
    Q("notre apprenti va sans doute redoubler son M2, on peut prolonger son contrat chez nous ?", 'tutor', sw='Oui', topic='repeat'),
    Q("redoublement de L3I, le contrat peut être prorogé ?", 'student', sw='Oui', topic='repeat'),
    Q("minimum d'heures de formation pour signer un nouveau contrat d'apprentissage pour un redoublant ?", 'hr',
      expect=['25%'], topic='repeat'),
    Q("redoublant en contrat de professionnalisation : minimum d'heures de formation pour pouvoir signer un nouveau contrat ?", 'hr',
      expect=['150'], topic='repeat'),
    Q("If I repeat M1 as an apprentice, does my contract just carry on?", 'student', sw='No', topic='repeat', en=True),

    # ---- M2 programme sheet (seed 000) ----
    Q("numéro RNCP du master MIAGE ?", 'student', expect=['39490'], topic='m2-sheet'),
    Q("la fiche RNCP du M2 est valable jusqu'à quand ?", 'student', any=[dfr(2029, 8, 31)], topic='m2-sheet'),
    Q("cloud computing c dans quel parcours du M2 ?", 'student', expect=['ISIE'], topic='m2-sheet'),
    Q("le serious game marketing opérationnel c'est combien d'heures de CM et de TD ?", 'student',
      expect=['12', '24'], topic='m2-sheet'),
    Q("combien d'ECTS pour l'UE professionnalisation du M2 ?", 'student', expect=['15'], topic='m2-sheet'),
    Q("on est combien à peu près en M2 ?", 'student', expect=['60'], topic='m2-sheet'),
    Q("taux de réussite aux exams du M2 ?", 'tutor', expect=['95%'], topic='m2-sheet'),
    Q("candidature M2 sur eCandidat c quand ?", 'student', expect=['fevrier', 'avril'], topic='m2-sheet'),
    Q("je peux candidater au M2 miage via Mon Master ?", 'student', sw='Non', topic='m2-sheet'),
    Q("la journée de pré-rentrée du M2 est obligatoire ?", 'student', sw='Oui', topic='m2-sheet'),
    Q("faut avoir son propre ordi pour le M2 ?", 'student', sw='Non', topic='m2-sheet'),
    Q("I'm a foreign applicant, how do I prove my French level for the M2?", 'student',
      expect=['C1'], any=[['1000', '1 000']], topic='m2-sheet', en=True),
    Q("je peux faire mon inscription administrative en M2 sans mission validée ?", 'student', sw='Non', topic='m2-sheet'),
    Q("y a une session de rattrapage en M2 ?", 'student', sw='Non', topic='m2-sheet'),
    Q("What's the RNCP code of the MIAGE master's degree?", 'student', expect=['39490'], topic='m2-sheet', en=True),
    Q("Can the MIAGE M2 lead to a data engineer job?", 'student', sw='Yes', topic='m2-sheet', en=True),
    Q("Which M2 track has the digital marketing courses?", 'student', any=[['I²D', 'I2D', '2ID']], topic='m2-sheet', en=True),

    # ---- other programmes (seeds 002, 003, 004) ----
    Q("le mastère spécialisé SII de l'Icam Strasbourg c quel numéro RNCP ?", 'student', expect=['39580'], topic='other-programmes'),
    Q("Icam MS systèmes d'info industriels : combien de semaines d'immersion pro minimum ?", 'student',
      expect=['17'], topic='other-programmes'),
    Q("pour une VAE au mastère de l'Icam, j'écris à quelle adresse ?", 'student',
      expect=['mathias.reheisser@icam.fr'], topic='other-programmes'),
    Q("combien d'ECTS faut valider pour la certification de l'Icam ?", 'student', expect=['75'], topic='other-programmes'),
    Q("Ionis-STM expert en management des SI, combien de mois minimum en entreprise ?", 'student',
      any=[['6 mois', 'six mois']], topic='other-programmes'),
    Q("taux d'insertion global à 6 mois des certifiés 2020 de la fiche Ionis ?", 'student', expect=['96'], topic='other-programmes'),
    Q("Polytech Montpellier info : expérience à l'international minimum pour un apprenti ?", 'student',
      any=[['9 semaines', 'neuf semaines']], topic='other-programmes'),
    Q("la fiche RNCP 42008 de Polytech Montpellier est enregistrée jusqu'à quand ?", 'student',
      any=[dfr(2031, 8, 31) + ['31-08-2031']], topic='other-programmes'),
    Q("How many competence blocks does the Polytech Montpellier computer science engineer certification have?", 'student',
      any=[['6 blocks', 'six blocks', '6 competence', 'six competence', '6 skill', 'six skill', '6 blocs', 'six blocs']], topic='other-programmes', en=True),
    Q("Which earlier certification did RNCP35284 replace?", 'student', expect=['9102'], topic='other-programmes', en=True),
]
