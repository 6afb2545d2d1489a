# testset14 — independent test set, written from the seeds alone.
"""Checks questions-a.yaml, questions-b.yaml and dialogues.yaml; prints counts.  Exit code 1 on any error."""
import re
import sys
from collections import Counter

import yaml

from common import HEADER, NOW, detect_lang, norm

ROLES = {'student', 'hr', 'tutor'}
Q_KEYS = {'id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
D_KEYS = {'id', 'as', 'now', 'dialogue'}
T_KEYS = {'q', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
KINDS = {'clarify', 'fallback', 'answer'}
errors, warnings = [], []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def load(name):
    with open(name, encoding='utf-8') as f:
        text = f.read()
    if not text.startswith(HEADER):
        err(name, 'first line must be the testset14 comment')
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        err(name, 'top level must be a list')
        return []
    return data


def check_strlist(where, v, key):
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
        err(where, f'{key} must be a non-empty list of non-empty strings')
        return False
    return True


def check_unit(where, d, qtext_seen, stats):
    """Checks the keys shared by questions and dialogue turns."""
    q = d.get('q')
    if not isinstance(q, str) or not q.strip():
        err(where, 'q missing/empty')
        return
    key = norm(q)
    if key in qtext_seen:
        err(where, f'duplicate question text (also {qtext_seen[key]})')
    qtext_seen[key] = where
    lang = detect_lang(q)
    stats['lang'][lang] += 1
    has_exp = False
    if 'expect' in d:
        has_exp = check_strlist(where, d['expect'], 'expect') or has_exp
        for e in d.get('expect') or []:
            if isinstance(e, str) and norm(e) in norm(q):
                warnings.append(f'{where}: expectation {e!r} already in the question')
    if 'expectAny' in d:
        v = d['expectAny']
        if not isinstance(v, list) or not v:
            err(where, 'expectAny must be a non-empty list of groups')
        else:
            for g in v:
                check_strlist(where, g, 'expectAny group')
            has_exp = True
    sw = d.get('startsWith')
    if sw is not None:
        if sw not in ('Oui', 'Non', 'Yes', 'No'):
            err(where, f'bad startsWith {sw!r}')
        elif (sw in ('Oui', 'Non')) != (lang == 'fr'):
            err(where, f'startsWith {sw!r} does not match the language ({lang})')
        stats['yesno'] += 1
        stats['yesno_' + sw] += 1
    kind = d.get('kind')
    if kind is not None and kind not in KINDS:
        err(where, f'bad kind {kind!r}')
    scope = d.get('scope')
    if scope is not None and scope != 'out':
        err(where, f'bad scope {scope!r}')
    if kind in ('clarify', 'fallback') and (has_exp or sw):
        err(where, f'{kind} item must carry no expect/expectAny/startsWith')
    if scope == 'out' and (has_exp or sw or kind):
        err(where, 'out-of-scope item must carry no expect/expectAny/startsWith/kind')
    stats['scope']['out' if scope == 'out' else 'in'] += 1
    stats['kind'][kind or ('-' if scope == 'out' else 'answer')] += 1
    if scope != 'out' and kind is None and not (has_exp or sw):
        warnings.append(f'{where}: in-scope answer item without any expectation')


def new_stats():
    return {'lang': Counter(), 'scope': Counter(), 'kind': Counter(), 'yesno': 0,
            'yesno_Oui': 0, 'yesno_Non': 0, 'yesno_Yes': 0, 'yesno_No': 0}


def main():
    seen = {}
    qstats, dstats = new_stats(), new_stats()
    roles_q, roles_d = Counter(), Counter()
    ids = []
    for name, lo, hi in (('questions-a.yaml', 1, 150), ('questions-b.yaml', 151, 300)):
        data = load(name)
        if len(data) != hi - lo + 1:
            err(name, f'expected {hi - lo + 1} items, found {len(data)}')
        for n, d in enumerate(data, lo):
            where = f'{name}#{n}'
            if not isinstance(d, dict):
                err(where, 'item is not a mapping')
                continue
            want = f'q{n:03d}'
            if d.get('id') != want:
                err(where, f'id {d.get("id")!r}, expected {want}')
            where = f'{name}:{d.get("id")}'
            extra = set(d) - Q_KEYS
            if extra:
                err(where, f'unknown keys {sorted(extra)}')
            for k in ('id', 'q', 'as', 'now'):
                if k not in d:
                    err(where, f'missing {k}')
            if d.get('as') not in ROLES:
                err(where, f'bad role {d.get("as")!r}')
            roles_q[d.get('as')] += 1
            if d.get('now') != NOW:
                err(where, f'now must be the string {NOW!r}')
            ids.append(d.get('id'))
            check_unit(where, d, seen, qstats)
    data = load('dialogues.yaml')
    if len(data) < 25:
        err('dialogues.yaml', f'at least 25 dialogues required, found {len(data)}')
    nturns = Counter()
    for n, d in enumerate(data, 1):
        where = f'dialogues.yaml#{n}'
        if not isinstance(d, dict):
            err(where, 'item is not a mapping')
            continue
        want = f'd{n:03d}'
        if d.get('id') != want:
            err(where, f'id {d.get("id")!r}, expected {want}')
        where = f'dialogues.yaml:{d.get("id")}'
        extra = set(d) - D_KEYS
        if extra:
            err(where, f'unknown keys {sorted(extra)}')
        if d.get('as') not in ROLES:
            err(where, f'bad role {d.get("as")!r}')
        roles_d[d.get('as')] += 1
        if d.get('now') != NOW:
            err(where, f'now must be the string {NOW!r}')
        turns = d.get('dialogue')
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(where, 'dialogue must have 2-4 turns')
            continue
        nturns[len(turns)] += 1
        for i, t in enumerate(turns, 1):
            tw = f'{where} turn {i}'
            if not isinstance(t, dict):
                err(tw, 'turn is not a mapping')
                continue
            extra = set(t) - T_KEYS
            if extra:
                err(tw, f'unknown keys {sorted(extra)}')
            check_unit(tw, t, seen, dstats)
    if len(set(ids)) != len(ids):
        err('questions', 'duplicate ids')

    # ------------------------------------------------------------ report
    nq = sum(roles_q.values())
    print(f'questions: {nq}')
    print('  roles   :', dict(roles_q), {k: f'{100 * v / nq:.0f}%' for k, v in roles_q.items()})
    print('  language:', dict(qstats['lang']))
    print('  scope   :', dict(qstats['scope']))
    print('  kind    :', dict(qstats['kind']))
    print(f"  yes/no  : {qstats['yesno']} (Oui {qstats['yesno_Oui']}, Non {qstats['yesno_Non']}, "
          f"Yes {qstats['yesno_Yes']}, No {qstats['yesno_No']})")
    print(f'dialogues: {sum(roles_d.values())}  turns: {dict(sorted(nturns.items()))}')
    print('  roles   :', dict(roles_d))
    print('  turn language:', dict(dstats['lang']))
    print('  turn scope   :', dict(dstats['scope']))
    print('  turn kind    :', dict(dstats['kind']))
    print(f"  turn yes/no  : {dstats['yesno']}")
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
