"""The demonstration's history: three years that grow as the Dijon Maison grew.

The Maison of the demonstration began logging visits live on 1 January two years before
today; the year before that is known from its paper tally sheets as monthly totals by
category; and three days of the last whole year, when the computer was down, were counted
on paper. The same model draws all of them, so that every comparison is like with like.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .demo import CATEGORY_SHARES, DemoVisit, generate_visits
from .history import Half, PastPeriod, PastTotalEntry

# "Visits grew by about 4.5 % a year over three years" (the Dijon annual review, 2008).
DEMO_GROWTH = 0.045
LIVE_YEARS = 2  # whole years logged live before the current one
PAPER_DAYS = 3  # days of the last whole year counted on paper
NOON = time(12, 30)
PAST_TOTALS_SOURCE = "Feuilles de pointage papier (démonstration)"


@dataclass(frozen=True, slots=True)
class DemoSpan:
    """When the demonstration's Maison began counting, live and on paper."""

    past_year: int  # known as monthly totals only
    live_start: date  # the first day logged live
    paper_days: tuple[date, ...]  # days of the last whole year counted on paper


@dataclass(frozen=True, slots=True)
class PaperCount:
    """What a tally sheet counted for one half-day and one category."""

    day: date
    half: Half
    category: str
    count: int


def demo_span(until: date, is_closed: Callable[[date], bool] = lambda _day: False) -> DemoSpan:
    """The three years that end at ``until``: past totals, then live visits, with paper days."""
    live_start = date(until.year - LIVE_YEARS, 1, 1)
    # The computer was down from the second Tuesday of March of the last whole year.
    march = date(until.year - 1, 3, 1)
    day = march + timedelta(days=(1 - march.weekday()) % 7 + 7)
    paper: list[date] = []
    while len(paper) < PAPER_DAYS:
        if day.weekday() < 5 and not is_closed(day):
            paper.append(day)
        day += timedelta(days=1)
    return DemoSpan(past_year=live_start.year - 1, live_start=live_start, paper_days=tuple(paper))


def past_year_visits(
    span: DemoSpan,
    until: datetime,
    per_year: float,
    *,
    seed: int,
    annual_growth: float = DEMO_GROWTH,
    is_closed: Callable[[date], bool] = lambda _day: False,
    shares: dict[str, float] | None = None,
) -> Iterable[DemoVisit]:
    """The visits of the year before the live ones, drawn as the live ones are (another seed)."""
    last = datetime.combine(date(span.past_year, 12, 31), time(23, 59, 59))
    for visit in generate_visits(
        date(span.past_year, 1, 1),
        until,
        per_year,
        seed=seed + 1,
        annual_growth=annual_growth,
        is_closed=is_closed,
        shares=shares or CATEGORY_SHARES,
    ):
        if visit.visited_at > last:
            return
        yield visit


def monthly_totals(visits: Iterable[DemoVisit]) -> list[PastTotalEntry]:
    """A month's visits by category, the grid a coordinator copies from the paper sheets."""
    counts: Counter[tuple[int, int, str]] = Counter()
    for visit in visits:
        counts[(visit.visited_at.year, visit.visited_at.month, visit.category)] += 1
    return [PastTotalEntry(PastPeriod(year, month), code, n) for (year, month, code), n in sorted(counts.items())]


def paper_counts(visits: Iterable[DemoVisit]) -> list[PaperCount]:
    """The half-day tallies of ``visits``: what the sheets of those days counted."""
    counts: Counter[tuple[date, Half, str]] = Counter()
    for visit in visits:
        half = Half.AFTERNOON if visit.visited_at.time() >= NOON else Half.MORNING
        counts[(visit.visited_at.date(), half, visit.category)] += 1
    return [PaperCount(day, half, code, n) for (day, half, code), n in sorted(counts.items())]
