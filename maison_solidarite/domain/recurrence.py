"""When a series takes place: its recurrence rule, its exceptions and the closure days."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .opening_hours import check_times, outside_hours, within_opening_hours
from .permanences import (
    HORIZON_DAYS,
    LAST,
    Change,
    Closure,
    Occurrence,
    OpeningHours,
    RecurrenceKind,
    Series,
    Status,
    monday_of,
)


def week_of_month(day: date) -> int:
    """1 for the first such weekday of the month, 2 for the second, ..."""
    return (day.day - 1) // 7 + 1


def is_last_of_month(day: date) -> bool:
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def _rule_holds(series: Series, day: date) -> bool:
    rule = series.recurrence
    if rule.kind == RecurrenceKind.WEEKLY:
        return True
    if rule.kind == RecurrenceKind.EVERY_N_WEEKS:
        weeks = (monday_of(day) - monday_of(series.valid_from)).days // 7
        return weeks % rule.interval == 0
    if rule.kind == RecurrenceKind.ODD_WEEKS:
        return day.isocalendar().week % 2 == 1
    if rule.kind == RecurrenceKind.EVEN_WEEKS:
        return day.isocalendar().week % 2 == 0
    if rule.kind == RecurrenceKind.WEEKS_OF_MONTH:
        return week_of_month(day) in rule.weeks_of_month or (LAST in rule.weeks_of_month and is_last_of_month(day))
    return day in rule.dates


def series_dates(series: Series, first: date, last: date) -> Iterator[date]:
    """The original dates of a series between ``first`` and ``last``, both included."""
    low = max(first, series.valid_from)
    high = last if series.valid_until is None else min(last, series.valid_until)
    if low > high:
        return
    if series.recurrence.kind == RecurrenceKind.DATES:
        yield from (d for d in sorted(set(series.recurrence.dates)) if low <= d <= high)
        return
    day = low + timedelta(days=(series.weekday - low.weekday()) % 7)
    while day <= high:
        if _rule_holds(series, day):
            yield day
        day += timedelta(days=7)


def occurs_on(series: Series, day: date) -> bool:
    return any(True for _ in series_dates(series, day, day))


# -- closures ------------------------------------------------------------------------
@dataclass(frozen=True)
class ClosureCalendar:
    """Closure days: public holidays (a callable naming them) and the coordinator's closures."""

    closures: Sequence[Closure] = ()
    holiday: Callable[[date], str | None] = lambda _day: None

    def reason(self, day: date, start: time | None = None, end: time | None = None) -> str | None:
        """Why the Maison is closed all ``day``, or, with times, at some moment from start to end."""
        for closure in self.closures:
            if closure.covers(day, start, end):
                return closure.label
        return self.holiday(day)

    def partial(self, day: date) -> list[Closure]:
        """The closures that take part of ``day`` only (this afternoon, from 10:00 to 12:00)."""
        return [c for c in self.closures if not c.whole_day and c.first_day <= day <= c.last_day]


NO_CLOSURES = ClosureCalendar()


# -- expansion -----------------------------------------------------------------------
def _occurrence(series: Series, original: date, change: Change | None, closures: ClosureCalendar) -> Occurrence:
    occurrence = Occurrence(
        series_id=series.id,
        organisation_id=series.organisation_id,
        office_id=series.office_id,
        day=original,
        start=series.start,
        end=series.end,
        original_date=original,
    )
    if change is not None:
        if change.cancelled:
            return replace(occurrence, status=Status.CANCELLED)
        occurrence = replace(
            occurrence,
            day=change.new_date or original,
            start=change.new_start or series.start,
            end=change.new_end or series.end,
            office_id=change.new_office_id or series.office_id,
            moved=(change.new_date, change.new_start, change.new_end, change.new_office_id) != (None,) * 4,
        )
    reason = closures.reason(occurrence.day, occurrence.start, occurrence.end)
    if reason is not None:
        occurrence = replace(occurrence, status=Status.CLOSED, closure=reason)
    elif change is not None and change.not_held:
        occurrence = replace(occurrence, status=Status.NOT_HELD)
    return occurrence


def expand(
    series_list: Iterable[Series],
    changes: Iterable[Change],
    first: date,
    last: date,
    closures: ClosureCalendar = NO_CLOSURES,
) -> list[Occurrence]:
    """Every occurrence whose day (after moves) lies between ``first`` and ``last``.

    Cancelled and closed occurrences are included, with their status, so that the
    week view and the printed notice can show them.
    """
    by_key = {(c.series_id, c.original_date): c for c in changes}
    moved_in: dict[int, list[Change]] = defaultdict(list)
    for change in by_key.values():
        if change.new_date is not None and first <= change.new_date <= last and not change.cancelled:
            moved_in[change.series_id].append(change)
    result = []
    for series in series_list:
        for original in series_dates(series, first, last):
            occurrence = _occurrence(series, original, by_key.get((series.id, original)), closures)
            if first <= occurrence.day <= last:
                result.append(occurrence)
        for change in moved_in.get(series.id, ()):
            outside = not first <= change.original_date <= last
            if outside and occurs_on(series, change.original_date):
                result.append(_occurrence(series, change.original_date, change, closures))
    result.sort(key=lambda o: (o.day, o.start, o.office_id, o.series_id))
    return result


def check_series(series: Series, hours: OpeningHours) -> Series:
    """Refuse a series that cannot be: bad times, dates or recurrence, or outside opening hours."""
    check_times(series.start, series.end)
    rule = series.recurrence
    if series.valid_until is not None and series.valid_until < series.valid_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The permanence ends on {until}, before its first day {start}."),
            start=series.valid_from.strftime("%d/%m/%Y"),
            until=series.valid_until.strftime("%d/%m/%Y"),
        )
    if rule.kind == RecurrenceKind.EVERY_N_WEEKS and not 1 <= rule.interval <= 52:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of weeks must be between 1 and 52."))
    if rule.kind == RecurrenceKind.WEEKS_OF_MONTH and not rule.weeks_of_month:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one week of the month (1st, 2nd, ... or last).")
        )
    if rule.kind == RecurrenceKind.WEEKS_OF_MONTH and not rule.weeks_of_month <= {1, 2, 3, 4, 5, LAST}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A week of the month is 1 to 5, or the last."))
    if rule.kind == RecurrenceKind.DATES and not rule.dates:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give at least one date for a one-off permanence."))
    if rule.kind != RecurrenceKind.DATES and not 0 <= series.weekday <= 6:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The weekday must be between Monday and Sunday."))
    weekdays = {d.weekday() for d in rule.dates} if rule.kind == RecurrenceKind.DATES else {series.weekday}
    for weekday in sorted(weekdays):
        if not within_opening_hours(hours, weekday, series.start, series.end):
            raise outside_hours(weekday, series.start, series.end)
    five_years = series.valid_from + timedelta(days=5 * HORIZON_DAYS)
    if next(series_dates(series, series.valid_from, five_years), None) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This recurrence never happens between the first and the last day.")
        )
    return series
