"""The tables and charts that the monthly sheet and the annual review share.

Greys only, so that they print well in black and white; French number formats from the
context's NumberFormat.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.organisations import partner_label
from ..domain.statistics import Line, Statistics
from .fonts import REGULAR
from .layout import MID, WIDTH, SheetContext, paragraph_styles, table


def figure(value: int | None, context: SheetContext) -> str:
    """A count as people read it, or « n.d. » when the app does not know it."""
    return context.change(None) if value is None else context.numbers.integer(value)


def bars(items: Sequence[tuple[str, int]], context: SheetContext, width: float = WIDTH) -> Drawing:
    """Horizontal bars, one per item, with the count at the end of each bar."""
    label_width = min(62 * mm, max((stringWidth(label, REGULAR, 8) for label, _n in items), default=0) + 6)
    row = 13
    drawing = Drawing(width, row * len(items) + 4)
    top = max((n for _label, n in items), default=0) or 1
    bar_space = width - label_width - 40
    for index, (label, count) in enumerate(items):
        y = drawing.height - (index + 1) * row
        drawing.add(String(label_width - 4, y + 3, label, fontName=REGULAR, fontSize=8, textAnchor="end"))
        length = bar_space * count / top
        drawing.add(Rect(label_width, y + 1, max(length, 0.5), row - 4, fillColor=MID, strokeColor=None))
        drawing.add(
            String(label_width + length + 3, y + 3, context.numbers.integer(count), fontName=REGULAR, fontSize=8)
        )
    return drawing


def share_rows(items: Sequence[Line], context: SheetContext, with_previous: bool) -> list[list[object]]:
    rows = []
    for line in items:
        row: list[object] = [line.label, context.numbers.integer(line.count), context.numbers.percent(line.share)]
        if with_previous:
            row += [
                context.change(None) if line.previous is None else context.numbers.integer(line.previous),
                context.change(line.change),
            ]
        rows.append(row)
    return rows


def categories_table(stats: Statistics, context: SheetContext, previous_label: str) -> Table:
    with_previous = stats.previous_total is not None
    header: list[object] = [
        context.translate("StatisticsSheet", "Request"),
        context.translate("StatisticsSheet", "Visits"),
        context.translate("StatisticsSheet", "Share"),
    ]
    if with_previous:
        header += [previous_label, context.translate("StatisticsSheet", "Change")]
    total: list[object] = [
        context.translate("StatisticsSheet", "Total"),
        context.numbers.integer(stats.total),
        context.numbers.percent(1.0 if stats.total else 0.0),
    ]
    if with_previous:
        total += [context.numbers.integer(stats.previous_total or 0), context.change(stats.change)]
    rows: list[Sequence[object]] = [header, *share_rows(stats.by_category, context, with_previous), total]
    widths = [64 * mm, 18 * mm, 20 * mm] + ([34 * mm, 24 * mm] if with_previous else [])
    return table(rows, widths, total_row=True)


def orientations_table(stats: Statistics, context: SheetContext) -> Flowable:
    if not stats.by_orientation:
        return Paragraph(
            context.translate("StatisticsSheet", "No visitor was oriented to a partner in this period."),
            paragraph_styles()["body"],
        )
    rows = [
        [
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Visitors oriented"),
            context.translate("StatisticsSheet", "Share of orientations"),
        ]
    ]
    rows += [
        [partner_label(line.code, line.label), context.numbers.integer(line.count), context.numbers.percent(line.share)]
        for line in stats.by_orientation
    ]
    return table(rows, [100 * mm, 34 * mm, 40 * mm])


def permanences_tables(stats: Statistics, context: SheetContext) -> list[Flowable]:
    styles = paragraph_styles()
    if not stats.permanences:
        return [
            Paragraph(context.translate("StatisticsSheet", "No permanence was planned in this period."), styles["body"])
        ]
    planned = any(p.planned for p in stats.permanences)  # a period in progress: some are still to come
    header: list[object] = [
        context.translate("StatisticsSheet", "Partner"),
        context.translate("StatisticsSheet", "Held"),
        context.translate("StatisticsSheet", "Hours"),
        context.translate("StatisticsSheet", "Cancelled"),
        context.translate("StatisticsSheet", "Not held"),
    ]
    rows: list[list[object]] = [header + ([context.translate("StatisticsSheet", "To come")] if planned else [])]
    for p in stats.permanences:  # sessions
        row: list[object] = [
            partner_label(p.acronym, p.name),
            context.numbers.integer(p.held),
            context.numbers.number(p.minutes / 60),
            context.numbers.integer(p.cancelled),
            context.numbers.integer(p.not_held),
        ]
        rows.append(row + ([context.numbers.integer(p.planned)] if planned else []))
    note = Paragraph(
        context.translate(
            "StatisticsSheet",
            "Cancelled: called off in advance or on a closure day. Not held: the partner did not come.",
        ),
        styles["small"],
    )
    office_rows = [
        [
            context.translate("StatisticsSheet", "Office"),
            context.translate("StatisticsSheet", "Hours held"),
            context.translate("StatisticsSheet", "Hours open"),
            context.translate("StatisticsSheet", "Occupancy"),
        ]
    ]
    for office in stats.offices:
        office_rows.append(
            [
                office.office.name,
                context.numbers.number(office.minutes_held / 60),
                context.numbers.number(office.minutes_open / 60),
                context.numbers.percent(office.occupancy),
            ]
        )
    widths = [82 * mm, 18 * mm, 18 * mm, 20 * mm, 20 * mm] + ([16 * mm] if planned else [])
    if not planned:
        widths[0] += 16 * mm
    return [
        table(rows, widths),
        note,
        Spacer(1, 6),
        table(office_rows, [50 * mm, 38 * mm, 42 * mm, 30 * mm]),
    ]


def side_by_side(left: Table, right: Table) -> Table:
    holder = Table([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    holder.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return holder


def small_breakdown(title: str, items: Sequence[Line], context: SheetContext) -> Table:
    rows: list[Sequence[object]] = [
        [title, context.translate("StatisticsSheet", "Visits"), context.translate("StatisticsSheet", "Share")],
        *share_rows(items, context, False),
    ]
    return table(rows, [46 * mm, 18 * mm, 16 * mm])


def titled(heading: str, *flowables: Flowable) -> KeepTogether:
    """A section heading kept on the same page as what it introduces."""
    return KeepTogether([Paragraph(heading, paragraph_styles()["h2"]), *flowables])


def shared_sections(stats: Statistics, context: SheetContext) -> list[Flowable]:
    """The sections that end both documents: orientations, then permanences."""
    return [
        titled(context.translate("StatisticsSheet", "Orientations by partner"), orientations_table(stats, context)),
        titled(context.translate("StatisticsSheet", "Permanences held"), *permanences_tables(stats, context)),
    ]


def opening(title: str, context: SheetContext) -> list[Flowable]:
    styles = paragraph_styles()
    return [Paragraph(title, styles["title"]), Paragraph(escape(context.heading), styles["subtitle"])]


def by_request(stats: Statistics, context: SheetContext, previous_label: str) -> list[Flowable]:
    """The categories' table, then their bars."""
    return [
        Paragraph(context.translate("StatisticsSheet", "Visits by request"), paragraph_styles()["h2"]),
        categories_table(stats, context, previous_label),
        Spacer(1, 6),
        bars([(line.label, line.count) for line in stats.by_category], context),
    ]


def closed_paper_days(days: int, context: SheetContext) -> str:
    """Paper days on a day the Maison was closed: entered with a confirmation, said on the sheet."""
    return context.translate(
        "StatisticsSheet",
        "Paper days on a day the Maison was closed, entered with a confirmation: {days}.",
    ).format(days=context.numbers.integer(days))
