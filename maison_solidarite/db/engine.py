"""Engine factory and transaction scopes.

Every SQLite connection gets WAL, ``synchronous=FULL``, foreign keys and a busy
timeout. Read scopes begin a deferred transaction; write scopes begin with
``BEGIN IMMEDIATE`` so that two desks never deadlock on a lock upgrade.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind
from ..private import private_folder
from .error_kinds import environment_errors, kind_error
from .error_kinds import storage_error as storage_error  # where the services have always found it

DEFAULT_BUSY_TIMEOUT_MS = 5000


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def url_for(path_or_url: str) -> str:
    """Accept either a SQLAlchemy URL or a plain file path."""
    if "://" in path_or_url:
        return path_or_url
    return f"sqlite:///{Path(path_or_url).expanduser().absolute()}"


NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "fuse.sshfs", "davfs", "fuse.davfs2"}
)


def filesystem_of(path: Path, mounts: str) -> str | None:
    """The type of the file system holding ``path``, from the text of /proc/mounts."""
    best, kind = "", None
    target = str(path.resolve())
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, fields[2]
    return kind


def refuse_network_filesystem(path: Path, mounts: str | None = None) -> None:
    """SQLite's locks do not hold on SMB/CIFS or NFS: two desks there can corrupt the file."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return  # not Linux: nothing to read (Windows shares are refused by their UNC path below)
    kind = filesystem_of(path.parent if not path.exists() else path, mounts)
    if kind in NETWORK_FILESYSTEMS or str(path).startswith("\\\\"):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} is on a network share ({kind}). SQLite cannot lock a file there safely, and "
                "two desks could damage it: keep the file on this computer, or give the desks a PostgreSQL "
                "database (--db postgresql+psycopg://...).",
            ),
            where=str(path),
            kind=kind or "UNC",
        )


class MayCreate(IntEnum):
    """What opening a SQLite location may create; each level allows the ones before it."""

    NOTHING = 0  # an existing database only (most commands on a path given with --db)
    FILE = 1  # and a file not there yet, in a folder that exists (the window's first run there)
    EMPTY_FILE = 2  # and an empty file, made a database (db upgrade)
    FOLDERS = 3  # and the missing folders (the default database, in the user's data folder)


def refuse_absent(path: Path, create: MayCreate) -> None:
    """Refuse a location that holds no file, unless ``create`` allows making one there.

    It writes nothing: a mistyped --db must not leave a new file or folder behind.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise kind_error(StorageKind.READ_ONLY, str(path))
    if not folder.exists() and create < MayCreate.FOLDERS:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} does not exist, so there is no database {where}. "
                "Check the path given with --db or MAISON_SOLIDARITE_DB.",
            ),
            folder=str(folder),
            where=str(path),
        )
    if not path.exists() and create < MayCreate.FILE:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'There is no database {where}. Check the path, or create a new database there with "db upgrade".',
            ),
            where=str(path),
        )


def empty_database(where: str) -> StorageError:
    """A file that holds no table yet (0 bytes, say) is made a database only when asked."""
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {where} is empty: it holds no Maison de la Solidarité database. "
            'Check the path, or make it a new database with "db upgrade".',
        ),
        where=where,
    )


def install_sqlite_behaviour(engine: Engine, busy_timeout_ms: int, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # The driver must not open transactions by itself: we emit BEGIN below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if read_only:  # a check: the file keeps its journal mode, and nothing can be written
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            # Deleted and overwritten content is zeroed, so purged personal data leaves no trace.
            cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite does."""
    if path.exists():
        return
    try:
        private_folder(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise kind_error(StorageKind.READ_ONLY, str(path), str(exc)) from exc


@dataclass
class Database:
    """The engine and the two kinds of transaction scope the services use."""

    url: str
    engine: Engine
    _read: sessionmaker[Session]
    _write: sessionmaker[Session]
    # The key that seals audit entries, kept outside the database (services/audit_seal.py).
    audit_key: bytes | None = None

    @property
    def where(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; the environment's errors come out as StorageErrors, bugs as they are."""
        with environment_errors(self.where), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that is committed whole, or not at all."""
        with environment_errors(self.where), self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    def sharing(self) -> dict[str, Any]:
        """The fields a database of another kind takes to work on the same engine and scopes."""
        return {
            "url": self.url,
            "engine": self.engine,
            "_read": self._read,
            "_write": self._write,
            "audit_key": self.audit_key,
        }


def open_database(
    path_or_url: str,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    audit_key: bytes | None = None,
    *,
    create: MayCreate = MayCreate.FOLDERS,
) -> Database:
    """Open a database; a SQLite file is created (owner-only) only as far as ``create`` allows."""
    url = url_for(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        refuse_network_filesystem(path)
        refuse_absent(path, create)
        _create_private_file(path)
        # check_same_thread off: the window reads from worker threads; the pool lends each
        # connection to one thread at a time.
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False})
        install_sqlite_behaviour(engine, busy_timeout_ms)
        write_bind: Engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    else:
        engine = create_engine(url, pool_pre_ping=True)
        write_bind = engine
    return database_on(url, engine, write_bind, audit_key)


def database_on(url: str, engine: Engine, write_bind: Engine, audit_key: bytes | None) -> Database:
    info = {"audit_key": audit_key}
    return Database(
        url=url,
        engine=engine,
        _read=sessionmaker(engine, expire_on_commit=False, info=info),
        _write=sessionmaker(write_bind, expire_on_commit=False, info=info),
        audit_key=audit_key,
    )
