"""The annual review's tables as a spreadsheet: one sheet per table of the PDF, numbers kept as numbers.

A figure the app does not know (« n.d. » on paper) is an empty cell with a note that says so.
Text cells (labels, names, acronyms) go through ``cells.safe_cell``: none can become a formula.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.organisations import partner_label
from ..domain.review import ReviewDocument, paragraphs
from ..domain.statistics import AnnualReview
from .cells import safe_row
from .layout import SheetContext
from .review_chapters import PROFILE_TITLES, provenance_notes
from .review_gatherings import gathering_sheets
from .review_pdf import when_line
from .review_xlsx import (
    DECIMAL,
    INTEGER,
    PERCENT,
    XlsxTable,
    channel_sheets,
    key_figures_sheet,
    profile_sheet,
    text_sheet,
)


def _write_sheet(workbook: Workbook, content: XlsxTable, unknown: str) -> None:
    sheet = workbook.create_sheet(content.title[:31])
    sheet.append(safe_row(list(content.header)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in content.rows:
        sheet.append(safe_row(list(row)))
        for column, value in enumerate(row, start=1):
            if value is None and column <= len(content.formats) and content.formats[column - 1]:
                sheet.cell(row=sheet.max_row, column=column).comment = Comment(unknown, "Maison de la Solidarité")
    for r, value_format in enumerate(content.value_formats, start=2):
        sheet.cell(row=r, column=len(content.header)).number_format = value_format
    for column, number_format in enumerate(content.formats, start=1):
        width = max(len(str(sheet.cell(row=r, column=column).value or "")) for r in range(1, sheet.max_row + 1))
        sheet.column_dimensions[get_column_letter(column)].width = min(60, max(10, width + 2))
        if number_format:
            for r in range(2, sheet.max_row + 1):
                if not content.value_formats or column < len(content.header):
                    sheet.cell(row=r, column=column).number_format = number_format
    sheet.freeze_panes = "A2"


def _years(document: ReviewDocument, context: SheetContext) -> XlsxTable:
    review, growth = document.review, document.growth()
    return XlsxTable(
        context.translate("StatisticsSheet", "Years"),
        [
            context.translate("StatisticsSheet", "Year"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Change on the year before"),
        ],
        [(year, total, growth.get(year)) for year, total in review.totals_by_year],
        [None, INTEGER, PERCENT],
    )


def _requests(review: AnnualReview, context: SheetContext) -> XlsxTable:
    stats = review.statistics
    total = (
        "",
        context.translate("StatisticsSheet", "Total"),
        stats.total,
        1.0 if stats.total else 0.0,
        stats.previous_total,
        stats.change,
    )
    return XlsxTable(
        context.translate("StatisticsSheet", "Requests"),
        [
            context.translate("StatisticsSheet", "Code"),
            context.translate("StatisticsSheet", "Request"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Share"),
            context.translate("StatisticsSheet", "Year {year}").format(year=review.year - 1),
            context.translate("StatisticsSheet", "Change"),
        ],
        [*((c.code, c.label, c.count, c.share, c.previous, c.change) for c in stats.by_category), total],
        [None, None, INTEGER, PERCENT, INTEGER, PERCENT],
    )


def _months(review: AnnualReview, context: SheetContext) -> XlsxTable:
    return XlsxTable(
        context.translate("StatisticsSheet", "Months"),
        [context.translate("StatisticsSheet", "Month"), context.translate("StatisticsSheet", "Visits")],
        [(context.month_name(m).capitalize(), n) for m, n in review.by_month],
        [None, INTEGER],
    )


def _orientations(review: AnnualReview, context: SheetContext) -> XlsxTable:
    return XlsxTable(
        context.translate("StatisticsSheet", "Orientations"),
        [
            context.translate("StatisticsSheet", "Acronym"),
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Visitors oriented"),
            context.translate("StatisticsSheet", "Share of orientations"),
        ],
        [(o.code, partner_label(o.code, o.label), o.count, o.share) for o in review.statistics.by_orientation],
        [None, None, INTEGER, PERCENT],
    )


def _permanences(review: AnnualReview, context: SheetContext) -> XlsxTable:
    return XlsxTable(
        context.translate("StatisticsSheet", "Permanences"),
        [
            context.translate("StatisticsSheet", "Acronym"),
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Held"),
            context.translate("StatisticsSheet", "Hours"),
            context.translate("StatisticsSheet", "Cancelled"),
            context.translate("StatisticsSheet", "Not held"),
            context.translate("StatisticsSheet", "To come"),
        ],
        [
            (
                p.acronym,
                partner_label(p.acronym, p.name),
                p.held,
                round(p.minutes / 60, 2),
                p.cancelled,
                p.not_held,
                p.planned,
            )
            for p in review.statistics.permanences
        ],
        [None, None, INTEGER, DECIMAL, INTEGER, INTEGER, INTEGER],
    )


def _offices(review: AnnualReview, context: SheetContext) -> XlsxTable:
    return XlsxTable(
        context.translate("StatisticsSheet", "Offices"),
        [
            context.translate("StatisticsSheet", "Office"),
            context.translate("StatisticsSheet", "Hours held"),
            context.translate("StatisticsSheet", "Hours open"),
            context.translate("StatisticsSheet", "Occupancy"),
        ],
        [
            (o.office.name, round(o.minutes_held / 60, 2), round(o.minutes_open / 60, 2), o.occupancy)
            for o in review.statistics.offices
        ],
        [None, DECIMAL, DECIMAL, PERCENT],
    )


def _texts(document: ReviewDocument, context: SheetContext) -> list[XlsxTable]:
    translate = context.translate
    observations = paragraphs(document.observations) or [
        translate("StatisticsSheet", "No observation was written for {year}.").format(year=document.year)
    ]
    notes = [when_line(document, context), *provenance_notes(document, context)]
    return [
        text_sheet(
            translate("StatisticsSheet", "Observations"), translate("StatisticsSheet", "Observations"), observations
        ),
        text_sheet(
            translate("StatisticsSheet", "Sources"), translate("StatisticsSheet", "Where the figures come from"), notes
        ),
    ]


def review_tables(document: ReviewDocument, context: SheetContext) -> list[XlsxTable]:
    """Every table of the review, in the PDF's order."""
    review = document.review
    return [
        key_figures_sheet(document, context),
        _years(document, context),
        _months(review, context),
        _requests(review, context),
        *channel_sheets(document, context),
        profile_sheet(document, context, PROFILE_TITLES),
        _orientations(review, context),
        _permanences(review, context),
        _offices(review, context),
        *gathering_sheets(document, context),
        *_texts(document, context),
    ]


def annual_workbook(document: ReviewDocument, context: SheetContext) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = context.structure
    workbook.properties.title = context.translate("StatisticsSheet", "Annual review {year}").format(year=document.year)
    unknown = context.translate("StatisticsSheet", "n.d.: not known (counting had not begun)")
    for content in review_tables(document, context):
        _write_sheet(workbook, content, unknown)
    for sheet in workbook.worksheets[-2:]:  # the texts: one paragraph a row, wrapped
        sheet.column_dimensions["A"].width = 100
        for (cell,) in sheet.iter_rows(min_row=2):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
