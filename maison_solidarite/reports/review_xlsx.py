"""The review's sheets that the figures' annex lacked: key figures, channels, outcomes, profile.

Each sheet is a table as the PDF prints it, with French headers; counts are integers, shares
fractions of 1 shown as percentages, and a figure not known is None (an empty cell, with a note).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.review import ReviewDocument, key_figures
from ..domain.statistics import Line
from .layout import SheetContext

INTEGER = "#,##0"
DECIMAL = "#,##0.0"
PERCENT = "0.0%"


@dataclass(frozen=True)
class XlsxTable:
    """One sheet of the workbook: its name, its header, its rows and each column's number format."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    formats: Sequence[str | None]
    value_formats: Sequence[str] = ()  # the last column's format row by row, when rows differ


def key_figures_sheet(document: ReviewDocument, context: SheetContext) -> XlsxTable:
    """The cover's five figures, each with what it counts."""
    figures, translate = key_figures(document.review), context.translate
    compared = (
        translate("StatisticsSheet", "change on the same days of {year}")
        if document.in_progress_until is not None
        else translate("StatisticsSheet", "change on {year}")
    ).format(year=document.year - 1)
    rows: list[tuple[str, object, str]] = [
        (translate("StatisticsSheet", "visits to the reception"), figures.visits, INTEGER),
        (compared, figures.change, PERCENT),
        (translate("StatisticsSheet", "visitors oriented to a partner"), figures.oriented, INTEGER),
        (translate("StatisticsSheet", "permanences held by the partners"), figures.permanences_held, INTEGER),
        (translate("StatisticsSheet", "partners present in the offices"), figures.partners_present, INTEGER),
    ]
    return XlsxTable(
        translate("StatisticsSheet", "Key figures"),
        [translate("StatisticsSheet", "Key figure"), translate("StatisticsSheet", "Value")],
        [(label, value) for label, value, _format in rows],
        [None, INTEGER],
        [number_format for _label, _value, number_format in rows],
    )


def _breakdown(title: str, header: str, items: Sequence[Line], context: SheetContext) -> XlsxTable:
    return XlsxTable(
        title,
        [
            context.translate("StatisticsSheet", "Code"),
            header,
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Share"),
        ],
        [(line.code, line.label, line.count, line.share) for line in items],
        [None, None, INTEGER, PERCENT],
    )


def channel_sheets(document: ReviewDocument, context: SheetContext) -> list[XlsxTable]:
    stats, translate = document.review.statistics, context.translate
    return [
        _breakdown(
            translate("StatisticsSheet", "Channels"), translate("StatisticsSheet", "Channel"), stats.by_channel, context
        ),
        _breakdown(
            translate("StatisticsSheet", "Outcomes"), translate("StatisticsSheet", "Outcome"), stats.by_outcome, context
        ),
    ]


def profile_sheet(document: ReviewDocument, context: SheetContext, titles: dict[str, str]) -> XlsxTable:
    """Every profile field switched on, one line per answer, « non renseigné » included."""
    translate = context.translate
    rows = [
        (translate("StatisticsSheet", titles.get(name, name)), line.label, line.count, line.share)
        for name, items in document.review.statistics.profile.items()
        for line in items
    ]
    return XlsxTable(
        translate("StatisticsSheet", "Profile"),
        [
            translate("StatisticsSheet", "Field"),
            translate("StatisticsSheet", "Answer"),
            translate("StatisticsSheet", "Visits"),
            translate("StatisticsSheet", "Share"),
        ],
        rows,
        [None, None, INTEGER, PERCENT],
    )


def text_sheet(title: str, header: str, lines: Sequence[str]) -> XlsxTable:
    """A sheet of text, one paragraph per row (the observations, the notes on the figures)."""
    return XlsxTable(title, [header], [(line,) for line in lines], [None])
