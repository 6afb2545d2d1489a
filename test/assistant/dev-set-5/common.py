"""Shared helpers for the devset11 generators (figures computed from the seeds only)."""
from decimal import Decimal, ROUND_HALF_UP

NOW = '2026-11-25'

# SMIC in force on 2026-11-25 (LEGAL-UPDATES.md: arrêté du 22/05/2026, from 2026-06-01).
SMIC_HOURLY = Decimal('12.31')
HOURS_PER_MONTH = Decimal(35) * 52 / 12          # 151.666... h, exact (not 151.67)
CENT = Decimal('0.01')
SMIC_MONTHLY = (SMIC_HOURLY * HOURS_PER_MONTH).quantize(CENT, ROUND_HALF_UP)  # 1867.02


def _fmt_variants(amount):
    """'1 138,88', '1138,88', '1,138.88', '1138.88' (+ no-break-space variants)."""
    s = f'{amount:.2f}'
    ent, dec = s.split('.')
    if len(ent) > 3:
        head, tail = ent[:-3], ent[-3:]
        return [f'{head} {tail},{dec}', f'{ent},{dec}', f'{head},{tail}.{dec}', f'{ent}.{dec}',
                f'{head}\u00a0{tail},{dec}', f'{head}\u202f{tail},{dec}']
    return [f'{ent},{dec}', f'{ent}.{dec}']


def monthly(rate_percent):
    """Monthly gross minimum for a % of SMIC: hourly x 35 x 52 / 12 x rate, half-up to the cent.
    Also accepts rate x rounded monthly SMIC when that differs by a cent."""
    r = Decimal(rate_percent) / 100
    exact = (SMIC_HOURLY * HOURS_PER_MONTH * r).quantize(CENT, ROUND_HALF_UP)
    alt = (SMIC_MONTHLY * r).quantize(CENT, ROUND_HALF_UP)
    out = _fmt_variants(exact)
    if alt != exact:
        out += _fmt_variants(alt)
    return out


def pct(n):
    """'61%' with the usual French spacing variants."""
    return [f'{n}%', f'{n} %', f'{n}\u00a0%', f'{n}\u202f%']


def either(*xs):
    return list(xs)


# Frequent names / contacts (spelled as in the seeds)
CAUSSANEL = ['Caussanel', 'CAUSSANEL']
THUILLIER = ['Thuillier', 'THUILLIER']
SALMI = ['Salmi', 'SALMI']
BRESSET = ['Bresset', 'BRESSET']
CHIFU = ['Chifu', 'CHIFU']
MAIL_RESP = 'jean.caussanel@univ-amu.fr'
MAIL_AIX = 'feg-miage-aix@univ-amu.fr'
MAIL_MRS = 'feg-miage-marseille@univ-amu.fr'
MAIL_SFCA = 'feg-fc@univ-amu.fr'
MAIL_DIR = 'etienne.thuillier@univ-amu.fr'
ARRET = ['arrêt de travail', 'arret de travail', 'arrêt maladie', 'arret maladie']
