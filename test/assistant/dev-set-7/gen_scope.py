"""Build questions-scope.yaml (o001-o080): 50 out-of-scope questions that share words with the
domain (scope: out) and 30 in-scope questions the documents do not answer (kind: fallback).
No expect/expectAny/startsWith on any of them. Order shuffled with the fixed seed.
"""
from common import NOW, write_yaml, rng

S, H, T = 'student', 'hr', 'tutor'
OUT, FB = [], []


def out(role, q, why):
    OUT.append(dict(role=role, q=q, why=why))


def fb(role, q, why):
    FB.append(dict(role=role, q=q, why=why))


# ---------------------------------------------------------------- 50 OUT OF SCOPE (share words with the domain)
out(S, "mon frère est en CDI chez Orange, sa période d'essai de cadre peut durer combien de temps ?", 'ordinary employment law (CDI), not work-study')
out(S, "comment je déclare les revenus de mon appart en location sur impots.gouv ?", 'ordinary tax')
out(S, "j'ai droit aux APL pour un studio à Marseille près de l'îlot du Bois ?", 'housing aid')
out(S, "le master MIAGE de Nanterre propose l'alternance dès le M1 ?", 'another university')
out(S, "c'est quoi le menu du resto U à côté de l'îlot du Bois ce midi ?", 'canteen')
out(T, "tu peux m'aider à corriger une NullPointerException dans le code Java de notre projet ?", 'coding help')
out(S, "je finis un CDD chez Carrefour, je touche combien de chômage (ARE) ?", 'unemployment benefits')
out(S, "je cherche un job étudiant le week-end à Aix, t'as des plans ?", 'student job search')
out(S, "c'est quoi les dates de stage de la licence pro de l'IUT de Nice ?", 'another institution internships')
out(S, "quelle voiture d'occasion je prends pour faire Aix-Marseille tous les jours ?", 'cars')
out(H, "Un de nos salariés en CDI demande une rupture conventionnelle : quelle indemnité minimum ?", 'ordinary employment law')
out(S, "ma mère est au smic, elle a droit à la prime d'activité ?", 'social benefits, not work-study')
out(H, "Combien de semaines de congé maternité pour une salariée en CDI ?", 'ordinary employment law')
out(S, "la salle de sport du campus de Luminy ouvre à quelle heure ?", 'sport')
out(S, "c'est quoi le meilleur forfait mobile pas cher pour un étudiant ?", 'consumer question')
out(S, "comment on écrit une requête SQL avec GROUP BY et HAVING ?", 'coding help')
out(S, "le master informatique d'Avignon prend des alternants en M2 ?", 'another university')
out(H, "Quelle différence entre une SARL et une SAS pour créer une filiale ?", 'company law')
out(S, "après mon diplôme, comment je passe d'un titre de séjour étudiant à un titre salarié ?", 'immigration law after studies, not the programme')
out(S, "EPITECH Marseille ça coûte combien par an ?", 'another school')
out(S, "le CROUS de la Canebière ferme à quelle heure le soir ?", 'canteen / CROUS')
out(S, "comment contester une amende de stationnement prise devant le site de Forbin ?", 'cars / fines')
out(H, "Un salarié de 62 ans peut-il partir à la retraite à taux plein ?", 'pensions')
out(S, "j'ai bossé comme serveur cet été, je dois déclarer ce salaire aux impôts ?", 'ordinary tax on a summer job')
out(H, "Combien de fois peut-on renouveler un CDD classique ?", 'ordinary employment law')
out(H, "Quel taux de TVA s'applique à la vente de nos licences logicielles ?", 'company tax')
out(S, "la bourse du CROUS, c'est calculé comment ?", 'student grants')
out(S, "ma coloc paie plus son loyer depuis deux mois, je fais quoi ?", 'housing dispute')
out(S, "le BTS SIO en alternance à Marseille c'est une bonne formation ?", 'another programme')
out(H, "Les tickets restaurant sont-ils obligatoires pour nos salariés ?", 'ordinary employment law')
out(S, "c'est quoi le score de l'OM ce week-end ?", 'sport')
out(S, "mon ordi portable rame, je prends un Mac ou un PC pour coder ?", 'consumer advice')
out(S, "tu peux m'expliquer le théorème de Bayes pour mon partiel de stats ?", 'tutoring / course content help')
out(H, "Un salarié en CDI peut-il refuser de faire des heures supplémentaires ?", 'ordinary employment law')
out(S, "comment je crée une micro-entreprise pour faire du freelance le soir ?", 'business creation')
out(S, "quel framework JavaScript apprendre en 2026, React ou Vue ?", 'coding advice')
out(S, "l'IUT d'Aix propose le BUT informatique en apprentissage ?", 'another programme')
out(S, "c'est quand les vacances scolaires de la zone B pour mon petit frère au collège ?", 'school holidays of another level')
out(S, "un abonnement Basic-Fit à Marseille c'est combien par mois ?", 'sport')
out(S, "tu peux traduire ma lettre de motivation en espagnol ?", 'translation help')
out(H, "Notre commercial peut-il utiliser sa voiture de fonction le week-end ?", 'ordinary employment law / cars')
out(S, "le parking de la gare Saint-Charles coûte combien à la journée ?", 'parking / transport')
out(S, "quelle mutuelle santé étudiante choisir ?", 'insurance')
out(H, "Comment calculer l'indemnité de licenciement d'un cadre avec 10 ans d'ancienneté ?", 'ordinary employment law')
out(S, "le MBA de l'ESSEC en part-time vaut le coup ?", 'another school')
out(S, "What is the best Python library for web scraping?", 'coding help')
out(S, "How do I open a bank account in France as a foreign student?", 'banking')
out(H, "What is the statutory notice period for a permanent employee who resigns in France?", 'ordinary employment law')
out(S, "Can you recommend a cheap gym near the Vieux-Port in Marseille?", 'sport')
out(S, "Which master's degrees in data science does Université Côte d'Azur offer?", 'another university')

