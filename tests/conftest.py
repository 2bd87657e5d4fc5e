"""Shared fixtures: a real SQLite file under tmp_path, migrated by Alembic, and a clock."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maison_solidarite.db.engine import Database
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext

# A Tuesday morning during opening hours.
T0 = datetime(2026, 11, 17, 10, 0, 0)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--history-seconds", type=float, default=20.0, help="how long tests/test_history.py runs (default 20 s)"
    )
    parser.addoption("--history-seed", type=int, default=None, help="replay tests/test_history.py with this seed")
    parser.addoption(
        "--sync-seconds", type=float, default=20.0, help="how long tests/test_sync_history.py runs (default 20 s)"
    )
    parser.addoption("--sync-seed", type=int, default=None, help="replay tests/test_sync_history.py with this seed")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        # One server and one printer for the whole run: their tests empty the database or
        # pause the queue, so `make test` runs them apart, one at a time (-m serial).
        if item.path.name == "test_postgresql.py" or "printer" in item.name:
            item.add_marker(pytest.mark.serial)


@dataclass
class Clock:
    """A settable clock for services: tests decide what time it is."""

    current: datetime = T0

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-user folders inside tmp_path, French, and a short lock timeout, for the CLI."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("MAISON_SOLIDARITE_LANG", "fr")
    monkeypatch.setenv("MAISON_SOLIDARITE_BUSY_TIMEOUT_MS", "300")
    monkeypatch.delenv("MAISON_SOLIDARITE_DB", raising=False)
    return tmp_path


def upgraded(path: Path) -> Path:
    """Create the database at ``path`` as an administrator does, with ``db upgrade``: the
    other commands refuse a path given with --db that holds no database yet."""
    from maison_solidarite.__main__ import main

    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", str(path), "db", "upgrade"]) == 0
    return path


@pytest.fixture
def cli_db(home: Path) -> Path:
    """A new database at an explicit path, for the command line."""
    return upgraded(home / "d.sqlite3")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "maison.sqlite3"


@pytest.fixture
def db(db_path: Path, tmp_path: Path) -> Iterator[Database]:
    prepared = prepare_database(str(db_path), tmp_path / "backups", busy_timeout_ms=2000)
    yield prepared.db
    prepared.db.dispose()


@pytest.fixture
def ctx(clock: Clock) -> DeskContext:
    # Every right: tests/test_permissions.py is where the roles are told apart.
    return DeskContext(desk_id="desk-test", agent="agent.test", clock=clock, role=Role.ADMINISTRATOR)


@pytest.fixture
def services(db: Database, ctx: DeskContext) -> Services:
    return Services.create(db, ctx)


@pytest.fixture
def category_ids(services: Services) -> dict[str, int]:
    return {c.code: c.id for c in services.categories.list()}


@pytest.fixture(autouse=True)
def no_worker_left(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test ends only when its worker threads have: none may outlive its widgets."""
    yield
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def french_app(qapp):
    """The Qt application with the French translation, as the app starts it."""
    from maison_solidarite.ui.app import install_translators

    if not qapp.property("translators_installed"):
        qapp.setProperty("translators_installed", True)
        qapp._translators = install_translators(qapp, "fr")  # keep them alive
    return qapp


class DialogAnswerer:
    """Answers the modal dialogs that appear, in order, and keeps their texts.

    An answer is a QMessageBox button, or a text for an input dialog.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.answers: list[object] = []
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

        box = QApplication.activeModalWidget()
        if box is None or not self.answers:
            return
        if isinstance(box, QMessageBox):
            self.seen.append(box.text())
            button = box.button(self.answers.pop(0))  # type: ignore[arg-type]
            button.click() if button is not None else box.accept()
        elif isinstance(box, QInputDialog):
            self.seen.append(box.labelText())
            box.setTextValue(str(self.answers.pop(0)))
            box.accept()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def dialogs(qapp):
    answerer = DialogAnswerer()
    yield answerer
    answerer.stop()


def show_active(qtbot, widget, size: tuple[int, int] = (1366, 768)):
    """Show a top-level widget at a desk monitor's size and make it the active window."""
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def hub() -> Iterator[str]:
    """The URL of a new, empty hub database on the test PostgreSQL server, dropped after."""
    from .hub_support import new_hub_database

    with new_hub_database() as url:
        yield url
