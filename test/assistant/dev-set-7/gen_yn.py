"""Build questions-yn.yaml (y001-y240): yes/no questions, each checked against the seeds.

Every item: (role, lang, question, verdict, expectAny groups, source note).
Pay figures come from common.M() (SMIC of LEGAL-UPDATES in force on 2026-11-25 = 1 867,02 EUR).
Order is shuffled with a fixed seed so that topics interleave.
"""
from common import M, D, D2, money, NOW, write_yaml, rng

S, H, T = 'student', 'hr', 'tutor'
ITEMS = []


def Y(role, lang, q, start, ea=None, src='', note=None):
    assert start in (('Oui', 'Non') if lang == 'fr' else ('Yes', 'No')), (q, start)
    ITEMS.append(dict(role=role, lang=lang, q=q, start=start, ea=ea, src=src, note=note))


P = lambda n: [f'{n}%']  # percentage group
DIR = ['Thuillier']
CAUSS = ['Caussanel', "responsable de l'alternance", "responsable de l’alternance", 'responsable alternance']
NEG = ("negative question; the negative statement is TRUE, so the natural French reply is 'Non, ...' "
       "(French usage: 'Non' agrees with a negative question, 'Si' would contradict it)")

# ============================================================ PAY — apprentices (table 6 + LEGAL-UPDATES)
Y(S, 'fr', "ne le 3/03/2004, en M2 en apprentissage, mon patron me verse 1000 balles brut par mois c legal ?", 'Non',
  [P(61), M(61)], 'age 22 -> 21-25 band, 2nd year: 61% x 1867.02')
Y(H, 'fr', "Notre apprentie de M2 a 24 ans, on lui verse 1 100 € brut par mois depuis la rentrée. C'est conforme ?", 'Non',
  [P(61), M(61)], '61% of SMIC 1867.02 = 1138.88')
Y(S, 'fr', "apprenti en M2, 23 ans, je touche 1450 brut/mois, je suis bien au dessus du minimum legal ?", 'Oui',
  [M(61)], '61% = 1138.88 (even +15 points = 1418.94 < 1450)')
Y(S, 'fr', "j'ai vingt-deux ans, je suis en M1 en apprentissage et je suis payé 950 € brut, ça passe ?", 'Non',
  [P(53), M(53)], '1st year, 21-25: 53% = 989.52')
Y(S, 'fr', "M1 apprenti, 19 ans : d'après la grille le taux minimum c'est 43 % du smic ?", 'Oui',
  [M(43)], 'table 6, 1st year 18-20: 43% = 802.82')
Y(H, 'fr', "Apprenti en L3I, 20 ans : on peut le payer 60 % du SMIC ?", 'Non',
  [P(67)], 'table 6, 3rd year (L3I) 18-20: 67%')
Y(S, 'fr', "jsuis en M2 apprenti, j'ai 27 ans, mon salaire mini c'est le smic ?", 'Oui',
  [M(100)], '26+: 100% of SMIC/SMC (higher) = 1867.02')
Y(H, 'fr', "Apprenti M2 né le 10 octobre 2000 : ce mois-ci (novembre 2026) on peut encore le payer à 61 % du SMIC ?", 'Non',
  [M(100)], '26 on 2026-10-10 -> 26+ band from 2026-11-01 -> 100% SMIC')
Y(S, 'fr', "j'aurai 26 ans le 28 novembre, je passe au smic dès le 28 ?", 'Non',
  [D('2026-12-01')], 'band change on the 1st of the month after the birthday (D6222-31)')
Y(S, 'fr', "g eu 21 ans le 20 novembre, je suis apprenti en M2, mon patron doit m'augmenter des ce mois ci ?", 'Non',
  [D('2026-12-01')], 'band 21-25 from 2026-12-01')
Y(H, 'fr', "Notre apprenti de M2 aura 21 ans le 5 janvier 2027 : son salaire passe à 61 % au 1er février 2027 ?", 'Oui',
  None, 'first day of the month after the 21st birthday')
Y(S, 'fr', "j'avais 20 ans quand j'ai signé en août et j'ai eu 21 ans le 14 octobre, je reste a 51% toute l'annee ?", 'Non',
  [P(61)], 'M2 apprentice: 61% from 2026-11-01')
Y(H, 'fr', "Pour une majoration de 15 % sur un taux de 53 %, on applique 53 × 1,15 = 60,95 % ?", 'Non',
  [P(68)], 'LEGAL-UPDATES: +15 percentage points (D6222-30) -> 68%')
Y(S, 'en', "The +15% increase applied to a 61% rate gives 76% of the SMIC, right?", 'Yes',
  None, 'LEGAL-UPDATES: +15 points')
Y(H, 'fr', "Notre apprentie en situation de handicap a besoin d'une année supplémentaire : sa rémunération est majorée cette année-là ?", 'Oui',
  None, 'guide §4.2.1: +15 (points) over the previous year')
Y(S, 'fr', "j'étais apprenti en L3I à 78 %, en M1 mon nouvel employeur peut me redescendre à 53 % ?", 'Non',
  None, 'guide §4.2 + LEGAL-UPDATES D6222-29: a new contract pays at least the last rate of the previous one')
Y(S, 'fr', "j'étais pas alternant en M1, du coup en M2 apprentissage je suis payé au taux de 1ère année ?", 'Non',
  [['2e annee', '2eme annee', 'deuxieme annee', 'second year', '2nd year', 'seconde annee']],
  'table 6: 2nd year (M2, même si non-alternant en M1)')
Y(H, 'fr', "Contrat d'apprentissage de 2 ans (M1 puis M2) : le taux passe à celui de 2e année quand l'alternant entre en M2 ?", 'Oui',
  None, 'guide §4.2 remark: change at M2 start')
Y(S, 'fr', "je suis apprentie en M2, 23 ans, mon contrat a été signé en juillet 2026 : mon net sera égal à mon brut comme dit le guide ?", 'Non',
  [P(50), ['CSG', 'CRDS']], 'LEGAL-UPDATES: contracts signed from 2025-03-01: waiver up to 50% SMIC, CSG/CRDS above')
