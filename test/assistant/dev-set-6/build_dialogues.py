"""Builds dialogues.yaml: 80 dialogues d001..d080 (2-4 turns). Pay figures are computed (Decimal, half-up)
from the SMIC of LEGAL-UPDATES and the guide's tables, with assertions on the age-band rule."""
import random
import datetime as dt
from common import *

S, H, T = 'student', 'hr', 'tutor'
NOWD = dt.date(2026, 11, 25)
TEN_WORKING = ['10 jours', 'dix jours', '10 working', 'ten working', '10 business', 'ten business']
THREE = ['3', 'trois', 'three']
SICK = ['arret', 'sick', 'work stoppage']
EMPLOYER = ['entreprise', 'employeur', 'organisme', 'employer', 'company', 'RH', 'HR']


def t(q, **kw):
    d = {'q': q}
    for k in ('expect', 'expectAny', 'startsWith', 'kind', 'scope'):
        if k in kw:
            d[k] = kw[k]
    return d


THANKS = lambda q='merci !': {'q': q}

# --- computed pay figures (each asserted against the age-band rule) ---
b = dt.date
assert app_pct(2, b(2003, 6, 14), NOWD) == 61
assert cpro_pct(b(2003, 6, 14), NOWD) == 80
assert app_pct(2, b(2005, 11, 10), NOWD) == 51                   # 21 on 10/11/2026 -> band from 01/12/2026
assert app_pct(2, b(2005, 11, 10), b(2026, 12, 1)) == 61
assert app_pct(2, b(2005, 11, 10), b(2026, 11, 30)) == 51
assert app_pct(1, b(2006, 2, 2), NOWD) == 43                     # M1, 20 years old
assert app_pct(2, b(2006, 2, 2), b(2027, 9, 3)) == 61            # M2 next year: 21 since 02/2027
assert cpro_pct(b(2006, 5, 5), NOWD) == 65 and app_pct(2, b(2006, 5, 5), NOWD) == 51
assert app_pct(2, b(2000, 10, 20), NOWD) == 100                  # 26 on 20/10/2026 -> 100 % from 01/11/2026
assert app_pct(2, b(2000, 10, 20), b(2026, 10, 15)) == 61
assert app_pct(1, b(2000, 10, 20), b(2026, 3, 15)) == 53
assert cpro_pct(b(2005, 12, 1), NOWD) == 65 and cpro_pct(b(2005, 12, 1), b(2027, 1, 1)) == 80
assert app_pct(2, b(2007, 1, 1), NOWD) == 51
assert app_pct(2, b(2001, 1, 12), NOWD) == 61 and app_pct(2, b(2001, 1, 12), b(2027, 2, 1)) == 100
assert app_pct(2, b(2001, 1, 12), b(2027, 1, 31)) == 61
assert money(61) == ['1 138,88', '1138,88', '1,138.88', '1138.88']
assert money(51) == ['952,18', '952.18']

M61, M51, M80, M65 = money(61), money(51), money(80), money(65)
M100 = money(100)
DDF_M2 = date(2026, 9, 3)         # footnote 24: M2 2026/2027 starts 03/09/2026
DFF_M2 = date(2027, 9, 3)         # table 5: Master 2025/2027 ends 03/09/2027

D = []
A = D.append

# d001 clarify then pay, change contract type, thanks
A((S, [t("combien je vais toucher par mois ?", kind='clarify'),
       t("je suis en M2 en apprentissage, né le 14 juin 2003", expectAny=[pct(61), M61]),
       t("et si j'etais en contrat de professionnalisation ?", expectAny=[pct(80), M80]),
       THANKS()]))
# d002 birthday this month: band changes on 1st of next month
A((S, [t("né le 10 novembre 2005, apprenti en M2, je touche combien ce mois ci ?", expectAny=[pct(51), M51]),
       t("et je passe au taux superieur a partir de quand ?", expectAny=[date(2026, 12, 1), pct(61)]),
       t("ca fera combien alors ?", expectAny=[M61])]))
# d003 English, M1 then percentage in M2
A((S, [t("I'm a first-year master (M1) apprentice, born 2 February 2006. What's my minimum monthly pay?",
         expectAny=[pct(43), money(43)]),
       t("And what percentage will I get in M2 next year?", expectAny=[pct(61)])]))
