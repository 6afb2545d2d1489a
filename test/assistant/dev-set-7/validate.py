#!/usr/bin/env python3
"""Validate the devset13 YAML files and print counts. Exit code 1 on any error."""
import re
import sys
import unicodedata
from collections import Counter

import yaml

HEADER = '# devset13 — development set (yes/no and scope), written from the seeds alone.'
NOW = '2026-11-25'
ROLES = {'student', 'hr', 'tutor'}
Q_KEYS = {'id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
D_KEYS = {'id', 'as', 'now', 'dialogue'}
T_KEYS = {'q', 'expect', 'expectAny', 'startsWith', 'kind'}
KINDS = {'clarify', 'fallback', 'answer'}
FILES = {'questions-yn.yaml': ('y', 240), 'questions-scope.yaml': ('o', 80), 'dialogues.yaml': ('d', 30)}

errors, warnings = [], []
EN_WORDS = set('the is are my our do does can could will would should what how if i we you a an of at to on in '
               'with for be have has and or it this that after before which when'.split())
FR_WORDS = set("je j le la les est c mon ma mes on pour des du en que qui pas une un et à au aux ça ce "
               "notre nos il elle y faut peut dois suis sont avec sans dans sur".split())


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', '', s.lower())


def lang_of(q):
    words = re.findall(r"[a-zA-ZÀ-ÿ]+", q.lower())
    en = sum(w in EN_WORDS for w in words)
    fr = sum(w in FR_WORDS for w in words)
    return 'en' if en > fr else 'fr'


def err(where, msg):
    errors.append(f'{where}: {msg}')


def check_expectations(where, node, q):
    if 'expect' in node:
        e = node['expect']
        if not isinstance(e, list) or not e or not all(isinstance(x, str) and x.strip() for x in e):
            err(where, 'expect must be a non-empty list of non-empty strings')
        else:
            for x in e:
                if norm(x) in norm(q):
                    warnings.append(f'{where}: expect {x!r} already appears in the question')
    if 'expectAny' in node:
        ea = node['expectAny']
        if not isinstance(ea, list) or not ea:
            err(where, 'expectAny must be a non-empty list')
            return
        for g in ea:
            if not isinstance(g, list) or not g or not all(isinstance(x, str) and x.strip() for x in g):
                err(where, f'expectAny group {g!r} must be a non-empty list of non-empty strings')
            elif all(norm(x) in norm(q) for x in g):
                warnings.append(f'{where}: every alternative of {g!r} already appears in the question')


def check_turnlike(where, node, qkeys, is_yn_file=False):
    q = node.get('q')
    if not isinstance(q, str) or not q.strip():
        err(where, 'missing/empty q')
        q = ''
    extra = set(node) - qkeys
    if extra:
        err(where, f'unknown keys {sorted(extra)}')
    kind = node.get('kind')
    scope = node.get('scope')
    if kind is not None and kind not in KINDS:
        err(where, f'bad kind {kind!r}')
    if scope is not None and scope != 'out':
        err(where, f'bad scope {scope!r}')
    if scope == 'out' and kind is not None:
        err(where, 'scope out must not carry a kind')
    silent = kind in ('clarify', 'fallback') or scope == 'out'
    if silent and any(k in node for k in ('expect', 'expectAny', 'startsWith')):
        err(where, 'clarify/fallback/out item carries expect/expectAny/startsWith')
    sw = node.get('startsWith')
    if sw is not None:
        if sw not in ('Oui', 'Non', 'Yes', 'No'):
            err(where, f'bad startsWith {sw!r} (YAML booleans? quote Yes/No)')
        else:
            lang = lang_of(q)
            if (sw in ('Yes', 'No')) != (lang == 'en'):
                err(where, f'startsWith {sw} does not match detected language {lang}: {q!r}')
    check_expectations(where, node, q)
    return q


def main():
    seen_q = {}
    stats = {}
    for fname, (prefix, count) in FILES.items():
        try:
            with open(fname, encoding='utf-8') as f:
                text = f.read()
        except FileNotFoundError:
            err(fname, 'missing file')
            continue
        if text.split('\n', 1)[0] != HEADER:
            err(fname, 'first line is not the required header comment')
        data = yaml.safe_load(text)
        if not isinstance(data, list):
            err(fname, 'top level is not a list')
            continue
        if len(data) != count:
            err(fname, f'{len(data)} items, expected {count}')
        st = Counter()
        for n, item in enumerate(data, 1):
            want = f'{prefix}{n:03d}'
            where = f'{fname}:{item.get("id", "?")}'
            if item.get('id') != want:
                err(where, f'id should be {want}')
            if item.get('as') not in ROLES:
                err(where, f'bad role {item.get("as")!r}')
            if item.get('now') != NOW:
                err(where, f'now must be the string {NOW!r}, got {item.get("now")!r}')
            st['role:' + str(item.get('as'))] += 1
            if prefix == 'd':
                extra = set(item) - D_KEYS
                if extra:
                    err(where, f'unknown keys {sorted(extra)}')
                turns = item.get('dialogue')
                if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                    err(where, 'dialogue must have 2-3 turns')
                    continue
                st[f'turns:{len(turns)}'] += 1
                for k, tr in enumerate(turns, 1):
                    q = check_turnlike(f'{where}#t{k}', tr, T_KEYS)
                    if 'scope' in tr:
                        err(f'{where}#t{k}', 'scope not allowed in a turn')
                    nq = norm(q)
                    if nq in seen_q:
                        err(f'{where}#t{k}', f'duplicate question text (also {seen_q[nq]})')
                    seen_q[nq] = f'{where}#t{k}'
                    if tr.get('kind'):
                        st['turn kind:' + tr['kind']] += 1
                    if 'startsWith' in tr:
                        st['turn startsWith:' + tr['startsWith']] += 1
                    st['turn lang:' + lang_of(q)] += 1
                if 'startsWith' not in turns[-1]:
                    err(where, 'last turn must be a yes/no follow-up with startsWith')
                else:
                    st['last startsWith:' + turns[-1]['startsWith']] += 1
            else:
                q = check_turnlike(where, item, Q_KEYS)
                nq = norm(q)
                if nq in seen_q:
                    err(where, f'duplicate question text (also {seen_q[nq]})')
                seen_q[nq] = where
                st['lang:' + lang_of(q)] += 1
                if prefix == 'y':
                    if 'startsWith' not in item:
                        err(where, 'yes/no item without startsWith')
                    if item.get('kind') in ('clarify', 'fallback') or 'scope' in item:
                        err(where, 'yes/no item must not be clarify/fallback/out')
                    st['startsWith:' + str(item.get('startsWith'))] += 1
                    st['with expectAny' if 'expectAny' in item else 'without expectation'] += 1
                if prefix == 'o':
                    if item.get('scope') == 'out':
                        st['scope:out'] += 1
                    elif item.get('kind') == 'fallback':
                        st['kind:fallback'] += 1
                    else:
                        err(where, 'scope item must be scope: out or kind: fallback')
        stats[fname] = st
        if prefix == 'o' and (st['scope:out'], st['kind:fallback']) != (50, 30):
            err(fname, f'expected 50 out + 30 fallback, got {st["scope:out"]} + {st["kind:fallback"]}')
        if prefix == 'y':
            oui = st['startsWith:Oui'] + st['startsWith:Yes']
            non = st['startsWith:Non'] + st['startsWith:No']
            stats[fname]['positive (Oui+Yes)'] = oui
            stats[fname]['negative (Non+No)'] = non

    for fname, st in stats.items():
        print(f'== {fname}')
        for k in sorted(st):
            print(f'   {k}: {st[k]}')
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(errors)} error(s), {len(warnings)} warning(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
