"""The annual review's middle chapters (requests, channels and outcomes, profile, orientations,
permanences) and the notes that say where its figures come from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.dates import long_date
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.review import ReviewDocument
from ..domain.statistics import AnnualReview, Line
from .fonts import BOLD
from .layout import SheetContext, paragraph_styles
from .review_gatherings import gathering_chapters
from .statistics_tables import (
    bars,
    categories_table,
    closed_paper_days,
    figure,
    orientations_table,
    permanences_tables,
    side_by_side,
    small_breakdown,
)

# The profile fields as their tables are titled, in the order the reception asks them.
PROFILE_TITLES = {
    "first_visit": QT_TRANSLATE_NOOP("StatisticsSheet", "First visit"),
    "age_band": QT_TRANSLATE_NOOP("StatisticsSheet", "Age band"),
    "neighbourhood": QT_TRANSLATE_NOOP("StatisticsSheet", "Neighbourhood"),
}


def chapter_heading(number: int, title: str) -> Paragraph:
    style = ParagraphStyle(
        "chapter",
        parent=paragraph_styles()["body"],
        fontName=BOLD,
        fontSize=15,
        leading=19,
        spaceBefore=6,
        spaceAfter=8,
    )
    return Paragraph(f"{number}. {title}", style)


def _day(day: date, context: SheetContext) -> str:
    return long_date(day, context.translate, with_weekday=False)


def provenance_notes(document: ReviewDocument, context: SheetContext) -> list[str]:
    """What a reader needs to trust the figures: when counting began, paper days, past totals."""
    translate, notes = context.translate, []
    if document.in_progress_until is not None:
        notes.append(
            translate(
                "StatisticsSheet",
                "The year {year} is in progress: its figures run to {day} and are compared with the same days of {before}.",
            ).format(year=document.year, day=_day(document.in_progress_until, context), before=document.year - 1)
        )
    if document.counting_began is not None:
        notes.append(
            translate(
                "StatisticsSheet",
                "Counting began on {day}: before it the figures are not known (n.d.), and no growth is computed from them.",
            ).format(day=_day(document.counting_began, context))
        )
    if document.paper_visits:
        total = dict(document.review.totals_by_year).get(document.year)
        notes.append(
            (
                translate(
                    "StatisticsSheet",
                    "{year}: {total} visits, of which {visits} entered from paper tally sheets (1 day).",
                )
                if document.paper_days == 1
                else translate(
                    "StatisticsSheet",
                    "{year}: {total} visits, of which {visits} entered from paper tally sheets ({days} days).",
                )
            ).format(
                year=document.year,
                total=figure(total, context),
                visits=context.numbers.integer(document.paper_visits),
                days=context.numbers.integer(document.paper_days),
            )
        )
    if document.paper_closed_days:
        notes.append(closed_paper_days(document.paper_closed_days, context))
    if document.past_total_years:
        notes.append(
            translate(
                "StatisticsSheet",
                "{years}: totals entered from the records kept before the application; their channel, hour and profile are not noted.",
            ).format(years=", ".join(str(y) for y in document.past_total_years))
        )
    return notes


def not_known(document: ReviewDocument, context: SheetContext) -> str:
    """Why a year's figures are « n.d. »: counting had not begun, or nothing is counted yet."""
    if document.counting_began is None:
        return context.translate(
            "StatisticsSheet", "The figures of {year} are not known: nothing is counted yet."
        ).format(year=document.year)
    return context.translate(
        "StatisticsSheet", "The figures of {year} are not known (n.d.): counting began on {day}."
    ).format(year=document.year, day=_day(document.counting_began, context))


def _channels_and_outcomes(review: AnnualReview, context: SheetContext) -> list[Flowable]:
    stats, translate = review.statistics, context.translate
    return [
        side_by_side(
            small_breakdown(translate("StatisticsSheet", "Channel"), stats.by_channel, context),
            small_breakdown(translate("StatisticsSheet", "Outcome"), stats.by_outcome, context),
        ),
        Spacer(1, 8),
        bars([(line.label, line.count) for line in stats.by_outcome], context),
    ]


def _profile(review: AnnualReview, context: SheetContext) -> list[Flowable]:
    translate, profile = context.translate, review.statistics.profile
    if not profile:
        return [
            Paragraph(
                translate("StatisticsSheet", "No profile field is recorded at the reception."),
                paragraph_styles()["body"],
            )
        ]
    story: list[Flowable] = [
        Paragraph(
            translate(
                "StatisticsSheet",
                "Each field is optional at the reception: a visit where it was not asked counts as not noted.",
            ),
            paragraph_styles()["body"],
        )
    ]
    tables = [
        small_breakdown(translate("StatisticsSheet", PROFILE_TITLES.get(name, name)), items, context)
        for name, items in profile.items()
    ]
    for first in range(0, len(tables), 2):  # two side by side, the long list of places alone if need be
        pair = tables[first : first + 2]
        story += [Spacer(1, 8), side_by_side(*pair) if len(pair) == 2 else pair[0]]
    return story


def titled_chapters(
    document: ReviewDocument, context: SheetContext, first_number: int
) -> list[tuple[str, list[Flowable], bool]]:
    """Each middle chapter: its title, what it prints under its heading, and whether it opens a page.

    A year not known prints why under each heading, on one page, rather than tables of nothing."""
    review, translate = document.review, context.translate
    stats = review.statistics
    previous = (
        translate("StatisticsSheet", "Same days of {year}")
        if document.in_progress_until is not None
        else translate("StatisticsSheet", "Year {year}")
    ).format(year=review.year - 1)
    chapters: Sequence[tuple[str, list[Flowable], bool]] = (
        (
            translate("StatisticsSheet", "Requests"),
            [categories_table(stats, context, previous), Spacer(1, 8), _category_bars(stats.by_category, context)],
            True,
        ),
        (translate("StatisticsSheet", "Channels and outcomes"), _channels_and_outcomes(review, context), True),
        (translate("StatisticsSheet", "Visitors' profile"), _profile(review, context), False),
        (translate("StatisticsSheet", "Orientations by partner"), [orientations_table(stats, context)], True),
        (translate("StatisticsSheet", "Permanences and offices"), permanences_tables(stats, context), False),
    )
    if not stats.known:
        reason = Paragraph(escape(not_known(document, context)), paragraph_styles()["body"])
        chapters = [(title, [reason], False) for title, _flowables, _new_page in chapters[:-1]] + [chapters[-1]]
    chapters = [*chapters, *gathering_chapters(document, context)]  # people and gatherings are known apart
    return [
        (title, [chapter_heading(number, title), *flowables], new_page)
        for number, (title, flowables, new_page) in enumerate(chapters, start=first_number)
    ]


def _category_bars(items: Sequence[Line], context: SheetContext) -> Flowable:
    return bars([(line.label, line.count) for line in items], context)
