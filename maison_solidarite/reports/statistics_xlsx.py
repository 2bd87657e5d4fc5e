"""The annual review's tables as a spreadsheet: one sheet per table, numbers kept as numbers.

Text cells (labels, names, acronyms) go through ``cells.safe_cell``: none can become a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

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


def _sheet(
    workbook: Workbook,
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    formats: Sequence[str | None],
) -> None:
    sheet = workbook.create_sheet(title[:31])
    sheet.append(safe_row(list(header)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(safe_row(list(row)))
    for column, number_format in enumerate(formats, start=1):
        width = max(len(str(sheet.cell(row=r, column=column).value or "")) for r in range(1, sheet.max_row + 1))
        sheet.column_dimensions[get_column_letter(column)].width = min(60, max(10, width + 2))
        if number_format:
            for r in range(2, sheet.max_row + 1):
                sheet.cell(row=r, column=column).number_format = number_format
    sheet.freeze_panes = "A2"


def annual_workbook(review: AnnualReview, context: SheetContext) -> bytes:
    stats = review.statistics
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = context.structure
    workbook.properties.title = context.translate("StatisticsSheet", "Annual review {year} — reception figures").format(
        year=review.year
    )
    growth = dict(review.growth())
    _sheet(
        workbook,
        context.translate("StatisticsSheet", "Years"),
        [
            context.translate("StatisticsSheet", "Year"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Change on the year before"),
        ],
        [(year, total, growth.get(year)) for year, total in review.totals_by_year],
        [None, INTEGER, PERCENT],
    )
    _sheet(
        workbook,
        context.translate("StatisticsSheet", "Requests"),
        [
            context.translate("StatisticsSheet", "Code"),
            context.translate("StatisticsSheet", "Request"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Share"),
            context.translate("StatisticsSheet", "Year {year}").format(year=review.year - 1),
            context.translate("StatisticsSheet", "Change"),
        ],
        [(c.code, c.label, c.count, c.share, c.previous, c.change) for c in stats.by_category]
        + [
            (
                "",
                context.translate("StatisticsSheet", "Total"),
                stats.total,
                1.0 if stats.total else 0.0,
                stats.previous_total,
                stats.change,
            )
        ],
        [None, None, INTEGER, PERCENT, INTEGER, PERCENT],
    )
    _sheet(
        workbook,
        context.translate("StatisticsSheet", "Months"),
        [context.translate("StatisticsSheet", "Month"), context.translate("StatisticsSheet", "Visits")],
        [(context.month_name(m).capitalize(), n) for m, n in review.by_month],
        [None, INTEGER],
    )
    _sheet(
        workbook,
        context.translate("StatisticsSheet", "Orientations"),
        [
            context.translate("StatisticsSheet", "Acronym"),
            context.translate("StatisticsSheet", "Partner"),
            context.translate("StatisticsSheet", "Visitors oriented"),
            context.translate("StatisticsSheet", "Share of orientations"),
        ],
        [(o.code, partner_label(o.code, o.label), o.count, o.share) for o in stats.by_orientation],
        [None, None, INTEGER, PERCENT],
    )
    _sheet(
        workbook,
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
            for p in stats.permanences
        ],
        [None, None, INTEGER, DECIMAL, INTEGER],
    )
    _sheet(
        workbook,
        context.translate("StatisticsSheet", "Offices"),
        [
            context.translate("StatisticsSheet", "Office"),
            context.translate("StatisticsSheet", "Hours held"),
            context.translate("StatisticsSheet", "Hours open"),
            context.translate("StatisticsSheet", "Occupancy"),
        ],
        [
            (o.office.name, round(o.minutes_held / 60, 2), round(o.minutes_open / 60, 2), o.occupancy)
            for o in stats.offices
        ],
        [None, DECIMAL, DECIMAL, PERCENT],
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
