"""Build testset13: collect the items, shuffle with a fixed seed, number them and
dump questions-a.yaml (q001-q150), questions-b.yaml (q151-q300), dialogues.yaml
(d001-d025) and meta.json (topic / language of each id, for README statistics)."""
import copy
import json
import os
import random

import yaml

import items_pay
import items_process
import items_course
import items_other
import dialogs

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = '# testset13 — independent test set, written from the seeds alone.\n'
SEED = 20261125
KEY_ORDER = ['id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope', 'dialogue']
TURN_ORDER = ['q', 'expect', 'expectAny', 'startsWith', 'kind', 'scope']


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _repr_dict(dumper, data):
    # mappings always in block style
    return dumper.represent_mapping('tag:yaml.org,2002:map', data.items(), flow_style=False)


def _repr_list(dumper, data):
    # lists of scalars inline ([a, b]); lists of lists / mappings in block style
    flow = all(not isinstance(x, (list, dict)) for x in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)


Dumper.add_representer(dict, _repr_dict)
Dumper.add_representer(list, _repr_list)


def ordered(d, order):
    out = {k: d[k] for k in order if k in d}
    assert set(out) == set(d), set(d) - set(out)
    return out


def dump(path, items):
    text = yaml.dump(items, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=110)
    # one blank line between items for readability
    text = text.replace('\n- id:', '\n\n- id:')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        f.write(text)


def main():
    questions = items_pay.ITEMS + items_process.ITEMS + items_course.ITEMS + items_other.ITEMS
    assert len(questions) == 300, len(questions)
    assert len(dialogs.DIALOGS) == 25, len(dialogs.DIALOGS)
    rng = random.Random(SEED)
    questions = list(questions)
    rng.shuffle(questions)
    dlgs = list(dialogs.DIALOGS)
    rng.shuffle(dlgs)

    meta = {}
    qs = []
    for i, (item, m) in enumerate(questions, 1):
        item = copy.deepcopy(item)
        item['id'] = f'q{i:03d}'
        qs.append(ordered(item, KEY_ORDER))
        meta[item['id']] = {'topic': m['topic'], 'en': m['en'], 'as': item['as']}
    ds = []
    for i, (item, m) in enumerate(dlgs, 1):
        item = copy.deepcopy(item)
        item['id'] = f'd{i:03d}'
        item['dialogue'] = [ordered(t, TURN_ORDER) for t in item['dialogue']]
        ds.append(ordered(item, KEY_ORDER))
        meta[item['id']] = {'topic': m['topic'], 'en': m['en'], 'as': item['as']}

    dump(os.path.join(HERE, 'questions-a.yaml'), qs[:150])
    dump(os.path.join(HERE, 'questions-b.yaml'), qs[150:])
    dump(os.path.join(HERE, 'dialogues.yaml'), ds)
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(qs), 'questions and', len(ds), 'dialogues')


if __name__ == '__main__':
    main()
