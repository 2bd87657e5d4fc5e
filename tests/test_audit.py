"""The audit trail: append-only, chained by hash, purged after twelve months with the purge recorded."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from maison_solidarite.__main__ import main
from maison_solidarite.db.engine import open_database
from maison_solidarite.db.schema import _alembic_config, prepare_database
from maison_solidarite.services import Services
from maison_solidarite.services.audit import entries, purge_older_than, verify_chain
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits import VisitChange


def test_every_change_extends_an_intact_chain(services, category_ids) -> None:
    visit = services.visits.log(category_ids["rights"])
    services.visits.update(visit.uid, VisitChange(note="x"))
    services.visits.delete(visit.uid)
    report = verify_chain(services.db)
    assert report.intact and report.entries == 3


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"])
def test_the_trail_refuses_updates_and_deletes(services, category_ids, db_path: Path, statement) -> None:
    services.visits.log(category_ids["rights"])
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    conn.close()


def test_a_tampered_entry_is_found_by_db_check(services, category_ids, db_path: Path, home, capsys) -> None:
    for _ in range(3):
        services.visits.log(category_ids["rights"])
    services.db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_append_only_update")  # what someone with the file could do
    second = conn.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    conn.execute("UPDATE audit_log SET actor = 'personne' WHERE id = ?", (second,))
    conn.commit()
    conn.close()
    code = main(["--db", str(db_path), "db", "check"])
    out = capsys.readouterr().out
    assert code == 1 and f"Journal d'audit : altéré à partir de l'entrée {second}." in out


def test_db_check_says_the_chain_is_intact(services, category_ids, db_path: Path, home, capsys) -> None:
    services.visits.log(category_ids["rights"])
    services.db.dispose()
    assert main(["--db", str(db_path), "db", "check"]) == 0
    assert "Journal d'audit : chaîne intacte (1 entrées)." in capsys.readouterr().out


def test_entries_older_than_twelve_months_are_purged_and_the_purge_recorded(services, category_ids, clock) -> None:
    clock.current = datetime(2025, 1, 10, 10, 0)
    services.visits.log(category_ids["rights"])
    services.visits.log(category_ids["health"])
    clock.current = datetime(2026, 3, 1, 10, 0)
    kept = services.visits.log(category_ids["jobs"])
    assert purge_older_than(services.db, services.ctx, months=12) == 2
    trail = entries(services.db)
    assert [(e.action, e.entity) for e in trail] == [("create", "visit"), ("purge", "audit_log")]
    assert trail[0].key == kept.uid and trail[1].after["count"] == 2
    assert verify_chain(services.db).intact
    services.visits.log(category_ids["jobs"])
    assert verify_chain(services.db).intact
    assert purge_older_than(services.db, services.ctx, months=12) == 0


def test_the_migration_chains_the_entries_already_there(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(str(path))
    config = _alembic_config()
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for n in range(3):
            connection.exec_driver_sql(
                "INSERT INTO audit_log (at, actor, desk_id, action, entity, entity_key, before, after) "
                "VALUES (?, 'a', 'd', 'create', 'visit', ?, NULL, ?)",
                (f"2026-01-0{n + 1} 10:00:00.000000", f"k{n}", f'{{"n": {n}}}'),
            )
    db.dispose()
    prepared = prepare_database(str(path), tmp_path / "b")
    try:
        report = verify_chain(prepared.db)
        assert report.intact and report.entries == 3
        Services.create(prepared.db, DeskContext("d", "a")).categories.add("Nouvelle")
        assert verify_chain(prepared.db).intact
    finally:
        prepared.db.dispose()
