"""The month on the wall: one A4 page whose figures read from two metres.

The month's total in very large type, the comparison with the same month a year before
(« n.d. » when the app does not know it), the five requests most often made with their
counts and shares in large type, and, for a month in progress, the day it runs to. The
detailed monthly sheet (statistics_pdf.py) stays as it is, for the coordinator.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import long_date
from ..domain.statistics import Line, PeriodKind, Statistics
from .fonts import BOLD, REGULAR, register_fonts
from .layout import DARK, LIGHT, WIDTH, SheetContext, build_document

TOP = 5  # the requests shown


def _style(name: str, size: float, *, bold: bool = False, align: int = 0, grey: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=size * 1.18,
        alignment=align,
        textColor=DARK if grey else colors.black,
    )


def _when(stats: Statistics, context: SheetContext) -> str:
    """ "mois en cours, au 26 novembre" for a period in progress; empty otherwise."""
    until = stats.in_progress_to
    if until is None:
        return ""
    day = long_date(until, context.translate, with_year=False, with_weekday=False)
    if stats.period.kind == PeriodKind.MONTH:
        return context.translate("WallSheet", "month in progress, up to {day}").format(day=day)
    return context.translate("WallSheet", "in progress, up to {day}").format(day=day)


def _nobr(figure: str) -> str:
    """A figure kept on one line: reportlab breaks lines at the narrow space of "6 000" and "5,5 %",
    not at a no-break space."""
    return escape(figure.replace("\u202f", "\u00a0"))


def _comparison(stats: Statistics, context: SheetContext) -> str:
    """ "octobre 2025 : 290 (+5,5 %)", the same days for a month in progress, or "… : n.d."; as markup."""
    compared = stats.compared or stats.period.year_before()
    period = escape(context.period_title(compared))
    if not stats.known or stats.previous_total is None:
        template = context.translate("WallSheet", "{period}: {unknown}")
        return escape(template).format(period=period, unknown=_nobr(context.change(None)))
    template = context.translate("WallSheet", "{period}: {previous} ({change})")
    return escape(template).format(
        period=period,
        previous=_nobr(context.numbers.integer(stats.previous_total)),
        change=_nobr(context.change(stats.change)),
    )


def _headline(stats: Statistics, context: SheetContext) -> Table:
    """The total, very large, beside the word "visits" and the year before."""
    total = context.numbers.integer(stats.total) if stats.known else context.change(None)
    column = WIDTH * 0.52
    size = min(110.0, (column - 14 * mm) / stringWidth(total, BOLD, 1))  # the largest that fits on one line
    words = [
        Paragraph(escape(context.translate("WallSheet", "visits")), _style("visits", 34, bold=True)),
        Spacer(1, 3 * mm),
        Paragraph(escape(context.translate("WallSheet", "A year earlier")), _style("before", 17, grey=True)),
        Paragraph(_comparison(stats, context), _style("comparison", 21)),
    ]
    headline = Table(
        [[Paragraph(escape(total), _style("total", size, bold=True, align=TA_RIGHT)), words]],
        colWidths=[column, WIDTH - column],
        hAlign="LEFT",
    )
    headline.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7 * mm),
            ]
        )
    )
    return headline


def top_requests(stats: Statistics) -> list[Line]:
    """The requests most often made, most first, at most five; none when the month has no visit."""
    made = [line for line in stats.by_category if line.count > 0]
    return sorted(made, key=lambda line: -line.count)[:TOP]


def _requests(stats: Statistics, context: SheetContext) -> list[Flowable]:
    lines = top_requests(stats)
    heading = Paragraph(
        escape(context.translate("WallSheet", "The most frequent requests")), _style("heading", 24, bold=True)
    )
    if not lines:
        return [
            heading,
            Paragraph(escape(context.translate("WallSheet", "No visit was recorded.")), _style("none", 20)),
        ]
    rows = [
        [
            Paragraph(escape(line.label), _style("label", 21)),
            Paragraph(_nobr(context.numbers.integer(line.count)), _style("count", 32, bold=True, align=TA_RIGHT)),
            Paragraph(_nobr(context.numbers.percent(line.share)), _style("share", 21, align=TA_RIGHT, grey=True)),
        ]
        for line in lines
    ]
    table = Table(rows, colWidths=[WIDTH - 78 * mm, 42 * mm, 36 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, DARK),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.2 * mm),
            ]
        )
    )
    return [heading, Spacer(1, 2 * mm), table]


def _notes(stats: Statistics, context: SheetContext) -> list[Flowable]:
    """Where the figures come from, and the partners' permanences held, in smaller type."""
    notes = []
    provenance = stats.provenance
    if provenance is not None and provenance.paper:
        notes.append(
            (
                context.translate("WallSheet", "of which {count} visits entered from paper tally sheets (1 day)")
                if provenance.paper_days == 1
                else context.translate(
                    "WallSheet", "of which {count} visits entered from paper tally sheets ({days} days)"
                )
            ).format(
                count=context.numbers.integer(provenance.paper), days=context.numbers.integer(provenance.paper_days)
            )
        )
    held, not_held = sum(p.held for p in stats.permanences), sum(p.not_held for p in stats.permanences)
    if held or not_held:
        text = context.translate("WallSheet", "{held} permanences of partners held")
        if not_held:
            text = context.translate("WallSheet", "{held} permanences of partners held, {not_held} not held")
        notes.append(text.format(held=context.numbers.integer(held), not_held=context.numbers.integer(not_held)))
    return [Paragraph(escape(note), _style("note", 15, grey=True)) for note in notes]


def wall_sheet(stats: Statistics, context: SheetContext) -> bytes:
    """The period's figures for the wall, on one A4 page."""
    register_fonts()
    period = context.period_title(stats.period)
    title = context.translate("WallSheet", "Reception — {period}").format(period=period)
    when = _when(stats, context)
    story: list[Flowable] = [
        Paragraph(escape(context.structure), _style("structure", 16, grey=True)),
        Spacer(1, 2 * mm),
        Paragraph(escape(title), _style("title", 32, bold=True)),
        *([Paragraph(escape(when), _style("when", 22, grey=True))] if when else []),
        Spacer(1, 8 * mm),
        _headline(stats, context),
        Spacer(1, 10 * mm),
        *_requests(stats, context),
        Spacer(1, 8 * mm),
        *_notes(stats, context),
    ]
    return build_document(story, context, title)
