"""The demonstration year looks like the Dijon annual review."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.domain.demo import CATEGORY_SHARES, ORGANISATIONS, generate_visits
from maison_solidarite.domain.demo_history import (
    demo_span,
    monthly_totals,
    paper_counts,
    past_year_visits,
)
from maison_solidarite.domain.history import Half
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.history import HistoryService
from maison_solidarite.services.rota import french_holidays
from maison_solidarite.services.tallies import TallyService

UNTIL = datetime(2026, 11, 17, 12, 0)


def year_of_visits(seed: int = 2008):
    start = date(2025, 11, 18)
    holiday = french_holidays()
    return list(generate_visits(start, UNTIL, 6000, seed=seed, is_closed=lambda day: holiday(day) is not None))


def test_about_six_thousand_visits_with_the_review_shares() -> None:
    visits = year_of_visits()
    assert 5700 <= len(visits) <= 6300
    counts = Counter(v.category for v in visits)
    for code in ("rights", "finance", "admin", "jobs", "health"):
        assert abs(counts[code] / len(visits) - CATEGORY_SHARES[code]) < 0.015, code
    others = sum(n for code, n in counts.items() if code not in ("rights", "finance", "admin", "jobs", "health"))
    assert abs(others / len(visits) - 0.25) < 0.015


def test_visits_happen_in_opening_hours_on_open_days() -> None:
    closed = holidays.France(years=[2025, 2026])
    for visit in year_of_visits():
        assert visit.visited_at.weekday() < 5 and visit.visited_at.date() not in closed
        moment = visit.visited_at.time()
        assert time(9) <= moment < time(12, 1) or time(13, 30) <= moment < time(17, 1)
        assert visit.visited_at <= UNTIL


def test_mondays_are_busier_than_fridays_and_august_is_quiet() -> None:
    visits = year_of_visits()
    weekdays = Counter(v.visited_at.weekday() for v in visits)
    months = Counter(v.visited_at.month for v in visits)
    assert weekdays[0] > weekdays[4] * 1.3
    assert months[8] < months[9] * 0.7


def test_the_same_seed_gives_the_same_visits() -> None:
    assert year_of_visits(7)[:50] == year_of_visits(7)[:50]
    assert year_of_visits(7)[:50] != year_of_visits(8)[:50]


@settings(max_examples=8, deadline=None)
@given(growth=st.floats(0.0, 0.10), seed=st.integers(0, 10_000))
def test_annual_growth_is_followed(growth: float, seed: int) -> None:
    per_year = Counter(
        v.visited_at.year
        for v in generate_visits(date(2006, 1, 1), datetime(2008, 12, 31, 18), 6000, seed=seed, annual_growth=growth)
    )
    # Daily counts vary like a Poisson count: allow 4.5 standard deviations, plus 1 % for
    # the calendar (a leap year, the number of Mondays in a year).
    spread = 4.5 * (per_year[2008] ** 0.5)
    assert abs(per_year[2008] - 6000) < spread + 60
    ratio = per_year[2008] / per_year[2006]
    ratio_spread = 4.5 * ratio * (1 / per_year[2008] + 1 / per_year[2006]) ** 0.5
    assert abs(ratio - (1 + growth) ** 2) < ratio_spread + 0.01 * ratio


def test_load_demo_writes_the_eighteen_organisations_and_a_year(services) -> None:
    result = load_demo(services.db, services.ctx, until=UNTIL, years=1)
    assert result.organisations == 18 and 5700 <= result.visits <= 6300
    assert {o.acronym for o in services.organisations.list()} == {acronym for acronym, _n, _c in ORGANISATIONS}
    with services.db.read() as session:
        oriented = session.execute(text("SELECT count(*) FROM visits WHERE organisation_id IS NOT NULL")).scalar()
        bad = session.execute(
            text("SELECT count(*) FROM visits WHERE outcome = 'answered' AND organisation_id IS NOT NULL")
        ).scalar()
    assert oriented > 1000 and bad == 0
    again = load_demo(services.db, services.ctx, until=UNTIL - timedelta(days=800), years=0.1, seed=3)
    assert again.organisations == 0 and again.visits > 0  # organisations are added once


@pytest.mark.parametrize("acronym", ["CAF", "CPAM", "CRESUS", "PLIE", "DVS"])
def test_demo_organisations_name_the_dijon_partners(acronym: str) -> None:
    assert acronym in {a for a, _n, _c in ORGANISATIONS}


def test_the_demo_rota_fills_both_offices_with_every_kind_of_recurrence(services) -> None:
    from maison_solidarite.domain.rota import RecurrenceKind, Status

    result = load_demo(services.db, services.ctx, until=UNTIL, years=1)
    assert result.series == 24
    series = services.rota.series()
    assert {s.recurrence.kind for s in series} == set(RecurrenceKind)
    assert {s.organisation_id for s in series} == {o.id for o in services.organisations.list()}  # all eighteen
    for monday in (date(2026, 11, 16), date(2026, 12, 7), date(2027, 2, 1)):
        week = services.rota.week(monday)
        assert all(w.occupancy > 0.5 for w in week.offices), [(w.office.name, w.occupancy) for w in week.offices]
    upcoming = services.rota.occurrences(date(2026, 11, 24), date(2026, 12, 15))
    assert any(o.status == Status.CANCELLED for o in upcoming) and any(o.moved for o in upcoming)
    assert any(c.label == "Fermeture estivale" for c in services.rota.closures())
    # the summer closure also closed the reception desk: no visit that week
    summer = next(c for c in services.rota.closures() if c.label == "Fermeture estivale")
    assert (
        services.visits.between(
            datetime.combine(summer.first_day, time()), datetime.combine(summer.last_day, time(23, 59))
        )
        == []
    )


def test_loading_the_demonstration_twice_is_refused_in_french_and_adds_nothing(home, capsys) -> None:
    from maison_solidarite.__main__ import main

    from .conftest import upgraded

    db = upgraded(home / "maison.sqlite3")
    assert main(["--db", str(db), "demo", "--years", "0.02"]) == 0
    capsys.readouterr()
    import sqlite3

    before = sqlite3.connect(db).execute("SELECT count(*) FROM visits").fetchone()[0]
    assert main(["--db", str(db), "demo", "--years", "0.02"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "déjà" in err and "Traceback" not in err, err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM visits").fetchone()[0] == before


def test_the_demonstration_logs_three_years_live_growing_by_about_4_5_percent(services) -> None:
    result = load_demo(services.db, services.ctx, until=UNTIL)
    with services.db.read() as session:
        by_year = dict(
            session.execute(
                text("SELECT CAST(substr(visited_at, 1, 4) AS INTEGER), count(*) FROM visits GROUP BY 1")
            ).all()
        )
        same_days = [
            session.execute(
                text("SELECT count(*) FROM visits WHERE visited_at >= :low AND visited_at <= :high"),
                {"low": f"{year}-01-01", "high": f"{year}-11-17 12:00:00"},
            ).scalar_one()
            for year in (2025, 2026)
        ]
    assert set(by_year) == {2024, 2025, 2026} and sum(by_year.values()) == result.visits
    assert 5500 <= by_year[2025] + result.paper_visits <= 6200  # "nearly 6,000 visits a year"
    # Like with like: the year in progress against the same days a year earlier.
    assert 0.0 < same_days[1] / same_days[0] - 1 < 0.09
    assert 0.0 < (by_year[2025] + result.paper_visits) / by_year[2024] - 1 < 0.09


def test_the_year_before_the_app_is_kept_as_monthly_totals_and_counting_begins_then(services) -> None:
    result = load_demo(services.db, services.ctx, until=UNTIL)
    history = HistoryService(services.db, services.ctx)
    totals = history.totals()
    assert result.past_totals == len(totals) == 12 * len(CATEGORY_SHARES)
    assert {(t.period.year, t.period.month) for t in totals} == {(2023, m) for m in range(1, 13)}
    assert all(t.source for t in totals)
    assert 5000 <= sum(t.count for t in totals) <= 5800  # 4.5 % fewer than 2024
    assert history.counting_start().day == date(2023, 1, 1)


def test_a_database_that_counted_the_year_before_keeps_its_own_figures(services, clock) -> None:
    clock.current = datetime(2023, 6, 12, 10, 0)
    services.visits.log(next(c.id for c in services.categories.list() if c.code == "health"))
    clock.current = UNTIL
    result = load_demo(services.db, services.ctx, until=UNTIL)
    assert result.past_totals == 0 and result.visits > 15_000
    assert HistoryService(services.db, services.ctx).totals() == []
    assert HistoryService(services.db, services.ctx).counting_start().day == date(2023, 6, 12)


def test_the_days_the_computer_was_down_are_counted_on_paper_not_as_visits(services) -> None:
    result = load_demo(services.db, services.ctx, until=UNTIL)
    span = demo_span(UNTIL.date())
    assert len(span.paper_days) == 3 and all(d.year == 2025 and d.weekday() < 5 for d in span.paper_days)
    tallies = TallyService(services.db, services.ctx)
    counted = 0
    for day in span.paper_days:
        assert services.visits.between(datetime.combine(day, time()), datetime.combine(day, time(23, 59))) == []
        sheets = tallies.on_day(day)
        assert {t.half for t in sheets} == {Half.MORNING, Half.AFTERNOON}
        assert not any(t.closed_day for t in sheets)
        counted += sum(t.count for t in sheets)
    assert counted == result.paper_visits and 40 <= counted <= 110  # three days of some 23 visits


def test_the_review_a_newcomer_prints_compares_like_with_like(services) -> None:
    """The last whole year's review: three years, each about 4.5 % above the one before; the
    year in progress against the same days of the year before: no "+924,7 %"."""
    load_demo(services.db, services.ctx, until=UNTIL)
    translate = lambda _context, text: text  # noqa: E731 - labels are not read here
    last = services.statistics.annual_review(2025, translate)
    assert [year for year, _n in last.totals_by_year] == [2023, 2024, 2025]
    assert all(n is not None and 5000 <= n <= 6300 for _year, n in last.totals_by_year)
    for year, growth in last.growth():
        assert growth is not None and 0.0 < growth < 0.09, (year, growth)
    provenance = last.statistics.provenance
    assert provenance.paper_days == 3 and 40 <= provenance.paper <= 110 and provenance.live > 5000
    assert all(n is not None and n > 200 for _month, n in last.by_month)  # no month at 0
    current = services.statistics.annual_review(2026, translate)
    assert current.in_progress_to == UNTIL.date()
    growth = dict(current.growth())[2026]
    assert growth is not None and 0.0 < growth < 0.09


@settings(max_examples=20, deadline=None)
@given(until=st.dates(date(2020, 1, 1), date(2035, 12, 31)))
def test_the_history_ends_where_the_live_visits_begin(until: date) -> None:
    span = demo_span(until)
    assert span.live_start == date(until.year - 2, 1, 1) and span.past_year == until.year - 3
    assert all(span.live_start <= d < date(until.year, 1, 1) for d in span.paper_days)
    assert sorted(set(span.paper_days)) == list(span.paper_days)


def test_the_past_year_is_a_grid_of_monthly_totals_a_little_smaller() -> None:
    span = demo_span(UNTIL.date())
    totals = monthly_totals(past_year_visits(span, UNTIL, 6000, seed=2008))
    assert {t.period.year for t in totals} == {2023}
    assert {t.period.month for t in totals} == set(range(1, 13))
    assert 5000 <= sum(t.count for t in totals) <= 5800
    assert totals == monthly_totals(past_year_visits(span, UNTIL, 6000, seed=2008))  # the seed decides


def test_paper_counts_keep_every_visit_by_half_day() -> None:
    span = demo_span(UNTIL.date())
    visits = [
        v for v in generate_visits(date(2025, 3, 1), UNTIL, 6000, seed=4) if v.visited_at.date() in span.paper_days
    ]
    counts = paper_counts(visits)
    assert sum(c.count for c in counts) == len(visits) > 0
    assert {c.half for c in counts} == {Half.MORNING, Half.AFTERNOON}
    by_category: Counter[str] = Counter()
    for count in counts:
        by_category[count.category] += count.count
    assert by_category == Counter(v.category for v in visits)
