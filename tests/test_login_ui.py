"""Logging in at the desk: wrong passwords, the idle lock, a switch of user."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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


def once_translated(context: str, source: str, french: str) -> str:
    """``french`` once the shipped catalogue carries ``source``; until then the source, shown as is."""
    from PySide6.QtCore import QCoreApplication

    return french if QCoreApplication.translate(context, source) != source else source


@pytest.mark.parametrize(
    ("login", "password", "role", "words"),
    [
        ("nadia", "Bonjour-Accueil-2026", Role.AGENT, "agent d'accueil"),
        ("camille", "Planning-Accueil-2026", Role.COORDINATOR, "coordinatrice ou coordinateur"),
        ("admin", GOOD, Role.ADMINISTRATOR, "administrateur"),
    ],
)
def test_each_role_logs_in_with_the_keyboard_and_the_window_says_who_is_here(
    qtbot, french_app, admin, tmp_path, login: str, password: str, role: Role, words: str
) -> None:
    from PySide6.QtGui import QAction

    admin.accounts.create("camille", Role.COORDINATOR, "Planning-Accueil-2026")
    admin.settings.set_structure("CCAS de Dijon", "1 place de l'Hôtel de Ville\n21000 Dijon")
    settings_file = tmp_path / "desk.json"
    settings_file.write_text('{"desk_name": "Accueil 1"}', encoding="utf-8")
    dialog = LoginDialog(admin.accounts, structure=admin.settings.structure().name)
    show_active(qtbot, dialog, (520, 320))
    assert dialog.structure.text() == "CCAS de Dijon" and dialog.structure.isVisible()
    assert not dialog.logo.pixmap().isNull() and dialog.logo.pixmap().height() >= dialog.fontMetrics().height() * 3
    qtbot.waitUntil(dialog.form.login.hasFocus)  # nobody logged in yet: the login first
    qtbot.keyClicks(dialog.form.login, login)
    qtbot.keyClick(dialog.form.login, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.form.password.hasFocus)
    qtbot.keyClicks(dialog.form.password, password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    desk = Desk(admin, admin.ctx, "fr", tmp_path / "backups", settings_file=settings_file)
    desk.open(dialog.account)
    window = desk.window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    presence = window.statusBar().findChild(QLabel, "presenceLabel")
    said = once_translated(
        "DeskStatusBar", "Session: {login} ({role}) · Desk: {desk}", "Session : {login} ({role}) · Poste : {desk}"
    )
    assert presence.text() == said.format(login=login, role=words, desk="Accueil 1") and presence.isVisible()
    window.statusBar().showMessage("Visite enregistrée.")  # a passing message leaves it in place
    assert presence.isVisible()
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert ("A&dministration" in menus) is (role != Role.AGENT)
    admin_actions = [a for a in window.findChildren(QAction) if a.objectName() in ("accountsAction", "auditAction")]
    assert [a.isVisible() for a in admin_actions] == (
        [False, False] if role == Role.AGENT else [role == Role.ADMINISTRATOR, True]
    )
    desk.close()


def test_without_a_desk_name_the_computer_s_name_is_shown(qtbot, french_app, admin) -> None:
    import socket

    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert socket.gethostname() in window.statusBar().findChild(QLabel, "presenceLabel").text()


def test_the_desk_opens_on_a_login_that_names_the_structure(qtbot, french_app, admin) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from maison_solidarite.ui.app import sign_in

    admin.settings.set_structure("Maison de la Solidarité des Grésilles")
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.structure.text())
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Escape)  # as a person leaves it

    QTimer.singleShot(0, look)
    assert sign_in(admin) is None
    assert seen == ["Maison de la Solidarité des Grésilles"]
