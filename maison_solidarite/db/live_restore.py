"""Put a copy's content into the live database in one transaction, under SQLite's own locks.

No file is ever renamed over a database that another desk may hold open. The copy,
migrated to this version's schema and synced to disk first, is attached to a connection
whose main database is the new kept-aside file; then, in one write transaction that holds
the live database's write lock from start to end:

1. every table of the live database is copied into the kept-aside file;
2. every table of the live database is emptied and filled from the copy.

Main is committed before the live database (SQLite commits attached WAL databases in
order), so a visit another desk confirmed before the transaction is in the kept-aside
file, and one confirmed after it is in the live database. Another desk waits, at most its
busy timeout, and is told the database is busy: it confirms nothing it did not store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..private import make_private, open_private, sync_file

# Not copied: SQLite's own tables, the permit that exists only inside a purge, and the daily
# counts, which the triggers keep as the visits are copied (migration 0010).
_SKIPPED = ("sqlite_", "audit_purge_permit", "daily_")


@dataclass(frozen=True)
class Replaced:
    kept_aside: Path
    visits_only_aside: int  # visits of the replaced database that the copy does not hold


def _tables(conn: sqlite3.Connection, schema: str) -> list[tuple[str, list[str]]]:
    names = [
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name")
        if not row[0].startswith(_SKIPPED)
    ]
    return [(name, [col[1] for col in conn.execute(f"PRAGMA {schema}.table_info('{name}')")]) for name in names]


def _create_schema(conn: sqlite3.Connection) -> None:
    """The live database's tables, indexes and triggers, empty, in main (the kept-aside file)."""
    rows = conn.execute(
        "SELECT type, sql FROM live.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
    for _kind, sql in sorted(rows, key=lambda r: order.get(r[0], 4)):
        conn.execute(sql)


def _has_sequence(conn: sqlite3.Connection, schema: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name = 'sqlite_sequence'").fetchone() is not None


def replace_contents(
    live: Path,
    copy: Path,
    aside: Path,
    busy_timeout_ms: int,
    in_transaction: Callable[[sqlite3.Connection], None] | None = None,
) -> Replaced:
    """Keep ``live`` aside in ``aside``, then give it ``copy``'s content, in one transaction.

    ``copy`` must be at the live database's schema. ``in_transaction`` runs last inside the
    transaction, with the live database attached as ``live`` (to record the restore).
    """
    with open_private(aside, "wb"):
        pass  # created owner-only before SQLite writes to it
    conn = sqlite3.connect(aside, timeout=busy_timeout_ms / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS live", (str(live),))
        conn.execute("ATTACH DATABASE ? AS restored", (str(copy),))
        conn.execute("PRAGMA live.synchronous = FULL")
        conn.execute("PRAGMA live.secure_delete = ON")  # the rows replaced leave no bytes behind
        _create_schema(conn)
        tables = _tables(conn, "live")
        sequences = _has_sequence(conn, "live") and _has_sequence(conn, "restored")
        conn.execute("BEGIN IMMEDIATE")
        try:
            _fill(conn, tables, sequences)
            only_aside = conn.execute(
                "SELECT count(*) FROM main.visits WHERE uid NOT IN (SELECT uid FROM restored.visits)"
            ).fetchone()[0]
            if in_transaction is not None:
                in_transaction(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE restored")
        conn.execute("DETACH DATABASE live")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        conn.close()
    make_private(aside)
    sync_file(aside)
    return Replaced(aside, int(only_aside))


def _fill(conn: sqlite3.Connection, tables: list[tuple[str, list[str]]], sequences: bool) -> None:
    for name, columns in tables:
        listed = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f'INSERT INTO main."{name}" ({listed}) SELECT {listed} FROM live."{name}"')
    conn.execute("INSERT INTO live.audit_purge_permit (id) VALUES (1)")  # the append-only trigger lets this through
    for name, _columns in tables:
        conn.execute(f'DELETE FROM live."{name}"')
    for name, columns in tables:
        listed = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f'INSERT INTO live."{name}" ({listed}) SELECT {listed} FROM restored."{name}"')
    conn.execute("DELETE FROM live.audit_purge_permit")
    if sequences:
        conn.execute("DELETE FROM live.sqlite_sequence")
        conn.execute("INSERT INTO live.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
