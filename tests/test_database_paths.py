"""A database path given with --db or MAISON_SOLIDARITE_DB: only ``db upgrade`` creates one
there; a missing folder, an empty file or a file of another kind is refused, and nothing is
created or changed beside it."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.__main__ import main
from maison_solidarite.db.schema import head_revision

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
NOT_OURS = "n'est pas une base Maison de la Solidarité"
MISSING_FOLDER = "n'existe pas : il n'y a donc pas de base"
MISSING_FILE = "Il n'y a pas de base"
EMPTY = "est vide : il ne contient pas de base Maison de la Solidarité"

# What is at the path (None: nothing), and what the refusal says.
KINDS = {
    "missing-folder": (None, MISSING_FOLDER),
    "missing-file": (None, MISSING_FILE),
    "empty": (b"", EMPTY),
    "random-bytes": (bytes((n * 131 + 7) % 256 for n in range(5000)), NOT_OURS),
    "few-bytes": (b"x", NOT_OURS),  # SQLite itself would take it for an empty database
    "text": (("Compte rendu de la réunion des partenaires\n" * 50).encode("utf-8"), NOT_OURS),
    "pdf": (PDF, NOT_OURS),
}

COMMANDS = {
    "visit": ["visit", "add", "--category", "rights"],
    "stats": ["stats", "--from", "2026-11-01", "--to", "2026-11-30"],
    "check": ["db", "check"],
    "backup": ["db", "backup"],
    "purge": ["db", "purge"],
}


def listing(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with the digest of each file."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        for path in sorted(folder.rglob("*"))
    }


def place(home: Path, kind: str) -> Path:
    desk = home / "desk"
    desk.mkdir(exist_ok=True)
    if kind == "missing-folder":
        return desk / "nowhere" / "maison.sqlite3"
    path = desk / "maison.sqlite3"
    content = KINDS[kind][0]
    if content is not None:
        path.write_bytes(content)
    return path


def copies(home: Path) -> list[Path]:
    backups = home / "data" / "maison-solidarite" / "backups"
    return sorted(backups.iterdir()) if backups.exists() else []


def refused(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code = main(args)
    out, err = capsys.readouterr()
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_path_that_holds_no_database_is_refused_and_nothing_is_created(
    home: Path, capsys, kind: str, command: str
) -> None:
    path = place(home, kind)
    before = listing(home / "desk")
    refused(capsys, ["--db", str(path), *COMMANDS[command]], KINDS[kind][1])
    assert listing(home / "desk") == before  # no file, no folder, no -wal or -shm
    assert copies(home) == []


@pytest.mark.parametrize("kind", ["missing-folder", "empty", "text"])
def test_the_environment_variable_is_refused_the_same_way(home: Path, capsys, monkeypatch, kind: str) -> None:
    path = place(home, kind)
    monkeypatch.setenv("MAISON_SOLIDARITE_DB", str(path))
    before = listing(home / "desk")
    refused(capsys, COMMANDS["visit"], KINDS[kind][1])
    assert listing(home / "desk") == before


@pytest.mark.parametrize("kind", ["missing-folder", "random-bytes", "few-bytes", "text", "pdf"])
def test_db_upgrade_does_not_make_a_database_of_another_file_nor_a_folder(home: Path, capsys, kind: str) -> None:
    path = place(home, kind)
    before = listing(home / "desk")
    refused(capsys, ["--db", str(path), "db", "upgrade"], KINDS[kind][1])
    assert listing(home / "desk") == before


@pytest.mark.parametrize("kind", ["missing-file", "empty"])
def test_db_upgrade_creates_the_database_at_a_new_path_or_in_an_empty_file(home: Path, capsys, kind: str) -> None:
    path = place(home, kind)
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    assert head_revision() in capsys.readouterr().out
    assert path.stat().st_mode & 0o777 == 0o600
    assert main(["--db", str(path), "visit", "add", "--category", "rights"]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    conn.close()


def test_the_default_database_is_created_on_first_use(home: Path, capsys) -> None:
    default = home / "data" / "maison-solidarite" / "maison-solidarite.sqlite3"
    assert not default.exists()
    code, out = main(["visit", "add", "--category", "rights"]), capsys.readouterr().out
    assert code == 0 and len(out.strip()) == 36
    conn = sqlite3.connect(default)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    conn.close()


def test_db_check_does_not_create_the_default_database(home: Path, capsys) -> None:
    refused(capsys, ["db", "check"], MISSING_FILE)
    assert not (home / "data" / "maison-solidarite" / "maison-solidarite.sqlite3").exists()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=3000).filter(lambda data: not data.startswith(b"SQLite format 3\x00")))
def test_any_other_file_is_refused_untouched_even_by_db_upgrade(home: Path, capsys, data: bytes) -> None:
    with tempfile.TemporaryDirectory(dir=home) as folder:
        path = Path(folder) / "maison.sqlite3"
        path.write_bytes(data)
        refused(capsys, ["--db", str(path), "db", "upgrade"], NOT_OURS)
        assert [p.name for p in Path(folder).iterdir()] == ["maison.sqlite3"]
        assert path.read_bytes() == data


def start_window(tmp_path: Path, location: Path) -> int:
    from maison_solidarite.config import AppPaths
    from maison_solidarite.services.context import DeskContext
    from maison_solidarite.ui.app import run_gui

    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "log")
    return run_gui(
        [], location=str(location), paths=paths, ctx=DeskContext("d", "a"), language="fr", busy_timeout_ms=200
    )


@pytest.mark.parametrize("kind", ["missing-folder", "empty", "pdf"])
def test_the_window_refuses_such_a_path_with_a_dialog(qtbot, french_app, tmp_path: Path, dialogs, kind: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from maison_solidarite.db.engine import MayCreate
    from maison_solidarite.db.schema import prepare_database
    from maison_solidarite.domain.errors import StorageError
    from maison_solidarite.ui.messages import render

    path = place(tmp_path, kind)
    before = listing(tmp_path / "desk")
    with pytest.raises(StorageError) as expected:  # what the window must show, in its language
        prepare_database(str(path), tmp_path / "b", create=MayCreate.FILE)
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    assert start_window(tmp_path, path) == 2
    assert dialogs.seen == [render(expected.value)]
    assert listing(tmp_path / "desk") == before


def test_the_window_starts_a_new_database_in_a_folder_that_exists(qtbot, french_app, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from maison_solidarite.ui.first_run import FirstRunWizard

    path = place(tmp_path, "missing-file")
    seen: list[str] = []

    def quit_the_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        if isinstance(wizard, FirstRunWizard):
            seen.append(type(wizard).__name__)
            wizard.reject()
        else:
            QTimer.singleShot(20, quit_the_wizard)

    QTimer.singleShot(20, quit_the_wizard)
    assert start_window(tmp_path, path) == 0  # quit at the first run's wizard
    assert seen == ["FirstRunWizard"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    conn.close()
