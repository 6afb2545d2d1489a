"""Working-day arithmetic with French public holidays (metropolitan list, 11 days).

jours ouvrables = Monday..Saturday minus public holidays
jours ouvrés    = Monday..Friday minus public holidays
"48 h ouvrées"  = 2 jours ouvrés
Counting convention used here: the day of the triggering event is day 0; the
deadline is the N-th qualifying day after it.
"""
from datetime import date, timedelta

MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
             'aout', 'septembre', 'octobre', 'novembre', 'decembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
             'August', 'September', 'October', 'November', 'December']


def easter(year):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holidays(year):
    e = easter(year)
    return {
        date(year, 1, 1), e + timedelta(days=1), date(year, 5, 1), date(year, 5, 8),
        e + timedelta(days=39), e + timedelta(days=50), date(year, 7, 14),
        date(year, 8, 15), date(year, 11, 1), date(year, 11, 11), date(year, 12, 25),
    }


def is_holiday(d):
    return d in holidays(d.year)


def is_ouvrable(d):
    return d.weekday() <= 5 and not is_holiday(d)


def is_ouvre(d):
    return d.weekday() <= 4 and not is_holiday(d)


def add_days(start, n, pred):
    d, k = start, 0
    while k < n:
        d += timedelta(days=1)
        if pred(d):
            k += 1
    return d


def add_ouvrables(start, n):
    return add_days(start, n, is_ouvrable)


def add_ouvres(start, n):
    return add_days(start, n, is_ouvre)


def fr_variants(d):
    day = d.day
    m = MONTHS_FR[d.month - 1]
    out = [d.strftime('%d/%m/%Y'), f"{day}/{d.month:02d}/{d.year}", f"{day} {m} {d.year}"]
    if day == 1:
        out.append(f"1er {m} {d.year}")
    return list(dict.fromkeys(out))


def fr_short(d):
    """Day + month without year (for near deadlines)."""
    m = MONTHS_FR[d.month - 1]
    out = [d.strftime('%d/%m'), f"{d.day} {m}"]
    if d.day == 1:
        out.append(f"1er {m}")
    return list(dict.fromkeys(out))


def en_variants(d):
    m = MONTHS_EN[d.month - 1]
    out = [d.strftime('%d/%m/%Y'), f"{d.day}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}",
           f"{m} {d.day}, {d.year}", f"{m} {d.day} {d.year}", d.isoformat()]
    return list(dict.fromkeys(out))


if __name__ == '__main__':
    # 2026 check against LEGAL-UPDATES: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May
    print(sorted(holidays(2026)))
    for start in (date(2026, 11, 25), date(2026, 12, 24), date(2026, 12, 31)):
        print(start, '48h ouvrees ->', add_ouvres(start, 2), '| 10 j ouvrables ->', add_ouvrables(start, 10))
