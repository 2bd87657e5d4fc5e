"""The settings dialog: everything checked before anything is written; language and text size."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from maison_solidarite.config import DeskSettings
from maison_solidarite.db.models import AuditRow
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.ui.app import Desk, install_translators
from maison_solidarite.ui.fonts import FIGURES_MAX_PX, apply_text_size
from maison_solidarite.ui.settings_dialog import SettingsDialog

GOOD = "Accueil-2026!mds"


def audit_count(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditRow))


def type_over(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "desk.json"
    DeskSettings(desk_id="desk-1").save(path)
    return path


def test_the_structure_hours_and_idle_time_are_saved_together(qtbot, french_app, services, settings_file) -> None:
    dialog = SettingsDialog(services, DeskSettings.load(settings_file))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(5)]
    assert titles[:3] + titles[4:] == ["&Structure", "&Bureaux et horaires", "&Données personnelles", "Ce &poste"]
    assert titles[SettingsDialog.NEIGHBOURHOODS].replace("&", "") in ("Quartiers", "Neighbourhoods")
    type_over(qtbot, dialog.structure.name, "CCAS de Quetigny")
    type_over(qtbot, dialog.offices.hour_edits[5], "09:00-12:00")
    dialog.tabs.setCurrentIndex(SettingsDialog.DESK)
    type_over(qtbot, dialog.desk_tab.idle, "5")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert services.settings.structure().name == "CCAS de Quetigny"
    assert services.rota.opening_hours()[5] == ((time(9), time(12)),)
    assert dialog.desk.idle_minutes == 5 and dialog.desk.desk_id == "desk-1"


def test_a_wrong_field_shows_its_tab_and_nothing_is_written(
    qtbot, french_app, services, settings_file, tmp_path
) -> None:
    dialog = SettingsDialog(services, DeskSettings.load(settings_file))
    qtbot.addWidget(dialog)
    dialog.show()
    before = audit_count(services)
    type_over(qtbot, dialog.structure.name, "CCAS de Quetigny")  # fine, but must wait for the others
    type_over(qtbot, dialog.offices.hour_edits[0], "9h00-midi")
    dialog.tabs.setCurrentIndex(SettingsDialog.STRUCTURE)
    dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == SettingsDialog.OFFICES
    assert dialog.offices.error.text() == "« 9h00-midi » n'est pas une plage horaire (attendu par exemple 09:00-12:00)."
    assert services.settings.structure().name == "Maison de la Solidarité" and audit_count(services) == before
    type_over(qtbot, dialog.offices.hour_edits[0], "09:00-12:00")
    type_over(qtbot, dialog.desk_tab.backup_folder, str(tmp_path / "cle-absente"))
    dialog.save()
    assert dialog.tabs.currentIndex() == SettingsDialog.DESK and "n'existe pas" in dialog.desk_tab.error.text()
    assert audit_count(services) == before
    assert json.loads(settings_file.read_text(encoding="utf-8"))["backup_folder"] == ""


def test_english_and_a_larger_text_open_the_window_again(qtbot, french_app, services, settings_file, tmp_path) -> None:
    services.accounts.create_first_administrator("admin", GOOD)
    admin = Services.create(services.db, services.ctx)
    desk = Desk(admin, admin.ctx, "fr", tmp_path / "backups", settings_file=settings_file)
    desk.open(admin.accounts.log_in("admin", GOOD))
    first = desk.window
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(first.tabs.indexOf(first.rota))
    base = QApplication.font().pointSizeF()
    assert first.tabs.tabText(0) == "&Accueil"
    assert first.reception.date_label.text() == "Mardi 17 novembre 2026"  # QLocale, French
    try:
        dialog = SettingsDialog(admin, DeskSettings.load(settings_file), first)
        qtbot.addWidget(dialog)
        dialog.desk_tab.language.setFocus()
        qtbot.keyClick(dialog.desk_tab.language, Qt.Key.Key_End)  # English is last
        dialog.desk_tab.text_size.setFocus()
        qtbot.keyClick(dialog.desk_tab.text_size, Qt.Key.Key_PageUp)  # ten steps of 25 %: up to the 200 % limit
        assert dialog.desk_tab.text_size.value() == 200
        qtbot.keyClick(dialog.desk_tab.text_size, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.desk_tab.text_size, Qt.Key.Key_Down)
        assert dialog.desk_tab.text_size.text() == "150 %"
        with qtbot.waitSignal(dialog.accepted):
            dialog.save()
        first.apply_settings(dialog)
        qtbot.waitUntil(lambda: desk.window is not first)
        second = desk.window
        qtbot.addWidget(second)
        assert second.tabs.tabText(0) == "&Reception" and second.windowTitle() == "Maison de la Solidarité"
        assert second.reception.date_label.text() == "Tuesday 17 November 2026"  # QLocale, English
        assert second.tabs.currentWidget() is second.rota  # the same tab as before
        assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
        # The reception reads at a metre from 100 %, and stops growing where it would leave 1366 x 768.
        assert QFontInfo(second.reception.date_label.font()).pixelSize() == FIGURES_MAX_PX
        saved = json.loads(settings_file.read_text(encoding="utf-8"))
        assert (saved["language"], saved["font_percent"]) == ("en", 150)
        assert desk.account is not None and desk.account.role == Role.ADMINISTRATOR  # nobody logged in again
    finally:
        install_translators(QApplication.instance(), "fr")
        apply_text_size(QApplication.instance(), 100)
        desk.close()


def test_the_next_persons_window_locks_after_the_new_idle_time(
    qtbot, french_app, services, settings_file, tmp_path
) -> None:
    services.accounts.create_first_administrator("admin", GOOD)
    services.accounts.create("nadia", Role.AGENT, "Bonjour-Accueil-2026")
    desk = Desk(services, services.ctx, "fr", tmp_path / "backups", idle_minutes=10, settings_file=settings_file)
    desk.open(services.accounts.log_in("admin", GOOD))
    first = desk.window
    qtbot.addWidget(first)
    try:
        dialog = SettingsDialog(services, DeskSettings.load(settings_file), first)
        qtbot.addWidget(dialog)
        type_over(qtbot, dialog.desk_tab.idle, "3")
        with qtbot.waitSignal(dialog.accepted):
            dialog.save()
        first.apply_settings(dialog)
        assert first.idle.timer.interval() == 3 * 60_000
        desk.open(services.accounts.log_in("nadia", "Bonjour-Accueil-2026"))
        qtbot.addWidget(desk.window)
        assert desk.window.idle.timer.interval() == 3 * 60_000
    finally:
        desk.close()
