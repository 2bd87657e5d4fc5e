"""The paper tally sheet of a day: one A4 page the desk fills in by hand when the computer
cannot be used (a breakdown, a power cut, a day out of the Maison).

The requests are rows, with the same labels and keys as the reception screen; the morning
and the afternoon are columns of boxes, each box holding a group of five strokes. Below,
the same for the channel and the first visits, then who counted and who entered the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import long_date
from .fonts import BOLD, REGULAR
from .layout import DARK, LIGHT, WIDTH, SheetContext, build_document, paragraph_styles

KEY_WIDTH = 18 * mm
TOTAL_WIDTH = 17 * mm
HALF_WIDTH = 43 * mm
BOX = 5.2 * mm  # one box: a group of five strokes


@dataclass(frozen=True)
class TallySheet:
    """What the sheet of one day shows."""

    day: date
    requests: Sequence[tuple[str, str]]  # (key as on the screen, label), in the screen's order
    channels: Sequence[str]  # the channels' labels
    first_visits: bool  # whether the first visits are counted (the profile field is on)
    closed: str | None = None  # why the Maison is closed all that day
    partly_closed: Sequence[str] = field(default_factory=tuple)  # "afternoon (staff meeting)"
    closed_halves: tuple[bool, bool] = (False, False)  # the morning, the afternoon: shaded on the sheet


class TallyBoxes(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A row of light boxes to tally in, five strokes a box."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        canvas.setLineWidth(0.4)
        count = int(self.width // (BOX + 1 * mm))
        side = min(BOX, self.height - 1 * mm)
        y = (self.height - side) / 2
        for n in range(count):
            canvas.rect(n * (BOX + 1 * mm), y, side, side, stroke=1, fill=0)


def _grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    row_height: float,
    closed: tuple[bool, bool],
    *,
    key_column: bool,
) -> Table:
    """Label rows, then a morning and an afternoon column of boxes (grey when closed), then a total to write."""
    label_width = WIDTH - HALF_WIDTH * 2 - TOTAL_WIDTH - (KEY_WIDTH if key_column else 0)
    widths = ([KEY_WIDTH] if key_column else []) + [label_width, HALF_WIDTH, HALF_WIDTH, TOTAL_WIDTH]
    boxes = HALF_WIDTH - 4 * mm
    size = 9.5 if row_height >= 8.5 * mm else 7.5  # two lines of a long label fit in a short row
    label = ParagraphStyle("label", parent=paragraph_styles()["body"], fontSize=size, leading=size + 1)
    data: list[list[object]] = [list(header)]
    for *key, text in rows:
        cells = [Paragraph(escape(text), label), TallyBoxes(boxes, row_height - 2), TallyBoxes(boxes, row_height - 2)]
        data.append([*key, *cells, ""])
    table = Table(data, colWidths=widths, rowHeights=[7 * mm] + [row_height] * len(rows), hAlign="LEFT")
    first_half = 2 if key_column else 1
    shaded = [("BACKGROUND", (first_half + n, 1), (first_half + n, -1), LIGHT) for n in (0, 1) if closed[n]]
    table.setStyle(
        TableStyle(
            [
                *shaded,
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("FONT", (0, 0), (-1, 0), BOLD, 10),
                ("FONT", (0, 1), (0, -1), BOLD if key_column else REGULAR, 11 if key_column else 10),
                ("ALIGN", (0, 1), (0, -1), "CENTER" if key_column else "LEFT"),
                ("ALIGN", (first_half, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.6, DARK),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LEFTPADDING", (first_half, 1), (-2, -1), 2 * mm),
            ]
        )
    )
    return table


def _halves(sheet: TallySheet, context: SheetContext) -> list[str]:
    halves = [context.translate("TallySheet", "Morning"), context.translate("TallySheet", "Afternoon")]
    closed = context.translate("TallySheet", "{half} (closed)")
    return [
        *(closed.format(half=half) if shut else half for half, shut in zip(halves, sheet.closed_halves, strict=True)),
        context.translate("TallySheet", "Total"),
    ]


def _requests(sheet: TallySheet, context: SheetContext) -> Table:
    count = max(len(sheet.requests), 1)
    row_height = max(6.5 * mm, min(10.5 * mm, 125 * mm / count))
    header = [
        context.translate("TallySheet", "Key"),
        context.translate("TallySheet", "Request"),
        *_halves(sheet, context),
    ]
    rows = [[key, label] for key, label in sheet.requests]
    return _grid(header, rows, row_height, sheet.closed_halves, key_column=True)


def _channels(sheet: TallySheet, context: SheetContext) -> Table:
    rows = [[label] for label in sheet.channels]
    if sheet.first_visits:
        rows.append([context.translate("TallySheet", "of which first visits")])
    header = [context.translate("TallySheet", "Channel"), *_halves(sheet, context)]
    return _grid(header, rows, 8.5 * mm, sheet.closed_halves, key_column=False)


def _closed_notice(sheet: TallySheet, context: SheetContext) -> list[Flowable]:
    """Whether the Maison is closed that day, all of it or a part: said in a box at the top."""
    texts = []
    if sheet.closed:
        texts.append(
            context.translate("TallySheet", "The Maison is closed on this day ({reason}).").format(reason=sheet.closed)
        )
    texts += [
        context.translate("TallySheet", "The Maison is closed for part of this day: {part}.").format(part=part)
        for part in sheet.partly_closed
    ]
    if not texts:
        return []
    style = paragraph_styles()["body"]
    notice = Table([[Paragraph(escape(text), style)] for text in texts], colWidths=[WIDTH], hAlign="LEFT")
    notice.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
    return [notice, Spacer(1, 3 * mm)]


def _signature(context: SheetContext) -> Table:
    line = "_" * 28
    rows = [
        [
            context.translate("TallySheet", "Counted by: {blank}").format(blank=line),
            context.translate("TallySheet", "Entered in the app on {blank} by {name}").format(
                blank="____/____", name="_" * 18
            ),
        ]
    ]
    table = Table(rows, colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def tally_sheet_pdf(sheet: TallySheet, context: SheetContext) -> bytes:
    """The sheet of ``sheet.day`` as a one-page A4 PDF."""
    styles = paragraph_styles()
    day = long_date(sheet.day, context.translate)
    title = context.translate("TallySheet", "Tally sheet — {day}").format(day=day)
    story: list[Flowable] = [
        Paragraph(escape(context.translate("TallySheet", "Tally sheet")), styles["title"]),
        Paragraph(escape(context.heading), styles["subtitle"]),
        Paragraph(escape(day), styles["figure"]),
        Spacer(1, 3 * mm),
        *_closed_notice(sheet, context),
        Paragraph(
            escape(
                context.translate(
                    "TallySheet",
                    "One stroke per visit, five strokes per box. Enter the counts in the app the next day.",
                )
            ),
            styles["small"],
        ),
        Spacer(1, 2 * mm),
        _requests(sheet, context),
        Paragraph(escape(context.translate("TallySheet", "Channel and first visits")), styles["h2"]),
        _channels(sheet, context),
        Spacer(1, 8 * mm),
        _signature(context),
    ]
    return build_document(story, context, title)
