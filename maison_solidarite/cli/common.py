"""What every command handler receives, and the parsing of the values commands share."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO, TypeAlias

from ..db.engine import MayCreate
from ..db.schema import PreparedDatabase
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..services import Services
from ..services.audit_seal import AuditSeal
from ..services.context import DeskContext

Translate = Callable[[str, str], str]
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass(frozen=True)
class Call:
    """One run of the command line: the parsed arguments and where they apply."""

    args: argparse.Namespace
    location: str
    backup_dir: Path
    ctx: DeskContext
    busy_timeout_ms: int
    translate: Translate
    language: str
    out: TextIO
    seal: AuditSeal | None
    default_location: bool

    @property
    def audit_key(self) -> bytes | None:
        return self.seal.key if self.seal else None

    def say(self, template: str, /, **params: object) -> None:
        """One line on the output, ``template`` filled with ``params``."""
        print(template.format(**params), file=self.out)


@dataclass(frozen=True)
class Opened:
    """A call on a database prepared for it (checked, migrated if the command needs it)."""

    call: Call
    prepared: PreparedDatabase
    services: Services

    @property
    def args(self) -> argparse.Namespace:
        return self.call.args

    @property
    def translate(self) -> Translate:
        return self.call.translate

    def say(self, template: str, /, **params: object) -> None:
        self.call.say(template, **params)


@dataclass(frozen=True)
class Command:
    """A subcommand run on a prepared database; ``migrate`` brings its schema to this
    version first and runs the purges that are due."""

    handle: Callable[[Opened], None]
    migrate: bool = True


@dataclass(frozen=True)
class OwnOpening:
    """A subcommand that opens the database its own way (read-only, or to replace it);
    it returns the exit code."""

    handle: Callable[[Call], int]


Entry = Command | OwnOpening
Key = tuple[str, str | None]  # (command, action); None for a command without actions


def may_create(args: argparse.Namespace, default_location: bool) -> MayCreate:
    """The default database is created on first use; a path given with --db or
    MAISON_SOLIDARITE_DB only by ``db upgrade``. A copy never creates one (nor does
    ``db check``, which opens the file read-only)."""
    if args.command == "db" and args.action == "backup":
        return MayCreate.NOTHING
    if default_location:
        return MayCreate.FOLDERS
    return MayCreate.EMPTY_FILE if args.command == "db" and args.action == "upgrade" else MayCreate.NOTHING


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date (expected for example 2026-03-14).'), value=text
        ) from None


def parse_week(text: str) -> date:
    """The Monday of an ISO week written 2026-W48."""
    try:
        year, week = (int(part) for part in text.strip().upper().replace("-W", " ").split())
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a week (expected for example 2026-W48).'), value=text
        ) from None


def add_period(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--from and --to, both required."""
    parser.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", required=True, help=translate("Cli", "first day, YYYY-MM-DD")
    )
    parser.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", required=True, help=translate("Cli", "last day, YYYY-MM-DD")
    )
