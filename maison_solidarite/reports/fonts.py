"""The font of every printed document: DejaVu Sans, embedded, with every French accent, œ and €."""

from __future__ import annotations

from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def register_fonts() -> None:
    """Register the fonts with reportlab once (its registry is process-wide)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("maison_solidarite.resources") / "fonts"
    for name in (REGULAR, BOLD):
        with resources.as_file(folder / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    # Paragraph styles name the bold face directly: it needs a family of its own.
    pdfmetrics.registerFontFamily(BOLD, normal=BOLD, bold=BOLD, italic=BOLD, boldItalic=BOLD)
