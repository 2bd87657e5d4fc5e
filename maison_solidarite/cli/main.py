"""The parser, and the table from (command, action) to the handler that runs it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Required, TextIO, TypedDict, Unpack

from ..db.engine import Database
from ..db.schema import prepare_database
from ..domain.errors import ImportRejected, UserError
from ..domain.roles import Role
from ..services import Services
from ..services.audit_seal import AuditSeal
from ..services.context import DeskContext
from . import accounts, database, events, history, hub, person_key, records, rota, statistics, tally, visits
from .common import Call, Entry, Key, Opened, OwnOpening, Translate, may_create
from .parser import EXIT_USAGE, Parser

COMMANDS: dict[Key, Entry] = {
    **visits.COMMANDS,
    **database.COMMANDS,
    **records.COMMANDS,
    **accounts.COMMANDS,
    **rota.COMMANDS,
    **statistics.COMMANDS,
    **hub.COMMANDS,
    **history.COMMANDS,
    **tally.COMMANDS,
    **person_key.COMMANDS,
    **events.COMMANDS,
}


class RunOptions(TypedDict, total=False):
    """What ``run`` takes besides the parsed arguments (start-up passes them through main_cli)."""

    location: Required[str]
    backup_dir: Required[Path]
    ctx: Required[DeskContext]
    busy_timeout_ms: Required[int]
    translate: Required[Translate]
    language: str
    out: TextIO | None
    seal: AuditSeal | None
    default_location: bool


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    parser = Parser(
        translate=translate,
        prog="maison-solidarite",
        description=translate(
            "Cli", "Reception desk of a Maison de la Solidarité. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "Cli",
            "database file or URL (postgresql+psycopg://...); default: MAISON_SOLIDARITE_DB, then the user data folder",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "check this installation on a temporary database, offscreen, then exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    visits.add_parsers(commands, translate)
    database.add_parsers(commands, translate)
    records.add_audit_parser(commands, translate)
    accounts.add_parsers(commands, translate)
    rota.add_parsers(commands, translate)
    statistics.add_parsers(commands, translate)
    hub.add_parsers(commands, translate)
    history.add_parsers(commands, translate)
    tally.add_parsers(commands, translate)
    person_key.add_parsers(commands, translate)
    events.add_parsers(commands, translate)
    records.add_demo_parser(commands, translate)
    return parser


def run(
    args: argparse.Namespace,
    *,
    location: str,
    backup_dir: Path,
    ctx: DeskContext,
    busy_timeout_ms: int,
    translate: Translate,
    language: str = "fr",
    out: TextIO | None = None,
    seal: AuditSeal | None = None,
    default_location: bool = False,
) -> int:
    """Run the subcommand ``args`` names, through its handler in ``COMMANDS``."""
    call = Call(
        args=args,
        location=location,
        backup_dir=backup_dir,
        # No login here: whoever can run the command can already read a local database file
        # (on PostgreSQL, the database role grants access). The audit trail names the
        # operating-system user, who acts with every right.
        ctx=replace(ctx, role=Role.ADMINISTRATOR),
        busy_timeout_ms=busy_timeout_ms,
        translate=translate,
        language=language,
        out=out or sys.stdout,
        seal=seal,
        default_location=default_location,
    )
    entry = COMMANDS[(args.command, getattr(args, "action", None))]
    if isinstance(entry, OwnOpening):
        return entry.handle(call)
    create = may_create(args, default_location)
    prepared = prepare_database(
        location, backup_dir, busy_timeout_ms, migrate=entry.migrate, audit_key=call.audit_key, create=create
    )
    try:
        services = Services.create(prepared.db, call.ctx)
        if entry.migrate:
            services.retention.run_due_purges()  # personal data past its retention goes first
        try:
            entry.handle(Opened(call, prepared, services))
        finally:
            services.sync.close()
        return 0
    finally:
        _anchor(seal, prepared.db)
        prepared.db.dispose()


def _anchor(seal: AuditSeal | None, db: Database) -> None:
    """Each start (a command is one) keeps the audit trail's head outside the database."""
    if seal is None:
        return
    try:
        seal.record_head(db)
    except UserError:
        pass  # a database too old or damaged to read: db check says so


def report_error(exc: UserError, translate: Translate, err: TextIO | None = None) -> int:
    err = err or sys.stderr
    print(exc.render(translate), file=err)
    if isinstance(exc, ImportRejected):
        for row in exc.rows:
            print(row.render(translate), file=err)
    # 3 for a hub that does not answer (nothing lost), 2 for everything else a person can fix.
    return int(getattr(exc, "exit_code", EXIT_USAGE))


def main_cli(argv: Sequence[str], parser: argparse.ArgumentParser, **options: Unpack[RunOptions]) -> int:
    args = parser.parse_args(argv)
    try:
        return run(args, **options)
    except UserError as exc:
        return report_error(exc, options["translate"])
    except BrokenPipeError:
        # The reader went away (``rota list | head``): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
