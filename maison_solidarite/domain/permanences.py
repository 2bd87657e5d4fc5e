"""The rota's records: series, their exceptions, closures, occurrences and offices.

A *series* is one organisation's permanence in one office, on one weekday, at one time,
repeated by a recurrence rule between two dates (or a list of one-off dates). An
*occurrence* is one of its sessions on a given day. An exception (a ``Change``) cancels or
moves one occurrence, keyed by its original date, so that it survives later edits of the
series. A closure day suspends every occurrence on that day without deleting it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from .errors import QT_TRANSLATE_NOOP
from .unchanged import UNCHANGED, Unchanged, given_fields, kept

HORIZON_DAYS = 365  # conflicts are looked for over the next twelve months
LAST = -1  # "the last <weekday> of the month"


class RecurrenceKind(enum.StrEnum):
    WEEKLY = "weekly"
    EVERY_N_WEEKS = "every_n_weeks"
    ODD_WEEKS = "odd_weeks"  # odd ISO week numbers
    EVEN_WEEKS = "even_weeks"
    WEEKS_OF_MONTH = "weeks_of_month"  # e.g. {1, 3} = 1st and 3rd, {-1} = last
    DATES = "dates"  # a list of one-off dates


RECURRENCE_LABELS = {
    RecurrenceKind.WEEKLY: QT_TRANSLATE_NOOP("Labels", "Every week"),
    RecurrenceKind.EVERY_N_WEEKS: QT_TRANSLATE_NOOP("Labels", "Every n weeks"),
    RecurrenceKind.ODD_WEEKS: QT_TRANSLATE_NOOP("Labels", "Odd weeks"),
    RecurrenceKind.EVEN_WEEKS: QT_TRANSLATE_NOOP("Labels", "Even weeks"),
    RecurrenceKind.WEEKS_OF_MONTH: QT_TRANSLATE_NOOP("Labels", "Some weeks of the month"),
    RecurrenceKind.DATES: QT_TRANSLATE_NOOP("Labels", "One-off dates"),
}


@dataclass(frozen=True, slots=True)
class Recurrence:
    kind: RecurrenceKind = RecurrenceKind.WEEKLY
    interval: int = 1  # for EVERY_N_WEEKS, counted from the week of valid_from
    weeks_of_month: frozenset[int] = frozenset()  # 1..5 and LAST
    dates: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class Office:
    id: int
    name: str
    position: int = 0
    active: bool = True


@dataclass(frozen=True, slots=True)
class Series:
    id: int
    organisation_id: int
    office_id: int
    weekday: int  # 0 = Monday; for one-off dates, each date has its own
    start: time
    end: time
    valid_from: date
    valid_until: date | None = None
    recurrence: Recurrence = field(default_factory=Recurrence)


@dataclass(frozen=True, slots=True)
class SeriesChange:
    """What an edit changes in a series; a field left UNCHANGED keeps its value."""

    organisation_id: int | Unchanged = UNCHANGED
    office_id: int | Unchanged = UNCHANGED
    weekday: int | Unchanged = UNCHANGED
    start: time | Unchanged = UNCHANGED
    end: time | Unchanged = UNCHANGED
    valid_until: date | Unchanged | None = UNCHANGED  # None: no last day
    recurrence: Recurrence | Unchanged = UNCHANGED

    def given(self) -> frozenset[str]:
        return given_fields(self)

    def applied_to(self, series: Series) -> Series:
        return replace(
            series,
            organisation_id=kept(self.organisation_id, series.organisation_id),
            office_id=kept(self.office_id, series.office_id),
            weekday=kept(self.weekday, series.weekday),
            start=kept(self.start, series.start),
            end=kept(self.end, series.end),
            valid_until=kept(self.valid_until, series.valid_until),
            recurrence=kept(self.recurrence, series.recurrence),
        )


@dataclass(frozen=True, slots=True)
class Change:
    """An exception to one occurrence of a series, keyed by its original date."""

    series_id: int
    original_date: date
    cancelled: bool = False
    new_date: date | None = None
    new_start: time | None = None
    new_end: time | None = None
    new_office_id: int | None = None
    not_held: bool = False  # the partner did not come (recorded at the desk, on the day)


MIDDAY = time(13, 0)  # where a morning closure ends and an afternoon closure starts


class ClosurePart(enum.StrEnum):
    """How much of each of its days a closure takes."""

    WHOLE_DAY = "whole_day"
    MORNING = "morning"
    AFTERNOON = "afternoon"
    HOURS = "hours"  # from one time to another


@dataclass(frozen=True, slots=True)
class Closure:
    """The Maison closed on these days, all day or from ``start`` to ``end`` on each of them."""

    id: int | None
    first_day: date
    last_day: date
    label: str
    start: time | None = None  # None: from the start of the day
    end: time | None = None  # None: to the end of the day

    @property
    def whole_day(self) -> bool:
        return self.start is None and self.end is None

    @property
    def part(self) -> ClosurePart:
        if self.whole_day:
            return ClosurePart.WHOLE_DAY
        if self.start is None and self.end == MIDDAY:
            return ClosurePart.MORNING
        if self.start == MIDDAY and self.end is None:
            return ClosurePart.AFTERNOON
        return ClosurePart.HOURS

    def covers(self, day: date, start: time | None = None, end: time | None = None) -> bool:
        """Whether the closure takes ``day`` (the whole day if no times are given), or overlaps start-end."""
        if not self.first_day <= day <= self.last_day:
            return False
        if start is None or end is None:
            return self.whole_day
        return (self.start or time.min) < end and start < (self.end or time.max)


def closure_times(
    part: ClosurePart, start: time | None = None, end: time | None = None
) -> tuple[time | None, time | None]:
    """The start and end a closure of that part stores (None: the day's start or end)."""
    if part == ClosurePart.WHOLE_DAY:
        return None, None
    if part == ClosurePart.MORNING:
        return None, MIDDAY
    if part == ClosurePart.AFTERNOON:
        return MIDDAY, None
    return start, end


class Status(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    CLOSED = "closed"  # suspended by a closure day
    NOT_HELD = "not_held"  # the partner did not come


@dataclass(frozen=True, slots=True)
class Occurrence:
    series_id: int
    organisation_id: int
    office_id: int
    day: date
    start: time
    end: time
    original_date: date
    status: Status = Status.SCHEDULED
    moved: bool = False
    closure: str | None = None

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end)

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)

    @property
    def held(self) -> bool:
        return self.status == Status.SCHEDULED


