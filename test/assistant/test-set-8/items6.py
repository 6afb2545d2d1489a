from lib import *
Q("c'est quoi le mail du secrétariat ?", 's', k='clarify', topic='contacts')
Q("je suis en cours quels jours ?", 's', k='clarify', topic='rhythm')
Q("Combien d'heures de formation y a-t-il dans l'année ?", 'h', k='clarify', topic='hours')
Q("mon contrat peut commencer quand au plus tard ?", 's', k='clarify', topic='dates')
# ---------------- out of scope ----------------
OOS=[
("un bon resto pas cher pres de l'ilot du bois ?", 's'),
("c qui qui a gagne le match de l'OM hier soir ?", 's'),
("comment je remplis ma declaration d'impots pour mes revenus fonciers (j'ai un studio en location) ?", 's'),
("Quel est le taux de TVA applicable à nos prestations de conseil ?", 'h'),
("les inscriptions en master de droit a la Sorbonne c'est quand ?", 's'),
("il va faire quel temps demain a marseille ?", 's'),
("tu peux m'ecrire une fonction python qui trie une liste de dictionnaires ?", 's'),
("combien coute l'abonnement bus metro RTM pour un etudiant ?", 's'),
("le master info de l'universite de Bordeaux il vaut le coup ?", 's'),
("je vais toucher combien d'APL pour un studio a Aix ?", 's'),
("horaires de la piscine municipale d'Aix ?", 's'),
("Comment calcule-t-on l'impôt sur les sociétés pour une PME ?", 'h'),
("la recette de la bouillabaisse stp", 's'),
("tu me conseilles quel forfait mobile pas cher ?", 's'),
("quelle est la capitale de l'australie ?", 's'),
("comment je renouvelle mon titre de sejour etudiant a la prefecture ?", 's'),
("c'est quoi le meilleur langage pour faire de l'IA, python ou julia ?", 's'),
("Comment négocier une rupture conventionnelle avec un salarié en CDI de 50 ans ?", 'h'),
("Quelle mutuelle santé choisir pour nos salariés cadres ?", 'h'),
("mon voisin fait du bruit toutes les nuits, je peux faire quoi ?", 's'),
("Combien de jours de congés payés pour un salarié en CDI dans la métallurgie ?", 'h'),
("le permis de conduire ca coute combien en auto-ecole a aix ?", 's'),
("qui a ecrit les miserables ?", 's'),
("comment on installe docker sur windows 11 ?", 's'),
("y a des places de parking gratuites pres du site de Forbin ?", 's'),
("l'INSA Lyon propose de l'alternance en informatique ?", 's'),
("Peut-on bénéficier du crédit d'impôt recherche pour notre projet IA ?", 'h'),
("Quelle est la procédure de licenciement économique dans une entreprise de 30 salariés ?", 'h'),
("tu peux me resumer le dernier episode de one piece ?", 's'),
("les soldes d'hiver commencent quand cette annee ?", 's'),
("un billet de train marseille paris ca coute combien en ce moment ?", 's'),
("comment je me declare auto-entrepreneur a l'urssaf pour faire du freelance le week-end ?", 's'),
("En tant que tuteur, je peux déduire mes frais de repas de mes impôts ?", 't'),
("Quel outil de gestion de projet recommandez-vous pour mon équipe de dev ?", 't'),
("Comment former mon équipe à Scrum rapidement ?", 't'),
("quelle convention collective appliquer a une startup du numerique ?", 'h'),
("raconte moi une blague", 's'),
]
for q,r in OOS: Q(q, r, out=True, topic='out')
OOS_EN=[
("What's the best pizza place in Aix-en-Provence?", 's'),
("Who won the Champions League last season?", 's'),
("How do I apply for a master's degree at Imperial College London?", 's'),
("Can you write me a cover letter for a job at Google?", 's'),
("What's the income tax rate in the UK?", 'h'),
("How do I renew my US passport while living in France?", 's'),
("What's the weather usually like in Marseille in December?", 't'),
]
for q,r in OOS_EN: Q(q, r, out=True, en=True, topic='out')
