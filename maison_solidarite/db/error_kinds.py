"""Database errors told apart by their codes: SQLite's extended result codes, PostgreSQL's
SQLSTATE and the system's errno, never by the words of a message.

What the person's environment causes (a full disk, a read-only file, a lock held past the
busy timeout, a damaged file, a server out of reach, a role without the right) becomes a
StorageError whose message says what to do. A programming error (no such table or column,
a syntax error, a constraint violated, a datatype mismatch) does not: it propagates as it
is, so that the crash dialog shows it with its report.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc

from ..domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind

# SQLite's primary result codes (the low byte of an extended code) that the environment causes.
_SQLITE_KINDS: dict[int, StorageKind] = {
    sqlite3.SQLITE_BUSY: StorageKind.BUSY,
    sqlite3.SQLITE_LOCKED: StorageKind.BUSY,
    sqlite3.SQLITE_PROTOCOL: StorageKind.BUSY,  # a lock race that did not settle
    sqlite3.SQLITE_CORRUPT: StorageKind.DAMAGED,
    sqlite3.SQLITE_NOTADB: StorageKind.DAMAGED,
    sqlite3.SQLITE_FULL: StorageKind.FULL,
    sqlite3.SQLITE_NOLFS: StorageKind.FULL,  # a file past what the system allows
    sqlite3.SQLITE_IOERR: StorageKind.DISK,
    sqlite3.SQLITE_READONLY: StorageKind.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: StorageKind.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageKind.READ_ONLY,
    sqlite3.SQLITE_AUTH: StorageKind.READ_ONLY,
    sqlite3.SQLITE_NOMEM: StorageKind.OTHER,
}

# Extended codes that say more than their primary one. A write the system refuses (no
# space, a file size limit) comes as an I/O error on the write or the sync.
_SQLITE_EXTENDED_KINDS: dict[int, StorageKind] = {
    sqlite3.SQLITE_IOERR_WRITE: StorageKind.FULL,
    sqlite3.SQLITE_IOERR_FSYNC: StorageKind.FULL,
    sqlite3.SQLITE_IOERR_DIR_FSYNC: StorageKind.FULL,
    sqlite3.SQLITE_IOERR_TRUNCATE: StorageKind.FULL,
    sqlite3.SQLITE_IOERR_SHMSIZE: StorageKind.FULL,
    sqlite3.SQLITE_IOERR_DATA: StorageKind.DAMAGED,  # a page whose checksum does not match
    sqlite3.SQLITE_IOERR_CORRUPTFS: StorageKind.DAMAGED,
    sqlite3.SQLITE_IOERR_NOMEM: StorageKind.OTHER,
}

# PostgreSQL's SQLSTATE: whole classes first, then the single codes that override them.
_SQLSTATE_CLASSES: dict[str, StorageKind] = {
    "08": StorageKind.UNREACHABLE,  # connection exception
    "28": StorageKind.UNREACHABLE,  # invalid authorization: the login is refused
    "53": StorageKind.OTHER,  # insufficient resources
    "58": StorageKind.DISK,  # system error (an I/O error on the server)
    "XX": StorageKind.DAMAGED,  # internal error: data or index corrupted
}
_SQLSTATES: dict[str, StorageKind] = {
    "53100": StorageKind.FULL,  # disk full
    "53300": StorageKind.BUSY,  # too many connections
    "57P01": StorageKind.UNREACHABLE,  # admin shutdown
    "57P02": StorageKind.UNREACHABLE,  # crash shutdown
    "57P03": StorageKind.UNREACHABLE,  # cannot connect now (starting up)
    "57P05": StorageKind.UNREACHABLE,  # idle session timeout
    "3D000": StorageKind.UNREACHABLE,  # the database named in the address does not exist
    "42501": StorageKind.DENIED,  # insufficient privilege
    "25006": StorageKind.DENIED,  # read-only transaction (a standby)
    "40001": StorageKind.BUSY,  # serialization failure
    "40P01": StorageKind.BUSY,  # deadlock detected
    "55P03": StorageKind.BUSY,  # lock not available
    "57014": StorageKind.BUSY,  # statement or lock timeout
    "XX000": StorageKind.OTHER,  # internal error: a server bug, not damage
}

_ERRNO_KINDS: dict[int, StorageKind] = {
    errno.ENOSPC: StorageKind.FULL,
    errno.EDQUOT: StorageKind.FULL,
    errno.EFBIG: StorageKind.FULL,
    errno.EIO: StorageKind.DISK,
    errno.EROFS: StorageKind.READ_ONLY,
    errno.EACCES: StorageKind.READ_ONLY,
    errno.EPERM: StorageKind.READ_ONLY,
    errno.ENOENT: StorageKind.READ_ONLY,
    errno.ENOTDIR: StorageKind.READ_ONLY,
    errno.EISDIR: StorageKind.READ_ONLY,
}

_MESSAGES: dict[StorageKind, str] = {
    StorageKind.BUSY: QT_TRANSLATE_NOOP(
        "Errors",
        "The database {where} is in use by another program and did not become free in time. "
        "Close the other program or try again in a moment.",
    ),
    StorageKind.DAMAGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The file {where} is not a Maison de la Solidarité database, or it is damaged. "
        "Choose another file or restore a backup.",
    ),
    StorageKind.FULL: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {where} is full: nothing was saved. Free some space, then try again.",
    ),
    StorageKind.DISK: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {where} could not be read or written (an input/output error): nothing was saved. "
        "Check the disk or the USB key, then try again.",
    ),
    StorageKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors",
        "The database {where} cannot be written. Check that the folder exists and that you may write in it.",
    ),
    StorageKind.DENIED: QT_TRANSLATE_NOOP(
        "Errors",
        "The database server {where} refused this operation ({detail}): the account in the database address "
        "lacks the right, or the server only accepts reading. Ask the person who looks after the server.",
    ),
    StorageKind.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "The database server {where} cannot be reached or refused the connection ({detail}). Check that it "
        "is running and that the network, the user, the password and the database name are right.",
    ),
    StorageKind.OTHER: QT_TRANSLATE_NOOP("Errors", "The database {where} could not be used: {detail}"),
}


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception, under SQLAlchemy's wrapper."""
    orig = getattr(exc, "orig", None) if isinstance(exc, sa_exc.DBAPIError) else None
    return orig if isinstance(orig, BaseException) else exc


