"""Database errors by kind: what the person's environment causes is a StorageError with its
French message; a programming error is not, and reaches the crash dialog with its report.

Each kind is provoked for real: a full file system, a file opened read-only, a lock held
past the busy timeout, a damaged file, a dropped column, a violated constraint, and on
PostgreSQL a server out of reach, a role without rights and a missing table.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from maison_solidarite.db.engine import Database, MayCreate, database_on, install_sqlite_behaviour, open_database
from maison_solidarite.db.error_kinds import storage_kind
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.errors import StorageError, StorageKind, UserError
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from tests.hub_support import new_hub_database

FRENCH = load_catalog("fr").translate


def services_on(db: Database, ctx: DeskContext) -> Services:
    return Services.create(db, ctx)


def first_category(services: Services) -> int:
    return services.categories.list()[0].id


def visit_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        conn.close()


# -- the environment: a StorageError of the right kind, in French ------------------------------


def test_a_database_that_reaches_its_size_limit_is_full(db: Database, db_path: Path, ctx: DeskContext) -> None:
    services = services_on(db, ctx)
    category = first_category(services)
    pages = sqlite3.connect(db_path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 4}")

    db.engine.dispose()  # the next connections get the limit
    logged = 0
    with pytest.raises(StorageError) as caught:
        for _ in range(2000):
            services.visits.log(category, note="x" * 280)
            logged += 1
    assert caught.value.kind is StorageKind.FULL
    assert "est plein : rien n'a été enregistré" in caught.value.render(FRENCH)
    assert storage_kind(caught.value.__cause__) is StorageKind.FULL  # type: ignore[arg-type]
    db.engine.dispose()
    assert visit_count(db_path) == logged  # the refused visit is not there


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A file system of 2 MiB of its own (tmpfs, as root), unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root: " + done.stderr.decode(errors="replace").strip())
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_a_full_file_system_refuses_the_visit_and_keeps_the_others(
    small_disk: Path, tmp_path: Path, ctx: DeskContext
) -> None:
    path = small_disk / "maison.sqlite3"
    db = prepare_database(str(path), tmp_path / "b").db
    try:
        services = services_on(db, ctx)
        category = first_category(services)
        services.visits.log(category)  # the -wal file is there, with room
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        (small_disk / "filler").write_bytes(b"\0" * max(free - 64 * 1024, 0))  # 64 KiB left
        logged = 1
        with pytest.raises(StorageError) as caught:
            for _ in range(5000):
                services.visits.log(category, note="x" * 280)
                logged += 1
        assert caught.value.kind is StorageKind.FULL
        assert "is full: nothing was saved" in str(caught.value)
        (small_disk / "filler").unlink()  # space is back: logging resumes
        services.visits.log(category)
    finally:
        db.dispose()
    assert visit_count(path) == logged + 1


def read_only_database(path: Path) -> Database:
    """The database at ``path`` opened by SQLite with ``mode=ro``, as a read-only medium would."""
    uri = f"{path.as_uri()}?mode=ro"
    engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True))
    install_sqlite_behaviour(engine, 200, read_only=False)
    return database_on(f"sqlite:///{path}", engine, engine.execution_options(sqlite_begin="IMMEDIATE"), None)


def test_a_read_only_database_cannot_be_written(db: Database, db_path: Path, ctx: DeskContext) -> None:
    category = first_category(services_on(db, ctx))
    db.dispose()
    read_only = read_only_database(db_path)
    try:
        services = services_on(read_only, ctx)
        assert services.categories.list()[0].id == category  # reading works
        with pytest.raises(StorageError) as caught:
            services.visits.log(category)
    finally:
        read_only.dispose()
    assert caught.value.kind is StorageKind.READ_ONLY
    assert "ne peut pas être écrite" in caught.value.render(FRENCH)
    assert visit_count(db_path) == 0


def test_a_lock_held_past_the_busy_timeout_says_the_database_is_in_use(
    db: Database, db_path: Path, ctx: DeskContext
) -> None:
    category = first_category(services_on(db, ctx))
    hurried = open_database(str(db_path), busy_timeout_ms=100, create=MayCreate.NOTHING)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
        with pytest.raises(StorageError) as caught:
            services_on(hurried, ctx).visits.log(category)
        holder.execute("ROLLBACK")
    finally:
        holder.close()
        hurried.dispose()
    assert caught.value.kind is StorageKind.BUSY
    assert "in use by another program" in str(caught.value)


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with bytes no page can start with."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xee" * page_size)


def test_a_damaged_file_is_reported_as_damaged(db: Database, db_path: Path, ctx: DeskContext) -> None:
    services = services_on(db, ctx)
    category = first_category(services)
    for _ in range(50):
        services.visits.log(category, note="y" * 200)
    db.dispose()
    damage_table(db_path, "visits")
    reopened = open_database(str(db_path), create=MayCreate.NOTHING)
    try:
        with pytest.raises(StorageError) as caught:
            services_on(reopened, ctx).visits.today()  # reads the rows, not only an index
    finally:
        reopened.dispose()
    assert caught.value.kind is StorageKind.DAMAGED
    assert "restaurez une sauvegarde" in caught.value.render(FRENCH).lower()


def test_a_file_with_a_sqlite_header_and_nothing_behind_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    with pytest.raises(StorageError) as caught:
        prepare_database(str(path), tmp_path / "b")
    assert caught.value.kind is StorageKind.DAMAGED
    assert "not a Maison de la Solidarité database" in str(caught.value)


# -- programming errors: never a StorageError -------------------------------------------------


def test_a_missing_column_is_a_bug_not_a_full_disk(db: Database, db_path: Path, ctx: DeskContext) -> None:
    services = services_on(db, ctx)
    category = first_category(services)
    db.dispose()
    conn = sqlite3.connect(db_path)
    # A column no trigger or index names (the daily counts' and the sync's name most others).
    conn.execute("ALTER TABLE visits DROP COLUMN updated_at")
    conn.commit()
    conn.close()
    with pytest.raises(sa_exc.OperationalError) as caught:
        services.visits.log(category)
    assert not isinstance(caught.value, UserError)
    assert "updated_at" in str(caught.value.orig)
    assert storage_kind(caught.value) is None


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO categories (code, label, position, active) VALUES ('rights', 'Doublon', 99, 1)",  # UNIQUE
        "UPDATE visits SET channel = 'pigeon'",  # CHECK
        "UPDATE visits SET category_id = 999999",  # FOREIGN KEY
    ],
)
def test_a_violated_constraint_is_a_bug_that_reaches_the_crash_dialog(
    db: Database, ctx: DeskContext, statement: str
) -> None:
    services = services_on(db, ctx)
    services.visits.log(first_category(services))
    with pytest.raises(sa_exc.IntegrityError) as caught, db.write() as session:
        session.execute(text(statement))
    assert not isinstance(caught.value, UserError)
    assert storage_kind(caught.value) is None


def test_a_bug_at_start_up_leaves_the_command_line_with_its_traceback(cli_db: Path, home: Path) -> None:
    conn = sqlite3.connect(cli_db)
    conn.execute("ALTER TABLE visits DROP COLUMN updated_at")
    conn.commit()
    conn.close()
    done = subprocess.run(
        [sys.executable, "-m", "maison_solidarite", "--db", str(cli_db), "visit", "add", "--category", "rights"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")},
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "updated_at" in done.stderr
    assert "plein" not in done.stderr


# -- PostgreSQL ------------------------------------------------------------------------------

PG_URL = os.environ.get("MAISON_SOLIDARITE_TEST_PG_URL", "")
postgresql = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server: set MAISON_SOLIDARITE_TEST_PG_URL")


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A database of its own on the test server (other tests empty theirs), dropped afterwards."""
    with new_hub_database("maison_kinds") as url:
        yield url


