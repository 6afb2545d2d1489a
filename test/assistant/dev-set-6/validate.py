"""Validates questions.yaml and dialogues.yaml of devset12 and prints counts."""
import re
import sys
import unicodedata
from collections import Counter
import yaml

HEADER = '# devset12 — development set, written from the seeds alone.'
ROLES = {'student', 'hr', 'tutor'}
KINDS = {'clarify', 'fallback', 'answer'}
NOW = '2026-11-25'
Q_KEYS = {'id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
D_KEYS = {'id', 'as', 'now', 'dialogue'}
T_KEYS = {'q', 'expect', 'expectAny', 'startsWith', 'kind', 'scope'}
EXP_KEYS = ('expect', 'expectAny', 'startsWith')

EN = set('the what is my i how do does can and who which when where are you to of for it if be we our much will '
         'there this that with from about should have has was were would could its im whats whos an'.split())
FR = set('je de le la les est c que qui quoi mon ma mes et en un une pour pas on ou ca tu il y du des nous vous quel '
         'quelle combien suis j ai au aux faut peux dois elle sont avec sur dans notre votre son sa leur cette ce'.split())

errors, warnings = [], []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', '', s.lower())


def lang(text):
    words = re.findall(r"[a-zàâäçéèêëîïôöùûüœ]+", text.lower().replace("'", ' ').replace('’', ' '))
    en = sum(w in EN for w in words)
    fr = sum(w in FR for w in words)
    return 'en' if en > fr else 'fr'


def check_turn(where, t, keys):
    extra = set(t) - keys
    if extra:
        err(where, f'unknown keys {sorted(extra)}')
    q = t.get('q')
    if not isinstance(q, str) or not q.strip():
        err(where, 'missing or empty q')
        return None
    if 'expect' in t:
        e = t['expect']
        if not (isinstance(e, list) and e and all(isinstance(x, str) and x.strip() for x in e)):
            err(where, 'expect must be a non-empty list of non-empty strings')
    if 'expectAny' in t:
        ea = t['expectAny']
        if not (isinstance(ea, list) and ea and all(isinstance(g, list) and g and all(isinstance(x, str) and x.strip() for x in g) for g in ea)):
            err(where, 'expectAny must be a non-empty list of non-empty lists of strings')
    for s in t.get('expect', []) + [x for g in t.get('expectAny', []) for x in g]:
        if isinstance(s, str) and ("'" in s or '’' in s):
            warnings.append(f'{where}: expectation with an apostrophe: {s!r}')
    l = lang(q)
    if 'startsWith' in t:
        sw = t['startsWith']
        if sw not in ('Oui', 'Non', 'Yes', 'No'):
            err(where, f'bad startsWith {sw!r}')
        elif (sw in ('Yes', 'No')) != (l == 'en'):
            err(where, f'startsWith {sw} does not match the language of the question ({l})')
    if 'kind' in t and t['kind'] not in KINDS:
        err(where, f'bad kind {t["kind"]!r}')
    if 'scope' in t and t['scope'] != 'out':
        err(where, f'bad scope {t["scope"]!r}')
    no_exp = t.get('kind') in ('clarify', 'fallback') or t.get('scope') == 'out'
    if no_exp and any(k in t for k in EXP_KEYS):
        err(where, 'clarify/fallback/out item carries expectations')
    if 'scope' in t and 'kind' in t:
        err(where, 'scope out item carries a kind')
    return l


def load(path):
    with open(path, encoding='utf-8') as f:
        first = f.readline().rstrip('\n')
    if first != HEADER:
        err(path, f'first line is not the header comment: {first!r}')
    with open(path, encoding='utf-8') as f:
        data = yaml.safe_load(f)
    if not isinstance(data, list):
        err(path, 'not a YAML list')
        return []
    return data


def seq_ok(ids, prefix):
    nums = sorted(int(i[1:]) for i in ids if i.startswith(prefix))
    return nums == list(range(1, len(nums) + 1))


def main():
    seen_q = {}
    c = Counter()
    qs = load('questions.yaml')
    ids = []
    for it in qs:
        where = f"questions.yaml:{it.get('id')}"
        if not isinstance(it, dict):
            err(where, 'item is not a mapping')
            continue
        extra = set(it) - Q_KEYS
        if extra:
            err(where, f'unknown keys {sorted(extra)}')
        i = it.get('id', '')
        if not re.fullmatch(r'[oqf]\d{3}', str(i)):
            err(where, 'bad id')
        ids.append(str(i))
        if it.get('as') not in ROLES:
            err(where, f'bad role {it.get("as")!r}')
        if it.get('now') != NOW:
            err(where, f'bad now {it.get("now")!r}')
        l = check_turn(where, {k: v for k, v in it.items() if k not in ('id', 'as', 'now')}, T_KEYS)
        if l is None:
            continue
        n = norm(it['q'])
        if n in seen_q:
            err(where, f'duplicate question text (also {seen_q[n]})')
        seen_q[n] = where
        cat = 'out' if it.get('scope') == 'out' else it.get('kind', 'answer')
        c[('q', 'cat', cat)] += 1
        c[('q', 'role', it['as'])] += 1
        c[('q', 'lang', l)] += 1
        if 'startsWith' in it:
            c[('q', 'yesno', it['startsWith'])] += 1
        if cat == 'answer' and not any(k in it for k in EXP_KEYS):
            err(where, 'answer item without any expectation')
    for p in 'oqf':
        if not seq_ok(ids, p):
            err('questions.yaml', f'ids with prefix {p} are not consecutive from 001')
    if len(set(ids)) != len(ids):
        err('questions.yaml', 'duplicate ids')

    ds = load('dialogues.yaml')
    dids = []
    for it in ds:
        where = f"dialogues.yaml:{it.get('id')}"
        extra = set(it) - D_KEYS
        if extra:
            err(where, f'unknown keys {sorted(extra)}')
        i = str(it.get('id', ''))
        if not re.fullmatch(r'd\d{3}', i):
            err(where, 'bad id')
        dids.append(i)
        if it.get('as') not in ROLES:
            err(where, f'bad role {it.get("as")!r}')
        if it.get('now') != NOW:
            err(where, f'bad now {it.get("now")!r}')
        turns = it.get('dialogue')
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(where, 'dialogue must have 2-4 turns')
            continue
        langs = []
        for k, t in enumerate(turns, 1):
            tw = f'{where}#{k}'
            l = check_turn(tw, t, T_KEYS)
            if l is None:
                continue
            langs.append(l)
            n = norm(t['q'])
            is_thanks = not any(x in t for x in ('expect', 'expectAny', 'startsWith', 'kind', 'scope'))
            if is_thanks:
                c[('t', 'cat', 'no keys (thanks)')] += 1
                if not re.search(r'merci|thank', t['q'], re.I):
                    warnings.append(f'{tw}: turn without keys that is not a thanks')
                continue
            if n in seen_q:
                err(tw, f'duplicate question text (also {seen_q[n]})')
            seen_q[n] = tw
            cat = 'out' if t.get('scope') == 'out' else t.get('kind', 'answer')
            c[('t', 'cat', cat)] += 1
            if 'startsWith' in t:
                c[('t', 'yesno', t['startsWith'])] += 1
        c[('d', 'role', it['as'])] += 1
        c[('d', 'turns', len(turns))] += 1
        dl = 'en' if langs and langs[0] == 'en' else 'fr'
        if len(set(langs)) > 1:
            c[('d', 'lang', 'mixed (starts ' + dl + ')')] += 1
        else:
            c[('d', 'lang', dl)] += 1
    if not seq_ok(dids, 'd') or len(set(dids)) != len(dids):
        err('dialogues.yaml', 'dialogue ids are not d001.. consecutive and unique')

    print(f'questions: {len(qs)}   dialogues: {len(ds)}   turns: {sum(len(d.get("dialogue", [])) for d in ds)}')
    for grp, title in [(('q', 'cat'), 'questions by category'), (('q', 'role'), 'questions by role'),
                       (('q', 'lang'), 'questions by language'), (('q', 'yesno'), 'questions yes/no'),
                       (('d', 'role'), 'dialogues by role'), (('d', 'lang'), 'dialogues by language'),
                       (('d', 'turns'), 'dialogues by number of turns'), (('t', 'cat'), 'dialogue turns by category'),
                       (('t', 'yesno'), 'dialogue turns yes/no')]:
        vals = {k[2]: v for k, v in c.items() if k[:2] == grp}
        print(f'  {title}: ' + ', '.join(f'{k}={vals[k]}' for k in sorted(vals, key=str)))
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