# d004 hr, SMC higher than SMIC
A((H, [t("Nous recrutons une apprentie en M2 MIAGE, elle a 24 ans. Quel est son salaire minimum ?",
         expectAny=[pct(61), M61]),
       t("Notre convention collective prévoit un salaire minimum conventionnel de 2 100 € pour son poste, ça change quelque chose ?",
         expectAny=[['1 281', '1281', '1,281']])]))
assert money(61, base=2100) == ['1 281,00', '1281,00', '1,281.00', '1281.00']
# d005 hr, cost
A((H, [t("Combien coûte la formation du master MIAGE pour un contrat d'apprentissage ?",
         expectAny=[['8 231', '8231', '8,231', '8.231']]),
       t("Qui paie cette somme ?", expect=['OPCO']),
       THANKS("merci beaucoup")]))
# d006 sick, follow-ups
A((S, [t("j'ai une gastro, je pourrai pas aller en cours jeudi, je fais quoi ?", expectAny=[SICK, ['48']]),
       t("je l'envoie a qui l'arret ?", expectAny=[EMPLOYER]),
       t("et eux ils ont combien de temps pour le faire suivre a la fac ?", expectAny=[TEN_WORKING]),
       t("et si ma boite le transmet en retard ?", expectAny=[['injustifi', 'unjustified', 'unexcused']])]))
# d007 tutor, sick note then secretariat e-mail
A((T, [t("Mon alternant était en arrêt maladie mardi, un jour de formation. Que dois-je faire de son arrêt ?",
         expectAny=[TEN_WORKING, ['secretariat', 'secretary']]),
       t("Quelle est l'adresse mail du secrétariat ? Il est en M2.", expect=['feg-miage-marseille@univ-amu.fr'])]))
# d008 tutor, professional absence (Direction 2026/2027 = Thuillier; table 8 says responsable alternance)
A((T, [t("J'ai besoin de mon apprenti sur un salon le vendredi 15 janvier 2027, mais il a cours ce jour-là. Comment faire ?",
         expectAny=[TEN_WORKING]),
       t("À qui dois-je envoyer la demande ?", expectAny=[['Thuillier', 'Caussanel']]),
       THANKS("parfait, merci")]))
# d009 rhythm M2 (figure is right) then M1
A((S, [t("c'est quoi le rythme d'alternance en M2 ?", expect=['lundi', 'mardi', 'jeudi']),
       t("et en M1 ?", expect=['lundi', 'mercredi'])]))
# d010 English then French
A((S, [t("Which days of the week am I at my company during the M2?", expect=['Monday', 'Tuesday', 'Wednesday']),
       t("and which days do I have classes?", expect=['Thursday', 'Friday', 'Saturday']),
       t("tu peux me redire tout ca en francais ?", expect=['lundi', 'mardi', 'mercredi', 'jeudi'])]))
# d011 sites per year
A((S, [t("les cours de la L3 info parcours MIAGE c'est a aix ou a marseille ?", expectAny=[['Forbin', 'Aix-en-Provence', 'Aix en Provence']]),
       t("et pour le M2 ?", expect=['Marseille'], expectAny=[['Bourdet', 'Bois']]),
       t("on peut choisir son site en M1 ?", startsWith='Non', expectAny=[['voeu', 'vœu', 'wish']])]))
# d012 clarify which secretariat, answered in words, then change year
A((S, [t("c'est quoi le mail du secretariat ?", kind='clarify'),
       t("je suis en M1 a Aix", expect=['feg-miage-aix@univ-amu.fr']),
       t("et l'an prochain en M2 ?", expect=['feg-miage-marseille@univ-amu.fr'])]))
# d013 mission validation
A((S, [t("je veux faire valider ma mission d'alternance, ça prend combien de temps ?", expectAny=[TEN_WORKING]),
       t("et je l'envoie a qui ?", expect=['Caussanel']),
       t("si je trouve mieux apres, je peux en faire valider une deuxieme ?", startsWith='Non')]))
# d014 hr, contract windows for M2 2026/2027 (DDF 03/09/2026, DFF 03/09/2027)
A((H, [t("Pour un contrat de professionnalisation en M2 MIAGE cette année (2026/2027), quelle était la période autorisée pour la date de début du contrat ?",
         expectAny=[date(2026, 7, 3), date(2026, 12, 3)]),
       t("Et pour un contrat d'apprentissage ?", expectAny=[date(2026, 6, 3), date(2026, 12, 3)]),
       t("Et la date de fin du contrat, elle doit être comprise entre quoi et quoi ?",
         expectAny=[DFF_M2, date(2027, 11, 3)])]))
