"""Migration 0009: the closures already there stay whole days; going back drops the part-day ones."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from alembic import command

from maison_solidarite.db.engine import open_database
from maison_solidarite.db.schema import _alembic_config, prepare_database
from maison_solidarite.domain.permanences import ClosurePart
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext


def test_closures_written_before_0009_stay_whole_days_and_a_downgrade_keeps_only_those(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(str(path))
    config = _alembic_config()
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        connection.exec_driver_sql(
            "INSERT INTO closures (first_day, last_day, label) VALUES ('2026-12-24', '2026-12-24', 'Veille de Noël')"
        )
    db.dispose()
    prepared = prepare_database(str(path), tmp_path / "backups")
    try:
        services = Services.create(prepared.db, DeskContext("d", "a"))
        (old,) = services.rota.closures()
        assert (old.label, old.part, old.start, old.end) == ("Veille de Noël", ClosurePart.WHOLE_DAY, None, None)
        services.rota.add_closure(date(2026, 12, 31), date(2026, 12, 31), "Réveillon", time(13), None)
        assert [c.part for c in services.rota.closures()] == [ClosurePart.WHOLE_DAY, ClosurePart.AFTERNOON]
    finally:
        prepared.db.dispose()
    db = open_database(str(path))
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        rows = connection.exec_driver_sql("SELECT label FROM closures").fetchall()
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(closures)")]
    db.dispose()
    assert rows == [("Veille de Noël",)]
    assert "start_time" not in columns and "end_time" not in columns
