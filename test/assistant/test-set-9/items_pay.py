"""Pay: apprentices (table 6), professionalisation (table 7), SMIC, net pay and tax,
internship gratification. All amounts come from calc.py (SMIC of LEGAL-UPDATES)."""
from datetime import date

from lib import Q, amt, money, dfr, SMIC_H_NOW, SMIC_M_NOW, TODAY
import calc

MARCH_2026 = date(2026, 3, 1)

# sanity checks of the age bands used below (birth dates given in the questions)
assert calc.app_rate('M2', date(2004, 3, 3), TODAY) == 61
assert calc.app_rate('M1', date(2005, 11, 12), TODAY) == 43
assert calc.app_rate('M1', date(2005, 11, 12), date(2026, 12, 1)) == 53
assert calc.app_rate('M2', date(2000, 11, 30), TODAY) == 61
assert calc.app_rate('M2', date(2000, 11, 30), date(2026, 12, 1)) == 100
assert calc.app_rate('M2', date(2005, 11, 1), TODAY) == 51
assert calc.app_rate('M1', date(2005, 10, 15), TODAY) == 53
assert calc.app_rate('M2', date(2001, 2, 2), TODAY) == 61
assert calc.cpro_rate(date(2006, 6, 20), TODAY) == 65
assert calc.cpro_rate(date(2005, 12, 5), date(2026, 12, 31)) == 65
assert calc.cpro_rate(date(2005, 12, 5), date(2027, 1, 1)) == 80

DEC1 = ['01/12/2026', '1/12/2026', '1er decembre', '1 decembre', '01/12', 'December 1', '1 December']
JAN1_2027 = ['01/01/2027', '1/01/2027', '1er janvier', '1 janvier', '01/01']