# d015 repeating M1 vs M2
A((S, [t("je suis apprenti en M1 et je vais redoubler, je garde mon contrat ?", startsWith='Non', expect=['OPCO']),
       t("et si c'etait le M2 que je redoublais, il se passe quoi pour le contrat ?", expectAny=[['prorog', 'prolong', 'extend', 'extension']])]))
# d016 breaking a contract: apprenticeship, then CPRO, then new contract
A((S, [t("je veux arreter mon contrat d'apprentissage d'un commun accord avec ma boite, je fais comment ?",
         expect=['CFA'], expectAny=[['bordereau', 'Caussanel']]),
       t("et si j'etais en contrat pro ?", expect=['OPCO'], expectAny=[['DDETS', 'DREETS']]),
       t("je peux resigner direct dans une autre boite apres ?", startsWith='Oui',
         expectAny=[['meme type', 'same type', 'carence', 'waiting period', 'lendemain', 'next day']])]))
# d017 hr English, breaking a contract
A((H, [t("We want to end our apprentice's contract by mutual agreement. What is the procedure?",
         expect=['CFA'], expectAny=[['bordereau', 'Caussanel']]),
       t("How many original copies do we need to send?", expectAny=[THREE])]))
# d018 tutor name unknown, then when assigned, then interim contact
A((S, [t("je viens d'arriver en M2 ISIE, on m'a pas encore dit qui est mon tuteur universitaire, c'est qui ?", kind='fallback'),
       t("ils sont nommés quand les tuteurs ?", expectAny=[['octobre', 'october'], ['novembre', 'november']]),
       t("et en attendant je m'adresse a qui ?", expect=['Caussanel'])]))
# d019 tutor, visits
A((T, [t("Quand le tuteur universitaire viendra-t-il dans l'entreprise ?",
         expectAny=[['janvier', 'january'], ['avril', 'april']]),
       t("Les visites peuvent-elles se faire en visio ?", startsWith='Oui',
         expectAny=[['distanciel', 'visio', 'distance', 'remote', 'video']])]))
# d020 tutor, livret
A((T, [t("Qu'est-ce que je dois remplir dans le livret d'alternance ?",
         expectAny=[['objectif', 'objective'], ['evaluation']]),
       t("Il y a combien de périodes dans l'année ?", expectAny=[THREE])]))
# d021 revision leave: apprentice vs CPRO
A((S, [t("on a droit a 5 jours de revision payés avant les exams ? je suis apprenti", startsWith='Non'),
       t("et en contrat pro, c'est quoi la regle ?", expectAny=[['non remun', 'non-remun', 'unpaid', 'non paye', 'non-paye', 'sans solde'], ['60']])]))
# d022 net vs gross by signature date
A((S, [t("mon salaire net c'est le meme que le brut ? j'ai signé mon contrat d'apprentissage en juillet 2025",
         startsWith='Non', expectAny=[pct(50)]),
       t("et pour un contrat signé en janvier 2025 c'etait quoi la regle ?", expectAny=[pct(79)])]))
# d023 hr, benefits in kind
A((H, [t("Notre apprenti de M2 est logé par l'entreprise. Pouvons-nous déduire le logement de son salaire ?",
         startsWith='Oui', expectAny=[pct(75)]),
       t("Faut-il l'écrire quelque part ?", startsWith='Oui', expectAny=[['contrat', 'contract']])]))
# d024 English, internship gratification 2026
A((S, [t("What is the minimum hourly gratification for a work-study internship in 2026?", expectAny=[['4,5', '4.5']]),
       t("The guide says 4.35, which one is right?", expectAny=[['4,5', '4.5'], ['2025']])]))
# d025 internship: owed or not
A((S, [t("je fais un stage alterné de 6 mois a mi-temps en entreprise, ils sont obligés de me payer ?",
         startsWith='Oui', expectAny=[['4,5', '4.5']]),
       t("et si c'etait 3 mois a mi-temps ?", startsWith='Non',
         expectAny=[['44', '308', '2 mois', 'deux mois', '8 semaines', 'two months', '2 months', '8 weeks']])]))
