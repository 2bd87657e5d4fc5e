"""An audit trail that cannot be shortened or rewritten unseen by someone who edits the file alone.

Each case starts from the same sealed and anchored database, then does to the file what a
person with only the database (sqlite3, the app's public hash recipe) could do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.__main__ import main
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.audit import (
    ALTERED,
    FIELDS,
    REWRITTEN,
    SHORTENED,
    UNSEALED,
    entry_hash,
    purge_older_than,
    verify_chain,
)
from maison_solidarite.services.audit_seal import AuditSeal
from maison_solidarite.services.context import DeskContext

ENTRIES = 12
NOW = datetime(2026, 11, 24, 10, 30)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A database of ENTRIES sealed entries whose head this computer anchored; its bytes."""
    folder = tmp_path_factory.mktemp("sealed")
    seal = AuditSeal.load_or_create(folder / "config")
    path = folder / "maison.sqlite3"
    prepared = prepare_database(str(path), folder / "backups", audit_key=seal.key)
    services = Services.create(prepared.db, DeskContext("desk-1", "agent.1", lambda: NOW, role=Role.ADMINISTRATOR))
    rights = services.categories.find("rights").id
    for n in range(ENTRIES):
        services.visits.log(rights, NOW.replace(minute=n))
    assert seal.record_head(prepared.db) is not None
    prepared.db.dispose()
    return folder, path.read_bytes()


def restore_pristine(pristine: tuple[Path, bytes]) -> tuple[Path, AuditSeal]:
    folder, content = pristine
    path = folder / "maison.sqlite3"
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(content)
    return path, AuditSeal.load_or_create(folder / "config")


@pytest.fixture
def sealed(pristine: tuple[Path, bytes]) -> tuple[Path, AuditSeal]:
    return restore_pristine(pristine)


def verdict(path: Path, seal: AuditSeal) -> tuple[str, int | None]:
    prepared = prepare_database(str(path), path.parent / "backups", migrate=False, audit_key=seal.key)
    try:
        report = verify_chain(prepared.db, seal)
    finally:
        prepared.db.dispose()
    return report.problem, report.broken_at


def tamper(path: Path, edit: Callable[[sqlite3.Connection], None]) -> None:
    """What someone with the file alone can do: drop the triggers, edit, put nothing back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("DROP TRIGGER audit_log_append_only_delete")
    edit(conn)
    conn.close()


def recompute(conn: sqlite3.Connection, *, unseal: bool) -> None:
    """Rebuild every hash with the application's own public recipe."""
    previous = ""
    for row in conn.execute(f"SELECT id, {', '.join(FIELDS)} FROM audit_log ORDER BY id").fetchall():
        values = dict(zip(FIELDS, row[1:], strict=True)) | {"at": str(row[1])[:19]}
        digest = entry_hash(previous, values)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (previous, digest, row[0]))
        if unseal:
            conn.execute("UPDATE audit_log SET key_id = NULL, seal = NULL WHERE id = ?", (row[0],))
        previous = digest


def test_the_untouched_trail_is_intact_sealed_and_anchored(sealed) -> None:
    path, seal = sealed
    assert verdict(path, seal) == ("", None)


def test_a_changed_entry_is_found(sealed) -> None:
    path, seal = sealed
    tamper(path, lambda c: c.execute("UPDATE audit_log SET actor = 'quelqu''un' WHERE id = 5"))
    assert verdict(path, seal) == (ALTERED, 5)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.integers(1, ENTRIES),
    count=st.integers(1, ENTRIES),
    rebuild=st.sampled_from(["no", "keep seals", "drop seals"]),
)
def test_removed_entries_are_found_anywhere_even_with_the_chain_rebuilt(
    pristine, first: int, count: int, rebuild: str
) -> None:
    """Any run of entries removed (the last ones, all of them), with or without a rebuilt chain."""
    path, seal = restore_pristine(pristine)
    last = min(ENTRIES, first + count - 1)

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM audit_log WHERE id BETWEEN ? AND ?", (first, last))
        if rebuild != "no":
            recompute(conn, unseal=rebuild == "drop seals")

    tamper(path, edit)
    problem, entry = verdict(path, seal)
    assert problem in (ALTERED, UNSEALED, SHORTENED, REWRITTEN), (first, last, rebuild)
    if last == ENTRIES:  # the anchored head itself is gone, whatever was rebuilt
        assert (problem, entry) == (SHORTENED, ENTRIES) or problem in (ALTERED, UNSEALED)


def test_an_emptied_trail_is_found(sealed) -> None:
    path, seal = sealed
    tamper(path, lambda c: c.execute("DELETE FROM audit_log"))
    assert verdict(path, seal) == (SHORTENED, ENTRIES)


def test_a_chain_recomputed_from_scratch_is_found(sealed) -> None:
    """The file's editor changes an entry and rebuilds every hash: the seals do not follow."""
    path, seal = sealed

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE audit_log SET actor = 'personne' WHERE id = 3")
        recompute(conn, unseal=False)

    tamper(path, edit)
    assert verdict(path, seal) == (UNSEALED, 3)


def test_a_chain_recomputed_without_seals_is_found_by_the_anchor(sealed) -> None:
    """Seals dropped everywhere make it look like an old, unsealed trail: the anchor disagrees."""
    path, seal = sealed

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE audit_log SET actor = 'personne' WHERE id = 3")
        recompute(conn, unseal=True)

    tamper(path, edit)
    assert verdict(path, seal) == (REWRITTEN, ENTRIES)


def test_a_purge_is_not_taken_for_a_removal(tmp_path: Path) -> None:
    seal = AuditSeal.load_or_create(tmp_path / "config")
    prepared = prepare_database(str(tmp_path / "m.sqlite3"), tmp_path / "b", audit_key=seal.key)
    clock = {"now": datetime(2025, 1, 6, 9, 0)}
    services = Services.create(prepared.db, DeskContext("d", "a", lambda: clock["now"], role=Role.ADMINISTRATOR))
    services.visits.log(services.categories.find("rights").id)
    seal.record_head(prepared.db)  # the head is an entry that the purge will remove
    clock["now"] = datetime(2026, 11, 24, 9, 0)
    assert purge_older_than(prepared.db, services.ctx, months=12) >= 1
    report = verify_chain(prepared.db, seal)
    prepared.db.dispose()
    assert report.intact and report.sealed >= 1


def test_db_check_names_the_removal_and_fails(cli_db: Path, capsys) -> None:
    db = str(cli_db)
    for minute in range(3):
        assert main(["--db", db, "visit", "add", "--category", "rights", "--at", f"2026-11-16T10:0{minute}"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "db", "check"]) == 0
    assert "3 entrées vérifiées avec la clé de cet ordinateur" in capsys.readouterr().out
    tamper(Path(db), lambda c: c.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"))
    assert main(["--db", db, "db", "check"]) != 0
    out = capsys.readouterr().out
    assert "Journal d'audit : des entrées ont été supprimées : l'entrée 3" in out
