"""Administration dialogs, the refresh from other desks, and the start-up error dialog."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from maison_solidarite.config import AppPaths, DeskSettings
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.ui.admin.categories_dialog import CategoriesDialog
from maison_solidarite.ui.app import run_gui
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.view import ReceptionView
from maison_solidarite.ui.settings_dialog import SettingsDialog


def once_translated(context: str, source: str, french: str) -> str:
    """``french`` once the shipped catalogue carries ``source``; until then the source, shown as is."""
    return french if QCoreApplication.translate(context, source) != source else source


def labels(dialog: CategoriesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_categories_dialog_adds_renames_moves_and_switches_off(qtbot, french_app, services, dialogs) -> None:
    dialog = CategoriesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialogs.answers.append("Mobilité")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mobilité" in labels(dialog))
    assert dialogs.seen == ["Libellé :"]
    assert dialog.list.currentItem().text() == "Mobilité"
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert labels(dialog)[-2] == "Mobilité"
    dialogs.answers.append("Mobilité et transports")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mobilité et transports" in labels(dialog))
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert "Mobilité et transports (désactivée)" in labels(dialog)
    stored = services.categories.list()
    assert [c.label for c in stored][-2] == "Mobilité et transports" and not stored[-2].active
    assert dialog.changed


def test_deleting_a_used_category_is_refused_with_a_french_message(
    qtbot, french_app, services, category_ids, dialogs
) -> None:
    services.visits.log(category_ids["rights"])
    dialog = CategoriesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    assert "ne peut pas être supprimée" in dialogs.seen[0]
    assert labels(dialog)[0] == "Accès aux droits sociaux"


def test_visits_from_another_desk_appear_without_any_action(
    qtbot, french_app, services, db, clock, category_ids
) -> None:
    view = ReceptionView(services)
    qtbot.addWidget(view)
    view._timer.setInterval(30)  # 30 s in use; shortened here
    other = Services.create(db, DeskContext("desk-2", "agent.two", clock))
    other.visits.log(category_ids["health"])
    qtbot.waitUntil(lambda: view.visit_model.rowCount() == 1, timeout=3000)
    assert view.counter_model.count("Santé", view.counter_model.TODAY) == 1


def test_a_refused_database_at_start_up_shows_a_french_dialog(qtbot, french_app, tmp_path: Path, dialogs) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"pas une base" * 100)
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "log")
    code = run_gui([], location=str(bogus), paths=paths, ctx=DeskContext("d", "a"), language="fr", busy_timeout_ms=200)
    assert code == 2
    assert "n'est pas une base Maison de la Solidarité" in dialogs.seen[0]
    assert QApplication.activeModalWidget() is None


def test_a_newer_database_at_start_up_is_refused_and_untouched(
    qtbot, french_app, db_path: Path, db, tmp_path: Path, dialogs
) -> None:
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0077'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "log")
    assert (
        run_gui([], location=str(db_path), paths=paths, ctx=DeskContext("d", "a"), language="fr", busy_timeout_ms=200)
        == 2
    )
    assert "version plus récente" in dialogs.seen[0]
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("role", "statistics", "categories", "offices", "retention", "backup"),
    [
        (Role.AGENT, False, False, False, False, False),
        (Role.COORDINATOR, True, True, True, False, False),
        (Role.ADMINISTRATOR, True, True, True, True, True),
    ],
)
def test_the_window_offers_what_the_role_may_do(
    qtbot,
    french_app,
    db,
    clock,
    tmp_path: Path,
    role: Role,
    statistics: bool,
    categories: bool,
    offices: bool,
    retention: bool,
    backup: bool,
) -> None:
    services = Services.create(db, DeskContext("desk-2", "someone", clock, role=role))
    window = MainWindow(services, backup_dir=tmp_path)
    qtbot.addWidget(window)
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.statistics)) is statistics
    shown = {
        name: window.findChild(QAction, name).isVisible()
        for name in ("categoriesAction", "officesAction", "retentionAction", "backupAction")
    }
    assert shown == {
        "categoriesAction": categories,
        "officesAction": offices,
        "retentionAction": retention,
        "backupAction": backup,
    }
    dialog = SettingsDialog(services, DeskSettings(), window)
    assert dialog.tabs.isTabVisible(SettingsDialog.DATA) is retention
    assert dialog.tabs.isTabVisible(SettingsDialog.STRUCTURE) is retention
    assert dialog.tabs.isTabVisible(SettingsDialog.OFFICES) is offices
    assert dialog.tabs.isTabVisible(SettingsDialog.DESK)  # everyone chooses the language and the text size
    assert dialog.desk_tab.idle.isEnabled() is retention and dialog.desk_tab.backup_folder.isEnabled() is backup
    assert window.findChild(QAction, "auditAction").isVisible() is statistics  # coordinators and administrators
    assert window.findChild(QAction, "restoreAction").isVisible() is backup  # administrators only
    assert window.findChild(QAction, "accountsAction").isVisible() is backup  # administrators only
    hidden = [a for a in window.findChildren(QAction) if a.objectName().endswith("Action") and not a.isVisible()]
    assert all(not action.isEnabled() for action in hidden)  # hidden, and its shortcut inert too
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert menus == (["&Fichier", "&Aide"] if role == Role.AGENT else ["&Fichier", "A&dministration", "&Aide"])


@pytest.mark.parametrize("role", list(Role))
def test_the_window_of_each_role_calls_nothing_the_role_may_not_do(
    qtbot, french_app, db, clock, tmp_path: Path, monkeypatch, role: Role
) -> None:
    """Every tab it shows, the settings it opens: what the role lacks is hidden, never refused."""
    from PySide6.QtCore import QThreadPool

    from maison_solidarite.domain import roles
    from maison_solidarite.services.demo import load_demo

    from .conftest import show_active

    load_demo(db, DeskContext("setup", "setup", clock, role=Role.ADMINISTRATOR), years=0.05)
    refused: list[roles.Action] = []
    check = roles.require

    def watched(acting: Role, action: roles.Action) -> None:
        if not roles.allowed(acting, action):
            refused.append(action)
        check(acting, action)

    monkeypatch.setattr(roles, "require", watched)  # what every @requires entry point calls
    services = Services.create(db, DeskContext("desk-2", "someone", clock, role=role))
    window = show_active(qtbot, MainWindow(services, backup_dir=tmp_path))
    for index in range(window.tabs.count()):
        if window.tabs.isTabVisible(index):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(20)
    QThreadPool.globalInstance().waitForDone()
    window.reception.refresh()
    dialog = SettingsDialog(services, DeskSettings(), window, with_desk=False)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing changed: nothing refused either
    QThreadPool.globalInstance().waitForDone()
    assert refused == []
    assert window.reception.visit_model.rowCount() > 0  # the day's visits, for every role


def test_the_audit_trail_is_read_and_filtered_on_screen(qtbot, french_app, services, clock) -> None:
    from maison_solidarite.ui.admin.audit_dialog import AuditDialog

    services.visits.log(services.categories.list()[0].id)
    services.categories.add("Mobilité")
    services.accounts.create_first_administrator("admin", "Accueil-2026!mds")
    coordinator = Services.create(services.db, DeskContext("desk-2", "camille", clock, role=Role.COORDINATOR))
    dialog = AuditDialog(coordinator)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 3 and dialog.count.text() == "3 entrées"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Quand", "Qui", "Action", "Objet"]
    top = [model.index(0, c).data() for c in range(4)]
    account = once_translated("AuditWords", "Account {login}", "Compte {login}")
    assert top[1:] == ["agent.test", "création", account.format(login="admin")]  # the most recent first
    dialog.entity.setCurrentIndex(dialog.entity.findData("category"))
    category = once_translated("AuditWords", 'Category "{label}"', "Catégorie « {label} »")
    assert model.rowCount() == 1 and model.index(0, 3).data() == category.format(label="Mobilité")
    assert "Mobilité" in model.index(0, 5).data()
    dialog.entity.setCurrentIndex(0)
    dialog.actor.setText("quelqu'un d'autre")
    dialog.actor.editingFinished.emit()
    assert model.rowCount() == 0 and dialog.count.text() == "0 entrée"


def audit_cells(dialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def audited(services, clock):
    """A visit logged by phone at 10:42 on 26/11, its age band set, the month's sheet printed."""
    from maison_solidarite.domain.statistics import Period
    from maison_solidarite.domain.visits import AgeBand, Channel
    from maison_solidarite.services.visits import VisitChange

    clock.current = datetime(2026, 11, 26, 10, 42)
    health = next(c for c in services.categories.list() if c.code == "health")
    visit = services.visits.log(health.id, channel=Channel.PHONE)
    clock.advance(minutes=3)
    services.visits.update(visit.uid, VisitChange(age_band=AgeBand.FROM_25_TO_39))
    services.statistics_outputs.record_print(Period.month(2026, 11), None)
    coordinator = Services.create(services.db, DeskContext("desk-2", "camille", clock, role=Role.COORDINATOR))
    return coordinator, visit


