"""The public holidays of metropolitan France (without Alsace-Moselle's two), by name.

Eleven days: eight fixed, three after Easter. Computed here in a few lines rather than
by importing a package that loads every country's calendar (0.4 s at the first paint of
the reception). tests/test_french_holidays.py checks every year from 1982 (when 8 May
became a holiday again) to 2100 (the package's last) against the holidays package, names
included.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

FIXED = (
    ((1, 1), "Jour de l'an"),
    ((5, 1), "Fête du Travail"),
    ((5, 8), "Fête de la Victoire"),
    ((7, 14), "Fête nationale"),
    ((8, 15), "Assomption"),
    ((11, 1), "Toussaint"),
    ((11, 11), "Armistice"),
    ((12, 25), "Noël"),
)
AFTER_EASTER = ((1, "Lundi de Pâques"), (39, "Ascension"), (50, "Lundi de Pentecôte"))


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def holidays_of(year: int) -> dict[date, str]:
    sunday = easter(year)
    names: dict[date, list[str]] = {}
    for (month, day), name in FIXED:
        names.setdefault(date(year, month, day), []).append(name)
    for offset, name in AFTER_EASTER:  # Ascension falls on 1 or 8 May now and then
        if name == "Lundi de Pentecôte" and 2005 <= year <= 2007:
            continue  # a working day from 2005 to 2007 (the first "journée de solidarité")
        names.setdefault(sunday + timedelta(days=offset), []).append(name)
    return {day: "; ".join(sorted(both)) for day, both in names.items()}


def french_holiday(day: date) -> str | None:
    """The holiday's name, or None for a working day."""
    return holidays_of(day.year).get(day)
