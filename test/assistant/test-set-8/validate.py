#!/usr/bin/env python3
"""Validate the testset12 YAML files (structure, ids, expectations, counts)."""
import yaml, re, sys, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
HDR = '# testset12 — independent test set, written from the seeds alone.'
ROLES = {'student', 'hr', 'tutor'}
SW = {'Oui', 'Non', 'Yes', 'No'}
KINDS = {'clarify', 'fallback'}
errors = []
def err(m): errors.append(m)
EN_WORDS = re.compile(r"\b(the|what|how|who|when|is|does|can|my|our|and|in english)\b", re.I)
FR_WORDS = re.compile(r"\b(je|j'|c'est|est|les|une|des|quel|quelle|combien|pour|mon|notre|qui|et|en|le|la)\b", re.I)
def is_en(q): return len(EN_WORDS.findall(q)) > len(FR_WORDS.findall(q))

def check_unit(u, where):
    for k in u:
        if k not in {'id','q','as','now','expect','expectAny','startsWith','kind','scope','dialogue'}:
            err(f'{where}: unknown key {k}')
    if not isinstance(u.get('q'), str) or not u['q'].strip(): err(f'{where}: missing q')
    if 'expect' in u:
        if not isinstance(u['expect'], list) or not u['expect'] or not all(isinstance(x, str) and x for x in u['expect']):
            err(f'{where}: expect must be a non-empty list of strings')
    if 'expectAny' in u:
        ea = u['expectAny']
        if not isinstance(ea, list) or not ea or not all(isinstance(g, list) and g and all(isinstance(x, str) and x for x in g) for g in ea):
            err(f'{where}: expectAny must be a list of non-empty lists of strings')
    if 'startsWith' in u and u['startsWith'] not in SW: err(f'{where}: bad startsWith {u["startsWith"]!r}')
    if 'kind' in u:
        if u['kind'] not in KINDS: err(f'{where}: bad kind')
        if any(k in u for k in ('expect','expectAny','startsWith')): err(f'{where}: kind item carries expectations')
    if 'scope' in u:
        if u['scope'] != 'out': err(f'{where}: bad scope')
        if any(k in u for k in ('expect','expectAny','startsWith','kind')): err(f'{where}: out-of-scope item carries expectations')

def load(fn):
    txt = open(fn, encoding='utf-8').read()
    if txt.splitlines()[0] != HDR: err(f'{fn}: header line missing')
    return yaml.safe_load(txt)

ids = set()
qs = []
for fn, lo, hi in [('questions-a.yaml', 1, 150), ('questions-b.yaml', 151, 300)]:
    data = load(fn)
    if [it.get('id') for it in data] != [f'q{n:03d}' for n in range(lo, hi + 1)]: err(f'{fn}: ids not q{lo:03d}..q{hi:03d} in order')
    for it in data:
        w = f'{fn}:{it.get("id")}'
        if it['id'] in ids: err(f'{w}: duplicate id')
        ids.add(it['id'])
        if it.get('as') not in ROLES: err(f'{w}: bad role')
        if it.get('now') != '2026-11-25': err(f'{w}: now must be the string 2026-11-25')
        if 'dialogue' in it: err(f'{w}: dialogue in question file')
        check_unit(it, w)
        qs.append(it)
dl = load('dialogues.yaml')
if [d.get('id') for d in dl] != [f'd{n:03d}' for n in range(1, 26)]: err('dialogues: ids not d001..d025')
for d in dl:
    w = f'dialogues:{d.get("id")}'
    if d['id'] in ids: err(f'{w}: duplicate id')
    ids.add(d['id'])
    if d.get('as') not in ROLES: err(f'{w}: bad role')
    if d.get('now') != '2026-11-25': err(f'{w}: bad now')
    if not 2 <= len(d.get('dialogue', [])) <= 4: err(f'{w}: needs 2-4 turns')
    for i, t in enumerate(d['dialogue']): check_unit(t, f'{w}#{i+1}')

texts = [q['q'].strip().lower() for q in qs]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
if dups: err(f'duplicate question texts: {dups}')
roles = collections.Counter(q['as'] for q in qs)
yesno = sum(1 for q in qs if 'startsWith' in q)
out = sum(1 for q in qs if q.get('scope') == 'out')
kinds = collections.Counter(q.get('kind') for q in qs if 'kind' in q)
en = sum(1 for q in qs if is_en(q['q']))
clar_open = sum(1 for d in dl if d['dialogue'][0].get('kind') == 'clarify')
print(f'questions: {len(qs)}  dialogues: {len(dl)} ({sum(len(d["dialogue"]) for d in dl)} turns, {clar_open} open with clarify)')
print(f'roles: {dict(roles)}  ({", ".join(f"{k} {100*v/len(qs):.0f}%" for k, v in roles.items())})')
print(f'yes/no: {yesno} {dict(collections.Counter(q["startsWith"] for q in qs if "startsWith" in q))}')
print(f'out of scope: {out}  clarify: {kinds["clarify"]}  fallback: {kinds["fallback"]}  English (heuristic): {en} ({100*en/len(qs):.0f}%)')
targets = [(len(qs) == 300, '300 questions'), (len(dl) == 25, '25 dialogues'), (out >= 40, '>=40 out of scope'),
           (70 <= yesno <= 90, '~80 yes/no'), (8 <= kinds['clarify'] <= 14, '~10 clarify'), (10 <= kinds['fallback'] <= 15, '~12 fallback'),
           (0.10 <= en / len(qs) <= 0.20, '~15% English'), (0.55 <= roles['student'] / 300 <= 0.65, 'students ~60%'),
           (0.20 <= roles['hr'] / 300 <= 0.30, 'hr ~25%'), (0.12 <= roles['tutor'] / 300 <= 0.18, 'tutors ~15%'),
           (6 <= clar_open <= 10, '~7 dialogues open with clarify')]
for ok, name in targets:
    if not ok: err(f'target not met: {name}')
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK: all files parse, ids unique, expectations well-formed, targets met')
