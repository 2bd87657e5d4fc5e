"""One key on the real reception screen until the visit is committed and the counter shows
it, alternated with a raw INSERT + COMMIT of a visit (its triggers included) on the same
database, with the app's pragmas: key, insert, key, insert ... at each size."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import datetime
from typing import Any

from .datasets import DATA, SIZES, dataset
from .run import Figure, alternated, measured, raw_connection

PRESSES = 200
RAW_VISIT = (
    "INSERT INTO visits (uid, visited_at, category_id, channel, outcome, desk_id, agent, created_at, updated_at) "
    "VALUES (?, '2026-06-30 11:00:00.000000', 1, 'walk_in', 'answered', 'raw', 'raw', "
    "'2026-06-30 11:00:00.000000', '2026-06-30 11:00:00.000000')"
)


def key_press_figures() -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from maison_solidarite.ui.app import install_translators

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_translators(app, "fr")
    return [_at_size(app, size) for size in SIZES]


def _today(view: Any) -> int:
    return int(str(view.counter_model.index(0, view.counter_model.TODAY).data()).replace("\u202f", ""))


def _raw_insert(raw: sqlite3.Connection) -> None:
    raw.execute("BEGIN IMMEDIATE")
    raw.execute(RAW_VISIT, (str(uuid.uuid4()),))  # a random uid, as the app's: same index pages
    raw.execute("COMMIT")


def _at_size(app: Any, size: str) -> Figure:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from maison_solidarite.db.schema import prepare_database
    from maison_solidarite.services import Services
    from maison_solidarite.services.context import DeskContext
    from maison_solidarite.ui.reception.view import ReceptionView

    work = DATA / "keypress.sqlite3"
    for old in DATA.glob("keypress.sqlite3*"):
        old.unlink()
    shutil.copyfile(dataset(size), work)
    prepared = prepare_database(str(work), DATA / "backups")
    services = Services.create(prepared.db, DeskContext("bench", "bench", lambda: datetime(2026, 6, 30, 11, 0)))
    view = ReceptionView(services)
    view.resize(1366, 768)
    view.show()
    view.pad.setFocus()
    app.processEvents()
    raw = raw_connection(work)
    raw.isolation_level = None

    def press() -> None:
        before = _today(view)
        QTest.keyClick(view.pad, Qt.Key.Key_1)
        assert _today(view) == before + 1

    presses, inserts = alternated(press, lambda: _raw_insert(raw), PRESSES, warmup=3)
    view.close()
    raw.close()
    prepared.db.dispose()
    return measured(
        f"keypress: key to visit committed and counted, {size}",
        presses,
        inserts,
        "raw sqlite3 INSERT + COMMIT of a visit, same pragmas, alternated",
        "≤ 3×, p99 ≤ 10 ms",
        lambda v, b, p: b is not None and v <= 3 * b and p <= 10,
        size=size,
    )
