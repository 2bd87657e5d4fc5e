"""The sign-in sheet (feuille d'émargement) of an event: previewed, printed or saved as a PDF.

The sheet is made by services/sign_in_sheet.py: the partners for a meeting, numbered blank
lines for an action, where the participants write by hand; no name comes from the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.events import Event
from ...domain.statistics import number_format
from ...reports.files import write_bytes
from ...services import Services
from ...services.printing import printer_refuses
from ..messages import show_error
from ..statistics.printing import PrintFailed, print_pdf
from ..statistics.widgets import PreviewDialog


class SignInSheet(QObject):
    """One event's sheet, from the agenda: ``open_preview`` shows it with Print and Save."""

    printed = Signal(int)  # pages
    saved = Signal(str)  # the path written

    def __init__(self, services: Services, event: Event, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self.shown, self._parent = services, event, parent
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)

    def document(self) -> bytes | None:
        """The sheet as a PDF (its printing is audited); None, with a message, when refused."""
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        try:
            return self._services.sign_in_sheet.pdf(self.shown.id, QCoreApplication.translate, number_format(language))
        except UserError as exc:
            show_error(self._parent, exc)
            return None

    def open_preview(self) -> PreviewDialog | None:
        data = self.document()
        if data is None:
            return None
        title = self.tr("Sign-in sheet: {title}").format(title=self.shown.title)
        preview = PreviewDialog(data, title, self._parent, self.printer)
        preview.print_requested.connect(lambda: self.print_document(data, preview))
        preview.save_requested.connect(lambda: self.ask_and_save(data, preview))
        preview.open()
        return preview

    def print_document(self, data: bytes, parent: QWidget) -> bool:
        """Printed at once; a printer that refuses offers to save the PDF instead."""
        try:
            if not self.printer.isValid() or printer_refuses(self.printer.printerName()):
                raise PrintFailed(self.printer.printerName())
            pages = print_pdf(data, self.printer)
        except PrintFailed:
            message = self.tr(
                "The printer « {printer} » could not print the sheet. Save it as a PDF to print it later?"
            ).format(printer=self.printer.printerName() or "—")
            if QMessageBox.question(parent, self.tr("Printing failed"), message) == QMessageBox.StandardButton.Yes:
                self.ask_and_save(data, parent)
            return False
        self.printed.emit(pages)
        return True

    def file_name(self) -> str:
        return f"emargement-{self.shown.day.isoformat()}-{self.shown.id}.pdf"

    def ask_and_save(self, data: bytes, parent: QWidget) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Save the sign-in sheet"), self.file_name(), "PDF (*.pdf)"
        )
        if path:
            self.save(Path(path), data)

    def save(self, path: Path, data: bytes | None = None) -> bool:
        data = data if data is not None else self.document()
        if data is None:
            return False
        try:
            write_bytes(path, data)
        except UserError as exc:
            show_error(self._parent, exc)
            return False
        self.saved.emit(str(path))
        return True
