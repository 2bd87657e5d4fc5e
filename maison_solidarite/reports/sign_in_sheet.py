"""The sign-in sheet of an event (feuille d'émargement), printed before it.

A partner meeting lists the partners, one line each, for the people they send to write
their names and sign. A collective action has numbered blank lines only: the app prints no
name, and what people write by hand stays on paper (the app keeps a headcount, or person
keys typed at the desk).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import long_date
from ..domain.events import KIND_LABELS, Event, EventKind
from .fonts import BOLD, REGULAR
from .layout import DARK, LIGHT, WIDTH, SheetContext, build_document, paragraph_styles

BLANK_LINES = 20  # one page of an action's lines
ROW_HEIGHT = 9 * mm  # room to write by hand; twenty lines and the count fit one page with a long heading


@dataclass(frozen=True)
class SignInSheet:
    """What the sheet of one event shows (names of partners, offices, themes already resolved)."""

    event: Event
    place: str  # the office's name, or the place elsewhere; "" when not said
    theme: str  # the category's label, or the free theme
    leading: Sequence[str]  # the leading partners, "ACRONYM – Name"
    partners: Sequence[str]  # a meeting's lines: the partners invited (or every active partner)
    blank_lines: int = BLANK_LINES


def _facts(sheet: SignInSheet, context: SheetContext) -> Table:
    translate = context.translate
    event = sheet.event
    rows = [
        [
            translate("SignInSheet", "Date"),
            f"{long_date(event.day, translate)}, {event.start:%H:%M} – {event.end:%H:%M}",
        ],
        [translate("SignInSheet", "Place"), sheet.place or translate("SignInSheet", "not said")],
    ]
    if sheet.theme:
        rows.append([translate("SignInSheet", "Theme"), sheet.theme])
    if sheet.leading:
        rows.append([translate("SignInSheet", "Led by"), ", ".join(sheet.leading)])
    body = paragraph_styles()["body"]
    table = Table(
        [[label, Paragraph(escape(value), body)] for label, value in rows], colWidths=[32 * mm, WIDTH - 32 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), BOLD, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _lines(header: Sequence[str], first: Sequence[str], widths: Sequence[float]) -> Table:
    body = paragraph_styles()["body"]
    data: list[list[object]] = [list(header)]
    data += [[Paragraph(escape(text), body), *[""] * (len(widths) - 1)] for text in first]
    table = Table(data, colWidths=list(widths), rowHeights=[7 * mm] + [ROW_HEIGHT] * len(first), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
                ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("GRID", (0, 0), (-1, -1), 0.6, DARK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _meeting(sheet: SignInSheet, context: SheetContext) -> Table:
    translate = context.translate
    header = [
        translate("SignInSheet", "Partner"),
        translate("SignInSheet", "Name of the person present"),
        translate("SignInSheet", "Signature"),
    ]
    return _lines(header, sheet.partners, [WIDTH * 0.4, WIDTH * 0.35, WIDTH * 0.25])


def _action(sheet: SignInSheet, context: SheetContext) -> Table:
    translate = context.translate
    header = [
        translate("SignInSheet", "No."),
        translate("SignInSheet", "Name (optional)"),
        translate("SignInSheet", "Signature"),
    ]
    numbers = [str(n) for n in range(1, sheet.blank_lines + 1)]
    return _lines(header, numbers, [14 * mm, WIDTH * 0.55, WIDTH * 0.45 - 14 * mm])


def sign_in_sheet_pdf(sheet: SignInSheet, context: SheetContext) -> bytes:
    """The sheet of ``sheet.event`` as an A4 PDF."""
    styles = paragraph_styles()
    translate = context.translate
    event = sheet.event
    title = translate("SignInSheet", "Sign-in sheet")
    note = (
        translate("SignInSheet", "Each partner present writes the name of the people it sent and signs.")
        if event.kind == EventKind.MEETING
        else translate(
            "SignInSheet",
            "One line per participant. The names written here stay on this sheet: the app keeps no name.",
        )
    )
    story: list[Flowable] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(context.heading), styles["subtitle"]),
        Paragraph(escape(f"{translate('Labels', KIND_LABELS[event.kind])} — {event.title}"), styles["h2"]),
        _facts(sheet, context),
        Spacer(1, 3 * mm),
        Paragraph(escape(note), styles["small"]),
        Spacer(1, 2 * mm),
        _meeting(sheet, context) if event.kind == EventKind.MEETING else _action(sheet, context),
        Spacer(1, 6 * mm),
        Paragraph(escape(translate("SignInSheet", "Number of people present: ______")), styles["body"]),
    ]
    return build_document(story, context, f"{title} — {event.title}")