# d026 hours per year of study
A((S, [t("y a combien d'heures de formation en M2 ?", expect=['512']),
       t("et pour le M1 ?", expect=["544"]),
       t("et en L3 info ?", expect=['590'])]))
# d027 track heads
A((S, [t("c'est qui le responsable du parcours I2D en M2 ?", expect=['Chifu']),
       t("et son mail ?", expect=['adrian.chifu@univ-amu.fr']),
       t("et pour ISIE ?", expect=['Caussanel'])]))
# d028 foreign student
A((S, [t("je suis etrangere et ma mission vient d'etre validée, y a des demarches en plus ?", startsWith='Oui',
         expectAny=[['APT', 'autorisation provisoire']]),
       t("je contacte qui ? je suis en apprentissage", expectAny=[['FORMASUP', 'EPURE', 'CFA']]),
       t("et si l'autorisation arrive apres le debut du contrat ?", expectAny=[['caduc', 'void', 'null', 'invalid']])]))
# d029 age 30 -> CPRO, 26+ pay
A((S, [t("j'ai 30 ans, je peux signer un contrat d'apprentissage pour le M2 ?", startsWith='Non',
         expectAny=[['professionnalisation', 'CPRO', 'professionalisation']]),
       t("je serai payé combien alors en M2 ?", expectAny=[M100])]))
# d030 hr, steps after validation
A((H, [t("Une fois la mission de notre futur apprenti validée, quelles démarches devons-nous faire ?",
         expect=['URSSAF', 'CACTUS'], expectAny=[['visite medicale', 'medical']]),
       t("Et si c'était un contrat de professionnalisation, la convention de formation se fait avec qui ?", expect=['SFCA']),
       t("En combien d'exemplaires ?", expectAny=[THREE])]))
# d031 out of scope then back, thanks
A((S, [t("tu connais un bon kebab pres de la fac a marseille ?", scope='out'),
       t("ok tant pis. les cours du M2 c'est a quelle adresse ?", expect=['Bourdet'], expectAny=[['13001']]),
       THANKS()]))
# d032 English, out then back
A((S, [t("What's the weather going to be like in Aix tomorrow?", scope='out'),
       t("ok. what's the address of the M2 classes?", expect=['Bourdet'])]))
# d033 question about the bot, then CPRO pay, then apprenticeship
A((S, [t("t'es un robot ou un vrai conseiller ?", scope='out'),
       t("bon, je suis en M2 en contrat pro, né le 5 mai 2006, je touche combien ?", expectAny=[pct(65), M65]),
       t("et si j'etais en apprentissage ?", expectAny=[pct(51), M51])]))
# d034 26th birthday last month; past dates with other SMIC values
A((S, [t("né le 20 octobre 2000, apprenti en M2, c quoi mon salaire mini maintenant ?", expectAny=[pct(100) + ['SMIC'], M100]),
       t("et en octobre 2026 c'etait combien ?", expectAny=[money(61, on=b(2026, 10, 15))]),
       t("et en mars 2026 quand j'etais en M1 avec le meme contrat ?", expectAny=[pct(53), money(53, on=b(2026, 3, 15))])]))
# d035 current SMIC then next one (unknown)
A((S, [t("le SMIC il est a combien en ce moment ?", expectAny=[M100 + ['12,31', '12.31']]),
       t("et il va passer a combien en janvier 2027 ?", kind='fallback')]))
# d036 remote classes vs telework
A((S, [t("je peux suivre les cours en visio depuis chez moi ?", startsWith='Non',
         expectAny=[['presentiel', 'in person', 'on site', 'on-site', 'obligatoire', 'compulsory', 'mandatory']]),
       t("et les jours en entreprise, le teletravail c'est combien max ?", expectAny=[pct(25)])]))
# d037 tutor English
A((T, [t("How much remote work is allowed for my apprentice on company days?", expectAny=[pct(25) + ['quarter']]),
       t("And can he skip a class when we have a tight deadline?", startsWith='No', expectAny=[TEN_WORKING])]))
# d038 hr, tutor change
A((H, [t("Le tuteur de notre apprentie quitte l'entreprise. Que faut-il faire ?",
         expect=['CFA'], expectAny=[['avenant', 'amendment']]),
       t("Et si elle était en contrat de professionnalisation ?", expectAny=[['Caussanel', 'responsable']])]))
