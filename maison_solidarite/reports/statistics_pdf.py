"""The monthly statistics sheet and the annual review, as A4 PDFs for the CCAS board.

Greys only, so that they print well in black and white; DejaVu Sans embedded; French
number formats (6 000, 39,0 %) from the NumberFormat given.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, PolyLine, Rect, String
from reportlab.graphics.shapes import Line as DrawnLine
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import MONTH_ABBREVIATIONS, WEEKDAY_NAMES
from ..domain.organisations import partner_label
from ..domain.statistics import AnnualReview, Line, PeriodKind, Statistics
from .fonts import BOLD, REGULAR
from .layout import LIGHT, MID, WIDTH, SheetContext, build_document, paragraph_styles, table

CONTEXT = "StatisticsSheet"


def _bars(items: Sequence[tuple[str, int]], context: SheetContext, width: float = WIDTH) -> Drawing:
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


def _heat_map(stats: Statistics, context: SheetContext) -> Table:
    """Visits by weekday and hour; darker means busier; every count written in the cell."""
    matrix = stats.weekday_hour
    hours = sorted({h for _d, h in matrix}) or list(range(9, 17))
    hours = list(range(min(hours), max(hours) + 1))
    days = [d for d in range(7) if d < 5 or any(matrix.get((d, h)) for h in hours)]
    top = max(matrix.values(), default=0) or 1
    rows: list[Sequence[object]] = [["", *(f"{h}h" for h in hours)]]
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
        ("FONT", (0, 0), (0, -1), BOLD, 7.5),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("GRID", (1, 1), (-1, -1), 0.3, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, day in enumerate(days, start=1):
        row: list[object] = [context.translate("Labels", WEEKDAY_NAMES[day]).capitalize()]
        for c, hour in enumerate(hours, start=1):
            count = matrix.get((day, hour), 0)
            row.append(context.numbers.integer(count) if count else "")
            level = count / top
            shade = 1 - 0.75 * level
            style.append(("BACKGROUND", (c, r), (c, r), colors.Color(shade, shade, shade)))
            if level > 0.55:
                style.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
        rows.append(row)
    widths = [22 * mm] + [(WIDTH - 22 * mm) / len(hours)] * len(hours)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _share_rows(items: Sequence[Line], context: SheetContext, with_previous: bool) -> list[list[object]]:
    rows = []
    for line in items:
        row: list[object] = [line.label, context.numbers.integer(line.count), context.numbers.percent(line.share)]
        if with_previous:
            row += [
                "—" if line.previous is None else context.numbers.integer(line.previous),
                context.change(line.change),
            ]
        rows.append(row)
    return rows


def _categories(stats: Statistics, context: SheetContext, previous_label: str) -> Table:
    with_previous = stats.previous_total is not None
    header = [
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
    rows: list[Sequence[object]] = [header, *_share_rows(stats.by_category, context, with_previous), total]
    widths = [64 * mm, 18 * mm, 20 * mm] + ([34 * mm, 24 * mm] if with_previous else [])
    return table(rows, widths, total_row=True)


def _orientations(stats: Statistics, context: SheetContext) -> Flowable:
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


def _permanences(stats: Statistics, context: SheetContext) -> list[Flowable]:
    styles = paragraph_styles()
    if not stats.permanences:
        return [
            Paragraph(context.translate("StatisticsSheet", "No permanence was planned in this period."), styles["body"])
        ]
    rows = [
        [
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Held"),
            context.translate("StatisticsSheet", "Hours"),
            context.translate("StatisticsSheet", "Not held"),
        ]
    ]  # sessions
    for p in stats.permanences:
        rows.append(
            [
                partner_label(p.acronym, p.name),
                context.numbers.integer(p.held),
                context.numbers.number(p.minutes / 60),
                context.numbers.integer(p.cancelled),
            ]
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
    return [
        table(rows, [104 * mm, 22 * mm, 22 * mm, 26 * mm]),
        Spacer(1, 6),
        table(office_rows, [50 * mm, 38 * mm, 42 * mm, 30 * mm]),
    ]


def _side_by_side(left: Table, right: Table) -> Table:
    holder = Table([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    holder.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return holder


def _small_breakdown(title: str, items: Sequence[Line], context: SheetContext) -> Table:
    rows: list[Sequence[object]] = [
        [title, context.translate("StatisticsSheet", "Visits"), context.translate("StatisticsSheet", "Share")],
        *_share_rows(items, context, False),
    ]
    return table(rows, [46 * mm, 18 * mm, 16 * mm])


def _titled(heading: str, *flowables: Flowable) -> KeepTogether:
    """A section heading kept on the same page as what it introduces."""
    return KeepTogether([Paragraph(heading, paragraph_styles()["h2"]), *flowables])


def _shared_sections(stats: Statistics, context: SheetContext) -> list[Flowable]:
    """The sections that end both documents: orientations, then permanences."""
    return [
        _titled(context.translate("StatisticsSheet", "Orientations by partner"), _orientations(stats, context)),
        _titled(context.translate("StatisticsSheet", "Permanences held"), *_permanences(stats, context)),
    ]


def _opening(title: str, context: SheetContext) -> list[Flowable]:
    styles = paragraph_styles()
    return [Paragraph(title, styles["title"]), Paragraph(escape(context.heading), styles["subtitle"])]


def _previous_label(stats: Statistics, context: SheetContext) -> str:
    """What the column of the year before is called: "Same month 2025" or "A year earlier"."""
    if stats.period.kind == PeriodKind.MONTH:
        before = stats.period.year_before()
        return context.translate("StatisticsSheet", "Same month {year}").format(year=before.first.year)
    return context.translate("StatisticsSheet", "A year earlier")


def _key_figure(stats: Statistics, context: SheetContext, month: str) -> Flowable:
    """The total in large type beside the same period a year earlier; or that there was no visit."""
    styles = paragraph_styles()
    if stats.total == 0:
        return Paragraph(
            context.translate("StatisticsSheet", "No visit was recorded in {month}.").format(month=month),
            styles["figure"],
        )
    comparison = context.translate("StatisticsSheet", "{previous} in {month_before}: {change}").format(
        previous=context.numbers.integer(stats.previous_total or 0),
        month_before=context.period_title(stats.period.year_before()),
        change=context.change(stats.change),
    )
    figures = [
        [
            Paragraph(context.numbers.integer(stats.total), styles["figure"]),
            Paragraph(
                context.translate("StatisticsSheet", "visits in {month}").format(month=month) + "<br/>" + comparison,
                styles["body"],
            ),
        ]
    ]
    key = Table(figures, colWidths=[40 * mm, WIDTH - 40 * mm], hAlign="LEFT")
    key.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ]
        )
    )
    return key


def _by_request(stats: Statistics, context: SheetContext, previous_label: str) -> list[Flowable]:
    """The categories' table, then their bars."""
    return [
        Paragraph(context.translate("StatisticsSheet", "Visits by request"), paragraph_styles()["h2"]),
        _categories(stats, context, previous_label),
        Spacer(1, 6),
        _bars([(line.label, line.count) for line in stats.by_category], context),
    ]


