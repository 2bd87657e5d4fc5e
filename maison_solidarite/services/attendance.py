"""Who came to an event: agents record it once the event has begun; everyone reads it.

- ``AttendanceService.of(event_id)``: the attendance as it stands (domain/events.py).
- ``AttendanceService.mark_partner(event_id, organisation_id, status, people, speaker)``:
  a partner invited (before the event too), present, excused or absent at a meeting, the
  people it sent, whether it spoke.
- ``AttendanceService.mark_partners(event_id, marks)``: several partners of a meeting in one
  transaction; one line refused (a partner twice, people or a speaker without present, a
  status other than invited before the meeting) refuses the whole list.
- ``AttendanceService.add_people(event_id, keys, status)``: participants of an action, one
  person key each (computed by services/person_keys.py; no name reaches this module). A
  key listed twice, or already listed at the event, refuses the whole list.
- ``AttendanceService.set_headcount(event_id, count)``: an action counted by head.

Entries are never changed: a new entry for the same partner (or the same headcount)
replaces the older one when read. They are records a desk owns, written on this desk and
sent to the hub with the paper tallies (services/sync/history.py). Attendance on a
cancelled event, or on one that has not begun, is refused, with nothing written.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.event_models import EventHeadcountRow, EventRow, PartnerAttendanceRow, PersonAttendanceRow
from ..db.models import OrganisationRow
from ..db.sync_models import SyncStateRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.events import (
    HEADCOUNT_MAX,
    PEOPLE_MAX,
    Attendance,
    Event,
    EventKind,
    PartnerAttendance,
    PartnerStatus,
    PersonAttendance,
    PersonStatus,
    check_attendance_allowed,
)
from ..domain.person_key import check_key
from ..domain.roles import Action, requires
from . import audit
from . import event_rows as rows
from .context import DeskContext
from .events import named
from .lookup import get_or_raise


@dataclass(frozen=True, slots=True)
class PartnerMark:
    """One partner's line at a meeting, as ``mark_partners`` records it."""

    organisation_id: int
    status: PartnerStatus
    people: int | None = None
    speaker: bool = False


def read_attendance(session: Session, event_id: int) -> Attendance:
    """The latest entry for each partner and each person, and the latest headcount."""
    partners: dict[int, PartnerAttendance] = {}
    for r in session.scalars(
        select(PartnerAttendanceRow)
        .where(PartnerAttendanceRow.event_id == event_id)
        .order_by(PartnerAttendanceRow.entered_at, PartnerAttendanceRow.id)
    ):
        partners[r.organisation_id] = PartnerAttendance(r.organisation_id, PartnerStatus(r.status), r.people, r.speaker)
    people: dict[str, PersonAttendance] = {}
    for p in session.scalars(
        select(PersonAttendanceRow)
        .where(PersonAttendanceRow.event_id == event_id)
        .order_by(PersonAttendanceRow.entered_at, PersonAttendanceRow.id)
    ):
        people[p.person_key] = PersonAttendance(p.person_key, PersonStatus(p.status))
    headcount = session.scalar(
        select(EventHeadcountRow.count)
        .where(EventHeadcountRow.event_id == event_id)
        .order_by(EventHeadcountRow.entered_at.desc(), EventHeadcountRow.id.desc())
        .limit(1)
    )
    return Attendance(
        event_id,
        tuple(sorted(partners.values(), key=lambda p: p.organisation_id)),
        tuple(people.values()),
        headcount,
    )


