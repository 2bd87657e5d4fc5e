"""Importing a visits CSV from the window: on the worker pool, with a progress dialog.

The file is checked first (the dialog turns without a figure), then written batch by
batch (the dialog counts the lines). The desk stays usable meanwhile, and the other
desks wait at most one batch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ...domain.errors import ImportRejected, UserError
from ...services import Services
from ...services.visits_csv import ImportResult
from ..messages import render, show_error
from ..tasks import run_in_background

SHOWN_BAD_LINES = 20


class VisitsImport(QObject):
    imported = Signal(object)  # ImportResult
    refused = Signal(object)  # the UserError shown

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.progress = QProgressDialog(self.tr("Checking the file…"), "", 0, 0, parent)
        self.progress.setObjectName("visitsImportProgress")
        self.progress.setWindowTitle(self.tr("Import visits"))
        self.progress.setCancelButton(None)  # no button: stopping half-way is left to a re-import
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)

    def start(self, path: Path) -> None:
        visits_csv = self._services.visits_csv
        signals = run_in_background(lambda report: visits_csv.import_file(path, report), self)
        signals.progressed.connect(self._on_signals_progressed)
        signals.finished.connect(self._on_signals_finished)
        signals.failed.connect(self._on_signals_failed)

    def _on_signals_progressed(self, done: int, total: int) -> None:
        self.progress.setLabelText(self.tr("Importing the visits: {done} of {total}…").format(done=done, total=total))
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_signals_finished(self, result: ImportResult) -> None:
        self.progress.close()
        self.imported.emit(result)

    def _on_signals_failed(self, exc: Exception) -> None:
        self.progress.close()
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog takes it
        if isinstance(exc, ImportRejected):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import visits"), render(exc), parent=self._parent)
            box.setObjectName("errorDialog")
            box.setDetailedText("\n".join(render(row) for row in exc.rows[:SHOWN_BAD_LINES]))
            box.exec()
        else:
            show_error(self._parent, exc)
        self.refused.emit(exc)

    def message(self, result: ImportResult) -> str:
        return self.tr("{imported} visit(s) imported, {present} recognised as already present.").format(
            imported=result.imported, present=result.already_present
        )
