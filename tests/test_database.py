"""The database: migrations, pragmas, transactions, and files that cannot be used."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from maison_solidarite.db.engine import open_database
from maison_solidarite.db.models import Base
from maison_solidarite.db.schema import _alembic_config, check, head_revision, prepare_database
from maison_solidarite.domain.categories import DEFAULT_CATEGORIES
from maison_solidarite.domain.errors import StorageError, StorageKind


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_upgrades_to_head_and_matches_the_models(db) -> None:
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diffs == []
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        codes = [r[0] for r in conn.execute(text("SELECT code FROM categories ORDER BY position"))]
    assert codes == [code for code, _label in DEFAULT_CATEGORIES]


def test_every_connection_has_the_pragmas(db) -> None:
    with db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2000


def test_database_file_is_private(db_path: Path, db) -> None:
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_writes_begin_immediate_so_a_second_writer_waits_then_gives_up(db_path: Path, tmp_path: Path) -> None:
    first = open_database(str(db_path), busy_timeout_ms=100)
    second = open_database(str(db_path), busy_timeout_ms=100)
    prepare_database(str(db_path), tmp_path / "b").db.dispose()
    holding, release = threading.Event(), threading.Event()

    def hold_write_lock() -> None:
        with first.write() as session:
            session.execute(text("UPDATE categories SET position = position"))
            holding.set()
            release.wait(5)

    worker = threading.Thread(target=hold_write_lock)
    worker.start()
    try:
        assert holding.wait(5)
        # Readers are not blocked by a writer (WAL) ...
        with second.read() as session:
            assert session.execute(text("SELECT count(*) FROM categories")).scalar() == len(DEFAULT_CATEGORIES)
        # ... but a second writer is refused at BEGIN, before it has written anything.
        with pytest.raises(StorageError) as caught, second.write() as session:
            session.execute(text("UPDATE categories SET label = 'x'"))
        assert "in use by another program" in str(caught.value)
        assert caught.value.kind is StorageKind.BUSY  # told by SQLite's SQLITE_BUSY, not by its words
    finally:
        release.set()
        worker.join()
        first.dispose()
        second.dispose()
    with open_database(str(db_path)).read() as session:
        assert session.execute(text("SELECT count(*) FROM categories WHERE label = 'x'")).scalar() == 0


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path, tmp_path: Path) -> None:
    prepared = prepare_database(str(db_path), tmp_path / "b")
    with prepared.db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    prepared.db.dispose()
    before = digest(db_path)
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(StorageError) as caught:
        prepare_database(str(db_path), tmp_path / "b")
    assert "newer version" in str(caught.value)
    assert "9999_future" in str(caught.value)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Compte rendu de la reunion des partenaires\n" * 200)
    before = digest(path)
    with pytest.raises(StorageError) as caught:
        prepare_database(str(path), tmp_path / "b")
    assert "not a Maison de la Solidarit" in str(caught.value)
    assert caught.value.kind is StorageKind.DAMAGED
    assert digest(path) == before


def test_a_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError):
        prepare_database(str(path), tmp_path / "b")
    assert digest(path) == before


@pytest.mark.parametrize("where", ["file-as-folder", "proc"])
def test_an_unwritable_location_is_refused_with_a_message(tmp_path: Path, where: str) -> None:
    if where == "file-as-folder":
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        path = blocker / "maison.sqlite3"
    else:
        path = Path("/proc/maison-solidarite-test/maison.sqlite3")
    with pytest.raises(StorageError) as caught:
        prepare_database(str(path), tmp_path / "b")
    assert "cannot be written" in str(caught.value)
    assert caught.value.kind is StorageKind.READ_ONLY


def test_migrating_an_older_database_first_makes_a_backup(db_path: Path, tmp_path: Path) -> None:
    db = open_database(str(db_path))
    config = _alembic_config()
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    db.dispose()
    prepared = prepare_database(str(db_path), tmp_path / "backups")
    try:
        assert prepared.backup is not None and prepared.backup.exists()
        copy = sqlite3.connect(prepared.backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        copy.close()
        assert prepared.backup.stat().st_mode & 0o777 == 0o600
        assert check(prepared.db).ok
    finally:
        prepared.db.dispose()


def test_an_up_to_date_database_is_not_copied_at_each_start(db_path: Path, tmp_path: Path, db) -> None:
    again = prepare_database(str(db_path), tmp_path / "backups")
    again.db.dispose()
    assert again.backup is None


def test_check_reports_integrity_and_schema(db) -> None:
    report = check(db)
    assert report.integrity == "ok"
    assert report.revision == report.head == head_revision()
    assert report.ok


def test_the_known_revisions_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from maison_solidarite.db.revisions import HEAD, KNOWN

    script = ScriptDirectory.from_config(_alembic_config())
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == KNOWN and script.get_heads() == [HEAD]
