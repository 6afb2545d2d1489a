"""Build dialogues.yaml (d001-d030): 2-3 turns, the LAST turn is a yes/no follow-up with startsWith.
Figures from common.py. Order shuffled with the fixed seed.
"""
from common import M, D, money, NOW, write_yaml, rng

S, H, T = 'student', 'hr', 'tutor'
P = lambda n: [f'{n}%']
CAUSS = ['Caussanel', "responsable de l'alternance", "responsable de l’alternance", 'responsable alternance']
DLG = []


def t(q, ea=None, start=None, kind=None):
    d = {'q': q}
    if ea:
        d['expectAny'] = ea
    if start:
        d['startsWith'] = start
    if kind:
        d['kind'] = kind
    return d


def dlg(role, turns, why):
    DLG.append(dict(role=role, turns=turns, why=why))


dlg(S, [t("je vais être payé combien en alternance ?", kind='clarify'),
        t("M2 en apprentissage, j'ai 23 ans", [P(61), M(61)]),
        t("et en contrat pro ce serait pareil ?", [P(80)], 'Non')],
    'clarify (contract/age/year missing) -> table 6 61% of 1867.02 -> CPRO 80%')
dlg(S, [t("je suis malade aujourd'hui et c'est un jour de cours, je dois faire quoi ?",
          [['arret de travail', 'arret maladie'], ['48']]),
        t("je l'envoie aussi moi-même à la MIAGE ?", None, 'Non')],
    'guide §4.3.1: arrêt de travail to the company within 48h ouvrées; the company forwards it')
dlg(H, [t("Notre apprentie nous a remis un arrêt de travail établi le mardi 10 novembre 2026. Jusqu'à quand avons-nous pour le transmettre à la MIAGE ?",
          [D('2026-11-23')]),
        t("Le 11 novembre compte dans ces 10 jours, même si c'est un jour férié ?", None, 'Non')],
    '10 jours ouvrables after 10/11, 11/11 is a public holiday -> Monday 23/11/2026')
dlg(S, [t("en M2 je suis en entreprise quels jours ?", [['lundi'], ['mardi'], ['mercredi']]),
        t("et pendant les vacances de Noël je suis en entreprise toute la semaine ?", None, 'Oui')],
    'figure 5 (README trap) + holidays spent in the company')
dlg(S, [t("How long does the validation of my alternance mission take?", [['10']]),
        t("If I find a better-paid offer afterwards, can I get that other mission validated instead?", None, 'No')],
    'guide §3.3: 1 to 10 jours ouvrables; no second validation')
dlg(S, [t("en apprentissage à la MIAGE j'ai droit à des jours de révision payés avant les exams ?", None, 'Non'),
        t("et si j'étais en contrat pro, j'aurais droit à des jours, même non payés ?", None, 'Oui')],
    'guide §4.4.1 (not applicable) / §4.4.2 (Macron law: 5 unpaid days per 60 worked)')
dlg(S, [t("comment je fais pour rompre mon contrat d'apprentissage ?", [['bordereau'], CAUSS]),
        t("je peux enchaîner direct dans une autre entreprise ?", None, 'Oui'),
        t("et ce nouveau contrat pourrait être un contrat pro ?", None, 'Non')],
    'guide §5: no waiting period in a different company (after a new validation); same contract type')
dlg(S, [t("je suis étudiant étranger et ma mission vient d'être validée, je dois faire quoi pour mon contrat d'apprentissage ?",
          [['APT', 'autorisation provisoire de travail'], ['CFA', 'FORMASUP']]),
        t("si l'APT arrive seulement après le début du contrat, le contrat reste valable ?", None, 'Non')],
    'guide §3.4 + footnote 26: APT before the start, else the contract is void')
dlg(H, [t("Quelle est la gratification minimale d'un stagiaire en alternance en 2026 ?", [['4,5', '4.5']]),
        t("Si son stage dure 8 mois à raison de 3 jours par semaine chez nous, elle est obligatoire ?", None, 'Oui')],
    'LEGAL-UPDATES: 4.50 EUR/h in 2026; owed beyond 44 days / 308 h of presence')
dlg(S, [t("c'est combien le smic mensuel brut en ce moment ?", [money('1867.02')]),
        t("et en janvier 2026 c'était déjà ce montant ?", [money('1823.03')], 'Non')],
    'LEGAL-UPDATES SMIC table')
dlg(S, [t("qui dirige la MIAGE cette année ?", [['Thuillier']]),
        t("c'est lui que je dois contacter en premier si ça se passe mal avec mon tuteur pro ?",
          [['tuteur universitaire', 'tuteur univ']], 'Non')],
    'M2 sheet §5.2 (2026/2027: THUILLIER); table 9 order: university tutor, responsable, direction')
dlg(S, [t("je vais redoubler mon M1, qu'est-ce qui se passe pour mon contrat d'apprentissage ?",
          [['OPCO'], ['rompu', 'rupture', 'rompre']]),
        t("et si c'était le M2 que je redoublais, je pourrais garder mon contrat ?", None, 'Oui')],
    'guide §4.5')
dlg(S, [t("j'ai le droit au télétravail en alternance ?", [P(25)]),
        t("et suivre les cours en visio depuis chez moi, ça passe ?", None, 'Non')],
    'guide §3.3.2 en pratique')
dlg(H, [t("On veut recruter une alternante de 24 ans en M2 en contrat de professionnalisation : quel salaire minimum ?",
          [P(80), M(80)]),
        t("Et si elle avait 26 ans, ce serait au moins le SMIC ?", None, 'Oui')],
    'table 7 / LEGAL-UPDATES: 80% for 21-25; 26+: SMIC or 85% SMC')
