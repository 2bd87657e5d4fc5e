"""Backups that happen without anyone thinking about them, and a restore that checks first.

A copy is made with the SQLite online backup API at start-up when none was made today.
Rotation keeps the last 14 daily copies and one copy for each of the last 12 months.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..db.engine import sqlite_path
from ..db.revisions import KNOWN
from ..db.schema import backup_sqlite, prepare_database
from ..domain.errors import QT_TRANSLATE_NOOP, StorageError
from ..db.engine import Database
from ..domain.roles import Action, require
from . import audit
from .context import DeskContext

DAILY_KEPT = 14
MONTHLY_KEPT = 12
NAME = re.compile(r"^maison-solidarite-(\d{8})-(\d{6})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime


def backups_in(folder: Path) -> list[Backup]:
    found = []
    for path in folder.glob("maison-solidarite-*.sqlite3"):
        match = NAME.match(path.name)
        if match:
            found.append(Backup(path, datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")))
    return sorted(found, key=lambda b: b.taken)


def to_keep(backups: list[Backup]) -> set[Path]:
    """The newest copy of each of the last 14 days that have one, and of the last 12 months."""
    newest_of_day: dict[date, Backup] = {}
    newest_of_month: dict[tuple[int, int], Backup] = {}
    for backup in backups:
        newest_of_day[backup.taken.date()] = backup
        newest_of_month[(backup.taken.year, backup.taken.month)] = backup
    days = sorted(newest_of_day)[-DAILY_KEPT:]
    months = sorted(newest_of_month)[-MONTHLY_KEPT:]
    return {newest_of_day[d].path for d in days} | {newest_of_month[m].path for m in months}


def rotate(folder: Path) -> list[Path]:
    """Delete the copies that the rotation no longer keeps; return them."""
    backups = backups_in(folder)
    keep = to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _folder_ready(folder: Path) -> Path:
    if not folder.exists() or not folder.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup folder {folder} does not exist: plug in the key or the share, or choose another folder."),
            folder=str(folder),
        )
    return folder


def check_folder(ctx: DeskContext, folder: Path) -> Path:
    """An administrator's choice of backup folder: it must exist and take files."""
    require(ctx.role, Action.MANAGE_BACKUPS)
    _folder_ready(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot take files: choose a folder you may write to."),
            folder=str(folder),
        )
    return folder


def back_up_now(db: Database, ctx: DeskContext, folder: Path) -> Path:
    """"Sauvegarder maintenant": an administrator's copy, on demand."""
    require(ctx.role, Action.MANAGE_BACKUPS)
    return _back_up(db, ctx, folder)


def _back_up(db: Database, ctx: DeskContext, folder: Path) -> Path:
    source = sqlite_path(db.url)
    if source is None:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "Use pg_dump to back up a PostgreSQL database."))
    _folder_ready(folder)
    target = folder / f"maison-solidarite-{ctx.now():%Y%m%d-%H%M%S}.sqlite3"
    backup_sqlite(source, target)
    rotate(folder)
    with db.write() as session:
        audit.record(session, ctx, "backup", "database", target.name, None, {"folder": str(folder)})
    return target


def back_up_if_due(db: Database, ctx: DeskContext, folder: Path) -> Path | None:
    """The start-up copy: made when the folder holds none of today."""
    if sqlite_path(db.url) is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    today = ctx.now().date()
    if any(b.taken.date() == today for b in backups_in(folder)):
        return None
    return _back_up(db, ctx, folder)  # automatic: whoever is at the desk


def check_restorable(path: Path) -> str:
    """Refuse a file that is not an intact database of a schema this version knows."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Maison de la Solidarité database, or it is damaged. Choose another file or restore a backup."),
            path=str(path),
        ) from None
    if integrity != "ok":
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged ({detail}): choose another one."), path=str(path), detail=integrity)
    if revision not in KNOWN:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} comes from a newer version of Maison de la Solidarité (schema {revision}): install it first."),
            path=str(path),
            revision=revision,
        )
    return revision


def restore(current: Path, backup: Path, folder: Path, ctx: DeskContext) -> Path:
    """Put ``backup`` in the place of ``current``; the current database is copied aside first.

    To be called with the database closed (no engine open on it).
    """
    require(ctx.role, Action.MANAGE_BACKUPS)
    check_restorable(backup)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if current.exists():
        backup_sqlite(current, aside)
    partial = current.with_name(current.name + ".restoring")
    shutil.copyfile(backup, partial)
    partial.chmod(0o600)
    for suffix in ("-wal", "-shm"):
        current.with_name(current.name + suffix).unlink(missing_ok=True)
    partial.replace(current)
    return aside


def restore_and_record(current: Path, backup: Path, folder: Path, ctx: DeskContext, busy_timeout_ms: int) -> Path:
    """Restore, then open the restored database (migrated if it is older) and record the restore in it."""
    aside = restore(current, backup, folder, ctx)
    restored = prepare_database(str(current), folder, busy_timeout_ms).db
    try:
        with restored.write() as session:
            audit.record(session, ctx, "restore", "database", backup.name, None, {"kept_aside": str(aside)})
    finally:
        restored.dispose()
    return aside
