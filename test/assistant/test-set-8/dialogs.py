from lib import *
P61=A('1138.88'); P51=A('952.18'); P43=A('802.82'); P80=A('1493.61','1493.62'); P65=A('1213.56'); P100=A('1867.02'); P53=A('989.52')
DLG=[]
def Dg(role, turns, en=False): DLG.append({'as':{'s':'student','h':'hr','t':'tutor'}[role],'now':NOW,'dialogue':turns})
# --- clarify openers ---
Dg('s',[T("je vais etre payé combien ?", k='clarify'),
        T("M2 en apprentissage, j'ai 22 ans", e=['61%'], a=[P61]),
        T("et en contrat pro ?", e=['80%'], a=[P80])])
Dg('h',[T("On veut prendre un alternant : le contrat peut commencer à partir de quand ?", k='clarify'),
        T("Pour le M2 de cette année (2026/2027), en contrat d'apprentissage.", a=[D(2026,6,3), D(2026,12,3)]),
        T("Et il doit se terminer entre quelles dates ?", a=[D(2027,9,3), D(2027,11,3)])])
Dg('s',[T("c'est quoi le mail du secretariat ?", k='clarify'),
        T("je suis en M1 a Aix", e=['feg-miage-aix@univ-amu.fr']),
        T("et si j'etais dans le groupe de marseille ?", e=['feg-miage-marseille@univ-amu.fr'])])
Dg('s',[T("on a cours quels jours ?", k='clarify'),
        T("M1", e=['lundi','mardi','samedi']),
        T("et en M2 ?", e=['jeudi','vendredi','samedi'])])
Dg('h',[T("Nous voulons rompre le contrat de notre alternant, comment procéder ?", k='clarify'),
        T("C'est un contrat de professionnalisation.", e=['DDETS','OPCO']),
        T("je contacte qui à la MIAGE ?", e=['Caussanel'])])
Dg('s',[T("how many training hours are there?", k='clarify', en=True),
        T("L3I MIAGE", e=['590']),
        T("and in M2?", e=['512'])])
Dg('t',[T("mon alternant redouble, son contrat continue ?", k='clarify'),
        T("il est en M1 en apprentissage", e=['OPCO']),
        T("et s'il avait été en M2 ?", a=[['prorog','prolong']])])
Dg('h',[T("combien coûte la formation ?", k='clarify'),
        T("Master MIAGE, en contrat de professionnalisation", a=[['8 231','8231','8,231']]),
        T("qui paie ?", e=['OPCO'])])
# --- other dialogues ---
Dg('s',[T("g eu 21 ans le 10 novembre, je suis en M2 apprenti. ce mois ci je dois toucher combien ?", e=['51%'], a=[P51]),
        T("et le mois prochain ?", e=['61%'], a=[P61]),
        T("ma boite veut pas augmenter, je contacte qui ?", e=['tuteur universitaire'])])
Dg('h',[T("Notre apprentie nous a transmis un arrêt de travail daté d'aujourd'hui. On a jusqu'à quand pour l'envoyer à la MIAGE ?", a=[D(2026,12,7,False)]),
        T("On l'envoie à qui ?", e=['Caussanel']),
        T("Elle est en M2.", e=['feg-miage-marseille@univ-amu.fr'])])
Dg('s',[T("How much does an M1 apprentice aged 20 earn at minimum?", e=['43%'], a=[P43], en=True),
        T("and after I turn 21 on 15 January 2027, from when does it change?", e=['53%'], a=[D(2027,2,1,False)], en=True)])
Dg('t',[T("je suis tuteur, la premiere visite du tuteur universitaire c'est quand ?", e=['janvier']),
        T("elle peut se faire en visio ?", s='Oui'),
        T("et la deuxieme ?", e=['avril','mai'])])
Dg('s',[T("j'ai 31 ans, je peux etre apprenti a la miage ?", s='Non'),
        T("ok alors je fais quel contrat ?", e=['professionnalisation']),
        T("et je serai payé combien au minimum ?", a=[P100])])
Dg('h',[T("Gratification minimale d'un stagiaire en alternance en 2026 ?", a=[['4,50','4.50']]),
        T("Il fait 7 h par jour et sera 10 jours chez nous ce mois-ci.", a=[A('315.00')+['315 €','315€','315 euros']]),
        T("Et si sa présence totale sur tout le stage n'est que de 30 jours (7 h par jour), la gratification est-elle obligatoire ?", s='Non')])
Dg('s',[T("je veux quitter ma boite (apprentissage), je fais comment ?", e=['Caussanel']),
        T("je peux enchainer avec un contrat pro dans une autre entreprise ?", s='Non'),
        T("et un contrat d'apprentissage ailleurs, faut attendre ?", s='Non')])
Dg('s',[T("M2 apprenti 23 ans, combien brut ?", a=[P61]),
        T("et mon net c'est pareil ? contrat signe en aout 2025", s='Non'),
        T("pourquoi ?", a=[['50%','moitie']])])
Dg('s',[T("M2 apprenti, j'ai un arret maladie depuis hier. je dois le donner a ma boite avant quand ?", a=[D(2026,11,26,False)]),
        T("et ma boite a jusqu'a quand pour l'envoyer a la fac ?", a=[D(2026,12,5,False)])])
Dg('h',[T("Who should we contact about an apprenticeship contract that is already signed?", e=['CFA'], en=True),
        T("phone number?", a=[['04.91.14.04.50','04 91 14 04 50','+33 4 91 14 04 50']], en=True),
        T("and for a professionalisation contract?", e=['SFCA'], en=True)])
Dg('s',[T("le cours SIG et geolocalisation c'est en I2D ?", s='Non', e=['ISIE']),
        T("c'est qui le responsable de ce parcours ?", e=['Caussanel']),
        T("et de l'autre parcours ?", e=['Chifu'])])
Dg('t',[T("On organise un séminaire le jeudi 10 décembre, notre alternant M2 peut y venir au lieu d'aller en cours ?", a=[['exception','exceptionnel']]),
        T("si je fais la demande aujourd'hui c'est dans les temps ?", s='Oui'),
        T("il faut combien de jours d'avance en general ?", a=[['10 jours ouvrables','dix jours ouvrables']])])
Dg('s',[T("tu connais un bon resto pres de l'ilot du bois ?", out=True),
        T("ok. c'est quoi l'adresse du site alors ?", e=['Maurice Bourdet'])])
Dg('s',[T("smic horaire actuel ?", a=[['12,31','12.31']]),
        T("et en mars 2026 ?", a=[['12,02','12.02']]),
        T("et en janvier prochain ?", k='fallback')])
Dg('s',[T("je suis apprenti, j'ai droit a des jours de revision avant les exams ?", s='Non'),
        T("et en contrat pro ?", e=['60']),
        T("ils sont payes ?", s='Non')])
Dg('s',[T("quelle est la duree de mon contrat ?", k='clarify'),
        T("j'entre en M1 en apprentissage", a=[['2 ans','deux ans']]),
        T("et si j'entrais directement en M2 ?", a=[['1 an','un an']])])
Dg('t',[T("alternant en contrat pro, M2, 20 ans : salaire minimum ?", e=['65%'], a=[P65]),
        T("il aura 21 ans le 8 décembre", e=['80%'], a=[D(2027,1,1,False)]),
        T("and in English?", e=['80%'], a=[D(2027,1,1,False)], en=True)])
