"""Importing visits from the window: on the worker pool, with a progress dialog, and a clear refusal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits_csv import BATCH_ROWS, ImportResult
from maison_solidarite.ui.main_window import MainWindow

from .test_csv_import_large import write_visits


def visit_count(services: Services) -> int:
    with services.db.read() as session:
        return session.execute(text("SELECT count(*) FROM visits")).scalar_one()


@pytest.fixture
def window(qtbot, french_app, db, clock, tmp_path: Path) -> MainWindow:
    coordinator = Services.create(db, DeskContext("desk-2", "camille", clock, role=Role.COORDINATOR))
    window = MainWindow(coordinator, backup_dir=tmp_path)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("role", "enabled"), [(Role.AGENT, False), (Role.COORDINATOR, True), (Role.ADMINISTRATOR, True)]
)
def test_only_those_who_may_import_see_the_menu_entry(qtbot, french_app, db, clock, role: Role, enabled: bool) -> None:
    window = MainWindow(Services.create(db, DeskContext("desk-2", "x", clock, role=role)))
    qtbot.addWidget(window)
    assert window.findChild(QAction, "importVisitsAction").isEnabled() is enabled


def test_a_large_file_is_imported_in_the_background_and_counted(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "visites.csv"
    total = 2 * BATCH_ROWS + 10
    write_visits(path, total)
    task = window.import_visits(path)
    assert task is not None
    with qtbot.waitSignal(task.imported, timeout=120_000) as caught:
        pass
    assert caught.args == [ImportResult(total, 0)]
    assert re.search(rf"\b{total}\D+{total}\b", task.progress.labelText()) and not task.progress.isVisible()
    assert re.match(rf"^{total} \D+ 0 \D+$", window.statusBar().currentMessage())
    assert visit_count(window._services) == total

    again = window.import_visits(path)
    with qtbot.waitSignal(again.imported, timeout=120_000) as caught:
        pass
    assert caught.args == [ImportResult(0, total)]
    assert re.match(rf"^0 \D+ {total} \D+$", window.statusBar().currentMessage())


def test_a_file_in_utf16_is_refused_with_a_message_and_nothing_imported(
    qtbot, window: MainWindow, dialogs, tmp_path: Path
) -> None:
    path = tmp_path / "visites.csv"
    path.write_bytes("datetime;category\r\n2026-11-02T09:15;rights\r\n".encode("utf-16"))
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    task = window.import_visits(path)
    with qtbot.waitSignal(task.refused, timeout=30_000):
        pass
    assert len(dialogs.seen) == 1 and "UTF-8" in dialogs.seen[0] and "Windows-1252" in dialogs.seen[0]
    assert visit_count(window._services) == 0


def test_bad_lines_are_listed_under_the_refusal(qtbot, window: MainWindow, dialogs, tmp_path: Path) -> None:
    path = tmp_path / "visites.csv"
    path.write_text(
        "datetime;category\n2026-11-02T09:15;rights\nhier;rights\n2026-11-02T09:20;yoga\n", encoding="utf-8"
    )
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    task = window.import_visits(path)
    with qtbot.waitSignal(task.refused, timeout=30_000) as caught:
        pass
    assert dialogs.seen == ["Import refusé, rien n'a été importé : 2 ligne(s) invalide(s)."]
    assert [row.line for row in caught.args[0].rows] == [3, 4]
    assert visit_count(window._services) == 0
