"""The person key of a visit: typed from the detail panel, in a small dialog, by keyboard only.

The agent types the birth name, the first name and the birth date (or a card's code); the
dialog computes the key, empties the fields and gives the key back. It may also remove the
visit's key, or print the person's card (the code, no name) to give them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.statistics import number_format
from ...domain.visits import Visit
from ...reports.files import write_bytes
from ...services import Services
from ..forms import show_refusal
from ..person_key_entry import PersonKeyEntry
from ..reflow import fit_to_screen
from ..statistics.printing import PrintFailed, ask_printer, print_pdf
from ..statistics.widgets import PreviewDialog

REMOVED = ""  # what ``key`` holds once the agent removed the visit's key


class PersonKeyDialog(QDialog):
    """Compute the key of the visit's person; ``key`` holds it once accepted."""

    def __init__(self, services: Services, day: date, has_key: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personKeyDialog")
        self.setWindowTitle(self.tr("Person key of the visit"))
        self._services, self._day = services, day
        self.key: str | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.status = QLabel(
            self.tr("This visit carries a person key.") if has_key else self.tr("This visit carries no person key.")
        )
        self.entry = PersonKeyEntry(services, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("&Record the key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        self.card_button = buttons.addButton(self.tr("Print a c&ard…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = buttons.addButton(self.tr("Re&move the key"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setVisible(has_key)
        self.record_button.clicked.connect(self._on_record)
        self.card_button.clicked.connect(self._on_card)
        self.remove_button.clicked.connect(self._on_remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.entry)
        layout.addStretch(1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 64, metrics.height() * 14)

    def _on_record(self) -> None:
        key = self.entry.compute(self._day)
        if key is not None:
            self.key = key
            self.accept()

    def _on_remove(self) -> None:
        self.entry.discard()
        self.key = REMOVED
        self.accept()

    def reject(self) -> None:
        self.entry.discard()  # cancelled: nothing typed stays
        super().reject()

    def _on_card(self) -> None:
        """Compute the key (it is recorded on the visit too), then preview its card to print or save."""
        key = self.entry.compute(self._day)
        if key is None:
            return
        self.key = key
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        try:
            data = self._services.person_keys.card_pdf(
                key, self._day, QCoreApplication.translate, number_format(language)
            )
        except UserError as exc:
            show_refusal(self.entry.error, exc)
            return
        preview = PreviewDialog(data, self.tr("Person card"), self, self.printer)
        preview.print_requested.connect(lambda: self._print(data))
        preview.save_requested.connect(lambda: self._save(data, preview))
        preview.finished.connect(lambda _result: self.accept())
        preview.open()

    def _print(self, data: bytes) -> None:
        if ask_printer(self.printer, self):
            try:
                print_pdf(data, self.printer)
            except PrintFailed:
                self._save(data, self)

    def _save(self, data: bytes, parent: QWidget) -> None:
        path, _filter = QFileDialog.getSaveFileName(parent, self.tr("Save as PDF"), "carte.pdf", "PDF (*.pdf)")
        if path:
            try:
                write_bytes(Path(path), data)
            except UserError as exc:
                show_refusal(self.entry.error, exc)


class PersonKeyButton(QToolButton):
    """The detail panel's field: says whether the visit carries a key, opens the dialog (Space, Enter)."""

    key_chosen = Signal(object)  # a key, or None to remove the visit's

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personKeyButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._services = services
        self._visit: Visit | None = None
        self.dialog: PersonKeyDialog | None = None
        self.clicked.connect(self.ask)
        self.show_visit(None)

    def show_visit(self, visit: Visit | None) -> None:
        self._visit = visit
        carries = visit is not None and visit.person_key is not None
        self.setText(self.tr("Recorded") if carries else self.tr("None (type it…)"))

    def ask(self) -> None:
        visit = self._visit
        if visit is None:
            return
        dialog = PersonKeyDialog(self._services, visit.visited_at.date(), visit.person_key is not None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone once closed, with what was typed
        dialog.accepted.connect(self._on_accepted)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    def _on_accepted(self) -> None:
        if self.dialog is not None and self.dialog.key is not None:
            self.key_chosen.emit(self.dialog.key or None)