# d039 repeating with a new contract: minimum training volume
A((S, [t("je vais surement rater mon M2, a quelles conditions je pourrai refaire l'annee avec un nouveau contrat d'apprentissage ?",
         expectAny=[pct(25)]),
       t("et en contrat pro c'est quoi le minimum ?", expect=['150'])]))
# d040 offers and validation form
A((S, [t("j'ai trouvé mon alternance tout seul, je dois quand meme regarder les offres diffusées par la MIAGE ?",
         startsWith='Oui', expectAny=[['reference', 'ref']]),
       t("et la fiche de validation je la remplis où ?", expect=['miage-aix-marseille.fr'])]))
# d041 hr, RNCP
A((H, [t("Quel est le numéro RNCP du M2 MIAGE ?", expect=['39490']),
       t("Jusqu'à quand est-il valide ?", expectAny=[date(2029, 8, 31)])]))
# d042 hr English, contacts after signature
A((H, [t("Who do we contact for administrative questions about an apprenticeship contract after it has been signed?",
         expectAny=[['FORMASUP', 'EPURE', 'CFA']]),
       t("What's their phone number?", expectAny=[phone('04 91 14 04 50')])]))
# d043 direction 2026/2027, then English
A((S, [t("c'est qui le directeur de la MIAGE cette annee ?", expect=['Thuillier']),
       t("son mail ?", expect=['etienne.thuillier@univ-amu.fr']),
       t("can you say that again in English?", expect=['Thuillier'])]))
# d044 secretariat by year/site
A((S, [t("je suis en L3I, c'est quoi le secretariat pour moi ?", expect=['feg-miage-aix@univ-amu.fr'], expectAny=[['Bresset']]),
       t("et quand je serai en M2 ?", expect=['feg-miage-marseille@univ-amu.fr'], expectAny=[['Salmi']])]))
# d045 tutor, two tutors, amendment
A((T, [t("Peut-on être deux tuteurs professionnels pour le même apprenti ?", startsWith='Oui'),
       t("Si on ajoute le deuxième tuteur en cours d'année, faut-il un avenant ?", startsWith='Oui',
         expectAny=[['avenant', 'amendment']])]))
# d046 pay then a new subject
A((S, [t("je suis en M2 apprentissage, j'ai 19 ans (né le 1er janvier 2007), c combien ?", expectAny=[pct(51), M51]),
       t("autre question : en M2 on a cours jusqu'a quelle heure le samedi ?",
         expectAny=[['13h', '13:00', '1 pm', '1pm', 'treize heures']])]))
# d047 free half-days in ADE
A((S, [t("sur ADE j'ai pas cours jeudi aprem mais le calendrier dit formation, c'est quoi cette demi journee ?",
         expectAny=[['revision', 'revise']]),
       t("ca compte dans mes 5 jours de revision ?", startsWith='Oui')]))
# d048 hr, hours and site
A((H, [t("Combien d'heures de formation faut-il indiquer dans le contrat pour le M2 ?", expect=['512']),
       t("Et la formation a lieu où ?", expect=['Bourdet'])]))
# d049 English, pay then net/gross
A((S, [t("I'm 22 and doing my M2 as an apprentice. How much will I earn per month?", expectAny=[pct(61), M61]),
       t("Is that the net amount?", startsWith='No', expectAny=[['gross', 'brut']])]))
# d050 CPRO, 21st birthday on 1 December -> band from 1 January
A((S, [t("je suis en contrat pro en M2, née le 1er décembre 2005, c'est quoi mon salaire minimum ?", expectAny=[pct(65), M65]),
       t("et a partir de janvier ?", expectAny=[pct(80)])]))
# d051 +15 points, not +15 %
A((S, [t("je suis apprenti en M2, 22 ans, et j'ai droit a la majoration de 15 %. ca fait 61 % x 1,15 ?", startsWith='Non',
         expectAny=[pct(76)]),
       t("ca fait combien par mois du coup ?", expectAny=[money(76)])]))
# d052 change from M1 to M2 rate (DDF M2 or 1st of following month)
A((S, [t("je suis apprenti avec un contrat de 2 ans depuis le M1, mon salaire a changé a quelle date en passant en M2 cette annee ?",
         expectAny=[DDF_M2 + date(2026, 10, 1)]),
       t("et il est passé a quel pourcentage ? j'ai 23 ans", expectAny=[pct(61)])]))