def test_the_audit_trail_names_records_fields_and_values_in_french(qtbot, french_app, audited) -> None:
    from maison_solidarite.ui.admin.audit_dialog import AuditDialog

    coordinator, visit = audited
    dialog = AuditDialog(coordinator)
    qtbot.addWidget(dialog)
    printed, changed, created = audit_cells(dialog)
    named = once_translated("AuditWords", "Visit of {date} at {time}", "Visite du {date} à {time}")
    field = once_translated("AuditWords", "{field}: {value}", "{field} : {value}")
    age_band = once_translated("AuditFields", "Age band", "Tranche d'âge")
    channel = once_translated("AuditFields", "Channel", "Canal")
    sheet = once_translated("AuditWords", "Monthly sheet of {month} {year}", "Fiche mensuelle de {month} {year}")
    assert changed[:4] == [
        "26/11/2026 10:45:00",
        "agent.test",
        "modification",
        named.format(date="26/11", time="10:42"),
    ]
    assert changed[4:] == [field.format(field=age_band, value="—"), field.format(field=age_band, value="25 à 39 ans")]
    assert created[2:4] == ["création", named.format(date="26/11", time="10:42")]
    assert field.format(field=channel, value="Téléphone") in created[5].split("; ")
    assert "Santé" in created[5]  # the request by its label, not its number
    tooltip = dialog.model.index(2, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.split("\n") == created[5].split("; ")  # the whole change, a field a line
    assert printed[2:4] == ["impression", sheet.format(month="novembre", year="2026")]
    shown = "\n".join("\n".join(row) for row in audit_cells(dialog))
    for raw in (visit.uid, "age_band", "25_39", "monthly_sheet", "2026-11", "phone", "category_id", "health"):
        assert re.search(rf"\b{re.escape(raw)}\b", shown) is None, raw


def test_the_audit_trail_reads_in_english_too(qtbot, french_app, audited) -> None:
    from maison_solidarite.ui.admin.audit_dialog import AuditDialog
    from maison_solidarite.ui.app import install_translators

    coordinator, _visit = audited
    install_translators(QApplication.instance(), "en")
    try:
        dialog = AuditDialog(coordinator)
        qtbot.addWidget(dialog)
        printed, changed, created = audit_cells(dialog)
        assert changed[2:] == ["change", "Visit of 26/11 at 10:42", "Age band: —", "Age band: 25 to 39"]
        assert {"Channel: Phone", "Request: Santé", "Date and time: 26/11/2026 10:42"} <= set(created[5].split("; "))
        assert printed[3:] == ["Monthly sheet of November 2026", "", "Printer: the computer's default printer"]
    finally:
        install_translators(QApplication.instance(), "fr")


def test_an_administrator_restores_a_backup_from_the_window(
    qtbot, french_app, services, db_path: Path, tmp_path: Path, dialogs
) -> None:
    from maison_solidarite.services.audit import entries
    from maison_solidarite.services.backups import back_up_now
    from maison_solidarite.ui.admin.restore_dialog import RestoreDialog

    folder = tmp_path / "copies"
    folder.mkdir()
    services.visits.log(services.categories.list()[0].id)
    back_up_now(services.db, services.ctx, folder)
    services.visits.log(services.categories.list()[0].id)  # after the copy: lost by the restore
    window = MainWindow(services, backup_dir=folder)
    qtbot.addWidget(window)

    # The list of copies, then the question, then the closing message.
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog) and dialog.list.count() == 1
        dialog.restore_button.click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, choose)
    dialogs.answers += [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok]
    with qtbot.waitSignal(window.restored, timeout=5000):
        window.restore_backup()
    assert "changements faits depuis" in dialogs.seen[0] and "relancez-la" in dialogs.seen[1]
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    conn.close()
    aside = next(folder.glob("before-restore-*.sqlite3"))
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (2,)
    conn.close()
    assert [e.action for e in entries(services.db, "database")][-1] == "restore"


