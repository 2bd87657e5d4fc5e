"""What was counted outside the live log: past totals, paper tallies, and where figures come from.

A past total is a year's or a month's count of one request category, from the years
before the app; a paper tally is a paper sheet's count for one day (or half day). The
statistics add both to the visits logged live, and say how much of each they hold
(``Provenance``). Before the day counting began, no figure is known: it is None, printed
« n.d. », never 0.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from .errors import QT_TRANSLATE_NOOP, ValidationError


class Half(enum.StrEnum):
    """The part of the day a paper tally counts."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    DAY = "day"


HALVES = tuple(h.value for h in Half)
HALF_LABELS = {
    Half.MORNING: QT_TRANSLATE_NOOP("Labels", "Morning"),
    Half.AFTERNOON: QT_TRANSLATE_NOOP("Labels", "Afternoon"),
    Half.DAY: QT_TRANSLATE_NOOP("Labels", "Whole day"),
}

SOURCE_MAX = 200  # the length of a past total's source text

# The code of the line that holds, in a breakdown, the visits it does not know (paper, past totals).
NOT_RECORDED = "not_recorded"

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


@dataclass(frozen=True, slots=True, order=True)
class PastPeriod:
    """A year (month None) or a month of a past total."""

    year: int
    month: int | None = None

    @property
    def first(self) -> date:
        return date(self.year, self.month or 1, 1)

    @property
    def last(self) -> date:
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return f"{self.year}" if self.month is None else f"{self.year}-{self.month:02d}"

    def within(self, first: date, last: date) -> bool:
        """Whether this period lies wholly between first and last (included)."""
        return first <= self.first and self.last <= last

    def overlaps(self, first: date, last: date) -> bool:
        return self.first <= last and first <= self.last


def parse_past_period(text: str) -> PastPeriod:
    """``YYYY`` or ``YYYY-MM``; a ValidationError naming the value otherwise."""
    found = _PERIOD.match(text.strip())
    year = int(found.group(1)) if found else 0
    month = int(found.group(2)) if found and found.group(2) else None
    if found is None or not 1990 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a year or a month (expected for example 2024 or 2024-03).'),
            value=text.strip(),
        )
    return PastPeriod(year, month)


def parse_count(text: str) -> int:
    """A count: a whole number, 0 or more; a ValidationError naming the value otherwise."""
    value = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not (value.isascii() and value.isdigit()):  # "²" (a key of French keyboards) is a digit to Python
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a count: give a whole number, 0 or more.'),
            value=text.strip(),
        )
    return int(value)


@dataclass(frozen=True, slots=True)
class PastTotal:
    """A past period's total for one category, as entered (the latest entry of its key)."""

    period: PastPeriod
    category_code: str
    category_label: str
    count: int
    source: str
    entered_by: str
    entered_at: datetime


@dataclass(frozen=True, slots=True)
class PastTotalEntry:
    """One line of the grid or of the file: a period, a category (code or label), a count."""

    period: PastPeriod
    category: str
    count: int


@dataclass(frozen=True, slots=True)
class PaperTally:
    """A paper sheet's count for one day (or half day) and one category."""

    day: date
    half: Half
    category_code: str
    category_label: str
    count: int
    closed_day: bool
    entered_by: str
    entered_at: datetime


class StartSource(enum.StrEnum):
    """What set the day counting began."""

    SET = "set"  # the date the coordinator set
    VISIT = "visit"  # the first visit logged live
    PAPER = "paper"  # the first paper day
    PAST = "past"  # the first past total


@dataclass(frozen=True, slots=True)
class CountingStart:
    """The day counting began (None: nothing is counted yet) and what set it."""

    day: date | None
    source: StartSource | None = None
    set_day: date | None = None  # the date the coordinator set, if any


def earliest_start(candidates: dict[StartSource, date | None], set_day: date | None) -> CountingStart:
    """The earliest of the first visit, paper day, past total and the date set."""
    known = {source: day for source, day in candidates.items() if day is not None}
    if set_day is not None:
        known[StartSource.SET] = set_day
    if not known:
        return CountingStart(None, None, set_day)
    source = min(known, key=lambda s: (known[s], list(StartSource).index(s)))
    return CountingStart(known[source], source, set_day)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a period's figures come from.

    ``live``: visits logged at the desks; ``paper``: counts typed from paper tally sheets,
    over ``paper_days`` days (``closed_days`` of them on a day the Maison was closed);
    ``past``: past totals (typed from the years before the app). ``counting_start``: the
    day counting began (None: not yet). ``in_progress_to``: for a period that ends after
    today, the last day counted (today); None for a period over.
    """

    live: int
    paper: int
    paper_days: int
    past: int
    counting_start: date | None
    in_progress_to: date | None = None
    closed_days: int = 0

    @property
    def total(self) -> int:
        return self.live + self.paper + self.past

    @property
    def not_recorded(self) -> int:
        """The visits whose channel, outcome, hour and profile are not known (paper, past)."""
        return self.paper + self.past
