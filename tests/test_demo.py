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
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.rota import french_holidays

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
    result = load_demo(services.db, services.ctx, until=UNTIL)
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

    result = load_demo(services.db, services.ctx, until=UNTIL)
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
