"""The printed week of the permanence offices: A4 landscape, for the entrance notice board.

Days across, hours down, the offices side by side within each day. Light fills and
black text, so that it stays readable when printed in black and white.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.dates import long_date, weekday_name
from ..domain.organisations import Organisation
from ..domain.rota import Occurrence, Office, OpeningHours, Status, minutes_of
from .fonts import BOLD, REGULAR, register_fonts

Translate = Callable[[str, str], str]

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 28
TITLE_HEIGHT = 46
FOOTER_HEIGHT = 22
HEADER_HEIGHT = 34  # day names, then office names
TIME_COLUMN = 34
GREY = colors.Color(0.85, 0.85, 0.85)
LIGHT_GREY = colors.Color(0.94, 0.94, 0.94)


@dataclass(frozen=True)
class WeekSheet:
    structure: str
    monday: date
    days: list[date]
    offices: list[Office]
    occurrences: list[Occurrence]
    organisations: dict[int, Organisation]
    closures: dict[date, str]
    hours: OpeningHours
    generated_at: datetime


def _lighter(hex_colour: str, amount: float = 0.72) -> colors.Color:
    base = colors.HexColor(hex_colour)
    return colors.Color(*(c + (1 - c) * amount for c in (base.red, base.green, base.blue)))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _day_range(sheet: WeekSheet) -> tuple[int, int]:
    spans = [span for day in sheet.days for span in sheet.hours.get(day.weekday(), ())]
    first = min((minutes_of(a) for a, _b in spans), default=9 * 60)
    last = max((minutes_of(b) for _a, b in spans), default=17 * 60)
    for o in sheet.occurrences:
        first, last = min(first, minutes_of(o.start)), max(last, minutes_of(o.end))
    return first // 60 * 60, -(-last // 60) * 60


def week_pdf(sheet: WeekSheet, translate: Translate) -> bytes:
    """Render the week; return the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    iso = sheet.monday.isocalendar()
    title = translate("RotaSheet", "Permanences of the week {week}").format(week=iso.week)
    pdf.setTitle(f"{sheet.structure} — {title}")
    pdf.setAuthor(sheet.structure)

    # Title
    pdf.setFont(BOLD, 17)
    pdf.drawString(MARGIN, PAGE_HEIGHT - MARGIN - 16, f"{sheet.structure} — {title}")
    pdf.setFont(REGULAR, 11)
    span = translate("RotaSheet", "from {first} to {last}").format(
        first=long_date(sheet.days[0], translate, with_year=False), last=long_date(sheet.days[-1], translate)
    )
    pdf.drawString(MARGIN, PAGE_HEIGHT - MARGIN - 33, span)

    # Grid geometry
    top = PAGE_HEIGHT - MARGIN - TITLE_HEIGHT
    body_top = top - HEADER_HEIGHT
    bottom = MARGIN + FOOTER_HEIGHT
    first_minute, last_minute = _day_range(sheet)
    per_minute = (body_top - bottom) / (last_minute - first_minute)
    day_width = (PAGE_WIDTH - 2 * MARGIN - TIME_COLUMN) / max(1, len(sheet.days))
    office_width = day_width / max(1, len(sheet.offices))

    def y_of(t: time) -> float:
        return body_top - (minutes_of(t) - first_minute) * per_minute

    def x_of(day_index: int, office_index: int = 0) -> float:
        return MARGIN + TIME_COLUMN + day_index * day_width + office_index * office_width

    # Closed hours (lunch, before opening, after closing) shaded on each day.
    for d, day in enumerate(sheet.days):
        pdf.setFillColor(LIGHT_GREY)
        cursor = first_minute
        for open_, close in sorted(sheet.hours.get(day.weekday(), ())):
            if minutes_of(open_) > cursor:
                height = (minutes_of(open_) - cursor) * per_minute
                pdf.rect(
                    x_of(d),
                    body_top - (cursor - first_minute) * per_minute - height,
                    day_width,
                    height,
                    stroke=0,
                    fill=1,
                )
            cursor = max(cursor, minutes_of(close))
        if cursor < last_minute:
            height = (last_minute - cursor) * per_minute
            pdf.rect(x_of(d), bottom, day_width, height, stroke=0, fill=1)

    # Hour lines and labels
    pdf.setFont(REGULAR, 8)
    for minute in range(first_minute, last_minute + 1, 60):
        y = body_top - (minute - first_minute) * per_minute
        pdf.setStrokeColor(GREY)
        pdf.setLineWidth(0.5)
        pdf.line(MARGIN + TIME_COLUMN, y, PAGE_WIDTH - MARGIN, y)
        pdf.setFillColor(colors.black)
        pdf.drawRightString(MARGIN + TIME_COLUMN - 4, y - 3, f"{minute // 60:02d}:{minute % 60:02d}")

    # Day and office headers, columns
    for d, day in enumerate(sheet.days):
        x = x_of(d)
        pdf.setFillColor(colors.black)
        pdf.setFont(BOLD, 10.5)
        header = f"{weekday_name(day, translate).capitalize()} {day.day:02d}/{day.month:02d}"
        pdf.drawCentredString(x + day_width / 2, top - 13, header)
        pdf.setFont(REGULAR, 8)
        for o, office in enumerate(sheet.offices):
            pdf.drawCentredString(x_of(d, o) + office_width / 2, top - 28, office.name)
        pdf.setStrokeColor(colors.black)
        pdf.setLineWidth(1)
        pdf.line(x, top, x, bottom)
        pdf.setStrokeColor(GREY)
        pdf.setLineWidth(0.5)
        for o in range(1, len(sheet.offices)):
            pdf.line(x_of(d, o), body_top, x_of(d, o), bottom)
    pdf.setStrokeColor(colors.black)
    pdf.setLineWidth(1)
    pdf.line(PAGE_WIDTH - MARGIN, top, PAGE_WIDTH - MARGIN, bottom)
    pdf.line(MARGIN + TIME_COLUMN, top, PAGE_WIDTH - MARGIN, top)
    pdf.line(MARGIN + TIME_COLUMN, body_top, PAGE_WIDTH - MARGIN, body_top)
    pdf.line(MARGIN + TIME_COLUMN, bottom, PAGE_WIDTH - MARGIN, bottom)

    office_index = {office.id: n for n, office in enumerate(sheet.offices)}
    day_index = {day: n for n, day in enumerate(sheet.days)}

    # Closed days: shaded, with the reason and the permanences it suspends.
    for day, reason in sheet.closures.items():
        if day not in day_index:
            continue
        x = x_of(day_index[day])
        pdf.setFillColor(GREY)
        pdf.rect(x, bottom, day_width, body_top - bottom, stroke=0, fill=1)
        pdf.setFillColor(colors.black)
        pdf.setFont(BOLD, 12)
        centre = x + day_width / 2
        pdf.drawCentredString(centre, body_top - 40, translate("RotaSheet", "CLOSED"))
        pdf.setFont(REGULAR, 9)
        y = body_top - 56
        for line in _wrap(reason, REGULAR, 9, day_width - 12):
            pdf.drawCentredString(centre, y, line)
            y -= 11
        suspended = sorted(
            {
                sheet.organisations[o.organisation_id].acronym
                for o in sheet.occurrences
                if o.day == day and o.status == Status.CLOSED
            }
        )
        if suspended:
            y -= 8
            pdf.setFont(REGULAR, 7.5)
            for line in _wrap(
                translate("RotaSheet", "Not held: {names}").format(names=", ".join(suspended)),
                REGULAR,
                7.5,
                day_width - 12,
            ):
                pdf.drawCentredString(centre, y, line)
                y -= 9

    # The permanences
    for occurrence in sheet.occurrences:
        if occurrence.status == Status.CLOSED or occurrence.day not in day_index:
            continue
        organisation = sheet.organisations[occurrence.organisation_id]
        x = x_of(day_index[occurrence.day], office_index.get(occurrence.office_id, 0)) + 2
        width = office_width - 4
        y_top, y_bottom = y_of(occurrence.start) - 1, y_of(occurrence.end) + 1
        cancelled = occurrence.status == Status.CANCELLED
        pdf.setLineWidth(1.2)
        pdf.setStrokeColor(colors.HexColor(organisation.colour) if not cancelled else colors.black)
        pdf.setFillColor(colors.white if cancelled else _lighter(organisation.colour))
        if cancelled:
            pdf.setDash(3, 2)
        pdf.roundRect(x, y_bottom, width, y_top - y_bottom, 3, stroke=1, fill=1)
        pdf.setDash()
        pdf.setFillColor(colors.black)
        text_x, y = x + 4, y_top - 11
        pdf.setFont(BOLD, 9)
        pdf.drawString(text_x, y, organisation.acronym)
        y -= 10
        pdf.setFont(REGULAR, 7.5)
        pdf.drawString(text_x, y, f"{occurrence.start:%H:%M}–{occurrence.end:%H:%M}")
        y -= 9
        if cancelled or occurrence.moved:
            pdf.setFont(BOLD, 7.5)
            pdf.drawString(
                text_x, y, translate("RotaSheet", "CANCELLED") if cancelled else translate("RotaSheet", "changed")
            )
            y -= 9
        pdf.setFont(REGULAR, 6.5)
        name = "" if organisation.name == organisation.acronym else organisation.name
        for line in _wrap(name, REGULAR, 6.5, width - 8):
            if y < y_bottom + 3:
                break
            pdf.drawString(text_x, y, line)
            y -= 7.5

    # Footer
    pdf.setFont(REGULAR, 7.5)
    pdf.setFillColor(colors.black)
    printed = translate("RotaSheet", "Printed on {date} at {time}").format(
        date=sheet.generated_at.strftime("%d/%m/%Y"), time=sheet.generated_at.strftime("%H:%M")
    )
    pdf.drawString(MARGIN, MARGIN + 4, f"{sheet.structure} · {printed}")
    pdf.drawRightString(
        PAGE_WIDTH - MARGIN,
        MARGIN + 4,
        translate("RotaSheet", "Grey: the Maison is closed. Dashed frame: permanence cancelled."),
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
