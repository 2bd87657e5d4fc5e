"""The statistics screen says how many distinct people came, beside the total."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.ui.statistics.view import StatisticsView

from .conftest import show_active

NOW = datetime(2026, 11, 17, 10)


@pytest.fixture
def view(qtbot, french_app, services, clock):
    clock.current = NOW
    load_demo(services.db, services.ctx, years=1.2)
    widget = StatisticsView(services)
    with qtbot.waitSignal(widget.computed, timeout=10_000):
        show_active(qtbot, widget)
    return widget


def _people_of(services, period: Period) -> tuple[str, str]:
    stats = StatisticsService(services.db, services.ctx).compute(period, lambda _c, s: s)
    assert stats.gatherings is not None
    people = stats.gatherings.people
    return FRENCH_NUMBERS.integer(people.people), FRENCH_NUMBERS.percent(people.key_share)


def test_the_headline_gives_the_distinct_people_and_the_share_of_visits_with_a_key(qtbot, view, services) -> None:
    count, share = _people_of(services, Period.month(2026, 11))
    lines = view.change_label.text().split("\n")
    assert len(lines) == 2 and count in lines[1] and share in lines[1]
    view.previous_button.setFocus()
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.keyClick(view.previous_button, Qt.Key.Key_Space)
    assert view.period == Period.month(2026, 10)
    count, share = _people_of(services, Period.month(2026, 10))
    assert count in view.change_label.text().split("\n")[1] and share in view.change_label.text()