def test_the_retention_periods_are_set_in_the_settings(qtbot, french_app, services) -> None:
    from maison_solidarite.services.audit import entries
    from maison_solidarite.services.retention import audit_retention_months, note_retention_days

    dialog = SettingsDialog(services, DeskSettings(), with_desk=False)
    qtbot.addWidget(dialog)
    panel = dialog.data.retention
    assert (panel.notes.value(), panel.contacts.value(), panel.audit.value()) == (92, 30, 12)
    assert panel.audit.suffix() == " mois" and (panel.audit.minimum(), panel.audit.maximum()) == (6, 36)
    panel.notes.setValue(60)
    panel.audit.setValue(24)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert note_retention_days(services.db) == 60 and audit_retention_months(services.db) == 24
    assert services.appointments.retention_days() == 30  # untouched, and not audited
    changed = [(e.key, e.after) for e in entries(services.db, "setting")]
    assert changed == [("note_retention_days", {"value": 60}), ("audit_retention_months", {"value": 24})]


def test_an_administrator_moves_the_backups_to_a_key(qtbot, french_app, services, tmp_path: Path, dialogs) -> None:
    import json

    settings_file = tmp_path / "config" / "desk.json"
    window = MainWindow(services, backup_dir=tmp_path / "backups", settings_file=settings_file)
    qtbot.addWidget(window)
    moved: list[Path] = []
    window.backup_folder_changed.connect(moved.append)
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    assert window.set_backup_folder(tmp_path / "cle-usb") is False  # not plugged in
    assert "n'existe pas" in dialogs.seen[0] and not settings_file.exists() and moved == []
    key = tmp_path / "cle-usb"
    key.mkdir()
    assert window.set_backup_folder(key) is True
    assert json.loads(settings_file.read_text(encoding="utf-8"))["backup_folder"] == str(key) and moved == [key]
    with qtbot.waitSignal(window.backup_job.ended, timeout=10_000):
        window.back_up_now()  # on the worker pool
    assert len(list(key.glob("maison-solidarite-*.sqlite3"))) == 1


