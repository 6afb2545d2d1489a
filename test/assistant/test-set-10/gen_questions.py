# testset14 — independent test set, written from the seeds alone.
"""Builds questions-a.yaml (q001-q150) and questions-b.yaml (q151-q300).

Every figure is computed here from LEGAL-UPDATES (SMIC table) and the guide's tables 6/7
with Decimal and half-up rounding; both the monthly-SMIC route and the hourly route are accepted
when they differ by a cent.  Order is shuffled with a fixed seed (SEED = 14).
"""
import random
from datetime import date

import yaml

from common import (HEADER, dump, NOW, NOW_DATE, SEED, add_ouvrables, add_ouvres, app_rate, band_start, cpro_rate,
                    date_group, item, money, money_group, ordered, pay_group, pct)

S, H, T = 'student', 'hr', 'tutor'

# ------------------------------------------------------------------ reusable groups
CAUS = ['Caussanel']
THUI = ['Thuillier']
D10 = ['10 jours', 'dix jours', '10 working', 'ten working', '10 business', 'ten business', '10 days', 'ten days']
FORMASUP = ['FORMASUP', 'EPURE']
CPRO_W = ['professionnalisation', 'professionalisation', 'professionalization', 'CPRO', 'contrat pro']
MAIL_CAUS = ['jean.caussanel@univ-amu.fr']
MAIL_MRS = ['feg-miage-marseille@univ-amu.fr']
MAIL_AIX = ['feg-miage-aix@univ-amu.fr']
ILOT = ['ilot du bois', 'ilot bernard du bois', 'Bourdet']
MON = ['lundi', 'monday']
TUE = ['mardi', 'tuesday']
WED = ['mercredi', 'wednesday']
THU = ['jeudi', 'thursday']
FRI = ['vendredi', 'friday']
SAT = ['samedi', 'saturday']
JAN = ['janvier', 'january']
FEB = ['février', 'february']
APR = ['avril', 'april']


def dg(y, m, d, yearless=True):
    return date_group(date(y, m, d), yearless)


