"""Contract dates (table 5 + footnotes 23/24), mission validation, steps after
validation, contacts (tables 8, 9, 10 and the M2 sheet), absences (§4.3)."""
from datetime import date

from lib import Q, dfr, den, phone
import dates

TODAY = date(2026, 11, 25)

# deadlines computed with dates.py (French public holidays)
ARRET_TODAY_EMP = dates.add_ouvres(TODAY, 2)            # 48 h ouvrées -> 27/11/2026
ARRET_TODAY_MIAGE = dates.add_ouvrables(TODAY, 10)      # 10 j ouvrables -> 07/12/2026
ARRET_XMAS_EMP = dates.add_ouvres(date(2026, 12, 24), 2)        # 29/12/2026 (25/12 is a holiday)
ARRET_NYE_MIAGE = dates.add_ouvrables(date(2026, 12, 31), 10)   # 13/01/2027 (1/1 is a holiday)
assert ARRET_TODAY_EMP == date(2026, 11, 27)
assert ARRET_TODAY_MIAGE == date(2026, 12, 7)
assert ARRET_XMAS_EMP == date(2026, 12, 29)
assert ARRET_NYE_MIAGE == date(2027, 1, 13)
# a request sent today for Thursday 10/12/2026 leaves 12 jours ouvrables in between (>= 10)
_between = [date.fromordinal(o) for o in range(TODAY.toordinal() + 1, date(2026, 12, 10).toordinal())]
assert sum(dates.is_ouvrable(d) for d in _between) == 12

CAUSSANEL = 'jean.caussanel@univ-amu.fr'
AIX = 'feg-miage-aix@univ-amu.fr'
MRS = 'feg-miage-marseille@univ-amu.fr'
THUILLIER = 'etienne.thuillier@univ-amu.fr'
RESP = ['Caussanel', "responsable de l'alternance", 'responsable de l’alternance', 'responsable alternance']

