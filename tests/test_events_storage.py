"""The tables of gatherings (migration 0014): they go down to 0013 and come back whole."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from maison_solidarite.db.engine import Database, open_database
from maison_solidarite.db.schema import _alembic_config

NEW_TABLES = {
    "event_series",
    "events",
    "event_partners",
    "projects",
    "project_partners",
    "partner_attendance",
    "person_attendance",
    "event_headcounts",
}


def _trigger(connection, name: str) -> str:
    return str(connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar())


def test_0014_goes_down_to_0013_and_up_again_with_the_visits_triggers(db: Database, db_path: Path) -> None:
    db.dispose()
    database = open_database(str(db_path))
    config = _alembic_config()
    with database.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        assert set(inspect(connection).get_table_names()) >= NEW_TABLES
        assert "person_key" in _trigger(connection, "visits_sync_update")
        command.downgrade(config, "0013")
        tables = set(inspect(connection).get_table_names())
        columns = {c["name"] for c in inspect(connection).get_columns("visits")}
        trigger_down = _trigger(connection, "visits_sync_update")
        command.upgrade(config, "0014")
        trigger_up = _trigger(connection, "visits_sync_update")
        indexes = {i["name"] for i in inspect(connection).get_indexes("visits")}
    database.dispose()
    assert not NEW_TABLES & tables
    assert "person_key" not in columns
    assert "person_key" not in trigger_down and "neighbourhood, note, agent" in trigger_down
    assert "person_key" in trigger_up
    assert "ix_visits_person_key" in indexes
