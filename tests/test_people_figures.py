"""Distinct people and gatherings: the rules over plain data, then the same on a real SQLite file."""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import date, datetime, time, timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event

from maison_solidarite.db.models import VisitRow
from maison_solidarite.domain.events import EventDraft, EventKind, PartnerAttendance, PartnerStatus
from maison_solidarite.domain.people_figures import (
    HeldAction,
    HeldMeeting,
    action_figures,
    count_people,
    meeting_figures,
)
from maison_solidarite.domain.person_key import Person, key_period, person_key
from maison_solidarite.domain.statistics import ENGLISH_NUMBERS, Period
from maison_solidarite.services import Services
from maison_solidarite.services.people_figures import people_in

KEYS = [f"{i:010d}" for i in range(8)]  # ten base-32 symbols each
SECRET = bytes(range(32))
NOW = datetime(2026, 11, 17, 10)

keys = st.sampled_from(KEYS)
key_sets = st.frozensets(keys, max_size=6)


# -- over plain data -------------------------------------------------------------------
@given(key_sets, key_sets, key_sets, st.integers(0, 50), st.integers(0, 50))
def test_people_together_count_once_and_new_plus_returning_is_everyone(
    visitors: frozenset[str], participants: frozenset[str], before: frozenset[str], a: int, b: int
) -> None:
    visits, keyed = max(a, b, len(visitors)), min(a, b)
    figures = count_people(visits, keyed, visitors, participants, before)
    assert figures.people == len(visitors | participants)
    assert figures.returning == len((visitors | participants) & before)
    assert figures.new + figures.returning == figures.people
    assert figures.key_share == (keyed / visits if visits else 0.0)
    assert 0.0 <= figures.key_share <= 1.0


actions = st.lists(
    st.builds(
        HeldAction,
        st.dates(date(2026, 1, 1), date(2026, 12, 31)),
        st.sampled_from(["Santé", "Budget", ""]),
        st.integers(0, 30),
        key_sets,
    ),
    max_size=12,
)


@given(actions)
def test_actions_by_theme_add_up_to_the_whole(held: list[HeldAction]) -> None:
    figures = action_figures(held)
    assert figures.sessions == len(held) == sum(t.sessions for t in figures.by_theme)
    assert figures.attendances == sum(a.present for a in held) == sum(t.attendances for t in figures.by_theme)
    assert figures.participants == len({k for a in held for k in a.keys})
    for line in figures.by_theme:
        assert line.participants == len({k for a in held if a.theme == line.theme for k in a.keys})
    assert figures.mean == (figures.attendances / len(held) if held else 0.0)


partner_entries = st.lists(
    st.builds(
        PartnerAttendance, st.integers(1, 6), st.sampled_from(list(PartnerStatus)), st.none() | st.integers(0, 5)
    ),
    max_size=6,
    unique_by=lambda p: p.organisation_id,
)


@given(st.lists(partner_entries, max_size=5))
def test_the_partners_participation_rate_is_presences_over_invitations(meetings: list[list[PartnerAttendance]]) -> None:
    held = [HeldMeeting(date(2026, 3, 1) + timedelta(days=i), f"R{i}", tuple(p)) for i, p in enumerate(meetings)]
    figures = meeting_figures(held)
    entries = [p for m in meetings for p in m]
    present = sum(p.status == PartnerStatus.PRESENT for p in entries)
    assert figures.held == len(meetings) and figures.invited == len(entries) and figures.present == present
    assert figures.excused == sum(p.status == PartnerStatus.EXCUSED for p in entries)
    assert figures.rate == (present / len(entries) if entries else None)
    assert sum(p.invited for p in figures.partners) == len(entries)
    for line in figures.partners:
        mine = [p for p in entries if p.organisation_id == line.organisation_id]
        assert line.rate == sum(p.status == PartnerStatus.PRESENT for p in mine) / len(mine)
    assert figures.engaged == len({p.organisation_id for p in entries if p.status == PartnerStatus.PRESENT})


# -- on a real database ----------------------------------------------------------------
def _clear(services: Services) -> None:
    with services.db.write() as session:
        session.execute(delete(VisitRow))