@postgresql
def test_an_unreachable_server_says_so(tmp_path: Path) -> None:
    nowhere = make_url(PG_URL).update_query_dict({"host": str(tmp_path / "no-server-here")})
    with pytest.raises(StorageError) as caught:
        prepare_database(nowhere.render_as_string(hide_password=False), tmp_path / "b")
    assert caught.value.kind is StorageKind.UNREACHABLE
    assert "cannot be reached" in str(caught.value)


@postgresql
def test_a_role_the_server_does_not_know_is_refused(pg_database: str, tmp_path: Path) -> None:
    stranger = make_url(pg_database).set(username=f"nobody_{uuid.uuid4().hex[:8]}")
    with pytest.raises(StorageError) as caught:
        prepare_database(stranger.render_as_string(hide_password=False), tmp_path / "b")
    assert caught.value.kind is StorageKind.UNREACHABLE
    assert stranger.username in str(caught.value)  # the server's own words say which


@postgresql
def test_a_role_without_rights_is_denied(pg_database: str, tmp_path: Path, ctx: DeskContext) -> None:
    prepare_database(pg_database, tmp_path / "b").db.dispose()
    role = f"reader_{uuid.uuid4().hex[:8]}"
    owner = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        db = open_database(make_url(pg_database).set(username=role).render_as_string(hide_password=False))
        try:
            with pytest.raises(StorageError) as caught:
                services_on(db, ctx).categories.list()
        finally:
            db.dispose()
    finally:
        with owner.connect() as conn:
            conn.execute(text(f'DROP ROLE "{role}"'))
        owner.dispose()
    assert caught.value.kind is StorageKind.DENIED
    assert "refused this operation" in str(caught.value)


