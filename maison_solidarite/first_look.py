"""What the login dialog shows before the database layer is loaded.

The window paints its login dialog first and opens the database (SQLAlchemy, the checks,
the migrations, the services) while the agent types. The dialog needs three things from
the database to paint: the structure's name, the logins offered, the last one used. They
are read here with the standard library's sqlite3, read-only, in a few milliseconds.

Anything unusual (no file yet, a PostgreSQL URL, a schema this look does not know) gives
None: the window then opens the database first, as a first run does.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

STRUCTURE_NAME_KEY = "structure_name"  # services/settings.py's key


@dataclass(frozen=True)
class FirstLook:
    structure: str  # "" when none was set
    logins: tuple[str, ...]  # active accounts, in order
    last_login: str  # "" when nobody logged in yet


def first_look(location: str) -> FirstLook | None:
    """The login dialog's data, or None when the database must be opened first."""
    if "://" in location or location.startswith("file:"):
        return None  # a URL: the database layer opens it
    path = Path(location)
    if not path.is_file() or path.stat().st_size == 0:
        return None  # a first run
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> FirstLook | None:
    logins = tuple(row[0] for row in conn.execute("SELECT login FROM accounts WHERE active ORDER BY login"))
    if not logins:
        return None  # no account: the first-run wizard, which needs the database
    last = conn.execute(
        "SELECT login FROM accounts WHERE active AND last_login_at IS NOT NULL ORDER BY last_login_at DESC LIMIT 1"
    ).fetchone()
    stored = conn.execute("SELECT value FROM settings WHERE key = ?", (STRUCTURE_NAME_KEY,)).fetchone()
    structure = json.loads(stored[0]) if stored else ""
    if not isinstance(structure, str):
        raise TypeError("structure name")
    return FirstLook(structure, logins, str(last[0]) if last else "")
