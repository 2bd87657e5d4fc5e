"""Appointments in a partner's permanences. The visitor's contact is personal data: it never
appears in statistics or exports, and it is purged a set number of days after the day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from ..db.engine import Database
from ..db.models import AppointmentRow, OrganisationRow
from ..domain.dates import long_date
from ..domain.directory import Contact, check_contact, slots
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.organisations import partner_label
from ..domain.roles import Action, requires
from ..domain.rota import Occurrence
from ..domain.statistics import NumberFormat
from ..reports.context import Translate
from ..reports.files import write_bytes
from . import audit
from .context import DeskContext
from .lookup import get_or_raise
from .rota import RotaService
from .settings import read_setting, sheet_context, write_setting

RETENTION_SETTING = "appointment_retention_days"
DEFAULT_RETENTION_DAYS = 30
BOOKING_HORIZON = timedelta(days=90)


@dataclass(frozen=True)
class Appointment:
    id: int
    organisation_id: int
    series_id: int
    occurrence_date: date
    day: date
    start: time
    end: time
    contact: Contact
    purged: bool


@dataclass(frozen=True)
class OpenPermanence:
    """A coming permanence of a partner, with its free slots."""

    occurrence: Occurrence
    free: list[tuple[time, time]]
    taken: int


def _to_appointment(row: AppointmentRow) -> Appointment:
    return Appointment(
        row.id,
        row.organisation_id,
        row.series_id,
        row.occurrence_date,
        row.day,
        row.start_time,
        row.end_time,
        Contact(row.first_name, row.phone, row.initials),
        row.purged,
    )


class AppointmentService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)

    @requires(Action.READ_SETTINGS)
    def retention_days(self) -> int:
        stored = read_setting(self.db, RETENTION_SETTING, DEFAULT_RETENTION_DAYS)
        return int(stored) if isinstance(stored, int | str) else DEFAULT_RETENTION_DAYS

    @requires(Action.MANAGE_SETTINGS)
    def set_retention_days(self, days: int) -> None:
        """How many days after the appointment its contact is kept (1 to 365)."""
        if not 1 <= days <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Contacts are kept from 1 to 365 days."))
        write_setting(self.db, self.ctx, RETENTION_SETTING, days)

    @requires(Action.BOOK_APPOINTMENTS)
    def open_permanences(self, organisation_id: int) -> list[OpenPermanence]:
        """The partner's coming permanences (the next 90 days) and their free slots."""
        with self.db.read() as session:
            partner = get_or_raise(
                session,
                OrganisationRow,
                organisation_id,
                QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}."),
            )
            slot_minutes, enabled = partner.slot_minutes, partner.appointments_enabled
        if not enabled:
            return []
        now = self.ctx.now()
        occurrences = [
            o
            for o in self.rota.occurrences(now.date(), now.date() + BOOKING_HORIZON, organisation_id)
            if o.held and o.ends_at > now
        ]
        taken = self._taken(organisation_id)
        result = []
        for occurrence in occurrences:
            booked = taken.get((occurrence.series_id, occurrence.original_date), set())
            free = [
                s
                for s in slots(occurrence, slot_minutes)
                if s[0] not in booked and (occurrence.day > now.date() or s[0] > now.time())
            ]
            result.append(OpenPermanence(occurrence, free, len(booked)))
        return result

    def _taken(self, organisation_id: int) -> dict[tuple[int, date], set[time]]:
        taken: dict[tuple[int, date], set[time]] = {}
        with self.db.read() as session:
            for row in session.scalars(select(AppointmentRow).where(AppointmentRow.organisation_id == organisation_id)):
                taken.setdefault((row.series_id, row.occurrence_date), set()).add(row.start_time)
        return taken

    @requires(Action.BOOK_APPOINTMENTS)
    def book(
        self, organisation_id: int, series_id: int, occurrence_date: date, start: time, contact: Contact
    ) -> Appointment:
        """Book one slot; refused if the slot is not in the permanence, or the permanence is full."""
        contact = check_contact(contact)
        name, slot_minutes = self._bookable_partner(organisation_id)
        occurrence = self._bookable_occurrence(organisation_id, series_id, occurrence_date, name)
        slot = self._free_slot(organisation_id, occurrence, slot_minutes, start, name)
        retention = self.retention_days()
        with self.db.write() as session:
            row = AppointmentRow(
                organisation_id=organisation_id,
                series_id=series_id,
                occurrence_date=occurrence_date,
                day=occurrence.day,
                start_time=slot[0],
                end_time=slot[1],
                first_name=contact.first_name,
                phone=contact.phone,
                initials=contact.initials,
                purge_on=occurrence.day + timedelta(days=retention),
                purged=False,
                created_at=self.ctx.now(),
                agent=self.ctx.agent,
            )
            session.add(row)
            session.flush()
            # the audit keeps when and where, never who
            after = {"organisation": name, "day": occurrence.day.isoformat(), "start": slot[0].strftime("%H:%M")}
            audit.record(session, self.ctx, "create", "appointment", str(row.id), None, after)
            return _to_appointment(row)

    def _bookable_partner(self, organisation_id: int) -> tuple[str, int]:
        """The partner's acronym and slot length, if it takes appointments at the Maison."""
        with self.db.read() as session:
            partner = get_or_raise(
                session,
                OrganisationRow,
                organisation_id,
                QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}."),
            )
            name, enabled, slot_minutes = partner.acronym, partner.appointments_enabled, partner.slot_minutes
        if not enabled:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{partner} does not take appointments at the Maison."), partner=name
            )
        return name, slot_minutes

    def _bookable_occurrence(
        self, organisation_id: int, series_id: int, occurrence_date: date, name: str
    ) -> Occurrence:
        """The permanence of that series and date, held and not over yet."""
        around = self.rota.occurrences(
            occurrence_date - timedelta(days=31), occurrence_date + timedelta(days=31), organisation_id
        )
        occurrence = next((o for o in around if o.series_id == series_id and o.original_date == occurrence_date), None)
        if occurrence is None or not occurrence.held or occurrence.ends_at <= self.ctx.now():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{partner} holds no permanence on {date} in which to book."),
                partner=name,
                date=occurrence_date.strftime("%d/%m/%Y"),
            )
        return occurrence

    def _free_slot(
        self, organisation_id: int, occurrence: Occurrence, slot_minutes: int, start: time, name: str
    ) -> tuple[time, time]:
        """The slot that starts at ``start``, if the permanence has it and it is not taken."""
        all_slots = slots(occurrence, slot_minutes)
        booked = self._taken(organisation_id).get((occurrence.series_id, occurrence.original_date), set())
        if len(booked) >= len(all_slots):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The permanence of {partner} on {date} is full: choose another day."),
                partner=name,
                date=occurrence.day.strftime("%d/%m/%Y"),
            )
        slot = next((s for s in all_slots if s[0] == start), None)
        if slot is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{time} is not a slot of the permanence of {partner} ({start}–{end})."),
                time=start.strftime("%H:%M"),
                partner=name,
                start=occurrence.start.strftime("%H:%M"),
                end=occurrence.end.strftime("%H:%M"),
            )
        if start in booked:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The slot at {time} is already taken."), time=start.strftime("%H:%M")
            )
        return slot

    @requires(Action.BOOK_APPOINTMENTS)
    def cancel(self, appointment_id: int) -> None:
        with self.db.write() as session:
            row = get_or_raise(
                session,
                AppointmentRow,
                appointment_id,
                QT_TRANSLATE_NOOP("Errors", "There is no appointment number {id}."),
            )
            audit.record(
                session,
                self.ctx,
                "delete",
                "appointment",
                str(row.id),
                {"day": row.day.isoformat(), "start": row.start_time.strftime("%H:%M")},
                None,
            )
            session.delete(row)

    @requires(Action.BOOK_APPOINTMENTS)
    def on_day(self, organisation_id: int, day: date) -> list[Appointment]:
        with self.db.read() as session:
            rows = session.scalars(
                select(AppointmentRow)
                .where(AppointmentRow.organisation_id == organisation_id, AppointmentRow.day == day)
                .order_by(AppointmentRow.start_time)
            )
            return [_to_appointment(r) for r in rows]

    @requires(Action.BOOK_APPOINTMENTS)
    def between(self, organisation_id: int, first: date, last: date) -> list[Appointment]:
        """The partner's appointments from ``first`` to ``last`` (a day, a week), soonest first."""
        with self.db.read() as session:
            rows = session.scalars(
                select(AppointmentRow)
                .where(
                    AppointmentRow.organisation_id == organisation_id,
                    AppointmentRow.day >= first,
                    AppointmentRow.day <= last,
                )
                .order_by(AppointmentRow.day, AppointmentRow.start_time)
            )
            return [_to_appointment(r) for r in rows]

    @requires(Action.BOOK_APPOINTMENTS)
    def booked_in(self, occurrences: list[Occurrence]) -> list[Appointment]:
        """The appointments booked in these permanences (to warn the people before one is
        cancelled or closed), soonest first."""
        keys = {(o.series_id, o.original_date) for o in occurrences}
        if not keys:
            return []
        days = [o.original_date for o in occurrences]
        with self.db.read() as session:
            rows = session.scalars(
                select(AppointmentRow)
                .where(AppointmentRow.occurrence_date >= min(days), AppointmentRow.occurrence_date <= max(days))
                .order_by(AppointmentRow.day, AppointmentRow.start_time)
            )
            return [_to_appointment(r) for r in rows if (r.series_id, r.occurrence_date) in keys]

    @requires(Action.BOOK_APPOINTMENTS)
    def day_sheet_pdf(self, organisation_id: int, day: date, translate: Translate, numbers: NumberFormat) -> bytes:
        """The partner's slots of the day, with the visitors' contacts: for the partner alone."""
        from ..reports.directory_pdf import day_sheet  # loaded when a document is made

        with self.db.read() as session:
            partner = get_or_raise(
                session,
                OrganisationRow,
                organisation_id,
                QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}."),
            )
            label = partner_label(partner.acronym, partner.name)
        rows = [
            (
                f"{a.start:%H:%M}–{a.end:%H:%M}",
                a.contact.first_name or a.contact.initials or translate("Guide", "(purged)"),
                a.contact.phone or "",
            )
            for a in self.on_day(organisation_id, day)
        ]
        data = day_sheet(label, long_date(day, translate), rows, sheet_context(self.db, self.ctx, translate, numbers))
        with self.db.write() as session:
            audit.record(
                session,
                self.ctx,
                "print",
                "appointment_sheet",
                f"{organisation_id}:{day.isoformat()}",
                None,
                {"slots": len(rows)},
            )
        return data

    @requires(Action.BOOK_APPOINTMENTS)
    def save_day_sheet(
        self, organisation_id: int, day: date, translate: Translate, numbers: NumberFormat, path: Path
    ) -> None:
        write_bytes(path, self.day_sheet_pdf(organisation_id, day, translate, numbers))

    def purge_due(self) -> int:
        """Empty the contacts of appointments whose purge date has come; return how many."""
        today = self.ctx.now().date()
        with self.db.write() as session:
            result = cast(  # an UPDATE's result is a cursor result, which has a rowcount
                "CursorResult[Any]",
                session.execute(
                    update(AppointmentRow)
                    .where(AppointmentRow.purge_on <= today, AppointmentRow.purged.is_(False))
                    .values(first_name=None, phone=None, initials=None, purged=True)
                ),
            )
            count = result.rowcount or 0
            if count:
                audit.record(
                    session,
                    self.ctx,
                    "purge",
                    "appointment",
                    "contacts",
                    None,
                    {"count": count, "until": today.isoformat()},
                )
        if count and self.db.is_sqlite:
            # The old pages live on in the WAL until a checkpoint: truncate it too.
            with self.db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return count