Y(H, 'fr', "Apprenti M2 de 22 ans dont le contrat a été signé en août 2026 : aucune cotisation salariale à prélever, on est d'accord ?", 'Non',
  [P(50)], 'LEGAL-UPDATES L6243-2 as amended')
Y(S, 'fr', "pour savoir si l'ancienne règle du net (exonération jusqu'à 79 % du smic) s'applique, c'est la date de début du contrat qui compte ?", 'Non',
  [['signature', 'signe']], 'LEGAL-UPDATES: the signature date decides')
Y(H, 'fr', "Pour un contrat d'apprentissage conclu avant le 1er mars 2025, l'ancienne règle s'applique : exonération jusqu'à 79 % du SMIC et pas de CSG/CRDS ?", 'Oui',
  None, 'LEGAL-UPDATES')
Y(S, 'en', "Is my apprentice salary exempt from income tax up to the annual amount of the SMIC?", 'Yes',
  None, 'guide §4.2.1 social advantages')
Y(S, 'fr', "si je gagne 61 % du smic, mes parents continuent à toucher les allocs familiales pour moi ?", 'Non',
  [P(55)], 'guide §4.2.1: as long as the salary does not exceed 55% of the SMIC')
Y(H, 'fr', "On loge notre apprenti : on peut déduire cet avantage en nature de son salaire sans l'avoir prévu dans le contrat ?", 'Non',
  None, 'guide §4.2.1: the deduction must be written in the contract')
Y(T, 'fr', "Mon alternant de master doit en principe être positionné comme cadre dans nos grilles ?", 'Oui',
  None, 'guide §4.2 "En pratique : cadre ou technicien(ne) ?"')
Y(H, 'fr', "Notre convention collective a une grille cadres : le pourcentage de notre apprenti de M2 s'applique aux salaires de cette grille ?", 'Oui',
  None, 'guide §4.2: if cadre, the % applies to the cadre grid (SMC higher than SMIC from 21)')
Y(S, 'fr', "je suis à 35h/semaine, les heures de cours à la fac comptent dans mes 35h ?", 'Oui',
  None, 'guide §4.2.1: training hours count as working hours')
Y(H, 'fr', "Les heures supplémentaires de notre apprenti sont payées comme celles de nos autres salariés ?", 'Oui',
  None, 'guide §4.2.1')
Y(H, 'fr', "Pour passer du SMIC horaire au mensuel on multiplie par 151,67 h pile ?", 'Non',
  [['151,666', '151.666', '35x52/12', '35×52/12', '35*52/12', '1820']], 'LEGAL-UPDATES: 35x52/12 exactly, 151.67 gives a few cents too much')
Y(S, 'fr', "le smic mensuel brut en ce moment c'est 1 823,03 € ?", 'Non',
  [money('1867.02')], 'LEGAL-UPDATES: 1867.02 since 2026-06-01')
Y(H, 'fr', "On paie notre apprentie de M2 (23 ans) 1 112,05 € brut depuis janvier 2026. En novembre il faut réajuster ?", 'Oui',
  [M(61)], '61% of 1823.03 = 1112.05; since 2026-06-01 61% of 1867.02 = 1138.88')
Y(S, 'en', "Did the SMIC go up on 1 June 2026?", 'Yes',
  [['12,31', '12.31'], money('1867.02')], 'LEGAL-UPDATES arrêté du 22/05/2026')
Y(S, 'fr', "en mars 2026 le smic mensuel c'était déjà 1867,02 € ?", 'Non',
  [money('1823.03')], 'LEGAL-UPDATES: 1823.03 from 2026-01-01 to 2026-05-31')
Y(S, 'fr', "le smic va bouger encore au 1er janvier 2027 ?", 'Oui',
  None, 'LEGAL-UPDATES: the SMIC changes every 1 January; value not known yet')
Y(S, 'fr', "M2 apprenti, 25 ans (né le 30 juin 2001), 1 500 € brut c'est au moins le minimum ?", 'Oui',
  [M(61)], '61% = 1138.88 (robust even with +15 points)')
Y(H, 'fr', "Apprenti M2 né le 17 novembre 2000 : il a eu 26 ans le 17, on doit le passer au SMIC dès novembre ?", 'Non',
  [D('2026-12-01')], 'D6222-31')
Y(H, 'en', "Our M2 apprentice is 24. Is 1,100 euros gross a month enough?", 'No',
  [P(61), M(61)], '61% = 1138.88')
Y(S, 'fr', "apprentie en M1, née le 8 août 2005 : d'après la grille je suis à 53 % ?", 'Oui',
  [M(53)], '21 on 2026-08-08 -> 21-25 band from 2026-09-01')
Y(S, 'en', "I'm an M2 apprentice born on 12 December 2005. Will my minimum pay go up on 1 January 2027?", 'Yes',
  [P(61)], '21 on 2026-12-12 -> band from 2027-01-01: 51% -> 61%')
Y(H, 'fr', "Apprentie M2 née le 2 décembre 2005 : elle passe à 61 % dès le 1er décembre 2026 ?", 'Non',
  [D('2027-01-01')], '21 on 2026-12-02 -> band from 2027-01-01')
Y(T, 'fr', "mon apprenti de M2 a 23 ans, la boite lui donne 61 % du smic soit 1 138,88 € brut, c'est bon ?", 'Oui',
  None, 'table 6 + SMIC 1867.02 (the legal floor; a higher branch SMC would raise it)')
Y(S, 'fr', "apprenti M1 de 18 ans né le 9 juillet 2008, 700 € brut ça respecte la grille ?", 'Non',
  [P(43), M(43)], '18 on 2026-07-09 -> 18-20 band from 2026-08-01: 43% = 802.82')

# ============================================================ PAY — professionalisation contracts
Y(S, 'en', "Professionalisation contract in M2, I'm 23 and paid 1,400 euros gross a month: is that legal?", 'No',
  [P(80), M(80)], 'LEGAL-UPDATES/table 7: 80% for 21-25 with bac pro level+')
Y(H, 'fr', "Contrat de professionnalisation, alternant de 20 ans en L3I : le minimum est de 65 % du SMIC ?", 'Oui',
  [M(65)], 'table 7: 65% below 21')
