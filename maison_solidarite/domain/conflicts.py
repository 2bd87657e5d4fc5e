"""Conflicts: one office holds one permanence at a time, one organisation is in one office."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .permanences import Change, Occurrence, RecurrenceKind, Series, Status


class ConflictKind(enum.StrEnum):
    OFFICE = "office"  # two permanences in one office at once
    ORGANISATION = "organisation"  # one organisation in two offices at once


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    candidate: Occurrence
    other: Occurrence

    @property
    def day(self) -> date:
        return self.candidate.day


def overlaps(a: Occurrence, b: Occurrence) -> bool:
    return a.day == b.day and a.start < b.end and b.start < a.end


def first_conflict(candidates: Iterable[Occurrence], existing: Iterable[Occurrence]) -> Conflict | None:
    """The earliest clash of a candidate with what exists (cancelled occurrences free their slot).

    Closed days count: a closure may be lifted, and the rota must stay sound then.
    """
    by_day: dict[date, list[Occurrence]] = defaultdict(list)
    for occurrence in existing:
        if occurrence.status != Status.CANCELLED:
            by_day[occurrence.day].append(occurrence)
    for candidate in sorted(candidates, key=lambda o: (o.day, o.start)):
        if candidate.status == Status.CANCELLED:
            continue
        for other in by_day.get(candidate.day, ()):
            if not overlaps(candidate, other):
                continue
            if other.office_id == candidate.office_id:
                return Conflict(ConflictKind.OFFICE, candidate, other)
            if other.organisation_id == candidate.organisation_id:
                return Conflict(ConflictKind.ORGANISATION, candidate, other)
        by_day[candidate.day].append(candidate)  # a candidate may not clash with itself either
    return None


def could_meet(candidate: Series, existing: Iterable[Series], changes: Iterable[Change]) -> list[Series]:
    """The series that may share a day with ``candidate``: the same weekday, one-off dates,
    or moved occurrences (a move can land on any day). The others need no expanding."""
    if candidate.recurrence.kind == RecurrenceKind.DATES:
        weekdays = {d.weekday() for d in candidate.recurrence.dates}
    else:
        weekdays = {candidate.weekday}
    moved = {c.series_id for c in changes if c.new_date is not None}
    return [s for s in existing if s.recurrence.kind == RecurrenceKind.DATES or s.weekday in weekdays or s.id in moved]
