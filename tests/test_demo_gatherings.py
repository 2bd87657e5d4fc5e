"""The demonstration's gatherings and keys hold the seed's pattern (Dijon, 2008)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from maison_solidarite.db.engine import Database
from maison_solidarite.domain.demo_gatherings import BREAKFAST_POOL, BREAKFAST_TITLE, MORNING_TITLE, demo_events
from maison_solidarite.domain.statistics import ENGLISH_NUMBERS, Period
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo


@pytest.fixture
def demo(db: Database, ctx: DeskContext, services: Services) -> Services:
    result = load_demo(db, ctx)
    assert result.events > 0
    return services


def test_a_demonstration_year_has_its_breakfasts_morning_meetings_projects_and_keys(demo: Services) -> None:
    stats = demo.statistics.compute(Period.year(2025), lambda _c, s: s)
    figures = stats.gatherings
    assert figures is not None
    people, actions, meetings = figures.people, figures.actions, figures.meetings
    assert 0.65 <= people.key_share <= 0.75  # about 70 % of the visits carry a key
    assert 1_200 <= people.visitors <= 2_400 and people.people >= people.visitors
    events = demo.events.between(date(2025, 1, 1), date(2025, 12, 31))
    breakfasts = [e for e in events if e.title == BREAKFAST_TITLE]
    assert 20 <= len(breakfasts) <= 22  # two a month, none in August nor on a closed day
    assert [e.title for e in events].count(MORNING_TITLE) == 1
    assert actions.sessions == len(breakfasts) + 1
    assert 60 <= actions.participants <= BREAKFAST_POOL  # about ten people each from a pool of about eighty
    attendances = [demo.attendance.of(e.id).present for e in breakfasts]
    assert 8 <= sum(attendances) / len(attendances) <= 12
    assert meetings.held == 2
    for meeting in meetings.meetings:
        assert meeting.invited == 18 and 30 <= meeting.people <= 50 and meeting.speakers in (4, 5)
    assert len(meetings.projects) == 2 and all(len(p.partners) == 3 for p in meetings.projects)


def test_gatherings_to_come_are_planned_without_attendance_and_none_falls_on_a_closed_day() -> None:
    today = date(2026, 11, 17)
    closed = {date(2026, 12, 3)}
    events = demo_events(date(2026, 1, 1), date(2026, 12, 31), today, ["CAF", "CPAM"], is_closed=closed.__contains__)
    assert not [e for e in events if e.day in closed]
    to_come = [e for e in events if e.day >= today]
    assert to_come and all(not e.held and not e.people and e.headcount is None for e in to_come)
    assert all(p.status == "invited" for e in to_come for p in e.partners)
    assert events == demo_events(
        date(2026, 1, 1), date(2026, 12, 31), today, ["CAF", "CPAM"], is_closed=closed.__contains__
    )


def test_the_demonstrations_review_says_the_share_is_of_the_visits_logged_live(demo: Services, tmp_path) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(demo.statistics_outputs.annual_pdf(2025, lambda _c, s: s, ENGLISH_NUMBERS))
    text = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "distinct people, key given for" in text and "Partnership life" in text
    assert "the share is that of the visits logged live" in text  # 2025 has paper days
