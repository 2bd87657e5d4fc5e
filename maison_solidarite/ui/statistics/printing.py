"""Printing a finished PDF on a system printer: QtPdf renders each page onto the QPrinter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog on ``printer``: True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("StatisticsView", "Print the sheet"))
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintFailed(Exception):
    """The printer could not be opened or refused the document."""


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], None] = lambda _d, _t: None) -> int:
    """Print every page of ``data``; return the number of pages. Safe on a worker thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed("the document could not be read")
    pages = document.pageCount()
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Maison de la Solidarité")
    painter = QPainter()
    if not printer.isValid() or not painter.begin(printer):
        raise PrintFailed(printer.printerName())
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
            progress(page + 1, pages)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailed(printer.printerName())
    return pages