Y(H, 'fr', "Pour nos alternants MIAGE en contrat pro, c'est la grille 55 % / 70 % qui s'applique ?", 'Non',
  [P(65), P(80)], 'table 7: 55/70 does not concern the MIAGE; 65/80')
Y(S, 'fr', "contrat de pro, j'ai 27 ans, je dois toucher au moins le smic ?", 'Oui',
  [M(100)], '26+: SMIC or 85% SMC (higher)')
Y(S, 'en', "On a professionalisation contract at 22, is the minimum 61% of the SMIC like for apprentices?", 'No',
  [P(80)], 'table 7: 80%')
Y(H, 'fr', "Contrat pro en M2 : notre alternante a eu 21 ans le 3 novembre 2026, on la passe à 80 % dès novembre ?", 'Non',
  [D('2026-12-01')], 'LEGAL-UPDATES: CPRO bands change on the 1st of the month after the birthday')
Y(T, 'fr', "En contrat pro à partir de 26 ans, le minimum c'est le SMIC ou 85 % du minimum conventionnel, le plus élevé des deux ?", 'Oui',
  None, 'table 7 / D6325-18')

# ============================================================ GRATIFICATION (stage en alternance)
Y(H, 'en', "Can we pay our alternance intern a gratification of 4.35 euros an hour in 2026?", 'No',
  [['4,5', '4.5']], 'LEGAL-UPDATES: 4.50 EUR/h in 2026 (guide 4.35 outdated)')
Y(S, 'fr', "je suis en stage alternance, 4,50 € de l'heure c'est bien le minimum legal cette annee ?", 'Oui',
  None, 'LEGAL-UPDATES')
Y(H, 'fr', "Une fois la gratification due, elle ne se paie qu'à partir du 3e mois de stage ?", 'Non',
  None, 'LEGAL-UPDATES: due for every hour of presence from the first month')
Y(S, 'fr', "stage en alternance de 8 mois avec 3 jours par semaine en entreprise, la gratif est obligatoire ?", 'Oui',
  None, 'LEGAL-UPDATES: > 44 days / 308 h of presence')
Y(H, 'en', "Is the minimum internship gratification 15% of the hourly social-security ceiling?", 'Yes',
  None, 'LEGAL-UPDATES L124-6, D124-6')
Y(S, 'fr', "en stage alternance je suis payé en % du smic comme un apprenti ?", 'Non',
  None, 'guide §4.1/§4.2.3: intern status, gratification')
Y(H, 'fr', "Pour savoir si la gratification est obligatoire, on compte aussi les jours passés en cours ?", 'Non',
  None, 'guide §4.2.3 attention box; LEGAL-UPDATES: days of presence')
Y(T, 'fr', "La gratification devient obligatoire au-delà de 44 jours ou 308 heures de présence ?", 'Oui',
  None, 'LEGAL-UPDATES D124-6, D124-8')

# ============================================================ CONTRACT DATES (table 5 + footnotes 23/24)
Y(S, 'fr', "je rentre en M2 (pas alternant en M1), mon contrat d'apprentissage peut commencer le 15/12 ?", 'Non',
  [D('2026-12-03')], 'DDF M2 2026/2027 = 03/09/2026 (fn 24); DDC <= DDF + 3 months = 03/12/2026')
Y(S, 'fr', "je commence mon contrat d'apprentissage de M2 dans trois semaines, c'est encore dans les clous ?", 'Non',
  [D('2026-12-03')], 'now + 21 days = 2026-12-16 > 2026-12-03')
Y(H, 'fr', "Contrat d'apprentissage d'un M2 2026/2027 : il peut se terminer le 31 octobre 2027 ?", 'Oui',
  [D2('2027-11-03', '2027-09-03')], 'DFF 03/09/2027 <= DFC <= 03/11/2027')
Y(S, 'fr', "mon contrat d'apprentissage de M2 peut s'arrêter fin juin 2027 quand les cours finissent ?", 'Non',
  [D('2027-09-03')], 'DFC >= DFF = 03/09/2027')
Y(H, 'fr', "Contrat de pro pour un M2 2026/2027 : il aurait pu démarrer le 15 juin 2026 ?", 'Non',
  [D('2026-07-03')], 'CPRO: DDC >= DDF - 2 months = 03/07/2026')
Y(H, 'fr', "En apprentissage, le contrat peut démarrer jusqu'à 3 mois avant le début de la formation ?", 'Oui',
  None, 'table 5 / L6222-12')
Y(S, 'fr', "si je fais l'alternance des le M1, je signe deux contrats d'un an ?", 'Non',
  None, 'figure 2: one 2-year contract')
Y(H, 'fr', "Stage en alternance en M2 : la convention peut durer 4 mois ?", 'Non',
  None, 'table 5: between 6 months and 1 year')
Y(H, 'fr', "Convention de stage en alternance d'un M2 2026/2027 : elle peut finir après le 3 septembre 2027 ?", 'Non',
  None, 'table 5: stage DFC <= DFF')
Y(S, 'fr', "M2 : mon contrat peut démarrer 2 jours après la validation de ma mission ?", 'Non',
  None, 'table 5: at least 1 week after the validation (Master)')
Y(H, 'en', "For the 2025/2027 Master, could the apprenticeship contract end on 3 November 2027?", 'Yes',
  None, 'table 5: 03/09/2027 <= DFC <= 03/11/2027')
Y(H, 'fr', "Master 2025/2027 en apprentissage : le contrat peut se terminer le 30 novembre 2027 ?", 'Non',
  [D('2027-11-03')], 'table 5')
Y(S, 'fr', "le M2 2026/2027 a commencé officiellement le 3 septembre 2026 ?", 'Oui',
  None, 'footnote 24')
Y(H, 'fr', "Dans le document de rupture, le dernier jour indiqué fait encore partie du contrat ?", 'Oui',
  None, 'footnote 35: date included')
Y(S, 'en', "Could my M2 professionalisation contract have started on 10 July 2026?", 'Yes',
  None, 'CPRO window 03/07/2026 - 03/12/2026')

