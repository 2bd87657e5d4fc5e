"""A scratch ledger for one import: the uid of each valid line, kept on disk, not in memory.

A file of several hundred thousand lines needs two things known over the whole file:
whether an id appears twice, and how many identical lines came before this one (to
tell two identical visits apart). Holding them in Python sets would grow with the file;
this ledger is a throw-away SQLite file in the temporary folder, with a small page
cache. It holds uids only, never a note or any other text of the file.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType


class ImportLedger:
    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="maison-import-")
        self._conn = sqlite3.connect(Path(self._folder.name) / "ledger.sqlite3", isolation_level=None)
        self._conn.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -4096;
            CREATE TABLE lines (line INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE);
            CREATE TABLE seen (content TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
            BEGIN;
            """
        )

    def __enter__(self) -> ImportLedger:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()
        self._folder.cleanup()

    def occurrence(self, content: str) -> int:
        """How many lines with this content came before (0 the first time)."""
        (count,) = self._conn.execute(
            "INSERT INTO seen (content, n) VALUES (?, 1) ON CONFLICT (content) DO UPDATE SET n = n + 1 RETURNING n",
            (content,),
        ).fetchone()
        return int(count) - 1

    def add(self, line: int, uid: str) -> bool:
        """Record the uid of ``line``; False if another line already has it."""
        try:
            self._conn.execute("INSERT INTO lines (line, uid) VALUES (?, ?)", (line, uid))
        except sqlite3.IntegrityError:
            return False
        return True

    def uids(self, first: int, last: int) -> dict[int, str]:
        """The uids of the lines from ``first`` to ``last``, both included."""
        return dict(self._conn.execute("SELECT line, uid FROM lines WHERE line BETWEEN ? AND ?", (first, last)))
