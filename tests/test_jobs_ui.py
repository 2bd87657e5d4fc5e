"""Slow work runs off the window's thread, one job at a time; the reception reads one snapshot."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from maison_solidarite.db.engine import open_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period, PeriodKind
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.view import ReceptionView
from maison_solidarite.ui.statistics.view import StatisticsView
from maison_solidarite.ui.statistics.widgets import PreviewDialog

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)


class OtherDesk:
    """Another desk logging visits on its own connection, in a thread, until stopped."""

    def __init__(self, db_path: Path, clock, category_id: int) -> None:
        self.db = open_database(str(db_path))
        self.services = Services.create(self.db, DeskContext("desk-2", "agent.2", clock, role=Role.AGENT))
        self.category_id, self.logged = category_id, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        # A busy desk, not a loop that never lets go of the lock: a pause of 2 ms between
        # two visits, so that this desk's own writes get the lock within their busy timeout.
        while not self._stop.is_set() and self.logged < 5000:
            self.services.visits.log(self.category_id)
            self.logged += 1
            self._stop.wait(0.002)

    def __enter__(self) -> OtherDesk:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.db.dispose()


def test_the_reception_day_agrees_with_itself_while_another_desk_logs(qtbot, french_app, services, db_path, clock):
    clock.current = NOW
    view = ReceptionView(services)
    qtbot.addWidget(view)
    totals: set[int] = set()
    with OtherDesk(db_path, clock, services.categories.list()[0].id) as other:
        qtbot.waitUntil(lambda: other.logged > 0)
        for turn in range(30):
            day = services.reception.day()
            assert len(day.visits) == day.today_total == sum(c.today for c in day.counters)
            assert all(v.visited_at.date() == NOW.date() for v in day.visits)
            totals.add(day.today_total)
            if turn % 3 == 0:
                view._timer.timeout.emit()  # the 30-second refresh
            elif turn % 3 == 1:
                assert view.log_visit(other.category_id) is not None  # a key press at this desk
            else:
                view.refresh()
            shown = view.day
            assert shown is not None and shown is not day
            total_shown = view.counter_model.count("Total", view.counter_model.TODAY)
            assert view.visit_model.rowCount() == total_shown == shown.today_total
    assert len(totals) > 1  # the other desk was writing while the day was read


@pytest.fixture
def statistics(qtbot, french_app, services, clock):
    clock.current = NOW
    load_demo(services.db, services.ctx, years=4)
    window = MainWindow(services)
    show_active(qtbot, window)
    with qtbot.waitSignal(window.statistics.computed, timeout=20_000):
        window.tabs.setCurrentWidget(window.statistics)
    return window.statistics


def test_the_window_keeps_answering_while_an_annual_review_is_made(qtbot, statistics: StatisticsView) -> None:
    with qtbot.waitSignal(statistics.computed, timeout=20_000):
        statistics.kind_combo.setCurrentIndex(statistics.kind_combo.findData(PeriodKind.YEAR))
    assert statistics.period == Period.year(2026)
    ticks_while_running: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks_while_running.append(statistics.job.running))
    timer.start()
    started = time.monotonic()
    try:
        with qtbot.waitSignal(statistics.document_ready, timeout=60_000) as ready:
            signals = statistics.make_document()  # the annual review of a year among four
            assert signals is not None and statistics.job.running
            assert not statistics.preview_button.isEnabled() and not statistics.xlsx_button.isEnabled()
            window = statistics.window()
            assert isinstance(window, MainWindow)
            assert window.statusBar().currentMessage() == statistics.tr("Preparing the sheet…")
    finally:
        timer.stop()
    took_ms = (time.monotonic() - started) * 1000
    assert ready.args[0].startswith(b"%PDF")
    # The timer kept firing while the review was made: at least once each 50 ms it took
    # (the daily counts made the review quick, so a fixed count no longer says anything).
    assert sum(ticks_while_running) >= max(1, int(took_ms // 50)), (ticks_while_running, took_ms)
    assert statistics.preview_button.isEnabled() and statistics.xlsx_button.isEnabled()


def _close_previews() -> None:
    """Close the preview; any other dialog (an error) too, so that the test fails instead of waiting."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, PreviewDialog):
        dialog.reject()
    elif dialog is not None:
        dialog.close()


