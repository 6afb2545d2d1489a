# testset14 — independent test set, written from the seeds alone.
"""Builds dialogues.yaml (d001-d030): 2-4 turns asked in order in one conversation.
Order is shuffled with a fixed seed (SEED = 14)."""
import random
from datetime import date

import yaml

from common import (HEADER, dump, NOW, SEED, app_rate, band_start, cpro_rate, date_group, item, money_group, ordered,
                    pay_group, pct)
from gen_questions import (APR, CAUS, CPRO_W, D10, FEB, FORMASUP, FRI, ILOT, JAN, MAIL_AIX, MAIL_CAUS, MON, SAT,
                           THU, THUI, TUE, WED, dg)

S, H, T = 'student', 'hr', 'tutor'
UNPAID = ['non rémunéré', 'pas rémunéré', 'non payé', 'pas payé', 'unpaid', 'not paid', 'sans solde']
EX3 = ['3 exemplaires', 'trois exemplaires', '3 originaux', 'trois originaux', '3 original', 'three original',
       '3 copies', 'three copies']


def turn(q, lang='fr', **kw):
    d = item(q, None, lang, **kw)
    d['_lang'] = lang
    return d


def dia(role, topic, turns):
    assert 2 <= len(turns) <= 4
    return {'as': role, 'dialogue': turns, '_topic': topic}


