"""Start-up: the one place where things are created, in this order:
paths, settings, database (checked, backed up, migrated), services, then the
window or the command line. Nothing is created at import time."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence

from .config import LANG_ENV, AppPaths, DeskSettings, busy_timeout_ms, database_location
from .db.engine import DEFAULT_BUSY_TIMEOUT_MS
from .domain.roles import Role
from .i18n import load_catalog
from .private import private_folder, private_umask
from .services.audit_seal import AuditSeal
from .services.context import DeskContext


def current_user() -> str:
    try:
        return getpass.getuser()[:64]
    except (KeyError, OSError):
        return "inconnu"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    private_umask()  # exports, logs, reports and copies may hold personal data
    if argv[:1] == ["--self-test"]:  # before anything reads or writes the user's folders
        from .selftest import run_self_test, self_test_language

        return run_self_test(language=self_test_language())
    paths = AppPaths.default()
    settings = DeskSettings.load(paths.settings_file)
    language = os.environ.get(LANG_ENV) or settings.desk_language()
    catalog = load_catalog(language)
    timeout = busy_timeout_ms(DEFAULT_BUSY_TIMEOUT_MS)
    # The window replaces agent and role with the account that logs in; the command line
    # acts as the operating-system user.
    ctx = DeskContext(desk_id=settings.desk_id, agent=current_user(), role=Role.AGENT)

    from .cli import build_parser, main_cli

    backups = settings.backups(paths)
    if not settings.backup_folder:  # the default folder is ours to create; a key or a share is not
        try:
            private_folder(backups)
        except OSError:
            pass  # reported, clearly, by the first backup that needs it
    parser = build_parser(catalog.translate)
    known, _rest = parser.parse_known_args(argv)
    location = database_location(known.db, paths)
    default_location = location == str(paths.database)  # created on first use; another path is not
    try:
        seal: AuditSeal | None = AuditSeal.load_or_create(paths.config_dir)  # the audit key, outside the database
    except OSError:
        seal = None  # a read-only profile: entries are chained, not sealed
    if known.command is None:
        from .ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(
            argv,
            location=location,
            paths=paths,
            ctx=ctx,
            language=language,
            busy_timeout_ms=timeout,
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
        busy_timeout_ms=timeout,
        translate=catalog.translate,
        language=language,
        seal=seal,
        default_location=default_location,
    )


if __name__ == "__main__":
    sys.exit(main())
