"""The main window: reception for now; the rota and statistics join it as tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ..config import AppPaths, DeskSettings
from ..domain.accounts import Account
from ..domain.errors import UserError
from ..domain.roles import Action
from ..services import Services
from ..services.audit_seal import AuditSeal
from ..services.visits_csv import ImportResult
from .admin.accounts_dialog import AccountsDialog
from .admin.audit_dialog import AuditDialog
from .admin.categories_dialog import CategoriesDialog
from .admin.hub_dialog import HubDialog
from .admin.restore_dialog import RestoreDialog, restore_chosen
from .admin.visits_import import VisitsImport
from .agenda.view import add_agenda_tab
from .directory.view import DirectoryView
from .help import AGENT, COORDINATION, AboutDialog, HelpDialog
from .history.past_years_dialog import past_years
from .login import IdleWatcher, LockPage
from .messages import render, show_error
from .reception.view import ReceptionView
from .rota.view import RotaView
from .settings_dialog import SettingsDialog
from .statistics.observations import observations_entry
from .statistics.view import StatisticsView
from .status_bar import DeskStatusBar
from .sync_status import install_background_sync
from .tasks import Job


class MainWindow(QMainWindow):
    user_switched = Signal(object)  # the Account now at the desk
    restored = Signal()  # a backup replaced the database: the application must start again
    backup_folder_changed = Signal(object)  # Path
    appearance_changed = Signal(object)  # DeskSettings whose language or text size changed

    def __init__(
        self,
        services: Services,
        language: str = "fr",
        parent: QWidget | None = None,
        *,
        backup_dir: Path | None = None,
        idle_minutes: float | None = None,
        settings_file: Path | None = None,
        seal: AuditSeal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._seal = seal  # the audit key and anchors, kept outside the database
        self._backup_dir = backup_dir
        self._language = language
        self._settings_file = settings_file  # this desk's desk.json, where the backup folder is kept
        self._services = services
        self.setWindowTitle(self.tr("Maison de la Solidarité"))
        self._help: HelpDialog | None = None
        self._focus_before_lock: QWidget | None = None
        self.backup_job = Job(self)  # the copies, automatic or on demand: one at a time
        self._build_tabs()
        self._build_lock(idle_minutes)
        self._connect_tabs()
        self._build_file_menu()
        self._build_admin_menu()
        self._build_help_menu()
        self._build_status_bar()
        self.background_sync = install_background_sync(self, services, self.stack)
        self.background_sync.arrived.connect(self._on_sync_arrived)
        self.reception.focus_pad()
        self._start_backup_timer()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.reception = ReceptionView(self._services, self.tabs)
        self.rota = RotaView(self._services, self.tabs)
        self.statistics = StatisticsView(self._services, self._language, self.tabs)
        self.directory = DirectoryView(self._services, self._language, self.tabs)
        self.tabs.addTab(self.reception, self.tr("&Reception"))
        self.tabs.addTab(self.rota, self.tr("&Weekly rota"))
        self.tabs.addTab(self.directory, self.tr("Director&y"))
        self.tabs.addTab(self.statistics, self.tr("&Statistics"))
        self.agenda = add_agenda_tab(self._services, self.tabs, after=self.rota)
        self.reception.paper.attach_to(self.tabs, self.reception)
        self.tabs.setTabVisible(self.tabs.indexOf(self.statistics), self._services.can(Action.READ_STATISTICS))
        self.directory.changed.connect(self.reception.reload_choices)

    def _build_lock(self, idle_minutes: float | None) -> None:
        # While locked, the lock page takes the place of the tabs: no data shows, and the
        # work in progress stays in the widgets, untouched.
        self.lock_page = LockPage(self._services.accounts, self)
        self.lock_page.form.signed_in.connect(self._on_lock_signed_in)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.idle: IdleWatcher | None = None
        if idle_minutes:
            self.idle = IdleWatcher(idle_minutes, self)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
            self.idle.idle.connect(self.lock)

    def _connect_tabs(self) -> None:
        self.rota.rota_changed.connect(self.reception.refresh)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.reception.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.reception.visit_logged.connect(lambda _uid: self.statusBar().showMessage(self.tr("Visit logged."), 4000))

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        lock_action = QAction(self.tr("&Lock or switch user"), self)
        lock_action.setObjectName("lockAction")
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        file_menu.insertAction(quit_action, lock_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(lambda: self.open_settings())
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_admin_menu(self) -> None:
        admin_menu = self.menuBar().addMenu(self.tr("A&dministration"))
        can, settings = self._services.can, self.open_settings
        copies = self._backup_dir is not None and can(Action.MANAGE_BACKUPS)
        actions: tuple[tuple[str, str, Callable[[], object], bool], ...] = (
            (self.tr("Acc&ounts…"), "accountsAction", self.manage_accounts, can(Action.MANAGE_ACCOUNTS)),
            (self.tr("&Audit trail…"), "auditAction", self.show_audit, can(Action.READ_AUDIT)),
            (self.tr("Request &categories…"), "categoriesAction", self.edit_categories, can(Action.EDIT_CATEGORIES)),
            (self.tr("&Import visits…"), "importVisitsAction", lambda: self.import_visits(), can(Action.IMPORT_VISITS)),
            (self.tr("&Past years…"), "pastYearsAction", past_years(self._services, self), can(Action.IMPORT_VISITS)),
            observations_entry(self._services, self),
            (
                self.tr("&Offices and opening hours…"),
                "officesAction",
                lambda: settings(SettingsDialog.OFFICES),
                can(Action.EDIT_ROTA),
            ),
            (
                self.tr("&Retention periods and profile fields…"),
                "retentionAction",
                lambda: settings(SettingsDialog.DATA),
                can(Action.MANAGE_SETTINGS),
            ),
            (self.tr("&Hub and desks…"), "hubAction", self.manage_hub, can(Action.MANAGE_HUB)),
            (self.tr("&Back up now"), "backupAction", self.back_up_now, copies),
            (self.tr("&Restore…"), "restoreAction", self.restore_backup, copies and self._services.backups.restorable),
        )
        for text, name, slot, allowed in actions:
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setVisible(allowed)  # what the role may not do is not shown at all,
            action.setEnabled(allowed)  # and its shortcut does nothing
            admin_menu.addAction(action)
            if name in ("backupAction", "restoreAction"):
                self.backup_job.add(action)
        admin_menu.menuAction().setVisible(any(allowed for *_rest, allowed in actions))

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for text, name, shortcut, slot in (
            (self.tr("&Guide"), "helpAction", "F1", self.show_help),
            (self.tr("&About Maison de la Solidarité…"), "aboutAction", "", self.show_about),
        ):
            action = help_menu.addAction(text)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # F1 in a dialog too
            action.triggered.connect(slot)

    def _build_status_bar(self) -> None:
        saved = self._settings_file is not None and self._settings_file.exists()  # reading must not create it
        desk = DeskSettings.load(self._settings_file) if saved and self._settings_file else DeskSettings()
        ctx, joined = self._services.ctx, self._services.sync.status()  # on a hub, its name there
        self.setStatusBar(DeskStatusBar(ctx.agent, ctx.role, joined.desk_name if joined else desk.display_name(), self))

    def _start_backup_timer(self) -> None:
        # "Every day the app is open": each hour, a copy is made if today has none yet.
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(3_600_000)
        self._backup_timer.timeout.connect(self._on_backup_timer_timeout)
        if self._backup_dir is not None:
            self._backup_timer.start()

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide every data behind the login form; the same person unlocks, another takes over."""
        if self.locked:
            return
        self._focus_before_lock = QApplication.focusWidget()
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.form.reset(self._services.ctx.agent)

    def _on_lock_signed_in(self, account: Account) -> None:
        if account.login != self._services.ctx.agent:
            self.user_switched.emit(account)
            return
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        if self.idle is not None:
            self.idle.timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if self.idle is not None and app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)

    def _on_backup_timer_timeout(self) -> None:
        folder = self._backup_dir
        if folder is None:
            return
        signals = self.backup_job.start(lambda _progress: self._services.backups.back_up_if_due(folder))
        if signals is not None:
            signals.failed.connect(self._on_hourly_backup_failed)

    def _on_hourly_backup_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.statusBar().showMessage(render(exc), 30_000)

    def back_up_now(self) -> None:
        """An administrator's copy, made on the worker pool; the action waits for it."""
        folder = self._backup_dir
        if folder is None:
            return
        signals = self.backup_job.start(
            lambda _progress: self._services.backups.back_up_now(folder), self.tr("Backing up the database…")
        )
        if signals is None:
            return
        signals.finished.connect(
            lambda path: self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 10_000)
        )
        signals.failed.connect(self._on_backup_failed)

    def _on_backup_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        show_error(self, exc)

    def show_help(self) -> HelpDialog:
        """The agent's guide from the reception, the coordinator's from the other tabs."""
        guide = AGENT if self.tabs.currentWidget() is self.reception else COORDINATION
        if self._help is None:
            self._help = HelpDialog(guide, self)
        else:
            self._help.chooser.setCurrentIndex(guide)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def show_about(self) -> None:
        AboutDialog(self._services.location, AppPaths.default(), self).exec()

    def open_settings(self, tab: int | None = None) -> SettingsDialog:
        """The settings dialog; what it saved is applied to this window, or to a new one."""
        desk = DeskSettings.load(self._settings_file) if self._settings_file is not None else DeskSettings()
        dialog = SettingsDialog(self._services, desk, self, with_desk=self._settings_file is not None)
        if tab is not None:
            dialog.show_tab(tab)
        if dialog.exec():
            self.apply_settings(dialog)
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        self.reception.reload_choices()  # profile fields, offices
        if dialog.offices_changed:
            self.rota.reload()
            self.reception.refresh()
        if self._settings_file is None:
            return
        old, new = DeskSettings.load(self._settings_file), dialog.desk
        if new.backup_folder:
            new.backup_folder = str(Path(new.backup_folder).expanduser())
        if new.backup_folder and new.backup_folder != old.backup_folder:
            if not self.set_backup_folder(Path(new.backup_folder)):
                return
        elif old.backup_folder and not new.backup_folder:
            self.statusBar().showMessage(self.tr("Backups go back beside the database at the next start."), 10_000)
        new.save(self._settings_file)
        if self.idle is not None:
            self.idle.timer.setInterval(new.idle_lock_minutes() * 60_000)
            self.idle.timer.start()
        if (new.desk_language(), new.text_size()) != (old.desk_language(), old.text_size()):
            self.appearance_changed.emit(new)

    def set_backup_folder(self, folder: Path) -> bool:
        """Keep the daily copies in ``folder`` (a USB key, a share) from now on, at this desk."""
        if self._settings_file is None:
            return False
        try:
            self._services.backups.check_folder(folder)
        except UserError as exc:
            show_error(self, exc)
            return False
        settings = DeskSettings.load(self._settings_file)
        settings.backup_folder = str(folder)
        settings.save(self._settings_file)
        self._backup_dir = folder
        self.backup_folder_changed.emit(folder)
        self.statusBar().showMessage(self.tr("Backups now go to {folder}.").format(folder=folder), 10_000)
        return True

    def restore_backup(self) -> None:
        """Administrator only: check the copy, keep the current database aside, restore, close."""
        folder = self._backup_dir
        if folder is None or not self._services.backups.restorable:
            return
        dialog = RestoreDialog(folder, self._language, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        if restore_chosen(self, self._services.backups, dialog.chosen, folder, self._seal):
            self.restored.emit()
            self.close()

    def _on_tabs_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.reception:
            self.reception.refresh()
            self.reception.focus_pad()
        elif widget is self.rota:
            self.rota.reload()
        elif widget is self.directory:
            self.directory.reload()
        elif widget is self.statistics:
            self.statistics.refresh()

    def import_visits(self, path: Path | None = None) -> VisitsImport | None:
        """Import a visits CSV on the worker pool; the counts go to the status bar."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import visits"), "", "CSV (*.csv *.txt)")
            if not chosen:
                return None
            path = Path(chosen)
        task = VisitsImport(self._services, self)

        def imported(result: ImportResult) -> None:
            self.statusBar().showMessage(task.message(result), 15_000)
            self.reception.refresh()

        task.imported.connect(imported)
        task.start(path)
        return task

    def manage_accounts(self) -> None:
        AccountsDialog(self._services, self).exec()

    def manage_hub(self) -> None:
        HubDialog(self._services, self).exec()
        self.background_sync.show_state()
        if self.background_sync.joined and not self.background_sync.timer.isActive():
            self.background_sync.timer.start(500)

    def _on_sync_arrived(self) -> None:
        """Other desks' visits or the hub's shared records arrived: the screens read again."""
        self.reception.reload_choices()
        self.reception.refresh()
        self.rota.reload()

    def show_audit(self) -> None:
        AuditDialog(self._services, self).exec()

    def edit_categories(self) -> None:
        dialog = CategoriesDialog(self._services, self)
        dialog.exec()
        if dialog.changed:
            self.reception.reload_choices()
