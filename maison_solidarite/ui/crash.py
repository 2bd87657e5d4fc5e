"""An unexpected error is never silent: it is logged, shown in French, and can be reported."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..logs import crash_report
from ..private import open_private

log = logging.getLogger("maison_solidarite.crash")


class CrashDialog(QMessageBox):
    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("Unexpected error"), "", parent=parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.setText(
            self.tr(
                "Something went wrong in Maison de la Solidarité. What was saved before stays saved. "
                "You can save a report for the person who looks after the application: it holds the "
                "version and the technical details, and no personal data."
            )
        )
        if log_file is not None:
            self.setInformativeText(self.tr("The error is also written in {path}.").format(path=log_file))
        self.save_button = self.addButton(self.tr("&Save a report…"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDetailedText(report)

    def save_to(self, path: Path) -> None:
        with open_private(path, "w", encoding="utf-8") as stream:
            stream.write(self.report)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install(log_file: Path | None, ask_path: Callable[[QWidget | None], str] | None = None) -> ExceptHook:
    """Replace sys.excepthook: log the error, then show the dialog (once at a time)."""
    showing = False

    def ask(parent: QWidget | None) -> str:
        title = QCoreApplication.translate("CrashDialog", "Save a report")
        return QFileDialog.getSaveFileName(parent, title, "rapport-maison-solidarite.txt", "Texte (*.txt)")[0]

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        report = crash_report(kind, error, tb)
        log.error("unexpected error\n%s", report)
        if showing or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        showing = True
        try:
            dialog = CrashDialog(report, log_file, QApplication.activeWindow())
            dialog.exec()
            if dialog.clickedButton() is dialog.save_button:
                path = (ask_path or ask)(dialog)
                if path:
                    dialog.save_to(Path(path))
        finally:
            showing = False

    sys.excepthook = hook
    return hook
