"""The annual review's chapters of people and gatherings: distinct people, *Actions
collectives* and *Vie partenariale*, and their tables for the workbook.

Every count of people goes with the share of visits that carry a key, so that a reader
knows how much of the year it covers (« 1 850 personnes distinctes, clé renseignée pour
72,0 % des visites »).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.people_figures import GatheringFigures, PeopleFigures
from ..domain.review import ReviewDocument
from .fonts import BOLD
from .layout import WIDTH, SheetContext, paragraph_styles, table
from .review_xlsx import DECIMAL, INTEGER, PERCENT, XlsxTable

# The columns of the tables, the same in the PDF and the workbook.
ACTION_HEADINGS = (
    QT_TRANSLATE_NOOP("StatisticsSheet", "Theme"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Sessions"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Attendances"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Distinct participants"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Mean attendance"),
)
MEETING_HEADINGS = (
    QT_TRANSLATE_NOOP("StatisticsSheet", "Date"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Meeting"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Invited"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Present"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Excused"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Absent"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "People"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Speakers"),
)
PARTNER_HEADINGS = (
    QT_TRANSLATE_NOOP("StatisticsSheet", "Partner"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Invited"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Present"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Excused"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Participation rate"),
)
PROJECT_HEADINGS = (
    QT_TRANSLATE_NOOP("StatisticsSheet", "Project"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Partners"),
    QT_TRANSLATE_NOOP("StatisticsSheet", "Year"),
)


def _headings(context: SheetContext, names: Sequence[str]) -> list[str]:
    """A table's column headings, in the sheet's language."""
    return [context.translate("StatisticsSheet", name) for name in names]


def people_sentence(people: PeopleFigures, context: SheetContext) -> str:
    """« 1 850 personnes distinctes, clé renseignée pour 72,0 % des visites »."""
    return context.translate("StatisticsSheet", "{people} distinct people, key given for {share} of visits").format(
        people=context.numbers.integer(people.people), share=context.numbers.percent(people.key_share)
    )


def _body(text: str) -> Paragraph:
    return Paragraph(escape(text), paragraph_styles()["body"])


def _cell(text: str) -> Paragraph:
    """Words in a table's cell, wrapped to its width."""
    style = ParagraphStyle("cell", parent=paragraph_styles()["body"], fontSize=8.5, leading=10.5, spaceAfter=0)
    return Paragraph(escape(text), style)


def _table(rows: Sequence[Sequence[object]], *, words: int) -> Flowable:
    """A table whose figures' columns are as wide as their headings (and 16 mm at least): its
    column ``words - 1`` (the words: a theme, a meeting, a partner) takes the rest of the width."""
    figures = [max(16 * mm, stringWidth(str(h), BOLD, 8.5) + 14) for h in rows[0][words:]]
    first = [22 * mm] * (words - 1)
    return table(rows, [*first, WIDTH - sum(first) - sum(figures), *figures], numeric_from=words)


def _h2(text: str) -> Paragraph:
    return Paragraph(escape(text), paragraph_styles()["h2"])


def _people_rows(people: PeopleFigures, context: SheetContext) -> list[tuple[str, str]]:
    translate, n = context.translate, context.numbers
    per_person = people.visits_per_person
    return [
        (
            translate("StatisticsSheet", "Distinct people, visits and collective actions together"),
            n.integer(people.people),
        ),
        (translate("StatisticsSheet", "seen at the reception"), n.integer(people.visitors)),
        (translate("StatisticsSheet", "present at a collective action"), n.integer(people.participants)),
        (translate("StatisticsSheet", "new in the period"), n.integer(people.new)),
        (translate("StatisticsSheet", "seen before"), n.integer(people.returning)),
        (
            translate("StatisticsSheet", "Visits per person (visits with a key)"),
            context.change(None) if per_person is None else n.number(per_person),
        ),
        (
            translate("StatisticsSheet", "Visits with a key"),
            f"{n.integer(people.keyed_visits)} / {n.integer(people.visits)}",
        ),
    ]