visit_lists = st.lists(
    st.tuples(st.datetimes(datetime(2025, 12, 20), datetime(2026, 11, 16, 23)), st.none() | keys),
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=visit_lists, across=st.booleans(), month=st.integers(1, 10))
def test_distinct_new_and_returning_equal_a_brute_force_set_at_the_periods_boundary(
    services: Services,
    category_ids: dict[str, int],
    visits: list[tuple[datetime, str | None]],
    across: bool,
    month: int,
) -> None:
    _clear(services)
    category = next(iter(category_ids.values()))
    for at, key in visits:
        services.visits.log(category, at=at, person_key=key)
    period = Period.month(2026, month)
    start, end = datetime.combine(period.first, time()), datetime.combine(period.last + timedelta(days=1), time())
    inside = [(at, k) for at, k in visits if start <= at < end]
    back = datetime(2000, 1, 1) if across else datetime(2026, 1, 1)
    earlier = {k for at, k in visits if back <= at < start and k}
    expected = {k for _at, k in inside if k}
    with services.db.read() as session:
        figures = people_in(session, period.first, period.last, NOW, across_years=across)
    assert figures.visits == len(inside)
    assert figures.keyed_visits == sum(1 for _at, k in inside if k)
    assert figures.visitors == figures.people == len(expected)
    assert figures.returning == len(expected & earlier) and figures.new == len(expected - earlier)


def _person(i: int) -> Person:
    return Person(f"Nom{i}", f"Prénom{i}", date(1970, 1, 1) + timedelta(days=i))


@pytest.mark.parametrize("across", [False, True])
def test_a_key_per_year_counts_people_within_a_year_and_one_across_years_follows_them(
    services: Services, category_ids: dict[str, int], across: bool
) -> None:
    """Six people come in December 2025 and again in January 2026, four of them twice in January."""
    category = next(iter(category_ids.values()))
    for i in range(6):
        for at in [datetime(2025, 12, 10, 9), datetime(2026, 1, 12, 9)] + [datetime(2026, 1, 20, 9)] * (i < 4):
            key = person_key(_person(i), SECRET, key_period(at.date(), across_years=across))
            services.visits.log(category, at=at, person_key=key)
    with services.db.read() as session:
        winter = people_in(session, date(2025, 12, 1), date(2026, 1, 31), NOW, across_years=across)
        january = people_in(session, date(2026, 1, 1), date(2026, 1, 31), NOW, across_years=across)
    assert winter.visits == winter.keyed_visits == 16 and winter.key_share == 1.0
    assert winter.people == (6 if across else 12)  # a yearly key: someone in each year counts twice
    assert january.people == 6 and january.visits_per_person == pytest.approx(10 / 6)
    assert (january.new, january.returning) == ((0, 6) if across else (6, 0))


@pytest.fixture
def gathered(services: Services, category_ids: dict[str, int]) -> Services:
    """October 2026: ten visits (seven with a key), a breakfast with three keys, one with a
    headcount, a meeting of three partners, a project."""
    health = category_ids["health"]
    for i in range(10):
        services.visits.log(health, at=datetime(2026, 10, 5 + i, 10), person_key=KEYS[i % 4] if i < 7 else None)
    caf = services.organisations.add("CAF", "CAF de Côte-d'Or").id
    cpam = services.organisations.add("CPAM", "CPAM").id
    plie = services.organisations.add("PLIE", "PLIE").id
    day = date(2026, 10, 6)
    [breakfast] = services.events.add(
        EventDraft(EventKind.ACTION, "Petit-déjeuner santé", day, time(9), time(10), category_id=health)
    )
    services.attendance.add_people(breakfast.id, [KEYS[0], KEYS[5], KEYS[6]])
    [second] = services.events.add(
        EventDraft(
            EventKind.ACTION, "Petit-déjeuner santé", day + timedelta(days=14), time(9), time(10), category_id=health
        )
    )
    services.attendance.set_headcount(second.id, 9)
    [meeting] = services.events.add(
        EventDraft(EventKind.MEETING, "Réunion thématique", day, time(14), time(16), theme="Logement")
    )
    services.attendance.mark_partner(meeting.id, caf, PartnerStatus.PRESENT, people=3, speaker=True)
    services.attendance.mark_partner(meeting.id, cpam, PartnerStatus.EXCUSED)
    services.attendance.mark_partner(meeting.id, plie, PartnerStatus.PRESENT, people=2)
    services.events.add_project("Forum santé", 2026, (caf, cpam))
    return services


