"""The person card: a person's key as a short code, for those who prefer not to spell their name.

One A4 page with a card of bank-card size to cut out: the structure's name, the code in
large type, a QR code of the same code (a reception's barcode reader types it into the
code field; reportlab draws it, no other library), the year it holds for, and two lines
that say what it is. No name, no birth date: the card says nothing about who holds it.
"""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import BOLD, REGULAR, register_fonts
from .layout import DARK, SheetContext

CARD_WIDTH, CARD_HEIGHT = 85.6 * mm, 54 * mm  # ISO/IEC 7810 ID-1, a bank card
QR_SIZE = 24 * mm


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """``size``, or the largest size below it at which ``text`` fits in ``width``."""
    return min(size, width / max(float(stringWidth(text, font, 1)), 1e-6))


def _qr(canvas: Canvas, code: str, x: float, y: float) -> None:
    widget = QrCodeWidget(code, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _card(canvas: Canvas, code: str, holds_for: str, context: SheetContext, x: float, y: float) -> None:
    translate = context.translate
    canvas.setStrokeColor(DARK)
    canvas.setDash(3, 2)  # the line to cut along
    canvas.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, 3 * mm)
    canvas.setDash()
    inner = CARD_WIDTH - 8 * mm
    canvas.setFillColor(colors.black)
    size = _fitted(context.structure, BOLD, 9, inner)
    canvas.setFont(BOLD, size)
    canvas.drawString(x + 4 * mm, y + CARD_HEIGHT - 7 * mm, context.structure)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(x + 4 * mm, y + CARD_HEIGHT - 11.5 * mm, translate("PersonCard", "Your code at the reception"))
    text_width = inner - QR_SIZE - 3 * mm
    size = _fitted(code, BOLD, 17, text_width)
    canvas.setFont(BOLD, size)
    canvas.drawString(x + 4 * mm, y + CARD_HEIGHT - 22 * mm, code)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(DARK)
    lines = [holds_for, translate("PersonCard", "It holds no name."), translate("PersonCard", "Show it at the desk")]
    lines.append(translate("PersonCard", "instead of spelling your name."))
    for index, line in enumerate(lines):
        canvas.setFont(REGULAR, _fitted(line, REGULAR, 7.5, text_width))
        canvas.drawString(x + 4 * mm, y + CARD_HEIGHT - (29 + 4.2 * index) * mm, line)
    _qr(canvas, code, x + CARD_WIDTH - 4 * mm - QR_SIZE, y + 5 * mm)


def person_card_pdf(code: str, holds_for: str, context: SheetContext) -> bytes:
    """One page: the card to cut out, top left, and how to use it beneath, for the agent."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(context.translate("PersonCard", "Person card"))
    canvas.setAuthor(context.structure)
    canvas.setCreator("Maison de la Solidarité")
    top = A4[1] - 20 * mm
    _card(canvas, code, holds_for, context, 20 * mm, top - CARD_HEIGHT)
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(DARK)
    advice = [
        context.translate("PersonCard", "Cut out the card along the dotted line and give it to the person."),
        context.translate("PersonCard", "At the desk, type its code in the person key's field instead of the name."),
    ]
    for index, line in enumerate(advice):
        canvas.drawString(20 * mm, top - CARD_HEIGHT - (10 + 5 * index) * mm, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
