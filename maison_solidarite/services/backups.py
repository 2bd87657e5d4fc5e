"""Backups that happen without anyone thinking about them, and a restore that checks first.

A copy is made with the SQLite online backup API at start-up when none was made today.
Rotation keeps the last 14 daily copies and one copy for each of the last 12 months.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..db.engine import sqlite_path
from ..db.revisions import HEAD, KNOWN
from ..db.live_restore import Replaced, replace_contents
from ..db.schema import backup_sqlite, current_revision, upgrade
from ..private import private_folder, sync_file
from .audit_seal import AuditSeal
from ..domain.errors import QT_TRANSLATE_NOOP, StorageError
from ..db.engine import DEFAULT_BUSY_TIMEOUT_MS, Database, open_database, storage_error
from ..domain.roles import Action, require, requires
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


@requires(Action.MANAGE_BACKUPS)
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


@requires(Action.MANAGE_BACKUPS)
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


def _staged_copy(backup: Path, staging: Path, busy_timeout_ms: int) -> Path:
    """A consistent copy of ``backup``, migrated to this version's schema, in one synced file."""
    backup_sqlite(backup, staging, busy_timeout_ms)
    db = open_database(str(staging), busy_timeout_ms)
    try:
        if current_revision(db) != HEAD:
            upgrade(db)
    finally:
        db.dispose()
    conn = sqlite3.connect(staging)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    sync_file(staging)
    return staging


def _live_revision(current: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{current.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, TypeError):
        return None


def _free_name(folder: Path, stem: str) -> Path:
    path, n = folder / f"{stem}.sqlite3", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.sqlite3"
    return path


@requires(Action.MANAGE_BACKUPS)
def restore(current: Path, backup: Path, folder: Path, ctx: DeskContext, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Replaced:
    """Give the live database ``backup``'s content; what it held is kept aside first.

    Other desks may keep the database open: the content is copied in under SQLite's write
    lock, in one transaction that also fills the kept-aside file (db/live_restore.py).
    Nothing is renamed over the database.
    """
    require(ctx.role, Action.MANAGE_BACKUPS)
    check_restorable(backup)
    if _live_revision(current) != HEAD:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is not at this version's schema: run \"db upgrade\" first, then restore."),
            path=str(current),
        )
    private_folder(folder)
    aside = _free_name(folder, f"before-restore-{ctx.now():%Y%m%d-%H%M%S}")
    staging = folder / f".restoring-{uuid.uuid4().hex}.sqlite3"
    try:
        _staged_copy(backup, staging, busy_timeout_ms)
        return replace_contents(current, staging, aside, busy_timeout_ms)
    except sqlite3.Error as exc:
        aside.unlink(missing_ok=True)
        raise storage_error(exc, str(current)) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staging.with_name(staging.name + suffix).unlink(missing_ok=True)


@requires(Action.MANAGE_BACKUPS)
def restore_and_record(
    current: Path,
    backup: Path,
    folder: Path,
    ctx: DeskContext,
    busy_timeout_ms: int,
    seal: AuditSeal | None = None,
) -> Replaced:
    """Restore, then record in the restored trail where the replaced content was kept."""
    replaced = restore(current, backup, folder, ctx, busy_timeout_ms)
    restored = open_database(str(current), busy_timeout_ms, seal.key if seal else None)
    try:
        with restored.write() as session:
            after = {"kept_aside": str(replaced.kept_aside), "visits_kept_aside": replaced.visits_only_aside}
            audit.record(session, ctx, "restore", "database", backup.name, None, after)
        if seal is not None:
            seal.record_head(restored)  # the trail now ends with the restore: anchor it there
    finally:
        restored.dispose()
    return replaced