def test_stats_as_json_hold_people_actions_meetings_and_projects(gathered: Services) -> None:
    figures = json.loads(gathered.statistics_outputs.as_json(Period.month(2026, 10), lambda _c, s: s))
    people, actions, meetings = figures["people"], figures["actions"], figures["meetings"]
    assert people["visits"] == 10 and people["keyed_visits"] == 7 and people["key_share"] == 0.7
    assert people["distinct_visitors"] == 4 and people["distinct_participants"] == 3 and people["distinct"] == 6
    assert people["visits_per_person"] == 1.75 and people["new"] == 6 and people["returning"] == 0
    assert actions["sessions"] == 2 and actions["attendances"] == 12 and actions["mean_attendance"] == 6.0
    assert actions["distinct_participants"] == 3 and actions["by_theme"][0]["sessions"] == 2
    assert meetings["held"] == 1 and meetings["invited"] == 3 and meetings["present"] == 2
    assert meetings["excused"] == 1 and meetings["people_sent"] == 5
    assert meetings["participation_rate"] == round(2 / 3, 6) and meetings["partners_engaged"] == 2
    assert meetings["by_meeting"][0]["speakers"] == 1
    assert meetings["projects"] == [{"title": "Forum santé", "year": 2026, "partners": ["CAF", "CPAM"]}]


@pytest.mark.parametrize("across", [False, True])
def test_distinct_people_read_the_periods_visits_and_keys_through_indexes_never_every_visit(
    services: Services, category_ids: dict[str, int], across: bool
) -> None:
    category = next(iter(category_ids.values()))
    for day in (3, 40, 80, 120):
        services.visits.log(category, at=datetime(2026, 10, 20, 9) - timedelta(days=day), person_key=KEYS[day % 3])
    sent: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if re.search(r"\bvisits\b", statement):
            sent.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with services.db.read() as session:
            figures = people_in(session, date(2026, 10, 1), date(2026, 10, 31), NOW, across_years=across)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert figures.visitors == 1 and figures.returning == 1  # the query that probes the keys ran
    assert len(sent) >= 3
    with engine.connect() as conn:
        for statement, parameters in sent:
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert not [step for step in plan if re.match(r"SCAN (visits|anon|visits_\d)\b", step)], (statement, plan)
            assert any("USING INDEX" in step for step in plan), (statement, plan)


