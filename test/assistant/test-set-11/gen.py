#!/usr/bin/env python3
# testset15 — builds questions-a.yaml, questions-b.yaml, dialogues.yaml and meta.json
# from items_single.py / items_dialogues.py.  Deterministic: fixed seed.
import json
import random

from lib import NOW, detect_lang
from items_single import ITEMS
from items_dialogues import DIALOGUES

SEED = 15
HEADER = '# testset15 — independent test set, written from the seeds alone.\n'
KEY_ORDER = ['q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope']


def qs(s):
    """YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def flow(v):
    if isinstance(v, list):
        return '[' + ', '.join(flow(x) for x in v) + ']'
    return qs(v)


def emit_fields(d, indent, first_prefix):
    out = []
    pre = first_prefix
    for k in KEY_ORDER:
        if k not in d:
            continue
        v = d[k]
        if k == 'now':
            val = f"'{v}'"
        elif k in ('expect', 'expectAny'):
            val = flow(v)
        else:
            val = qs(v) if k in ('q', 'startsWith') else v
        out.append(f'{pre}{k}: {val}')
        pre = ' ' * indent
    return out


def clean(d, with_meta=False):
    r = {k: d[k] for k in KEY_ORDER if k in d}
    return r


def check_lang(q, lang):
    got = detect_lang(q)
    assert got == lang, f'language mismatch ({lang} declared, {got} detected): {q}'


def main():
    rng = random.Random(SEED)
    singles = list(ITEMS)
    assert len(singles) == 300, len(singles)
    rng.shuffle(singles)
    meta = {}
    lines_a, lines_b = [HEADER.rstrip('\n')], [HEADER.rstrip('\n')]
    for n, it in enumerate(singles, 1):
        check_lang(it['q'], it['lang'])
        iid = f'q{n:03d}'
        d = dict(it)
        d['now'] = NOW
        meta[iid] = {'lang': it['lang'], 'topic': it['topic']}
        block = [f'- id: {iid}'] + emit_fields(clean(d), 2, '  ')
        (lines_a if n <= 150 else lines_b).extend(block)
    dl = [HEADER.rstrip('\n')]
    for n, dg in enumerate(DIALOGUES, 1):
        did = f'd{n:03d}'
        meta[did] = {'lang': [t['lang'] for t in dg['turns']], 'topic': dg['topic']}
        dl += [f'- id: {did}', f'  as: {dg["as"]}', f"  now: '{NOW}'", '  dialogue:']
        for tr in dg['turns']:
            check_lang(tr['q'], tr['lang'])
            dl += emit_fields(clean(tr), 4, '  - ')
    for name, lines in (('questions-a.yaml', lines_a), ('questions-b.yaml', lines_b), ('dialogues.yaml', dl)):
        with open(name, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
    with open('meta.json', 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f'wrote {len(singles)} questions and {len(DIALOGUES)} dialogues')


if __name__ == '__main__':
    main()
