"""Small widgets of the statistics screen: its read-only tables and the sheet's preview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..reflow import fit_to_screen
from .printing import ask_printer

# An A4 page at 96 dpi and its margins: the preview's size when the screen has room for it.
A4_WIDTH_PX, A4_HEIGHT_PX = 840, 1160


def figures_table(model: QAbstractItemModel, name: str, title: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setMinimumSectionSize(90)
    model.modelReset.connect(lambda: view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch))
    return view


def page(layout: QBoxLayout, *parts: tuple[QWidget, int]) -> QWidget:
    """A tab's page: ``parts`` in ``layout``, each with its stretch."""
    widget = QWidget()
    widget.setLayout(layout)
    for part, stretch in parts:
        layout.addWidget(part, stretch)
    return widget


class PreviewDialog(QDialog):
    """The sheet as it will be printed, with its Print and Save buttons; as tall as the screen allows.

    ``print_requested`` follows Qt's print dialog on ``printer`` when the person chose to print."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None, printer: QPrinter | None = None) -> None:
        super().__init__(parent)
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setObjectName("previewDialog")
        self.setWindowTitle(title)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(title)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(200, 200)  # the page scales down: the dialog fits any screen
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setObjectName("previewPrint")
        self.save_button.setObjectName("previewSave")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self.save_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, A4_WIDTH_PX, A4_HEIGHT_PX)

    def _on_print_button_clicked(self) -> None:
        if ask_printer(self.printer, self):
            self.print_requested.emit()