def test_an_administrator_manages_the_accounts_on_screen(qtbot, french_app, services) -> None:
    from PySide6.QtCore import QTimer

    from maison_solidarite.ui.admin.accounts_dialog import AccountForm, AccountsDialog

    services.accounts.create_first_administrator("agent.test", "Accueil-2026!mds")  # the person at the desk
    dialog = AccountsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and not dialog.toggle_button.isEnabled()  # not one's own account
    errors: list[str] = []

    def fill(password: str, then_cancel: bool = False) -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, AccountForm)
        form.login.setText("nadia.b")
        form.role.setCurrentIndex(form.role.findData(Role.AGENT.value))
        for edit in (form.password, form.confirm):
            edit.setText(password)
        qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
        errors.append(form.error.text())
        if then_cancel:
            form.reject()

    QTimer.singleShot(50, lambda: fill("court", then_cancel=True))
    dialog.add()
    assert "12 caractères" in errors[-1] and dialog.list.count() == 1  # refused, nothing written
    QTimer.singleShot(50, lambda: fill("Bonjour-Accueil-2026"))
    dialog.add()
    assert dialog.list.count() == 2 and dialog.current().login == "nadia.b"
    assert "agent d'accueil" in dialog.list.currentItem().text() and "actif" in dialog.list.currentItem().text()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.COORDINATOR.value))
    dialog.role_combo.activated.emit(dialog.role_combo.currentIndex())
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.current().role == Role.COORDINATOR and not dialog.current().active
    assert "désactivé" in dialog.list.currentItem().text()
