"""Validate testset13 (structure, values, counts). Exit code 1 on any error.
Prints the statistics used in README.md."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = '# testset13 — independent test set, written from the seeds alone.'
NOW = '2026-11-25'
ROLES = {'student', 'hr', 'tutor'}
SW = {'Oui', 'Non', 'Yes', 'No'}
KINDS = {'clarify', 'fallback', 'answer'}
Q_KEYS = {'id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
D_KEYS = {'id', 'as', 'now', 'dialogue'}
T_KEYS = {'q', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    """What the grader compares: case, accents and whitespace ignored."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', '', s).lower()


def load(name):
    path = os.path.join(HERE, name)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if text.splitlines()[0] != HEADER:
        err(f'{name}: bad first line')
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        err(f'{name}: not a list')
        return []
    return data


def check_expectations(where, node):
    """Check expect / expectAny / startsWith / kind / scope of an item or a turn."""
    has_exp = any(k in node for k in ('expect', 'expectAny', 'startsWith'))
    if 'expect' in node:
        e = node['expect']
        if not (isinstance(e, list) and e and all(isinstance(x, str) and norm(x) for x in e)):
            err(f'{where}: bad expect {e!r}')
    if 'expectAny' in node:
        e = node['expectAny']
        if not (isinstance(e, list) and e and all(isinstance(x, list) and x and
                                                  all(isinstance(y, str) and norm(y) for y in x) for x in e)):
            err(f'{where}: bad expectAny {e!r}')
    if 'startsWith' in node and node['startsWith'] not in SW:
        err(f'{where}: bad startsWith {node["startsWith"]!r}')
    if 'kind' in node:
        if node['kind'] not in KINDS:
            err(f'{where}: bad kind {node["kind"]!r}')
        elif node['kind'] != 'answer' and has_exp:
            err(f'{where}: expectations on a {node["kind"]} item')
    if 'scope' in node:
        if node['scope'] != 'out':
            err(f'{where}: bad scope {node["scope"]!r}')
        if has_exp:
            err(f'{where}: expectations on an out-of-scope item')
        if 'kind' in node:
            err(f'{where}: scope out with a kind')
    if not isinstance(node.get('q'), str) or not node['q'].strip():
        err(f'{where}: empty q')


