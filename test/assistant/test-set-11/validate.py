#!/usr/bin/env python3
# testset15 — structural validator and counter for the YAML test set.
import collections
import json
import os
import re
import sys

import yaml

from lib import detect_lang, norm

HEADER = '# testset15 — independent test set, written from the seeds alone.'
NOW = '2026-11-25'
ROLES = {'student', 'hr', 'tutor'}
Q_KEYS = {'id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
D_KEYS = {'id', 'as', 'now', 'dialogue'}
T_KEYS = {'q', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
KINDS = {'clarify', 'fallback', 'answer'}
YN = {'fr': {'Oui', 'Non'}, 'en': {'Yes', 'No'}}

errors = []


def err(msg):
    errors.append(msg)


def squash(s):
    return re.sub(r'\s+', '', norm(s))


def load(name):
    with open(name, encoding='utf-8') as f:
        text = f.read()
    if text.split('\n', 1)[0] != HEADER:
        err(f'{name}: first line must be the header comment')
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        err(f'{name}: top level must be a list')
        return []
    return data


def check_checks(where, d, lang):
    """Checks shared by single questions and dialogue turns."""
    q = d.get('q')
    if not isinstance(q, str) or not q.strip():
        err(f'{where}: missing q')
        return
    for k in ('expect',):
        if k in d:
            v = d[k]
            if not (isinstance(v, list) and v and all(isinstance(x, str) and squash(x) for x in v)):
                err(f'{where}: {k} must be a non-empty list of non-empty strings')
    if 'expectAny' in d:
        v = d['expectAny']
        ok = isinstance(v, list) and v and all(
            isinstance(g, list) and g and all(isinstance(x, str) and squash(x) for x in g) for g in v)
        if not ok:
            err(f'{where}: expectAny must be a non-empty list of non-empty lists of strings')
    if 'startsWith' in d and d['startsWith'] not in YN[lang]:
        err(f'{where}: startsWith {d["startsWith"]!r} does not fit language {lang}')
    if 'kind' in d and d['kind'] not in KINDS:
        err(f'{where}: bad kind {d["kind"]!r}')
    if 'scope' in d and d['scope'] != 'out':
        err(f'{where}: bad scope {d["scope"]!r}')
    if d.get('scope') == 'out' and any(k in d for k in ('expect', 'expectAny', 'startsWith', 'kind')):
        err(f'{where}: scope out must carry no expect/expectAny/startsWith/kind')
    if d.get('kind') in ('clarify', 'fallback') and any(k in d for k in ('expect', 'expectAny', 'startsWith')):
        err(f'{where}: kind {d["kind"]} must carry no expect/expectAny/startsWith')


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    a, b, dl = load('questions-a.yaml'), load('questions-b.yaml'), load('dialogues.yaml')
    seen_q = {}
    stats = collections.Counter()
    role_q, role_d = collections.Counter(), collections.Counter()
    lang_q, lang_t = collections.Counter(), collections.Counter()
    kind_c, kind_t = collections.Counter(), collections.Counter()
    yn = collections.Counter()
    turns_c = collections.Counter()
    unchecked = []

    def note_q(where, q):
        k = squash(q)
        if k in seen_q:
            err(f'{where}: duplicate question text (also {seen_q[k]})')
        seen_q[k] = where

    for name, items, lo, hi in (('questions-a.yaml', a, 1, 150), ('questions-b.yaml', b, 151, 300)):
        if len(items) != hi - lo + 1:
            err(f'{name}: {len(items)} items, expected {hi - lo + 1}')
        for n, it in enumerate(items, lo):
            want = f'q{n:03d}'
            iid = it.get('id') if isinstance(it, dict) else None
            where = f'{name}:{iid or want}'
            if not isinstance(it, dict):
                err(f'{where}: item is not a mapping')
                continue
            if iid != want:
                err(f'{where}: id should be {want}')
            extra = set(it) - Q_KEYS
            if extra:
                err(f'{where}: unknown keys {sorted(extra)}')
            if it.get('as') not in ROLES:
                err(f'{where}: bad role {it.get("as")!r}')
            if it.get('now') != NOW:
                err(f'{where}: now must be the string {NOW!r}')
            lang = detect_lang(it.get('q', ''))
            check_checks(where, it, lang)
            note_q(where, it.get('q', ''))
            role_q[it.get('as')] += 1
            lang_q[lang] += 1
            kind_c['out' if it.get('scope') == 'out' else it.get('kind', 'answer')] += 1
            if 'startsWith' in it:
                yn[lang] += 1
            if not any(k in it for k in ('expect', 'expectAny', 'startsWith', 'kind', 'scope')):
                unchecked.append(iid)

    if len(dl) < 25:
        err(f'dialogues.yaml: {len(dl)} dialogues, at least 25 required')
    for n, dg in enumerate(dl, 1):
        want = f'd{n:03d}'
        iid = dg.get('id') if isinstance(dg, dict) else None
        where = f'dialogues.yaml:{iid or want}'
        if not isinstance(dg, dict):
            err(f'{where}: not a mapping')
            continue
        if iid != want:
            err(f'{where}: id should be {want}')
        extra = set(dg) - D_KEYS
        if extra:
            err(f'{where}: unknown keys {sorted(extra)}')
        if dg.get('as') not in ROLES:
            err(f'{where}: bad role')
        if dg.get('now') != NOW:
            err(f'{where}: bad now')
        turns = dg.get('dialogue')
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(f'{where}: dialogue must have 2-4 turns')
            continue
        role_d[dg.get('as')] += 1
        turns_c[len(turns)] += 1
        for k, tr in enumerate(turns, 1):
            w = f'{where}/turn{k}'
            if not isinstance(tr, dict):
                err(f'{w}: not a mapping')
                continue
            extra = set(tr) - T_KEYS
            if extra:
                err(f'{w}: unknown keys {sorted(extra)}')
            lang = detect_lang(tr.get('q', ''))
            check_checks(w, tr, lang)
            note_q(w, tr.get('q', ''))
            lang_t[lang] += 1
            kind_t['out' if tr.get('scope') == 'out' else tr.get('kind', 'answer')] += 1
            if 'startsWith' in tr:
                yn['turn-' + lang] += 1

    nq = len(a) + len(b)
    print(f'single questions: {nq}   dialogues: {len(dl)}   turns: {sum(k * v for k, v in turns_c.items())}')
    print('  questions by role :', dict(role_q), ' ' + ', '.join(f'{r} {100 * c / nq:.0f}%' for r, c in role_q.items()))
    print('  dialogues by role :', dict(role_d))
    print('  questions by lang :', dict(lang_q), f' en {100 * lang_q["en"] / nq:.1f}%')
    print('  turns by lang     :', dict(lang_t))
    print('  questions by kind/scope:', dict(kind_c))
    print('  turns by kind/scope    :', dict(kind_t))
    print('  yes/no (startsWith)    :', dict(yn), ' singles', yn['fr'] + yn['en'])
    print('  dialogue lengths       :', dict(sorted(turns_c.items())))
    if unchecked:
        print('  answer items with no check at all:', unchecked)
    if os.path.exists('meta.json'):
        meta = json.load(open('meta.json', encoding='utf-8'))
        tc = collections.Counter(v['topic'] for k, v in meta.items() if k.startswith('q'))
        print('  topics (singles):', dict(tc.most_common()))
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for e in errors:
            print('  -', e)
        sys.exit(1)
    print('\nOK: no errors')


if __name__ == '__main__':
    main()
