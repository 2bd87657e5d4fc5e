"""The week view, driven with the mouse and the keyboard, checked in the database."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.rota import Status
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.rota import EditScope
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.rota.series_dialog import SeriesDialog
from maison_solidarite.ui.rota.view import RotaView

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday morning
FRIDAY = date(2026, 11, 27)


@pytest.fixture
def demo(services: Services, clock) -> Services:
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.05)
    return services


@pytest.fixture
def view(qtbot, french_app, demo):
    return show_active(qtbot, RotaView(demo), (1366, 700))


def find(services: Services, acronym: str, day: date):
    organisation = next(o for o in services.organisations.list() if o.acronym == acronym)
    return next(o for o in services.rota.occurrences(day, day, organisation.id))


def office_id(services: Services, name: str) -> int:
    return next(o.id for o in services.rota.offices() if o.name == name)


def drag(qtbot, grid, start: QPoint, end: QPoint) -> None:
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_the_grid_model_passes_the_model_tester(qtmodeltester, view) -> None:
    assert view.model.rowCount() == 32 and view.model.columnCount() == 10
    qtmodeltester.check(view.model)


def test_dragging_a_permanence_moves_this_occurrence(qtbot, view, demo) -> None:
    pimms = find(demo, "PIMMS", FRIDAY)  # Friday 09:00-12:00, Bureau 1
    grid, model = view.grid, view.model
    rect = grid.block_rect(pimms)
    # grab the block by its 10:30 quarter hour, drop that quarter hour on 15:00 in Bureau 2
    press = QPoint(rect.center().x(), grid.rowViewportPosition(model.row_of(time(10, 30))) + 5)
    target_column = model.column_of(FRIDAY, office_id(demo, "Bureau 2"))
    target = QPoint(
        grid.columnViewportPosition(target_column) + 20, grid.rowViewportPosition(model.row_of(time(15, 0))) + 5
    )
    with qtbot.waitSignal(view.rota_changed):
        drag(qtbot, grid, press, target)
    moved = find(demo, "PIMMS", FRIDAY)
    assert (moved.office_id, moved.start, moved.end, moved.moved) == (
        office_id(demo, "Bureau 2"),
        time(13, 30),
        time(16, 30),
        True,
    )
    # only this occurrence: next Friday is as the series says
    assert find(demo, "PIMMS", date(2026, 12, 4)).start == time(9, 0)


def test_dragging_the_lower_edge_changes_the_end(qtbot, view, demo) -> None:
    csi = find(demo, "CSI", date(2026, 11, 24))  # Tuesday 09:00-11:30, Bureau 2
    grid, model = view.grid, view.model
    rect = grid.block_rect(csi)
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    column = model.column_of(csi.day, csi.office_id)
    target = grid.visualRect(model.index(model.row_of(time(11, 45)), column)).center()  # the 11:45 quarter
    with qtbot.waitSignal(view.rota_changed):
        drag(qtbot, grid, edge, target)
    assert find(demo, "CSI", date(2026, 11, 24)).end == time(12, 0)


def test_a_drag_onto_another_permanence_is_refused_in_french(qtbot, view, demo, dialogs) -> None:
    pimms = find(demo, "PIMMS", FRIDAY)
    grid, model = view.grid, view.model
    press = QPoint(grid.block_rect(pimms).center().x(), grid.rowViewportPosition(model.row_of(time(9, 0))) + 5)
    thursday_b1 = model.column_of(date(2026, 11, 26), office_id(demo, "Bureau 1"))  # CRSS 09:00-12:00
    target = QPoint(
        grid.columnViewportPosition(thursday_b1) + 20, grid.rowViewportPosition(model.row_of(time(9, 0))) + 5
    )
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    drag(qtbot, grid, press, target)
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    assert "chevauche" in dialogs.seen[0] and "Rien n'a été modifié" in dialogs.seen[0]
    assert find(demo, "PIMMS", FRIDAY).start == time(9, 0) and not find(demo, "PIMMS", FRIDAY).moved


def test_delete_cancels_the_occurrence_after_asking(qtbot, view, demo, dialogs) -> None:
    caf = find(demo, "CAF", date(2026, 11, 24))
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(caf.start), model.column_of(caf.day, caf.office_id)))
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.rota_changed):
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert "Annuler la permanence de CAF le mardi 24 novembre, 09:00–12:00" in dialogs.seen[0]
    assert find(demo, "CAF", date(2026, 11, 24)).status == Status.CANCELLED
    assert find(demo, "CAF", date(2026, 12, 8)).status == Status.SCHEDULED  # the rest of the series


def test_week_navigation_and_occupancy(qtbot, view) -> None:
    assert view.week_label.text() == "Semaine 48 : du 23 novembre au 27 novembre 2026"
    assert "Bureau 1 : occupé à" in view.occupancy_label.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.monday == date(2026, 11, 30)
    qtbot.mouseClick(view.this_week_button, Qt.MouseButton.LeftButton)
    assert view.monday == date(2026, 11, 23)


def test_a_closed_day_is_shown_greyed(view, demo) -> None:
    view.show_week(date(2026, 12, 25))
    office_1 = view.model.column_of(date(2026, 12, 25), office_id(demo, "Bureau 1"))
    office_2 = view.model.column_of(date(2026, 12, 25), office_id(demo, "Bureau 2"))
    assert view.model.index(0, office_1).data() == "PIMMS\n09:00–12:00\nfermé"  # suspended, still shown
    assert view.model.index(0, office_2).data() == "Fermé : Noël"


def test_the_series_dialog_creates_a_permanence(qtbot, french_app, demo) -> None:
    offices = demo.rota.offices()
    organisations = demo.organisations.list()
    dialog = SeriesDialog(demo, organisations, offices, day=FRIDAY, office=offices[1], start=time(13, 30))
    qtbot.addWidget(dialog)
    dialog._select(dialog.organisation, next(o.id for o in organisations if o.acronym == "CAF"))
    dialog.end.setTime(dialog.end.time().fromString("16:00", "HH:mm"))
    dialog._select(dialog.kind, "weeks_of_month")
    dialog.week_checks[-1].setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    caf = next(o.id for o in organisations if o.acronym == "CAF")
    assert [
        (o.day, o.start, o.end)
        for o in demo.rota.occurrences(date(2026, 11, 27), date(2026, 12, 31), caf)
        if o.day.weekday() == 4
    ] == [
        (date(2026, 11, 27), time(13, 30), time(16, 0)),
        (date(2026, 12, 25), time(13, 30), time(16, 0)),  # last Friday: Christmas, closed but planned
    ]


def test_the_series_dialog_shows_errors_inline_and_writes_nothing(qtbot, french_app, demo) -> None:
    before = demo.rota.series()
    dialog = SeriesDialog(demo, demo.organisations.list(), demo.rota.offices(), day=FRIDAY, start=time(15, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.end.setTime(dialog.end.time().fromString("14:00", "HH:mm"))
    dialog.save()
    assert dialog.error.isVisible() and "se termine (14:00) avant de commencer (15:00)" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog._select(dialog.kind, "weeks_of_month")  # no week ticked
    dialog.end.setTime(dialog.end.time().fromString("16:00", "HH:mm"))
    dialog.save()
    assert "au moins une semaine du mois" in dialog.error.text()
    assert demo.rota.series() == before


def test_editing_this_and_the_following_from_the_dialog(qtbot, french_app, demo) -> None:
    caf = find(demo, "CAF", date(2026, 12, 8))
    dialog = SeriesDialog(demo, demo.organisations.list(), demo.rota.offices(), occurrence=caf)
    qtbot.addWidget(dialog)
    dialog.scope_buttons[EditScope.FOLLOWING].setChecked(True)
    dialog.start.setTime(dialog.start.time().fromString("09:30", "HH:mm"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert find(demo, "CAF", date(2026, 12, 1)).start == time(9, 0)
    assert find(demo, "CAF", date(2026, 12, 8)).start == time(9, 30)
    assert find(demo, "CAF", date(2027, 1, 5)).start == time(9, 30)


def test_an_agent_desk_reads_the_rota_but_cannot_change_it(qtbot, french_app, demo, db, clock) -> None:
    agent = Services.create(db, DeskContext("desk-2", "agent.two", clock, role=Role.AGENT))
    widget = show_active(qtbot, RotaView(agent), (1366, 700))
    assert not widget.new_button.isVisible() and widget.read_only_label.isVisible()
    pimms = find(agent, "PIMMS", FRIDAY)
    press = widget.grid.block_rect(pimms).center()
    drag(qtbot, widget.grid, press, press + QPoint(0, 60))
    assert find(agent, "PIMMS", FRIDAY).start == time(9, 0)


def test_saving_the_week_as_pdf(qtbot, view, tmp_path: Path) -> None:
    path = tmp_path / "semaine.pdf"
    with qtbot.waitSignal(view.file_job.ended, timeout=20_000):
        assert view.save_week_pdf(path) is not None
        assert not view.pdf_button.isEnabled() and not view.ics_button.isEnabled()  # one job at a time
    assert path.read_bytes().startswith(b"%PDF")
    assert view.pdf_button.isEnabled() and view.ics_button.isEnabled()


def test_the_calendar_is_written_off_the_window_s_thread(qtbot, view, tmp_path: Path) -> None:
    path = tmp_path / "permanences.ics"
    with qtbot.waitSignal(view.file_job.ended, timeout=20_000):
        view.save_ics(path)
        assert view.save_week_pdf(tmp_path / "second.pdf") is None  # a second click waits its turn
    assert path.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert not (tmp_path / "second.pdf").exists()


@pytest.fixture
def window(qtbot, french_app, demo):
    return show_active(qtbot, MainWindow(demo))


def test_reception_says_who_is_here_and_follows_rota_changes(qtbot, window, demo, dialogs) -> None:
    panel = window.reception.today_panel
    assert "Bureau 1</b> : en ce moment CAF jusqu'à 12:00 · ensuite CPAM à 13:30" in panel.lines[0].text()
    window.tabs.setCurrentWidget(window.rota)
    caf = find(demo, "CAF", NOW.date())
    grid, model = window.rota.grid, window.rota.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(caf.start), model.column_of(caf.day, caf.office_id)))
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.rota.rota_changed):
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert "en ce moment CAF" not in panel.lines[0].text()
    assert "ensuite CPAM à 13:30" in panel.lines[0].text()


def test_category_keys_do_nothing_on_the_rota_tab(qtbot, window, demo) -> None:
    before = len(demo.visits.on_day(NOW.date()))
    window.tabs.setCurrentWidget(window.rota)
    window.rota.grid.setFocus()
    qtbot.keyClick(window.rota.grid, Qt.Key.Key_1)
    assert len(demo.visits.on_day(NOW.date())) == before
    window.tabs.setCurrentWidget(window.reception)
    qtbot.waitUntil(window.reception.pad.hasFocus)
    with qtbot.waitSignal(window.reception.visit_logged):
        qtbot.keyClick(window.reception.pad, Qt.Key.Key_1)
    assert len(demo.visits.on_day(NOW.date())) == before + 1


def test_offices_and_opening_hours_panel(qtbot, french_app, demo) -> None:
    from maison_solidarite.ui.rota.offices_panel import OfficesHoursPanel

    dialog = OfficesHoursPanel(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hour_edits[1].text() == "09:00-12:00, 13:30-17:00"
    dialog.hour_edits[1].setText("09:00-12:00")  # Tuesday afternoons would strand CPAM and ACTI-LEC
    dialog.save_hours()
    assert (
        dialog.error.isVisible()
        and "laisseraient la permanence de" in dialog.error.text()
        and "mardi, 13:30–" in dialog.error.text()
    )
    assert demo.rota.opening_hours()[1][1] == (time(13, 30), time(17))
    dialog.hour_edits[1].setText("09:00-12:00, 13:30-17:00")
    dialog.hour_edits[5].setText("9h00-12h00")
    dialog.save_hours()
    assert not dialog.error.isVisible() and dialog.hour_edits[5].text() == "09:00-12:00"
    assert demo.rota.opening_hours()[5] == ((time(9), time(12)),)
    view = show_active(qtbot, RotaView(demo), (1366, 700))
    assert view.model.columnCount() == 12  # Saturday has its two offices now
