"""The annual review (bilan) as a board member receives it: an A4 PDF, a cover, then chapters.

The cover holds the structure's name, its logo, the year and five key figures in large type;
the chapters follow, each on its page or after a sensible break: the visits over three years,
the requests, channels and outcomes, the visitors' profile, orientations, permanences and
offices, and the coordinator's observations. A figure the app does not know prints « n.d. »
and no growth is computed from it. Greys only; DejaVu Sans embedded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, PolyLine, Rect, String
from reportlab.graphics.shapes import Line as DrawnLine
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import MONTH_ABBREVIATIONS, long_date
from ..domain.review import ReviewDocument, key_figures, paragraphs
from .fonts import BOLD, REGULAR, register_fonts
from .layout import DARK, LIGHT, WIDTH, SheetContext, build_document, paragraph_styles, table
from .review_chapters import chapter_heading, not_known, provenance_notes, titled_chapters
from .statistics_tables import figure

CONTEXT = "StatisticsSheet"


def _styles() -> dict[str, ParagraphStyle]:
    base = paragraph_styles()["body"]
    return {
        "name": ParagraphStyle("name", parent=base, fontName=BOLD, fontSize=20, leading=25, alignment=TA_CENTER),
        "address": ParagraphStyle("address", parent=base, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "review", parent=base, fontName=BOLD, fontSize=28, leading=34, alignment=TA_CENTER, spaceBefore=14
        ),
        "when": ParagraphStyle("when", parent=base, fontSize=13, leading=17, alignment=TA_CENTER, textColor=DARK),
        "figure": ParagraphStyle("keyfigure", parent=base, fontName=BOLD, fontSize=26, leading=30, alignment=TA_RIGHT),
        "label": ParagraphStyle("keylabel", parent=base, fontSize=12, leading=15),
        "contents": ParagraphStyle("contents", parent=base, fontSize=10, leading=14, leftIndent=8),
    }


def _logo(context: SheetContext) -> list[Flowable]:
    """The logo, large and centred, within 70 × 35 mm, its proportions kept."""
    if not context.logo:
        return []
    image = Image(io.BytesIO(context.logo))
    scale = min(70 * mm / image.imageWidth, 35 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "CENTER"
    return [image, Spacer(1, 8)]


def when_line(document: ReviewDocument, context: SheetContext) -> str:
    """ "année 2026 en cours, au 26 novembre", or "du 1er janvier au 31 décembre 2025"."""
    until = document.in_progress_until
    if until is not None:
        return context.translate("StatisticsSheet", "year {year} in progress, up to {day}").format(
            year=document.year, day=long_date(until, context.translate, with_year=False, with_weekday=False)
        )
    return context.translate("StatisticsSheet", "from 1 January to 31 December {year}").format(year=document.year)


def _key_rows(document: ReviewDocument, context: SheetContext) -> list[tuple[str, str]]:
    figures = key_figures(document.review)
    numbers, translate = context.numbers, context.translate
    compared = (
        translate("StatisticsSheet", "change on the same days of {year}")
        if document.in_progress_until is not None
        else translate("StatisticsSheet", "change on {year}")
    ).format(year=document.year - 1)
    return [
        (figure(figures.visits, context), translate("StatisticsSheet", "visits to the reception")),
        (context.change(figures.change), compared),
        (figure(figures.oriented, context), translate("StatisticsSheet", "visitors oriented to a partner")),
        (numbers.integer(figures.permanences_held), translate("StatisticsSheet", "permanences held by the partners")),
        (numbers.integer(figures.partners_present), translate("StatisticsSheet", "partners present in the offices")),
    ]


def _key_figures(document: ReviewDocument, context: SheetContext) -> Table:
    """Five figures in large type, each beside what it counts."""
    styles = _styles()
    rows = [
        [Paragraph(escape(value), styles["figure"]), Paragraph(escape(label), styles["label"])]
        for value, label in _key_rows(document, context)
    ]
    key = Table(rows, colWidths=[58 * mm, WIDTH - 78 * mm], hAlign="CENTER")
    key.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (0, -1), 12),
                ("LEFTPADDING", (1, 0), (1, -1), 10),
            ]
        )
    )
    return key


def _cover(document: ReviewDocument, context: SheetContext, chapters: Sequence[str]) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [*_logo(context), Paragraph(escape(context.structure), styles["name"])]
    if context.letterhead and context.letterhead != context.structure:
        address = context.letterhead.removeprefix(context.structure).lstrip(" ·")
        story.append(Paragraph(escape(address), styles["address"]))
    story += [
        Paragraph(
            escape(context.translate("StatisticsSheet", "Annual review {year}").format(year=document.year)),
            styles["title"],
        ),
        Paragraph(escape(when_line(document, context)), styles["when"]),
        Spacer(1, 14),
        _key_figures(document, context),
        Spacer(1, 14),
        Paragraph(context.translate("StatisticsSheet", "Contents"), paragraph_styles()["h2"]),
        *(Paragraph(escape(f"{n}. {title}"), styles["contents"]) for n, title in enumerate(chapters, start=1)),
    ]
    return story


def _plot_frame(drawing: Drawing, context: SheetContext, box: tuple[float, float, float, float], top: int) -> float:
    """The light grid and its scale; returns the value at the top of the plot."""
    left, bottom, plot_w, plot_h = box
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
    drawing.add(DrawnLine(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
    return float(scale_top)


def monthly_curve(by_month: Sequence[tuple[int, int | None]], context: SheetContext) -> Drawing:
    """Visits month by month as a line over a light grid; a month not known has no point and « n.d. »."""
    width, height = WIDTH, 60 * mm
    drawing = Drawing(width, height)
    left, bottom = 14 * mm, 10 * mm
    plot_w, plot_h = width - left - 4 * mm, height - bottom - 6 * mm
    scale_top = _plot_frame(
        drawing, context, (left, bottom, plot_w, plot_h), max((n or 0 for _m, n in by_month), default=0)
    )
    runs: list[list[float]] = [[]]
    for month, count in by_month:
        x = left + plot_w * (month - 0.5) / 12
        abbreviation = context.translate("Labels", MONTH_ABBREVIATIONS[month - 1])
        drawing.add(String(x, bottom - 9, abbreviation, fontName=REGULAR, fontSize=7, textAnchor="middle"))
        if count is None:
            drawing.add(
                String(x, bottom + 3, context.change(None), fontName=REGULAR, fontSize=6.5, textAnchor="middle")
            )
            runs.append([])
            continue
        y = bottom + plot_h * count / scale_top
        runs[-1] += [x, y]
        drawing.add(Rect(x - 1.5, y - 1.5, 3, 3, fillColor=colors.black, strokeColor=None))
        drawing.add(
            String(x, y + 4, context.numbers.integer(count), fontName=REGULAR, fontSize=6.5, textAnchor="middle")
        )
    for points in runs:
        if len(points) >= 4:
            drawing.add(PolyLine(points, strokeColor=colors.black, strokeWidth=1.2))
    return drawing


def three_years_table(document: ReviewDocument, context: SheetContext) -> list[Flowable]:
    """The totals of the three years with their change, then the mean growth."""
    review, growth = document.review, document.growth()
    rows: list[Sequence[object]] = [
        [
            context.translate("StatisticsSheet", "Year"),
            context.translate("StatisticsSheet", "Visits"),
            context.translate("StatisticsSheet", "Change on the year before"),
        ]
    ]
    for year, total in review.totals_by_year:
        rows.append([str(year), figure(total, context), context.change(growth.get(year))])
    whole = [y for y, _n in review.totals_by_year if not (y == review.year and review.in_progress_to is not None)]
    mean = context.change(review.average_growth())
    if len(whole) == len(review.totals_by_year):
        sentence = context.translate("StatisticsSheet", "Average annual growth over {years} years: {growth}").format(
            years=len(whole) - 1, growth=mean
        )
    else:  # the year in progress is left out of the mean: its months to come are not there
        sentence = context.translate(
            "StatisticsSheet", "Average annual growth from {first} to {last} (whole years): {growth}"
        ).format(first=whole[0], last=whole[-1], growth=mean)
    return [table(rows, [30 * mm, 30 * mm, 75 * mm]), Spacer(1, 4), Paragraph(sentence, paragraph_styles()["body"])]


def _visits_chapter(document: ReviewDocument, context: SheetContext, title: str) -> list[Flowable]:
    review, styles = document.review, paragraph_styles()
    story: list[Flowable] = [chapter_heading(1, title)]
    if not review.statistics.known:
        story.append(Paragraph(escape(not_known(document, context)), styles["body"]))
    elif not review.statistics.total:
        story.append(
            Paragraph(
                context.translate("StatisticsSheet", "No visit was recorded in {year}.").format(year=review.year),
                styles["figure"],
            )
        )
    story += three_years_table(document, context)
    if any(count is not None for _month, count in review.by_month):  # no curve of nothing but « n.d. »
        story += [
            Paragraph(context.translate("StatisticsSheet", "Visits month by month"), styles["h2"]),
            monthly_curve(review.by_month, context),
        ]
    notes = provenance_notes(document, context)
    if notes:
        story.append(Paragraph(context.translate("StatisticsSheet", "Where the figures come from"), styles["h2"]))
        story += [Paragraph("• " + escape(note), styles["body"]) for note in notes]
    return story


def _observations(document: ReviewDocument, context: SheetContext, number: int, title: str) -> list[Flowable]:
    styles = paragraph_styles()
    text = ParagraphStyle("observations", parent=styles["body"], fontSize=10.5, leading=15, spaceAfter=8)
    blocks = paragraphs(document.observations)
    if not blocks:
        blocks = [
            context.translate("StatisticsSheet", "No observation was written for {year}.").format(year=document.year)
        ]
    return [
        chapter_heading(number, title),
        *(Paragraph(escape(block).replace("\n", "<br/>"), text) for block in blocks),
    ]


def annual_review(document: ReviewDocument, context: SheetContext) -> bytes:
    """The review: a cover, then one chapter after another (see the module's docstring)."""
    register_fonts()  # the charts measure their labels as they are made
    translate = context.translate
    visits_title = translate("StatisticsSheet", "Visits over three years")
    others = titled_chapters(document, context, first_number=2)
    observations_title = translate("StatisticsSheet", "Observations")
    chapters = [visits_title, *(title for title, _story, _break in others), observations_title]
    story: list[Flowable] = [*_cover(document, context, chapters), PageBreak()]
    story += _visits_chapter(document, context, visits_title)
    for _title, flowables, new_page in others:
        story.append(PageBreak() if new_page else CondPageBreak(90 * mm))
        story += flowables
    story += [PageBreak(), *_observations(document, context, len(chapters), observations_title)]
    title = translate("StatisticsSheet", "Annual review {year}").format(year=document.year)
    return build_document(story, context, title, cover=True)
