"""Files that can hold personal data are readable by their owner only, and so are our folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.db.engine import Database
from maison_solidarite.db.schema import backup_sqlite
from maison_solidarite.logs import crash_report, start_logging
from maison_solidarite.private import open_private, private_folder
from maison_solidarite.reports.files import write_bytes
from maison_solidarite.services import Services


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most open umask a computer may have: our writers must not rely on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_writers_create_owner_only_files_whatever_the_umask(tmp_path: Path, services: Services, db: Database) -> None:
    services.visits.log(services.categories.list()[0].id, note="appeler la CAF")
    written = {
        "document": tmp_path / "out" / "sheet.pdf",
        "export": tmp_path / "out" / "visits.csv",
        "backup": tmp_path / "copies" / "nested" / "copy.sqlite3",
    }
    private_folder(written["document"].parent)
    write_bytes(written["document"], b"%PDF-1.4")
    services.visits_csv.export_file(date(2026, 1, 1), date(2026, 12, 31), written["export"], with_notes=True)
    backup_sqlite(Path(db.where), written["backup"])
    log = start_logging(tmp_path / "logs" / "inner")
    assert log is not None
    for name, path in {**written, "log": log}.items():
        assert mode(path) == 0o600, name
    for folder in (
        tmp_path / "out",
        tmp_path / "copies",
        tmp_path / "copies" / "nested",
        tmp_path / "logs",
        tmp_path / "logs" / "inner",
    ):
        assert mode(folder) == 0o700, folder


@pytest.mark.usefixtures("open_umask")
def test_an_existing_readable_file_becomes_private_when_written_again(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    with open_private(target, "w", encoding="utf-8") as stream:
        stream.write("new")
    assert mode(target) == 0o600 and target.read_text(encoding="utf-8") == "new"
    write_bytes(target, b"again")
    assert mode(target) == 0o600


@pytest.mark.slow
def test_the_command_line_writes_private_files_under_a_readable_umask(home: Path) -> None:
    """A real process with umask 022: exports with notes, PDFs, backups and logs come out 0600."""
    env = dict(os.environ)  # the home fixture points the per-user folders into tmp_path

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        script = (
            "import os, sys; os.umask(0o022); from maison_solidarite.__main__ import main; sys.exit(main(sys.argv[1:]))"
        )
        return subprocess.run(
            [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120
        )

    assert (
        cli("visit", "add", "--category", "rights", "--at", "2026-11-16T10:05", "--note", "rappeler lundi").returncode
        == 0
    )
    outputs = home / "exports"
    outputs.mkdir()
    results = [
        cli(
            "visits",
            "export",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--notes",
            "-o",
            str(outputs / "visites.csv"),
        ),
        cli("report", "monthly", "2026-11"),
        cli("db", "backup"),
        cli("directory", "export", "-o", str(outputs / "annuaire.csv")),
    ]
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    data = home / "data" / "maison-solidarite"
    files = [p for p in [*data.rglob("*"), *outputs.iterdir()] if p.is_file()]
    assert len([p for p in files if p.suffix == ".sqlite3"]) >= 2  # the database and its copy
    assert {p: oct(mode(p)) for p in files if mode(p) != 0o600} == {}
    folders = [data, *[p for p in data.rglob("*") if p.is_dir()]]
    assert {p: oct(mode(p)) for p in folders if mode(p) != 0o700} == {}


MARK = "ZQXJ"
# Any text, and text made of what closes or opens a bracket, a quote or a line.
NOTE_TEXT = st.one_of(st.text(max_size=60), st.text(alphabet="])([ '\"\\\n\r,é€œ", max_size=20))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NOTE_TEXT, second=NOTE_TEXT)
def test_a_note_never_reaches_a_crash_report_whatever_it_holds(db: Database, first: str, second: str) -> None:
    """A real database error whose statement carries the note: the report keeps none of it."""
    note = f"{MARK}{first}{MARK}{second}{MARK}".replace("\x00", "")
    try:
        with db.write() as session:
            session.execute(
                text("INSERT INTO no_such_table (note, uid) VALUES (:note, :uid)"),
                {"note": note, "uid": str(uuid.uuid4())},
            )
    except Exception:
        report = crash_report(*sys.exc_info())
    else:
        pytest.fail("the statement should have failed")
    assert "no_such_table" in report
    assert MARK not in report
