"""Shared helpers for the devset12 generators: pay computation, value spellings, YAML dump."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt
import yaml

NOW = '2026-11-25'
HEADER = '# devset12 — development set, written from the seeds alone.\n'
CENT = D('0.01')

# LEGAL-UPDATES.md: SMIC (in force from, hourly, monthly)
SMIC = [
    (dt.date(2024, 11, 1), D('11.88'), D('1801.80')),
    (dt.date(2026, 1, 1), D('12.02'), D('1823.03')),
    (dt.date(2026, 6, 1), D('12.31'), D('1867.02')),
]
HOURS = D(35) * D(52) / D(12)  # 151.666... h, exact

# guide table 6 (apprentices): year -> (16-17, 18-20, 21-25, 26+)
APP = {1: (27, 43, 53, 100), 2: (39, 51, 61, 100), 3: (55, 67, 78, 100)}
# guide table 7 / LEGAL (CPRO, holders of >= bac pro level): (<21, 21-25, 26+)
CPRO = (65, 80, 100)


def smic_on(day):
    row = [r for r in SMIC if r[0] <= day][-1]
    return row


def first_of_next_month(d):
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def reached(birth, n, on):
    """Age band for age n applies from the 1st of the month after the n-th birthday."""
    bday = dt.date(birth.year + n, birth.month, birth.day)
    return on >= first_of_next_month(bday)


def app_pct(year, birth, on):
    g = APP[year]
    if reached(birth, 26, on):
        return g[3]
    if reached(birth, 21, on):
        return g[2]
    if reached(birth, 18, on):
        return g[1]
    return g[0]


def cpro_pct(birth, on):
    if reached(birth, 26, on):
        return CPRO[2]
    if reached(birth, 21, on):
        return CPRO[1]
    return CPRO[0]


def amounts(pct, on=dt.date(2026, 11, 25), base=None):
    """Both acceptable roundings: % x legal monthly SMIC, and % x (hourly x 35x52/12)."""
    if base is not None:
        return [(D(base) * D(pct) / 100).quantize(CENT, ROUND_HALF_UP)]
    _, hourly, monthly = smic_on(on)
    a = (monthly * D(pct) / 100).quantize(CENT, ROUND_HALF_UP)
    b = (hourly * HOURS * D(pct) / 100).quantize(CENT, ROUND_HALF_UP)
    return [a] if a == b else [a, b]


def spell(v):
    """French and English spellings of an amount."""
    v = D(v).quantize(CENT)
    ent, dec = str(v).split('.')
    out = []
    if len(ent) > 3:
        out += [f'{ent[:-3]} {ent[-3:]},{dec}', f'{ent},{dec}', f'{ent[:-3]},{ent[-3:]}.{dec}', f'{ent}.{dec}']
    else:
        out += [f'{ent},{dec}', f'{ent}.{dec}']
    return out


def money(pct=None, on=dt.date(2026, 11, 25), base=None, value=None):
    vals = [D(value)] if value is not None else amounts(pct, on, base)
    out = []
    for v in vals:
        out += spell(v)
    return out


def pct(p):
    return [f'{p}%', f'{p} percent', f'{p} pour cent']


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def date(y, m, d):
    out = [f'{d:02d}/{m:02d}/{y}', f'{d}/{m:02d}/{y}', f'{d}/{m}/{y}',
           f'{d} {MOIS[m-1]} {y}', f'{d} {MONTHS[m-1]} {y}', f'{MONTHS[m-1]} {d}, {y}',
           f'{MONTHS[m-1]} {d} {y}', f'{y}-{m:02d}-{d:02d}']
    if d == 1:
        out.insert(3, f'1er {MOIS[m-1]} {y}')
        out.append(f'{MONTHS[m-1]} 1st, {y}')
    seen, res = set(), []
    for s in out:
        if s not in seen:
            seen.add(s)
            res.append(s)
    return res


def phone(p):
    """'04 91 14 04 50' -> spellings."""
    digits = p.replace(' ', '')
    pairs = [digits[i:i+2] for i in range(0, 10, 2)]
    return [' '.join(pairs), '.'.join(pairs), '-'.join(pairs), '+33 ' + digits[1] + ' ' + ' '.join(pairs[1:])]


KEY_ORDER = ['id', 'q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope', 'dialogue']


def ordered(d):
    return {k: d[k] for k in KEY_ORDER if k in d}


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _repr_list(dumper, data):
    flow = all(not isinstance(x, (list, dict)) for x in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)


_Dumper.add_representer(list, _repr_list)


def dump(path, items):
    body = yaml.dump(items, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        f.write(body)
