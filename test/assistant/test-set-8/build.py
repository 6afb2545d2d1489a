import sys, yaml, collections
sys.path.insert(0,'.')
import lib
for f in ['items1','items2','items3','items4','items5','items6']: __import__(f)
import dialogs
REMOVE=[
"Is an apprentice's salary calculated on 35 h",
"apprentie en M2, nee le 5 mai 2008",
"le guide parle de +15% pour un apprenti",
"les heures de formation en contrat pro sont comptées",
"c'est quoi le plafond horaire de la securite sociale",
"la validation de mission ça prend combien de temps",
"Le site web du CFA",
"M2 : il y a cours le samedi matin",
"combien d'heures d'enseignement en M2",
"Where are M2 classes held",
"FC-SANS c'est quoi",
"un contrat d'apprentissage est toujours accompagné",
"le stage en alternance c'est pour quel genre",
"rupture contrat pro : combien d'exemplaires",
"l'entreprise peut quand meme m'offrir",
"combien de BCC dans le M2",
"la présence en cours est contrôlée",
"le master miage est rattaché",
"combien d'ECTS pour valider le MS",
"Polytech Montpellier statut étudiant",
"l'Icam MS SII : dérogation VAPP",
"combien de certifiés en 2020",
"Has the French minimum wage changed since June",
"contrat pro : la convention de formation avec le SFCA",
"arret maladie du mercredi 23 decembre",
"What does OPA mean",
"quelle proportion de cours par des intervenants",
"en ISIE il y a un cours d'IoT",
"mail du référent handicap de l'Icam",
"combien coûte la formation pour un M2 non alternant",
"on embauche un demandeur d'emploi de 47 ans",
"jsuis en L3I en apprentissage et g 17 ans",
"apprenti L3I, 21 ans, combien minimum",
"responsable pedagogique du parcours ISIE",
"l'UE Professionnalisation du M2",
"le mastère spécialisé systèmes d'information industriels de l'Icam c'est quel niveau",
"Polytech Montpellier ingénieur informatique : niveau d'anglais",
"on est combien d'etudiants en M2",
"en M2 on choisit son parcours",
"What is the MIAGE's quality certification",
]
TO_TUTOR=[  # hr-worded items that a tutor would as plausibly ask
"Notre alternant en M1 (apprentissage) aura 21 ans",
"Apprenti en M1 qui a eu 26 ans",
"Notre apprenti de M2 a 27 ans",
"Pour un contrat d'apprentissage d'un an en M2 2026/2027",
"notre alternant M2 en contrat pro pourrait démarrer",
"Once the mission is validated",
"on change de maître d'apprentissage",
"Changement de tuteur pour un alternant en contrat pro",
"La demande pédagogique (dispense",
"Arrêt de travail de l'alternant daté du 10 novembre",
"What can happen if an apprentice has unjustified",
"stagiaire en alternance malade",
"Notre alternant en M2 est chez nous quels jours",
"During university holidays",
"Can the apprentice attend classes remotely",
"Notre apprentie réclame 5 jours de révision",
"redoublement du M2 : on peut prolonger",
"Stage en alternance : l'étudiant sera présent 40 jours",
]
items=[]
used=collections.Counter()
for it in lib.ITEMS:
    hit=[r for r in REMOVE if r in it['q']]
    if hit: used[hit[0]]+=1; continue
    for t in TO_TUTOR:
        if t in it['q']: it['as']='tutor'; used[t]+=1
    items.append(it)
for r in REMOVE+TO_TUTOR:
    if used[r]!=1: print('WARN pattern matched',used[r],'times:',r)
print('total',len(items))
def clean(d):
    return {k:v for k,v in d.items() if not k.startswith('_')}
import random
random.Random(12).shuffle(items)
out=[]
for n,it in enumerate(items,1):
    c=clean(it); c={'id':f'q{n:03d}', **c}; out.append(c)
HDR='# testset12 — independent test set, written from the seeds alone.\n'
class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data): return True
import re as _re
def _str(d, v):
    if _re.match(r'^[0-9+\-.]', v) or '%' in v or ': ' in v or v in ('Oui','Non','Yes','No'):
        return d.represent_scalar('tag:yaml.org,2002:str', v, style="'")
    return d.represent_scalar('tag:yaml.org,2002:str', v)
Dumper.add_representer(str, _str)
def dump(obj):
    return yaml.dump(obj, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
open('questions-a.yaml','w').write(HDR+dump(out[:150]))
open('questions-b.yaml','w').write(HDR+dump(out[150:]))
dl=[]
for n,d in enumerate(dialogs.DLG,1):
    dl.append({'id':f'd{n:03d}','as':d['as'],'now':d['now'],'dialogue':[clean(t) for t in d['dialogue']]})
open('dialogues.yaml','w').write(HDR+dump(dl))
# stats for README
import json
st={'roles':collections.Counter(i['as'] for i in items),'yesno':collections.Counter(i.get('startsWith') for i in items if i.get('startsWith')),
    'out':sum(1 for i in items if i.get('scope')=='out'),'kinds':collections.Counter(i.get('kind') for i in items if i.get('kind')),
    'english':sum(1 for i in items if i['_en']),'topics':collections.Counter(i['_topic'] for i in items),
    'dlg_turns':sum(len(d['dialogue']) for d in dl),'dlg_roles':collections.Counter(d['as'] for d in dl),
    'dlg_clarify_open':sum(1 for d in dl if d['dialogue'][0].get('kind')=='clarify'),
    'dlg_en_turns':sum(1 for d in dialogs.DLG for t in d['dialogue'] if t['_en'])}
print(json.dumps(st,indent=1,ensure_ascii=False))
