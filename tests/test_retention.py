"""Personal data goes when its time is up, and leaves no trace in the database files."""

from __future__ import annotations

from pathlib import Path

import pytest

from maison_solidarite.__main__ import main
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.services.audit import entries
from maison_solidarite.services.retention import purge_notes, run_due_purges, set_note_retention_days

SENTINEL = "Zébulon-Témoin-7731"


def file_bytes(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists())


def test_notes_are_emptied_after_three_months_and_leave_no_trace(services, category_ids, clock, db_path: Path) -> None:
    old = services.visits.log(category_ids["rights"], note=f"Dossier de {SENTINEL}")
    clock.advance(days=60)
    recent = services.visits.log(category_ids["rights"], note="récent")
    assert SENTINEL.encode() in file_bytes(db_path)
    clock.advance(days=31)  # 91 days after the first note
    assert purge_notes(services.db, services.ctx) == 0
    clock.advance(days=2)
    assert purge_notes(services.db, services.ctx) == 1
    assert services.visits.get(old.uid).note is None and services.visits.get(recent.uid).note == "récent"
    assert SENTINEL.encode() not in file_bytes(db_path)
    purge = [e for e in entries(services.db) if e.action == "purge"]
    assert purge[0].after["count"] == 1 and SENTINEL not in str(purge)


def test_the_note_retention_is_configurable(services, category_ids, clock) -> None:
    set_note_retention_days(services.db, services.ctx, 30)
    visit = services.visits.log(category_ids["rights"], note="court")
    clock.advance(days=31)
    run_due_purges(services.db, services.ctx, services.appointments)
    assert services.visits.get(visit.uid).note is None
    with pytest.raises(ValidationError):
        set_note_retention_days(services.db, services.ctx, 1)


def test_the_purges_run_when_a_command_starts(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert (
        main(["--db", db, "visit", "add", "--category", "rights", "--at", "2020-01-06T10:00", "--note", SENTINEL]) == 0
    )
    assert main(["--db", db, "stats", "--from", "2020-01-01", "--to", "2020-01-31"]) == 0
    assert SENTINEL.encode() not in file_bytes(home / "d.sqlite3")
