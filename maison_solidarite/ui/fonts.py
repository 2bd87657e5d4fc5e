"""Text size: the desk's setting scales the application font, and titles are sized from it.

Sizes are never fixed in points elsewhere: a title is the current font times a factor, so
that a setting of 150 % or 200 % enlarges everything alike and the layouts reflow.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
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


# Read from the visitor's side of the desk, about a metre away: 16 px is the smallest body
# text that stays legible there (the WCAG's "large" text starts at 18.7 px bold). The
# reception's figures are larger still. Past the ceilings the text-size setting no longer
# grows the reception screen, so that every key, counter and field stays on a 1366 x 768
# screen; the other screens follow the setting all the way.
READABLE_PX = 16
READABLE_MAX_PX = 16
FIGURES_PX = 18
FIGURES_MAX_PX = 18
KEYS_PX = 18  # the category keys, bold: read at a metre, at every text size (they were 17.4 px at 100 %)


def pixel_size(font: QFont) -> float:
    """The font's height in pixels, whether it was set in points or pixels."""
    return float(QFontInfo(font).pixelSize())


def clamped_font(widget: QWidget, least: float, most: float, factor: float = 1.0, bold: bool = False) -> QFont:
    """The application's text size times ``factor``, kept between ``least`` and ``most`` pixels,
    in the widget's family."""
    font = QFont(widget.font())
    font.setPixelSize(round(min(max(pixel_size(QApplication.font()) * factor, least), most)))
    font.setBold(bold)
    return font


def readable(widget: QWidget, figures: bool = False, bold: bool = False) -> None:
    """Make ``widget`` (and its children) read at a metre: body text, or larger for figures."""
    least, most = (FIGURES_PX, FIGURES_MAX_PX) if figures else (READABLE_PX, READABLE_MAX_PX)
    widget.setFont(clamped_font(widget, least, most, bold=bold))
