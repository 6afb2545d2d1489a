"""25 short dialogues (2-4 turns)."""
from datetime import date

from lib import D, T, amt, money, dfr, SMIC_H_NOW, SMIC_M_NOW
import calc

TODAY = date(2026, 11, 25)
assert calc.app_rate('M2', date(2005, 11, 9), TODAY) == 51
assert calc.app_rate('M2', date(2005, 11, 9), date(2026, 12, 1)) == 61
assert calc.gratification('4.50', 7, 18) == calc.r2('567')

CAUSSANEL = 'jean.caussanel@univ-amu.fr'
AIX = 'feg-miage-aix@univ-amu.fr'
MRS = 'feg-miage-marseille@univ-amu.fr'
RESP = ['Caussanel', "responsable de l'alternance", 'responsable de l’alternance', 'responsable alternance']

DIALOGS = [
    # 1 clarify -> details -> contract switch
    D('student', [
        T("je vais être payé combien en alternance ?", kind='clarify'),
        T("M2 en apprentissage, j'ai 22 ans", expect=['61%'], any=[amt(61)]),
        T("et en contrat pro ?", expect=['80%'], any=[amt(80)]),
    ], topic='pay-app'),
    # 2 clarify -> site
    D('student', [
        T("c koi le mail de mon secrétariat ?", kind='clarify'),
        T("je suis en M1 à Marseille", expect=[MRS]),
        T("et si j'étais dans le groupe d'Aix ?", expect=[AIX]),
    ], topic='contacts'),
    # 3 birthday next month
    D('student', [
        T("né le 9 novembre 2005, apprenti en M2 : je touche combien ce mois-ci ?", expect=['51%'], any=[amt(51)]),
        T("et le mois prochain ?", expect=['61%'], any=[amt(61)]),
    ], topic='pay-app'),
    # 4 sick leave, two follow-ups
    D('student', [
        T("g un arrêt de travail depuis ce matin, je fais quoi ?", expect=['48'],
          any=[['employeur', 'entreprise', 'organisme', 'RH']]),
        T("et ma boîte elle a combien de temps pour l'envoyer à la miage ?", expect=['10 jours ouvrables']),
        T("elle l'envoie à qui ? je suis en M1 à Aix", expect=[CAUSSANEL, AIX]),
    ], topic='absences'),
    # 5 English, and in M2?
    D('student', [
        T("What's the minimum monthly pay for an M1 apprentice aged 23?", expect=['53%'], any=[amt(53)]),
        T("and in M2?", expect=['61%'], any=[amt(61)]),
    ], topic='pay-app', en=True),
    # 6 out of scope, then back in scope
    D('student', [
        T("tu connais un bon kebab vers le site de Forbin ?", out=True),
        T("ok tant pis. sinon les L3I alternants ont cours quels jours ?", expect=['jeudi', 'vendredi']),
    ], topic='rhythm'),
    # 7 ends with a fallback
    D('tutor', [
        T("les visites du tuteur universitaire, c'est à quelle période ?", expect=['janvier', 'avril']),
        T("et la date exacte de la première visite chez nous, c'est quand ?", kind='fallback'),
    ], topic='tutors'),
    # 8 clarify -> hours
    D('hr', [
        T("combien d'heures de formation on doit mettre dans le contrat ?", kind='clarify'),
        T("c'est pour un M1", expect=['544']),
        T("et pour un M2 ?", expect=['512']),
    ], topic='hours'),
    # 9 clarify -> rupture by contract type
    D('hr', [
        T("on veut rompre le contrat de notre alternante, on fait comment ?", kind='clarify'),
        T("c'est un contrat de professionnalisation", expect=['DDETS', 'OPCO']),
        T("et si ça avait été un contrat d'apprentissage ?", expect=['bordereau', 'CFA']),
    ], topic='rupture'),
    # 10 clarify -> end window
    D('student', [
        T("c quand la date limite de fin de contrat ?", kind='clarify'),
        T("master commencé en septembre 2025, en apprentissage", any=[dfr(2027, 11, 3)]),
        T("et au plus tôt il peut finir quand ?", any=[dfr(2027, 9, 3)]),
    ], topic='dates'),
    # 11 clarify -> rhythm for a tutor
    D('tutor', [
        T("mon alternant doit être chez nous quels jours ?", kind='clarify'),
        T("il est en M2", expect=['lundi', 'mardi', 'mercredi']),
        T("et pendant les vacances universitaires ?", any=[['tous les jours', 'temps plein', 'plein temps', 'toute la semaine', 'completement']]),
    ], topic='rhythm'),
    # 12 costs, who pays, L3I
    D('hr', [
        T("combien coûte le master MIAGE en apprentissage ?", any=[['8231', '8,231', '8.231']]),
        T("c'est nous qui payons ?", expect=['OPCO']),
        T("et pour la L3I ?", any=[['8116', '8,116', '8.116']]),
    ], topic='costs'),
    # 13 English clarify, then in French
    D('student', [
        T("how much will I earn as a work-study student?", kind='clarify'),
        T("Professionalisation contract, I'm 24, in M2", expect=['80%'], any=[amt(80)]),
        T("tu peux me redire ça en français ?", expect=['80%']),
    ], topic='pay-cpro', en=True),
    # 14 over 30
    D('student', [
        T("g 31 ans, je peux faire mon M2 en alternance en apprentissage ?", sw='Non', expect=['professionnalisation']),
        T("et je serai payé combien au minimum ?", expect=['85%'], any=[SMIC_M_NOW]),
    ], topic='pay-cpro'),
    # 15 mission validation, 3 needs
    D('student', [
        T("je veux faire valider ma mission, ça se passe où ?", expect=['miage-aix-marseille.fr/alternance']),
        T("et ça prend combien de temps ?", any=[['10 jours', 'dix jours']]),
        T("et le mot de passe du formulaire ?", any=[RESP]),
    ], topic='validation'),
    # 16 clarify -> repeating a year
    D('student', [
        T("je vais redoubler, ça change quoi pour mon contrat ?", kind='clarify'),
        T("je suis en M1, en apprentissage", expect=['OPCO']),
        T("et si c'était le M2 que je redoublais ?", any=[['prorog']]),
    ], topic='repeat'),
    # 17 revision leave
    D('student', [
        T("je suis apprenti, j'ai droit à 5 jours pour réviser avant les exams ?", sw='Non'),
        T("et si j'étais en contrat de pro ?", expect=['5', '60']),
    ], topic='revision'),
    # 18 gratification computed
    D('student', [
        T("stage en alternance, la gratif mini c'est combien de l'heure ?", any=[['4,5', '4.5']]),
        T("je fais 7h par jour et 18 jours ce mois-ci, ça me fait combien ?", any=[['567']]),
    ], topic='gratification'),
    # 19 SMIC now, last March, and in English
    D('student', [
        T("c combien le smic en ce moment ?", any=[SMIC_H_NOW, SMIC_M_NOW]),
        T("et en mars dernier ?", any=[['12,02', '12.02'], money('1823.03')]),
        T("and in English?", any=[['12.02', '12,02']]),
    ], topic='smic'),
    # 20 English sites
    D('student', [
        T("Where are the M2 classes held?", expect=['Bourdet']),
        T("and the L3I?", expect=['Forbin']),
    ], topic='sites', en=True),
    # 21 director
    D('student', [
        T("qui est le directeur de la miage ?", expect=['Thuillier']),
        T("son mail ?", expect=['etienne.thuillier@univ-amu.fr']),
    ], topic='contacts'),
    # 22 foreign student, who to contact
    D('hr', [
        T("notre futur alternant est étranger, y a des démarches en plus avant le contrat ?",
          any=[['APT', 'autorisation provisoire de travail']]),
        T("on contacte qui ? c'est un apprenti", expect=['CFA']),
    ], topic='after-validation'),
    # 23 professional absence, deadline, who
    D('tutor', [
        T("on voudrait que notre apprenti rate une journée de cours pour un salon pro, c'est possible ?", expect=['10']),
        T("c'est pour le jeudi 10 décembre, on est dans les délais ?", sw='Oui'),
        T("j'envoie la demande à qui exactement ?", expect=['etienne.thuillier@univ-amu.fr']),
    ], topic='absences'),
    # 24 clarify -> CPRO by age
    D('student', [
        T("je suis payé combien en contrat pro ?", kind='clarify'),
        T("j'ai 20 ans, je suis en L3I", expect=['65%'], any=[amt(65)]),
        T("et quand j'aurai 22 ans ?", expect=['80%']),
    ], topic='pay-cpro'),
    # 25 English HR, telework and remote classes
    D('tutor', [
        T("Can our apprentice work from home on company days?", expect=['25%']),
        T("And can he attend the classes remotely?", sw='No'),
    ], topic='rhythm', en=True),
]