dlg(S, [t("j'ai eu 21 ans le 12 novembre, je suis apprenti en M2, mon salaire change à partir de quand ?",
          [D('2026-12-01')]),
        t("et je passerai à 61 % du smic ?", None, 'Oui')],
    'D6222-31: first day of the month after the birthday')
dlg(T, [t("Quand ont lieu les visites du tuteur universitaire dans l'entreprise ?", [['janvier'], ['avril', 'mai']]),
        t("On peut caler la visite un jeudi, alors que mon alternant de M2 est en cours ce jour-là ?", None, 'Non')],
    'guide §4.6 + footnote 34')
dlg(S, [t("les cours du M2 ont lieu où ?", [['Marseille'], ['Bourdet', 'ilot du Bois', 'ilot Bernard du Bois']]),
        t("et en M1, il y a aussi un groupe à Aix ?", None, 'Oui')],
    'guide §2.4 / M2 sheet §3.3; M1 has a group in Aix and one in Marseille')
dlg(H, [t("Combien coûtait une année de master MIAGE en apprentissage en 2025/2026 ?", [money('8231.00') + ['8231']]),
        t("C'est notre OPCO qui règle ce montant ?", None, 'Oui')],
    'guide §2.5: paid by the OPCO (possible reste à charge)')
dlg(S, [t("What is the minimum monthly pay for an M2 apprentice aged 22?", [P(61), M(61)]),
        t("And if I were 26, would it be at least the SMIC?", None, 'Yes')],
    'table 6')
dlg(H, [t("How should we forward our apprentice's sick note (arrêt de travail) to the MIAGE?",
          [CAUSS, ['secretariat', 'secrétariat']]),
        t("Do we have 10 working days (jours ouvrables) to do it?", None, 'Yes')],
    'guide §4.3.1')
dlg(S, [t("je rentre en M2 sans avoir été alternant en M1, mon contrat d'apprentissage peut commencer au plus tard quand ?",
          [D('2026-12-03')]),
        t("et le 10 décembre ça passe ?", None, 'Non')],
    'DDF 03/09/2026 (footnote 24) + 3 months')
dlg(S, [t("mon contrat d'apprentissage de M2 2026/2027 doit se terminer entre quelles dates ?",
          [D('2027-09-03'), D('2027-11-03')]),
        t("fin octobre 2027 c'est bon alors ?", None, 'Oui')],
    'table 5: DFF 03/09/2027 <= DFC <= DFF + 2 months')
dlg(S, [t("c'est quoi la différence entre les parcours I2D et ISIE ?",
          [['donnees', 'data'], ['etendus', 'extended']]),
        t("au final c'est la MIAGE qui m'affecte à un parcours ?", None, 'Oui')],
    'M2 sheet §2.1; guide §1.2: wish, the MIAGE assigns')
dlg(H, [t("Combien doit-on payer au minimum notre apprenti de M2 qui a 25 ans ?", [P(61), M(61)]),
        t("En janvier 2026, le minimum pour un apprenti de M2 de cet âge était bien de 1 112,05 € ?", None, 'Oui')],
    '61% of 1867.02 = 1138.88 now; 61% of 1823.03 = 1112.05 in January 2026')
dlg(S, [t("c'est quoi la fiche RNCP 42008 ?", [['Polytech', 'Montpellier']]),
        t("on peut l'obtenir en contrat d'apprentissage ?", None, 'Oui')],
    'RNCP 42008 access table')
dlg(T, [t("Mon alternant doit manquer une journée de cours pour un salon professionnel, comment faire ?", [['10']]),
        t("C'est à l'alternant lui-même de faire la demande ?", None, 'Non')],
    'guide §4.3.2: request by the professional tutor at least 10 jours ouvrables before')
dlg(T, [t("c'est quoi le livret d'alternance ?", [['periode', 'period'], ['electronique', 'plateforme', 'platform', 'electronic']]),
        t("la fiche objectifs est obligatoire ?", None, 'Oui'),
        t("et la fiche commentaires aussi ?", None, 'Non')],
    'guide §4.7')
dlg(H, [t("Notre apprenti de M2 (23 ans) a signé son contrat en août 2026 : comment passe-t-on de son brut à son net ?",
          [P(50), ['CSG', 'CRDS']]),
        t("Et pour un contrat signé en janvier 2025, c'est l'ancienne règle qui s'appliquerait ?", [P(79)], 'Oui')],
    'LEGAL-UPDATES: signature date decides; before 2025-03-01 waiver up to 79%, no CSG/CRDS')
dlg(S, [t("au fait je sais pas qui est mon tuteur universitaire, tu peux me dire son nom ?", kind='fallback'),
        t("on est fin novembre et j'en ai toujours pas, c'est normal ?", None, 'Non')],
    'individual assignment not in the documents; guide §4.6: assigned by early November at the latest')
dlg(S, [t("je suis en stage en alternance (pas en contrat), je suis payé comment ?", [['gratification'], ['4,5', '4.5']]),
        t("je suis considéré comme un salarié alors ?", None, 'Non')],
    'guide §4.1, §4.2.3 + LEGAL-UPDATES 4.50 EUR/h')


def build(path='dialogues.yaml'):
    assert len(DLG) == 30, len(DLG)
    items = list(DLG)
    rng().shuffle(items)
    res = []
    for n, it in enumerate(items, 1):
        d = {'id': f'd{n:03d}', 'as': it['role'], 'now': NOW, 'dialogue': it['turns']}
        res.append((d, f"src: {it['why']}"))
    write_yaml(path, res)
    return res


if __name__ == '__main__':
    print(len(build()), 'dialogues written')
