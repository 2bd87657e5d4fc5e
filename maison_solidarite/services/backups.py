"""Backups that happen without anyone thinking about them, and a restore that checks first.

A copy is made with the SQLite online backup API at start-up when none was made today.
Rotation keeps the last 14 daily copies and one copy for each of the last 12 months. A copy
made on demand ("Sauvegarder maintenant", ``db backup``) is named ``…-manual`` and is never
rotated away: only whoever made it deletes it.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..db.engine import DEFAULT_BUSY_TIMEOUT_MS, Database, open_database, sqlite_path, storage_error
from ..db.live_restore import Replaced, replace_contents
from ..db.revisions import HEAD, KNOWN
from ..db.schema import backup_sqlite, current_revision, upgrade
from ..domain.errors import QT_TRANSLATE_NOOP, StorageError
from ..domain.roles import Action, requires
from ..private import private_folder, sync_file
from . import audit
from .audit_seal import AuditSeal
from .context import DeskContext

DAILY_KEPT = 14
MONTHLY_KEPT = 12
# maison-solidarite-20261117-100000.sqlite3, …-manual.sqlite3, and -2, -3… for a second copy in one second
NAME = re.compile(r"^maison-solidarite-(\d{8})-(\d{6})(-manual)?(?:-(\d+))?\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    manual: bool = False  # made on demand: kept until someone deletes it


def backups_in(folder: Path) -> list[Backup]:
    """The automatic and the manual copies in ``folder``, oldest first."""
    found: list[tuple[datetime, int, Backup]] = []
    for path in folder.glob("maison-solidarite-*.sqlite3"):
        match = NAME.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            found.append((taken, int(match.group(4) or 1), Backup(path, taken, manual=match.group(3) is not None)))
    return [backup for _taken, _n, backup in sorted(found, key=lambda t: (t[0], t[1]))]


def to_keep(backups: list[Backup]) -> set[Path]:
    """Every manual copy; of the automatic ones, the newest of each of the last 14 days that
    have one, and of the last 12 months."""
    newest_of_day: dict[date, Backup] = {}
    newest_of_month: dict[tuple[int, int], Backup] = {}
    automatic = [backup for backup in backups if not backup.manual]
    for backup in automatic:
        newest_of_day[backup.taken.date()] = backup
        newest_of_month[(backup.taken.year, backup.taken.month)] = backup
    days = sorted(newest_of_day)[-DAILY_KEPT:]
    months = sorted(newest_of_month)[-MONTHLY_KEPT:]
    manual = {backup.path for backup in backups if backup.manual}
    return manual | {newest_of_day[d].path for d in days} | {newest_of_month[m].path for m in months}


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
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup folder {folder} does not exist: plug in the key or the share, or choose another folder.",
            ),
            folder=str(folder),
        )
    return folder


@requires(Action.MANAGE_BACKUPS)
def check_folder(ctx: DeskContext, folder: Path) -> Path:
    """An administrator's choice of backup folder: it must exist and take files."""
    _folder_ready(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot take files: choose a folder you may write to."),
            folder=str(folder),
        )
    return folder


@requires(Action.MANAGE_BACKUPS)
def back_up_now(db: Database, ctx: DeskContext, folder: Path) -> Path:
    """ "Sauvegarder maintenant": an administrator's copy, on demand, kept out of the rotation."""
    return _back_up(db, ctx, folder, manual=True)


@requires(Action.MANAGE_BACKUPS)
def back_up_to(db: Database, ctx: DeskContext, output: Path) -> Path:
    """``db backup -o``: a copy at ``output``, or inside it under a manual copy's name if it
    is a folder. The folder must exist; nothing is rotated there."""
    source = _source(db)
    into_folder = output.is_dir()
    if into_folder:
        target = new_copy_name(output, ctx.now(), manual=True)
    else:  # a file: replaced whole once the copy is complete, as the other outputs are
        _refuse_output(output, source)
        target = output
    _copy(db, ctx, source, target, claimed=into_folder)
    return target


def _refuse_output(output: Path, source: Path) -> None:
    if not output.parent.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The folder {folder} does not exist: nothing was written. Choose a folder that exists."
            ),
            folder=str(output.parent),
        )
    database = source.resolve()
    if output.resolve() in {database, *(database.with_name(database.name + end) for end in ("-wal", "-shm"))}:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "A backup cannot be written over the database {path} itself: choose another file."
            ),
            path=str(output),
        )