def _text(data: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def test_the_review_prints_distinct_people_collective_actions_and_partnership_life(
    gathered: Services, tmp_path
) -> None:
    def english(_context: str, text: str) -> str:
        return text

    outputs = gathered.statistics_outputs
    text = _text(outputs.annual_pdf(2026, english, ENGLISH_NUMBERS), tmp_path)
    for number, title in enumerate(("Distinct people", "Collective actions", "Partnership life"), start=7):
        assert text.count(f"{number}. {title}") == 2  # the contents and the heading
    assert "6 distinct people, key given for 70.0% of visits" in text
    assert "Visits per person (visits with a key) 1.8" in text and "Visits with a key 7 / 10" in text
    assert (
        "Sessions: 2; attendances: 12; distinct participants: 3; mean attendance: 6.0 people per session."
        in " ".join(text.split())
    )
    assert "Santé 2 12 3 6.0" in text
    flat = " ".join(text.split())  # sentences wrap
    assert (
        "Meetings held: 1; partners present: 2 out of 3 invited (66.7%); excused: 1; partners present at least once: 2."
        in flat
    )
    assert "06/10/2026 Réunion thématique 3 2 1 0 5 1" in text
    assert "CAF 1 1 0 100.0%" in text and "CPAM 1 0 1 0.0%" in text
    assert "Forum santé CAF, CPAM 2026" in text
    workbook = openpyxl.load_workbook(io.BytesIO(outputs.annual_xlsx(2026, english, ENGLISH_NUMBERS)))
    people = dict(workbook["Distinct people"].iter_rows(min_row=2, values_only=True))
    assert people["Distinct people, visits and collective actions together"] == 6
    assert people["Share of visits with a key"] == 0.7
    partners = workbook["Partners at meetings"].iter_rows(min_row=2, values_only=True)
    assert next(iter(partners)) == ("CAF", 1, 1, 0, 1.0)
    assert workbook.sheetnames[-2:] == ["Observations", "Sources"]  # the texts stay last


def test_the_monthly_sheet_says_how_many_distinct_people_and_the_share_of_visits_with_a_key(
    gathered: Services, tmp_path
) -> None:
    def english(_context: str, text: str) -> str:
        return text

    outputs = gathered.statistics_outputs
    october = " ".join(_text(outputs.monthly_pdf(Period.month(2026, 10), english, ENGLISH_NUMBERS), tmp_path).split())
    assert "6 distinct people, key given for 70.0% of visits" in october
    september = _text(outputs.monthly_pdf(Period.month(2026, 9), english, ENGLISH_NUMBERS), tmp_path)
    assert "distinct people" not in september  # no key given that month: no figure to mislead


people_visits = st.lists(
    st.tuples(st.integers(0, 5), st.dates(date(2025, 12, 20), date(2026, 1, 10))),
    max_size=20,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=people_visits, across=st.booleans())
def test_a_yearly_key_counts_a_person_once_a_year_and_one_across_years_once(
    services: Services, category_ids: dict[str, int], visits: list[tuple[int, date]], across: bool
) -> None:
    _clear(services)
    category = next(iter(category_ids.values()))
    for person, day in visits:
        key = person_key(_person(person), SECRET, key_period(day, across_years=across))
        services.visits.log(category, at=datetime.combine(day, time(10)), person_key=key)
    with services.db.read() as session:
        winter = people_in(session, date(2025, 12, 20), date(2026, 1, 10), NOW, across_years=across)
        january = people_in(session, date(2026, 1, 1), date(2026, 1, 10), NOW, across_years=across)
    expected = {p for p, _d in visits} if across else {(p, d.year) for p, d in visits}
    assert winter.people == len(expected)
    in_january = {p for p, d in visits if d.year == 2026}
    came_before = {p for p, d in visits if d.year == 2025}
    assert january.people == len(in_january)
    assert january.returning == (len(in_january & came_before) if across else 0)


def test_the_periods_first_second_is_inside_it_and_the_second_before_is_not(
    services: Services, category_ids: dict[str, int]
) -> None:
    category = next(iter(category_ids.values()))
    services.visits.log(category, at=datetime(2026, 9, 30, 23, 59, 59), person_key=KEYS[0])
    services.visits.log(category, at=datetime(2026, 10, 1, 0, 0, 0), person_key=KEYS[0])
    services.visits.log(category, at=datetime(2026, 10, 31, 23, 59, 59), person_key=KEYS[1])
    services.visits.log(category, at=datetime(2026, 11, 1, 0, 0, 0), person_key=KEYS[2])
    with services.db.read() as session:
        october = people_in(session, date(2026, 10, 1), date(2026, 10, 31), NOW, across_years=False)
    assert (october.visits, october.people, october.returning, october.new) == (2, 2, 1, 1)


def test_a_participant_seen_before_at_a_visit_or_an_action_is_returning(
    gathered: Services, category_ids: dict[str, int]
) -> None:
    """KEYS[5] and KEYS[6] came to the 6 October breakfast only; KEYS[5] visited in September,
    KEYS[6] came to a breakfast in September; KEYS[0] visited in October too."""
    services = gathered
    services.visits.log(category_ids["health"], at=datetime(2026, 9, 10, 10), person_key=KEYS[5])
    [september] = services.events.add(
        EventDraft(EventKind.ACTION, "Petit-déjeuner santé", date(2026, 9, 15), time(9), time(10))
    )
    services.attendance.add_people(september.id, [KEYS[6]])
    with services.db.read() as session:
        october = people_in(session, date(2026, 10, 1), date(2026, 10, 31), NOW, across_years=False)
        next_year = people_in(session, date(2027, 1, 1), date(2027, 1, 31), NOW, across_years=False)
    assert october.participants == 3 and october.people == 6
    assert october.returning == 2 and october.new == 4
    assert next_year.people == 0 and next_year.visits == 0
