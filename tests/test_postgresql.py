"""Several desks on one PostgreSQL database: the same migrations and use cases.

They run when MAISON_SOLIDARITE_TEST_PG_URL names a database (``make test`` starts a
private server when it can); without one they are skipped and say so.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from maison_solidarite.__main__ import main
from maison_solidarite.db.models import Base
from maison_solidarite.db.schema import check, head_revision, prepare_database
from maison_solidarite.domain.errors import StorageError
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.visits import VisitChange

URL = os.environ.get("MAISON_SOLIDARITE_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server: set MAISON_SOLIDARITE_TEST_PG_URL")


@pytest.fixture
def pg_url() -> str:
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return URL


@pytest.fixture
def pg(pg_url: str, tmp_path: Path, clock):
    prepared = prepare_database(pg_url, tmp_path / "backups")
    # Every right, as in tests/conftest.py: the roles are told apart in tests/test_role_table.py.
    yield Services.create(prepared.db, DeskContext("desk-pg", "agent.pg", clock, role=Role.ADMINISTRATOR))
    prepared.db.dispose()


def test_migrations_reach_head_and_match_the_models(pg) -> None:
    with pg.db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert check(pg.db).revision == head_revision()
    assert len(pg.categories.list()) == 11


def test_two_desks_log_and_count_together(pg, clock) -> None:
    other = Services.create(pg.db, DeskContext("desk-2", "agent.two", clock))
    rights = pg.categories.find("rights").id
    pg.visits.log(rights, note="premier")
    visit = other.visits.log(rights, datetime(2026, 11, 16, 9, 0))
    other.visits.update(visit.uid, VisitChange(note="modifié"))
    (count,) = pg.visits.counters(date(2026, 11, 17))
    assert (count.today, count.week, count.month) == (1, 2, 2)
    assert other.visits.undo_last() is not None
    assert pg.visits.undo_last() is not None


def test_csv_and_demo_on_postgresql(pg, tmp_path: Path) -> None:
    load_demo(pg.db, pg.ctx, years=0.1)  # up to the clock: now
    path = tmp_path / "out.csv"
    count = pg.visits_csv.export_file(date(2026, 10, 1), date(2026, 11, 17), path)
    assert count > 100
    assert pg.visits_csv.import_file(path).already_present == count


def test_a_newer_schema_is_refused(pg_url: str, tmp_path: Path) -> None:
    prepared = prepare_database(pg_url, tmp_path / "b")
    with prepared.db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    prepared.db.dispose()
    with pytest.raises(StorageError) as caught:
        prepare_database(pg_url, tmp_path / "b")
    assert "0099" in str(caught.value)


def test_the_cli_takes_a_postgresql_url(pg_url: str, capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("MAISON_SOLIDARITE_DB", pg_url)
    assert main(["visit", "add", "--category", "santé"]) == 0
    uid = capsys.readouterr().out.strip()
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visits WHERE uid = :u"), {"u": uid}).scalar() == 1
    engine.dispose()
    assert main(["db", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET actor = 'quelqu''un'", "DELETE FROM audit_log", "TRUNCATE audit_log"],
)
def test_the_audit_trail_is_append_only_on_the_server(pg, statement: str) -> None:
    """The application's own connection cannot rewrite or shorten the trail; the purge still can."""
    pg.visits.log(pg.categories.find("rights").id)
    with pg.db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), max(hash) FROM audit_log")).one()
        conn.rollback()
        with pytest.raises(Exception, match="append-only"), conn.begin():
            conn.execute(text(statement))
        assert conn.execute(text("SELECT count(*), max(hash) FROM audit_log")).one() == before


def test_the_purge_may_still_remove_old_entries_on_the_server(pg_url: str, tmp_path: Path) -> None:
    from maison_solidarite.services.audit import purge_older_than, verify_chain

    prepared = prepare_database(pg_url, tmp_path / "backups")
    clock = {"now": datetime(2025, 1, 6, 9, 0)}
    services = Services.create(
        prepared.db, DeskContext("desk-pg", "admin", lambda: clock["now"], role=Role.ADMINISTRATOR)
    )
    services.visits.log(services.categories.find("rights").id)
    clock["now"] = datetime(2026, 11, 24, 9, 0)
    assert purge_older_than(prepared.db, services.ctx, months=12) == 1
    assert verify_chain(prepared.db).intact
    prepared.db.dispose()
