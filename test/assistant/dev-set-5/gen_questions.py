"""Yes/no questions (y001-y150), written from the seeds and LEGAL-UPDATES.md only.

Y(role, question, startsWith, expect=[...], any_=[[...], ...])
The comment after each item gives the source passage the answer rests on.
"""
from common import (monthly, pct, CAUSSANEL, THUILLIER, SALMI, ARRET,
                    MAIL_SFCA, MAIL_MRS)


def Y(role, q, sw, expect=None, any_=None):
    d = {'q': q, 'as': role, 'startsWith': sw}
    if expect:
        d['expect'] = expect
    if any_:
        d['expectAny'] = any_
    return d


QUESTIONS = [
    # ---- formations, statuses, contracts (guide §1, §2.1) ----
    Y('student', "la L3 gestion parcours miage on peut la faire en alternance ?", 'Non'),  # Tableau 1
    Y('student', "je peux faire mon M2 miage en mode classique, sans alternance ?", 'Non'),  # M2 obligatoirement en alternance
    Y('student', "c obligé d'etre alternant en M1 ?", 'Non'),  # M1 éventuellement en alternance
    Y('student', "si jsuis alternant en M1 je garde le meme contrat pour le M2 ?", 'Oui'),  # §2.1.2 "vous poursuivez forcément ce contrat"
    Y('student', "jai 31 ans, je peux signer un contrat d'apprentissage pour rentrer en M1 ?", 'Non',
      ['professionnalisation']),  # §2.1.2 / Figure 2: 30 ans ou plus -> CPRO
    Y('hr', "notre boite ne signe que des contrats de professionnalisation, on peut quand meme prendre un etudiant de la miage ?", 'Oui'),  # §2.1.2
    Y('student', "Is the M2 MIAGE only available as work-study?", 'Yes'),  # Tableau 1
    Y('student', "en M1 si je suis pas alternant, les mercredis jeudis vendredis c'est off ?", 'Non', ['projet']),  # §2.2.1 en projet
    Y('student', "un contrat pro c'est toujours accompagné d'une convention de formation ?", 'Oui'),  # note 4
    Y('student', "je rentre en M1 en apprentissage, le contrat il dure 1 an ?", 'Non', None,
      [['2 ans', 'deux ans']]),  # Figure 2 / Tableau 5
    Y('hr', "on recrute un apprenti qui entre direct en M2, le contrat est sur un an ?", 'Oui', None,
      [['1 an', 'un an']]),  # Tableau 5 M2 1 an
    Y('student', "c moi qui choisit entre 2ID et ISIE pour le M2 ?", 'Non'),  # c'est la MIAGE qui affecte
    Y('student', "ya moyen de faire le M2 miage en formation continue ?", 'Oui'),  # seed 000 §4.1
    Y('student', "can I do my M1 without any work-study contract?", 'Yes'),  # Tableau 1 / §2.1.2
    Y('hr', "un alternant en contrat pro ou apprentissage a les mêmes droits qu'un salarié classique chez nous ?", 'Oui'),  # §4.1

    # ---- rhythm, sites, presence (§2.2, §2.4, Tableau 4) ----
    Y('student', "en M2 on est bien en entreprise lundi mardi mercredi ?", 'Oui'),  # Figure 5 (the figure is right)
    Y('student', "en M2 on bosse en entreprise le mercredi jeudi vendredi c'est ca ?", 'Non', ['lundi']),  # trap §2.2.1
    Y('student', "je peux me fier a ADE pour savoir si je suis libre un aprem ?", 'Non', ['calendrier']),  # §2.2.3
    Y('student', "les demi journées vides sur l'edt mais marquées formation sur le calendrier c'est du temps libre ?", 'Non', None,
      [['révision', 'revision']]),  # §2.2.3
    Y('student', "je peux choisir mon site aix ou marseille pour le M1 ?", 'Non'),  # §2.4 vœu
    Y('student', "Do I have to attend classes in person?", 'Yes'),  # En pratique: présence OBLIGATOIRE
    Y('student', "en entreprise je peux faire 2 jours de télétravail sur mes 3 jours ?", 'Non', None, [pct(25)]),  # ≤ 25 %
    Y('tutor', "un peu de télétravail ponctuel pour mon alternant c'est toléré par la miage ?", 'Oui', None, [pct(25)]),
    Y('student', "les heures de cours comptent dans mon temps de travail d'apprenti ?", 'Oui'),  # §4.2.1
    Y('hr', "pour un contrat pro les heures de formation sont comptées comme du temps de travail ?", 'Oui'),  # §4.2.2
    Y('student', "la soutenance du M2 c'est en septembre ?", 'Oui'),  # seed 000 §1

    # ---- hours & costs (§2.3, §2.5) ----
    Y('hr', "le M1 c'est 600 heures de formation sur l'année ?", 'Non', ['544']),
    Y('hr', "les demi-journées de révision du calendrier sont facturées ?", 'Non'),  # Remarque sur la facturation
    Y('hr', "il peut y avoir un reste à charge pour l'entreprise ?", 'Oui'),  # §2.5
    Y('hr', "pour un apprenti en master dont le contrat a démarré en 2025/2026, la formation coute 8231 € par an ?", 'Oui', None,
      [['8 231', '8231', '8\u00a0231', '8\u202f231']]),
    Y('hr', "la L3I coute exactement pareil que le master ?", 'Non', None,
      [['8 116', '8116', '8\u00a0116', '8\u202f116']]),
    Y('hr', "Is the training cost different between an apprenticeship and a professionalisation contract?", 'No'),  # §2.5 same amounts
    Y('student', "Do I have to pay the tuition myself as an apprentice?", 'No'),

    # ---- mission validation (§3) ----
    Y('student', "je peux faire valider une mission pour assurer le coup et continuer a chercher mieux ?", 'Non'),  # §3.3
    Y('student', "j'ai trouvé mon alternance tout seul sur linkedin, je dois quand meme donner la réf si l'offre est dans celles de la miage ?", 'Oui'),  # §3.2
    Y('student', "je peux envoyer ma fiche de validation 3 jours avant de commencer ?", 'Non', ['10 jours']),
    Y('hr', "on peut établir le contrat avant que la miage ait validé la mission ?", 'Non'),  # §3.3
    Y('student', "la fiche de validation de mission c'est un pdf à imprimer et signer ?", 'Non'),  # formulaire web
    Y('tutor', "je dois confirmer par mail les infos de la fiche de validation qui me concernent ?", 'Oui'),  # §3.3.3
    Y('student', "mon contrat peut commencer le lendemain de la validation de ma mission ?", 'Non', None,
      [['1 semaine', 'une semaine']]),  # Tableau 5
    Y('student', "Once my mission is validated, can I get a second one validated?", 'No'),
    Y('student', "jsuis etudiant étranger, faut une autorisation de travail avant le début du contrat ?", 'Oui', None,
      [['APT', 'Autorisation Provisoire de Travail', 'autorisation provisoire de travail']]),  # note 26
    Y('student', "la visite médicale c'est obligatoire pour un apprenti ?", 'Oui'),  # §3.4
    Y('hr', "pour un stagiaire en alternance on doit faire la déclaration préalable d'embauche ?", 'Non'),  # §3.4 sauf stagiaires
    Y('hr', "la convention de formation d'un apprenti passe par la plateforme CACTUS ?", 'Oui', ['CACTUS']),
    Y('hr', "la convention de formation d'un contrat pro c'est en 2 exemplaires ?", 'Non', None,
      [['3 exemplaires', 'trois exemplaires']]),

    # ---- contract dates (Tableau 5, notes 23-24, LEGAL-UPDATES) ----
    Y('student', "mon contrat d'apprentissage du master 2025/2027 peut se terminer le 15/11/2027 ?", 'Non', ['03/11/2027']),
    Y('student', "contrat pro sur le master 2025/2027, il peut finir le 31 octobre 2027 ?", 'Oui'),  # 03/09/2027 ≤ DFC ≤ 03/11/2027
    Y('hr', "un contrat pro peut démarrer 3 mois avant la rentrée ?", 'Non', ['2 mois']),
    Y('hr', "un contrat d'apprentissage peut commencer jusqu'a 3 mois avant le début de la formation ?", 'Oui', ['3 mois']),
    Y('student', "un stage en alternance peut commencer avant la date de début de formation ?", 'Non'),
    Y('student', "un stage en alternance de 4 mois date à date c'est possible ?", 'Non', ['6 mois']),
    Y('hr', "Can an M2 apprenticeship contract end two months after the end of the training?", 'Yes'),
    Y('student', "le M1 2025/2026 s'est fini officiellement le 2 septembre 2026 ?", 'Oui', None,
      [['02/09/2026', '2 septembre 2026']]),  # note 23
    Y('student', "le M2 2026/2027 a commencé le 1er septembre 2026 ?", 'Non', None,
      [['03/09/2026', '3 septembre 2026']]),  # note 24
    Y('hr', "si le contrat pro démarre après la rentrée, les heures de cours d'avant sont quand même payées à la miage ?", 'Non'),

    # ---- pay (§4.2, Tableaux 6-7, LEGAL-UPDATES) ----
    Y('student', "apprentie en M2, 22 ans : le minimum c'est 61% du smic ?", 'Oui', None, [pct(61)]),
    Y('student', "jsuis en M1 en apprentissage, j'ai 19 ans, je touche 53% du smic ?", 'Non', None, [pct(43)]),
    Y('student', "en contrat pro à 23 ans c'est 70% du smic pour nous à la miage ?", 'Non', None, [pct(80)]),
    Y('student', "je passe de L3I apprenti à M1 apprenti, mon pourcentage peut baisser ?", 'Non'),  # §4.2 + D6222-29
    Y('student', "mon salaire d'apprenti change le jour même de mon anniversaire ?", 'Non', None,
      [['mois suivant', 'mois qui suit']]),
    Y('student', "en apprentissage mon net est égal à mon brut, mon contrat a été signé en juin 2025 ?", 'Non'),  # LEGAL-UPDATES
    Y('hr', "Is our apprentice's net pay always the same as gross pay?", 'No'),
    Y('student', "mon contrat d'apprentissage a été signé en février 2025, je dois payer la CSG ?", 'Non'),  # former rule
    Y('student', "le salaire d'un apprenti est exonéré d'impôt sur le revenu ?", 'Oui'),  # dans la limite du SMIC annuel
    Y('student', "mes parents gardent les allocs familiales si je touche 61% du smic ?", 'Non', ['55']),
    Y('hr', "on peut retenir jusqu'à 100% du salaire pour les avantages en nature ?", 'Non', None, [pct(75)]),
    Y('hr', "les heures sup d'un apprenti sont payées comme pour nos autres salariés ?", 'Oui'),
    Y('hr', "un alternant en master, on le positionne comme technicien dans notre grille ?", 'Non', ['cadre']),
    Y('hr', "notre apprenti a 24 ans et notre minimum conventionnel est plus haut que le smic, on applique son % sur ce minimum ?", 'Oui'),
    Y('student', "la majoration de 15% pour un diplome du sup, ça fait 53% x 1,15 ?", 'Non', None, [pct(68)]),
    Y('student', "le smic horaire c'est toujours 11,88 € ?", 'Non', None, [['12,31', '12.31']]),
    Y('student', "la gratification minimale d'un stage en alternance c'est 4,35 € de l'heure ?", 'Non', None,
      [['4,50', '4.50']]),
    Y('student', "Is the minimum internship stipend 4.35 euros an hour?", 'No', None, [['4.50', '4,50']]),
    Y('student', "Is a stipend mandatory once a work-study intern has been present in the company for more than two months?", 'Yes'),
    Y('hr', "un stage en alternance de 6 mois passé à moitié chez nous, la gratification est obligatoire ?", 'Oui'),
    Y('student', "As a work-study intern, am I paid on the same grid as apprentices?", 'No'),
    Y('student', "apprentie en M2, 25 ans, j'étais pas alternante en M1 : c'est quand même le taux de 2e année, 61% ?", 'Oui', None, [pct(61)]),
    Y('student', "dans un contrat sur 2 ans ma paie augmente quand je passe de M1 à M2 ?", 'Oui'),
    Y('student', "M2 apprenti 21 ans, ça fait au moins 1138,88 € brut par mois en ce moment ?", 'Oui', None, [monthly(61)]),

    # ---- absences (§4.3, LEGAL-UPDATES jours ouvrés) ----
    Y('student', "un certificat médical du médecin ça suffit pour justifier une absence en cours ?", 'Non', None, [ARRET]),
    Y('hr', "on a 10 jours ouvrables pour transmettre l'arrêt de travail de notre alternant à la formation ?", 'Oui', ['10 jours']),
    Y('student', "j'ai 48h pour donner mon arrêt à ma boite ?", 'Oui', ['48']),
    Y('student', "48h ouvrées ça veut dire 2 jours ouvrés ?", 'Oui'),  # LEGAL-UPDATES
    Y('student', "le samedi ça compte comme jour ouvrable ?", 'Oui'),  # LEGAL-UPDATES
    Y('tutor', "je peux garder mon apprenti au bureau un jour de cours pour une mise en prod ?", 'Non'),  # §4.3.2 légalement interdites
    Y('tutor', "pour une absence exceptionnelle pour raison pro, la demande doit partir au moins 10 jours ouvrables avant ?", 'Oui', ['10 jours']),
    Y('student', "c'est à moi de demander la dispense de cours quand ma boite a besoin de moi ?", 'Non'),  # Tableau 9
    Y('student', "trop d'absences injustifiées ça peut m'empêcher de passer un exam ?", 'Oui'),
    Y('hr', "on a le droit de faire une retenue sur salaire pour une absence injustifiée en formation ?", 'Oui'),
    Y('student', "je suis en stage en alternance, un certificat médical ça suffit pour justifier une absence ?", 'Oui'),
    Y('student', "Can I send my sick note straight to the MIAGE office?", 'No'),

    # ---- revision leave (§4.4, §2.2.3) ----
    Y('student', "apprenti à la miage, j'ai droit aux 5 jours de révision payés avant les exams ?", 'Non'),
    Y('student', "les jours de révision en contrat pro ils sont payés ?", 'Non'),
    Y('tutor', "j'ai le droit de donner des jours de révision payés à mon apprenti même si c'est pas obligatoire ?", 'Oui'),
    Y('student', "en contrat pro je pose mes jours de révision quand je veux dans l'année ?", 'Non'),
    Y('student', "Are the free half-days in the alternance calendar counted as revision time?", 'Yes'),

    # ---- repeating a year (§4.5) ----
    Y('student', "si je redouble mon M1, mon contrat d'apprentissage continue ?", 'Non', ['OPCO']),
    Y('student', "on peut proroger le contrat 2 fois pendant le master ?", 'Non'),
    Y('student', "si je redouble alors que je suis en stage en alternance, le stage continue ?", 'Non'),
    Y('hr', "pour un nouveau contrat d'apprentissage il faut au moins 25% du temps en formation ?", 'Oui', None, [pct(25)]),
    Y('hr', "contrat pro pour un redoublant : s'il reste 100 h de formation à faire ça passe ?", 'Non', ['150']),
    Y('student', "je redouble le M2 et mon alternance est déjà validée, je peux le refaire sans alternance ?", 'Oui'),

    # ---- tutors & visits (§3.1, §4.6) ----
    Y('hr', "on peut désigner deux tuteurs pro pour le même alternant ?", 'Oui'),
    Y('tutor', "je remplace le maitre d'apprentissage de notre alternant, faut faire un avenant ?", 'Oui', ['avenant']),
    Y('hr', "Do we need a contract amendment if we change the apprentice's tutor?", 'Yes'),
    Y('tutor', "mon alternant est en M2, le tuteur universitaire viendra nous voir au moins 2 fois dans l'année ?", 'Oui'),  # seed 000 §3.8 "au moins 2 par an", guide §4.6
    Y('tutor', "la première visite du tuteur univ c'est en janvier/février ?", 'Oui'),
    Y('tutor', "la visite peut être calée un jour où l'alternant est en cours ?", 'Non'),
    Y('tutor', "les visites peuvent se faire à distance ?", 'Oui'),
    Y('student', "le tuteur universitaire est affecté dès septembre ?", 'Non', None, [['octobre', 'novembre']]),
    Y('tutor', "If I can't make it to the visit, can a colleague stand in for me?", 'Yes'),
    Y('student', "tant qu'on a pas de tuteur univ c'est le responsable alternance qui fait le tuteur ?", 'Oui'),

    # ---- livret (§4.7) ----
    Y('student', "le livret d'alternance c'est un carnet papier ?", 'Non'),
    Y('tutor', "Do I have to upload the objectives sheet for each period of the livret?", 'Yes'),
    Y('student', "je dois faire une auto-évaluation dans le livret ?", 'Oui'),
    Y('tutor', "je peux fixer moi même les dates des périodes du livret pour mon alternant ?", 'Non'),
    Y('student', "Is the livret d'alternance a paper booklet?", 'No'),

    # ---- breaking a contract (§5) ----
    Y('student', "après une rupture, je peux remplacer mon apprentissage par un contrat pro ?", 'Non'),
    Y('student', "After breaking my apprenticeship, can I sign a new one with the same company?", 'No'),
    Y('student', "y a un délai de carence entre 2 contrats après une rupture ?", 'Non'),
    Y('hr', "pour rompre un contrat pro on envoie l'original à la DDETS ?", 'Oui', ['DDETS']),
    Y('hr', "pour rompre un contrat d'apprentissage on va directement voir le CFA sans passer par la miage ?", 'Non', None, [CAUSSANEL + ['responsable']]),
    Y('student', "un stage en alternance peut s'arrêter juste parce que le stagiaire le veut ?", 'Oui'),
    Y('hr', "Do we need to email a PDF scan of the termination document to the MIAGE?", 'Yes'),

    # ---- contacts (§6, seed 000 §5.2, LEGAL-UPDATES) ----
    Y('student', "pour un certificat de scolarité je demande au responsable alternance ?", 'Non'),
    Y('student', "je suis en M2, ma secrétaire pédagogique c'est Mme Bresset ?", 'Non', None, [SALMI]),
    Y('hr', "Is Philippe Ramadour still the MIAGE director this year?", 'No', None, [THUILLIER]),
    Y('hr', "la DIRECCTE du guide elle existe toujours ?", 'Non', ['DREETS']),
    Y('student', "si j'ai un souci avec mon tuteur pro je vais d'abord voir la direction de la miage ?", 'Non', None,
      [['tuteur universitaire']]),
    Y('student', "apprenti, je change de tuteur pro : j'envoie l'avenant au CFA en 3 exemplaires originaux ?", 'Oui'),
    Y('student', "Is Jean Caussanel the person in charge of work-study at the MIAGE?", 'Yes'),
    Y('student', "M1 à marseille, mon secrétariat c'est feg-miage-aix ?", 'Non', [MAIL_MRS]),
    Y('student', "le responsable du parcours ISIE c'est aussi le responsable alternance ?", 'Oui', None, [CAUSSANEL]),

    # ---- M2 programme sheet (seed 000) ----
    Y('student', "le M2 miage c'est bien la fiche RNCP 39490 ?", 'Oui', ['39490']),
    Y('student', "y a une session de rattrapage en M2 ?", 'Non'),  # session unique
    Y('student', "faut obligatoirement avoir son propre ordi pour le M2 ?", 'Non'),
    Y('student', "je peux candidater au M2 miage via Mon Master ?", 'Non'),
    Y('student', "je peux louper la pré-rentrée du M2 si j'ai un justificatif ?", 'Non'),
    Y('student', "étudiant étranger : un DALF B2 suffit pour prouver mon niveau de français ?", 'Non', ['C1']),

    # ---- other programmes (seeds 002, 003, 004) ----
    Y('student', "pour le MS de l'icam strasbourg faut une immersion pro d'au moins 17 semaines ?", 'Oui', ['17']),
    Y('student', "au MS SI industriels de l'icam, les blocs validés restent acquis à vie ?", 'Oui'),
    Y('student', "je peux rentrer au MS de l'icam avec juste une licence sans aucune expérience ?", 'Non'),
    Y('student', "le titre expert en management des SI de ionis-stm on peut l'avoir par VAE ?", 'Oui'),
    Y('student', "pour la certif ionis-stm RNCP35284, la candidature individuelle c'est possible ?", 'Non'),
    Y('student', "chez ionis-stm on peut valider un seul bloc de compétences ?", 'Oui'),
    Y('student', "ionis-stm expert en management des SI : 3 mois en entreprise suffisent pour la certif ?", 'Non', ['6 mois']),
    Y('student', "pour le diplome d'ingé info de polytech montpellier faut le B2 en anglais ?", 'Oui', ['B2']),
    Y('student', "polytech montpellier info, en apprentissage faut 16 semaines à l'international ?", 'Non', ['9 semaines']),
    Y('student', "Is the Polytech Montpellier computer science engineering certification registered until 2031?", 'Yes', None,
      [['31-08-2031', '31/08/2031', 'August 31, 2031', '31 August 2031', 'Aug 31, 2031']]),
]