OpeningHours = Mapping[int, tuple[tuple[time, time], ...]]

DEFAULT_OPENING_HOURS: dict[int, tuple[tuple[time, time], ...]] = {
    weekday: ((time(9, 0), time(12, 0)), (time(13, 30), time(17, 0))) for weekday in range(5)
}


def minutes_of(t: time) -> int:
    return t.hour * 60 + t.minute


def minutes_between(start: time, end: time) -> int:
    return minutes_of(end) - minutes_of(start)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class PermanenceTally:
    """One partner's permanences in a period, as the sheets count them."""

    held: int = 0  # started by now, and the partner came
    minutes: int = 0  # the minutes of those held
    cancelled: int = 0  # cancelled in advance, or suspended by a closure
    not_held: int = 0  # the partner did not come
    planned: int = 0  # still to come


def tally_permanences(occurrences: Iterable[Occurrence], now: datetime) -> dict[int, PermanenceTally]:
    """Each organisation's permanences: held only once started (at ``now`` or before), the
    others planned; those cancelled in advance, and those the partner did not come to."""
    counts: dict[int, dict[str, int]] = {}
    for o in occurrences:
        mine = counts.setdefault(o.organisation_id, {})
        if o.status == Status.SCHEDULED and o.starts_at <= now:
            mine["held"] = mine.get("held", 0) + 1
            mine["minutes"] = mine.get("minutes", 0) + o.minutes
        else:
            kind = {Status.SCHEDULED: "planned", Status.NOT_HELD: "not_held"}.get(o.status, "cancelled")
            mine[kind] = mine.get(kind, 0) + 1
    return {organisation: PermanenceTally(**figures) for organisation, figures in counts.items()}


def started(occurrences: Iterable[Occurrence], now: datetime) -> list[Occurrence]:
    """The occurrences that have started by ``now``: the ones that can have been held."""
    return [o for o in occurrences if o.starts_at <= now]


def absence_candidates(occurrences: Iterable[Occurrence], now: datetime) -> list[Occurrence]:
    """Today's permanences the desk may say the partner did not come to (or came after all):
    those in progress first, the earliest started first, then those ended, the latest first."""
    today = [o for o in occurrences if o.day == now.date() and o.status in (Status.SCHEDULED, Status.NOT_HELD)]
    running = sorted((o for o in today if o.starts_at <= now < o.ends_at), key=lambda o: (o.start, o.office_id))
    ended = sorted((o for o in today if o.ends_at <= now), key=lambda o: (o.end, o.start), reverse=True)
    return running + ended