# ============================================================ MISSION VALIDATION & AFTER
Y(S, 'fr', "j'ai fait valider une mission mais j'ai trouvé mieux payé ailleurs, je peux faire valider la nouvelle ?", 'Non',
  None, 'guide §3.3 attention')
Y(S, 'fr', "la validation de mission ça peut prendre jusqu'à 10 jours ouvrables ?", 'Oui',
  None, 'guide §3.3')
Y(H, 'fr', "On peut faire démarrer le contrat avant que la MIAGE ait validé la mission ?", 'Non',
  None, 'guide §3.3')
Y(T, 'fr', "En tant que tuteur pro, je dois confirmer par mail les infos envoyées par publipostage ?", 'Oui',
  None, 'guide §3.3.3')
Y(S, 'fr', "j'ai trouvé l'offre sur indeed mais elle était aussi dans les offres diffusées par la miage, je dois mettre la ref dans le formulaire ?", 'Oui',
  None, 'guide §3.2 attention')
Y(H, 'fr', "Le contrat peut être établi avant que l'étudiant ait validé son année en cours ?", 'Non',
  None, 'figure 13: forcément après validation de l\'année en cours')
Y(H, 'fr', "Après la validation de la mission, on doit faire une déclaration préalable d'embauche pour notre apprenti ?", 'Oui',
  None, 'guide §3.4')
Y(S, 'fr', "la visite médicale est obligatoire pour les apprentis ?", 'Oui',
  None, 'guide §3.4')
Y(H, 'fr', "Pour un contrat de pro, la convention de formation se fait avec le CFA sur CACTUS ?", 'Non',
  [['SFCA']], 'guide §3.4: SFCA, 3 originals')
Y(H, 'fr', "Pour un apprenti, la convention de formation passe obligatoirement par la plateforme CACTUS ?", 'Oui',
  None, 'guide §3.4')
Y(H, 'fr', "Stagiaire en alternance : la convention de stage peut être signée après le début du stage ?", 'Non',
  None, 'guide §3.4: signed by all parties BEFORE')
Y(S, 'en', "Can I ask for my mission to be validated just 3 days before my contract starts?", 'No',
  [['10']], 'guide §3.3: at least 10 jours ouvrables before')
Y(S, 'fr', "je ne peux pas faire valider une deuxième mission une fois la première validée ?", 'Non',
  None, 'guide §3.3', NEG)
Y(T, 'fr', "Une mission validée engage aussi l'entreprise d'accueil ?", 'Oui',
  None, 'guide §3.3: engage the future alternant AND the company')

# ============================================================ ABSENCES (§4.3)
Y(S, 'fr', "j'etais malade jeudi (jour de cours), un certificat du medecin suffit pour justifier ?", 'Non',
  [['arret de travail', 'arret maladie', 'sick leave', 'sick note']], 'guide §4.3.1: only an arrêt de travail')
Y(S, 'fr', "j'envoie moi-même mon arrêt maladie au secrétariat de la MIAGE ?", 'Non',
  None, 'guide §4.3.1: the company forwards it; sent by the student = ignored')
Y(S, 'fr', "j'ai 48h ouvrées pour transmettre mon arrêt à ma boite ?", 'Oui',
  None, 'guide §4.3.1')
Y(H, 'fr', "On a 10 jours ouvrables après l'établissement de l'arrêt pour le transmettre à la MIAGE ?", 'Oui',
  None, 'guide §4.3.1')
Y(H, 'fr', "On envoie l'arrêt maladie de notre alternant uniquement au secrétariat pédagogique ?", 'Non',
  [CAUSS], 'guide §4.3.1: responsable de l\'alternance AND secrétariat')
Y(S, 'fr', "mon arret de travail date d'avant-hier (lundi), je peux le filer a ma boite demain ?", 'Non',
  None, 'Mon 23/11 + 2 jours ouvrés = Wed 25/11; Thursday 26 is late')
Y(H, 'fr', "Arrêt de travail établi le lundi 2 novembre 2026 : on peut encore l'envoyer à la MIAGE le lundi 16 novembre ?", 'Non',
  [D('2026-11-14')], '10 jours ouvrables after 02/11, 11/11 is a holiday -> Sat 14/11')
Y(H, 'fr', "Si on transmet l'arrêt trop tard, l'absence est notée définitivement injustifiée côté formation ?", 'Oui',
  None, 'guide §4.3.1')
Y(T, 'fr', "mon alternant doit rater un jeudi de cours pour une démo client, je peux l'autoriser moi-même ?", 'Non',
  [['10']], 'guide §4.3.2 (tutor asks the Direction; tables 8/9 say responsable de l alternance) at least 10 jours ouvrables before')
Y(T, 'fr', "Pour une absence exceptionnelle de mon alternant pour raison pro, je dois faire la demande au moins 10 jours ouvrables avant ?", 'Oui',
  None, 'guide §4.3.2')
Y(S, 'fr', "c'est à moi de demander à la miage l'autorisation de louper les cours pour un salon avec ma boite ?", 'Non',
  None, 'guide §4.3.2 / table 9: the professional tutor asks')
Y(T, 'fr', "Trop d'absences injustifiées peuvent empêcher mon alternant de se présenter à un examen ?", 'Oui',
  None, 'guide §4.3.4')
Y(H, 'fr', "Pour une absence injustifiée en formation, on a le droit de faire une retenue sur salaire ?", 'Oui',
  None, 'guide §4.3.4')
Y(S, 'fr', "je suis en stage alternance (pas en contrat), un justificatif médical suffit pour une absence en cours ?", 'Oui',
  None, 'guide §4.3: stagiaires -> justificatif médical')
Y(S, 'fr', "absence pour l'enterrement de ma grand-mère, je m'adresse au responsable de l'alternance ?", 'Oui',
  None, 'guide §4.3.3')
Y(S, 'en', "If I'm ill on a training day, do I need an arrêt de travail rather than a simple medical certificate?", 'Yes',
  None, 'guide §4.3.1')
Y(S, 'fr', "je suis pas obligé d'envoyer moi-même mon arrêt à la fac ?", 'Non',
  None, 'guide §4.3.1 / table 9', NEG)
Y(H, 'en', "Will the MIAGE accept a sick note that the apprentice emails directly to the secretariat?", 'No',
  None, 'guide §4.3.1 attention')
