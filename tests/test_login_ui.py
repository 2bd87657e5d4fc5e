"""Logging in at the desk: wrong passwords, the idle lock, a switch of user."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.audit import entries
from maison_solidarite.ui.app import Desk
from maison_solidarite.ui.login import LoginDialog
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active

GOOD = "Accueil-2026!mds"


def type_in(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def admin(services: Services) -> Services:
    """The services as the administrator logged in at the desk sees them."""
    services.accounts.create_first_administrator("admin", GOOD)
    services.accounts.create("nadia", Role.AGENT, "Bonjour-Accueil-2026")
    return Services.create(services.db, replace(services.ctx, agent="admin", role=Role.ADMINISTRATOR))


def test_a_wrong_password_says_so_in_the_dialog(qtbot, french_app, admin) -> None:
    dialog = LoginDialog(admin.accounts)
    show_active(qtbot, dialog, (420, 200))
    assert [dialog.form.login.itemText(i) for i in range(dialog.form.login.count())] == ["admin", "nadia"]
    assert dialog.form.login.currentText() == ""  # nobody has logged in yet
    dialog.form.login.setCurrentText("nadia")
    type_in(qtbot, dialog.form.password, "Mauvais-2026!x")
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.form.error.text() == "Identifiant ou mot de passe incorrect."
    assert dialog.isVisible() and dialog.form.password.text() == ""
    type_in(qtbot, dialog.form.password, "Bonjour-Accueil-2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.account.login == "nadia" and dialog.account.role == Role.AGENT
    again = LoginDialog(admin.accounts)
    show_active(qtbot, again, (420, 200))
    assert again.form.login.currentText() == "nadia"  # the last person offered first
    qtbot.waitUntil(again.form.password.hasFocus)


def test_the_screen_locks_when_idle_hides_the_data_and_keeps_the_work(qtbot, french_app, admin) -> None:
    window = show_active(qtbot, MainWindow(admin, idle_minutes=0.01))  # 0.6 s
    view = window.reception
    view.focus_pad()
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    qtbot.keyClicks(view.detail.note_edit, "rappeler lundi")
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not window.tabs.isVisible() and not view.detail.note_edit.isVisible()
    assert not window.menuBar().isEnabled()
    form = window.lock_page.form
    assert form.login.currentText() == "admin"
    type_in(qtbot, form.password, "Mauvais-2026!x")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert window.locked and form.error.text() == "Identifiant ou mot de passe incorrect."
    type_in(qtbot, form.password, GOOD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not window.locked and window.tabs.isVisible()
    assert view.detail.note_edit.text() == "rappeler lundi"


def test_another_person_takes_over_the_desk_with_their_own_rights(qtbot, french_app, admin, tmp_path) -> None:
    desk = Desk(admin, admin.ctx, "fr", tmp_path)
    desk.open(admin.accounts.log_in("admin", GOOD))
    first = desk.window
    qtbot.addWidget(first)
    assert first.tabs.isTabVisible(first.tabs.indexOf(first.statistics))
    first.lock()
    form = first.lock_page.form
    form.login.setCurrentText("nadia")
    type_in(qtbot, form.password, "Bonjour-Accueil-2026")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.window is not first)
    second = desk.window
    qtbot.addWidget(second)
    assert desk.account.login == "nadia" and second._services.ctx.role == Role.AGENT
    assert not second.tabs.isTabVisible(second.tabs.indexOf(second.statistics))
    desk.close()
    trail = [(e.actor, e.action) for e in entries(admin.db, "account") if e.action in ("login", "logout")]
    assert trail == [("admin", "login"), ("nadia", "login"), ("admin", "logout"), ("nadia", "logout")]


def test_the_idle_time_comes_from_the_desk_settings(tmp_path) -> None:
    from maison_solidarite.config import DeskSettings

    path = tmp_path / "desk.json"
    path.write_text('{"idle_minutes": 5}', encoding="utf-8")
    assert DeskSettings.load(path).idle_lock_minutes() == 5
    path.write_text('{"idle_minutes": 0}', encoding="utf-8")
    assert DeskSettings.load(path).idle_lock_minutes() == 10  # out of 1..60: the default
    path.write_text("{}", encoding="utf-8")
    assert DeskSettings.load(path).idle_lock_minutes() == 10
