"""Opening a database to read it only, for ``db check``: nothing is created or written in the
file or beside it, whatever state it is in.

Without a -wal file, everything is in the main file: it is read as immutable, which takes
no lock and creates no -wal or -shm. With a -wal and its -shm (a desk has the database
open, or stopped short), SQLite reads both, read-only. A -wal without its -shm (files
copied by hand) is read from a private copy, since SQLite would create the -shm beside it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import CheckConstraint, create_engine, text
from sqlalchemy import exc as sa_exc

from ..domain.errors import UserError
from .engine import (
    Database,
    MayCreate,
    database_on,
    install_sqlite_behaviour,
    open_database,
    refuse_absent,
    refuse_network_filesystem,
    sqlite_path,
    storage_error,
    url_for,
)
from .models import Base
from .schema import CheckReport, check, damaged, refuse_not_a_database, unreadable


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _readable_source(path: Path, stack: ExitStack) -> tuple[Path, bool]:
    """The file SQLite should open, and whether it may be read as immutable."""
    wal = _beside(path, "-wal")
    if not wal.exists():
        return path, True
    if _beside(path, "-shm").exists():
        return path, False
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="maison-solidarite-check-")))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, _beside(copy, "-wal"))
    except OSError as exc:
        raise storage_error(exc, str(folder)) from exc
    return copy, False


@contextmanager
def open_read_only(path_or_url: str, busy_timeout_ms: int, audit_key: bytes | None = None) -> Iterator[Database]:
    """The database at ``path_or_url``, whose connections cannot write.

    A location that holds no database, an empty file or a file of another kind is refused
    first. The database keeps its own name (``where``), even when a copy is read.
    """
    url = url_for(path_or_url)
    path = sqlite_path(url)
    if path is None:  # PostgreSQL: the server keeps its files
        server = open_database(url, busy_timeout_ms, audit_key)
        try:
            yield server
        finally:
            server.dispose()
        return
    refuse_network_filesystem(path)
    refuse_absent(path, MayCreate.NOTHING)
    refuse_not_a_database(path)
    with ExitStack() as stack:
        source, immutable = _readable_source(path, stack)
        uri = f"{source.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False)

        engine = create_engine(url, creator=connect)
        install_sqlite_behaviour(engine, busy_timeout_ms, read_only=True)
        db = database_on(url, engine, engine, audit_key)
        try:
            yield db
        finally:
            db.dispose()


@contextmanager
def contents_damage(db: Database) -> Iterator[None]:
    """Values SQLite returns but that cannot be what the app wrote (a text that is no longer
    UTF-8, a date that is no longer one) are reported as damage, not as a crash."""
    try:
        yield
    except UserError as exc:
        if isinstance(exc.__cause__, sa_exc.DBAPIError):  # a read the driver gave up on
            raise unreadable(exc.__cause__, db) from exc.__cause__
        raise
    except (sa_exc.SQLAlchemyError, sqlite3.Error, ValueError, TypeError) as exc:
        raise damaged(db.where, f"{type(exc).__name__}: {exc}") from exc


def check_read_only(db: Database) -> CheckReport:
    """``check``, and the CHECK constraints, which SQLite neither reads nor verifies on a
    read-only connection: a value outside them is damage too."""
    report = check(db)
    if not db.is_sqlite or report.integrity != "ok" or report.revision != report.head:
        return report
    with contents_damage(db):
        failed = _constraints_failed(db)
    return replace(report, integrity="; ".join(failed)) if failed else report


def _constraints_failed(db: Database) -> list[str]:
    failed = []
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            checks = [c for c in table.constraints if isinstance(c, CheckConstraint)]
            if checks:
                condition = " OR ".join(f"NOT ({c.sqltext})" for c in checks)
                if session.execute(text(f'SELECT 1 FROM "{table.name}" WHERE {condition} LIMIT 1')).first():
                    failed.append(f"CHECK constraint failed in {table.name}")  # SQLite's own words
    return failed