Y(T, 'fr', "mon alternante a manqué un cours sans justificatif, la MIAGE va nous le signaler ?", 'Oui',
  None, 'guide §4.3.4: la formation déclare à l\'OPA les absences injustifiées')

# ============================================================ REVISION LEAVE & CALENDAR (§2.2.3, §4.4)
Y(S, 'en', "As a MIAGE apprentice, am I entitled to 5 paid revision days before the exams?", 'No',
  None, 'guide §4.4.1: no teaching specially organised -> not applicable')
Y(S, 'fr', "en contrat pro je peux poser 5 jours non payés pour réviser avant les exams ?", 'Oui',
  [['60']], 'guide §4.4.2: 5 jours ouvrables per 60 worked, unpaid, month before exams')
Y(S, 'fr', "une demi-journée marquée formation dans le calendrier mais vide sur ADE, je dois aller au taf ?", 'Non',
  None, 'guide §2.2.3/§4.4.3: implicit revision half-day')
Y(S, 'fr', "je peux réclamer mes 5 jours de révision à ma boite en plus des demi-journées libres du calendrier ?", 'Non',
  None, 'guide §2.2.3')
Y(T, 'fr', "En tant que maître d'apprentissage, je peux laisser à mon apprenti des jours de révision si la boîte est d'accord ?", 'Oui',
  None, 'guide §4.4.1')
Y(S, 'fr', "pour savoir si je suis libre, je me fie à l'emploi du temps ADE plutôt qu'au calendrier d'alternance ?", 'Non',
  None, 'guide §2.2.3')
Y(H, 'fr', "Les demi-journées de révision sont facturées dans le coût de la formation ?", 'Non',
  None, 'guide §2.2.3 remark')
Y(S, 'en', "Can the Macron-law exam leave be taken at any time of the year?", 'No',
  None, 'guide §4.4.2: in the month before the exams')
Y(T, 'fr', "Le calendrier d'alternance peut être modifié en cours d'année ?", 'Oui',
  None, 'guide footnotes 13-15')
Y(S, 'fr', "j'ai pas droit aux 5 jours de révision payés en apprentissage à la MIAGE ?", 'Non',
  None, 'guide §4.4.1', NEG)

# ============================================================ RHYTHM & SITES
Y(S, 'fr', "en M2 je suis en entreprise lundi mardi mercredi ?", 'Oui',
  None, 'figure 5 (README: the figure is right)')
Y(S, 'fr', "en M2 on a cours le mercredi normalement ?", 'Non',
  None, 'figure 5: Thu, Fri, Sat morning')
Y(H, 'en', "Will our M2 apprentice be with us on Thursdays and Fridays?", 'No',
  [['lundi', 'monday'], ['mardi', 'tuesday'], ['mercredi', 'wednesday']], 'README trap: §2.2.1 text wrong, figure right')
Y(S, 'fr', "en M1 alternance je suis en entreprise mercredi jeudi vendredi ?", 'Oui',
  None, 'guide §2.2.1 / figure 4')
Y(T, 'fr', "pendant les vacances universitaires mon apprenti de M2 est avec moi toute la semaine ?", 'Oui',
  None, 'guide §2.2.1')
Y(H, 'en', "Will our M1 apprentice be in class on Mondays and Tuesdays?", 'Yes',
  None, 'guide §2.2.1')
Y(S, 'en', "Are the M2 classes held at the Forbin site in Aix-en-Provence?", 'No',
  [['Marseille']], 'guide §2.4: M2 at îlot du Bois, Marseille')
Y(S, 'fr', "en M1 je peux choisir entre Aix et Marseille ?", 'Non',
  None, 'guide §2.4: wish only, students do not choose')
Y(S, 'fr', "en M2 des cours peuvent avoir lieu le samedi aprem ?", 'Non',
  [['13']], 'M2 sheet §3.2: until 13h on Saturday')
Y(S, 'fr', "en M2 les cours peuvent finir à 20h ?", 'Oui',
  None, 'M2 sheet §3.2: 08h00-20h00')
Y(T, 'fr', "En M2, l'alternant est 3 jours par semaine en entreprise ?", 'Oui',
  None, 'M2 sheet §3.2')
Y(S, 'fr', "le M1 commence par 4 semaines entières en formation ?", 'Oui',
  None, 'guide §3.3.2 remark on CPRO dates')
Y(T, 'fr', "En M1, à partir de fin avril l'alternant est en entreprise tous les jours ?", 'Oui',
  None, 'figure 4')
Y(T, 'en', "Is the M2 apprentice in training on Thursdays and Fridays?", 'Yes',
  None, 'figure 5')
Y(T, 'fr', "En L3I, l'alternant peut être en cours certains mercredis ?", 'Oui',
  None, 'guide §2.2.1 / figure 3')

# ============================================================ HOURS, REMOTE WORK, PRESENCE
Y(S, 'en', "Can I work from home on 2 of my 3 company days every week?", 'No',
  [P(25)], 'guide §3.3.2 en pratique: ponctual tolerance, max 25%')
Y(H, 'fr', "Un peu de télétravail ponctuel peut être toléré pour notre alternant ?", 'Oui',
  [P(25)], 'guide §3.3.2')
Y(T, 'fr', "mon alternant peut suivre ses cours en visio depuis nos locaux les jours de formation ?", 'Non',
  None, 'guide §3.3.2: présentiel, presence compulsory')
Y(S, 'en', "Is attendance at lectures and tutorials compulsory in the M2?", 'Yes',
  None, 'M2 sheet §2.3')
Y(H, 'fr', "Le M1 MIAGE représente 590 heures de formation ?", 'Non',
  [['544']], 'guide §2.3: 544 h (590 = L3I)')
Y(T, 'fr', "En M2, il y a 436 heures d'enseignements sur les 512 heures de formation ?", 'Oui',
  None, 'guide §2.3')

# ============================================================ COSTS (§2.5)
Y(S, 'fr', "l'alternance c'est payant pour moi ?", 'Non',
  [['OPCO']], 'guide §2.5')
Y(H, 'fr', "La formation de notre apprenti est financée par notre OPCO ?", 'Oui',
  None, 'guide §2.5')
