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

PAGE_SIZE: tuple[float, float] = landscape(A4)
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
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


@dataclass(frozen=True)
class _Grid:
    """Where the week goes on the page: the grid's edges, its hours and its columns."""

    top: float  # above the day names
    body_top: float  # below the office names, where the first hour begins
    bottom: float
    first_minute: int
    last_minute: int
    per_minute: float
    day_width: float
    office_width: float

    @classmethod
    def of(cls, sheet: WeekSheet) -> _Grid:
        top = PAGE_HEIGHT - MARGIN - TITLE_HEIGHT
        body_top = top - HEADER_HEIGHT
        bottom = MARGIN + FOOTER_HEIGHT
        first_minute, last_minute = _day_range(sheet)
        day_width = (PAGE_WIDTH - 2 * MARGIN - TIME_COLUMN) / max(1, len(sheet.days))
        return cls(
            top=top,
            body_top=body_top,
            bottom=bottom,
            first_minute=first_minute,
            last_minute=last_minute,
            per_minute=(body_top - bottom) / (last_minute - first_minute),
            day_width=day_width,
            office_width=day_width / max(1, len(sheet.offices)),
        )

    def y_of_minute(self, minute: int) -> float:
        return self.body_top - (minute - self.first_minute) * self.per_minute

    def y_of(self, moment: time) -> float:
        return self.y_of_minute(minutes_of(moment))

    def x_of(self, day_index: int, office_index: int = 0) -> float:
        return MARGIN + TIME_COLUMN + day_index * self.day_width + office_index * self.office_width


def week_pdf(sheet: WeekSheet, translate: Translate) -> bytes:
    """Render the week; return the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    iso = sheet.monday.isocalendar()
    title = translate("RotaSheet", "Permanences of the week {week}").format(week=iso.week)
    pdf.setTitle(f"{sheet.structure} — {title}")
    pdf.setAuthor(sheet.structure)
    grid = _Grid.of(sheet)
    _draw_title(pdf, sheet, title, translate)
    _shade_closed_hours(pdf, sheet, grid)
    _draw_hours(pdf, grid)
    _draw_columns(pdf, sheet, grid, translate)
    day_index = {day: n for n, day in enumerate(sheet.days)}
    for day, reason in sheet.closures.items():
        if day in day_index:
            _draw_closed_day(pdf, sheet, grid, day, grid.x_of(day_index[day]), reason, translate)
    _draw_permanences(pdf, sheet, grid, day_index, translate)
    _draw_footer(pdf, sheet, translate)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw_title(pdf: Canvas, sheet: WeekSheet, title: str, translate: Translate) -> None:
    pdf.setFont(BOLD, 17)
    pdf.drawString(MARGIN, PAGE_HEIGHT - MARGIN - 16, f"{sheet.structure} — {title}")
    pdf.setFont(REGULAR, 11)
    span = translate("RotaSheet", "from {first} to {last}").format(
        first=long_date(sheet.days[0], translate, with_year=False), last=long_date(sheet.days[-1], translate)
    )
    pdf.drawString(MARGIN, PAGE_HEIGHT - MARGIN - 33, span)


def _shade_closed_hours(pdf: Canvas, sheet: WeekSheet, grid: _Grid) -> None:
    """Closed hours (lunch, before opening, after closing) shaded on each day."""
    for d, day in enumerate(sheet.days):
        pdf.setFillColor(LIGHT_GREY)
        cursor = grid.first_minute
        for open_, close in sorted(sheet.hours.get(day.weekday(), ())):
            if minutes_of(open_) > cursor:
                height = (minutes_of(open_) - cursor) * grid.per_minute
                pdf.rect(grid.x_of(d), grid.y_of_minute(cursor) - height, grid.day_width, height, stroke=0, fill=1)
            cursor = max(cursor, minutes_of(close))
        if cursor < grid.last_minute:
            height = (grid.last_minute - cursor) * grid.per_minute
            pdf.rect(grid.x_of(d), grid.bottom, grid.day_width, height, stroke=0, fill=1)


def _draw_hours(pdf: Canvas, grid: _Grid) -> None:
    """A line and a label at each hour."""
    pdf.setFont(REGULAR, 8)
    for minute in range(grid.first_minute, grid.last_minute + 1, 60):
        y = grid.y_of_minute(minute)
        pdf.setStrokeColor(GREY)
        pdf.setLineWidth(0.5)
        pdf.line(MARGIN + TIME_COLUMN, y, PAGE_WIDTH - MARGIN, y)
        pdf.setFillColor(colors.black)
        pdf.drawRightString(MARGIN + TIME_COLUMN - 4, y - 3, f"{minute // 60:02d}:{minute % 60:02d}")


def _draw_columns(pdf: Canvas, sheet: WeekSheet, grid: _Grid, translate: Translate) -> None:
    """The day and office headers, the lines between the columns and the grid's frame."""
    for d, day in enumerate(sheet.days):
        x = grid.x_of(d)
        pdf.setFillColor(colors.black)
        pdf.setFont(BOLD, 10.5)
        header = f"{weekday_name(day, translate).capitalize()} {day.day:02d}/{day.month:02d}"
        pdf.drawCentredString(x + grid.day_width / 2, grid.top - 13, header)
        pdf.setFont(REGULAR, 8)
        for o, office in enumerate(sheet.offices):
            pdf.drawCentredString(grid.x_of(d, o) + grid.office_width / 2, grid.top - 28, office.name)
        pdf.setStrokeColor(colors.black)
        pdf.setLineWidth(1)
        pdf.line(x, grid.top, x, grid.bottom)
        pdf.setStrokeColor(GREY)
        pdf.setLineWidth(0.5)
        for o in range(1, len(sheet.offices)):
            pdf.line(grid.x_of(d, o), grid.body_top, grid.x_of(d, o), grid.bottom)
    pdf.setStrokeColor(colors.black)
    pdf.setLineWidth(1)
    pdf.line(PAGE_WIDTH - MARGIN, grid.top, PAGE_WIDTH - MARGIN, grid.bottom)
    pdf.line(MARGIN + TIME_COLUMN, grid.top, PAGE_WIDTH - MARGIN, grid.top)
    pdf.line(MARGIN + TIME_COLUMN, grid.body_top, PAGE_WIDTH - MARGIN, grid.body_top)
    pdf.line(MARGIN + TIME_COLUMN, grid.bottom, PAGE_WIDTH - MARGIN, grid.bottom)