def monthly_sheet(stats: Statistics, context: SheetContext) -> bytes:
    """The month's sheet: total and change, categories, chart, heat map, orientations, permanences."""
    month = context.period_title(stats.period)
    title = context.translate("StatisticsSheet", "Reception statistics — {month}").format(month=month)
    channel_and_outcome = _side_by_side(
        _small_breakdown(context.translate("StatisticsSheet", "Channel"), stats.by_channel, context),
        _small_breakdown(context.translate("StatisticsSheet", "Outcome"), stats.by_outcome, context),
    )
    story: list[Flowable] = [
        *_opening(title, context),
        _key_figure(stats, context, month),
        *_by_request(stats, context, _previous_label(stats, context)),
        _titled(context.translate("StatisticsSheet", "Visits by weekday and hour"), _heat_map(stats, context)),
        _titled(context.translate("StatisticsSheet", "Channel and outcome"), channel_and_outcome),
        *_shared_sections(stats, context),
    ]
    return build_document(story, context, title)


def _monthly_curve(review: AnnualReview, context: SheetContext) -> Drawing:
    """Visits month by month, as a line over a light grid."""
    width, height = WIDTH, 60 * mm
    drawing = Drawing(width, height)
    left, bottom, right, top_margin = 14 * mm, 10 * mm, 4 * mm, 6 * mm
    plot_w, plot_h = width - left - right, height - bottom - top_margin
    top = max((n for _m, n in review.by_month), default=0)
    step = max(1, round(top / 4, -1 if top > 40 else 0)) if top else 1
    scale_top = max(step * 5, top) or 1
    for k in range(6):
        value = step * k
        if value > scale_top:
            break
        y = bottom + plot_h * value / scale_top
        drawing.add(DrawnLine(left, y, left + plot_w, y, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.add(
            String(left - 3, y - 3, context.numbers.integer(int(value)), fontName=REGULAR, fontSize=7, textAnchor="end")
        )
    points = []
    for month, count in review.by_month:
        x = left + plot_w * (month - 0.5) / 12
        y = bottom + plot_h * count / scale_top
        points += [x, y]
        drawing.add(
            String(
                x,
                bottom - 9,
                context.translate("Labels", MONTH_ABBREVIATIONS[month - 1]),
                fontName=REGULAR,
                fontSize=7,
                textAnchor="middle",
            )
        )
        drawing.add(Rect(x - 1.5, y - 1.5, 3, 3, fillColor=colors.black, strokeColor=None))
        drawing.add(
            String(x, y + 4, context.numbers.integer(count), fontName=REGULAR, fontSize=6.5, textAnchor="middle")
        )
    drawing.add(PolyLine(points, strokeColor=colors.black, strokeWidth=1.2))
    drawing.add(DrawnLine(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
    return drawing


def _three_years(review: AnnualReview, context: SheetContext) -> list[Flowable]:
    """The totals of the three years with their change, then the mean growth."""
    growth = dict(review.growth())
    years: list[Sequence[object]] = [
        [
            context.translate("StatisticsSheet", "Year"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Change on the year before"),
        ]
    ]
    for year, total in review.totals_by_year:
        years.append([str(year), context.numbers.integer(total), context.change(growth.get(year))])
    styles = paragraph_styles()
    return [
        Paragraph(context.translate("StatisticsSheet", "Visits over three years"), styles["h2"]),
        table(years, [30 * mm, 30 * mm, 75 * mm]),
        Spacer(1, 4),
        Paragraph(
            context.translate("StatisticsSheet", "Average annual growth over {years} years: {growth}").format(
                years=len(review.totals_by_year) - 1, growth=context.change(review.average_growth())
            ),
            styles["body"],
        ),
    ]


def annual_review(review: AnnualReview, context: SheetContext) -> bytes:
    """The figures of the annual review (bilan): totals over three years, categories, months..."""
    stats = review.statistics
    title = context.translate("StatisticsSheet", "Annual review {year} — reception figures").format(year=review.year)
    story = _opening(title, context)
    if stats.total == 0:
        story.append(
            Paragraph(
                context.translate("StatisticsSheet", "No visit was recorded in {year}.").format(year=review.year),
                paragraph_styles()["figure"],
            )
        )
    previous_label = context.translate("StatisticsSheet", "Year {year}").format(year=review.year - 1)
    story += [
        *_three_years(review, context),
        *_by_request(stats, context, previous_label),
        _titled(context.translate("StatisticsSheet", "Visits month by month"), _monthly_curve(review, context)),
        *_shared_sections(stats, context),
    ]
    return build_document(story, context, title)