def _people_chapter(figures: GatheringFigures, context: SheetContext, *, not_live: bool) -> list[Flowable]:
    people, translate = figures.people, context.translate
    explained = (
        translate(
            "StatisticsSheet", "The key holds across years: a person seen in an earlier year counts as seen before."
        )
        if people.across_years
        else translate(
            "StatisticsSheet",
            "The key changes every 1 January: people are counted within the year, and all are new in January.",
        )
    )
    return [
        Paragraph(f"<b>{escape(people_sentence(people, context))}</b>", paragraph_styles()["body"]),
        Spacer(1, 6),
        table(
            [
                [translate("StatisticsSheet", "People"), translate("StatisticsSheet", "Number")],
                *_people_rows(people, context),
            ],
            [120 * mm, 35 * mm],
        ),
        Spacer(1, 6),
        _body(
            translate(
                "StatisticsSheet",
                "A person is counted by a key computed from the birth name, first name and birth date; "
                "no name is kept. Visits without a key are not among the distinct people.",
            )
        ),
        _body(explained),
        *(
            [
                _body(
                    translate(
                        "StatisticsSheet",
                        "Visits counted on paper or entered as past totals carry no key: "
                        "the share is that of the visits logged live.",
                    )
                )
            ]
            if not_live
            else []
        ),
    ]


def _actions_chapter(figures: GatheringFigures, context: SheetContext) -> list[Flowable]:
    actions, translate, n = figures.actions, context.translate, context.numbers
    if not actions.sessions:
        return [_body(translate("StatisticsSheet", "No collective action was held in the period."))]
    summary = translate(
        "StatisticsSheet",
        "Sessions: {sessions}; attendances: {attendances}; distinct participants: {participants}; "
        "mean attendance: {mean} people per session.",
    ).format(
        sessions=n.integer(actions.sessions),
        attendances=n.integer(actions.attendances),
        participants=n.integer(actions.participants),
        mean=n.number(actions.mean),
    )
    rows: list[Sequence[object]] = [_headings(context, ACTION_HEADINGS)]
    rows += [
        [
            _cell(line.theme or translate("StatisticsSheet", "No theme")),
            n.integer(line.sessions),
            n.integer(line.attendances),
            n.integer(line.participants),
            n.number(line.mean),
        ]
        for line in actions.by_theme
    ]
    return [
        _body(summary),
        Spacer(1, 6),
        _table(rows, words=1),
        Spacer(1, 6),
        _body(
            translate(
                "StatisticsSheet",
                "Attendances count the people present at each session; distinct participants count each person "
                "once, when they were listed by key (an action counted by head gives attendances only).",
            )
        ),
    ]


def _partnership_chapter(figures: GatheringFigures, context: SheetContext) -> list[Flowable]:
    meetings, translate, n = figures.meetings, context.translate, context.numbers
    story: list[Flowable] = []
    if not meetings.held:
        story.append(_body(translate("StatisticsSheet", "No partner meeting was held in the period.")))
    else:
        story += [
            _body(
                translate(
                    "StatisticsSheet",
                    "Meetings held: {held}; partners present: {present} out of {invited} invited ({rate}); "
                    "excused: {excused}; partners present at least once: {engaged}.",
                ).format(
                    held=n.integer(meetings.held),
                    present=n.integer(meetings.present),
                    invited=n.integer(meetings.invited),
                    rate=context.change(None) if meetings.rate is None else n.percent(meetings.rate),
                    excused=n.integer(meetings.excused),
                    engaged=n.integer(meetings.engaged),
                )
            ),
            Spacer(1, 6),
            _table(_meeting_rows(figures, context), words=2),
            _h2(translate("StatisticsSheet", "Participation of each partner")),
            _table(_partner_rows(figures, context), words=1),
        ]
    story.append(_h2(translate("StatisticsSheet", "Projects led together")))
    if not meetings.projects:
        story.append(_body(translate("StatisticsSheet", "No project led together is recorded for the period.")))
    else:
        rows: list[Sequence[object]] = [_headings(context, PROJECT_HEADINGS)]
        rows += [[_cell(p.title), _cell(", ".join(p.partners)), str(p.year)] for p in meetings.projects]
        story.append(table(rows, [75 * mm, WIDTH - 95 * mm, 20 * mm], numeric_from=2))
    return story


def _meeting_rows(figures: GatheringFigures, context: SheetContext) -> list[Sequence[object]]:
    n = context.numbers
    rows: list[Sequence[object]] = [_headings(context, MEETING_HEADINGS)]
    rows += [
        [
            m.day.strftime("%d/%m/%Y"),
            _cell(m.title),
            *(n.integer(v) for v in (m.invited, m.present, m.excused, m.absent, m.people, m.speakers)),
        ]
        for m in figures.meetings.meetings
    ]
    return rows


