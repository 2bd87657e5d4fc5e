"""The weekly rota of the permanence offices: series, exceptions, closures, conflicts.

The rules live in smaller modules, gathered here so that one import reaches them all:

- ``permanences``: the records (series, exceptions, closures, occurrences, offices);
- ``opening_hours``: the Maison's opening hours, typed and checked;
- ``recurrence``: when a series takes place, its exceptions, the closure days;
- ``conflicts``: one office holds one permanence at a time, one organisation is in one office;
- ``offices``: the offices' names, how a list of names is reached, their occupancy.
"""

from __future__ import annotations

from .conflicts import Conflict, ConflictKind, could_meet, first_conflict, overlaps
from .offices import OfficePlan, OfficeUse, check_office_names, occupancy, office_name, plan_offices
from .opening_hours import (
    check_opening_hours,
    check_times,
    format_spans,
    open_minutes,
    outside_hours,
    parse_spans,
    weekday_term,
    within_opening_hours,
)
from .permanences import (
    DEFAULT_OPENING_HOURS,
    HORIZON_DAYS,
    LAST,
    RECURRENCE_LABELS,
    Change,
    Closure,
    Occurrence,
    Office,
    OpeningHours,
    Recurrence,
    RecurrenceKind,
    Series,
    SeriesChange,
    Status,
    minutes_between,
    minutes_of,
    monday_of,
)
from .recurrence import (
    NO_CLOSURES,
    ClosureCalendar,
    check_series,
    expand,
    is_last_of_month,
    occurs_on,
    series_dates,
    week_of_month,
)
from .unchanged import UNCHANGED, Unchanged

__all__ = [
    "DEFAULT_OPENING_HOURS",
    "HORIZON_DAYS",
    "LAST",
    "NO_CLOSURES",
    "RECURRENCE_LABELS",
    "UNCHANGED",
    "Change",
    "Closure",
    "ClosureCalendar",
    "Conflict",
    "ConflictKind",
    "Occurrence",
    "Office",
    "OfficePlan",
    "OfficeUse",
    "OpeningHours",
    "Recurrence",
    "RecurrenceKind",
    "Series",
    "SeriesChange",
    "Status",
    "Unchanged",
    "check_office_names",
    "check_opening_hours",
    "check_series",
    "check_times",
    "could_meet",
    "expand",
    "first_conflict",
    "format_spans",
    "is_last_of_month",
    "minutes_between",
    "minutes_of",
    "monday_of",
    "occupancy",
    "occurs_on",
    "office_name",
    "open_minutes",
    "outside_hours",
    "overlaps",
    "parse_spans",
    "plan_offices",
    "series_dates",
    "week_of_month",
    "weekday_term",
    "within_opening_hours",
]
