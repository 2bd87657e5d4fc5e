"""The statistics screen says « n.d. » for what is not known and titles a period in progress."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from maison_solidarite.domain.statistics import Period, PeriodKind

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)


@pytest.fixture
def view(qtbot, french_app, services, clock, category_ids):
    from maison_solidarite.ui.statistics.view import StatisticsView

    clock.current = NOW
    for day in (2, 3, 4):  # counting began live on 2 March 2026
        services.visits.log(category_ids["rights"], datetime(2026, 3, day, 10))
    services.visits.log(category_ids["health"], datetime(2026, 11, 23, 15))
    widget = StatisticsView(services)
    with qtbot.waitSignal(widget.computed, timeout=10_000):
        show_active(qtbot, widget)
    return widget


def test_a_month_in_progress_says_up_to_which_day_and_compares_with_nothing_invented(qtbot, view) -> None:
    assert view.period == Period.month(2026, 11)
    assert "24 novembre" in view.period_label.text() and "2026" in view.period_label.text()  # in progress, up to today
    assert view.total_label.text() == "1"
    assert "n.d." in view.change_label.text() and "%" not in view.change_label.text()


def test_a_year_before_counting_began_shows_n_d_and_no_table(qtbot, view) -> None:
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.kind_combo.setCurrentIndex(view.kind_combo.findData(PeriodKind.YEAR))
    assert view.period == Period.year(2026) and view.total_label.text() == "4"
    assert "n.d." in view.change_label.text() and "%" not in view.change_label.text()
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.period == Period.year(2025)
    assert view.total_label.text() == "n.d."
    assert "2 mars 2026" in view.change_label.text()  # the day counting began
    assert view.category_model.rowCount() == 0 and view.channel_model.rowCount() == 0  # no invented zeros
    assert view.heat_model.count(0, 10) == 0 and view.statistics.known is False


def test_a_month_to_come_is_not_known_yet(qtbot, view) -> None:
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.period == Period.month(2026, 12)
    assert view.total_label.text() == "n.d." and "%" not in view.change_label.text()
