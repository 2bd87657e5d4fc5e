"""The order of a start, in a real process offscreen: the login dialog paints before the
database layer and the screens are loaded; the purges and the day's copy run after that
paint, and still run. No figure is timed here: benchmarks/run.py measures."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.context import DeskContext
from maison_solidarite.domain.roles import Role
from maison_solidarite.first_look import first_look
from maison_solidarite.services import Services

PASSWORD = "Accueil-2026!mds"

# Stands in for the agent: it watches the first paint of the login dialog and of the main
# window, says what was loaded and written at the login's paint, types the password, and
# closes the window once it has painted. Then the real start goes on to its end.
AGENT = """
import json, sqlite3, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

database, copies, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
app = QApplication(["maison-solidarite"])
seen = {}

def notes_left():
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT count(*) FROM visits WHERE note IS NOT NULL").fetchone()[0]

def log_in(dialog):
    QTest.keyClicks(dialog.form.password, sys.argv[4])
    QTest.keyClick(dialog.form.password, Qt.Key.Key_Return)

class Agent(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "loginDialog" and "login" not in seen:
            seen["login"] = {
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "screens": "maison_solidarite.ui.main_window" in sys.modules,
                "services": "maison_solidarite.services" in sys.modules,
                "notes": notes_left(),
                "copies": sorted(p.name for p in copies.glob("*")) if copies.exists() else [],
                "login": watched.form.login.currentText(),
            }
            QTimer.singleShot(0, lambda: log_in(watched))
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and "window" not in seen:
            seen["window"] = watched.objectName() or "main"
            QTimer.singleShot(0, watched.close)
        return False

agent = Agent()
app.installEventFilter(agent)
from maison_solidarite.__main__ import main
code = main([])
out.write_text(json.dumps({"code": code, **seen}))
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A desk's database with an account that logged in once and a note past its retention."""
    path = tmp_path / "maison.sqlite3"
    now = datetime.now().replace(microsecond=0)
    prepared = prepare_database(str(path), tmp_path / "migration-copies")
    ctx = DeskContext("desk-test", "admin", lambda: now, role=Role.ADMINISTRATOR)
    services = Services.create(prepared.db, ctx)
    services.settings.set_structure("Maison de la Solidarité des Grésilles")
    services.accounts.create_first_administrator("admin", PASSWORD)
    services.accounts.log_in("admin", PASSWORD)
    category = services.categories.list()[0].id
    services.visits.log(category, now - timedelta(days=200), note="Dossier de surendettement à rappeler")
    services.visits.log(category, now - timedelta(days=1), note="Rappeler lundi")
    prepared.db.dispose()
    return path


def test_the_login_paints_before_the_database_layer_and_the_day_s_work_follows(desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "seen.json"
    copies = tmp_path / "data" / "maison-solidarite" / "backups"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "MAISON_SOLIDARITE_DB": str(desk),
        "MAISON_SOLIDARITE_LANG": "fr",
    }
    done = subprocess.run(
        [sys.executable, "-c", AGENT, str(desk), str(copies), str(out), PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(out.read_text())
    assert seen["code"] == 0
    # At the login's first paint: no SQLAlchemy, no services, no screens; nothing purged or copied yet.
    assert seen["login"] == {
        "sqlalchemy": False,
        "screens": False,
        "services": False,
        "notes": 2,
        "copies": [],
        "login": "admin",
    }
    assert seen["window"]  # the password typed then logged in, and the window painted
    # And yet the start did the day's work: the old note is gone, the recent one kept, a copy made.
    with sqlite3.connect(desk) as conn:
        notes = conn.execute("SELECT note FROM visits WHERE note IS NOT NULL").fetchall()
    assert notes == [("Rappeler lundi",)]
    assert [p for p in copies.iterdir() if p.suffix == ".sqlite3"]
    secret = tmp_path / "config" / "maison-solidarite" / "person-key.secret"  # made at the first start
    assert secret.stat().st_mode & 0o777 == 0o600


def test_the_first_look_reads_what_the_login_shows(desk: Path) -> None:
    look = first_look(str(desk))
    assert look is not None
    assert look.logins == ("admin",) and look.last_login == "admin"
    assert look.structure == "Maison de la Solidarité des Grésilles"  # as the settings keep it


@pytest.mark.parametrize("kind", ["missing", "empty", "not-sqlite", "url", "no-account"])
def test_the_first_look_leaves_anything_else_to_the_database_layer(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "maison.sqlite3"
    if kind == "empty":
        path.touch()
    elif kind == "not-sqlite":
        path.write_bytes(b"%PDF-1.4 not a database")
    elif kind == "no-account":
        prepare_database(str(path), tmp_path / "copies").db.dispose()
    location = "postgresql+psycopg://u@localhost/maison" if kind == "url" else str(path)
    assert first_look(location) is None


def test_a_database_refused_once_the_login_shows_says_why_and_closes(
    qtbot, french_app, desk: Path, tmp_path: Path, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from maison_solidarite.config import AppPaths
    from maison_solidarite.domain.errors import UserError
    from maison_solidarite.ui.app import EXIT_STORAGE, run_gui
    from maison_solidarite.ui.messages import render

    with sqlite3.connect(desk) as conn:  # written by a newer version of the app
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    assert first_look(str(desk)) is not None  # the login paints first
    with pytest.raises(UserError) as expected:
        prepare_database(str(desk), tmp_path / "copies")
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "log")
    ctx = DeskContext("d", "a")
    assert run_gui([], location=str(desk), paths=paths, ctx=ctx, language="fr", busy_timeout_ms=200) == EXIT_STORAGE
    assert dialogs.seen == [render(expected.value)]
