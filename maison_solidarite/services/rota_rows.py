"""The rota's rows: one mapping per record type (row -> domain object) and the stored reads.

Everything here runs inside the session of a rota entry point that has checked the role.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import ChangeRow, ClosureRow, OfficeRow, OrganisationRow, SeriesRow, SettingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.rota import (
    DEFAULT_OPENING_HOURS,
    Change,
    Closure,
    ClosureCalendar,
    Occurrence,
    Office,
    OpeningHours,
    Recurrence,
    RecurrenceKind,
    Series,
    expand,
    occurs_on,
)
from .lookup import get_or_raise

OPENING_HOURS = "opening_hours"  # the settings key

Holiday = Callable[[date], str | None]


# -- one mapping per record type -------------------------------------------------------
def to_office(row: OfficeRow) -> Office:
    return Office(row.id, row.name, row.position, row.active)


def to_series(row: SeriesRow) -> Series:
    return Series(
        id=row.id,
        organisation_id=row.organisation_id,
        office_id=row.office_id,
        weekday=row.weekday,
        start=row.start_time,
        end=row.end_time,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        recurrence=Recurrence(
            kind=RecurrenceKind(row.kind),
            interval=row.interval,
            weeks_of_month=frozenset(int(w) for w in row.weeks_of_month.split(",") if w),
            dates=tuple(date.fromisoformat(d) for d in row.dates.split(",") if d),
        ),
    )


def to_change(row: ChangeRow) -> Change:
    return Change(
        series_id=row.series_id,
        original_date=row.original_date,
        cancelled=row.cancelled,
        new_date=row.new_date,
        new_start=row.new_start,
        new_end=row.new_end,
        new_office_id=row.new_office_id,
        not_held=row.not_held,
    )


def to_closure(row: ClosureRow) -> Closure:
    return Closure(row.id, row.first_day, row.last_day, row.label, row.start_time, row.end_time)


def parse_opening_hours(value: dict[str, list[list[str]]]) -> dict[int, tuple[tuple[time, time], ...]]:
    return {
        int(weekday): tuple((time.fromisoformat(a), time.fromisoformat(b)) for a, b in spans)
        for weekday, spans in value.items()
    }


# -- writing and what the audit trail keeps ----------------------------------------------
def write_series(row: SeriesRow, series: Series) -> None:
    row.organisation_id = series.organisation_id
    row.office_id = series.office_id
    row.weekday = series.weekday
    row.start_time = series.start
    row.end_time = series.end
    row.valid_from = series.valid_from
    row.valid_until = series.valid_until
    row.kind = series.recurrence.kind.value
    row.interval = series.recurrence.interval
    row.weeks_of_month = ",".join(str(w) for w in sorted(series.recurrence.weeks_of_month))
    row.dates = ",".join(d.isoformat() for d in sorted(set(series.recurrence.dates)))


def series_snapshot(series: Series) -> dict[str, object]:
    return {
        "organisation_id": series.organisation_id,
        "office_id": series.office_id,
        "weekday": series.weekday,
        "start": series.start.strftime("%H:%M"),
        "end": series.end.strftime("%H:%M"),
        "valid_from": series.valid_from.isoformat(),
        "valid_until": series.valid_until.isoformat() if series.valid_until else None,
        "kind": series.recurrence.kind.value,
        "interval": series.recurrence.interval,
        "weeks_of_month": sorted(series.recurrence.weeks_of_month),
        "dates": [d.isoformat() for d in sorted(series.recurrence.dates)],
    }


def change_snapshot(change: Change) -> dict[str, object]:
    return {
        "original_date": change.original_date.isoformat(),
        "cancelled": change.cancelled,
        "new_date": change.new_date.isoformat() if change.new_date else None,
        "new_start": change.new_start.strftime("%H:%M") if change.new_start else None,
        "new_end": change.new_end.strftime("%H:%M") if change.new_end else None,
        "new_office_id": change.new_office_id,
        "not_held": change.not_held,
    }


# -- stored reads ------------------------------------------------------------------------
def offices(session: Session, active_only: bool = True) -> list[Office]:
    query = select(OfficeRow).order_by(OfficeRow.position, OfficeRow.id)
    if active_only:
        query = query.where(OfficeRow.active.is_(True))
    return [to_office(r) for r in session.scalars(query)]


def opening_hours(session: Session) -> OpeningHours:
    row = session.get(SettingRow, OPENING_HOURS)
    return DEFAULT_OPENING_HOURS if row is None else parse_opening_hours(json.loads(row.value))


def all_series(session: Session) -> list[Series]:
    return [to_series(r) for r in session.scalars(select(SeriesRow).order_by(SeriesRow.id))]


def changes(session: Session, series_id: int | None = None) -> list[Change]:
    query = select(ChangeRow)
    if series_id is not None:
        query = query.where(ChangeRow.series_id == series_id)
    return [to_change(r) for r in session.scalars(query)]


def change_row(session: Session, series_id: int, original_date: date) -> ChangeRow | None:
    return session.scalars(
        select(ChangeRow).where(ChangeRow.series_id == series_id, ChangeRow.original_date == original_date)
    ).first()


def closures(session: Session) -> list[Closure]:
    return [to_closure(r) for r in session.scalars(select(ClosureRow).order_by(ClosureRow.first_day))]


def closure_calendar(session: Session, holiday: Holiday) -> ClosureCalendar:
    return ClosureCalendar(tuple(closures(session)), holiday)


def occurrences(
    session: Session, first: date, last: date, holiday: Holiday, organisation_id: int | None = None
) -> list[Occurrence]:
    """Every stored occurrence between two days, closures applied."""
    series = [s for s in all_series(session) if organisation_id in (None, s.organisation_id)]
    return expand(series, changes(session), first, last, closure_calendar(session, holiday))


def partner_acronyms(session: Session) -> dict[int, str]:
    return {r.id: r.acronym for r in session.scalars(select(OrganisationRow))}


def office_names(session: Session) -> dict[int, str]:
    return {r.id: r.name for r in session.scalars(select(OfficeRow))}


# -- lookups that refuse ----------------------------------------------------------------
def series_row(session: Session, series_id: int) -> SeriesRow:
    return get_or_raise(
        session, SeriesRow, series_id, QT_TRANSLATE_NOOP("Errors", "There is no permanence number {id}.")
    )


def office_row(session: Session, office_id: int) -> OfficeRow:
    return get_or_raise(session, OfficeRow, office_id, QT_TRANSLATE_NOOP("Errors", "There is no office number {id}."))


def open_office_row(session: Session, office_id: int) -> OfficeRow:
    """The office, refused if it does not exist or is closed."""
    office = office_row(session, office_id)
    if not office.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'The office "{name}" is closed: choose another one.'), name=office.name
        )
    return office


def check_references(session: Session, organisation_id: int, office_id: int) -> None:
    get_or_raise(
        session, OrganisationRow, organisation_id, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}.")
    )
    open_office_row(session, office_id)


def require_occurrence(series: Series, day: date) -> None:
    if not occurs_on(series, day):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This permanence does not take place on {date}."),
            date=day.strftime("%d/%m/%Y"),
        )