def test_two_quick_clicks_on_preview_make_one_sheet(qtbot, statistics: StatisticsView, services) -> None:
    before = len(services.audit.trail(entity="monthly_sheet"))
    started: list[None] = []
    statistics.job.started.connect(lambda: started.append(None))
    closer = QTimer()
    closer.timeout.connect(_close_previews)
    closer.start(20)
    try:
        with qtbot.waitSignal(statistics.job.ended, timeout=30_000):
            qtbot.mouseClick(statistics.preview_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(statistics.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    finally:
        closer.stop()
    assert started == [None]
    assert len(services.audit.trail(entity="monthly_sheet")) == before + 1  # one sheet made, not two


def test_two_quick_clicks_on_save_start_one_export(qtbot, statistics: StatisticsView, tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    started: list[None] = []
    saved: list[str] = []
    statistics.job.started.connect(lambda: started.append(None))
    statistics.saved.connect(saved.append)

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(path))
            dialog.accept()
        elif dialog is not None:
            dialog.close()  # not the file dialog: the test fails instead of waiting

    answerer = QTimer()
    answerer.timeout.connect(answer_the_file_dialog)
    answerer.start(20)
    try:
        with qtbot.waitSignal(statistics.job.ended, timeout=30_000):
            qtbot.mouseClick(statistics.save_button, Qt.MouseButton.LeftButton)
            assert not statistics.save_button.isEnabled() and not statistics.print_button.isEnabled()
            qtbot.mouseClick(statistics.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(saved) == 1, timeout=10_000)
    finally:
        answerer.stop()
    assert started == [None] and len(saved) == 1  # one sheet asked for, made and saved
    assert Path(saved[0]).parent == tmp_path and Path(saved[0]).read_bytes().startswith(b"%PDF")


def test_the_day_s_first_copy_is_made_on_the_worker_pool(qtbot, qapp, services, tmp_path: Path) -> None:
    from maison_solidarite.services.backups import backups_in
    from maison_solidarite.ui.app import start_of_day

    folder = tmp_path / "copies"
    services.visits.log(services.categories.list()[0].id)
    with qtbot.waitSignal(start_of_day(services, folder, None, qapp).finished, timeout=20_000):
        pass  # the login would be showing meanwhile
    copies = backups_in(folder)
    assert len(copies) == 1 and not copies[0].manual
    with qtbot.waitSignal(start_of_day(services, folder, None, qapp).finished, timeout=20_000):
        pass
    assert len(backups_in(folder)) == 1  # one automatic copy a day


def test_the_directory_s_files_are_made_one_at_a_time_off_the_window_s_thread(
    qtbot, french_app, services, clock, tmp_path: Path
) -> None:
    from maison_solidarite.ui.directory.view import DirectoryView

    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.02)
    view = show_active(qtbot, DirectoryView(services))
    buttons = (view.guide_button, view.export_button, view.import_button)
    path = tmp_path / "annuaire.csv"
    with qtbot.waitSignal(view.file_job.ended, timeout=20_000):
        assert view.export_csv(path) is not None
        assert not any(b.isEnabled() for b in buttons)
        assert view.save_guide(tmp_path / "guide.pdf") is None  # the export runs: no second job
    assert all(b.isEnabled() for b in buttons)
    assert path.read_text(encoding="utf-8").count("\n") > 18 and not (tmp_path / "guide.pdf").exists()
    with qtbot.waitSignal(view.changed, timeout=20_000):
        assert view.import_csv(path) is not None  # the same sheets again: the directory is read again after
    with qtbot.waitSignal(view.file_job.ended, timeout=20_000):
        view.save_guide(tmp_path / "guide.pdf")
    assert (tmp_path / "guide.pdf").read_bytes().startswith(b"%PDF")


def test_back_up_now_twice_quickly_makes_one_copy(qtbot, french_app, services, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from maison_solidarite.services.backups import backups_in

    folder = tmp_path / "copies"
    folder.mkdir()
    window = show_active(qtbot, MainWindow(services, backup_dir=folder))
    action = window.findChild(QAction, "backupAction")
    assert isinstance(action, QAction) and action.isEnabled()
    with qtbot.waitSignal(window.backup_job.ended, timeout=20_000):
        action.trigger()
        assert not action.isEnabled()
        assert window.statusBar().currentMessage() == window.tr("Backing up the database…")
        action.trigger()  # disabled: nothing happens
        window.back_up_now()  # and the job refuses a second one
    assert action.isEnabled()
    copies = backups_in(folder)
    assert len(copies) == 1 and copies[0].manual
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().endswith(copies[0].path.name))


def test_a_job_quicker_than_its_connections_is_still_heard(qtbot, qapp) -> None:
    from PySide6.QtCore import QThreadPool

    from maison_solidarite.ui.tasks import run_in_background

    for number in range(20):
        signals = run_in_background(lambda _progress, n=number: n, qapp)
        QThreadPool.globalInstance().waitForDone()  # done before anyone listens
        with qtbot.waitSignal(signals.finished, timeout=5_000) as heard:
            pass
        assert heard.args == [number]