def _draw_closed_day(
    pdf: Canvas, sheet: WeekSheet, grid: _Grid, day: date, x: float, reason: str, translate: Translate
) -> None:
    """A closed day: shaded, with the reason and the permanences it suspends."""
    width = grid.day_width
    pdf.setFillColor(GREY)
    pdf.rect(x, grid.bottom, width, grid.body_top - grid.bottom, stroke=0, fill=1)
    pdf.setFillColor(colors.black)
    pdf.setFont(BOLD, 12)
    centre = x + width / 2
    pdf.drawCentredString(centre, grid.body_top - 40, translate("RotaSheet", "CLOSED"))
    pdf.setFont(REGULAR, 9)
    y = grid.body_top - 56
    for line in _wrap(reason, REGULAR, 9, width - 12):
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
        names = translate("RotaSheet", "Not held: {names}").format(names=", ".join(suspended))
        for line in _wrap(names, REGULAR, 7.5, width - 12):
            pdf.drawCentredString(centre, y, line)
            y -= 9


def _draw_permanences(
    pdf: Canvas, sheet: WeekSheet, grid: _Grid, day_index: dict[date, int], translate: Translate
) -> None:
    office_index = {office.id: n for n, office in enumerate(sheet.offices)}
    for occurrence in sheet.occurrences:
        if occurrence.status == Status.CLOSED or occurrence.day not in day_index:
            continue
        x = grid.x_of(day_index[occurrence.day], office_index.get(occurrence.office_id, 0)) + 2
        _draw_permanence(pdf, occurrence, sheet.organisations[occurrence.organisation_id], grid, x, translate)


def _draw_permanence(
    pdf: Canvas, occurrence: Occurrence, organisation: Organisation, grid: _Grid, x: float, translate: Translate
) -> None:
    """One permanence: a frame in the partner's colour (dashed if cancelled), its acronym, hours and name."""
    width = grid.office_width - 4
    y_top, y_bottom = grid.y_of(occurrence.start) - 1, grid.y_of(occurrence.end) + 1
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


def _draw_footer(pdf: Canvas, sheet: WeekSheet, translate: Translate) -> None:
    """When it was printed, and what the grey and the dashed frames mean."""
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