class AttendanceService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.READ_ROTA)
    def of(self, event_id: int) -> Attendance:
        with self.db.read() as session:
            rows.event_row(session, event_id)
            return read_attendance(session, event_id)

    def _entry(self, session: Session) -> dict[str, object]:
        return {
            "uid": str(uuid.uuid4()),
            "entered_by": self.ctx.agent,
            "entered_at": self.ctx.now(),
            "desk_id": self.ctx.desk_id,
            "origin": session.scalar(select(SyncStateRow.desk_uid)),
        }

    def _open_event(
        self, session: Session, event_id: int, kind: EventKind | None, *, invitation: bool = False
    ) -> Event:
        event = rows.one_event(session, event_id)
        if invitation:
            check_attendance_allowed(event, max(self.ctx.now(), event.starts_at))  # cancelled only
        else:
            check_attendance_allowed(event, self.ctx.now())
        if kind is not None and event.kind != kind:
            if kind == EventKind.MEETING:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "« {title} » is a collective action: its attendance is a headcount or a list of "
                        "participants, not partners. Nothing was saved.",
                    ),
                    title=event.title,
                )
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "« {title} » is a partner meeting: its attendance is that of the partners. Nothing was saved.",
                ),
                title=event.title,
            )
        return event

    @requires(Action.RECORD_ATTENDANCE)
    def mark_partner(
        self,
        event_id: int,
        organisation_id: int,
        status: PartnerStatus,
        people: int | None = None,
        speaker: bool = False,
    ) -> Attendance:
        """Record a partner's attendance at a meeting (an invitation may come before it)."""
        return self.mark_partners(event_id, [PartnerMark(organisation_id, status, people, speaker)])

    @requires(Action.RECORD_ATTENDANCE)
    def mark_partners(self, event_id: int, marks: Sequence[PartnerMark]) -> Attendance:
        """Record several partners of a meeting at once, all or nothing: one line refused refuses
        the list. Before the meeting has begun, only invitations are taken."""
        if not marks:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give at least one partner. Nothing was saved."))
        for mark in marks:
            _check_mark(mark)
        invitation = all(mark.status == PartnerStatus.INVITED for mark in marks)
        with self.db.write() as session:
            event = self._open_event(session, event_id, EventKind.MEETING, invitation=invitation)
            if len({mark.organisation_id for mark in marks}) != len(marks):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The same partner is listed twice at « {title} » of {date}. Nothing was saved.",
                    ),
                    title=event.title,
                    date=event.day.strftime("%d/%m/%Y"),
                )
            for mark in marks:
                self._write_mark(session, event, mark)
            return read_attendance(session, event_id)

    def _write_mark(self, session: Session, event: Event, mark: PartnerMark) -> None:
        partner = get_or_raise(
            session,
            OrganisationRow,
            mark.organisation_id,
            QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}."),
        )
        values = self._entry(session) | {
            "event_id": event.id,
            "organisation_id": mark.organisation_id,
            "status": mark.status.value,
            "people": mark.people,
            "speaker": mark.speaker,
        }
        session.execute(insert(PartnerAttendanceRow).values(**values))
        audit.record(
            session,
            self.ctx,
            "create",
            "partner_attendance",
            event.uid,
            None,
            named(event)
            | {
                "organisation": partner.acronym,
                "status": mark.status.value,
                "people": mark.people,
                "speaker": mark.speaker,
            },
        )

    @requires(Action.RECORD_ATTENDANCE)
    def add_people(self, event_id: int, keys: Sequence[str], status: PersonStatus = PersonStatus.PRESENT) -> Attendance:
        """List participants of an action by their person keys; the audit trail keeps their number only."""
        for key in keys:
            check_key(key)
        if not keys:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give at least one person. Nothing was saved."))
        twice = len(set(keys)) != len(keys)
        with self.db.write() as session:
            event = self._open_event(session, event_id, EventKind.ACTION)
            listed = set(
                session.scalars(
                    select(PersonAttendanceRow.person_key).where(
                        PersonAttendanceRow.event_id == event_id, PersonAttendanceRow.person_key.in_(list(keys))
                    )
                )
            )
            if twice or listed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The same person is listed twice at « {title} » of {date}. Nothing was saved.",
                    ),
                    title=event.title,
                    date=event.day.strftime("%d/%m/%Y"),
                )
            session.execute(
                insert(PersonAttendanceRow),
                [self._entry(session) | {"event_id": event_id, "person_key": k, "status": status.value} for k in keys],
            )
            audit.record(
                session,
                self.ctx,
                "create",
                "person_attendance",
                event.uid,
                None,
                named(event) | {"status": status.value, "count": len(keys)},
            )
            return read_attendance(session, event_id)

    @requires(Action.RECORD_ATTENDANCE)
    def set_headcount(self, event_id: int, count: int) -> Attendance:
        """How many people came to an action counted by head (the latest count wins)."""
        _check_count(count, HEADCOUNT_MAX)
        with self.db.write() as session:
            event = self._open_event(session, event_id, EventKind.ACTION)
            before = read_attendance(session, event_id).headcount
            session.execute(insert(EventHeadcountRow).values(**self._entry(session), event_id=event_id, count=count))
            audit.record(
                session,
                self.ctx,
                "update" if before is not None else "create",
                "event_headcount",
                event.uid,
                None if before is None else named(event) | {"count": before},
                named(event) | {"count": count},
            )
            return read_attendance(session, event_id)


def _check_mark(mark: PartnerMark) -> None:
    _check_count(mark.people, PEOPLE_MAX)
    if mark.status != PartnerStatus.PRESENT and (mark.people or mark.speaker):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only a partner present sends people and speaks. Nothing was saved.")
        )


def _check_count(count: int | None, most: int) -> None:
    if count is None:
        return
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= most:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A number of people is a whole number from 0 to {most}. Nothing was saved."),
            most=most,
        )


def purge_person_keys(session: Session, ctx: DeskContext, cutoff: date) -> int:
    """Within the purge of the person keys: erase the participants' keys of the events before
    ``cutoff``; return how many. An event that loses its list keeps the number of people
    present as its headcount (unless one was typed), so that its attendance still counts;
    only its distinct participants are no longer known.

    Every desk and the hub purge by the same rule: the headcount written here has the same
    uid on each (derived from the event's), so it is kept once wherever it travels."""
    events = select(PersonAttendanceRow.event_id).join(EventRow).where(EventRow.day < cutoff).distinct()
    purged = 0
    for event_id in list(session.scalars(events)):
        attendance = read_attendance(session, event_id)
        if attendance.headcount is None:
            event_uid = session.scalar(select(EventRow.uid).where(EventRow.id == event_id))
            session.execute(
                insert(EventHeadcountRow).values(
                    uid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"maison-solidarite:keys-purged:{event_uid}")),
                    event_id=event_id,
                    count=attendance.present,
                    entered_by=ctx.agent,
                    entered_at=ctx.now(),
                    desk_id=ctx.desk_id,
                    origin=session.scalar(select(SyncStateRow.desk_uid)),
                )
            )
        result = session.execute(delete(PersonAttendanceRow).where(PersonAttendanceRow.event_id == event_id))
        purged += int(getattr(result, "rowcount", 0) or 0)
    if purged:
        audit.record(
            session,
            ctx,
            "purge",
            "person_attendance",
            "person_keys",
            None,
            {"count": purged, "before": cutoff.isoformat()},
        )
    return purged
