"""The paper tally sheet of a day, printed from the reception before the desk has to count on paper.

The sheet itself is made by services/tally_sheet.py; this dialog chooses the day, then
previews, prints (Qt's print dialog, as the statistics do) or saves it as a PDF. A printer
that refuses offers to save the PDF instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.statistics import number_format
from ...reports.files import write_bytes
from ...services import Services
from ...services.printing import printer_refuses
from ..forms import error_label, pydate, qdate
from ..messages import render
from ..reflow import fit_to_screen
from ..statistics.printing import PrintFailed, ask_printer, print_pdf
from ..statistics.widgets import PreviewDialog


class TallySheetDialog(QDialog):
    """Choose a day; preview, print or save its paper tally sheet."""

    printed = Signal(int)  # pages
    saved = Signal(str)  # the path written

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallySheetDialog")
        self.setWindowTitle(self.tr("Print the tally sheet"))
        self._services = services
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.intro = QLabel(
            self.tr(
                "The sheet to count visits on paper when the computer cannot be used: the requests with the "
                "reception's keys, a column for the morning and one for the afternoon."
            )
        )
        self.intro.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setObjectName("tallyDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(qdate(services.ctx.now().date()))
        self.error = error_label("tallyError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save as PD&F…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("tallyPrint")
        self.print_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(lambda: self.ask_and_save())
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Day"))
        label.setBuddy(self.day)
        row.addWidget(label)
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 90, metrics.height() * 9)

    def chosen_day(self) -> date:
        return pydate(self.day.date())

    def document(self) -> bytes | None:
        """The chosen day's sheet as a PDF (its printing is audited); None when refused."""
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        try:
            data = self._services.tally_sheet.pdf(
                self.chosen_day(), QCoreApplication.translate, number_format(language)
            )
        except UserError as exc:
            self.error.setText(render(exc))
            self.error.show()
            return None
        self.error.hide()
        return data

    def open_preview(self) -> PreviewDialog | None:
        data = self.document()
        if data is None:
            return None
        preview = PreviewDialog(data, self.windowTitle(), self, self.printer)
        preview.print_requested.connect(lambda: self.print_document(data))
        preview.save_requested.connect(lambda: self.ask_and_save(data, preview))
        preview.open()
        return preview

    def _on_print_button_clicked(self) -> None:
        if ask_printer(self.printer, self):
            data = self.document()
            if data is not None:
                self.print_document(data)

    def print_document(self, data: bytes) -> bool:
        """One page, printed at once; a printer that refuses offers to save the PDF instead."""
        try:
            if not self.printer.isValid() or printer_refuses(self.printer.printerName()):
                raise PrintFailed(self.printer.printerName())
            pages = print_pdf(data, self.printer)
        except PrintFailed:
            message = self.tr(
                "The printer \u201c{printer}\u201d could not print the sheet. Save it as a PDF to print it later?"
            ).format(printer=self.printer.printerName() or "—")
            if QMessageBox.question(self, self.tr("Printing failed"), message) == QMessageBox.StandardButton.Yes:
                self.ask_and_save(data)
            return False
        self.printed.emit(pages)
        return True

    def ask_and_save(self, data: bytes | None = None, parent: QWidget | None = None) -> None:
        name = f"feuille-de-pointage-{self.chosen_day():%Y-%m-%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(parent or self, self.tr("Save as PDF"), name, "PDF (*.pdf)")
        if path:
            self.save(Path(path), data)

    def save(self, path: Path, data: bytes | None = None) -> bool:
        data = data if data is not None else self.document()
        if data is None:
            return False
        try:
            write_bytes(path, data)
        except UserError as exc:
            self.error.setText(render(exc))
            self.error.show()
            return False
        self.saved.emit(str(path))
        return True
