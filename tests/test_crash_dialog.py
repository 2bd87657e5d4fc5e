"""An unexpected error: logged, shown in French, and reported without personal data."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from maison_solidarite import __version__
from maison_solidarite.logs import crash_report, scrub, start_logging
from maison_solidarite.ui import crash


def test_parameters_of_a_database_error_are_left_out_of_the_report() -> None:
    text = "(sqlite3.IntegrityError) CHECK constraint failed [SQL: INSERT INTO visits (note) VALUES (?)] [parameters: ('Madame Dupont, 06 12 34 56 78',)] (Background on this error at: ...)"
    assert "Dupont" not in scrub(text) and "[parameters: (removed)]" in scrub(text)


def test_an_unexpected_error_is_logged_shown_and_can_be_saved(qtbot, french_app, tmp_path: Path) -> None:
    log_file = start_logging(tmp_path / "logs")
    saved = tmp_path / "rapport.txt"
    previous = sys.excepthook
    hook = crash.install(log_file, ask_path=lambda _parent: str(saved))
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, crash.CrashDialog) and not seen:
            seen.append(box.text())
            box.save_button.click()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        try:
            raise RuntimeError("une panne imprévue (note: Madame Martin)")
        except RuntimeError:
            hook(*sys.exc_info())
    finally:
        timer.stop()
        sys.excepthook = previous
    assert seen[0].startswith("Quelque chose s'est mal passé dans Maison de la Solidarité.")
    report = saved.read_text(encoding="utf-8")
    assert f"Maison de la Solidarité {__version__}" in report and "RuntimeError" in report and "Traceback" in report
    assert "RuntimeError" in log_file.read_text(encoding="utf-8")


def test_the_report_names_the_version_and_the_system() -> None:
    try:
        1 / 0  # noqa: B018 - the expression raises: that is the point
    except ZeroDivisionError:
        report = crash_report(*sys.exc_info())
    assert report.startswith("Maison de la Solidarité") and "Python 3." in report and "ZeroDivisionError" in report
