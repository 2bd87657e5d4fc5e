"""The reception screen, driven with real key presses, checked in the database."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from maison_solidarite.domain.visits import Channel, Outcome
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.main_window import MainWindow

from .conftest import T0, show_active


@pytest.fixture
def window(qtbot, french_app, services):
    services.organisations.add("CRESUS", "CRESUS Bourgogne")
    services.organisations.add("CAF", "CAF de Côte-d'Or")
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(lambda: win.reception.pad.hasFocus())
    return win


def stored(services) -> list[tuple]:
    with services.db.read() as session:
        return list(
            session.execute(
                text(
                    "SELECT c.code, v.channel, v.outcome, o.acronym, v.note, v.visited_at FROM visits v "
                    "JOIN categories c ON c.id = v.category_id LEFT JOIN organisations o ON o.id = v.organisation_id "
                    "ORDER BY v.id"
                )
            )
        )


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_one_key_logs_a_visit_now_and_shows_it(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged, timeout=2000):
        press(qtbot, view.pad, Qt.Key.Key_1)
    rows = stored(services)
    assert [(r[0], r[1], r[2]) for r in rows] == [("rights", "walk_in", "answered")]
    assert rows[0][5] == T0.strftime("%Y-%m-%d %H:%M:%S.000000")
    assert view.visit_model.rowCount() == 1
    assert view.visit_model.index(0, 1).data() == "Accès aux droits sociaux"
    assert view.counter_model.count("Accès aux droits sociaux", view.counter_model.TODAY) == 1
    assert view.counter_model.count("Total", view.counter_model.MONTH) == 1
    assert view.pad.hasFocus()  # the next visitor can be logged at once


def test_each_key_logs_its_own_category_and_the_f_keys_follow_zero(qtbot, window, services) -> None:
    view = window.reception
    for key in (Qt.Key.Key_5, Qt.Key.Key_0, Qt.Key.Key_F2, Qt.Key.Key_2, Qt.Key.Key_2):
        with qtbot.waitSignal(view.visit_logged, timeout=2000):
            press(qtbot, view.pad, key)
    assert [r[0] for r in stored(services)] == ["health", "training", "other", "finance", "finance"]
    assert view.counter_model.count("Budget et surendettement", view.counter_model.TODAY) == 2
    assert view.counter_model.count("Total", view.counter_model.TODAY) == 5


def test_details_by_keyboard_without_losing_the_next_visit(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_2)
    press(qtbot, view.pad, Qt.Key.Key_Return)  # Enter: to the details, on "Orienté vers"
    combo = view.detail.orientation_combo
    qtbot.waitUntil(combo.hasFocus)
    assert combo.itemText(1).startswith("CAF")
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, combo, Qt.Key.Key_Down)
        press(qtbot, combo, Qt.Key.Key_Down)  # "—" -> CAF -> CRESUS
    # Alt+N (Note), in French: type digits, which must not log visits here.
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    qtbot.keyClicks(view.detail.note_edit, "3 enfants, dossier 2026")
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, view.detail.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.pad.hasFocus)
    assert stored(services) == [
        ("finance", "walk_in", "oriented", "CRESUS", "3 enfants, dossier 2026", T0.strftime("%Y-%m-%d %H:%M:%S.000000"))
    ]
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_3)
    assert [r[0] for r in stored(services)] == ["finance", "admin"]


def test_escape_returns_to_the_pad(qtbot, window) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_1)
    press(qtbot, view.pad, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.detail.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(view.pad.hasFocus)


def test_channel_and_outcome_from_the_keyboard(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Canal
    qtbot.waitUntil(view.detail.channel_combo.hasFocus)
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, view.detail.channel_combo, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Suite donnée
    qtbot.waitUntil(view.detail.outcome_combo.hasFocus)
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, view.detail.outcome_combo, Qt.Key.Key_End)
    visit = services.visits.on_day(T0.date())[0]
    assert (visit.channel, visit.outcome) == (Channel.PHONE, Outcome.APPOINTMENT)


def test_ctrl_z_undoes_the_last_visit(qtbot, window, services) -> None:
    view = window.reception
    for key in (Qt.Key.Key_1, Qt.Key.Key_5):
        with qtbot.waitSignal(view.visit_logged):
            press(qtbot, view.pad, key)
    with qtbot.waitSignal(view.visits_changed):
        press(qtbot, view.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in stored(services)] == ["rights"]
    assert view.visit_model.rowCount() == 1
    assert "annulée" in window.statusBar().currentMessage()


def test_a_time_in_the_future_is_refused_inline(qtbot, window, services, clock) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Heure
    edit = view.detail.time_edit
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "11:30")  # focus by mnemonic selects the hours
    press(qtbot, edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.detail.error_label.isVisible)
    assert "dans le futur" in view.detail.error_label.text()
    assert stored(services)[0][5] == T0.strftime("%Y-%m-%d %H:%M:%S.000000")
    # An earlier time is accepted.
    edit.setSelectedSection(edit.Section.HourSection)
    qtbot.keyClicks(edit, "09:45")
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, edit, Qt.Key.Key_Return)
    assert stored(services)[0][5] == "2026-11-17 09:45:00.000000"
    assert view.visit_model.index(0, 0).data() == "09:45"


def test_delete_from_todays_list_asks_first(qtbot, window, services, dialogs) -> None:
    view = window.reception
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):
        with qtbot.waitSignal(view.visit_logged):
            press(qtbot, view.pad, key)
    view.today_table.setFocus()
    view.today_table.selectRow(0)  # the most recent: finance
    dialogs.answers.append(QMessageBox.StandardButton.No)
    press(qtbot, view.today_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(dialogs.seen) == 1)
    assert "Supprimer la visite de 10:00" in dialogs.seen[0]
    assert len(stored(services)) == 2
    window.activateWindow()  # the window manager's part, which offscreen Qt leaves out
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.today_table.setFocus()
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.visits_changed, timeout=10_000):
        press(qtbot, view.today_table, Qt.Key.Key_Delete)
    assert [r[0] for r in stored(services)] == ["rights"]


def test_selecting_a_visit_in_todays_list_edits_it(qtbot, window, services, clock) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_1)
    clock.advance(minutes=3)
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_2)
    view.today_table.setFocus()
    view.today_table.selectRow(1)  # the older one: rights
    assert view.detail.visit.category_id == services.categories.find("rights").id
    view.detail.category_combo.setFocus()
    with qtbot.waitSignal(view.detail.visit_changed):
        press(qtbot, view.detail.category_combo, Qt.Key.Key_Down)
    assert [r[0] for r in stored(services)] == ["finance", "finance"]


def test_a_locked_database_shows_a_french_dialog_and_logs_nothing(qtbot, window, services, db_path, dialogs) -> None:
    view = window.reception
    holder = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    try:
        press(qtbot, view.pad, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: bool(dialogs.seen), timeout=10_000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "utilisée par un autre programme" in dialogs.seen[0]
    assert stored(services) == []


def test_profile_fields_can_be_switched_off(qtbot, window, services) -> None:
    from maison_solidarite.config import DeskSettings
    from maison_solidarite.domain.visits import ProfileField
    from maison_solidarite.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, DeskSettings(), window, with_desk=False)
    qtbot.addWidget(dialog)
    box = dialog.data.profile_boxes[ProfileField.NEIGHBOURHOOD]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    window.apply_settings(dialog)
    assert ProfileField.NEIGHBOURHOOD not in services.settings.profile_fields()
    assert not window.reception.detail.neighbourhood_edit.isVisibleTo(window)
    assert window.reception.detail.age_band_combo.isVisibleTo(window)


def test_models_pass_the_model_tester(qtmodeltester, window, services, clock) -> None:
    load_demo(services.db, services.ctx, until=datetime(2026, 11, 17, 12, 0))
    window.reception.refresh()
    assert window.reception.visit_model.rowCount() > 5
    qtmodeltester.check(window.reception.visit_model)
    qtmodeltester.check(window.reception.counter_model)


def test_screen_is_french(window) -> None:
    view = window.reception
    assert view.date_label.text() == "Mardi 17 novembre 2026"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert view.pad.buttons[1].text().startswith("1")
    assert view.visit_model.headerData(0, Qt.Orientation.Horizontal) == "Heure"


def test_the_keypad_and_the_azerty_top_row_log_visits_too(qtbot, window, services) -> None:
    view = window.reception
    for key, modifier in (
        (Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier),  # numeric keypad
        (Qt.Key.Key_Ampersand, Qt.KeyboardModifier.NoModifier),  # AZERTY "1" key without Shift
        (Qt.Key.Key_ParenLeft, Qt.KeyboardModifier.NoModifier),  # AZERTY "5" key without Shift
    ):
        with qtbot.waitSignal(view.visit_logged):
            press(qtbot, view.pad, key, modifier)
    assert [r[0] for r in stored(services)] == ["rights", "rights", "health"]


def test_a_digit_typed_in_a_detail_field_does_not_log_a_visit(qtbot, window, services) -> None:
    # The category keys now log a visit wherever the focus types no text: on a detail list
    # and on today's list too (tests/test_reception_keys.py). Where they type, they still never log.
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        press(qtbot, view.pad, Qt.Key.Key_1)
    press(qtbot, view.pad, Qt.Key.Key_Return)
    qtbot.waitUntil(view.detail.orientation_combo.hasFocus)
    for field in (view.detail.neighbourhood_edit, view.detail.note_edit):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        press(qtbot, field, Qt.Key.Key_2)
        press(qtbot, field, Qt.Key.Key_Ampersand)
        assert field.text() == "2&"
    assert len(stored(services)) == 1
    press(qtbot, view.detail.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.pad.hasFocus)
