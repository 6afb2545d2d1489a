#!/usr/bin/env python3
"""Validate questions.yaml and dialogues.yaml of devset11."""
import os
import re
import sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = '# devset11 — development set, written from the seeds alone.'
ROLES = {'student', 'hr', 'tutor'}
STARTS = {'Oui', 'Non', 'Yes', 'No'}
KINDS = {'clarify', 'fallback', 'answer'}
TURN_KEYS = {'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
ITEM_KEYS_Q = TURN_KEYS | {'id'}
ITEM_KEYS_D = {'id', 'as', 'now', 'dialogue'}
NOW = '2026-11-25'

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def check_str_list(where, key, v):
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
        err(where, f'{key} must be a non-empty list of non-empty strings')


def check_turn(where, t, allowed):
    if not isinstance(t, dict):
        err(where, 'not a mapping')
        return
    for k in t:
        if k not in allowed:
            err(where, f'key not allowed: {k}')
    if not isinstance(t.get('q'), str) or not t['q'].strip():
        err(where, 'missing q')
    if 'as' in t and t['as'] not in ROLES:
        err(where, f"bad as: {t['as']}")
    if 'now' in t and t['now'] != NOW:
        err(where, f"bad now: {t['now']}")
    if 'expect' in t:
        check_str_list(where, 'expect', t['expect'])
    if 'expectAny' in t:
        v = t['expectAny']
        if not isinstance(v, list) or not v:
            err(where, 'expectAny must be a non-empty list of lists')
        else:
            for alt in v:
                check_str_list(where, 'expectAny[]', alt)
    if 'startsWith' in t and t['startsWith'] not in STARTS:
        err(where, f"bad startsWith: {t['startsWith']}")
    if 'kind' in t and t['kind'] not in KINDS:
        err(where, f"bad kind: {t['kind']}")
    if 'scope' in t:
        if t['scope'] != 'out':
            err(where, f"bad scope: {t['scope']}")
        if any(k in t for k in ('expect', 'expectAny', 'startsWith')):
            err(where, 'scope: out must carry no other expectation')
    if t.get('kind') == 'clarify' and any(k in t for k in ('expect', 'expectAny', 'startsWith')):
        err(where, 'clarify turn should carry no answer expectation')


def load(name):
    path = os.path.join(HERE, name)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if text.split('\n', 1)[0] != HEADER:
        err(name, 'first line is not the expected header')
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        err(name, 'top level is not a list')
        return []
    return data


def check_ids(name, items, prefix):
    ids = [it.get('id') for it in items if isinstance(it, dict)]
    expected = [f'{prefix}{i:03d}' for i in range(1, len(items) + 1)]
    if ids != expected:
        err(name, f'ids not unique/ordered {prefix}001..: first mismatch '
                  f'{next(((a, b) for a, b in zip(ids, expected) if a != b), None)}')


def main():
    texts = {}

    def seen(where, q):
        key = re.sub(r'\s+', ' ', q.strip().lower())
        if key in texts:
            err(where, f'duplicate text (also {texts[key]}): {q!r}')
        texts[key] = where

    qs = load('questions.yaml')
    check_ids('questions.yaml', qs, 'y')
    for it in qs:
        w = f"questions.yaml:{it.get('id')}"
        check_turn(w, it, ITEM_KEYS_Q)
        if it.get('as') not in ROLES:
            err(w, 'missing/bad as')
        if it.get('now') != NOW:
            err(w, 'missing/bad now')
        if it.get('startsWith') not in STARTS:
            err(w, 'yes/no item without startsWith')
        if isinstance(it.get('q'), str):
            seen(w, it['q'])

    ds = load('dialogues.yaml')
    check_ids('dialogues.yaml', ds, 'd')
    for it in ds:
        w = f"dialogues.yaml:{it.get('id')}"
        if not isinstance(it, dict):
            err(w, 'not a mapping')
            continue
        for k in it:
            if k not in ITEM_KEYS_D:
                err(w, f'key not allowed: {k}')
        if it.get('as') not in ROLES:
            err(w, 'missing/bad as')
        if it.get('now') != NOW:
            err(w, 'missing/bad now')
        turns = it.get('dialogue')
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(w, 'dialogue must have 2-4 turns')
            continue
        for n, t in enumerate(turns, 1):
            check_turn(f'{w}#{n}', t, TURN_KEYS)
            if isinstance(t, dict) and isinstance(t.get('q'), str):
                seen(f'{w}#{n}', t['q'])

    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} error(s)')
        sys.exit(1)
    nturns = sum(len(d['dialogue']) for d in ds)
    nclar = sum(1 for d in ds if d['dialogue'][0].get('kind') == 'clarify')
    print(f'OK: {len(qs)} questions, {len(ds)} dialogues ({nturns} turns, '
          f'{nclar} starting with a clarify turn)')


if __name__ == '__main__':
    main()
