"""The rota as an iCalendar file, for the partners' own calendars.

Each series is one event with a recurrence rule. Cancelled occurrences and closure
days become EXDATE; a moved occurrence becomes an override with a RECURRENCE-ID.
Odd and even ISO weeks use FREQ=YEARLY;BYWEEKNO, which stays right across the years
that have 53 weeks (a plain "every two weeks" would drift there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..domain.organisations import Organisation
from ..domain.rota import LAST, Occurrence, Office, RecurrenceKind, Series, Status, series_dates

Translate = Callable[[str, str], str]
TIMEZONE = ZoneInfo("Europe/Paris")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _local(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=TIMEZONE)


def _rule(series: Series) -> dict[str, object] | None:
    rule = series.recurrence
    day = DAY_CODES[series.weekday]
    if rule.kind == RecurrenceKind.DATES:
        return None
    if rule.kind == RecurrenceKind.WEEKLY:
        result: dict[str, object] = {"freq": "weekly", "byday": day}
    elif rule.kind == RecurrenceKind.EVERY_N_WEEKS:
        result = {"freq": "weekly", "interval": rule.interval, "byday": day, "wkst": "MO"}
    elif rule.kind in (RecurrenceKind.ODD_WEEKS, RecurrenceKind.EVEN_WEEKS):
        parity = 1 if rule.kind == RecurrenceKind.ODD_WEEKS else 0
        result = {
            "freq": "yearly",
            "byweekno": [w for w in range(1, 54) if w % 2 == parity],
            "byday": day,
            "wkst": "MO",
        }
    else:
        ordinals = sorted(rule.weeks_of_month, key=lambda w: (w == LAST, w))
        result = {"freq": "monthly", "byday": [f"{w}{day}" for w in ordinals]}
    if series.valid_until is not None:
        last = datetime.combine(series.valid_until, time(23, 59, 59), tzinfo=TIMEZONE)
        result["until"] = last.astimezone(ZoneInfo("UTC"))
    return result


@dataclass(frozen=True)
class _EventMaker:
    """Makes the events of one series: the same uid, summary and stamp for the series and its overrides."""

    uid: str
    summary: str
    stamp_utc: datetime
    structure: str
    offices: Mapping[int, Office]

    def event(self, day: date, start: time, end: time, office_id: int) -> Event:
        event = Event()
        event.add("uid", self.uid)
        event.add("dtstamp", self.stamp_utc)
        event.add("summary", self.summary)
        event.add("location", f"{self.structure}, {self.offices[office_id].name}")
        event.add("dtstart", _local(day, start))
        event.add("dtend", _local(day, end))
        return event


def _new_calendar(structure: str, translate: Translate) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Maison de la Solidarité//Planning des permanences//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", translate("RotaCalendar", "Permanences — {structure}").format(structure=structure))
    calendar.add("x-wr-timezone", "Europe/Paris")
    return calendar


def _series_events(series: Series, first: date, occurrences: Sequence[Occurrence], maker: _EventMaker) -> list[Event]:
    """The series' event from its first date, with its rule (or dates) and exceptions, then its moved occurrences."""
    main = maker.event(first, series.start, series.end, series.office_id)
    rule = _rule(series)
    if rule is not None:
        main.add("rrule", rule)
    else:
        for extra in sorted(set(series.recurrence.dates)):
            if extra != first and (series.valid_until is None or extra <= series.valid_until):
                main.add("rdate", _local(extra, series.start))
    excluded = [
        _local(o.original_date, series.start) for o in occurrences if o.status in (Status.CANCELLED, Status.CLOSED)
    ]
    for moment in sorted(excluded):
        main.add("exdate", moment)
    events = [main]
    for occurrence in occurrences:
        if occurrence.moved and occurrence.status == Status.SCHEDULED:
            override = maker.event(occurrence.day, occurrence.start, occurrence.end, occurrence.office_id)
            override.add("recurrence-id", _local(occurrence.original_date, series.start))
            events.append(override)
    return events


def rota_ics(
    series_list: Iterable[Series],
    occurrences: Iterable[Occurrence],
    organisations: Mapping[int, Organisation],
    offices: Mapping[int, Office],
    structure: str,
    translate: Translate,
    *,
    stamp: datetime,
) -> bytes:
    calendar = _new_calendar(structure, translate)
    by_series: dict[int, list[Occurrence]] = {}
    for occurrence in occurrences:
        by_series.setdefault(occurrence.series_id, []).append(occurrence)
    stamp_utc = stamp.replace(tzinfo=TIMEZONE).astimezone(ZoneInfo("UTC"))
    for series in series_list:
        organisation = organisations[series.organisation_id]
        first = next(series_dates(series, series.valid_from, series.valid_from + timedelta(days=3700)), None)
        if first is None:
            continue
        maker = _EventMaker(
            uid=f"permanence-{series.id}@maison-solidarite",
            summary=translate("RotaCalendar", "Permanence: {name}").format(name=organisation.name),
            stamp_utc=stamp_utc,
            structure=structure,
            offices=offices,
        )
        for event in _series_events(series, first, by_series.get(series.id, []), maker):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data
