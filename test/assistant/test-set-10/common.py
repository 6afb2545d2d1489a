# testset14 — shared helpers for the generators (written from the seeds alone).
"""Pay / date helpers and the item builders used by gen_questions.py and gen_dialogues.py.

Sources: /work/shared/seeds/*.txt and /work/shared/LEGAL-UPDATES.md only.
"""
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

NOW = '2026-11-25'
NOW_DATE = date(2026, 11, 25)
HEADER = '# testset14 — independent test set, written from the seeds alone.\n'
SEED = 14

# ---------------------------------------------------------------- SMIC (LEGAL-UPDATES)
# (in force from, hourly, monthly)
SMIC = [
    (date(2024, 11, 1), Decimal('11.88'), Decimal('1801.80')),
    (date(2026, 1, 1), Decimal('12.02'), Decimal('1823.03')),
    (date(2026, 6, 1), Decimal('12.31'), Decimal('1867.02')),
]
HOURS = Decimal(35 * 52) / Decimal(12)  # 151.666... exactly as LEGAL-UPDATES asks
CENT = Decimal('0.01')


def smic_on(d):
    cur = None
    for start, hourly, monthly in SMIC:
        if d >= start:
            cur = (hourly, monthly)
    assert cur, d
    return cur


def r2(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def pay_values(pct, on=NOW_DATE):
    """Both defensible computations (monthly SMIC x pct, hourly x 151.666 h x pct), half-up."""
    hourly, monthly = smic_on(on)
    p = Decimal(pct) / Decimal(100)
    return sorted({r2(monthly * p), r2(hourly * HOURS * p)})


def money(v):
    v = Decimal(v)
    s = f'{v:.2f}'
    ip, dec = s.split('.')
    n = int(ip)
    out = [f'{n},{dec}', f'{n}.{dec}']
    if n >= 1000:
        sp = f'{n:,}'.replace(',', ' ')
        out += [f'{sp},{dec}', f'{n:,}.{dec}', f'{n:,}'.replace(',', '.') + f',{dec}']
    if dec == '00':
        out.append(str(n))
        if n >= 1000:
            out += [f'{n:,}'.replace(',', ' '), f'{n:,}']
    seen = []
    for o in out:
        if o not in seen:
            seen.append(o)
    return seen


def pay_group(pct, on=NOW_DATE):
    g = []
    for v in pay_values(pct, on):
        for m in money(v):
            if m not in g:
                g.append(m)
    return g


def money_group(*vals):
    g = []
    for v in vals:
        for m in money(v):
            if m not in g:
                g.append(m)
    return g


def pct(p):
    return [f'{p}%', f'{p} %']


# ---------------------------------------------------------------- age bands
def _birthday(birth, age):
    y = birth.year + age
    try:
        return date(y, birth.month, birth.day)
    except ValueError:  # 29 February
        return date(y, 3, 1)


def band_start(birth, age):
    """First day of the month after the birthday (D6222-31 / guide §4.2)."""
    b = _birthday(birth, age)
    if b.month == 12:
        return date(b.year + 1, 1, 1)
    return date(b.year, b.month + 1, 1)


APP = {  # apprenticeship, table 6: year -> [16-17, 18-20, 21-25, 26+]
    1: [27, 43, 53, 100],  # M1
    2: [39, 51, 61, 100],  # M2
    3: [55, 67, 78, 100],  # L3I
}
CPRO = [65, 80, 100]  # table 7, MIAGE level: <21, 21-25, 26+


def app_rate(birth, year, on=NOW_DATE):
    idx = sum(1 for a in (18, 21, 26) if band_start(birth, a) <= on)
    return APP[year][idx]


def cpro_rate(birth, on=NOW_DATE):
    idx = sum(1 for a in (21, 26) if band_start(birth, a) <= on)
    return CPRO[idx]


# ---------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def date_group(d, with_yearless=True):
    dd, mm, y = d.day, d.month, d.year
    fr_day = '1er' if dd == 1 else str(dd)
    g = [f'{fr_day} {MOIS[mm-1]} {y}', f'{dd} {MOIS[mm-1]} {y}',
         f'{dd:02d}/{mm:02d}/{y}', f'{dd}/{mm}/{y}', f'{dd:02d}-{mm:02d}-{y}', f'{y}-{mm:02d}-{dd:02d}',
         f'{dd} {MONTHS[mm-1]} {y}', f'{MONTHS[mm-1]} {dd}, {y}', f'{MONTHS[mm-1]} {dd} {y}',
         f'{MONTHS[mm-1]} {dd}{_ord(dd)}, {y}', f'{dd}{_ord(dd)} {MONTHS[mm-1]} {y}',
         f'{dd}.{mm:02d}.{y}']
    if with_yearless:
        g += [f'{fr_day} {MOIS[mm-1]}', f'{dd} {MOIS[mm-1]}', f'{dd:02d}/{mm:02d}',
              f'{dd} {MONTHS[mm-1]}', f'{MONTHS[mm-1]} {dd}', f'{dd}{_ord(dd)} {MONTHS[mm-1]}']
    out = []
    for x in g:
        if x not in out:
            out.append(x)
    return out


def _ord(n):
    if 10 <= n % 100 <= 20:
        return 'th'
    return {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


FR_HOLIDAYS = {date(2026, 1, 1), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14),
               date(2026, 5, 25), date(2026, 7, 14), date(2026, 8, 15), date(2026, 11, 1), date(2026, 11, 11),
               date(2026, 12, 25), date(2027, 1, 1)}


def add_ouvrables(d, n):
    """n jours ouvrables (Mon-Sat, minus public holidays) after day d (d itself not counted)."""
    cur = d
    while n:
        cur += timedelta(days=1)
        if cur.weekday() < 6 and cur not in FR_HOLIDAYS:
            n -= 1
    return cur


def add_ouvres(d, n):
    cur = d
    while n:
        cur += timedelta(days=1)
        if cur.weekday() < 5 and cur not in FR_HOLIDAYS:
            n -= 1
    return cur


# ---------------------------------------------------------------- language
EN_WORDS = set('''the is are am my i what how do does can who which for and of to in when where an our we you your
should much many it be will would please there this that with he she his her they their does did was were
apprentice apprenticeship gross net pay paid salary contract english tutor company students student has have
per year month any get next'''.split())
FR_WORDS = set('''je j le la les de des du mon ma mes est c quoi koi qui pour en et un une on jsuis g combien quel
quelle quels quelles il elle nous vous notre nos au aux ce ca ça sur dans pas ou où peut peux faut dois doit
sont suis ai a t avec sa son ses faire quand comment si que qu y cest c'est chez mois année alternant alternante
apprenti apprentie contrat entreprise salaire boite boîte taf cours tuteur ya svp stp bonjour merci'''.split())


def detect_lang(text):
    toks = re.findall(r"[a-zA-Zàâäéèêëîïôöùûüç']+", text.lower())
    toks2 = []
    for t in toks:
        toks2.extend([x for x in t.split("'") if x])
    en = sum(1 for t in toks2 if t in EN_WORDS)
    fr = sum(1 for t in toks2 if t in FR_WORDS)
    return 'en' if en > fr else 'fr'


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', '', s.lower())


# ---------------------------------------------------------------- item builder
KEY_ORDER = ['id', 'q', 'as', 'now', 'dialogue', 'expect', 'expectAny', 'startsWith', 'kind', 'scope']


def item(q, as_=None, lang='fr', expect=None, any_=None, sw=None, kind=None, scope=None, topic=None):
    d = {'q': q}
    if as_:
        d['as'] = as_
    if expect:
        d['expect'] = list(expect)
    if any_:
        d['expectAny'] = [list(g) for g in any_]
    if sw:
        d['startsWith'] = sw
    if kind:
        d['kind'] = kind
    if scope:
        d['scope'] = scope
    d['_lang'] = lang
    d['_topic'] = topic or ('out' if scope == 'out' else 'misc')
    assert detect_lang(q) == lang, (lang, q)
    if sw:
        assert (lang == 'fr' and sw in ('Oui', 'Non')) or (lang == 'en' and sw in ('Yes', 'No')), q
    if kind in ('clarify', 'fallback') or scope == 'out':
        assert not (expect or any_ or sw), q
    return d


def ordered(d):
    return {k: d[k] for k in KEY_ORDER if k in d}


# ---------------------------------------------------------------- YAML output
import yaml as _yaml


class FlowDumper(_yaml.SafeDumper):
    """Block style for items and dialogue turns, flow style for expect / expectAny lists."""


def _repr_list(dumper, data):
    flat = all(isinstance(x, str) for x in data)
    nested = all(isinstance(x, list) and all(isinstance(y, str) for y in x) for x in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=bool(data) and (flat or nested))


FlowDumper.add_representer(list, _repr_list)


def dump(items, f):
    _yaml.dump(items, f, Dumper=FlowDumper, allow_unicode=True, sort_keys=False, width=10000)