@postgresql
def test_a_missing_table_on_postgresql_is_a_bug(pg_database: str, tmp_path: Path, ctx: DeskContext) -> None:
    db = prepare_database(pg_database, tmp_path / "b").db
    try:
        with db.write() as session:
            session.execute(text("DROP TABLE categories CASCADE"))
        with pytest.raises(sa_exc.ProgrammingError) as caught:
            services_on(db, ctx).categories.list()
    finally:
        db.dispose()
    assert not isinstance(caught.value, UserError)
    assert getattr(caught.value.orig, "sqlstate", None) == "42P01"


def test_a_bug_at_the_window_s_start_shows_the_crash_dialog_not_a_storage_message(
    qtbot, french_app, tmp_path: Path, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from maison_solidarite.config import AppPaths
    from maison_solidarite.ui.app import EXIT_CRASH, run_gui

    path = tmp_path / "desk" / "maison.sqlite3"
    prepare_database(str(path), tmp_path / "b").db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0006'")  # the last migration runs again: a bug
    conn.commit()
    conn.close()
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "log")
    previous = sys.excepthook
    dialogs.answers.append(QMessageBox.StandardButton.Close)
    try:
        code = run_gui(
            [], location=str(path), paths=paths, ctx=DeskContext("d", "a"), language="fr", busy_timeout_ms=200
        )
    finally:
        sys.excepthook = previous
    assert code == EXIT_CRASH
    assert dialogs.seen[0].startswith("Quelque chose s'est mal passé dans Maison de la Solidarité.")
    logged = (paths.log_dir / "maison-solidarite.log").read_text(encoding="utf-8")
    assert "duplicate column name: key_id" in logged and "Traceback" in logged


@postgresql
def test_a_server_that_only_accepts_reading_refuses_the_visit(
    pg_database: str, tmp_path: Path, ctx: DeskContext
) -> None:
    db = prepare_database(pg_database, tmp_path / "b").db
    try:
        category = first_category(services_on(db, ctx))
        name = make_url(pg_database).database
        with db.engine.connect() as conn:  # as a standby would: every new transaction reads only
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
            conn.commit()
        db.engine.dispose()
        with pytest.raises(StorageError) as caught:
            services_on(db, ctx).visits.log(category)
    finally:
        db.dispose()
    assert caught.value.kind is StorageKind.DENIED
    assert getattr(caught.value.__cause__.orig, "sqlstate", None) == "25006"  # type: ignore[union-attr]


@postgresql
def test_a_lock_held_past_the_lock_timeout_on_postgresql_is_busy(pg_database: str, tmp_path: Path) -> None:
    db = prepare_database(pg_database, tmp_path / "b").db
    holder = create_engine(pg_database)
    try:
        with holder.connect() as other:
            other.execute(text("LOCK TABLE categories IN ACCESS EXCLUSIVE MODE"))  # held until rollback
            with pytest.raises(StorageError) as caught, db.read() as session:
                session.execute(text("SET LOCAL lock_timeout = '100ms'"))
                session.execute(text("SELECT count(*) FROM categories"))
            other.rollback()
    finally:
        holder.dispose()
        db.dispose()
    assert caught.value.kind is StorageKind.BUSY
    assert "in use by another program" in str(caught.value)


@postgresql
def test_a_connection_the_server_ends_is_out_of_reach(pg_database: str, tmp_path: Path) -> None:
    db = prepare_database(pg_database, tmp_path / "b").db
    admin = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(StorageError) as caught, db.read() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as conn:  # the administrator stops this desk's server process
                assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
            session.execute(text("SELECT 1"))
    finally:
        admin.dispose()
        db.dispose()
    assert caught.value.kind is StorageKind.UNREACHABLE


@postgresql
def test_a_unique_violation_on_postgresql_is_a_bug(pg_database: str, tmp_path: Path) -> None:
    db = prepare_database(pg_database, tmp_path / "b").db
    try:
        with pytest.raises(sa_exc.IntegrityError) as caught, db.write() as session:
            session.execute(
                text("INSERT INTO categories (code, label, position, active) VALUES ('rights', 'Doublon', 99, true)")
            )
    finally:
        db.dispose()
    assert not isinstance(caught.value, UserError)
    assert getattr(caught.value.orig, "sqlstate", None) == "23505"