Y(H, 'fr', "Il peut rester un reste à charge pour l'entreprise ?", 'Oui',
  None, 'guide §2.5')
Y(H, 'fr', "En 2025/2026, une année de master en apprentissage coûtait 8 231 € ?", 'Oui',
  None, 'guide §2.5')
Y(H, 'fr', "En 2025/2026, une L3I en contrat pro coûtait plus cher qu'en apprentissage ?", 'Non',
  [money('8116.00') + ['8116']], 'guide §2.5: 8116 both')
Y(H, 'fr', "Si notre contrat pro démarre en octobre, les heures de cours de septembre seront payées à la MIAGE ?", 'Non',
  None, 'guide §3.3.2 remark')
Y(S, 'en', "Do I have to pay the 8,231 euros of tuition myself?", 'No',
  [['OPCO']], 'guide §2.5')
Y(S, 'fr', "c'est pas à moi de payer la formation en alternance ?", 'Non',
  None, 'guide §2.5', NEG)

# ============================================================ STATUSES, INTERNATIONAL, DISABILITY
Y(S, 'fr', "j'ai 31 ans, je peux faire mon M2 en apprentissage ?", 'Non',
  [['professionnalisation', 'CPRO', 'contrat pro']], 'guide §2.1.2: 30+ at contract start -> CPRO')
Y(S, 'fr', "j'aurai 29 ans au début du contrat, l'apprentissage c'est encore possible ?", 'Oui',
  None, 'figure 2: moins de 30 ans')
Y(S, 'fr', "ma boite fait que des contrats pro, c'est ok pour la MIAGE ?", 'Oui',
  None, 'guide §2.1.2')
Y(S, 'fr', "le M2 MIAGE on peut le faire sans alternance ?", 'Non',
  None, 'table 1: M2 obligatoirement en alternance (sauf dérogations)')
Y(S, 'fr', "le M1 je peux le faire en classique sans alternance ?", 'Oui',
  None, 'table 1')
Y(S, 'fr', "un stage en alternance à la place d'un contrat, c'est possible en M2 ?", 'Oui',
  None, 'guide §2.1.2: exceptionally, validated by the responsable de l\'alternance')
Y(S, 'fr', "étudiant étranger : je peux commencer mon contrat avant d'avoir l'autorisation provisoire de travail ?", 'Non',
  [['caduc']], 'footnote 26: APT before the start, else the contract is void')
Y(S, 'fr', "étudiante étrangère en contrat pro, je dois contacter le SFCA dès que ma mission est validée ?", 'Oui',
  None, 'guide §3.4 attention')
Y(S, 'fr', "etranger en apprentissage, c'est au SFCA que je m'adresse pour les démarches ?", 'Non',
  [['CFA', 'FORMASUP']], 'guide §3.4: CFA FORMASUP for apprentices')
Y(S, 'en', "I'm an international student: do I need an APT before my apprenticeship contract starts?", 'Yes',
  None, 'footnote 26')
Y(S, 'fr', "je viens d'un pays non francophone et j'ai jamais étudié en France, un DALF B2 suffit pour candidater au M2 ?", 'Non',
  [['C1']], 'M2 sheet §4.2.1: DALF C1 (or 1000 h, or francophone country)')
Y(S, 'fr', "étudiant étranger pas encore en France : 1000 h de cours suivis en français, ça suffit comme justificatif de niveau ?", 'Oui',
  None, 'M2 sheet §4.2.1')
Y(S, 'fr', "je suis en situation de handicap, il y a des référents handicap à AMU ?", 'Oui',
  None, 'M2 sheet §3.4')

# ============================================================ TUTORS, VISITS, LIVRET
Y(T, 'fr', "Le tuteur universitaire vient 2 fois dans l'année dans l'entreprise pour un M2 ?", 'Oui',
  None, 'guide §4.6 / M2 sheet (au moins 2)')
Y(T, 'fr', "La première visite du tuteur universitaire se fait en janvier/février ?", 'Oui',
  None, 'guide §4.6')
Y(T, 'fr', "Pour un M2, la deuxième visite peut avoir lieu en juin ?", 'Oui',
  None, 'guide §4.6')
Y(T, 'fr', "On peut caler la visite un jeudi, quand mon alternant de M2 est en cours ?", 'Non',
  None, 'footnote 34: a day when the alternant is present')
Y(T, 'fr', "La visite du tuteur universitaire peut se faire en distanciel ?", 'Oui',
  None, 'guide §4.6')
Y(T, 'en', "Can one apprentice have two company tutors?", 'Yes',
  None, 'guide §3.1 remark')
Y(H, 'en', "Can we change the apprentice's company tutor (maître d'apprentissage) without an amendment to the contract?", 'No',
  None, 'guide §3.1 attention')
Y(H, 'fr', "Pour un nouveau maître d'apprentissage, l'avenant part en 3 exemplaires originaux au CFA ?", 'Oui',
  None, 'table 9')
Y(S, 'fr', "on est fin novembre et j'ai toujours pas de tuteur universitaire, c'est normal ?", 'Non',
  None, 'guide §4.6: assigned in October, early November at the latest')
Y(S, 'fr', "tant que le tuteur univ est pas affecté, c'est le responsable alternance qui joue ce rôle ?", 'Oui',
  None, 'footnote 32')
Y(T, 'fr', "La fiche objectifs du livret est obligatoire pour chaque période ?", 'Oui',
  None, 'guide §4.7')
Y(T, 'fr', "La fiche commentaires du livret est obligatoire ?", 'Non',
  None, 'guide §4.7: optional')
Y(S, 'fr', "je dois faire une autoévaluation dans le livret d'alternance ?", 'Oui',
  None, 'guide §4.7')
Y(T, 'fr', "Le livret est découpé en 3 périodes ?", 'Oui',
  None, 'guide §4.7')
Y(T, 'fr', "Chaque alternant peut avoir ses propres dates de période dans le livret ?", 'Non',
  None, 'guide §4.7: common dates (platform limitation)')
Y(T, 'fr', "Un problème avec mon alternant : je contacte d'abord la direction de la MIAGE ?", 'Non',
  None, 'table 8: university tutor first, then responsable, then direction')