def _sqlite_kind(error: sqlite3.Error) -> StorageKind | None:
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None  # raised by Python's sqlite3 module itself: a misuse
    return _SQLITE_EXTENDED_KINDS.get(code) or _SQLITE_KINDS.get(code & 0xFF)


def _postgresql_kind(sqlstate: str | None, wrapper: BaseException) -> StorageKind | None:
    if sqlstate is None:
        # psycopg gives no SQLSTATE when libpq could not open or keep the connection.
        return StorageKind.UNREACHABLE if isinstance(wrapper, sa_exc.OperationalError) else None
    return _SQLSTATES.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])


def storage_kind(exc: BaseException) -> StorageKind | None:
    """What in the environment ``exc`` reports, or None for a programming error."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return StorageKind.UNREACHABLE  # SQLAlchemy saw the connection drop
    error = _driver_error(exc)
    if isinstance(error, sqlite3.Error):
        return _sqlite_kind(error)
    if isinstance(error, OSError):
        return _ERRNO_KINDS.get(error.errno or 0, StorageKind.OTHER)
    if hasattr(error, "sqlstate"):  # psycopg
        sqlstate = getattr(error, "sqlstate", None)
        return _postgresql_kind(sqlstate if isinstance(sqlstate, str) else None, exc)
    return None


def detail_of(exc: BaseException) -> str:
    """The driver's first line, for a message that quotes it."""
    text = str(_driver_error(exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def kind_error(kind: StorageKind, where: str, detail: str = "") -> StorageError:
    """The message of ``kind`` about the database ``where``."""
    error = StorageError(_MESSAGES[kind], where=where, detail=detail)
    error.kind = kind
    return error


def storage_error(exc: BaseException, where: str) -> StorageError:
    """The StorageError for an error of the environment, to raise ``from exc``.

    A programming error is raised again as it is, so that it reaches the crash dialog.
    """
    kind = storage_kind(exc)
    if kind is None:
        raise exc
    return kind_error(kind, where, detail_of(exc))


@contextmanager
def environment_errors(where: str) -> Iterator[None]:
    """Turn the database errors of the environment raised inside into StorageErrors."""
    try:
        yield
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        raise storage_error(exc, where) from exc
