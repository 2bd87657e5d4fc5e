"""Every figure is live + paper + past for its period, and None before counting began."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.domain.history import PastPeriod, PastTotalEntry, Provenance
from maison_solidarite.domain.statistics import AnnualReview, Period, PeriodKind, Statistics, comparison_period
from maison_solidarite.services import Services

from .conftest import Clock
from .test_permissions import FRENCH

CODES = ("rights", "health", "jobs")
TODAY = date(2026, 11, 17)  # conftest's T0

days = st.dates(date(2025, 1, 1), TODAY)
visits = st.lists(st.tuples(days, st.sampled_from(CODES)), max_size=25)
tallies = st.lists(st.tuples(days, st.sampled_from(CODES), st.integers(1, 40)), max_size=6)
# Past years before any live day: each year yearly or monthly.
past_years = st.dictionaries(
    st.integers(2022, 2024),
    st.one_of(
        st.dictionaries(st.sampled_from(CODES), st.integers(0, 3000), min_size=1),  # yearly
        st.dictionaries(st.tuples(st.integers(1, 12), st.sampled_from(CODES)), st.integers(0, 300), min_size=1),
    ),
    max_size=2,
)
periods = st.tuples(st.dates(date(2021, 6, 1), date(2026, 12, 31)), st.integers(0, 500))


def _entries(past: dict[int, dict]) -> list[PastTotalEntry]:
    entries = []
    for year, totals in past.items():
        for key, count in totals.items():
            if isinstance(key, tuple):
                entries.append(PastTotalEntry(PastPeriod(year, key[0]), key[1], count))
            else:
                entries.append(PastTotalEntry(PastPeriod(year), key, count))
    return entries


def _expected(
    period: Period, live: list[tuple[date, str]], paper: list[tuple[date, str, int]], past: list[PastTotalEntry]
) -> int | None:
    firsts = [d for d, _c in live] + [d for d, _c, _n in paper] + [e.period.first for e in past]
    if not firsts or period.last < min(firsts) or period.first > TODAY:
        return None
    if any(
        e.period.overlaps(period.first, period.last) and not e.period.within(period.first, period.last) for e in past
    ):
        return None
    return (
        sum(1 for d, _c in live if period.first <= d <= period.last)
        + sum(n for d, _c, n in paper if period.first <= d <= period.last)
        + sum(e.count for e in past if e.period.within(period.first, period.last))
    )


def _reset(services: Services) -> None:
    with services.db.write() as session:
        for table in ("visits", "paper_tallies", "past_totals", "daily_counts", "daily_hours", "daily_profile"):
            session.execute(text(f"DELETE FROM {table}"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(live=visits, paper=tallies, past=past_years, chosen=st.lists(periods, min_size=1, max_size=4))
def test_totals_are_live_plus_paper_plus_past_and_none_before_counting_began(
    services: Services, category_ids: dict[str, int], live, paper, past, chosen
) -> None:
    _reset(services)
    for day, code in live:
        services.visits.log(category_ids[code], datetime.combine(day, datetime.min.time()) + timedelta(hours=10))
    for day, code, count in paper:
        services.tallies.add(day, {code: count}, confirm_closed=True)
    entries = _entries(past)
    if entries:
        services.history.set_totals(entries, "bilans")
    for first, length in chosen:
        period = Period(first, first + timedelta(days=length))
        stats = services.statistics.compute(period, FRENCH, permanences=False)
        expected = _expected(period, live, paper, entries)
        assert stats.known == (expected is not None)
        event("known, counted" if expected else "known, none" if expected == 0 else "not known")
        if expected is not None:
            assert stats.total == expected
            assert stats.provenance is not None and stats.provenance.total == expected
            assert sum(line.count for line in stats.by_channel) == expected  # the paper and past among "not noted"
        compared = _expected(comparison_period(period, TODAY), live, paper, entries)
        assert stats.previous_total == compared
        if compared is None or expected is None:
            assert stats.change is None
    review = services.statistics.annual_review(chosen[0][0].year, FRENCH)
    for year, total in review.totals_by_year:
        assert total == _expected(Period.year(year), live, paper, entries)
    for month, total in review.by_month:
        assert total == _expected(Period.month(review.year, month), live, paper, entries)


def test_a_period_in_progress_is_compared_with_the_same_days_a_year_before() -> None:
    today = date(2026, 11, 26)
    assert comparison_period(Period.year(2026), today) == Period(date(2025, 1, 1), date(2025, 11, 26))
    assert comparison_period(Period.month(2026, 11), today) == Period(date(2025, 11, 1), date(2025, 11, 26))
    week = Period.week(today)  # Monday 23 to Sunday 29 November 2026, ISO week 48
    assert comparison_period(week, today) == Period(date(2025, 11, 24), date(2025, 11, 27))
    assert comparison_period(Period.year(2025), today) == Period.year(2024)  # over: the whole year
    assert comparison_period(Period(date(2028, 2, 1), date(2028, 3, 31)), date(2028, 2, 29)).last == date(2027, 2, 28)


def _stats(total: int, previous: int | None, known: bool = True) -> Statistics:
    return Statistics(Period.year(2026), total, previous, [], [], [], [], {}, known=known)


def test_the_review_s_growth_of_a_year_in_progress_is_against_the_same_days() -> None:
    review = AnnualReview(
        2026,
        _stats(5200, 5000),
        [(2024, None), (2025, 5800), (2026, 5200)],
        [(1, 500)],
        in_progress_to=date(2026, 11, 26),
        compared_total=5000,
    )
    assert review.growth() == [(2025, None), (2026, pytest.approx(0.04))]
    assert review.average_growth() is None  # one whole year only, and the first not known
    over = AnnualReview(2025, _stats(5800, 5550), [(2023, 5300), (2024, 5550), (2025, 5800)], [])
    assert over.average_growth() == pytest.approx((5800 / 5300) ** 0.5 - 1)
    assert _stats(0, None, known=False).change is None and _stats(10, 0).change is None


def test_provenance_adds_up() -> None:
    provenance = Provenance(live=5400, paper=212, paper_days=3, past=0, counting_start=date(2024, 1, 1))
    assert provenance.total == 5612 and provenance.not_recorded == 212


@pytest.mark.parametrize("kind", [PeriodKind.YEAR, PeriodKind.MONTH])
def test_a_period_ahead_of_today_is_not_in_progress(services: Services, clock: Clock, kind: PeriodKind) -> None:
    stats = services.statistics.compute(Period.containing(kind, date(2027, 3, 3)), FRENCH, permanences=False)
    assert stats.in_progress_to is None and not stats.known  # nothing counted yet
    stats = services.statistics.compute(Period.containing(kind, clock().date()), FRENCH, permanences=False)
    assert stats.in_progress_to == clock().date()
