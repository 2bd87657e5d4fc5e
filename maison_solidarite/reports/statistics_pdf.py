"""The monthly statistics sheet, as an A4 PDF for the notice board and the coordinator.

Greys only, so that they print well in black and white; DejaVu Sans embedded; French
number formats (6 000, 39,0 %) from the NumberFormat given. The annual review is in
review_pdf.py; the tables both print are in statistics_tables.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..domain.dates import WEEKDAY_NAMES, long_date
from ..domain.statistics import PeriodKind, Statistics
from .fonts import BOLD, REGULAR
from .layout import LIGHT, WIDTH, SheetContext, build_document, paragraph_styles
from .review_gatherings import people_sentence
from .statistics_tables import (
    by_request,
    closed_paper_days,
    figure,
    opening,
    shared_sections,
    side_by_side,
    small_breakdown,
    titled,
)

CONTEXT = "StatisticsSheet"


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


def _previous_label(stats: Statistics, context: SheetContext) -> str:
    """What the column of the year before is called: "Same month 2025" or "A year earlier"."""
    if stats.period.kind == PeriodKind.MONTH:
        before = stats.period.year_before()
        return context.translate("StatisticsSheet", "Same month {year}").format(year=before.first.year)
    return context.translate("StatisticsSheet", "A year earlier")


def _sources(stats: Statistics, context: SheetContext) -> list[str]:
    """The part of the total that was not logged live: paper tally sheets, past totals."""
    provenance, lines = stats.provenance, []
    if provenance is not None and provenance.paper:
        lines.append(
            (
                context.translate("StatisticsSheet", "of which {visits} visits entered from paper tally sheets (1 day)")
                if provenance.paper_days == 1
                else context.translate(
                    "StatisticsSheet", "of which {visits} visits entered from paper tally sheets ({days} days)"
                )
            ).format(
                visits=context.numbers.integer(provenance.paper), days=context.numbers.integer(provenance.paper_days)
            )
        )
    if provenance is not None and provenance.paper and provenance.closed_days:
        lines.append(closed_paper_days(provenance.closed_days, context))
    if provenance is not None and provenance.past:
        lines.append(
            context.translate(
                "StatisticsSheet", "of which {visits} visits from the totals kept before the application"
            ).format(visits=context.numbers.integer(provenance.past))
        )
    return lines


def _people(stats: Statistics, context: SheetContext) -> list[str]:
    """« 152 personnes distinctes, clé renseignée pour 72,0 % des accueils », once a key is given."""
    gatherings = stats.gatherings
    if gatherings is None or not (gatherings.people.keyed_visits or gatherings.people.participants):
        return []
    return [people_sentence(gatherings.people, context)]


def _key_figure(stats: Statistics, context: SheetContext, month: str) -> Flowable:
    """The total in large type beside the same period a year earlier; or that there was no visit."""
    styles = paragraph_styles()
    if stats.total == 0:
        return Paragraph(
            context.translate("StatisticsSheet", "No visit was recorded in {month}.").format(month=month),
            styles["figure"],
        )
    # A month in progress is compared with the same days a year before; an unknown one with nothing.
    comparison = context.translate("StatisticsSheet", "{previous} in {month_before}: {change}").format(
        previous=figure(stats.previous_total, context),
        month_before=context.period_title(stats.compared or stats.period.year_before()),
        change=context.change(stats.change),
    )
    what = context.translate("StatisticsSheet", "visits in {month}").format(month=month)
    if stats.in_progress_to is not None:
        what = context.translate("StatisticsSheet", "visits in {month}, in progress up to {day}").format(
            month=month, day=long_date(stats.in_progress_to, context.translate, with_weekday=False, with_year=False)
        )
    figures = [
        [
            Paragraph(context.numbers.integer(stats.total), styles["figure"]),
            Paragraph(
                "<br/>".join(
                    escape(line) for line in (what, comparison, *_sources(stats, context), *_people(stats, context))
                ),
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


def monthly_sheet(stats: Statistics, context: SheetContext) -> bytes:
    """The month's sheet: total and change, categories, chart, heat map, orientations, permanences."""
    month = context.period_title(stats.period)
    title = context.translate("StatisticsSheet", "Reception statistics — {month}").format(month=month)
    channel_and_outcome = side_by_side(
        small_breakdown(context.translate("StatisticsSheet", "Channel"), stats.by_channel, context),
        small_breakdown(context.translate("StatisticsSheet", "Outcome"), stats.by_outcome, context),
    )
    story: list[Flowable] = [
        *opening(title, context),
        _key_figure(stats, context, month),
        *by_request(stats, context, _previous_label(stats, context)),
        titled(context.translate("StatisticsSheet", "Visits by weekday and hour"), _heat_map(stats, context)),
        titled(context.translate("StatisticsSheet", "Channel and outcome"), channel_and_outcome),
        *shared_sections(stats, context),
    ]
    return build_document(story, context, title)
