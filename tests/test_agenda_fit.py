"""The agenda and its dialogs on a desk's 1366 x 768 screen at 100, 150 and 200 % text: each fits,
shows every label, button and field whole, and names every field for a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea

from maison_solidarite.domain.events import EventDraft, EventKind
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.agenda.attendance_dialog import AttendanceDialog
from maison_solidarite.ui.agenda.event_dialog import EventDialog
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active
from .test_accessibility import unnamed
from .test_dialogs_fit import assert_nothing_cut, clipped, on_desk

NOW = datetime(2026, 11, 24, 10, 42)
PAST = date(2026, 11, 19)


@pytest.fixture(params=(100, 150, 200), ids=lambda p: f"{p}%")
def text_size(request, qapp) -> Iterator[int]:
    apply_text_size(qapp, request.param)
    yield request.param
    apply_text_size(qapp, 100)


@pytest.fixture
def demo(services: Services, clock, home) -> Services:
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.05)
    return services


def plan(services: Services, kind: EventKind, title: str) -> int:
    [made] = services.events.add(
        EventDraft(kind, title, PAST, time(14), time(16, 30), place="Salle des fêtes, 2 rue de la Gare")
    )
    return made.id


def dialogs(services: Services) -> list[QDialog]:
    meeting = plan(services, EventKind.MEETING, "Réunion thématique : accès aux droits et santé")
    action = plan(services, EventKind.ACTION, "Petit-déjeuner santé")
    return [
        EventDialog(services, day=PAST),
        EventDialog(services, event=services.events.event(meeting)),
        AttendanceDialog(services, services.events.event(meeting)),
        AttendanceDialog(services, services.events.event(action)),
    ]


@pytest.mark.parametrize("which", [0, 1, 3], ids=["new", "change", "action"])
def test_the_agendas_dialogs_fit_with_nothing_cut(qtbot, french_app, demo, text_size, which) -> None:
    dialog = dialogs(demo)[which]
    qtbot.addWidget(dialog)
    on_desk(qtbot, dialog)
    assert_nothing_cut(dialog)
    assert unnamed(dialog) == []
    dialog.close()


def test_a_meetings_partners_scroll_each_line_whole_into_sight(qtbot, french_app, demo, text_size) -> None:
    """Eighteen partners do not fit 768 pixels at 200 %: they scroll, up and down only, and each
    line shows whole once scrolled to; the rest of the dialog stays in sight."""
    dialog = dialogs(demo)[2]
    qtbot.addWidget(dialog)
    on_desk(qtbot, dialog)
    area = dialog.findChild(QScrollArea, "partnersArea")
    assert not area.horizontalScrollBar().isVisible()
    for widget in (dialog.heading, dialog.summary, dialog.record_button, area):
        assert not clipped(widget, dialog), widget.objectName()
    viewport = area.viewport()
    for row in dialog.partners.rows:
        area.ensureWidgetVisible(row.status)
        caption = next(c for c in dialog.partners.findChildren(QLabel) if c.buddy() is row.status)
        for widget in (caption, row.status, row.people, row.speaker):
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            assert viewport.rect().contains(QRect(top_left, widget.size())), (row.organisation.acronym, widget)
        assert caption.heightForWidth(caption.width()) <= caption.height() + 1, caption.text()
    assert unnamed(dialog) == []
    dialog.close()


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_window_with_its_agenda_fits_a_1366_by_768_screen(qtbot, french_app, demo, percent: int) -> None:
    plan(demo, EventKind.ACTION, "Atelier numérique : créer son compte Ameli")
    app = QApplication.instance()
    apply_text_size(app, percent)
    try:
        window = show_active(qtbot, MainWindow(demo))
        window.tabs.setCurrentWidget(window.agenda)
        qtbot.waitUntil(lambda: window.agenda.isVisible())
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, hint
        for button in (window.agenda.new_button, window.agenda.sheet_button, window.agenda.attendance_button):
            assert button.isVisible()
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        assert unnamed(window.agenda) == []
    finally:
        apply_text_size(app, 100)