ITEMS = [
    # ---- contract dates ----
    Q("je suis en M2 (master commencé en sept 2025 en apprentissage), mon contrat peut finir au plus tard quand ?", 'student',
      any=[dfr(2027, 11, 3)], topic='dates'),
    Q("Pour un apprenti du Master MIAGE 2025/2027, entre quelles dates doit se situer la fin du contrat ?", 'hr',
      any=[dfr(2027, 9, 3), dfr(2027, 11, 3)], topic='dates'),
    Q("la fin de formation officielle du master 2025-2027 c quand ?", 'student',
      any=[dfr(2027, 9, 3)], topic='dates'),
    Q("le M2 2026/2027 il a démarré quel jour officiellement ?", 'student',
      any=[dfr(2026, 9, 3)], topic='dates'),
    Q("le M1 2025/2026 s'est terminé quand exactement ?", 'student',
      any=[dfr(2026, 9, 2)], topic='dates'),
    Q("un contrat d'apprentissage peut commencer combien de temps avant le début de la formation ?", 'hr',
      any=[['3 mois', 'trois mois']], topic='dates'),
    Q("un contrat de professionnalisation, il peut démarrer au plus tôt combien de temps avant la rentrée ?", 'hr',
      any=[['2 mois', 'deux mois']], topic='dates'),
    Q("stage en alternance : on peut le faire démarrer avant la rentrée ?", 'hr',
      sw='Non', topic='dates'),
    Q("la date de fin d'un contrat d'apprentissage peut dépasser la fin de formation de combien max ?", 'hr',
      any=[['2 mois', 'deux mois']], topic='dates'),
    Q("stage en alternance, la convention peut continuer après la date de fin de formation ?", 'student',
      sw='Non', topic='dates'),
    Q("un stage en alternance ça dure combien mini et maxi ?", 'student',
      expect=['6 mois'], any=[['1 an', 'un an', '12 mois']], topic='dates'),
    Q("apprenti qui entre en M2 cette année (rentrée le 3 septembre 2026) : date limite de début de contrat selon la règle DDF + 3 mois ?", 'hr',
      any=[dfr(2026, 12, 3)], topic='dates'),
    Q("contrat pro pour un M2 2026/2027 (début de formation le 03/09/2026) : il peut démarrer au plus tôt quand ?", 'hr',
      any=[dfr(2026, 7, 3)], topic='dates'),
    Q("For the Master 2025-2027, what's the latest possible end date of an apprenticeship contract?", 'hr',
      any=[den(2027, 11, 3)], topic='dates', en=True),
    Q("si je signe un contrat d'apprentissage en entrant en M1, il dure combien de temps ?", 'student',
      any=[['2 ans', 'deux ans']], topic='dates'),
    Q("pour un alternant du master, si la mission est validée un lundi, le contrat peut démarrer dès le lendemain ?", 'hr',
      sw='Non', any=[['1 semaine', 'une semaine', '7 jours']], topic='dates'),
    Q("le dernier jour écrit sur le contrat, il est inclus dans le contrat ?", 'hr',
      sw='Oui', topic='dates'),
    Q("When did the M2 2026/2027 officially start?", 'student',
      any=[den(2026, 9, 3)], topic='dates', en=True),

    # ---- mission validation ----
    Q("la validation de mission ça prend combien de temps en gros ?", 'student',
      any=[['10 jours', 'dix jours']], topic='validation'),
    Q("je peux faire valider une mission et continuer à chercher un truc mieux payé à côté ?", 'student',
      sw='Non', topic='validation'),
    Q("c koi le lien pour remplir la fiche de validation de mission ?", 'student',
      expect=['miage-aix-marseille.fr/alternance'], topic='validation'),
    Q("le mdp du formulaire de validation je le trouve où ?", 'student',
      any=[RESP], topic='validation'),
    Q("j'ai trouvé mon alternance tout seul mais l'offre est aussi dans celles diffusées par la miage, je dois mettre la référence ?", 'student',
      sw='Oui', topic='validation'),
    Q("on a reçu un mail de la MIAGE qui nous demande de confirmer les infos de la fiche de validation, il suffit de répondre au mail ?", 'hr',
      sw='Oui', topic='validation'),
    Q("qui signe le contrat d'apprentissage côté formation ?", 'hr',
      expect=['CFA'], topic='validation'),
    Q("contrat de professionnalisation : c'est quel service de la fac qui le signe ?", 'hr',
      expect=['SFCA'], topic='validation'),
    Q("la validation de ma mission dépend de la réussite de ma L3 ?", 'student',
      sw='Oui', topic='validation'),
    Q("je dois envoyer la fiche de validation combien de temps avant la date de début voulue ?", 'student',
      any=[['10 jours', 'dix jours']], topic='validation'),
    Q("Can I get a second mission validated if I find a better offer later?", 'student',
      sw='No', topic='validation', en=True),
    Q("Who validates the student's work-study mission before the contract is drafted?", 'hr',
      expect=['Caussanel'], topic='validation', en=True),

    # ---- after validation ----
    Q("la visite médicale c'est obligatoire pour un apprenti ?", 'student', sw='Oui', topic='after-validation'),
    Q("c koi CACTUS ? on doit faire quoi dessus ?", 'hr', expect=['CFA'], topic='after-validation'),
    Q("la convention de formation d'un contrat pro, on la fait avec qui et en combien d'exemplaires ?", 'hr',
      expect=['SFCA'], any=[['3 exemplaires', 'trois exemplaires', '3 originaux', 'trois originaux']], topic='after-validation'),
    Q("sans autorisation provisoire de travail, le contrat d'apprentissage de notre étudiant étranger tient quand même ?", 'hr',
      sw='Non', topic='after-validation'),
    Q("l'immatriculation à la sécu de notre futur alternant, c'est à nous de la faire ?", 'hr',
      sw='Oui', expect=['URSSAF'], topic='after-validation'),
    Q("Our future apprentice is a foreign student. What extra step is needed before the contract starts, and who do we contact?", 'hr',
      expect=['CFA'], any=[['APT', 'Autorisation Provisoire de Travail', 'work authori', 'work permit']], topic='after-validation', en=True),

    # ---- contacts ----
    Q("c qui la secrétaire des M2 ? son mail ?", 'student', expect=['Salmi', MRS], topic='contacts'),
    Q("secrétariat péda des M1 d'Aix, c qui ?", 'student', expect=['Bresset', AIX], topic='contacts'),
    Q("je suis en M1 à Marseille, mon certificat de scolarité je le demande à qui ?", 'student', expect=[MRS], topic='contacts'),
    Q("L3I, j'ai besoin d'un certificat de scolarité, je m'adresse où ?", 'student', expect=[AIX], topic='contacts'),
    Q("le mail du responsable de l'alternance svp", 'tutor', expect=[CAUSSANEL], topic='contacts'),
    Q("qui dirige la miage cette année ?", 'student', expect=['Thuillier'], topic='contacts'),
    Q("c toujours M. Ramadour le directeur de la MIAGE ?", 'student', sw='Non', expect=['Thuillier'], topic='contacts'),
    Q("contact du SFCA (tel + mail) ?", 'hr', expect=['feg-fc@univ-amu.fr'], any=[phone('04.91.14.08.70')], topic='contacts'),
    Q("téléphone du CFA FORMASUP Méditerranée ?", 'hr', any=[phone('04.91.14.04.50')], topic='contacts'),
    Q("Does the DIRECCTE of the Bouches-du-Rhône still exist?", 'hr', sw='No', expect=['DREETS'], topic='contacts', en=True),
    Q("je suis en stage en alternance, qui gère mon dossier de stage à la miage ?", 'student', expect=['Bresset'], topic='contacts'),
    Q("resp péda du M2 I2D c qui ?", 'student', expect=['Chifu', 'adrian.chifu@univ-amu.fr'], topic='contacts'),
    Q("le responsable pédagogique du parcours ISIE c'est qui ?", 'student', expect=['Caussanel'], topic='contacts'),
    Q("notre alternant pose problème, on s'adresse à qui en premier ?", 'tutor', expect=['tuteur universitaire'], topic='contacts'),
    Q("besoin d'un justificatif des dates d'examen pour notre alternante en M2, on contacte qui ?", 'tutor',
      any=[[MRS, 'Salmi']], topic='contacts'),
    Q("ma boîte veut un justificatif de mes dates d'exam, c'est à moi de le demander ?", 'student',
      sw='Non', expect=['tuteur'], topic='contacts'),
    Q("je voudrais une dispense exceptionnelle d'assiduité pour un cours, je demande à qui ?", 'student',
      expect=['tuteur'], topic='contacts'),
    Q("je change de tuteur en entreprise (je suis apprenti), je préviens qui et j'envoie quoi ?", 'student',
      expect=['avenant', 'CFA'], topic='contacts'),
    Q("question sur mon contrat d'apprentissage déjà signé, je contacte qui ?", 'student', expect=['CFA'], topic='contacts'),
    Q("mon contrat pro est signé, j'ai une question admin dessus, je contacte qui ?", 'student',
      any=[['SFCA', 'feg-fc@univ-amu.fr']], topic='contacts'),
    Q("Who's the work-study coordinator at the MIAGE and what's his email?", 'student',
      expect=['Caussanel', CAUSSANEL], topic='contacts', en=True),
    Q("What's the email address of the M2 secretariat?", 'student', expect=[MRS], topic='contacts', en=True),
    Q("Who is the director of the MIAGE for 2026/2027?", 'tutor', expect=['Thuillier'], topic='contacts', en=True),
    Q("je suis maître d'apprentissage, pour une demande pédagogique je passe par qui ?", 'tutor',
      expect=['Caussanel'], topic='contacts'),
    Q("en dernier recours pour un souci avec un M2, on écrit à qui ? (mail)", 'tutor', expect=[THUILLIER], topic='contacts'),
    Q("changement de tuteur pro pour un alternant en contrat pro : faut envoyer un avenant au CFA ?", 'tutor',
      sw='Non', any=[RESP], topic='contacts'),
    Q("Who should I contact first if there's a problem with my apprentice at work?", 'tutor',
      any=[['academic tutor', 'university tutor', 'academic supervisor', 'university supervisor', 'tuteur universitaire']], topic='contacts', en=True),
    Q("arrêt maladie de notre apprenti en L3I : on l'envoie à quelles adresses mail ?", 'hr',
      expect=[CAUSSANEL, AIX], topic='contacts'),
    Q("arrêt maladie de notre apprentie en M2, on l'envoie à qui exactement ?", 'hr',
      expect=[CAUSSANEL, MRS], topic='contacts'),

    # ---- absences ----
    Q("je suis malade demain, je fais quoi et j'envoie l'arrêt à qui ?", 'student',
      expect=['48'], any=[['arret de travail', 'arret maladie'], ['employeur', 'entreprise', 'organisme', 'RH']], topic='absences'),
    Q("je peux envoyer mon arrêt maladie direct à la miage ?", 'student', sw='Non', topic='absences'),
    Q("apprenti : un simple certificat médical suffit pour justifier une absence en cours ?", 'student', sw='Non', topic='absences'),
    Q("stagiaire alternant, j'ai raté un TD pour un rdv médical, un justificatif médical ça suffit ?", 'student', sw='Oui', topic='absences'),
    Q("on a reçu l'arrêt de travail de notre apprentie, on a combien de temps pour le transmettre à la formation ?", 'hr',
      expect=['10 jours ouvrables'], topic='absences'),
    Q("mon arrêt de travail a été fait aujourd'hui, j'ai jusqu'à quand pour le donner à ma boîte ?", 'student',
      any=[dates.fr_short(ARRET_TODAY_EMP) + ['vendredi']], topic='absences'),
    Q("l'arrêt de notre alternant date d'aujourd'hui, c'est quoi la date limite pour l'envoyer à la MIAGE ?", 'hr',
      any=[dates.fr_short(ARRET_TODAY_MIAGE)], topic='absences'),
    Q("si mon arrêt est établi le 24 décembre, je dois le transmettre à mon employeur avant quand ?", 'student',
      any=[dates.fr_short(ARRET_XMAS_EMP)], topic='absences'),
    Q("arrêt de travail établi le 31 décembre 2026 : date limite pour nous pour le faire suivre à la MIAGE ?", 'hr',
      any=[dates.fr_short(ARRET_NYE_MIAGE)], topic='absences'),
    Q("absence injustifiée en formation, je risque quoi concrètement ?", 'student',
      any=[['malus', 'examen'], ['retenue', 'salaire']], topic='absences'),
    Q("je dois rater les cours vendredi pour le mariage de ma soeur, je demande à qui ?", 'student',
      any=[RESP], topic='absences'),
    Q("I'm sick tomorrow. Do I send my sick note straight to the MIAGE?", 'student',
      sw='No', expect=['48'], topic='absences', en=True),
    Q("on voudrait que notre apprenti rate le jeudi 10 décembre (jour de cours) pour une démo client, on est encore dans les temps pour demander ?", 'tutor',
      sw='Oui', any=[['direction', 'Thuillier']], topic='absences'),
    Q("How long do we have to forward an apprentice's sick leave certificate to the MIAGE?", 'hr',
      any=[['10 working days', '10 business days', 'ten working days', 'ten business days', '10 jours ouvrables']], topic='absences', en=True),
]