Y(T, 'en', "Should I fill in evaluation grids at the end of each livret period?", 'Yes',
  None, 'guide §4.7')
Y(H, 'fr', "on n'est pas obligé de remplir la fiche commentaires du livret ?", 'Non',
  None, 'guide §4.7', NEG)
Y(T, 'fr', "Le suivi par le tuteur universitaire commence vers mi-octobre ?", 'Oui',
  None, 'M2 sheet §2.5')

# ============================================================ RUPTURE (§5)
Y(S, 'fr', "on peut rompre un contrat d'apprentissage à l'amiable ?", 'Oui',
  None, 'guide §5')
Y(S, 'fr', "pour rompre mon contrat d'apprentissage je vais direct voir le CFA ?", 'Non',
  [CAUSS], 'guide §5: first the responsable de l\'alternance (bordereau)')
Y(H, 'fr', "Rupture d'un contrat de pro : on envoie l'original du document à la DDETS ?", 'Oui',
  None, 'guide §5')
Y(S, 'en', "After breaking my apprenticeship contract, can I sign a professionalisation contract with another company?", 'No',
  None, 'guide §5: same type')
Y(S, 'fr', "après une rupture je peux resigner un nouveau contrat dans la même boite ?", 'Non',
  None, 'guide §5: different company')
Y(S, 'fr', "y a un délai de carence avant de signer un nouveau contrat après une rupture ?", 'Non',
  None, 'guide §5')
Y(S, 'fr', "pour le nouveau contrat je dois refaire une validation de mission ?", 'Oui',
  None, 'guide §5')
Y(S, 'en', "Can a stage en alternance be ended simply at the will of the intern?", 'Yes',
  None, 'guide §5: en théorie')
Y(H, 'fr', "Pour rompre un stage en alternance, il faut un avenant de rupture à la convention ?", 'Oui',
  None, 'guide §5')
Y(T, 'fr', "Avant d'en arriver à une rupture, le tuteur universitaire peut jouer le médiateur ?", 'Oui',
  None, 'guide §5 en pratique')
Y(S, 'fr', "il y a pas de délai de carence entre deux contrats d'apprentissage ?", 'Non',
  None, 'guide §5', NEG)
Y(H, 'en', "After a professionalisation contract is broken, does a copy go to the company's OPCO?", 'Yes',
  None, 'guide §5')

# ============================================================ REPEATING A YEAR (§4.5)
Y(S, 'fr', "je redouble mon M1, mon contrat d'apprentissage continue normalement ?", 'Non',
  [['OPCO']], 'guide §4.5: must be broken unless the OPCO expressly agrees')
Y(S, 'fr', "je redouble le M2, on peut prolonger mon contrat dans ma boite ?", 'Oui',
  None, 'guide §4.5: one prorogation')
Y(H, 'fr', "Deux prorogations sont possibles sur l'ensemble du master ?", 'Non',
  None, 'guide §4.5')
Y(S, 'en', "I'm repeating the M2 with an extension of my apprenticeship contract: does my pay go up by 15%?", 'No',
  None, 'LEGAL-UPDATES D6222-28: pay stays at the last year rate')
Y(H, 'fr', "Nouveau contrat d'apprentissage de 12 mois pour un redoublant à qui il reste 300 h de formation : c'est possible ?", 'Non',
  [['402', '25%']], 'guide §4.5 attention: 25% of working time, e.g. 402 h for 12 months')
Y(H, 'fr', "Contrat pro pour un redoublant : il faut au moins 150 h de formation restantes ?", 'Oui',
  None, 'guide §4.5')
Y(S, 'fr', "je suis en stage alternance et je redouble, mon stage s'arrête tout de suite ?", 'Non',
  None, 'guide §4.5: le stage va à sa fin')
Y(S, 'en', "If I repeat the M2 and my professional part is already validated, can I repeat it without an alternance?", 'Yes',
  None, 'guide §4.5')
Y(T, 'fr', "Notre alternant redouble son M1 : son contrat peut continuer si l'OPCO donne son accord exprès ?", 'Oui',
  None, 'guide §4.5')

# ============================================================ EXAMS / ADMISSION / M2 SHEET
Y(S, 'en', "Is there a resit session in the M2?", 'No',
  None, 'M2 sheet §2.5: session unique')
Y(S, 'fr', "les M3C sont données au plus tard un mois après le début des cours ?", 'Oui',
  None, 'M2 sheet §2.5')
Y(S, 'fr', "la soutenance du M2 c'est en juin ?", 'Non',
  [['septembre', 'september']], 'M2 sheet §1: soutenance en septembre')
Y(S, 'fr', "je peux louper la journée de pré-rentrée si j'ai un justificatif ?", 'Non',
  None, 'M2 sheet §4.5: présence obligatoire, pas de justification d\'absence')
Y(S, 'fr', "faut une mission en alternance validée pour s'inscrire en M2 ?", 'Oui',
  None, 'M2 sheet §4.5')
Y(S, 'fr', "on peut candidater au M2 MIAGE via Mon Master ?", 'Non',
  None, 'M2 sheet §4.4: formation non concernée')
Y(S, 'fr', "l'inscription administrative en M2 peut se faire entièrement en ligne ?", 'Non',
  None, 'M2 sheet §4.5')
Y(S, 'fr', "faut avoir son propre ordi pour suivre le M2 ?", 'Non',
  None, 'M2 sheet §3.5')
Y(S, 'fr', "le parcours ISIE a un cours de cloud computing ?", 'Oui',
  None, 'M2 sheet §2.2.2')
Y(S, 'fr', "y a du digital marketing dans le parcours ISIE ?", 'Non',
  [['I2D', 'I²D']], 'M2 sheet: marketing numérique is I²D only')
Y(S, 'fr', "le numéro RNCP du M2 MIAGE c'est 39490 ?", 'Oui',
  None, 'M2 sheet §1')
Y(H, 'fr', "La fiche RNCP du master MIAGE est valable jusqu'au 31/08/2029 ?", 'Oui',
  None, 'M2 sheet §1')
