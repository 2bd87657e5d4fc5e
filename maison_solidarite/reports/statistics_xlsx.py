"""The annual review's tables as a spreadsheet: one sheet per table, numbers kept as numbers.

Text cells (labels, names, acronyms) go through ``cells.safe_cell``: none can become a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..domain.organisations import partner_label
from ..domain.statistics import AnnualReview
from .cells import safe_row
from .layout import SheetContext

INTEGER = "#,##0"
DECIMAL = "#,##0.0"
PERCENT = "0.0%"


@dataclass(frozen=True)
class _Table:
    """One sheet of the workbook: its name, its header, its rows and each column's number format."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    formats: Sequence[str | None]


def _write_sheet(workbook: Workbook, content: _Table) -> None:
    sheet = workbook.create_sheet(content.title[:31])
    sheet.append(safe_row(list(content.header)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in content.rows:
        sheet.append(safe_row(list(row)))
    for column, number_format in enumerate(content.formats, start=1):
        width = max(len(str(sheet.cell(row=r, column=column).value or "")) for r in range(1, sheet.max_row + 1))
        sheet.column_dimensions[get_column_letter(column)].width = min(60, max(10, width + 2))
        if number_format:
            for r in range(2, sheet.max_row + 1):
                sheet.cell(row=r, column=column).number_format = number_format
    sheet.freeze_panes = "A2"


def _years(review: AnnualReview, context: SheetContext) -> _Table:
    growth = dict(review.growth())
    return _Table(
        context.translate("StatisticsSheet", "Years"),
        [
            context.translate("StatisticsSheet", "Year"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Change on the year before"),
        ],
        [(year, total, growth.get(year)) for year, total in review.totals_by_year],
        [None, INTEGER, PERCENT],
    )


def _requests(review: AnnualReview, context: SheetContext) -> _Table:
    stats = review.statistics
    total = (
        "",
        context.translate("StatisticsSheet", "Total"),
        stats.total,
        1.0 if stats.total else 0.0,
        stats.previous_total,
        stats.change,
    )
    return _Table(
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


def _months(review: AnnualReview, context: SheetContext) -> _Table:
    return _Table(
        context.translate("StatisticsSheet", "Months"),
        [context.translate("StatisticsSheet", "Month"), context.translate("StatisticsSheet", "Visits")],
        [(context.month_name(m).capitalize(), n) for m, n in review.by_month],
        [None, INTEGER],
    )


def _orientations(review: AnnualReview, context: SheetContext) -> _Table:
    return _Table(
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


def _permanences(review: AnnualReview, context: SheetContext) -> _Table:
    return _Table(
        context.translate("StatisticsSheet", "Permanences"),
        [
            context.translate("StatisticsSheet", "Acronym"),
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Held"),
            context.translate("StatisticsSheet", "Hours"),
            context.translate("StatisticsSheet", "Not held"),
        ],
        [
            (p.acronym, partner_label(p.acronym, p.name), p.held, round(p.minutes / 60, 2), p.cancelled)
            for p in review.statistics.permanences
        ],
        [None, None, INTEGER, DECIMAL, INTEGER],
    )


def _offices(review: AnnualReview, context: SheetContext) -> _Table:
    return _Table(
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


def annual_workbook(review: AnnualReview, context: SheetContext) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = context.structure
    workbook.properties.title = context.translate("StatisticsSheet", "Annual review {year} — reception figures").format(
        year=review.year
    )
    for sheet in (_years, _requests, _months, _orientations, _permanences, _offices):
        _write_sheet(workbook, sheet(review, context))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
