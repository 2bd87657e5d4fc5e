"""Names of days and months, translated where they are shown (the CLI, the printed sheets)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Labels", "Monday"),
    QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    QT_TRANSLATE_NOOP("Labels", "Wednesday"),
    QT_TRANSLATE_NOOP("Labels", "Thursday"),
    QT_TRANSLATE_NOOP("Labels", "Friday"),
    QT_TRANSLATE_NOOP("Labels", "Saturday"),
    QT_TRANSLATE_NOOP("Labels", "Sunday"),
)

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Labels", "January"),
    QT_TRANSLATE_NOOP("Labels", "February"),
    QT_TRANSLATE_NOOP("Labels", "March"),
    QT_TRANSLATE_NOOP("Labels", "April"),
    QT_TRANSLATE_NOOP("Labels", "May"),
    QT_TRANSLATE_NOOP("Labels", "June"),
    QT_TRANSLATE_NOOP("Labels", "July"),
    QT_TRANSLATE_NOOP("Labels", "August"),
    QT_TRANSLATE_NOOP("Labels", "September"),
    QT_TRANSLATE_NOOP("Labels", "October"),
    QT_TRANSLATE_NOOP("Labels", "November"),
    QT_TRANSLATE_NOOP("Labels", "December"),
)


MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Labels", "Jan"),
    QT_TRANSLATE_NOOP("Labels", "Feb"),
    QT_TRANSLATE_NOOP("Labels", "Mar"),
    QT_TRANSLATE_NOOP("Labels", "Apr"),
    QT_TRANSLATE_NOOP("Labels", "May (short)"),
    QT_TRANSLATE_NOOP("Labels", "Jun"),
    QT_TRANSLATE_NOOP("Labels", "Jul"),
    QT_TRANSLATE_NOOP("Labels", "Aug"),
    QT_TRANSLATE_NOOP("Labels", "Sep"),
    QT_TRANSLATE_NOOP("Labels", "Oct"),
    QT_TRANSLATE_NOOP("Labels", "Nov"),
    QT_TRANSLATE_NOOP("Labels", "Dec"),
)


def weekday_name(day: date, translate: Translate) -> str:
    return translate("Labels", WEEKDAY_NAMES[day.weekday()])


def long_date(day: date, translate: Translate, *, with_year: bool = True, with_weekday: bool = True) -> str:
    """ "mardi 24 novembre 2026" (and "dimanche 1er novembre 2026") in French, "Tuesday 24 November 2026"
    untranslated."""
    parts = [weekday_name(day, translate)] if with_weekday else []
    first = translate("Labels", "1st")  # « 1er janvier » in French, the others as numbers
    parts += [first if day.day == 1 else str(day.day), translate("Labels", MONTH_NAMES[day.month - 1])]
    if with_year:
        parts.append(str(day.year))
    return " ".join(parts)
