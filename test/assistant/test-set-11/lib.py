# testset15 — helpers shared by the generator and the validator.
"""Pay computation (Decimal, half-up), expectation variants and a tiny
language detector (fr/en) used to check startsWith values."""
import re
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

NOW = '2026-11-25'
CENT = D('0.01')

# Legal SMIC (LEGAL-UPDATES.md): (in force from, hourly, monthly)
SMIC = [
    ('2024-11-01', D('11.88'), D('1801.80')),
    ('2026-01-01', D('12.02'), D('1823.03')),
    ('2026-06-01', D('12.31'), D('1867.02')),
]


def smic_on(date=NOW):
    cur = None
    for start, h, m in SMIC:
        if start <= date:
            cur = (h, m)
    assert cur is not None, date
    return cur


def pay(pct, date=NOW):
    """Both plausible roundings: pct x monthly SMIC, and pct x hourly x 35*52/12."""
    h, m = smic_on(date)
    p = D(pct) / D(100)
    a = (m * p).quantize(CENT, ROUND_HALF_UP)
    b = (h * D(35) * D(52) / D(12) * p).quantize(CENT, ROUND_HALF_UP)
    return sorted({a, b})


def _fmt(v):
    """French and English spellings of an amount (matching ignores spaces)."""
    s = f'{v:.2f}'
    ent, dec = s.split('.')
    out = []
    if len(ent) > 3:
        g_fr = ent[:-3] + ' ' + ent[-3:]
        out += [f'{g_fr},{dec}', f'{ent},{dec}', f'{ent[:-3]},{ent[-3:]}.{dec}',
                f'{ent}.{dec}', f'{ent[:-3]}.{ent[-3:]},{dec}']
    else:
        out += [f'{ent},{dec}', f'{ent}.{dec}']
    return out


def money(*vals):
    """One expectAny group accepting every value in vals, in every spelling."""
    out = []
    for v in vals:
        if isinstance(v, (list, tuple)):
            for w in v:
                out += _fmt(D(w))
        else:
            out += _fmt(D(v))
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def pay_group(pct, date=NOW):
    return money(pay(pct, date))


def pc(n):
    return [f'{n}%', f'{n} %', f'{n} percent', f'{n} pour cent']


MFR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
       'septembre', 'octobre', 'novembre', 'décembre']
MEN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
       'September', 'October', 'November', 'December']


def _ord(d):
    return str(d) + ({1: 'st', 2: 'nd', 3: 'rd'}.get(d if d < 20 else d % 10, 'th'))


def dt(y, m, d, with_year=False):
    """Spellings of a date.  Without with_year the variants omit the year
    (matching is by substring, so '1er décembre' also matches
    '1er décembre 2026')."""
    mfr, men = MFR[m - 1], MEN[m - 1]
    dd, mm = f'{d:02d}', f'{m:02d}'
    fr1 = '1er' if d == 1 else str(d)
    base = [f'{fr1} {mfr}', f'{d} {mfr}', f'{dd}/{mm}', f'{d} {men}', f'{men} {d}',
            f'{_ord(d)} {men}', f'{_ord(d)} of {men}', f'{men} {_ord(d)}']
    if d < 10:
        base.append(f'{d}/{mm}')
    if with_year:
        yr = [f'{b} {y}' if '/' not in b else f'{b}/{y}' for b in base]
        yr = [v.replace(f'{men} {d} {y}', f'{men} {d}, {y}') for v in yr] + [f'{men} {d} {y}']
    else:
        yr = base
    yr += [f'{y}-{mm}-{dd}', f'{dd}.{mm}.{y}', f'{dd}-{mm}-{y}']
    out = []
    for v in yr:
        if v not in out:
            out.append(v)
    return out


# --------------------------------------------------------------------------
# language detection (only needs to separate the two languages of this set)
EN_WORDS = set('''the is are am my i i'm what how can do does did we our us you your for of to
and in on at be it if which who when where will should must have has get got a an this that
there with from any still much many long start end pay paid earn apprentice company
'''.split())
FR_WORDS = set('''je j jsuis g c est le la les un une des du de et en pour mon ma mes on nous
vous il elle qui quoi koi quand comment combien ça ca sa son au aux est-ce qu que quel quelle
dois peux faut mais avec sans pas ne y a sur dans moi tu t notre nos votre vos ce cette ces
'''.split())


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def detect_lang(text):
    toks = re.findall(r"[a-zA-ZÀ-ÿ'’-]+", text.lower().replace('’', "'"))
    en = fr = 0
    for t in toks:
        parts = re.split(r"['-]", t)
        for p in parts + [t]:
            if p in EN_WORDS:
                en += 1
            if p in FR_WORDS:
                fr += 1
    if re.search(r'[éèêàùçôî]', text.lower()):
        fr += 1
    return 'en' if en > fr else 'fr'
