"""The figures of the statistics sheets: periods, counts, shares, comparisons, number formats."""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .history import Provenance
from .people_figures import GatheringFigures
from .rota import OfficeUse


class PeriodKind(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """From ``first`` to ``last``, both included."""

    first: date
    last: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
                start=self.first.strftime("%d/%m/%Y"),
                end=self.last.strftime("%d/%m/%Y"),
            )

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, PeriodKind.DAY)

    @classmethod
    def week(cls, day: date) -> Period:
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6), PeriodKind.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first_month = 3 * (quarter - 1) + 1
        last = cls.month(year, first_month + 2).last
        return cls(date(year, first_month, 1), last, PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        if kind == PeriodKind.DAY:
            return cls.day(day)
        if kind == PeriodKind.WEEK:
            return cls.week(day)
        if kind == PeriodKind.MONTH:
            return cls.month(day.year, day.month)
        if kind == PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        return cls.year(day.year)

    def year_before(self) -> Period:
        """The same period a year earlier (the same ISO week for a week; 28 Feb for 29 Feb)."""
        if self.kind == PeriodKind.WEEK:
            iso = self.first.isocalendar()
            try:
                monday = date.fromisocalendar(iso.year - 1, iso.week, 1)
            except ValueError:  # week 53 of a year that has none
                monday = date.fromisocalendar(iso.year - 1, 52, 1)
            return Period(monday, monday + timedelta(days=6), self.kind)
        if self.kind == PeriodKind.MONTH:
            return Period.month(self.first.year - 1, self.first.month)
        if self.kind == PeriodKind.QUARTER:
            return Period.quarter(self.first.year - 1, (self.first.month - 1) // 3 + 1)
        if self.kind == PeriodKind.YEAR:
            return Period.year(self.first.year - 1)
        return Period(_year_earlier(self.first), _year_earlier(self.last), self.kind)


def in_progress_to(period: Period, today: date) -> date | None:
    """``today`` when the period has begun and runs after it (it is in progress), else None."""
    return today if period.first <= today < period.last else None


def comparison_period(period: Period, today: date) -> Period:
    """The period a year before; for a period in progress, its days up to today only
    (« année 2026 en cours, au 26 novembre — comparée au 1er janvier–26 novembre 2025 »)."""
    before = period.year_before()
    if in_progress_to(period, today) is None:
        return before
    if period.kind == PeriodKind.WEEK:
        return Period(before.first, before.first + (today - period.first), PeriodKind.CUSTOM)
    return Period(before.first, max(before.first, _year_earlier(today)), PeriodKind.CUSTOM)


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def parse_month(text: str) -> Period:
    try:
        year, month = (int(p) for p in text.strip().split("-"))
        return Period.month(year, month)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a month (expected for example 2026-11).'), value=text.strip()
        ) from None


def parse_year(text: str) -> Period:
    try:
        year = int(text.strip())
        if not 1990 <= year <= 9999:
            raise ValueError
        return Period.year(year)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a year (expected for example 2026).'), value=text.strip()
        ) from None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a breakdown: a code, its label, its count and its share of the total."""

    code: str
    label: str
    count: int
    share: float  # 0..1
    previous: int | None = None  # the same period a year earlier, when compared

    @property
    def change(self) -> float | None:
        return relative_change(self.count, self.previous)


def relative_change(now: int, before: int | None) -> float | None:
    """(now - before) / before, or None when there is nothing to compare with."""
    if not before:
        return None
    return (now - before) / before


def lines(counts: list[tuple[str, str, int]], total: int, previous: dict[str, int] | None = None) -> list[Line]:
    return [
        Line(code, label, count, count / total if total else 0.0, None if previous is None else previous.get(code, 0))
        for code, label, count in counts
    ]


@dataclass(frozen=True, slots=True)
class PartnerPermanences:
    acronym: str
    name: str
    held: int  # sessions held in the period: started by now, and the partner came
    minutes: int
    cancelled: int  # cancelled in advance, or suspended by a closure
    not_held: int = 0  # the partner did not come
    planned: int = 0  # still to come (a period in progress)


@dataclass(frozen=True)
class Statistics:
    """Every figure of a period.

    ``known`` is False for a period that ends before counting began (or when nothing is
    counted yet): every figure is then unknown, printed « n.d. », and no change computed.
    ``previous_total`` and each line's ``previous`` are None when the period compared
    (``compared``: a year before, or its same days for a period in progress) is not known.
    ``in_progress_to``: the last day counted (today) for a period that runs after today.
    ``provenance``: how much comes from the live log, from paper days and from past totals.
    The breakdowns the paper and past totals lack (channel, outcome, profile) hold them in
    a line of code ``NOT_RECORDED`` (« non renseigné »); ``weekday_hour`` holds live visits only.
    """

    period: Period
    total: int
    previous_total: int | None  # None: the period compared is not known
    by_category: list[Line]
    by_channel: list[Line]
    by_outcome: list[Line]
    by_orientation: list[Line]
    weekday_hour: dict[tuple[int, int], int]  # (0 = Monday, hour) -> visits
    profile: dict[str, list[Line]] = field(default_factory=dict)  # field name -> lines, fields switched on
    permanences: list[PartnerPermanences] = field(default_factory=list)
    offices: list[OfficeUse] = field(default_factory=list)
    known: bool = True
    in_progress_to: date | None = None
    compared: Period | None = None
    provenance: Provenance | None = None
    gatherings: GatheringFigures | None = None  # distinct people, actions, meetings (domain/people_figures.py)

    @property
    def change(self) -> float | None:
        if not self.known:
            return None
        return relative_change(self.total, self.previous_total)


@dataclass(frozen=True)
class AnnualReview:
    """The review of a year: three years of totals, the monthly curve, and the year's figures.

    A total or a month not known (before counting began, or a month of a year known only by
    its yearly past total) is None. A year in progress (``in_progress_to``: today) is
    compared with the same days of the year before (``compared_total``), not a whole year.
    """

    year: int
    statistics: Statistics
    totals_by_year: list[tuple[int, int | None]]  # (year, visits), the review's year and the two before
    by_month: list[tuple[int, int | None]]  # (month 1..12, visits), up to the current month
    in_progress_to: date | None = None
    compared_total: int | None = None  # the same days of the year before, for a year in progress

    def growth(self) -> list[tuple[int, float | None]]:
        """Each year's change against the year before (the same days of it, for a year in progress)."""
        result = []
        for (_y0, before), (year, now) in zip(self.totals_by_year, self.totals_by_year[1:], strict=False):
            if year == self.year and self.in_progress_to is not None:
                before = self.compared_total
            result.append((year, None if now is None else relative_change(now, before)))
        return result

    def average_growth(self) -> float | None:
        """The mean annual growth over the whole years shown (compound), when the first has data."""
        whole = [n for y, n in self.totals_by_year if not (y == self.year and self.in_progress_to is not None)]
        years = len(whole) - 1
        if years < 1 or not whole[0] or whole[-1] is None:
            return None
        mean: float = (whole[-1] / whole[0]) ** (1 / years) - 1
        return mean


# -- numbers as people read them ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NumberFormat:
    decimal: str
    group: str
    percent_sign: str

    def integer(self, value: int) -> str:
        text = f"{abs(value):,}".replace(",", self.group)
        return f"-{text}" if value < 0 else text

    def number(self, value: float, digits: int = 1) -> str:
        text = f"{abs(value):,.{digits}f}".replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)
        return f"-{text}" if value < 0 and round(abs(value), digits) else text

    def percent(self, ratio: float, digits: int = 1) -> str:
        return self.number(ratio * 100, digits) + self.percent_sign

    def change(self, ratio: float | None, missing: str, digits: int = 1) -> str:
        if ratio is None:
            return missing
        sign = "+" if round(ratio * 100, digits) > 0 else ""
        return sign + self.percent(ratio, digits)


# French typography: a narrow no-break space groups thousands and precedes the % sign.
FRENCH_NUMBERS = NumberFormat(decimal=",", group="\u202f", percent_sign="\u202f%")
ENGLISH_NUMBERS = NumberFormat(decimal=".", group=",", percent_sign="%")


def number_format(language: str) -> NumberFormat:
    return FRENCH_NUMBERS if language == "fr" else ENGLISH_NUMBERS
