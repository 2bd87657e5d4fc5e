"""Schema version checks, backups with the SQLite backup API, and migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect, text

from ..domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind
from ..private import make_private, private_folder, sync_file, sync_folder
from .engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    Database,
    MayCreate,
    empty_database,
    open_database,
    refuse_absent,
    refuse_network_filesystem,
    sqlite_path,
    storage_error,
    url_for,
)
from .error_kinds import environment_errors, kind_error, storage_kind
from .revisions import HEAD, KNOWN

if TYPE_CHECKING:
    from alembic.config import Config


def _alembic_config() -> Config:
    # Alembic is imported only to migrate: a start at the current schema does without it.
    from alembic.config import Config

    config = Config()
    location = resources.files("maison_solidarite.db") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    return HEAD


def _known(revision: str) -> bool:
    return revision in KNOWN


def _too_new(where: str, revision: str) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {where} was written by a newer version of Maison de la Solidarité "
            "(schema {revision}). It was left untouched: install the newer version to open it.",
        ),
        where=where,
        revision=revision,
    )


SQLITE_HEADER = b"SQLite format 3\x00"


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc


def _read_only_revision(path: Path, busy_timeout_ms: int) -> str | None:
    """The file's schema revision, read without writing a byte to it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not _has_sqlite_header(path):  # SQLite takes a file of a few bytes for an empty database
        raise kind_error(StorageKind.DAMAGED, str(path))
    # Without a -wal file, everything is in the main file: read it as immutable, which
    # creates no -wal or -shm file beside it. With one, SQLite needs its shared memory.
    wal = path.with_name(path.name + "-wal")
    uri = f"{path.as_uri()}?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) from exc
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if tables:  # another program's database
                raise kind_error(StorageKind.DAMAGED, str(path))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) from exc
    finally:
        conn.close()


def current_revision(db: Database) -> str | None:
    """The schema revision Alembic recorded; None for a database it has not touched yet."""
    with environment_errors(db.where), db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    return str(row[0]) if row else None


def backup_sqlite(source: Path, target: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Path:
    """Copy a live SQLite database with the online backup API (consistent, even while written).

    The copy is written beside ``target``, readable by its owner only, synced to disk,
    then renamed into place: a full disk or a crash leaves no partial copy under its name.
    """
    partial = target.with_name(target.name + ".part")
    try:
        private_folder(target.parent)
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        make_private(partial)
        sync_file(partial)
        partial.replace(target)
        sync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise storage_error(exc, str(target)) from exc
    return target


def default_backup_name(prefix: str = "maison-solidarite") -> str:
    return f"{prefix}-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"


@dataclass(frozen=True)
class PreparedDatabase:
    db: Database
    backup: Path | None  # the copy made before migrating, if one was needed


def prepare_database(
    path_or_url: str,
    backup_dir: Path,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    *,
    migrate: bool = True,
    audit_key: bytes | None = None,
    create: MayCreate = MayCreate.FOLDERS,
) -> PreparedDatabase:
    """Check the schema version, back up, migrate to head, and return the database.

    A database written by a newer version is refused before anything is written to it, and
    so is a location that holds no database yet, unless ``create`` allows making it.
    """
    url = url_for(path_or_url)
    path = sqlite_path(url)
    head = head_revision()
    backup = None
    if path is not None:
        refuse_network_filesystem(path)
        refuse_absent(path, create)
        existed = path.exists()
        revision = _read_only_revision(path, busy_timeout_ms)
        if existed and revision is None and create < MayCreate.EMPTY_FILE:
            raise empty_database(str(path))
        if revision is not None and not _known(revision):
            raise _too_new(str(path), revision)
        if migrate and revision is not None and revision != head:
            backup = backup_sqlite(path, backup_dir / default_backup_name(f"before-{head}"), busy_timeout_ms)
    db = open_database(url, busy_timeout_ms, audit_key, create=create)
    try:
        revision = current_revision(db)
        if revision is not None and not _known(revision):
            raise _too_new(db.where, revision)
        if migrate and revision != head:
            with environment_errors(db.where):  # a migration that fails on a bug reaches the crash dialog
                upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return PreparedDatabase(db, backup)


def upgrade(db: Database) -> None:
    from alembic import command

    config = _alembic_config()
    write_engine = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    with write_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head


def check(db: Database) -> CheckReport:
    """SQLite's integrity check and the schema version; a newer schema is refused.

    A file that SQLite cannot read through is reported damaged, not a crash.
    """
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                integrity = "; ".join(str(r[0]) for r in rows)
            else:
                integrity = "ok"
    except sa_exc.DBAPIError as exc:
        raise unreadable(exc, db) from exc
    except UnicodeDecodeError as exc:  # SQLite's message quotes damaged bytes of the schema
        raise damaged(db.where, exc.object.decode("utf-8", "replace")) from exc
    try:
        revision = current_revision(db)
    except (StorageError, UnicodeDecodeError):
        if integrity == "ok":
            raise
        revision = None  # the integrity check has said what is wrong
    report = CheckReport(integrity=integrity, revision=revision, head=head_revision())
    if report.revision is not None and not _known(report.revision):
        raise _too_new(db.where, report.revision)
    return report


def damaged(where: str, detail: str) -> StorageError:
    """What SQLite found wrong, on one line, with the way out."""
    detail = " ".join(detail.split())
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors", 'The database {where} is damaged ({detail}). Restore a backup with "db restore FILE".'
        ),
        where=where,
        detail=detail if len(detail) <= 200 else detail[:199] + "…",
    )


# A read that fails for these reasons says nothing of the file's state.
NOT_DAMAGE = frozenset({StorageKind.BUSY, StorageKind.READ_ONLY, StorageKind.DENIED, StorageKind.UNREACHABLE})


def unreadable(exc: sa_exc.DBAPIError, db: Database) -> StorageError:
    """A read that failed: the database in use, or not ours to read, or else damaged."""
    if not db.is_sqlite or storage_kind(exc) in NOT_DAMAGE:
        return storage_error(exc, db.where)  # in use, or not ours to read: not damage
    return damaged(db.where, str(exc.orig))


def refuse_not_a_database(path: Path) -> None:
    """An existing file that cannot be a SQLite database is refused before SQLite opens it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc
    if size == 0:
        raise empty_database(str(path))
    if not _has_sqlite_header(path):
        raise kind_error(StorageKind.DAMAGED, str(path))