ITEMS = [
    # ---- apprentices: year x age (table 6) ----
    Q("jsuis en M1 en apprentissage g 22 ans, c combien mon salaire brut mini ?", 'student',
      expect=['53%'], any=[amt(53)], topic='pay-app'),
    Q("M2 apprenti 23 ans je touche combien minimum par mois", 'student',
      expect=['61%'], any=[amt(61)], topic='pay-app'),
    Q("L3I en apprentissage, j'ai vingt ans, je vais gagner cb par mois ?", 'student',
      expect=['67%'], any=[amt(67)], topic='pay-app'),
    Q("né le 3 mars 2004, je suis en M2 en apprentissage, c koi mon salaire ?", 'student',
      expect=['61%'], any=[amt(61)], topic='pay-app'),
    Q("née le 12 novembre 2005, apprentie en M1 : je touche combien en novembre et combien en décembre ?", 'student',
      expect=['43%', '53%'], any=[amt(43), amt(53)], topic='pay-app'),
    Q("On recrute une apprentie en M2 qui a 19 ans, quel salaire minimum on doit lui verser ?", 'hr',
      expect=['51%'], any=[amt(51)], topic='pay-app'),
    Q("Apprenti en L3 info parcours MIAGE, 24 ans : rémunération plancher brute svp", 'hr',
      expect=['78%'], any=[amt(78)], topic='pay-app'),
    Q("apprenti en M2, j'ai 28 ans, je suis payé combien au minimum ?", 'student',
      any=[SMIC_M_NOW], topic='pay-app'),
    Q("I'm an M1 apprentice, 23 years old. What's my minimum gross monthly salary?", 'student',
      expect=['53%'], any=[amt(53)], topic='pay-app', en=True),
    Q("on a un apprenti mineur, 17 ans, en L3I : c quel pourcentage du smic ?", 'tutor',
      expect=['55%'], topic='pay-app'),
    Q("M1 en alternance apprentissage, j'ai dix-neuf ans, ca fait combien brut ?", 'student',
      expect=['43%'], any=[amt(43)], topic='pay-app'),
    Q("jsuis en M2 g 20 ans en apprentissage, c cb le salaire ?", 'student',
      expect=['51%'], any=[amt(51)], topic='pay-app'),
    Q("né le 30 novembre 2000, apprenti en M2 : c quoi mon taux ce mois-ci et il change quand ?", 'student',
      expect=['61%', '100%'], any=[DEC1], topic='pay-app'),
    Q("né le 1er novembre 2005, M2 en apprentissage : est-ce que je suis déjà passé au taux des 21 ans ?", 'student',
      sw='Non', any=[DEC1], topic='pay-app'),
    Q("née le 15 octobre 2005, M1 apprentie, g droit à combien maintenant ?", 'student',
      expect=['53%'], any=[amt(53)], topic='pay-app'),
    Q("Our M2 apprentice was born on 2 February 2001. What is the minimum monthly salary this month?", 'hr',
      expect=['61%'], any=[amt(61)], topic='pay-app', en=True),
    Q("j'étais en M1 l'an dernier et je suis passé en M2 dans le même contrat d'apprentissage, j'ai 22 ans, mon salaire augmente ?", 'student',
      sw='Oui', expect=['61%'], topic='pay-app'),
    Q("en L3I j'étais apprenti à 78%, en M1 avec un nouveau contrat je vais retomber à 53% ?", 'student',
      sw='Non', expect=['78%'], topic='pay-app'),
    Q("apprenti en situation de handicap, 4e année de contrat, j'ai 23 ans : c quoi mon taux ?", 'student',
      expect=['93%'], topic='pay-app'),
    Q("la majoration de 15% pour un apprenti, c'est +15 points ou +15% du taux ?", 'hr',
      expect=['point'], topic='pay-app'),
    Q("Notre nouvelle apprentie entre directement en M2 (contrat d'un an), elle a 23 ans : on la paie au taux de 1re année ?", 'hr',
      sw='Non', expect=['61%'], topic='pay-app'),
    Q("mon contrat d'apprentissage de M2 est prolongé après un échec à l'exam, j'ai 24 ans, je suis payé à quel taux pendant la prolongation ?", 'student',
      expect=['61%'], topic='pay-app'),
    Q("notre apprenti est logé chez nous, on peut retenir combien au max sur son salaire ?", 'hr',
      expect=['75%'], topic='pay-app'),
    Q("apprentie mineure qui habite chez ses parents, on a une obligation particulière pour verser le salaire ?", 'hr',
      any=[['quart', '25%', '1/4']], topic='pay-app'),
    Q("les heures de cours elles comptent comme du temps de travail pour un apprenti ?", 'student',
      sw='Oui', topic='pay-app'),
    Q("j'ai 22 ans, j'étais apprenti en M1 en mars 2026, j'aurais dû toucher combien ce mois-là ?", 'student',
      expect=['53%'], any=[amt(53, MARCH_2026)], topic='pay-app'),
    Q("c normal que ma paie d'apprenti ait augmenté en juin 2026 alors que j'ai pas changé d'année ni d'âge ?", 'student',
      sw='Oui', any=[SMIC_H_NOW], topic='pay-app'),
    Q("apprenti de 27 ans en M1, on le paie 53% c'est bon ?", 'hr',
      sw='Non', expect=['100%'], topic='pay-app'),
    Q("I'm 20 and doing the L3I as an apprentice, how much will I get per month?", 'student',
      expect=['67%'], any=[amt(67)], topic='pay-app', en=True),
    Q("mon apprenti en M2 a 25 ans, il doit toucher au moins combien ?", 'tutor',
      expect=['61%'], any=[amt(61)], topic='pay-app'),
    Q("Pour un apprenti de plus de 21 ans, la base c'est le SMIC ou le minimum de la convention collective ?", 'hr',
      any=[['SMC', 'plus eleve', 'plus haut', 'higher']], topic='pay-app'),

    # ---- professionalisation contracts (table 7 + LEGAL-UPDATES) ----
    Q("contrat pro en M2, 24 ans, salaire mini ?", 'student',
      expect=['80%'], any=[amt(80)], topic='pay-cpro'),
    Q("contrat de professionnalisation en L3I, j'ai 20 ans, combien par mois ?", 'student',
      expect=['65%'], any=[amt(65)], topic='pay-cpro'),
    Q("contrat de professionnalisation, alternant de 31 ans en M1 : le minimum c'est quoi ?", 'hr',
      expect=['85%'], any=[SMIC_M_NOW], topic='pay-cpro'),
    Q("en contrat pro est-ce que le taux augmente quand on passe de M1 à M2 ?", 'student',
      sw='Non', topic='pay-cpro'),
    Q("on nous parle de 55% du smic pour un contrat pro de 19 ans, c'est ça pour un étudiant de la MIAGE ?", 'hr',
      sw='Non', expect=['65%'], topic='pay-cpro'),
    Q("Professionalisation contract, 23-year-old M2 student: what's the minimum monthly pay?", 'hr',
      expect=['80%'], any=[amt(80)], topic='pay-cpro', en=True),
    Q("né le 20 juin 2006, contrat pro en L3I, mon salaire ce serait combien ?", 'student',
      expect=['65%'], any=[amt(65)], topic='pay-cpro'),
    Q("mon alternant en contrat pro va avoir 21 ans le 5 décembre, son salaire change à partir de quand ?", 'tutor',
      expect=['80%'], any=[JAN1_2027], topic='pay-cpro'),

    # ---- SMIC ----
    Q("c combien le smic horaire la ?", 'student', any=[SMIC_H_NOW], topic='smic'),
    Q("smic mensuel brut en vigueur aujourd'hui pour 35h ?", 'hr', any=[SMIC_M_NOW], topic='smic'),
    Q("le smic c'était combien en février 2026 ?", 'student',
      any=[['12,02', '12.02'], money('1823.03')], topic='smic'),
    Q("What's the minimum wage (SMIC) right now, hourly and monthly?", 'student',
      any=[SMIC_H_NOW, SMIC_M_NOW], topic='smic', en=True),
    Q("le smic a bougé au 1er juin 2026 ?", 'hr', sw='Oui', any=[SMIC_H_NOW], topic='smic'),
    Q("il y a eu une hausse du smic au 1er janvier 2025 ?", 'hr', sw='Non', topic='smic'),

    # ---- net pay, tax, family allowances ----
    Q("mon contrat d'apprentissage a été signé en août 2025, mon net c'est pareil que mon brut ?", 'student',
      sw='Non', expect=['50%'], topic='net'),
    Q("contrat d'apprentissage signé en février 2025, je suis à 61% du smic : j'ai des cotisations salariales ?", 'student',
      sw='Non', expect=['79%'], topic='net'),
    Q("on doit prélever CSG/CRDS sur notre apprentie dont le contrat a été signé en septembre 2025 ?", 'hr',
      sw='Oui', expect=['50%'], topic='net'),
    Q("pour savoir quelle règle de cotisations s'applique à un apprenti, c'est la date de signature ou la date de début du contrat qui compte ?", 'hr',
      expect=['signature'], topic='net'),
    Q("mon salaire d'apprenti je dois le déclarer aux impôts ?", 'student',
      expect=['SMIC'], any=[['exoner', 'exempt']], topic='net'),
    Q("mes parents vont perdre les allocs familiales si je deviens apprenti ?", 'student',
      expect=['55%'], topic='net'),
    Q("As an apprentice whose contract was signed in September 2025, is my net pay equal to my gross pay?", 'student',
      sw='No', expect=['50%'], topic='net', en=True),
    Q("le seuil des 50% du smic pour les cotisations des apprentis, ça fait combien par mois en ce moment ?", 'hr',
      any=[money('933.51')], topic='net'),

    # ---- internship gratification ----
    Q("stage en alternance, c combien la gratification minimum en 2026 ?", 'student',
      any=[['4,5', '4.5']], topic='gratification'),
    Q("le guide dit 4,35€ de l'heure pour la gratif, c'est toujours ça ?", 'student',
      sw='Non', any=[['4,5', '4.5']], topic='gratification'),
    Q("stagiaire alternant chez nous 7h par jour, 20 jours ouvrés ce mois-ci : gratification minimale ?", 'hr',
      any=[['630']], topic='gratification'),
    Q("mon stage dure 2 mois pile, ils sont obligés de me payer ?", 'student',
      sw='Non', any=[['44', '308']], topic='gratification'),
    Q("stage en alternance de 6 mois avec 50% du temps en formation : la gratification est obligatoire ?", 'hr',
      sw='Oui', topic='gratification'),
    Q("What's the minimum hourly internship stipend in 2026?", 'student',
      any=[['4.5', '4,5']], topic='gratification', en=True),
    Q("la gratification minimale c'est quel pourcentage du plafond horaire de la sécu ?", 'hr',
      expect=['15%'], topic='gratification'),
    Q("si mon stage dépasse les 2 mois, la gratif est due dès le premier mois ?", 'student',
      sw='Oui', topic='gratification'),
]