# ---------------------------------------------------------------- 30 FALLBACK (in scope, not answered by the documents)
fb(S, "c'est quand la date limite exacte pour faire valider une mission cette année ?", 'guide §3.3.1: exact date communicated later -> responsable de l\'alternance')
fb(S, "c'est quoi le mot de passe du formulaire de validation de mission ?", 'guide §3.3.3: given by the responsable de l\'alternance, not in the documents')
fb(T, "Quelles sont les dates de début et de fin des 3 périodes du livret cette année ?", 'guide §4.7: communicated later')
fb(T, "Mon alternant de M2 a ses examens du semestre 3 quand exactement cette année ?", 'not in the documents -> secrétariat pédagogique')
fb(H, "Quel est le coût de la formation M2 en apprentissage pour 2026/2027 ?", 'guide gives 2025/2026 only; M2 sheet: fixed each year with the CFA')
fb(S, "c'est qui mon tuteur universitaire ?", 'individual assignment not in the documents')
fb(S, "je peux faire mon alternance de M2 dans une entreprise à l'étranger ?", 'not covered')
fb(S, "l'aide de 500 € pour le permis de conduire des apprentis, je la demande où ?", 'not in the documents -> CFA')
fb(H, "Combien touche l'entreprise comme aide à l'embauche d'un apprenti en master en 2026 ?", 'not in the documents')
fb(H, "Quelle est la grille de rémunération d'un apprenti de M2 dans la fonction publique ?", 'table 6 is the private-sector grid only')
fb(S, "combien d'absences injustifiées max avant d'être interdit d'examen ?", 'depends on exam regulations, not given')
fb(S, "quelle est la note minimale pour valider une UE en M2 ?", 'M3C not in the documents')
fb(T, "La soutenance de mon alternant de M2 en septembre 2027, c'est quel jour exactement ?", 'not in the documents')
fb(S, "le rapport d'alternance de M2 doit faire combien de pages ?", 'not in the documents')
fb(S, "quels cours on a en M1 MIAGE ?", 'only the M2 programme sheet is available')
fb(H, "Quel sera le montant du SMIC au 1er janvier 2027 ?", 'LEGAL-UPDATES: next value not known yet')
fb(S, "c'est quoi les dates des vacances de Noël 2026 dans le calendrier d'alternance du M2 ?", 'calendar figures lost in the extraction')
fb(S, "quel est le programme des cours de la L3 informatique parcours MIAGE ?", 'not in the documents')
fb(S, "le forum MIAGE/entreprises c'est quelle date cette année ?", 'forum mentioned without a date')
fb(H, "Quel est notre OPCO pour une entreprise du numérique ?", 'not in the documents')
fb(S, "la carte d'étudiant des métiers je la reçois comment ?", 'not in the documents -> CFA')
fb(S, "la réunion de présentation de l'alternance pour les futurs M1, c'est quand ?", 'not dated in the documents')
fb(S, "c'est quand la pré-rentrée du M2 2027/2028 ?", 'date communicated later by e-mail')
fb(S, "la MIAGE fait passer le TOEIC ?", 'not in the documents')
fb(S, "le cours Internationalisation des productions il est fait en anglais ?", 'M2 sheet gives hours only')
fb(S, "il y a combien de places en M1 à Aix et à Marseille ?", 'not in the documents')
fb(S, "les frais d'inscription en M1 pour un non-alternant en 2026/2027 c'est combien ?", 'M2 sheet refers to an external page, no figure')
fb(T, "Est-ce qu'un maître d'apprentissage doit suivre une formation spécifique ?", 'not in the documents')
fb(S, "Which cloud platform do we use in the Cloud computing course, AWS or Azure?", 'not in the documents')
fb(T, "When will the 2027/2028 M1 alternance calendar be published?", 'not in the documents')


def build(path='questions-scope.yaml'):
    assert len(OUT) == 50 and len(FB) == 30, (len(OUT), len(FB))
    items = [(x, 'out') for x in OUT] + [(x, 'fallback') for x in FB]
    rng().shuffle(items)
    res = []
    for n, (it, typ) in enumerate(items, 1):
        d = {'id': f'o{n:03d}', 'q': it['q'], 'as': it['role'], 'now': NOW}
        if typ == 'out':
            d['scope'] = 'out'
        else:
            d['kind'] = 'fallback'
        res.append((d, f"{typ}: {it['why']}"))
    write_yaml(path, res)
    return res


if __name__ == '__main__':
    print(len(build()), 'scope items written')
