"""Start-up: the one place where things are created, in this order:
paths, settings, database (checked, backed up, migrated), services, then the
window or the command line. Nothing is created at import time."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .config import LANG_ENV, AppPaths, DeskSettings, busy_timeout_ms, database_location
from .domain.context import DeskContext
from .domain.roles import Role
from .i18n import load_catalog
from .private import private_folder, private_umask


def current_user() -> str:
    try:
        return getpass.getuser()[:64]
    except (KeyError, OSError):
        return "inconnu"


def window_database(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` opens the window (nothing, or only ``--db``), and the ``--db`` given.

    Read without the command line's parser, which loads the database layer: the window's
    login paints before it (anything else goes to the parser, as always)."""
    match list(argv):
        case []:
            return True, None
        case ["--db", str(location)] if location and not location.startswith("-"):
            return True, location
        case [str(option)] if option.startswith("--db=") and len(option) > len("--db="):
            return True, option[len("--db=") :]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    private_umask()  # exports, logs, reports and copies may hold personal data
    if argv[:1] == ["--self-test"]:  # before anything reads or writes the user's folders
        from .selftest import run_self_test, self_test_language

        return run_self_test(language=self_test_language())
    paths = AppPaths.default()
    settings = DeskSettings.load(paths.settings_file)
    language = os.environ.get(LANG_ENV) or settings.desk_language()
    # The window replaces agent and role with the account that logs in; the command line
    # acts as the operating-system user.
    ctx = DeskContext(desk_id=settings.desk_id, agent=current_user(), role=Role.AGENT)
    backups = settings.backups(paths)
    if not settings.backup_folder:  # the default folder is ours to create; a key or a share is not
        try:
            private_folder(backups)
        except OSError:
            pass  # reported, clearly, by the first backup that needs it
    window, option = window_database(argv)
    if window:
        from .ui.app import run_gui  # Qt is loaded only for the window

        location = database_location(option, paths)
        return run_gui(
            argv,
            location=location,
            paths=paths,
            ctx=ctx,
            language=language,
            busy_timeout_ms=_set_busy_timeout(),
            backup_dir=backups,
            idle_minutes=settings.idle_lock_minutes(),
            text_size=settings.text_size(),
            config_dir=paths.config_dir,  # the audit seal, loaded when the database opens
            default_location=location == str(paths.database),  # created on first use; another path is not
        )
    return command_line(argv, paths, settings, language, ctx, backups)


def _set_busy_timeout() -> int | None:
    """The environment's busy timeout, or None for the database layer's default."""
    timeout = busy_timeout_ms(-1)
    return None if timeout < 0 else timeout


def command_line(
    argv: list[str], paths: AppPaths, settings: DeskSettings, language: str, ctx: DeskContext, backups: Path
) -> int:
    from .cli import build_parser, main_cli
    from .db.engine import DEFAULT_BUSY_TIMEOUT_MS
    from .services.audit_seal import AuditSeal

    catalog = load_catalog(language)
    parser = build_parser(catalog.translate)
    known, _rest = parser.parse_known_args(argv)
    location = database_location(known.db, paths)
    default_location = location == str(paths.database)  # created on first use; another path is not
    try:
        seal: AuditSeal | None = AuditSeal.load_or_create(paths.config_dir)  # the audit key, outside the database
    except OSError:
        seal = None  # a read-only profile: entries are chained, not sealed
    if known.command is None:  # options only, the parser's way (--db=… written otherwise)
        from .ui.app import run_gui

        return run_gui(
            argv,
            location=location,
            paths=paths,
            ctx=ctx,
            language=language,
            busy_timeout_ms=busy_timeout_ms(DEFAULT_BUSY_TIMEOUT_MS),
            backup_dir=backups,
            idle_minutes=settings.idle_lock_minutes(),
            text_size=settings.text_size(),
            seal=seal,
            default_location=default_location,
        )
    return main_cli(
        argv,
        parser,
        location=location,
        backup_dir=backups,
        ctx=ctx,
        translate=catalog.translate,
        busy_timeout_ms=busy_timeout_ms(DEFAULT_BUSY_TIMEOUT_MS),
        language=language,
        seal=seal,
        default_location=default_location,
    )


if __name__ == "__main__":
    sys.exit(main())
