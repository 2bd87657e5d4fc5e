"""Page furniture shared by the printed documents: styles, tables, footers, fonts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from .context import SheetContext, Translate
from .fonts import BOLD, REGULAR, register_fonts

WIDTH = A4[0] - 36 * mm
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.9, 0.9, 0.9)


def paragraph_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=DARK),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, textColor=DARK, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=4),
        "figure": ParagraphStyle("figure", parent=base, fontName=BOLD, fontSize=22, leading=26),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


LOGO_HEIGHT = 11 * mm  # in the top margin, above the first line of the page
LOGO_WIDTH = 36 * mm


def draw_logo(canvas: Canvas, logo: bytes, x: float, y: float, width: float, height: float) -> None:
    """The logo inside the box whose lower right corner is (x, y), its proportions kept."""
    canvas.drawImage(
        ImageReader(io.BytesIO(logo)),
        x - width,
        y,
        width,
        height,
        preserveAspectRatio=True,
        anchor="se",
        mask="auto",
    )


def numbered_canvas(context: SheetContext, *, cover: bool = False) -> type[Canvas]:
    """A canvas that writes "page X / Y", the generation line and the logo once all pages are known.

    ``cover``: the first page is a cover that shows the logo large by itself: none at its head."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 7.5)
                self.setFillColor(DARK)
                generated = context.translate("StatisticsSheet", "Generated on {date} at {time}").format(
                    date=context.generated_at.strftime("%d/%m/%Y"), time=context.generated_at.strftime("%H:%M")
                )
                self.drawString(18 * mm, 10 * mm, f"{context.structure} · {generated}")
                if context.coverage:  # which desks the figures cover, on every page
                    self.drawString(18 * mm, 13.5 * mm, context.coverage[:160])
                self.drawRightString(
                    A4[0] - 18 * mm,
                    10 * mm,
                    context.translate("StatisticsSheet", "page {page} / {pages}").format(
                        page=self._pageNumber, pages=count
                    ),
                )
                if context.logo and not (cover and self._pageNumber == 1):
                    draw_logo(
                        self, context.logo, A4[0] - 18 * mm, A4[1] - 4 * mm - LOGO_HEIGHT, LOGO_WIDTH, LOGO_HEIGHT
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def table(
    rows: Sequence[Sequence[object]], widths: Sequence[float], *, total_row: bool = False, numeric_from: int = 1
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1 if not total_row else -2), [colors.white, colors.Color(0.96, 0.96, 0.96)]),
    ]
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def build_document(flowables: list[Flowable], context: SheetContext, title: str, *, cover: bool = False) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=17 * mm,
        title=title,
        author=context.structure,
        creator="Maison de la Solidarité",
    )
    document.build(flowables, canvasmaker=numbered_canvas(context, cover=cover))
    return buffer.getvalue()


__all__ = ["SheetContext", "Translate", "build_document", "draw_logo", "numbered_canvas", "paragraph_styles", "table"]