def _source(db: Database) -> Path:
    source = sqlite_path(db.url)
    if source is None:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "Use pg_dump to back up a PostgreSQL database."))
    return source


def new_copy_name(folder: Path, taken: datetime, *, manual: bool) -> Path:
    """A free name for a copy, claimed at once (an empty file, owner-only) so that two copies
    made in the same second, from this desk or another, never share it."""
    stem = f"maison-solidarite-{taken:%Y%m%d-%H%M%S}" + ("-manual" if manual else "")
    for n in itertools.count(1):
        path = folder / (f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        except OSError as exc:
            raise storage_error(exc, str(path)) from exc
        return path
    raise AssertionError("unreachable")


def _copy(db: Database, ctx: DeskContext, source: Path, target: Path, *, claimed: bool) -> None:
    """Copy the database to ``target`` and record it. A failed copy leaves ``target`` as it
    was, and frees a name that ``new_copy_name`` claimed for it."""
    try:
        backup_sqlite(source, target)
    except BaseException:
        if claimed:
            target.unlink(missing_ok=True)
        raise
    with db.write() as session:
        audit.record(session, ctx, "backup", "database", target.name, None, {"folder": str(target.parent)})


def _back_up(db: Database, ctx: DeskContext, folder: Path, *, manual: bool) -> Path:
    source = _source(db)
    _folder_ready(folder)
    target = new_copy_name(folder, ctx.now(), manual=manual)
    _copy(db, ctx, source, target, claimed=True)
    rotate(folder)  # thins the automatic copies only
    return target


def back_up_if_due(db: Database, ctx: DeskContext, folder: Path) -> Path | None:
    """The start-up copy: made when the folder holds no automatic copy of today."""
    if sqlite_path(db.url) is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    today = ctx.now().date()
    if any(b.taken.date() == today and not b.manual for b in backups_in(folder)):
        return None
    return _back_up(db, ctx, folder, manual=False)  # automatic: whoever is at the desk


def check_restorable(path: Path) -> str:
    """Refuse a file that is not an intact database of a schema this version knows."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revision: str = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is not a Maison de la Solidarité database, or it is damaged. Choose another file or restore a backup.",
            ),
            path=str(path),
        ) from None
    if integrity != "ok":
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged ({detail}): choose another one."),
            path=str(path),
            detail=integrity,
        )
    if revision not in KNOWN:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} comes from a newer version of Maison de la Solidarité (schema {revision}): install it first.",
            ),
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
            revision: str | None = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            return revision
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
def restore(
    current: Path, backup: Path, folder: Path, ctx: DeskContext, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Replaced:
    """Give the live database ``backup``'s content; what it held is kept aside first.

    Other desks may keep the database open: the content is copied in under SQLite's write
    lock, in one transaction that also fills the kept-aside file (db/live_restore.py).
    Nothing is renamed over the database.
    """
    check_restorable(backup)
    if _live_revision(current) != HEAD:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", 'The database {path} is not at this version\'s schema: run "db upgrade" first, then restore.'
            ),
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


class BackupService:
    """The copies of this desk's database, for the window: the Services bundle's ``backups``."""

    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @property
    def restorable(self) -> bool:
        """Whether the database is a SQLite file, which a copy may replace."""
        return sqlite_path(self.db.url) is not None

    def back_up_if_due(self, folder: Path) -> Path | None:
        """The automatic copy of the day (see the module function), whoever is at the desk."""
        return back_up_if_due(self.db, self.ctx, folder)

    @requires(Action.MANAGE_BACKUPS)
    def back_up_now(self, folder: Path) -> Path:
        return back_up_now(self.db, self.ctx, folder)

    @requires(Action.MANAGE_BACKUPS)
    def check_folder(self, folder: Path) -> Path:
        return check_folder(self.ctx, folder)

    @requires(Action.MANAGE_BACKUPS)
    def check_restorable(self, path: Path) -> str:
        return check_restorable(path)

    @requires(Action.MANAGE_BACKUPS)
    def restore_and_record(self, backup: Path, folder: Path, seal: AuditSeal | None = None) -> Replaced:
        """Put ``backup`` in the place of this database; what it held is kept in ``folder``."""
        current = sqlite_path(self.db.url)
        if current is None:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "Only a database file can be restored from a copy."))
        replaced = restore_and_record(current, backup, folder, self.ctx, DEFAULT_BUSY_TIMEOUT_MS, seal)
        self.db.dispose()
        return replaced
