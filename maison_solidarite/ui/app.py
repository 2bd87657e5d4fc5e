"""The Qt application: translators, locale, database errors shown as dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..config import AppPaths, DeskSettings
from ..domain.context import DeskContext
from ..domain.errors import UserError
from ..first_look import first_look
from ..i18n import translation_file
from ..logs import start_logging
from . import crash
from .fonts import apply_text_size
from .login import LoginDialog
from .messages import render
from .tasks import TaskSignals, run_in_background

if TYPE_CHECKING:  # the login dialog paints before these are loaded (see open_database)
    from ..domain.accounts import Account
    from ..services import Services
    from ..services.audit_seal import AuditSeal
    from .main_window import MainWindow

EXIT_STORAGE = 2
EXIT_CRASH = 1  # a bug at start-up, shown in the crash dialog


_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (for standard buttons), and set the locale.

    Called again with another language, it replaces the catalogues loaded before: the
    windows made after that speak the new language."""
    locale = (
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if language == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    while _installed:
        app.removeTranslator(_installed.pop())
    translators = []
    ours = QTranslator(app)
    source = resources.files("maison_solidarite.resources") / "translations" / translation_file(language, "qm")
    # Load from the file, not from a Python buffer: QTranslator would keep pointing into
    # the buffer, which the interpreter may free before Qt is done with it at exit.
    with resources.as_file(source) as path:
        if path.is_file() and ours.load(str(path)):
            app.installTranslator(ours)
            translators.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    _installed.extend(translators)
    return translators


def application_icon() -> QIcon:
    icon = QIcon()
    for size in (48, 256):
        source = resources.files("maison_solidarite.resources") / "icons" / f"maison-solidarite-{size}.png"
        with resources.as_file(source) as path:
            icon.addFile(str(path))
    return icon


@dataclass(frozen=True)
class Opening:
    """Where the window's database is and how to open it."""

    location: str
    paths: AppPaths
    busy_timeout_ms: int | None  # None: the database layer's default
    default_location: bool
    config_dir: Path | None  # where the audit seal is loaded from, once the database opens


def run_gui(
    argv: Sequence[str],
    *,
    location: str,
    paths: AppPaths,
    ctx: DeskContext,
    language: str,
    busy_timeout_ms: int | None,
    backup_dir: Path | None = None,
    idle_minutes: float = 10,
    text_size: int = 100,
    seal: AuditSeal | None = None,
    default_location: bool = False,
    config_dir: Path | None = None,
) -> int:
    """The window. The login dialog paints first when the database can be looked at
    without its layer (see first_look): the database opens while the agent types; the
    purges and the day's copy follow on the worker pool. Given ``config_dir`` and no
    ``seal``, the audit seal is loaded from there when the database opens."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(["maison-solidarite", *argv])
    apply_text_size(app, text_size)
    app.setApplicationName("Maison de la Solidarité")
    app.setOrganizationName("maison-solidarite")
    app.setDesktopFileName("maison-solidarite")  # Wayland and the taskbars match the .desktop file
    app.setWindowIcon(application_icon())
    install_translators(app, language)
    report_crash = crash.install(start_logging(paths.log_dir))
    opening = Opening(location, paths, busy_timeout_ms, default_location, config_dir)
    backups = backup_dir or paths.backups
    look = first_look(location)
    if look is None:  # a first run, or a database only its layer can read: opened first
        opened = open_database(opening, ctx, seal, report_crash)
        if isinstance(opened, int):
            return opened
        services, seal = opened
        start_of_day(services, backups, seal, app)
        account = sign_in(services)
    else:
        dialog = LoginDialog(None, structure=look.structure, logins=look.logins, last_login=look.last_login)
        early = EarlyLogin(dialog, opening, ctx, seal, report_crash, backups)
        dialog.exec()
        if early.outcome is None or isinstance(early.outcome, int):
            return early.outcome or 0
        services, seal = early.outcome
        account = dialog.account
    if account is None:
        QThreadPool.globalInstance().waitForDone()  # the day's copy ends before the database closes
        services.close()
        return 0
    desk = Desk(services, ctx, language, backups, idle_minutes, paths.settings_file, seal)
    desk.open(account)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # no worker may outlive the window
        desk.close()
        end_of_day(services, seal)


ReportCrash = Callable[..., object]


def open_database(
    opening: Opening, ctx: DeskContext, seal: AuditSeal | None, report_crash: ReportCrash
) -> tuple[Services, AuditSeal | None] | int:
    """The database checked, backed up if it migrates, migrated; the services and the seal.

    An exit code when it cannot open: the reason is said (or the crash dialog shows a bug)."""
    from ..services import Services  # SQLAlchemy, the models and the use cases: 0.3 s
    from ..services.audit_seal import AuditSeal
    from ..services.setup import DEFAULT_BUSY_TIMEOUT_MS, MayCreate, prepare_database

    if seal is None and opening.config_dir is not None:
        try:
            seal = AuditSeal.load_or_create(opening.config_dir)  # the audit key, outside the database
        except OSError:
            seal = None  # a read-only profile: entries are chained, not sealed
    if opening.config_dir is not None:
        from ..services.person_keys import ensure_secret

        ensure_secret(opening.config_dir)  # the person keys' secret, outside the database, from the first start
    try:
        # The first-run wizard may start a new database at a path given with --db, in a folder
        # that exists; an empty file or a missing folder there is refused.
        create = MayCreate.FOLDERS if opening.default_location else MayCreate.FILE
        prepared = prepare_database(
            opening.location,
            opening.paths.backups,
            DEFAULT_BUSY_TIMEOUT_MS if opening.busy_timeout_ms is None else opening.busy_timeout_ms,
            audit_key=seal.key if seal else None,
            create=create,
        )
    except UserError as exc:
        QMessageBox.critical(None, QApplication.translate("Messages", "Maison de la Solidarité"), render(exc))
        return EXIT_STORAGE
    except Exception as exc:  # a bug, not the environment: the crash dialog shows its report
        report_crash(type(exc), exc, exc.__traceback__)
        return EXIT_CRASH
    return Services.create(prepared.db, ctx), seal


class EarlyLogin(QObject):
    """The login dialog on screen before the database is open: once it has painted, the
    database opens on the window's thread (what the agent types waits in the queue), then
    the purges and the day's copy start on the worker pool."""

    def __init__(
        self,
        dialog: LoginDialog,
        opening: Opening,
        ctx: DeskContext,
        seal: AuditSeal | None,
        report_crash: ReportCrash,
        backups: Path,
    ) -> None:
        super().__init__(dialog)
        self._dialog, self._opening, self._ctx, self._seal = dialog, opening, ctx, seal
        self._report_crash, self._backups = report_crash, backups
        self.outcome: tuple[Services, AuditSeal | None] | int | None = None
        dialog.painted.connect(self._on_dialog_painted, Qt.ConnectionType.QueuedConnection)

    def _on_dialog_painted(self) -> None:
        self.outcome = open_database(self._opening, self._ctx, self._seal, self._report_crash)
        if isinstance(self.outcome, int):
            self._dialog.reject()
            return
        services, seal = self.outcome
        start_of_day(services, self._backups, seal, QApplication.instance() or self)
        from . import main_window  # noqa: F401  every screen, before the password is in

        self._dialog.form.set_accounts(services.accounts)  # logs in now if Enter was pressed


def start_of_day(services: Services, backups: Path, seal: AuditSeal | None, owner: QObject) -> TaskSignals:
    """Before anyone logs in, on the worker pool while the login shows: the purges that are
    due, then the day's copy (of a database without them), then the audit trail anchored."""

    def work(_progress: Callable[[int, int], None]) -> None:
        services.retention.run_due_purges()  # personal data past its retention goes first
        services.backups.back_up_if_due(backups)
        if seal is not None:
            services.anchor(seal)  # the audit trail's head, kept outside the database

    signals = run_in_background(work, owner)
    signals.failed.connect(_on_start_of_day_failed)
    return signals


def _on_start_of_day_failed(exc: Exception) -> None:
    if not isinstance(exc, UserError):
        raise exc
    # A missing backup folder must not keep the desk closed: it is said, and the desk opens.
    QMessageBox.warning(None, QApplication.translate("Messages", "Maison de la Solidarité"), render(exc))


def end_of_day(services: Services, seal: AuditSeal | None) -> None:
    """When the window is gone: the audit trail anchored, the database released."""
    if seal is not None:
        try:
            services.anchor(seal)
        except UserError:
            pass  # the database went away (restored, unplugged): anchored at the next start
    services.close()


def sign_in(services: Services) -> Account | None:
    """The first run sets the structure up and creates the administrator; then someone logs in.

    None: they quit."""
    from .first_run import FirstRunWizard  # the first run only

    if not services.accounts.exists():
        wizard = FirstRunWizard(services)
        return wizard.account if wizard.exec() else None
    dialog = LoginDialog(services.accounts, structure=services.settings.structure().name)
    return dialog.account if dialog.exec() else None


class Desk:
    """The window of whoever is logged in; a switch of user opens a new one with their rights."""

    def __init__(
        self,
        services: Services,
        ctx: DeskContext,
        language: str,
        backups: Path,
        idle_minutes: float = 10,
        settings_file: Path | None = None,
        seal: AuditSeal | None = None,
    ) -> None:
        self._services, self._ctx, self._language, self._backups = services, ctx, language, backups
        self._idle_minutes, self._settings_file, self._seal = idle_minutes, settings_file, seal
        self.account: Account | None = None
        self.window: MainWindow | None = None

    def open(self, account: Account) -> None:
        previous = self.window
        if self.account is not None:
            self._services.accounts.log_out(self.account)
        self.account = account
        self._build_window(previous)

    def _build_window(self, previous: MainWindow | None = None) -> None:
        previous = previous or self.window
        account = self.account
        if account is None:
            return  # nobody at the desk: no window
        from .main_window import MainWindow  # every screen: imported while the agent types

        services = self._services.as_acting(replace(self._ctx, agent=account.login, role=account.role))
        self.window = MainWindow(
            services,
            self._language,
            backup_dir=self._backups,
            idle_minutes=self._idle(),
            settings_file=self._settings_file,
            seal=self._seal,
        )
        self.window.backup_folder_changed.connect(self._on_window_backup_folder_changed)
        self.window.user_switched.connect(self.open)
        self.window.restored.connect(self._on_window_restored)
        self.window.appearance_changed.connect(self._on_window_appearance_changed)
        if previous is None:
            self.window.resize(1366, 768)
        else:  # same place, same tab
            self.window.setGeometry(previous.geometry())
            self.window.tabs.setCurrentIndex(previous.tabs.currentIndex())
        self.window.show()
        if previous is not None:
            previous.close()
            previous.deleteLater()

    def _idle(self) -> float:
        """This desk's idle-lock time as saved now (the settings may have changed it)."""
        if self._settings_file is not None and self._settings_file.exists():
            return DeskSettings.load(self._settings_file).idle_lock_minutes()
        return self._idle_minutes

    def _on_window_backup_folder_changed(self, folder: Path) -> None:
        self._backups = folder  # the next person's window too

    def _on_window_appearance_changed(self, desk: DeskSettings) -> None:
        """A new language or text size: the same person's window, made again with them."""
        app = QApplication.instance()
        self._language = desk.desk_language()
        if isinstance(app, QApplication):
            install_translators(app, self._language)
            apply_text_size(app, desk.text_size())
        self._build_window()

    def _on_window_restored(self) -> None:
        self.account = None  # the logout would go to the database that was just replaced
        QApplication.quit()

    def close(self) -> None:
        if self.account is not None:
            self._services.accounts.log_out(self.account)
            self.account = None
