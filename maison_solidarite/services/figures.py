"""What the database knows of a period, beside the live visits: paper days, past totals,
and whether the period is known at all (it ends before counting began: not known).

Read in the caller's transaction by services/statistics.py; the live visits come from the
daily counts, the rest from the tables of migration 0012, at read time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

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

    @classmethod
    def of(cls, session: Session) -> Known:
        return cls(counting_start_in(session).day, latest_totals(session))

    def knows(self, period: Period) -> bool:
        """False when the period ends before counting began, or cuts a past total's period."""
        if self.start is None or period.last < self.start:
            return False
        for year, month, _category in self.past:
            past = PastPeriod(year, month)
            if past.overlaps(period.first, period.last) and not past.within(period.first, period.last):
                return False
        return True

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
        counts = self.by_category(session, period)
        return None if counts is None else sum(counts.values())


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
