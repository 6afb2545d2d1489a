"""Exact pay figures for testset13 (decimal arithmetic, half-up rounding).

Sources: LEGAL-UPDATES.md (SMIC table, 35 x 52 / 12 hours, gratification 4.50 EUR/h in 2026)
and the guide (seeds/001, tables 6 and 7).
"""
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal('0.01')
HOURS = Decimal(35) * Decimal(52) / Decimal(12)  # 151.666... h, exact (never 151.67)

# SMIC (gross hourly), in force from the given date
SMIC = [
    (date(2024, 11, 1), Decimal('11.88')),
    (date(2026, 1, 1), Decimal('12.02')),
    (date(2026, 6, 1), Decimal('12.31')),
]


def r2(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def smic_hourly(on):
    val = None
    for start, h in SMIC:
        if on >= start:
            val = h
    if val is None:
        raise ValueError(on)
    return val


def smic_monthly(on):
    """Monthly SMIC = hourly x 35 x 52 / 12, rounded half-up to the cent."""
    return r2(smic_hourly(on) * Decimal(35) * Decimal(52) / Decimal(12))


def pay(rate, on):
    """Main figure: hourly x 35 x 52 / 12 x rate, rounded once."""
    return r2(smic_hourly(on) * Decimal(35) * Decimal(52) / Decimal(12) * Decimal(rate) / Decimal(100))


def pay_alt(rate, on):
    """Accepted variant: rate x (rounded monthly SMIC)."""
    return r2(smic_monthly(on) * Decimal(rate) / Decimal(100))


def fmt_variants(amount):
    """Formatting variants of an amount; whitespace is ignored by the grader,
    so '1 138,88' is covered by '1138,88'."""
    a = r2(amount)
    s = f"{a:.2f}"              # 1138.88
    ent, dec = s.split('.')
    out = [f"{ent},{dec}", f"{ent}.{dec}"]
    if len(ent) > 3:
        out.append(f"{ent[:-3]},{ent[-3:]}.{dec}")   # 1,138.88
        out.append(f"{ent[:-3]}.{ent[-3:]},{dec}")   # 1.138,88
    return out


def amount_any(rate, on):
    """One inner expectAny list for an amount: main figure and, when it
    differs, the rate x rounded-monthly-SMIC variant, in all formats."""
    main = pay(rate, on)
    alt = pay_alt(rate, on)
    out = fmt_variants(main)
    if alt != main:
        out += fmt_variants(alt)
    return out


def money_any(amount):
    return fmt_variants(Decimal(amount))


# --- age bands (D6222-31 / D6325-15: change on the 1st of the month after the birthday)

def _band_start(birth, years):
    y, m = birth.year + years, birth.month
    # birthday in that year (29 Feb -> 28 Feb is irrelevant here: none used)
    m += 1
    if m == 13:
        y, m = y + 1, 1
    return date(y, m, 1)


def apprentice_band(birth, on):
    """'16-17', '18-20', '21-25' or '26+' for an apprentice on the given date."""
    if on >= _band_start(birth, 26):
        return '26+'
    if on >= _band_start(birth, 21):
        return '21-25'
    if on >= _band_start(birth, 18):
        return '18-20'
    return '16-17'


def cpro_band(birth, on):
    if on >= _band_start(birth, 26):
        return '26+'
    if on >= _band_start(birth, 21):
        return '21-25'
    return '<21'


# Table 6 (apprentices) — year in the grid: M1 = 1st, M2 = 2nd, L3I = 3rd
APP = {
    'M1': {'16-17': 27, '18-20': 43, '21-25': 53, '26+': 100},
    'M2': {'16-17': 39, '18-20': 51, '21-25': 61, '26+': 100},
    'L3I': {'16-17': 55, '18-20': 67, '21-25': 78, '26+': 100},
}
# Table 7 (professionalisation, qualification >= bac pro: all MIAGE students)
CPRO = {'<21': 65, '21-25': 80, '26+': 100}


def app_rate(year, birth, on):
    return APP[year][apprentice_band(birth, on)]


def cpro_rate(birth, on):
    return CPRO[cpro_band(birth, on)]


def gratification(hourly, hours_per_day, days):
    return r2(Decimal(hourly) * Decimal(hours_per_day) * Decimal(days))


if __name__ == '__main__':
    today = date(2026, 11, 25)
    print('hours/month', HOURS)
    for d in (date(2025, 10, 1), date(2026, 3, 1), today):
        print(d, 'SMIC', smic_hourly(d), smic_monthly(d))
    print()
    print('| rate | SMIC 12.31 (from 2026-06-01) | variant rate x 1867.02 | SMIC 12.02 (Jan-May 2026) | variant x 1823.03 |')
    print('| --- | --- | --- | --- | --- |')
    for rate in (27, 39, 43, 50, 51, 53, 55, 61, 65, 67, 68, 78, 80, 93, 100):
        print(f'| {rate} % | {pay(rate, today)} | {pay_alt(rate, today)} | '
              f'{pay(rate, date(2026, 3, 1))} | {pay_alt(rate, date(2026, 3, 1))} |')
