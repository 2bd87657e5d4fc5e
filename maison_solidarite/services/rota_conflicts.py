"""Refusing a rota change that clashes, over the next twelve months, with a message naming both.

Everything here runs inside the session of a rota entry point that has checked the role.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.rota import (
    HORIZON_DAYS,
    Conflict,
    ConflictKind,
    Occurrence,
    Series,
    could_meet,
    expand,
    first_conflict,
    weekday_term,
)
from . import rota_rows as rows
from .event_rows import event_occurrences, event_titles


def existing(
    session: Session,
    first: date,
    last: date,
    *,
    exclude: tuple[int, date] | None = None,
    exclude_series: int | None = None,
    keep_before: date | None = None,
    meeting: Series | None = None,
) -> list[Occurrence]:
    """The stored occurrences between two days, closed days included (a closure may be lifted).

    ``exclude`` leaves one occurrence out, ``exclude_series`` a whole series (or, with
    ``keep_before``, its part from that day on); ``meeting`` expands only the series that
    may share a day with it.
    """
    series = []
    for s in rows.all_series(session):
        if s.id == exclude_series:
            if keep_before is None:
                continue
            s = replace(s, valid_until=keep_before - timedelta(days=1))
        series.append(s)
    changes = rows.changes(session)
    if meeting is not None:
        series = could_meet(meeting, series, changes)
    occurrences = expand(series, changes, first, last)
    occurrences += event_occurrences(session, first, last)  # an event in an office takes it too
    if exclude is not None:
        occurrences = [o for o in occurrences if (o.series_id, o.original_date) != exclude]
    return occurrences


def refuse_conflicts(
    session: Session,
    series: Series,
    today: date,
    *,
    exclude_series: int | None,
    keep_before: date | None = None,
) -> None:
    """Refuse ``series`` (which replaces ``exclude_series``, from ``keep_before`` if given) if
    one of its occurrences in the next twelve months clashes with another permanence."""
    first = max(today, series.valid_from)
    last = first + timedelta(days=HORIZON_DAYS)
    own_changes = rows.changes(session, exclude_series) if exclude_series else []
    candidates = expand([replace(series, id=exclude_series or 0)], own_changes, first, last)
    if keep_before is not None:
        candidates = [o for o in candidates if o.original_date >= keep_before]
    others = existing(session, first, last, exclude_series=exclude_series, keep_before=keep_before, meeting=series)
    raise_conflict(session, first_conflict(candidates, others))


def raise_conflict(session: Session, conflict: Conflict | None) -> None:
    """Nothing if there is no conflict; else the refusal that names both permanences."""
    if conflict is None:
        return
    names = rows.partner_acronyms(session) | event_titles(session, [-conflict.other.organisation_id])
    offices = rows.office_names(session)

    def describe(o: Occurrence) -> str:
        return f"{names.get(o.organisation_id, '?')} ({offices.get(o.office_id, '?')}, {o.start:%H:%M}–{o.end:%H:%M})"

    params = {
        "candidate": describe(conflict.candidate),
        "other": describe(conflict.other),
        "weekday": weekday_term(conflict.day.weekday()),
        "date": conflict.day.strftime("%d/%m/%Y"),
    }
    if conflict.kind == ConflictKind.OFFICE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{candidate} overlaps {other} in the same office, first on {weekday} {date}. Nothing was changed.",
            ),
            **params,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{candidate} and {other} would put the same organisation in two offices at once, "
            "first on {weekday} {date}. Nothing was changed.",
        ),
        **params,
    )
