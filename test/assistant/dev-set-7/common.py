"""Shared helpers for the devset13 generators (figures, dates, YAML emitter).

All figures are computed here from the seeds and LEGAL-UPDATES.md, never typed by hand.
"""
import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

NOW = '2026-11-25'
SEED = 13
HEADER = '# devset13 — development set (yes/no and scope), written from the seeds alone.\n'

# --- SMIC (LEGAL-UPDATES.md) -------------------------------------------------
SMIC = [  # (in force from, hourly, monthly)
    (dt.date(2024, 11, 1), Decimal('11.88'), Decimal('1801.80')),
    (dt.date(2026, 1, 1), Decimal('12.02'), Decimal('1823.03')),
    (dt.date(2026, 6, 1), Decimal('12.31'), Decimal('1867.02')),
]
HOURS = Decimal(35 * 52) / Decimal(12)  # 151.666...


def smic_at(day):
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    cur = None
    for start, h, m in SMIC:
        if start <= day:
            cur = (h, m)
    return cur


def cents(x):
    return x.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def pay_values(pct, day=NOW):
    """Both defensible roundings: pct x legal monthly SMIC, pct x (hourly x 35x52/12)."""
    h, m = smic_at(day)
    p = Decimal(pct) / Decimal(100)
    return sorted({cents(m * p), cents(h * HOURS * p)})


def money_variants(value):
    """'1138,88', '1138.88', '1,138.88' (matching ignores whitespace, so '1 138,88' is covered)."""
    s = f'{value:.2f}'
    ent, dec = s.split('.')
    out = [f'{ent},{dec}', f'{ent}.{dec}']
    if len(ent) > 3:
        out.append(f'{int(ent):,}.{dec}')
    return out


def M(pct, day=NOW):
    """expectAny group for pct % of the SMIC in force on `day`."""
    g = []
    for v in pay_values(pct, day):
        for s in money_variants(v):
            if s not in g:
                g.append(s)
    return g


def money(value):
    return money_variants(Decimal(value))


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def D(iso):
    """expectAny group for a date in several spellings (short forms so that the year may be omitted)."""
    d = dt.date.fromisoformat(iso)
    day_fr = '1er' if d.day == 1 else str(d.day)
    g = [f'{day_fr} {MOIS[d.month - 1]}']
    if d.day == 1:
        g.append(f'1 {MOIS[d.month - 1]}')
    g += [f'{d.day:02d}/{d.month:02d}', f'{d.day}/{d.month:02d}' if d.day < 10 else None,
          f'{MONTHS[d.month - 1]} {d.day}', f'{d.day} {MONTHS[d.month - 1]}', iso]
    return [x for x in g if x]


def D2(*isos):
    g = []
    for i in isos:
        for x in D(i):
            if x not in g:
                g.append(x)
    return g


# --- age bands (D6222-31: 1st day of the month after the birthday) ------------------
def band_start(birth, age):
    b = dt.date.fromisoformat(birth)
    bd = dt.date(b.year + age, b.month, b.day)
    return dt.date(bd.year + (bd.month == 12), bd.month % 12 + 1, 1)


def age_for_pay(birth, day=NOW):
    """Age used for the grid on `day` (changes on the 1st of the month after the birthday)."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    a = 0
    for age in range(14, 70):
        if band_start(birth, age) <= d:
            a = age
    return a


# --- public holidays / jours ouvrables ----------------------------------------------
HOLIDAYS_2026 = {dt.date(2026, m, d) for m, d in [(1, 1), (4, 6), (5, 1), (5, 8), (5, 14), (5, 25),
                                                   (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]}


def add_jours_ouvrables(start, n):
    d = dt.date.fromisoformat(start)
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 6 and d not in HOLIDAYS_2026:
            k += 1
    return d


def add_jours_ouvres(start, n):
    d = dt.date.fromisoformat(start)
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS_2026:
            k += 1
    return d


# --- YAML emitter (hand-written so that comments can be kept) -----------------------
def q1(s):
    return "'" + str(s).replace("'", "''") + "'"


def flow(v):
    if isinstance(v, list):
        return '[' + ', '.join(flow(x) for x in v) + ']'
    return q1(v)


KEY_ORDER = ['q', 'as', 'now', 'expect', 'expectAny', 'startsWith', 'kind', 'scope']


def emit_item(item, comment=None):
    lines = []
    if comment:
        for c in comment.split('\n'):
            lines.append(f'# {c}')
    lines.append(f"- id: {item['id']}")
    if 'dialogue' in item:
        lines.append(f"  as: {item['as']}")
        lines.append(f"  now: {q1(item['now'])}")
        lines.append('  dialogue:')
        for t in item['dialogue']:
            first = True
            for k in KEY_ORDER:
                if k in t:
                    pre = '  - ' if first else '    '
                    first = False
                    val = flow(t[k]) if k in ('expect', 'expectAny') else (q1(t[k]) if k in ('q', 'startsWith') else t[k])
                    lines.append(f'{pre}{k}: {val}')
    else:
        for k in KEY_ORDER:
            if k in item:
                if k in ('q', 'now', 'startsWith'):
                    val = q1(item[k])
                elif k in ('expect', 'expectAny'):
                    val = flow(item[k])
                else:
                    val = item[k]
                lines.append(f'  {k}: {val}')
    return '\n'.join(lines)


def write_yaml(path, items_with_comments):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for item, comment in items_with_comments:
            f.write(emit_item(item, comment) + '\n')


def rng():
    return random.Random(SEED)
