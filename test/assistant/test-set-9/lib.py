"""Helpers shared by the item files of testset13."""
from datetime import date

import calc
import dates

TODAY = date(2026, 11, 25)
NOW = '2026-11-25'
ROLES = ('student', 'hr', 'tutor')


def Q(text, role, expect=None, any=None, sw=None, kind=None, out=False, topic='', en=False):
    """One question item (id is given later by build.py).

    expect: list of strings that must all appear
    any:    list of lists; at least one string of each inner list must appear
    sw:     startsWith value ('Oui' / 'Non' / 'Yes' / 'No')
    kind:   'clarify' | 'fallback'
    out:    scope: out
    topic, en: metadata for the README / validation only (not dumped)
    """
    assert role in ROLES, role
    item = {'q': text, 'as': role, 'now': NOW}
    if expect:
        item['expect'] = list(expect)
    if any:
        item['expectAny'] = [list(x) for x in any]
    if sw:
        item['startsWith'] = sw
    if kind:
        item['kind'] = kind
    if out:
        item['scope'] = 'out'
    meta = {'topic': topic or ('out' if out else kind or 'misc'), 'en': en}
    return item, meta


def T(text, expect=None, any=None, sw=None, kind=None, out=False):
    """One dialogue turn."""
    t = {'q': text}
    if expect:
        t['expect'] = list(expect)
    if any:
        t['expectAny'] = [list(x) for x in any]
    if sw:
        t['startsWith'] = sw
    if kind:
        t['kind'] = kind
    if out:
        t['scope'] = 'out'
    return t


def D(role, turns, topic='', en=False):
    assert role in ROLES
    return {'as': role, 'now': NOW, 'dialogue': turns}, {'topic': topic, 'en': en}


# --- amounts and dates

def amt(rate, on=TODAY):
    """expectAny inner list for rate % of the SMIC in force on `on`."""
    return calc.amount_any(rate, on)


def money(x):
    return calc.money_any(x)


def dfr(y, m, d):
    return dates.fr_variants(date(y, m, d))


def den(y, m, d):
    return dates.en_variants(date(y, m, d))


def phone(p):
    """'04.91.14.08.70' -> accepted spellings (whitespace is ignored by the grader)."""
    digits = p.replace('.', '')
    return [p, digits, '-'.join(p.split('.')), '+33' + digits[1:], '+33(0)' + digits[1:]]


SMIC_H_NOW = ['12,31', '12.31']
SMIC_M_NOW = money('1867.02')