def main():
    qa, qb, dl = load('questions-a.yaml'), load('questions-b.yaml'), load('dialogues.yaml')
    meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))

    texts = Counter()
    # --- questions
    for name, items, first in (('questions-a.yaml', qa, 1), ('questions-b.yaml', qb, 151)):
        if len(items) != 150:
            err(f'{name}: {len(items)} items, expected 150')
        for k, it in enumerate(items):
            want = f'q{first + k:03d}'
            if it.get('id') != want:
                err(f'{name}: id {it.get("id")!r} where {want} expected')
            extra = set(it) - Q_KEYS
            if extra:
                err(f'{want}: unknown keys {extra}')
            if it.get('as') not in ROLES:
                err(f'{want}: bad role {it.get("as")!r}')
            if it.get('now') != NOW:
                err(f'{want}: bad now {it.get("now")!r}')
            check_expectations(want, it)
            texts[norm(it.get('q', ''))] += 1
    # --- dialogues
    if len(dl) != 25:
        err(f'dialogues.yaml: {len(dl)} dialogues, expected 25')
    for k, d in enumerate(dl):
        want = f'd{k + 1:03d}'
        if d.get('id') != want:
            err(f'dialogues.yaml: id {d.get("id")!r} where {want} expected')
        extra = set(d) - D_KEYS
        if extra:
            err(f'{want}: unknown keys {extra}')
        if d.get('as') not in ROLES:
            err(f'{want}: bad role')
        if d.get('now') != NOW:
            err(f'{want}: bad now')
        turns = d.get('dialogue') or []
        if not 2 <= len(turns) <= 4:
            err(f'{want}: {len(turns)} turns')
        for j, t in enumerate(turns, 1):
            if set(t) - T_KEYS:
                err(f'{want}.{j}: unknown keys {set(t) - T_KEYS}')
            check_expectations(f'{want}.{j}', t)
            texts[norm(t.get('q', ''))] += 1
    for t, n in texts.items():
        if n > 1:
            err(f'duplicate question text: {t!r}')

    # --- yes/no consistency with language
    allq = qa + qb
    for it in allq:
        m = meta[it['id']]
        if it.get('startsWith') in ('Yes', 'No') and not m['en']:
            err(f'{it["id"]}: Yes/No on a French item')
        if it.get('startsWith') in ('Oui', 'Non') and m['en']:
            err(f'{it["id"]}: Oui/Non on an English item')

    # --- counts
    roles = Counter(it['as'] for it in allq)
    roles_all = roles + Counter(d['as'] for d in dl)
    n_out = sum(1 for it in allq if it.get('scope') == 'out')
    n_clar = sum(1 for it in allq if it.get('kind') == 'clarify')
    n_fb = sum(1 for it in allq if it.get('kind') == 'fallback')
    n_yn = sum(1 for it in allq if 'startsWith' in it)
    n_en_q = sum(1 for it in allq if meta[it['id']]['en'])
    n_en_d = sum(1 for d in dl if meta[d['id']]['en'])
    d_clar_open = sum(1 for d in dl if d['dialogue'][0].get('kind') == 'clarify')
    d_out_open = sum(1 for d in dl if d['dialogue'][0].get('scope') == 'out'
                     and any('scope' not in t for t in d['dialogue'][1:]))
    d_fb_end = sum(1 for d in dl if d['dialogue'][-1].get('kind') == 'fallback')
    total = len(allq) + len(dl)

    def pct(n, tot=total):
        return f'{n} ({100 * n / tot:.1f} %)'

    print('questions:', len(allq), '| dialogues:', len(dl), '| turns:', sum(len(d['dialogue']) for d in dl))
    print('roles (questions):', dict(roles))
    print('roles (questions + dialogues):', {k: pct(v) for k, v in roles_all.items()})
    print('out of scope:', n_out, '| clarify:', n_clar, '| fallback:', n_fb, '| yes/no:', n_yn,
          dict(Counter(it['startsWith'] for it in allq if 'startsWith' in it)))
    print('English: questions', n_en_q, '+ dialogues', n_en_d, '=', pct(n_en_q + n_en_d))
    print('dialogues: clarify openers', d_clar_open, '| out->in', d_out_open, '| fallback endings', d_fb_end)
    topics = Counter(meta[it['id']]['topic'] for it in allq)
    print('topics (questions):', dict(sorted(topics.items())))
    print('topics (dialogues):', dict(sorted(Counter(meta[d['id']]['topic'] for d in dl).items())))

    if len(allq) != 300:
        err('not 300 questions')
    if not 0.55 <= roles_all['student'] / total <= 0.65:
        err('student share off target')
    if not 0.20 <= roles_all['hr'] / total <= 0.30:
        err('hr share off target')
    if not 0.10 <= roles_all['tutor'] / total <= 0.20:
        err('tutor share off target')
    if n_out < 40:
        err('fewer than 40 out-of-scope questions')
    if not 8 <= n_clar <= 12:
        err('clarify count off target')
    if not 10 <= n_fb <= 14:
        err('fallback count off target')
    if not 70 <= n_yn <= 90:
        err('yes/no count off target')
    if not 0.12 <= (n_en_q + n_en_d) / total <= 0.18:
        err('English share off target')
    if not 7 <= d_clar_open <= 11:
        err('dialogue clarify openers off target')
    if d_out_open < 1 or d_fb_end < 1:
        err('missing out->in dialogue or fallback ending')

    if errors:
        print('\nERRORS:')
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('\nOK')


if __name__ == '__main__':
    main()