def build():
    D = []
    add = D.append
    assert app_rate(date(2003, 6, 12), 2) == 61 and cpro_rate(date(2003, 6, 12)) == 80
    add(dia(S, 'pay-app', [
        turn("je vais etre payée combien ?", kind='clarify'),
        turn("M2 en apprentissage, née le 12 juin 2003", any_=[pct(61), pay_group(61)]),
        turn("et si j'etais en contrat pro ?", any_=[pct(80), pay_group(80)]),
    ]))
    add(dia(T, 'tutors', [
        turn("le tuteur de la fac passe nous voir quand la première fois ?", any_=[JAN + FEB]),
        turn("et la deuxième ? mon alternant est en M2", any_=[APR + ['mai', 'may', 'juin', 'june']]),
        turn("je dois être présent pendant la visite ?", sw='Oui'),
    ]))
    add(dia(H, 'absences', [
        turn("notre apprenti est en arrêt maladie, on fait quoi de l'arrêt ?", any_=[D10]),
        turn("et on l'envoie à qui ? il est en M1 à Aix", expect=MAIL_CAUS + MAIL_AIX),
        turn("can you say that again in English?", 'en', expect=MAIL_CAUS + MAIL_AIX),
    ]))
    add(dia(S, 'rhythm', [
        turn("tu connais un bon kebab vers saint charles ?", scope='out'),
        turn("ok sinon jsuis en M2, demain je suis en cours ?", sw='Oui'),
        turn("et lundi prochain je suis en cours ?", sw='Non'),
    ]))
    add(dia(T, 'absences', [
        turn("j'ai besoin de mon alternant pendant un jour de cours le mois prochain pour une démo client, je fais comment ?",
             any_=[D10]),
        turn("je dois écrire à qui exactement ?", any_=[THUI + CAUS + ['direction']]),
        turn("et c'est qui qui décide à la fin ?", any_=[THUI + ['direction']]),
    ]))
    add(dia(S, 'dates', [
        turn("c'est quoi la date limite pour que mon contrat démarre ?", kind='clarify'),
        turn("je suis en M2 cette année, contrat d'apprentissage", any_=[dg(2026, 12, 3)]),
        turn("et si c'était un contrat pro ?", any_=[dg(2026, 12, 3)]),
        turn("et au plus tôt pour le contrat pro ?", any_=[dg(2026, 7, 3)]),
    ]))
    add(dia(S, 'pay-app', [
        turn("How much will I earn as an apprentice?", 'en', kind='clarify'),
        turn("I'm in M1 and I'm 22", 'en', any_=[pct(53), pay_group(53)]),
        turn("and next year when I'm in M2?", 'en', any_=[pct(61)]),
    ]))
    add(dia(S, 'validation', [
        turn("ma mission est validée mais une autre boite me propose mieux, je peux faire valider la nouvelle ?", sw='Non'),
        turn("et si ça se passe mal et que je romps mon contrat en cours d'année ?", any_=[['validation', 'valider', 'validate']]),
        turn("je pourrai passer en contrat pro à ce moment là ? je suis apprenti", sw='Non'),
    ]))
    add(dia(H, 'costs', [
        turn("combien coûte la formation pour nous ?", kind='clarify'),
        turn("c'est pour un master en apprentissage, contrat démarré en septembre 2025", any_=[money_group('8231')]),
        turn("et qui la paie ?", expect=['OPCO']),
    ]))
    add(dia(S, 'rhythm', [
        turn("en M1 je suis en cours quels jours ?", any_=[MON, TUE, SAT]),
        turn("et en M2 ?", any_=[THU, FRI, SAT]),
        turn("donc en M2 je suis en entreprise quels jours ?", any_=[MON, TUE, WED]),
    ]))
    add(dia(S, 'rupture', [
        turn("je veux rompre mon contrat, comment je fais ?", kind='clarify'),
        turn("c'est un contrat d'apprentissage", expect=['bordereau']),
        turn("et j'envoie ça à qui ?", any_=[FORMASUP, CAUS]),
    ]))
    add(dia(S, 'smic', [
        turn("le smic brut mensuel il est à combien aujourd'hui ?", any_=[money_group('1867.02')]),
        turn("et en avril 2026 ?", any_=[money_group('1823.03')]),
        turn("et en décembre 2025 ?", any_=[money_group('1801.80')]),
    ]))
    add(dia(T, 'tutors', [
        turn("je remplace le maître d'apprentissage de mon alternant, il faut faire quoi ?", any_=[['avenant', 'amendment']]),
        turn("combien d'exemplaires pour le CFA ?", any_=[EX3]),
        turn("et la miage veut quoi de son côté ?", any_=[['PDF', 'scan'], CAUS]),
    ]))
    b = date(2005, 11, 8)
    assert app_rate(b, 1) == 43 and app_rate(b, 1, date(2026, 12, 1)) == 53
    add(dia(S, 'pay-app', [
        turn("j'ai eu 21 ans le 8 novembre, je suis apprentie en M1, je touche combien ce mois-ci ?",
             any_=[pct(43), pay_group(43)]),
        turn("et le mois prochain ?", any_=[pct(53), pay_group(53)]),
    ]))
    b = date(2006, 1, 15)
    assert cpro_rate(b) == 65 and band_start(b, 21) == date(2027, 2, 1)
    add(dia(H, 'pay-cpro', [
        turn("notre alternante en contrat pro a 20 ans, elle est en M2 : salaire minimum ?", any_=[pct(65), pay_group(65)]),
        turn("elle a 21 ans le 15 janvier 2027, le taux change quand ?", any_=[dg(2027, 2, 1)]),
        turn("et il passe à combien ?", any_=[pct(80)]),
    ]))
    add(dia(S, 'sites', [
        turn("Where are the M2 classes held?", 'en', any_=[ILOT]),
        turn("And the M1?", 'en', expect=['Forbin'], any_=[ILOT]),
        turn("Can I choose between the two for M1?", 'en', sw='No'),
    ]))
    add(dia(S, 'revision', [
        turn("j'ai droit à des jours de révision avant les exams ?", kind='clarify'),
        turn("je suis en contrat de professionnalisation", any_=[UNPAID]),
        turn("et si j'étais en apprentissage, j'aurais droit aux 5 jours payés ?", sw='Non'),
    ]))
    add(dia(S, 'redoublement', [
        turn("je vais redoubler mon M1, mon contrat d'apprentissage continue ?", sw='Non'),
        turn("et si c'était le M2 ?", any_=[['prorog', 'prolong', 'extend', 'extension']]),
        turn("ça peut se faire combien de fois ?", any_=[['une seule', '1 seule', "qu'une", 'une fois', '1 fois', 'once',
                                                        'only one', 'a single']]),
    ]))
    add(dia(H, 'gratif', [
        turn("stagiaire en stage en alternance : gratification minimale horaire ?", any_=[['4,50', '4.50', '4,5 €', '4,5€', '4.5 €', '4.5€']]),
        turn("et en 2025 c'était combien ?", any_=[['4,35', '4.35']]),
        turn("pour 7h par jour et 15 jours ouvrés en janvier 2026, ça fait combien ?", any_=[money_group('472.50') + ['472,5', '472.5']]),
    ]))
    add(dia(S, 'm2', [
        turn("c koi le numéro RNCP du M2 miage ?", expect=['39490']),
        turn("il est valable jusqu'à quand ?", any_=[dg(2029, 8, 31)]),
        turn("and in English: how many ECTS per semester?", 'en', expect=['30']),
    ]))
    add(dia(S, 'contacts', [
        turn("qui dirige la miage en ce moment ?", expect=THUI),
        turn("son mail ?", expect=['etienne.thuillier@univ-amu.fr']),
        turn("je peux le contacter pour n'importe quoi ?", sw='Non'),
    ]))
    add(dia(T, 'contacts', [
        turn("mon alternant de M2 a un souci avec l'équipe, je contacte qui à la miage ?",
             any_=[['tuteur universitaire', 'university tutor', 'academic tutor']]),
        turn("on n'a pas encore de tuteur universitaire attribué", expect=CAUS),
        turn("et si ça ne se règle pas ?", any_=[THUI + ['direction']]),
    ]))
    add(dia(S, 'validation', [
        turn("comment je fais valider ma mission en alternance ?", expect=['miage-aix-marseille.fr/alternance']),
        turn("ça prend combien de temps ?", any_=[D10]),
        turn("mon contrat peut démarrer le jour même de la validation ?", sw='Non'),
    ]))
    add(dia(H, 'status', [
        turn("We'd like to hire a 32-year-old for the Master in work-study. Can it be an apprenticeship?", 'en', sw='No'),
        turn("Which contract then, and what's the minimum gross monthly pay?", 'en', any_=[CPRO_W, money_group('1867.02')]),
        turn("Who handles that contract at the faculty?", 'en', expect=['SFCA']),
    ]))
    add(dia(S, 'admin', [
        turn("je suis étudiant étranger, ma mission vient d'être validée, je dois faire quoi ?",
             any_=[['APT', 'autorisation provisoire']]),
        turn("je contacte qui ? je serai en apprentissage", any_=[FORMASUP]),
        turn("et si l'autorisation arrive après le début du contrat ?", any_=[['caduc', 'nul', 'invalid', 'void']]),
    ]))
    add(dia(S, 'hours', [
        turn("c'est combien d'heures la formation ?", kind='clarify'),
        turn("en L3I", expect=['590']),
        turn("et pour le M2 ?", expect=['512']),
    ]))
    add(dia(T, 'tutors', [
        turn("c'est quoi le livret d'alternance ?", any_=[['électronique', 'en ligne', 'plateforme', 'electronic', 'online', 'platform']]),
        turn("la fiche objectifs est obligatoire pour moi ?", sw='Oui'),
        turn("et la fiche commentaires, obligatoire aussi ?", sw='Non'),
    ]))
    add(dia(S, 'tax', [
        turn("c'est quoi la capitale du Canada ?", scope='out'),
        turn("ok question sérieuse : mon salaire d'apprentie est imposable ?", sw='Non', any_=[['SMIC']]),
        turn("et mes parents gardent les allocs si je suis à 61% du smic ?", sw='Non', any_=[pct(55)]),
    ]))
    add(dia(S, 'net', [
        turn("mon contrat d'apprentissage a été signé en mai 2026, je suis en L3I à 78% du smic, mon net est égal au brut ?", sw='Non'),
        turn("au-dessus de quel montant brut je paie la CSG ?", any_=[money_group('933.51')]),
        turn("et un pote dont le contrat a été signé en janvier 2025, il est dans quel cas ?", any_=[pct(79)]),
    ]))
    add(dia(H, 'pay-app', [
        turn("notre apprenti de M2 a 23 ans, on le paie 1100 € brut, ça va ?", sw='Non', any_=[pay_group(61)]),
        turn("et s'il était en contrat pro ?", any_=[pct(80), pay_group(80)]),
    ]))
    return D


def main():
    D = build()
    rnd = random.Random(SEED)
    rnd.shuffle(D)
    meta = []
    out = []
    for i, d in enumerate(D, 1):
        d['id'] = f'd{i:03d}'
        d['now'] = NOW
        turns = []
        for t in d['dialogue']:
            turns.append({k: v for k, v in t.items() if not k.startswith('_')})
        meta.append({'id': d['id'], 'topic': d['_topic'], 'langs': [t['_lang'] for t in d['dialogue']]})
        o = ordered({k: v for k, v in d.items() if not k.startswith('_')})
        o['dialogue'] = turns
        out.append(o)
    with open('dialogues.yaml', 'w', encoding='utf-8') as f:
        f.write(HEADER)
        dump(out, f)
    with open('meta-dialogues.yml', 'w', encoding='utf-8') as f:
        f.write(HEADER)
        yaml.safe_dump(meta, f, allow_unicode=True, sort_keys=False)
    print('wrote', len(out), 'dialogues')


if __name__ == '__main__':
    main()
