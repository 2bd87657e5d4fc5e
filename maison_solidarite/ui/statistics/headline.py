"""The head of the statistics screen: the period's title, its total and what it is compared with.

A period not known (before counting began) shows « n.d. » and why, and no breakdown; a
period in progress says up to which day, and that it is compared with the same days a year
earlier; a year earlier not known shows « n.d. », never a change computed from nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from ...domain.statistics import NumberFormat, Period, PeriodKind, Statistics
from ..forms import qdate


def _view(text: str) -> str:
    return QCoreApplication.translate("StatisticsView", text)


def _long(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def _day(day: date) -> str:
    """« 17 novembre 2026 »: the day without its weekday."""
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def period_text(period: Period) -> str:
    """« du 1 novembre 2026 au 30 novembre 2026 », or the one day."""
    if period.first == period.last:
        return _long(period.first)
    return _view("{first} to {last}").format(first=_long(period.first), last=_long(period.last))


def in_progress_title(period: Period, today: date) -> str:
    """« année 2026 en cours, au 17 novembre », « novembre 2026 en cours, au 17 novembre »."""
    locale, day = QLocale(), qdate(today)
    if period.kind == PeriodKind.YEAR:
        return _view("Year {year} in progress, up to {day}").format(
            year=period.first.year, day=locale.toString(day, "d MMMM")
        )
    if period.kind == PeriodKind.MONTH:
        return _view("{month} in progress, up to {day}").format(
            month=locale.toString(qdate(period.first), "MMMM yyyy"), day=locale.toString(day, "d MMMM")
        )
    return _view("{first} to {last} — in progress, up to {day}").format(
        first=_day(period.first), last=_day(period.last), day=_day(today)
    )


def shown(stats: Statistics) -> Statistics:
    """What the tables show: nothing for a period not known (its zeros would be invented)."""
    if stats.known:
        return stats
    return replace(stats, by_category=[], by_channel=[], by_outcome=[], by_orientation=[], weekday_hour={}, profile={})


def show_headline(
    title: QLabel, total: QLabel, change: QLabel, stats: Statistics, numbers: NumberFormat, today: date
) -> None:
    """Fill the period's title, its total and the line beside it."""
    missing = QCoreApplication.translate("StatisticsSheet", "n/a")
    text = period_text(stats.period)
    if stats.in_progress_to is not None:
        text = in_progress_title(stats.period, stats.in_progress_to)
    title.setText(text)
    start = stats.provenance.counting_start if stats.provenance else None
    if not stats.known:
        total.setText(missing)
        if stats.period.first > today:
            change.setText(_view("Not known yet: this period has not begun."))
        elif start is None:
            change.setText(_view("Not known: nothing has been counted yet."))
        elif start > stats.period.last:
            change.setText(_view("Not known: counting began on {day}.").format(day=_day(start)))
        else:
            change.setText(_view("Not known: only totals of longer periods were entered for these days."))
        return
    total.setText(numbers.integer(stats.total))
    previous = missing if stats.previous_total is None else numbers.integer(stats.previous_total)
    if stats.in_progress_to is not None and stats.compared is not None:
        line = _view("visits; the same days a year earlier ({compared}): {previous} ({change})").format(
            compared=_view("{first} to {last}").format(
                first=_day(stats.compared.first), last=_day(stats.compared.last)
            ),
            previous=previous,
            change=numbers.change(stats.change, missing),
        )
    else:
        line = _view("visits; a year earlier: {previous} ({change})").format(
            previous=previous, change=numbers.change(stats.change, missing)
        )
    change.setText("\n".join([line, *people_line(stats, numbers)]))


def people_line(stats: Statistics, numbers: NumberFormat) -> list[str]:
    """« 1 850 personnes distinctes, clé renseignée pour 72,0 % des visites », once a key is given."""
    figures = stats.gatherings
    if figures is None or not (figures.people.keyed_visits or figures.people.participants):
        return []
    text = QCoreApplication.translate("StatisticsSheet", "{people} distinct people, key given for {share} of visits")
    return [text.format(people=numbers.integer(figures.people.people), share=numbers.percent(figures.people.key_share))]