Y(S, 'fr', "c'est moi qui choisis mon parcours I2D ou ISIE ?", 'Non',
  None, 'guide §1.2 / M2 sheet §4: wish, the MIAGE assigns')
Y(S, 'fr', "y a pas de rattrapage en M2 ?", 'Non',
  None, 'M2 sheet §2.5', NEG)
Y(S, 'fr', "j'ai pas besoin d'avoir mon propre ordinateur pour le M2 ?", 'Non',
  None, 'M2 sheet §3.5', NEG)
Y(T, 'fr', "Une partie des cours du M2 est assurée par des intervenants professionnels ?", 'Oui',
  None, 'M2 sheet §2.4')

# ============================================================ CONTACTS
Y(S, 'fr', "le directeur de la MIAGE cette année c'est toujours Ramadour ?", 'Non',
  [DIR], 'M2 sheet §5.2: Etienne THUILLIER for 2026/2027')
Y(S, 'fr', "la secrétaire pédagogique du M2 c'est Amandine Bresset ?", 'Non',
  [['Salmi']], 'table 10: Anissa SALMI (Marseille)')
Y(S, 'fr', "le responsable pédagogique du parcours I2D c'est Caussanel ?", 'Non',
  [['Chifu']], 'M2 sheet §5.2: CHIFU (Caussanel = ISIE)')
Y(H, 'fr', "Pour un justificatif de dates d'examens, on s'adresse au secrétariat pédagogique ?", 'Oui',
  None, 'table 8')
Y(S, 'fr', "pour un certificat de scolarité je dois passer par mon tuteur pro ?", 'Non',
  None, 'table 9: secrétariat pédagogique directly')
Y(H, 'fr', "La DIRECCTE citée dans le guide existe toujours sous ce nom ?", 'Non',
  [['DREETS', 'DDETS']], 'LEGAL-UPDATES: renamed 2021-04-01')
Y(S, 'fr', "le mail du secrétariat du M2 c'est feg-miage-marseille@univ-amu.fr ?", 'Oui',
  None, 'table 10')
Y(H, 'en', "Is Philippe Ramadour Andreoletti still the person to contact as director for 2026/2027?", 'No',
  [DIR], 'M2 sheet §5.2')
Y(T, 'fr', "Pour une question pédagogique, en tant que tuteur pro je m'adresse au responsable de l'alternance ?", 'Oui',
  None, 'table 8')
Y(S, 'fr', "le responsable du parcours ISIE c'est aussi le responsable de l'alternance ?", 'Oui',
  [['Caussanel']], 'M2 sheet §5.2')

# ============================================================ OTHER RNCP SHEETS
Y(S, 'fr', "le mastère spécialisé systèmes d'information industriels de l'Icam c'est à Strasbourg ?", 'Oui',
  None, 'RNCP 39580')
Y(S, 'fr', "le MS SI industriels de l'Icam impose une immersion pro d'au moins 17 semaines ?", 'Oui',
  None, 'RNCP 39580')
Y(S, 'fr', "la certif RNCP 39580 de l'Icam a 6 blocs ?", 'Non',
  [['4', 'quatre', 'four']], 'RNCP 39580: 4 blocks')
Y(H, 'fr', "La fiche RNCP 35284 (Ionis-STM) est enregistrée jusqu'en 2027 ?", 'Non',
  [D('2026-02-10')], 'RNCP 35284: échéance 10-02-2026')
Y(S, 'fr', "le titre expert en management des SI (RNCP 35284) est accessible en contrat d'apprentissage ?", 'Oui',
  None, 'RNCP 35284 table')
Y(S, 'fr', "le titre RNCP 35284 est accessible par candidature individuelle ?", 'Non',
  None, 'RNCP 35284 table')
Y(S, 'fr', "pour l'ingé info de Polytech Montpellier (RNCP 42008), un apprenti doit faire 9 semaines à l'international ?", 'Oui',
  None, 'RNCP 42008')
Y(S, 'fr', "polytech montpellier info : 16 semaines à l'étranger aussi pour les apprentis ?", 'Non',
  [['9']], 'RNCP 42008: 9 weeks apprentice / 16 student')
Y(H, 'fr', "La fiche RNCP 42008 est enregistrée jusqu'au 31 août 2031 ?", 'Oui',
  None, 'RNCP 42008')
Y(S, 'fr', "MS Icam : les blocs validés restent acquis à vie ?", 'Oui',
  None, 'RNCP 39580')
Y(S, 'fr', "la fiche RNCP 42008 c'est un diplôme de la MIAGE d'Aix-Marseille ?", 'Non',
  [['Polytech', 'Montpellier']], 'RNCP 42008: Polytech Montpellier')
Y(S, 'en', "Is the Icam specialised master in industrial information systems a level 7 qualification?", 'Yes',
  None, 'RNCP 39580')
Y(S, 'en', "Does the Ionis-STM title (RNCP 35284) have 4 skill blocks?", 'No',
  [['6', 'six']], 'RNCP 35284: 6 blocks')
Y(H, 'fr', "Pour le MS de l'Icam, les dérogations à l'entrée sont plafonnées à 40 % de la promo ?", 'Oui',
  None, 'RNCP 39580 (60% in a specific context)')

# ============================================================ JOURS FÉRIÉS / OUVRABLES
Y(H, 'fr', "Le samedi compte comme un jour ouvrable pour les délais ?", 'Oui',
  None, 'LEGAL-UPDATES: jours ouvrables Monday-Saturday')
Y(H, 'fr', "« 48 h ouvrées » ça correspond à 2 jours ouvrés ?", 'Oui',
  None, 'LEGAL-UPDATES')


def build(path='questions-yn.yaml'):
    items = list(ITEMS)
    rng().shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        d = {'id': f'y{n:03d}', 'q': it['q'], 'as': it['role'], 'now': NOW}
        if it['ea']:
            d['expectAny'] = it['ea']
        d['startsWith'] = it['start']
        c = f"src: {it['src']}" if it['src'] else None
        if it['note']:
            c = (c + '\n' if c else '') + 'reading: ' + it['note']
        out.append((d, c))
    write_yaml(path, out)
    return out


if __name__ == '__main__':
    print(len(build()), 'yes/no items written')