def build():
    Q = []
    add = Q.append

    # ============================================================ PAY — apprenticeship
    b = date(2004, 3, 3)
    assert app_rate(b, 2) == 61
    add(item("slt, jsuis ne le 3 mars 2004, M2 en apprentissage, g le droit a combien brut par mois mini ?", S,
             any_=[pct(61), pay_group(61)], topic='pay-app'))
    b = date(2005, 8, 14)
    assert app_rate(b, 1) == 53
    add(item("née le 14/08/2005, je suis en M1 miage en apprentissage, ça fait combien mon salaire minimum ?", S,
             any_=[pct(53), pay_group(53)], topic='pay-app'))
    b = date(2005, 11, 10)
    assert app_rate(b, 2) == 51 and band_start(b, 21) == date(2026, 12, 1)
    add(item("g eu 21 ans le 10 novembre, M2 apprenti. ce mois ci je dois toucher combien au minimum ?", S,
             any_=[pct(51), pay_group(51)], topic='pay-app'))
    add(item("j'ai fêté mes 21 ans le 10/11, je suis apprenti en M2 : à partir de quelle date je passe au taux des 21-25 ans ?", S,
             any_=[dg(2026, 12, 1)], topic='pay-app'))
    b = date(2005, 12, 1)
    assert app_rate(b, 1) == 43 and band_start(b, 21) == date(2027, 1, 1)
    add(item("je suis né le 1er décembre 2005 et je suis en M1 en apprentissage, quand est ce que mon salaire passe a 53% ?", S,
             any_=[dg(2027, 1, 1)], topic='pay-app'))
    b = date(2007, 2, 2)
    assert app_rate(b, 3) == 67
    add(item("L3I en alternance (apprentissage), né le 2 fevrier 2007, c koi le mini legal de mon salaire ?", S,
             any_=[pct(67), pay_group(67)], topic='pay-app'))
    b = date(2008, 12, 20)
    assert app_rate(b, 3) == 55
    add(item("jai dix-sept ans (né le 20/12/2008), je rentre en L3I en apprentissage, je serai payé combien ce mois-ci ?", S,
             any_=[pct(55), pay_group(55)], topic='pay-app'))
    b = date(2000, 7, 15)
    assert app_rate(b, 2) == 100
    add(item("apprenti en M2, né le 15 juillet 2000. Mon salaire mini c'est quoi maintenant ?", S,
             any_=[pay_group(100)], topic='pay-app'))
    b = date(2001, 5, 5)
    assert app_rate(b, 1) == 53
    add(item("Notre apprenti de M1 est né le 5 mai 2001, nous n'avons pas de minimum conventionnel : quel salaire brut minimum ?", H,
             any_=[pct(53), pay_group(53)], topic='pay-app'))
    b = date(2006, 2, 28)
    assert app_rate(b, 2) == 51 and band_start(b, 21) == date(2027, 3, 1)
    add(item("Apprentie en M2 née le 28/02/2006 : quel est son taux de rémunération actuel et quand change-t-il ?", T,
             any_=[pct(51), dg(2027, 3, 1)], topic='pay-app'))
    add(item("I'm 22 and doing my M2 as an apprentice. What's the minimum gross monthly pay right now?", S, 'en',
             any_=[pay_group(61)], topic='pay-app'))
    add(item("How much minimum should we pay an M1 apprentice aged 19?", H, 'en',
             any_=[pct(43), pay_group(43)], topic='pay-app'))
    add(item("mon alternant en L3I (apprentissage) a 22 ans, le minimum brut c'est combien ?", T,
             any_=[pct(78), pay_group(78)], topic='pay-app'))
    add(item("apprenti M2 de vingt ans, quel pourcentage du smic au minimum ?", T,
             any_=[pct(51)], topic='pay-app'))
    add(item("mon patron me paie 1000 € brut, je suis en M1 en apprentissage, j'ai 22 ans, pas de convention collective. c'est légal ?", S,
             sw='Oui', any_=[pay_group(53)], topic='pay-app'))
    add(item("jsuis apprenti en M2, j'ai 20 ans et je touche 900 euros brut, c normal ?", S,
             sw='Non', any_=[pay_group(51)], topic='pay-app'))
    add(item("apprenti M1, vingt sept ans, ma boite me paie 1500€ brut, c ok ?", S,
             sw='Non', any_=[pay_group(100)], topic='pay-app'))
    add(item("I'm an M2 apprentice, 24 years old, my company pays me 1,200 euros gross with no branch agreement. Is that legal?", S, 'en',
             sw='Yes', topic='pay-app'))
    add(item("On paie notre apprentie de L3I (22 ans) 1 300 € brut, est-ce suffisant ?", T,
             sw='Non', any_=[pct(78)], topic='pay-app'))
    add(item("Notre apprenti de M2 a 23 ans et notre convention prévoit un minimum conventionnel (SMC) de 2 200 € : combien au minimum ?", H,
             any_=[money_group('1342')], topic='pay-app'))
    add(item("en février 2027 je serai payé combien ? je suis en M2 apprenti, j'ai 23 ans", S,
             any_=[pct(61)], topic='pay-app'))
    add(item("en mars 2026 j'étais en M1 apprenti, 22 ans. j'aurais du toucher combien brut ?", S,
             any_=[pay_group(53, date(2026, 3, 1))], topic='pay-app'))
    add(item("En décembre 2025, combien devait toucher au minimum un apprenti de M2 âgé de 23 ans ?", H,
             any_=[pay_group(61, date(2025, 12, 1))], topic='pay-app'))
    add(item("la majoration de 15% pour un apprenti qui est à 53%, ça donne 60,95% ou 68% ?", S,
             any_=[pct(68)], topic='pay-app'))
    add(item("apprenti handicapé qui fait une 4e année, 23 ans, il touche quel pourcentage ?", T,
             any_=[pct(93)], topic='pay-app'))
    add(item("j'etais apprenti en L3I a 78% et pour le M1 la boite me propose 53%, ils ont le droit ?", S,
             sw='Non', any_=[pct(78)], topic='pay-app'))
    add(item("je redouble mon M2 et mon contrat est prolongé, mon salaire augmente de 15% ?", S,
             sw='Non', topic='pay-app'))
    add(item("je suis en L3I, dans la grille des apprentis je compte comme quelle année ?", S,
             any_=[['3e', '3ème', '3eme', 'troisième', 'troisieme', 'third', '3rd']], topic='pay-app'))
    add(item("J'étais pas alternant en M1, là je suis apprenti en M2 : je suis payé au taux de 1re année ?", S,
             sw='Non', any_=[['2e', '2ème', '2eme', 'deuxième', 'deuxieme', 'second', '2nd']], topic='pay-app'))
    add(item("je suis en M2 cette année avec un contrat de deux ans signé pour le master 2025/2027 : mon salaire passe au taux M2 à quelle date ?", S,
             any_=[dg(2026, 9, 3) + dg(2026, 10, 1)], topic='pay-app'))
    add(item("Un alternant de master, on le classe cadre ou technicien pour appliquer notre grille ?", T,
             any_=[['cadre']], topic='pay-app'))
    add(item("les heures de cours de mon apprenti comptent dans son temps de travail payé ?", T,
             sw='Oui', topic='pay-app'))
    add(item("mon employeur me loge, il peut me retirer combien max sur mon salaire d'apprenti ?", S,
             any_=[pct(75)], topic='pay-app'))
    add(item("Apprenti de 26 ans (anniversaire en mars) en M1 : le taux de 53 % s'applique ?", H,
             sw='Non', any_=[['100%', '100 %', 'SMIC']], topic='pay-app'))

    # ============================================================ PAY — professionalisation
    add(item("M2 en contrat pro, né le 12/04/2003, c'est combien le mini ?", S,
             any_=[pct(80), pay_group(80)], topic='pay-cpro'))
    add(item("jsuis en contrat de professionnalisation en M1, j'ai 20 ans, salaire minimum ?", S,
             any_=[pct(65), pay_group(65)], topic='pay-cpro'))
    add(item("Salarié en contrat de professionnalisation de 34 ans en M2 : quel minimum de rémunération ?", H,
             any_=[pay_group(100)], topic='pay-cpro'))
    add(item("contrat pro, 23 ans, on me donne 1400 brut. c'est bon ?", S,
             sw='Non', any_=[pay_group(80)], topic='pay-cpro'))
    add(item("On embauche en contrat pro un M2 de 28 ans, notre SMC est de 2 400 €. Quel salaire minimum ?", H,
             any_=[money_group('2040')], topic='pay-cpro'))
    add(item("Our professionalisation-contract student is 22, in L3I. Minimum percentage of the SMIC?", H, 'en',
             any_=[pct(80)], topic='pay-cpro'))
    add(item("en contrat pro le taux de 55% s'applique aux etudiants miage de moins de 21 ans ?", S,
             sw='Non', any_=[pct(65)], topic='pay-cpro'))
    add(item("mon alternant en contrat pro aura 21 ans le 2 décembre, il passe à 80% quand ?", T,
             any_=[dg(2027, 1, 1)], topic='pay-cpro'))

    # ============================================================ SMIC / net / tax / family
    add(item("c'est combien le smic mensuel brut en ce moment ?", S,
             any_=[money_group('1867.02')], topic='smic'))
    add(item("What's the current hourly SMIC used to compute apprentice pay?", H, 'en',
             any_=[['12,31', '12.31']], topic='smic'))
    add(item("pour calculer le salaire on prend 151,67 h par mois, c'est exact ?", H,
             sw='Non', topic='smic'))
    add(item("mon contrat d'apprentissage a été signé en août 2026 et je suis payé 61% du smic, mon net est égal à mon brut ?", S,
             sw='Non', any_=[pct(50)], topic='net'))
    add(item("Pour une apprentie dont le contrat a été signé le 10 février 2025 et payée 53 % du SMIC, le net est-il égal au brut ?", H,
             sw='Oui', topic='net'))
    add(item("pour les cotisations de l'apprenti, c'est la date de signature ou la date de début du contrat qui compte ?", H,
             any_=[['signature', 'signé', 'signed']], topic='net'))
    add(item("à partir de combien de brut un apprenti (contrat signé en 2026) paie la CSG/CRDS ?", S,
             any_=[pay_group(50)], topic='net'))
    add(item("Is my apprentice net pay the same as my gross pay? I earn 53% of the SMIC and my contract was signed in September 2026.", S, 'en',
             sw='No', topic='net'))
    add(item("mon salaire d'apprenti en M2 (61%) est imposable ?", S,
             sw='Non', any_=[['SMIC']], topic='tax'))
    add(item("mes parents vont perdre les alloc ? je suis apprentie en M1 payée 53% du smic", S,
             sw='Non', any_=[pct(55)], topic='family'))

    # ============================================================ internship gratification
    add(item("stage en alternance : c'est combien de l'heure la gratification minimum ?", S,
             any_=[['4,50', '4.50', '4,5 €', '4,5€', '4.5 €', '4.5€']], topic='gratif'))
    add(item("on verse 4,35 € de l'heure à notre stagiaire alternant, c'est toujours le bon minimum ?", H,
             sw='Non', any_=[['4,50', '4.50', '4,5 €', '4,5€', '4.5 €', '4.5€']], topic='gratif'))
    add(item("Gratification mini pour un stagiaire alternant à 7h par jour avec 12 jours ouvrés chez nous en décembre ?", H,
             any_=[money_group('378')], topic='gratif'))
    add(item("stage en alternance de 6 mois, 2 jours par semaine chez nous : on est obligé de le gratifier ?", T,
             sw='Oui', topic='gratif'))
    add(item("Once the gratification is owed, is it due from the first month of the internship?", H, 'en',
             sw='Yes', topic='gratif'))
    add(item("c'est quoi la formule pour calculer la gratification mensuelle d'un stagiaire alternant ?", T,
             any_=[['jours ouvrés', 'jours ouvres', 'working days', 'worked days', 'jours travaillés', 'jours travailles']], topic='gratif'))

    # ============================================================ contract dates
    add(item("je suis en M2 cette année en apprentissage, mon contrat peut commencer le 15/12 ?", S,
             sw='Non', any_=[dg(2026, 12, 3)], topic='dates'))
    add(item("Contrat pro d'un M2 cette année : date de fin au plus tard ?", H,
             any_=[dg(2027, 11, 3)], topic='dates'))
    add(item("mon contrat d'apprentissage de M2 peut s'arrêter le 31 juillet 2027 ?", S,
             sw='Non', any_=[dg(2027, 9, 3)], topic='dates'))
    add(item("Can my M2 apprenticeship contract end on 30 September 2027?", S, 'en',
             sw='Yes', topic='dates'))
    add(item("stage en alternance en M2 cette année : la convention peut aller jusqu'au 15 septembre 2027 ?", S,
             sw='Non', any_=[dg(2027, 9, 3)], topic='dates'))
    add(item("combien de temps avant la rentrée un contrat d'apprentissage peut démarrer ?", S,
             any_=[['3 mois', 'trois mois', '3 months', 'three months']], topic='dates'))
    add(item("un stage en alternance ça dure combien de temps ?", S,
             any_=[['6 mois', 'six mois', '6 months', 'six months']], topic='dates'))
    add(item("si je rentre en M1 en apprentissage, mon contrat dure combien ?", S,
             any_=[['2 ans', 'deux ans', '2 years', 'two years']], topic='dates'))
    add(item("le M1 2025/2026 s'est terminé officiellement quand ?", S,
             any_=[dg(2026, 9, 2)], topic='dates'))
    add(item("la rentrée officielle du M2 2026/2027 c'était quel jour ?", S,
             any_=[dg(2026, 9, 3)], topic='dates'))
    add(item("le contrat peut commencer le lendemain de la validation de la mission ?", T,
             sw='Non', any_=[['1 semaine', 'une semaine', '1 week', 'one week', '7 jours', 'sept jours']], topic='dates'))
    add(item("Could our M2 apprentice's contract for this academic year have started on 1 June 2026?", H, 'en',
             sw='No', any_=[dg(2026, 6, 3)], topic='dates'))
    add(item("contrat pro en M2 cette année, il pouvait démarrer le 1er juillet 2026 ?", H,
             sw='Non', any_=[dg(2026, 7, 3)], topic='dates'))
    add(item("stage en alternance M2 2026/2027, la convention pouvait débuter le 1er septembre 2026 ?", S,
             sw='Non', any_=[dg(2026, 9, 3)], topic='dates'))
    add(item("la date de fin du contrat (DFC) est incluse dans le contrat ?", H,
             sw='Oui', topic='dates'))
    add(item("la regle des 3 mois avant/apres la rentree pour l'apprentissage, ça vient de quel article du code du travail ?", H,
             any_=[['L6222-12']], topic='dates'))
    add(item("la fin de contrat au plus tard DFF + 2 mois, c'est un article du Code du travail ?", H,
             sw='Non', topic='dates'))
    add(item("La fenêtre DDF - 2 mois pour démarrer un contrat de professionnalisation, c'est imposé par la loi ?", H,
             sw='Non', topic='dates'))
    add(item("la miage refuse les contrats pro qui démarrent après la rentrée ?", H,
             sw='Non', topic='dates'))
    add(item("pour la L3I 2025/2026 en apprentissage, le contrat devait démarrer entre quelles dates ?", S,
             any_=[dg(2025, 6, 1, False), dg(2025, 12, 1, False)],
             topic='dates'))
    add(item("For an M2 apprenticeship this year, what's the latest possible end date of the contract?", S, 'en',
             any_=[dg(2027, 11, 3)], topic='dates'))

    # ============================================================ mission validation
    add(item("la validation de mission ça prend combien de temps ?", S,
             any_=[D10], topic='validation'))
    add(item("je l'envoie à qui ma fiche de validation de mission ?", S,
             expect=CAUS, topic='validation'))
    add(item("c'est où le formulaire pour faire valider sa mission en alternance ?", S,
             expect=['miage-aix-marseille.fr/alternance'], topic='validation'))
    add(item("le mot de passe du formulaire de validation, je le trouve où ?", S,
             any_=[CAUS + ['responsable', 'coordinator', 'manager']], topic='validation'))
    add(item("g une mission validée mais jai trouvé une meilleure boite, je peux faire valider l'autre ?", S,
             sw='Non', topic='validation'))
    add(item("j'ai trouvé mon alternance tout seul mais l'offre était aussi dans celles diffusées par la miage, je dois quand même mettre la référence ?", S,
             sw='Oui', topic='validation'))
    add(item("pour la rentrée 2025 on pouvait demander la validation de mission à partir de quand ?", S,
             any_=[['15 mai', '15 may', 'may 15']], topic='validation'))
    add(item("J'ai reçu un mail de la MIAGE qui me demande de confirmer les infos de la fiche de validation de notre futur alternant, je fais comment ?", T,
             any_=[['mail', 'mél', 'e-mail', 'email', 'courriel']], topic='validation'))
    add(item("la validation d'une mission engage aussi l'entreprise ?", H,
             sw='Oui', topic='validation'))
    add(item("How many working days before the start date should I send the mission validation form?", S, 'en',
             any_=[['10', 'ten']], topic='validation'))
    add(item("Qui signe côté université un contrat de professionnalisation pour un étudiant MIAGE ?", H,
             expect=['SFCA'], topic='validation'))
    add(item("je veux faire valider ma mission : c'est où et ça prend combien de temps ?", S,
             expect=['miage-aix-marseille.fr/alternance'], any_=[D10], topic='validation'))
    add(item("who confirms the information on the mission validation form on the company side?", H, 'en',
             any_=[['tutor', 'tuteur'], ['HR contact', 'human resources', 'contact RH', 'HR person', 'HR department', 'HR team', 'HR representative', 'HR manager', 'HR staff']], topic='validation'))

    # ============================================================ after validation / admin
    add(item("Une fois la mission validée, quelles démarches doit faire l'entreprise avant le début du contrat d'apprentissage ?", H,
             any_=[['URSSAF'], ['CACTUS']], topic='admin'))
    add(item("la convention de formation d'un apprenti, elle passe par quelle plateforme ?", H,
             expect=['CACTUS'], topic='admin'))
    add(item("contrat pro : la convention de formation on la fait en combien d'exemplaires et avec qui ?", H,
             expect=['SFCA'], any_=[['3 exemplaires', 'trois exemplaires', '3 originaux', 'trois originaux', '3 original', 'three original', '3 copies', 'three copies']], topic='admin'))
    add(item("la visite médicale est obligatoire pour un apprenti ?", S,
             sw='Oui', topic='admin'))
    add(item("je suis étudiant étranger en contrat pro, mission validée : quel papier je dois avoir et qui je contacte ?", S,
             any_=[['APT', 'autorisation provisoire'], ['SFCA']], topic='admin'))
    add(item("I'm an international student and my apprenticeship mission was just validated. Who should I contact first?", S, 'en',
             any_=[FORMASUP], topic='admin'))
    add(item("l'autorisation provisoire de travail doit être obtenue avant le début du contrat ?", H,
             sw='Oui', topic='admin'))
    add(item("la déclaration préalable à l'embauche d'un apprenti, on la fait auprès de quel organisme selon le guide ?", H,
             any_=[['DDETS']], topic='admin'))

    # ============================================================ absences
    add(item("jsuis malade demain, je fais quoi et je previens qui ?", S,
             expect=['48'], any_=[['employeur', 'entreprise', 'RH', 'boite', 'boîte', 'employer', 'company']], topic='absences'))
    add(item("c'est mon employeur qui doit transmettre mon arrêt maladie à la miage ?", S,
             sw='Oui', topic='absences'))
    add(item("On a reçu l'arrêt maladie de notre apprenti, on en fait quoi et dans quel délai ?", T,
             any_=[D10], topic='absences'))
    add(item("Notre apprentie est en M2 : à quelles adresses mail envoie-t-on son arrêt de travail ?", H,
             expect=MAIL_CAUS + MAIL_MRS, topic='absences'))
    add(item("I'm an apprentice: is a doctor's certificate enough to justify missing a class?", S, 'en',
             sw='No', any_=[['arrêt de travail', 'arret de travail', 'arrêt maladie', 'arret maladie', 'sick leave', 'sick note', 'work stoppage', 'sick-leave']], topic='absences'))
    add(item("je voudrais garder mon alternant le jeudi 17 décembre pour une mise en prod alors qu'il a cours, je dois faire quoi ?", T,
             any_=[D10, THUI + ['Direction']], topic='absences'))
    add(item("si l'entreprise transmet l'arrêt après le délai, il se passe quoi ?", S,
             any_=[['injustifi', 'unjustified', 'unexcused']], topic='absences'))
    add(item("je dois manquer les cours pour un enterrement, je demande à qui ?", S,
             expect=CAUS, topic='absences'))
    add(item("My apprentice is sick. How long do we have to forward the sick note to the MIAGE?", T, 'en',
             any_=[['10', 'ten']], topic='absences'))
    d = add_ouvres(date(2026, 11, 27), 2)
    assert d == date(2026, 12, 1)
    add(item("si mon arrêt est fait vendredi, j'ai jusqu'à quand pour l'envoyer à ma boîte ?", S,
             any_=[['mardi', 'tuesday'] + dg(2026, 12, 1)], topic='absences'))
    d = add_ouvrables(date(2026, 11, 30), 10)
    assert d == date(2026, 12, 11)
    add(item("l'arrêt de travail de notre alternant sera daté de lundi prochain (30 novembre) : date limite pour le transmettre à la MIAGE ?", H,
             any_=[dg(2026, 12, 11)], topic='absences'))
    d = add_ouvrables(date(2026, 12, 21), 10)
    assert d == date(2027, 1, 4)
    add(item("Arrêt maladie établi le lundi 21 décembre 2026 : jusqu'à quand l'entreprise peut-elle le transmettre à la formation ?", H,
             any_=[dg(2027, 1, 4)], topic='absences'))
    add(item("une absence injustifiée en cours, ça peut m'empêcher de passer un examen ?", S,
             sw='Oui', topic='absences'))
    add(item("c'est à mon alternant de demander lui-même une absence en formation pour raison pro ?", T,
             sw='Non', topic='absences'))

    # ============================================================ rhythm / calendar
    add(item("demain je dois aller en entreprise ? jsuis en M2", S,
             sw='Non', topic='rhythm'))
    add(item("lundi prochain je suis en cours ou en entreprise ? (M2)", S,
             any_=[['entreprise', 'company', 'boite', 'boîte', 'employeur']], topic='rhythm'))
    add(item("le guide dit qu'en M2 on est en entreprise mercredi jeudi vendredi, c'est bien ça ?", S,
             sw='Non', any_=[MON, TUE], topic='rhythm'))
    add(item("en M1 on a cours quels jours ?", S,
             any_=[MON, TUE, SAT], topic='rhythm'))
    add(item("Notre alternant est en L3I : quels jours est-il chez nous ?", H,
             any_=[MON, TUE], topic='rhythm'))
    add(item("Pendant les vacances universitaires, l'alternant est chez nous à temps plein ?", T,
             sw='Oui', topic='rhythm'))
    add(item("en M1 à partir de quand l'alternant est à temps plein en entreprise en fin d'année ?", T,
             any_=[APR], topic='rhythm'))
    add(item("en L3I la période de fin d'année à 100% en entreprise commence quand ?", T,
             any_=[['mai', 'may']], topic='rhythm'))
    add(item("le calendrier d'alternance et l'emploi du temps ADE disent pas pareil, lequel fait foi ?", S,
             any_=[['calendrier', 'calendar']], topic='rhythm'))
    add(item("j'ai une demi journée libre sur ADE mais marquée formation sur le calendrier, je dois retourner au taf ?", S,
             sw='Non', any_=[['révision', 'revision']], topic='rhythm'))
    add(item("Can I work from home during my work-study periods in the company?", S, 'en',
             any_=[pct(25)], topic='rhythm'))
    add(item("Are MIAGE classes online or in person, and is attendance compulsory?", S, 'en',
             any_=[['in person', 'in-person', 'on-site', 'on site', 'face-to-face', 'présentiel', 'presentiel']], topic='rhythm'))
    add(item("en M1 le début d'année c'est combien de semaines en formation à temps plein ?", T,
             any_=[['4 semaines', 'quatre semaines', '4 weeks', 'four weeks']], topic='rhythm'))
    add(item("les cours peuvent finir à quelle heure au plus tard en M2 ?", S,
             any_=[['20h', '20 h', '20:00', '8 pm', '8pm', '20h00']], topic='rhythm'))
    add(item("pendant les vacances de Noël je dois aller en entreprise ? je suis en M2 en apprentissage", S,
             sw='Oui', topic='rhythm'))
    add(item("en M2 je suis en cours quels jours et c'est où ?", S,
             any_=[THU, FRI, ['Marseille']], topic='rhythm'))
    add(item("Which weekdays is an M1 apprentice usually at the company?", T, 'en',
             any_=[WED, THU, FRI], topic='rhythm'))

    # ============================================================ hours
    add(item("c'est combien d'heures de formation le M1 ?", S,
             expect=['544'], topic='hours'))
    add(item("Pour remplir le contrat d'une alternante en L3I, quel volume horaire de formation indiquer ?", H,
             expect=['590'], topic='hours'))
    add(item("How many training hours does the M2 year have, for the contract paperwork?", H, 'en',
             expect=['512'], topic='hours'))
    add(item("les demi-journées de révision du calendrier sont facturées dans les heures de formation ?", H,
             sw='Non', topic='hours'))

    # ============================================================ sites
    add(item("le M2 c'est où exactement ?", S,
             any_=[ILOT], topic='sites'))
    add(item("en L3I alternance les cours sont à Aix ?", S,
             sw='Oui', any_=[['Forbin', 'Aix']], topic='sites'))
    add(item("Adresse postale du site où se déroule le M2 MIAGE ?", H,
             expect=['Bourdet'], any_=[['13001', '13 001']], topic='sites'))
    add(item("Where do M1 students take their classes?", S, 'en',
             expect=['Forbin'], any_=[ILOT], topic='sites'))

    # ============================================================ costs
    add(item("Combien coûte la L3I parcours MIAGE en apprentissage pour un contrat débutant en 2025/2026 ?", H,
             any_=[money_group('8116')], topic='costs'))
    add(item("Coût annuel du Master MIAGE en contrat pro pour un contrat démarré en 2025/2026 ?", H,
             any_=[money_group('8231')], topic='costs'))
    add(item("Who pays the tuition for an apprentice at the MIAGE?", H, 'en',
             expect=['OPCO'], topic='costs'))
    add(item("le reste à charge de la formation, c'est pour l'entreprise ?", H,
             sw='Oui', topic='costs'))
    add(item("combien coûte le master en apprentissage (contrat 2025/2026) et qui paie ?", H,
             expect=['OPCO'], any_=[money_group('8231')], topic='costs'))

    # ============================================================ statuses / contracts
    add(item("j'ai trente et un ans, je peux faire mon master en apprentissage ?", S,
             sw='Non', any_=[CPRO_W], topic='status'))
    add(item("j'ai bossé deux ans en CDI avant de reprendre mes études, je suis en FI ou FC ?", S,
             any_=[['FC', 'formation continue', 'continuing']], topic='status'))
    add(item("la L3 Gestion parcours MIAGE se fait en alternance ?", S,
             sw='Non', topic='status'))
    add(item("le M2 MIAGE se fait obligatoirement en alternance ?", S,
             sw='Oui', topic='status'))
    add(item("Notre entreprise ne signe que des contrats de professionnalisation, c'est accepté par la MIAGE ?", H,
             sw='Oui', topic='status'))
    add(item("c'est quoi CSTAGEALT ?", S,
             any_=[['stage en alternance', 'work-study internship', 'internship']], topic='status'))
    add(item("OPA ça veut dire quoi dans le guide ?", T,
             any_=[['accueil']], topic='status'))
    add(item("j'étais en M1 classique sans contrat, pour le M2 il me faut un nouveau contrat ?", S,
             sw='Oui', topic='status'))
    add(item("j'étais apprenti en M1 ici, je dois signer un nouveau contrat pour le M2 ?", S,
             sw='Non', topic='status'))
    add(item("un apprenti a les mêmes droits qu'un salarié classique dans l'entreprise ?", T,
             sw='Oui', topic='status'))
    add(item("Is the first year of the Master (M1) compulsorily done in work-study?", S, 'en',
             sw='No', topic='status'))
    add(item("I'm 33 and want to do the Master in work-study. Which contract should I sign?", S, 'en',
             any_=[CPRO_W], topic='status'))

    # ============================================================ tutors / visits / livret
    add(item("C'est quand en général la première visite du tuteur universitaire ?", T,
             any_=[JAN + FEB], topic='tutors'))
    add(item("la deuxième visite du tuteur univ pour un M2 c'est quand ?", T,
             any_=[APR + ['mai', 'may', 'juin', 'june']], topic='tutors'))
    add(item("jai pas encore de tuteur universitaire, c'est qui qui joue ce rôle en attendant ?", S,
             expect=CAUS, topic='tutors'))
    add(item("les tuteurs universitaires sont affectés quand ?", S,
             any_=[['octobre', 'october']], topic='tutors'))
    add(item("Can the academic tutor's visit be done by video call?", T, 'en',
             sw='Yes', topic='tutors'))
    add(item("la visite du tuteur universitaire doit se faire un jour où l'alternant est présent en entreprise ?", T,
             sw='Oui', topic='tutors'))
    add(item("on peut avoir deux tuteurs pro pour un même alternant ?", T,
             sw='Oui', topic='tutors'))
    add(item("On change le maître d'apprentissage de notre alternant : quel document et à qui l'envoyer ?", H,
             any_=[['avenant', 'amendment'], FORMASUP], topic='tutors'))
    add(item("What must the company tutor upload in the work-study booklet for each period?", T, 'en',
             any_=[['objectif', 'objective']], topic='tutors'))
    add(item("le livret d'alternance est découpé en combien de périodes ?", S,
             any_=[['3 périodes', 'trois périodes', '3 periods', 'three periods', '3 parties', 'trois parties']], topic='tutors'))
    add(item("la fiche commentaires du livret est obligatoire ?", T,
             sw='Non', topic='tutors'))
    add(item("j'ai un souci avec mon alternant, je contacte qui en premier ?", T,
             any_=[['tuteur universitaire', 'academic tutor', 'university tutor']], topic='tutors'))
    add(item("How many company visits does the academic tutor make each year?", T, 'en',
             any_=[['two', '2 visit', '2 company', 'twice', '2 on-site', '2 in-company']], topic='tutors'))
    add(item("Un changement de maître d'apprentissage doit faire l'objet d'un avenant au contrat ?", H,
             sw='Oui', topic='tutors'))

    # ============================================================ rupture
    add(item("je veux rompre mon contrat d'apprentissage, je fais comment ?", S,
             expect=['bordereau'], topic='rupture'))
    add(item("On veut rompre le contrat pro de notre alternant : on fait quoi et on envoie ça à qui ?", H,
             expect=['DDETS', 'OPCO'], topic='rupture'))
    add(item("After my apprenticeship contract is terminated, can I sign a professionalisation contract with another company to finish the year?", S, 'en',
             sw='No', topic='rupture'))
    add(item("après une rupture, mon nouveau contrat dans une autre boîte peut en théorie démarrer dès le lendemain ?", S,
             sw='Oui', topic='rupture'))
    add(item("Avant de rompre, la MIAGE peut faire une médiation avec notre alternant ?", T,
             sw='Oui', topic='rupture'))
    add(item("je suis en stage en alternance et je veux arrêter, je dois faire quoi ?", S,
             expect=['avenant'], topic='rupture'))
    add(item("Who do we contact to terminate an apprenticeship contract early?", H, 'en',
             expect=CAUS, topic='rupture'))
    add(item("sur le document de rupture il faut indiquer quelle date ?", H,
             any_=[['dernier jour', 'last day']], topic='rupture'))

    # ============================================================ revision leave
    add(item("apprenti en M1, j'ai droit à 5 jours de révision payés avant les exams ?", S,
             sw='Non', topic='revision'))
    add(item("en contrat pro j'ai droit à des jours pour réviser ?", S,
             sw='Oui', any_=[['non rémunéré', 'non remuneré', 'pas rémunéré', 'non payé', 'pas payé', 'unpaid', 'not paid', 'sans solde']], topic='revision'))
    add(item("On peut accorder des jours de révision à notre apprenti si on le souhaite ?", T,
             sw='Oui', topic='revision'))
    add(item("le congé pour examen de la loi Macron c'est combien de jours ?", S,
             expect=['60'], any_=[['5 jours', 'cinq jours', '5 working', 'five working', '5 days', 'five days']], topic='revision'))
    add(item("Do MIAGE apprentices get 5 paid revision days before exams?", S, 'en',
             sw='No', topic='revision'))

    # ============================================================ repeating a year
    add(item("je redouble mon M1 en apprentissage, mon contrat continue ?", S,
             sw='Non', any_=[['OPCO']], topic='redoublement'))
    add(item("si je redouble mon M2, mon contrat peut être prolongé ?", S,
             sw='Oui', topic='redoublement'))
    add(item("Notre alternant de L3I redouble : le contrat peut être prorogé chez nous ?", T,
             sw='Oui', topic='redoublement'))
    add(item("redoublement : volume d'heures de formation minimum pour signer un nouveau contrat d'apprentissage ?", H,
             any_=[pct(25), ['402']], topic='redoublement'))
    add(item("en redoublement, pour signer un nouveau contrat pro, combien d'heures de formation minimum faut-il ?", H,
             expect=['150'], topic='redoublement'))

    # ============================================================ contacts
    add(item("c'est qui le responsable alternance à la miage et son mail ?", S,
             expect=CAUS + MAIL_CAUS, topic='contacts'))
    add(item("mail du secrétariat pour les M1 à Aix ?", S,
             expect=MAIL_AIX, topic='contacts'))
    add(item("c'est qui la secrétaire des M2 ?", S,
             expect=['Salmi'], topic='contacts'))
    add(item("le secrétariat des stages c'est qui ?", S,
             expect=['Bresset'], topic='contacts'))
    add(item("c'est qui le directeur de la miage cette année ?", S,
             expect=THUI, topic='contacts'))
    add(item("What's the phone number of the SFCA?", H, 'en',
             any_=[['04.91.14.08.70', '0491140870', '04-91-14-08-70', '+33491140870', '+33 4 91 14 08 70']], topic='contacts'))
    add(item("comment contacter le CFA pour un contrat d'apprentissage ?", H,
             any_=[['cfa-epure.com', '04.91.14.04.50', '0491140450']], topic='contacts'))
    add(item("Le guide parle de la DIRECCTE, elle existe encore ?", H,
             sw='Non', any_=[['DREETS', 'DDETS']], topic='contacts'))
    add(item("qui est responsable pédagogique du parcours I2D en M2 ?", S,
             expect=['Chifu'], topic='contacts'))
    add(item("responsable pedagogique du parcours ISIE ?", S,
             expect=CAUS, topic='contacts'))
    add(item("Question administrative sur le contrat d'apprentissage déjà signé de notre alternant, on contacte qui ?", H,
             any_=[FORMASUP], topic='contacts'))
    add(item("il me faut un justificatif des dates d'examen de mon alternant de M2, je demande à qui ?", T,
             any_=[['Salmi', 'feg-miage-marseille']], topic='contacts'))
    add(item("je suis en M1 à Aix, je veux un certificat de scolarité, je demande à qui ?", S,
             any_=[['Bresset', 'feg-miage-aix']], topic='contacts'))
    add(item("je veux demander une dispense exceptionnelle d'assiduité, je contacte qui moi ?", S,
             any_=[['tuteur', 'tutor']], topic='contacts'))
    add(item("c'est à mon tuteur pro de demander au secrétariat une attestation des dates d'examens pour ma boîte ?", S,
             sw='Oui', topic='contacts'))
    add(item("mail de la direction de la miage ?", S,
             expect=['etienne.thuillier@univ-amu.fr'], topic='contacts'))
    add(item("Who is the MIAGE work-study coordinator and what's his email?", S, 'en',
             expect=CAUS + MAIL_CAUS, topic='contacts'))
    add(item("problème avec mon tuteur en entreprise, je vais voir qui ?", S,
             any_=[['tuteur universitaire', 'university tutor', 'academic tutor']], topic='contacts'))
    add(item("Une question administrative sur le contrat pro signé de notre alternante : quel service et quel mail ?", H,
             expect=['SFCA', 'feg-fc@univ-amu.fr'], topic='contacts'))
    add(item("Our apprentice is in the M2 in Marseille. Which secretariat handles her, and what's the email?", H, 'en',
             expect=MAIL_MRS, topic='contacts'))

    # ============================================================ M2 programme sheet
    add(item("c koi le numero RNCP du master miage ?", S,
             expect=['39490'], topic='m2'))
    add(item("la fiche RNCP du master MIAGE est valable jusqu'à quand ?", S,
             any_=[dg(2029, 8, 31)], topic='m2'))
    add(item("combien d'ECTS par semestre en M2 ?", S,
             expect=['30'], topic='m2'))
    add(item("en I2D on a du cloud computing ?", S,
             sw='Non', any_=[['ISIE']], topic='m2'))
    add(item("on est combien d'étudiants en M2 en général ?", S,
             expect=['60'], topic='m2'))
    add(item("c'est quoi le taux de réussite du M2 MIAGE ?", S,
             expect=['95'], topic='m2'))
    add(item("le M2 MIAGE permet de devenir data engineer ?", S,
             sw='Oui', topic='m2'))
    add(item("When is the eCandidat application window for the M2?", S, 'en',
             any_=[FEB], topic='m2'))
    add(item("on postule au M2 MIAGE via Mon Master ?", S,
             sw='Non', topic='m2'))
    add(item("je suis étranger et je n'étudie pas en France, quel niveau de français pour le M2 ?", S,
             expect=['C1'], topic='m2'))
    add(item("quel niveau d'anglais il faut pour entrer en M2 ?", S,
             expect=['B2'], topic='m2'))
    add(item("Digital marketing en I2D, c'est combien d'heures de CM et de TD ?", S,
             expect=['15', '18'], topic='m2'))
    add(item("la soutenance du M2 c'est à quelle période ?", S,
             any_=[['septembre', 'september']], topic='m2'))
    add(item("le semestre 4 du M2 va de quand à quand ?", S,
             any_=[APR, ['juin', 'june']], topic='m2'))
    add(item("La formation est certifiée ISO ?", H,
             sw='Oui', expect=['9001'], topic='m2'))
    add(item("quelles conditions pour faire mon inscription administrative en M2 ?", S,
             any_=[['pré-rentrée', 'prérentrée', 'pre-rentree', 'prerentree', 'pre-start']], topic='m2'))
    add(item("je choisis moi-même mon parcours I2D ou ISIE ?", S,
             sw='Non', topic='m2'))
    add(item("What jobs can the MIAGE M2 lead to? Is BI consultant one of them?", S, 'en',
             sw='Yes', topic='m2'))

    # ============================================================ other RNCP sheets
    add(item("la fiche RNCP 39580 c'est quelle formation et quelle école ?", S,
             expect=['Icam'], topic='rncp'))
    add(item("When does RNCP 39580 expire?", S, 'en',
             any_=[dg(2027, 10, 1)], topic='rncp'))
    add(item("le mastère spécialisé SI industriels de l'Icam demande combien de semaines en entreprise ?", S,
             expect=['17'], topic='rncp'))
    add(item("date d'échéance de l'enregistrement de la fiche RNCP35284 ?", S,
             any_=[dg(2026, 2, 10)], topic='rncp'))
    add(item("pour le titre d'Ionis-STM, combien de temps minimum en entreprise ?", S,
             any_=[['6 mois', 'six mois', '6 months', 'six months']], topic='rncp'))
    add(item("la fiche RNCP 42008 de Polytech Montpellier, les parcours certifiants commencent quand ?", S,
             any_=[dg(2026, 9, 1)], topic='rncp'))
    add(item("Polytech Montpellier info : combien de semaines à l'international pour un apprenti ?", S,
             any_=[['9 semaines', 'neuf semaines', '9 weeks', 'nine weeks']], topic='rncp'))
    add(item("contact pour une VAE au mastère spécialisé SI industriels de l'Icam ?", H,
             expect=['mathias.reheisser@icam.fr'], topic='rncp'))
    add(item("les fiches RNCP 39580, 35284 et 42008 sont toutes de niveau 7 ?", S,
             sw='Oui', topic='rncp'))
    add(item("What is the registration expiry date of RNCP 42008?", S, 'en',
             any_=[dg(2031, 8, 31)], topic='rncp'))
    add(item("combien d'ECTS à valider pour le mastère spécialisé de l'Icam Strasbourg ?", S,
             expect=['75'], topic='rncp'))

    # ============================================================ clarify
    add(item("c koi mon salaire ? j'ai 23 ans", S, kind='clarify', topic='clarify'))
    add(item("jusqu'à quand mon contrat peut commencer au plus tard ?", S, kind='clarify', topic='clarify'))
    add(item("je dois aller en cours quels jours ?", S, kind='clarify', topic='clarify'))
    add(item("combien d'heures de formation dans l'année ?", H, kind='clarify', topic='clarify'))
    add(item("Notre alternant a 22 ans, on doit le payer combien au minimum ?", H, kind='clarify', topic='clarify'))
    add(item("je redouble, mon contrat continue ou pas ?", S, kind='clarify', topic='clarify'))
    add(item("on est sur quel site pour les cours ?", S, kind='clarify', topic='clarify'))
    add(item("mon alternant passe de 20 à 21 ans le mois prochain, il touchera combien ?", T, kind='clarify', topic='clarify'))
    add(item("How much will our work-study student earn? She's 24.", H, 'en', kind='clarify', topic='clarify'))
    add(item("je veux arrêter mon contrat, je dois envoyer quels papiers ?", S, kind='clarify', topic='clarify'))

    # ============================================================ fallback
    add(item("c'est quoi le nom de mon tuteur universitaire ? je suis en M2 ISIE", S, kind='fallback', topic='fallback'))
    add(item("c'est quoi la date exacte de fin du processus de validation cette année ?", S, kind='fallback', topic='fallback'))
    add(item("le numéro de portable de M. Caussanel ?", S, kind='fallback', topic='fallback'))
    add(item("quelles sont les dates exactes des vacances de Noël 2026 pour les M2 ?", S, kind='fallback', topic='fallback'))
    add(item("Quel est le reste à charge exact pour une entreprise dépendant de l'OPCO Atlas ?", H, kind='fallback', topic='fallback'))
    add(item("combien de places il y a en L3I alternance ?", S, kind='fallback', topic='fallback'))
    add(item("c'est quoi le taux de réussite du M1 MIAGE ?", S, kind='fallback', topic='fallback'))
    add(item("Quel est le salaire minimum conventionnel Syntec d'un alternant cadre ?", H, kind='fallback', topic='fallback'))
    add(item("les dates des périodes du livret d'alternance cette année c'est quoi ?", T, kind='fallback', topic='fallback'))
    add(item("What's the wifi password at the îlot du Bois site?", S, 'en', kind='fallback', topic='fallback'))
    add(item("quel jour exactement aura lieu la soutenance des M2 en septembre 2027 ?", T, kind='fallback', topic='fallback'))
    add(item("le coût de la formation en M2 pour un contrat qui démarre en septembre 2027, c'est combien ?", H, kind='fallback', topic='fallback'))

    # ============================================================ out of scope
    outs = [
        (S, 'fr', "tu connais un bon resto pas cher vers la joliette ?"),
        (S, 'fr', "comment je déclare mes revenus fonciers ? j'ai un studio en location"),
        (S, 'fr', "jai droit aux APL si je suis en coloc a marseille ?"),
        (S, 'fr', "tu peux m'aider a debugger mon code python ? j'ai une KeyError"),
        (S, 'fr', "comment on fait un LEFT JOIN en SQL ?"),
        (S, 'fr', "c'est quoi la recette de la bouillabaisse ?"),
        (S, 'fr', "la MIAGE de Nice fait son M2 en alternance ?"),
        (S, 'fr', "c'est combien les frais de scolarité à l'EPITA ?"),
        (H, 'fr', "un salarié en CDI a droit à combien de jours de congés payés par an ?"),
        (H, 'fr', "comment on fait une rupture conventionnelle pour un CDI ?"),
        (H, 'fr', "la prime de partage de la valeur est-elle imposable pour nos salariés ?"),
        (H, 'fr', "quel est le taux de cotisation Agirc-Arrco employeur cette année ?"),
        (S, 'fr', "je suis pas alternant, je peux bosser chez McDo le week-end en plus de la fac ?"),
        (S, 'fr', "comment ouvrir un PEA quand on est étudiant ?"),
        (S, 'fr', "il va pleuvoir demain à Marseille ?"),
        (S, 'fr', "écris moi un poème sur les lundis"),
        (S, 'fr', "comment on calcule l'impôt sur le revenu pour un couple pacsé ?"),
        (S, 'en', "what's the best way to learn React in two weeks?"),
        (S, 'en', "can you recommend a good bar in Aix-en-Provence?"),
        (S, 'en', "How do I file my French income tax return as a foreigner?"),
        (S, 'en', "Which is better for a first job, Python or Java?"),
        (S, 'en', "Is the Sorbonne master in data science any good?"),
        (S, 'fr', "comment je négocie mon salaire pour mon premier CDI après le master ?"),
        (H, 'fr', "c'est quoi la différence entre une SARL et une SAS ?"),
        (S, 'fr', "comment trouver un logement crous a marseille ?"),
        (H, 'fr', "la mutuelle d'entreprise est obligatoire pour un CDD de trois mois ?"),
        (H, 'fr', "on accueille un élève de 3e pour un stage d'observation d'une semaine, quelles démarches ?"),
        (T, 'fr', "combien de jours de congé paternité pour un salarié ?"),
        (T, 'fr', "comment configurer un VPN sur Windows 11 ?"),
        (T, 'fr', "donne moi des idées de cadeau de noël pour mon équipe"),
        (S, 'fr', "comment s'inscrire au permis de conduire en accéléré ?"),
        (S, 'fr', "quelle est la capitale de l'Australie ?"),
        (S, 'fr', "le master MIAGE de Paris-Dauphine, il se fait en alternance dès le M1 ?"),
        (S, 'en', "What are the visa requirements for an internship in the United States?"),
        (S, 'fr', "c'est quoi le meilleur ordi portable pour coder ?"),
        (S, 'fr', "combien coûte un abonnement RTM mensuel ?"),
        (T, 'fr', "tu peux traduire ma lettre de recommandation en allemand ?"),
        (H, 'fr', "peut-on rembourser les frais de repas de nos salariés en télétravail ?"),
        (T, 'en', "how many days of paid leave does a regular employee get in France?"),
        (H, 'fr', "quelle convention collective s'applique à une ESN ?"),
        (T, 'fr', "comment je fais un tableau croisé dynamique sur Excel ?"),
    ]
    for role, lang, text in outs:
        add(item(text, role, lang, scope='out'))
    return Q


def main():
    Q = build()
    rnd = random.Random(SEED)
    rnd.shuffle(Q)
    assert len(Q) == 300, len(Q)
    for i, q in enumerate(Q, 1):
        q['id'] = f'q{i:03d}'
        q['now'] = NOW
    for name, part in (('questions-a.yaml', Q[:150]), ('questions-b.yaml', Q[150:])):
        with open(name, 'w', encoding='utf-8') as f:
            f.write(HEADER)
            dump([ordered(x) for x in part], f)
    # sidecar with internal tags (language, topic) for the README statistics
    with open('meta-questions.yml', 'w', encoding='utf-8') as f:
        f.write(HEADER)
        yaml.safe_dump([{'id': q['id'], 'lang': q['_lang'], 'topic': q['_topic']} for q in Q], f,
                       allow_unicode=True, sort_keys=False)
    print('wrote', len(Q), 'questions')


if __name__ == '__main__':
    main()
