"""What to tell before permanences are closed or cancelled: the partners, and the people booked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.rota import Occurrence
from ...services import Services
from ...services.appointments import Appointment
from ..forms import qdate


def _tr(text: str) -> str:
    return QCoreApplication.translate("RotaWarnings", text)


def _day(day: date) -> str:
    return QLocale().toString(qdate(day), "ddd d/MM")


def booking_line(appointment: Appointment, acronym: str) -> str:
    """ "mar. 24/11 14:00 CRESUS — Marie, 06 12 34 56 78": what the appointment stores, no more."""
    contact = appointment.contact
    who = ", ".join(part for part in (contact.first_name, contact.phone) if part) or contact.initials
    if appointment.purged or not who:
        who = _tr("contact erased")
    return f"{_day(appointment.day)} {appointment.start:%H:%M} {acronym} — {who}"


def warning_text(services: Services, occurrences: list[Occurrence]) -> str:
    """The permanences, then the appointments booked in them, one a line (empty if none)."""
    if not occurrences:
        return ""
    acronyms = {o.id: o.acronym for o in services.organisations.list()}
    lines = [f"{_day(o.day)} {o.start:%H:%M}–{o.end:%H:%M} {acronyms.get(o.organisation_id, '?')}" for o in occurrences]
    text = _tr("Permanences that will not be held; tell the partners:") + "\n" + "\n".join(lines)
    booked = bookings_text(services, occurrences, acronyms)
    return f"{text}\n\n{booked}" if booked else text


def bookings_text(services: Services, occurrences: list[Occurrence], acronyms: dict[int, str] | None = None) -> str:
    """The people booked in these permanences, one a line, under a heading (empty if none)."""
    booked = services.appointments.booked_in(occurrences)
    if not booked:
        return ""
    if acronyms is None:
        acronyms = {o.id: o.acronym for o in services.organisations.list()}
    lines = (booking_line(a, acronyms.get(a.organisation_id, "?")) for a in booked)
    return _tr("People booked; tell them too:") + "\n" + "\n".join(lines)