# d053 hr, unjustified absence, then sick note
A((H, [t("Notre alternant en contrat pro a été absent en formation sans justificatif. Que risque-t-il ?",
         expectAny=[['retenue', 'sanction', 'deduct', 'malus', 'withh']]),
       t("Et pour justifier une absence pour maladie, à qui envoyons-nous l'arrêt ?",
         expectAny=[['Caussanel', 'responsable'], ['secretariat', 'secretary', 'Salmi', 'Bresset']])]))
# d054 no contract for M2
A((S, [t("j'ai pas trouvé d'alternance pour le M2, je peux quand meme m'inscrire ?", startsWith='Non'),
       t("et un stage en alternance a la place, c'est possible dans quels cas ?", expectAny=[['exception']])]))
# d055 hr English, CPRO pay
A((H, [t("What is the minimum monthly pay for a 23-year-old M2 student on a professionalisation contract?",
         expectAny=[pct(80), M80]),
       t("And if she were 27?", expectAny=[M100])]))
# d056 SMC of a company unknown, then pay
A((S, [t("c'est combien le SMC dans ma boite ? je suis chez Thales", kind='fallback'),
       t("ok et du coup en M2 apprentissage a 23 ans, je touche au moins combien ?", expectAny=[pct(61), M61])]))
# d057 clarify, L3I pay, change age
A((S, [t("c'est combien le salaire en alternance ?", kind='clarify'),
       t("apprentissage, en L3 info parcours MIAGE, j'ai 19 ans", expectAny=[pct(67), money(67)]),
       t("et si j'avais 22 ans ?", expectAny=[pct(78), money(78)])]))
# d058 livret
A((S, [t("le livret d'alternance c'est quoi ?", expectAny=[['periode', 'period']]),
       t("c'est qui qui doit le remplir ?", expectAny=[['tuteur', 'tutor']])]))
# d059 breaking: contact
A((S, [t("je veux rompre mon contrat, je contacte qui ?", expect=['Caussanel']),
       t("son mail c'est quoi ?", expect=['jean.caussanel@univ-amu.fr'])]))
# d060 tutor, problem with apprentice
A((T, [t("Mon apprenti arrive systématiquement en retard. Qui dois-je contacter à la MIAGE ?",
         expectAny=[['tuteur universitaire', 'university tutor', 'academic tutor']]),
       t("Et si son tuteur universitaire n'est pas encore nommé ?", expect=['Caussanel'])]))
# d061 validation lead times
A((S, [t("je dois envoyer la fiche de validation combien de temps avant le debut de la mission ?", expectAny=[TEN_WORKING]),
       t("et le contrat peut commencer combien de temps apres la validation ?",
         expectAny=[['1 semaine', 'une semaine', 'one week', '1 week', '7 jours', '7 days']])]))
# d062 English, form then password (not in documents)
A((S, [t("Where do I fill in the mission validation form?", expect=['miage-aix-marseille.fr']),
       t("What's the password?", kind='fallback')]))
# d063 hr, paid training hours, billing
A((H, [t("Devons-nous rémunérer les heures de cours de notre apprentie ?", startsWith='Oui'),
       t("Les demi-journées de révision du calendrier sont-elles facturées ?", startsWith='Non')]))
# d064 CPRO training agreement, pronouns, thanks
A((S, [t("la convention de formation pour mon contrat pro je la fais avec qui ?", expect=['SFCA']),
       t("il faut combien d'exemplaires ?", expectAny=[THREE]),
       t("et leur mail ?", expect=['feg-fc@univ-amu.fr']),
       THANKS()]))
# d065 cohort size, success rate
A((S, [t("y a combien d'etudiants en M2 ?", expect=['60']),
       t("et le taux de reussite ?", expect=['95'])]))
# d066 M1 pay, percentage next year
A((S, [t("je suis en M1 en apprentissage, j'ai 24 ans, je gagne combien ?", expectAny=[pct(53), money(53)]),
       t("et l'an prochain en M2 ce sera quel pourcentage ?", expectAny=[pct(61)])]))
# d067 hr, CPRO starting after the start of training
A((H, [t("Un contrat de professionnalisation peut-il démarrer après la rentrée universitaire ?", startsWith='Oui',
         expectAny=[['3 mois', 'trois mois', '3 months', 'three months']]),
       t("Qui paie la formation une fois le contrat commencé ?", expect=['OPCO'])]))
