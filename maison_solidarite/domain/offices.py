"""The permanence offices: their names, how a list of names is reached, their occupancy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .opening_hours import open_minutes
from .permanences import Occurrence, Office, OpeningHours
from .recurrence import NO_CLOSURES, ClosureCalendar


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