def _partner_rows(figures: GatheringFigures, context: SheetContext) -> list[Sequence[object]]:
    n = context.numbers
    rows: list[Sequence[object]] = [_headings(context, PARTNER_HEADINGS)]
    rows += [
        [
            figures.partner_names.get(p.organisation_id, "?"),
            n.integer(p.invited),
            n.integer(p.present),
            n.integer(p.excused),
            n.percent(p.rate),
        ]
        for p in figures.meetings.partners
    ]
    return rows


def gathering_chapters(document: ReviewDocument, context: SheetContext) -> list[tuple[str, list[Flowable], bool]]:
    """The chapters' titles, what they print under their heading, and whether each opens a page."""
    figures = document.review.statistics.gatherings
    if figures is None:
        return []
    translate = context.translate
    return [
        (
            translate("StatisticsSheet", "Distinct people"),
            _people_chapter(figures, context, not_live=bool(document.paper_visits or document.past_total_years)),
            True,
        ),
        (translate("StatisticsSheet", "Collective actions"), _actions_chapter(figures, context), False),
        (translate("StatisticsSheet", "Partnership life"), _partnership_chapter(figures, context), True),
    ]


def gathering_sheets(document: ReviewDocument, context: SheetContext) -> list[XlsxTable]:
    """The same figures as the workbook's sheets: people, actions by theme, meetings, partners, projects."""
    figures = document.review.statistics.gatherings
    if figures is None:
        return []
    return [_people_sheet(figures, context), _actions_sheet(figures, context), *_meeting_sheets(figures, context)]


def _people_sheet(figures: GatheringFigures, context: SheetContext) -> XlsxTable:
    translate, people = context.translate, figures.people
    return XlsxTable(
        translate("StatisticsSheet", "Distinct people"),
        [translate("StatisticsSheet", "People"), translate("StatisticsSheet", "Number")],
        [
            (
                translate("StatisticsSheet", "Distinct people, visits and collective actions together"),
                people.people,
            ),
            (translate("StatisticsSheet", "seen at the reception"), people.visitors),
            (translate("StatisticsSheet", "present at a collective action"), people.participants),
            (translate("StatisticsSheet", "new in the period"), people.new),
            (translate("StatisticsSheet", "seen before"), people.returning),
            (translate("StatisticsSheet", "Visits per person (visits with a key)"), people.visits_per_person),
            (translate("StatisticsSheet", "Visits with a key"), people.keyed_visits),
            (translate("StatisticsSheet", "Share of visits with a key"), people.key_share),
        ],
        [None, INTEGER],
        [INTEGER] * 5 + [DECIMAL, INTEGER, PERCENT],
    )


def _actions_sheet(figures: GatheringFigures, context: SheetContext) -> XlsxTable:
    translate = context.translate
    return XlsxTable(
        translate("StatisticsSheet", "Collective actions"),
        _headings(context, ACTION_HEADINGS),
        [
            (x.theme or translate("StatisticsSheet", "No theme"), x.sessions, x.attendances, x.participants, x.mean)
            for x in figures.actions.by_theme
        ],
        [None, INTEGER, INTEGER, INTEGER, DECIMAL],
    )


def _meeting_sheets(figures: GatheringFigures, context: SheetContext) -> list[XlsxTable]:
    translate, meetings = context.translate, figures.meetings
    return [
        XlsxTable(
            translate("StatisticsSheet", "Partner meetings"),
            _headings(context, MEETING_HEADINGS),
            [
                (m.day.strftime("%d/%m/%Y"), m.title, m.invited, m.present, m.excused, m.absent, m.people, m.speakers)
                for m in meetings.meetings
            ],
            [None, None, *[INTEGER] * 6],
        ),
        XlsxTable(
            translate("StatisticsSheet", "Partners at meetings"),
            _headings(context, PARTNER_HEADINGS),
            [
                (figures.partner_names.get(p.organisation_id, "?"), p.invited, p.present, p.excused, p.rate)
                for p in meetings.partners
            ],
            [None, INTEGER, INTEGER, INTEGER, PERCENT],
        ),
        XlsxTable(
            translate("StatisticsSheet", "Projects led together"),
            _headings(context, PROJECT_HEADINGS),
            [(p.title, ", ".join(p.partners), p.year) for p in meetings.projects],
            [None, None, None],
        ),
    ]
