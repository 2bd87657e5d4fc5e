"""The weekly rota of the permanence offices: series, exceptions, closures, conflicts.

A *series* is one organisation's permanence in one office, on one weekday, at one time,
repeated by a recurrence rule between two dates (or a list of one-off dates). An
*occurrence* is one of its sessions on a given day. An exception cancels or moves one
occurrence, keyed by its original date, so that it survives later edits of the series.
A closure day (a public holiday, or one the coordinator enters) suspends every
occurrence on that day without deleting it.
"""

from __future__ import annotations

import calendar
import enum
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from .dates import WEEKDAY_NAMES
from .errors import QT_TRANSLATE_NOOP, Term, ValidationError

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
class Change:
    """An exception to one occurrence of a series, keyed by its original date."""

    series_id: int
    original_date: date
    cancelled: bool = False
    new_date: date | None = None
    new_start: time | None = None
    new_end: time | None = None
    new_office_id: int | None = None


@dataclass(frozen=True, slots=True)
class Closure:
    id: int | None
    first_day: date
    last_day: date
    label: str


class Status(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    CLOSED = "closed"  # suspended by a closure day


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


# -- recurrence ----------------------------------------------------------------------
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

    def reason(self, day: date) -> str | None:
        for closure in self.closures:
            if closure.first_day <= day <= closure.last_day:
                return closure.label
        return self.holiday(day)


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
            moved=True,
        )
    reason = closures.reason(occurrence.day)
    if reason is not None:
        occurrence = replace(occurrence, status=Status.CLOSED, closure=reason)
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


# -- rules ---------------------------------------------------------------------------
def within_opening_hours(hours: OpeningHours, day_of_week: int, start: time, end: time) -> bool:
    return any(open_ <= start and end <= close for open_, close in hours.get(day_of_week, ()))


def open_minutes(hours: OpeningHours, day_of_week: int) -> int:
    return sum(minutes_between(open_, close) for open_, close in hours.get(day_of_week, ()))


def check_times(start: time, end: time) -> None:
    if end == start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A permanence cannot last zero minutes: give an end after the start.")
        )
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The permanence ends ({end}) before it starts ({start})."),
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )


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


def weekday_term(weekday: int) -> Term:
    return Term("Labels", WEEKDAY_NAMES[weekday])


def outside_hours(weekday: int, start: time, end: time) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{start}–{end} on {weekday} is outside the opening hours of the Maison."),
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
        weekday=weekday_term(weekday),
    )


# -- conflicts -----------------------------------------------------------------------
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


# -- occupancy -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OfficeUse:
    """How much of an office's open time its permanences fill over a period."""

    office: Office
    minutes_held: int
    minutes_open: int

    @property
    def occupancy(self) -> float:
        return self.minutes_held / self.minutes_open if self.minutes_open else 0.0


def occupancy(
    occurrences: Iterable[Occurrence],
    hours: OpeningHours,
    office_id: int,
    first: date,
    last: date,
    closures: ClosureCalendar = NO_CLOSURES,
) -> tuple[int, int]:
    """(minutes held in the office, minutes the Maison is open) between two days, closures excluded."""
    open_total, day = 0, first
    while day <= last:
        if closures.reason(day) is None:
            open_total += open_minutes(hours, day.weekday())
        day += timedelta(days=1)
    used = sum(o.minutes for o in occurrences if o.office_id == office_id and o.held and first <= o.day <= last)
    return used, open_total


def parse_spans(text: str) -> tuple[tuple[time, time], ...]:
    """ "09:00-12:00, 13:30-17:00" -> the spans; an empty text is a closed day."""
    spans = []
    for part in text.replace(";", ",").split(","):
        typed = part.strip()
        part = typed.replace("–", "-").replace("h", ":")
        if not part:
            continue
        try:
            first, last = (p.strip() for p in part.split("-"))
            start, end = time.fromisoformat(first.zfill(5)), time.fromisoformat(last.zfill(5))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not a time span (expected for example 09:00-12:00).'),
                value=typed,  # as the person typed it
            ) from None
        check_times(start, end)
        spans.append((start, end))
    return tuple(sorted(spans))


def format_spans(spans: Iterable[tuple[time, time]]) -> str:
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in spans)


def check_opening_hours(hours: Mapping[int, Iterable[tuple[time, time]]]) -> dict[int, tuple[tuple[time, time], ...]]:
    """The week's opening hours in order, closed days left out; overlapping spans are refused."""
    cleaned: dict[int, tuple[tuple[time, time], ...]] = {}
    for weekday, spans in hours.items():
        ordered = tuple(sorted(spans))
        for start, end in ordered:
            check_times(start, end)
        for (_a, end), (start, _b) in itertools.pairwise(ordered):
            if start < end:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The opening hours of {weekday} overlap each other."),
                    weekday=weekday_term(weekday),
                )
        if ordered:
            cleaned[weekday] = ordered
    return cleaned


def office_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An office needs a name of 1 to 60 characters."))
    return name


def check_office_names(names: Iterable[str]) -> list[str]:
    """The offices of a new structure, one name per line: at least one, each name once."""
    cleaned = [office_name(n) for n in names if n.strip()]
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name at least one permanence office."))
    seen: set[str] = set()
    for name in cleaned:
        if name.casefold() in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'An office is already called "{name}".'), name=name)
        seen.add(name.casefold())
    return cleaned


@dataclass(frozen=True)
class OfficePlan:
    """How to reach a list of office names from the offices there are, without a name clash."""

    renames: tuple[tuple[int, str], ...] = ()  # (office id, new name)
    reopen: tuple[int, ...] = ()
    add: tuple[str, ...] = ()
    close: tuple[int, ...] = ()


def plan_offices(existing: Sequence[Office], names: Sequence[str]) -> OfficePlan:
    """An office whose name is asked for stays (reopened if closed); the other names go, in
    order, to the offices whose names are not asked for, then to new offices; the offices
    left over close. So "Bureau 2, Bureau 1" swaps nothing, and no rename meets a name in use."""
    wanted = {name.casefold() for name in names}
    by_name = {office.name.casefold(): office for office in existing}
    free = [office for office in existing if office.name.casefold() not in wanted]
    renames, reopen, add = [], [], []
    for name in names:
        office = by_name.get(name.casefold())
        if office is None and free:
            office = free.pop(0)
            renames.append((office.id, name))
        elif office is None:
            add.append(name)
            continue
        elif office.name != name:
            renames.append((office.id, name))  # the same name in other capitals
        if not office.active:
            reopen.append(office.id)
    close = tuple(office.id for office in free if office.active)
    return OfficePlan(tuple(renames), tuple(reopen), tuple(add), close)
