"""The printed "Guide des permanences" and a partner's appointment sheet for one day."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..domain.directory import GuideEntry
from ..domain.organisations import partner_label
from .layout import SheetContext, build_document, paragraph_styles, table


def guide(entries: Sequence[GuideEntry], context: SheetContext) -> bytes:
    """One entry per partner: what it does, its conditions, its referent, its permanences."""
    styles = paragraph_styles()
    title = context.translate("Guide", "Guide to the permanences")
    story: list[Flowable] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(context.heading), styles["subtitle"]),
        Paragraph(
            escape(context.translate("Guide", "Who can help with what, and when they receive at the Maison.")),
            styles["body"],
        ),
        Spacer(1, 6),
    ]

    def line(label: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{escape(label)}</b> : {escape(value)}", styles["body"])

    for entry in entries:
        sheet = entry.sheet
        block: list[Flowable] = [Paragraph(escape(partner_label(sheet.acronym, sheet.name)), styles["h2"])]
        if entry.categories:
            block.append(line(context.translate("Guide", "Requests"), ", ".join(entry.categories)))
        if sheet.offer:
            block.append(line(context.translate("Guide", "What it offers"), sheet.offer))
        if sheet.audience:
            block.append(line(context.translate("Guide", "For whom"), sheet.audience))
        if entry.conditions:
            block.append(line(context.translate("Guide", "Conditions"), " · ".join(entry.conditions)))
        referent = " · ".join(filter(None, (sheet.referent_name, sheet.referent_phone, sheet.referent_email)))
        if referent:
            block.append(line(context.translate("Guide", "Referent"), referent))
        outside = " · ".join(filter(None, (sheet.address, sheet.outside_hours)))
        if outside:
            block.append(line(context.translate("Guide", "Elsewhere"), outside))
        if entry.permanences:
            block.append(line(context.translate("Guide", "At the Maison"), "; ".join(entry.permanences)))
        else:
            block.append(
                Paragraph(
                    escape(context.translate("Guide", "No permanence at the Maison at present.")), styles["small"]
                )
            )
        story.append(KeepTogether(block))
    return build_document(story, context, title)


def day_sheet(
    partner: str,
    day_label: str,
    rows: Sequence[tuple[str, str, str]],
    context: SheetContext,
) -> bytes:
    """The slots of one day for a partner: time, who (first name or initials), phone."""
    styles = paragraph_styles()
    title = context.translate("Guide", "Appointments — {partner}").format(partner=partner)
    data: list[Sequence[object]] = [
        [
            context.translate("Guide", "Time"),
            context.translate("Guide", "Visitor"),
            context.translate("Guide", "Phone"),
        ],
        *[list(r) for r in rows],
    ]
    story: list[Flowable] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(f"{context.structure} — {day_label}"), styles["subtitle"]),
    ]
    if rows:
        story.append(table(data, [30 * mm, 80 * mm, 50 * mm], numeric_from=3))
    else:
        story.append(
            Paragraph(escape(context.translate("Guide", "No appointment booked for this day.")), styles["body"])
        )
    story += [
        Spacer(1, 10),
        Paragraph(
            escape(context.translate("Guide", "Personal data: to be kept only for this permanence, then destroyed.")),
            styles["small"],
        ),
    ]
    return build_document(story, context, title)