# d068 tutor English, visits
A((T, [t("How many times will the university tutor visit us this year?", expectAny=[['2', 'two', 'deux']]),
       t("When?", expectAny=[['january', 'janvier'], ['april', 'avril']])]))
# d069 pay, out of scope, back (tax)
A((S, [t("je suis apprenti en M2, 22 ans, combien par mois ?", expectAny=[pct(61), M61]),
       t("tu peux me conseiller une banque en ligne pour recevoir mon salaire ?", scope='out'),
       t("ok. et mon salaire il est imposable ?", expectAny=[['SMIC', 'minimum wage']])]))
# d070 glossary
A((S, [t("c'est quoi FI-CAPP ?", expectAny=[['formation initiale', 'initial'], ['apprentissage', 'apprentice']]),
       t("et FC-CSTAGEALT ?", expectAny=[['formation continue', 'continuing'], ['stage', 'intern']])]))
# d071 26th birthday in January -> 100 % from 1 February
A((S, [t("j'ai 25 ans, je suis en M2 en apprentissage, c'est quoi mon salaire minimum ?", expectAny=[pct(61), M61]),
       t("j'aurai 26 ans le 12 janvier 2027, ca change quand ?", expectAny=[date(2027, 2, 1), pct(100) + ['SMIC']])]))
# d072 hr, CPRO instead of apprenticeship
A((H, [t("Notre entreprise ne signe que des contrats de professionnalisation. Pouvons-nous quand même accueillir un étudiant de M2 de 24 ans ?",
         startsWith='Oui'),
       t("Quel serait son salaire minimum ?", expectAny=[pct(80), M80])]))
# d073 English, sick
A((S, [t("I missed a class because I was sick. What do I need to do?", expectAny=[SICK + ['medical'], ['48']]),
       t("Who sends it to the university?", expectAny=[EMPLOYER])]))
# d074 exams
A((S, [t("y a des rattrapages en M2 ?", startsWith='Non',
         expectAny=[['session unique', 'single session', 'une seule session', 'one session']]),
       t("et on connait les modalites d'examen quand ?", expectAny=[['un mois', '1 mois', 'one month', '1 month']])]))
# d075 tutor, ending a work-study internship
A((T, [t("Notre stagiaire en stage alterné souhaite arrêter. Comment procéder ?", expectAny=[['avenant', 'amendment']]),
       t("À qui demande-t-on cet avenant ?", expectAny=[['Bresset', 'feg-miage-aix', 'charge des stages', 'service des stages', 'secretariat stages', 'secretariat des stages']])]))
# d076 CFA contacts
A((S, [t("je suis apprenti, c'est quoi mon CFA ?", expectAny=[['FORMASUP', 'EPURE']]),
       t("leur site web ?", expect=['cfa-epure.com']),
       t("et leur tel ?", expectAny=[phone('04 91 14 04 50')])]))
# d077 hr, DIRECCTE renamed
A((H, [t("La DIRECCTE est-elle toujours le bon interlocuteur pour nos contrats d'apprentissage ?", startsWith='Non',
         expectAny=[['DREETS', 'DDETS']]),
       t("Quel est leur numéro ?", expectAny=[phone('04 91 57 96 00')])]))
# d078 start and end of M2 2026/2027
A((S, [t("le M2 a commencé quand officiellement cette année ?", expectAny=[DDF_M2]),
       t("et il se termine quand ?", expectAny=[DFF_M2])]))
# d079 English, tracks
A((S, [t("What are the two tracks of the M2 MIAGE?", expect=['ISIE'], expectAny=[['I2D', 'I²D', '2ID']]),
       t("Who's in charge of the ISIE track?", expect=['Caussanel'])]))
# d080 visits then thanks
A((S, [t("le tuteur universitaire vient combien de fois dans l'annee ?", expectAny=[['2', 'deux', 'two']]),
       THANKS()]))


def build():
    assert len(D) == 80, len(D)
    out = []
    for i, (role, turns) in enumerate(D, 1):
        out.append(ordered({'id': f'd{i:03d}', 'as': role, 'now': NOW, 'dialogue': [ordered(x) for x in turns]}))
    return out


if __name__ == '__main__':
    random.seed(20261125)  # fixed seed (order is fixed; nothing random is drawn)
    items = build()
    dump('dialogues.yaml', items)
    print('dialogues.yaml:', len(items), 'dialogues')
