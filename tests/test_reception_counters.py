"""The reception's counters after a key: the new visit added on screen, not the month
counted again; what they show always agrees with a fresh read of the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.ui.reception.view import ReceptionView

from .conftest import T0, show_active


def _counts(day) -> dict[int, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    return {c.category_id: (c.today, c.week, c.month) for c in day.counters if c.today or c.week or c.month}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 600)), min_size=1, max_size=12))
def test_a_logged_visit_added_to_the_day_agrees_with_the_day_read_again(services, clock, logged) -> None:
    categories = [c.id for c in services.categories.list()]
    clock.current = T0
    day = services.reception.day()
    for index, seconds in logged:
        clock.current = clock.current + timedelta(seconds=seconds)
        visit = services.visits.log(categories[index % len(categories)])
        added = day.with_logged(visit)
        assert added is not None
        day = added
        fresh = services.reception.day()
        assert _counts(day) == _counts(fresh)
        assert [v.uid for v in day.visits] == [v.uid for v in fresh.visits]


def test_a_visit_of_another_day_asks_for_the_day_again(services, clock) -> None:
    clock.current = T0
    day = services.reception.day()
    clock.current = T0 + timedelta(days=1)
    visit = services.visits.log(services.categories.list()[0].id)
    assert day.with_logged(visit) is None


def test_a_key_adds_its_visit_and_another_desk_s_come_with_the_refresh(qtbot, french_app, services, clock) -> None:
    clock.current = T0
    view = show_active(qtbot, ReceptionView(services))
    view.pad.setFocus()
    qtbot.waitUntil(view.pad.hasFocus)
    other = Services.create(services.db, replace(services.ctx, desk_id="desk-other", role=Role.AGENT))
    other.visits.log(services.categories.list()[0].id)  # the other desk, meanwhile
    total = view.counter_model.index(0, view.counter_model.TODAY)
    assert total.data() == "0"
    with qtbot.waitSignal(view.visit_logged, timeout=2000):
        qtbot.keyClick(view.pad, Qt.Key.Key_1)
    # This desk's visit, added: the list and the counters agree, the month was not counted again.
    assert view.counter_model.index(0, view.counter_model.TODAY).data() == "1"
    assert view.visit_model.rowCount() == 1
    view.refresh()  # as the timer does: the other desk's visit comes in
    assert view.counter_model.index(0, view.counter_model.TODAY).data() == "2"
    assert view.visit_model.rowCount() == 2
    view.close()
