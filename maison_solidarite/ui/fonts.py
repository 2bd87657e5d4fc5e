"""Text size: the desk's setting scales the application font, and titles are sized from it.

Sizes are never fixed in points elsewhere: a title is the current font times a factor, so
that a setting of 150 % or 200 % enlarges everything alike and the layouts reflow.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_PROPERTY = "maisonBaseFontPointSize"


def apply_text_size(app: QApplication, percent: int) -> None:
    """Set the application font to ``percent`` of the system's; widgets made after follow it."""
    base = app.property(BASE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        app.setProperty(BASE_PROPERTY, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)


def relative_font(widget: QWidget, factor: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def emphasise(widget: QWidget, factor: float, bold: bool = True) -> None:
    """Make a label's text ``factor`` times the current size (a title, a big figure)."""
    widget.setFont(relative_font(widget, factor, bold))
