#!/usr/bin/env python3
"""Number the generated items and write questions.yaml (y001..) and dialogues.yaml (d001..)."""
import os
import yaml

from common import NOW
from gen_questions import QUESTIONS
from gen_dialogues import DIALOGUES

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = '# devset11 — development set, written from the seeds alone.\n'

Q_ORDER = ['id', 'q', 'as', 'now', 'startsWith', 'expect', 'expectAny', 'kind', 'scope']
T_ORDER = ['q', 'startsWith', 'expect', 'expectAny', 'kind', 'scope']


def ordered(d, order):
    return {k: d[k] for k in order if k in d}


def build_questions():
    out = []
    for i, item in enumerate(QUESTIONS, 1):
        d = dict(item, id=f'y{i:03d}', now=NOW)
        out.append(ordered(d, Q_ORDER))
    return out


def build_dialogues():
    out = []
    for i, item in enumerate(DIALOGUES, 1):
        turns = [ordered(t, T_ORDER) for t in item['dialogue']]
        out.append({'id': f'd{i:03d}', 'as': item['as'], 'now': NOW, 'dialogue': turns})
    return out


def dump(path, data):
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000,
                          default_flow_style=False)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        f.write(text)


if __name__ == '__main__':
    qs, ds = build_questions(), build_dialogues()
    dump(os.path.join(HERE, 'questions.yaml'), qs)
    dump(os.path.join(HERE, 'dialogues.yaml'), ds)
    print(f'questions.yaml: {len(qs)} items; dialogues.yaml: {len(ds)} dialogues, '
          f'{sum(len(d["dialogue"]) for d in ds)} turns')
