"""What the database knows of a period, beside the live visits: paper days, past totals,
and whether the period is known at all (it ends before counting began: not known).

Read in the caller's transaction by services/statistics.py; the live visits come from the
daily counts, the rest from the tables of migration 0012, at read time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.daily_counts import DailyCountRow
from ..db.history_models import PaperTallyRow
from ..domain.history import PastPeriod
from ..domain.statistics import Period
from .history import counting_start_in, latest_totals


@dataclass(frozen=True)
class Paper:
    """A period's paper counts by category id, and over how many days."""

    by_category: Counter[int]
    days: int
    closed_days: int

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class Known:
    """What is known beside the live log, read once: the day counting began and the past totals."""

    start: date | None
    past: dict[tuple[int, int | None, int], int]
    past_periods: frozenset[PastPeriod] = frozenset()

    @classmethod
    def of(cls, session: Session) -> Known:
        past = latest_totals(session)
        periods = frozenset(PastPeriod(year, month) for year, month, _category in past)
        return cls(counting_start_in(session).day, past, periods)

    def knows(self, period: Period) -> bool:
        """False when the period ends before counting began, or cuts a past total's period."""
        if self.start is None or period.last < self.start:
            return False
        first, last = period.first, period.last
        return not any(p.overlaps(first, last) and not p.within(first, last) for p in self.past_periods)

    def past_in(self, period: Period) -> Counter[int]:
        """The past totals of the periods that lie wholly in ``period``, by category id."""
        found: Counter[int] = Counter()
        for (year, month, category), count in self.past.items():
            if PastPeriod(year, month).within(period.first, period.last):
                found[category] += count
        return found

    def by_category(self, session: Session, period: Period) -> Counter[int] | None:
        """Live + paper + past, by category id; None when the period is not known."""
        if not self.knows(period):
            return None
        return live_in(session, period) + paper_in(session, period).by_category + self.past_in(period)

    def total(self, session: Session, period: Period) -> int | None:
        return self.totals(session, [period])[0]

    def totals(self, session: Session, periods: Sequence[Period]) -> list[int | None]:
        """Each period's total (None: not known), from one read of the days they span."""
        first, last = min(p.first for p in periods), max(p.last for p in periods)
        by_day: Counter[date] = Counter()
        for table, column in ((DailyCountRow, DailyCountRow.visits), (PaperTallyRow, PaperTallyRow.count)):
            query = select(table.day, func.sum(column)).where(table.day >= first, table.day <= last).group_by(table.day)
            for day, count in session.execute(query):
                by_day[day] += int(count or 0)
        days = sorted(by_day)
        running = list(accumulate((by_day[d] for d in days), initial=0))

        def counted(period: Period) -> int:
            return running[bisect_right(days, period.last)] - running[bisect_left(days, period.first)]

        return [counted(p) + sum(self.past_in(p).values()) if self.knows(p) else None for p in periods]


def live_in(session: Session, period: Period) -> Counter[int]:
    row = DailyCountRow
    query = (
        select(row.category_id, func.sum(row.visits))
        .where(row.day >= period.first, row.day <= period.last)
        .group_by(row.category_id)
    )
    return Counter({int(c): int(n) for c, n in session.execute(query) if n})


def paper_in(session: Session, period: Period) -> Paper:
    row = PaperTallyRow
    days = (row.day >= period.first, row.day <= period.last)
    counts = Counter(
        {
            int(c): int(n)
            for c, n in session.execute(
                select(row.category_id, func.sum(row.count)).where(*days).group_by(row.category_id)
            )
            if n
        }
    )
    paper_days = session.scalar(select(func.count(func.distinct(row.day))).where(*days, row.count > 0)) or 0
    closed = session.scalar(select(func.count(func.distinct(row.day))).where(*days, row.count > 0, row.closed_day)) or 0
    return Paper(counts, int(paper_days), int(closed))
