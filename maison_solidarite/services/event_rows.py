"""The events' rows: row -> domain object, the stored reads, and the office checks.

Everything here runs inside the session of an entry point that has checked the role. An
event held in an office takes it like a permanence: the rota's conflict checks read the
events through ``event_occurrences`` (services/rota_conflicts.py), and a new event is
checked against the permanences and the other events through ``refuse_office_clash``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..db.event_models import EventRow, event_partners
from ..db.models import CategoryRow, OfficeRow, OrganisationRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.events import Event, EventDraft, EventKind, EventStatus
from ..domain.rota import Occurrence, Status, overlaps
from .lookup import get_or_raise
from .rota_rows import open_office_row, partner_acronyms


def partner_ids_of(session: Session, event_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(event_ids), 500):
        rows = session.execute(
            select(event_partners.c.event_id, event_partners.c.organisation_id)
            .where(event_partners.c.event_id.in_(event_ids[start : start + 500]))
            .order_by(event_partners.c.organisation_id)
        )
        for event_id, organisation_id in rows:
            found[event_id].append(organisation_id)
    return {k: tuple(v) for k, v in found.items()}


def to_event(row: EventRow, partner_ids: tuple[int, ...] = ()) -> Event:
    return Event(
        id=row.id,
        uid=row.uid,
        kind=EventKind(row.kind),
        title=row.title,
        day=row.day,
        start=row.start_time,
        end=row.end_time,
        status=EventStatus(row.status),
        office_id=row.office_id,
        place=row.place,
        category_id=row.category_id,
        theme=row.theme,
        subkind=row.subkind,
        series_id=row.series_id,
        partner_ids=partner_ids,
        version=row.version,
    )


def events_between(session: Session, first: date, last: date, kind: EventKind | None = None) -> list[Event]:
    query = select(EventRow).where(EventRow.day >= first, EventRow.day <= last)
    if kind is not None:
        query = query.where(EventRow.kind == kind.value)
    rows = list(session.scalars(query.order_by(EventRow.day, EventRow.start_time, EventRow.id)))
    partners = partner_ids_of(session, [r.id for r in rows])
    return [to_event(r, partners.get(r.id, ())) for r in rows]


def event_row(session: Session, event_id: int) -> EventRow:
    return get_or_raise(session, EventRow, event_id, QT_TRANSLATE_NOOP("Errors", "There is no event number {id}."))


def one_event(session: Session, event_id: int) -> Event:
    row = event_row(session, event_id)
    return to_event(row, partner_ids_of(session, [row.id]).get(row.id, ()))


def write_event(row: EventRow, draft: EventDraft) -> None:
    row.kind = draft.kind.value
    row.subkind = draft.subkind
    row.title = draft.title
    row.category_id = draft.category_id
    row.theme = draft.theme
    row.day = draft.day
    row.start_time = draft.start
    row.end_time = draft.end
    row.office_id = draft.office_id
    row.place = draft.place


def write_partners(session: Session, event_id: int, partner_ids: tuple[int, ...]) -> None:
    session.execute(delete(event_partners).where(event_partners.c.event_id == event_id))
    if partner_ids:
        session.execute(insert(event_partners), [{"event_id": event_id, "organisation_id": p} for p in partner_ids])


def check_references(session: Session, draft: EventDraft) -> None:
    """Refuse an office, a theme or a partner that does not exist (or an office closed)."""
    if draft.office_id is not None:
        open_office_row(session, draft.office_id)
    if draft.category_id is not None:
        get_or_raise(
            session, CategoryRow, draft.category_id, QT_TRANSLATE_NOOP("Errors", "There is no category number {id}.")
        )
    for partner in draft.partner_ids:
        get_or_raise(session, OrganisationRow, partner, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}."))


# -- the office an event takes -----------------------------------------------------------
def event_occurrences(
    session: Session, first: date, last: date, exclude: frozenset[int] = frozenset()
) -> list[Occurrence]:
    """The events held in an office between two days, as occurrences of the rota.

    Each takes the negative of its id as series and partner, so that the rota's checks see
    an office taken and never mistake an event for a partner."""
    rows = session.scalars(
        select(EventRow).where(
            EventRow.day >= first,
            EventRow.day <= last,
            EventRow.office_id.is_not(None),
            EventRow.status != EventStatus.CANCELLED.value,
        )
    )
    return [
        Occurrence(-r.id, -r.id, r.office_id, r.day, r.start_time, r.end_time, r.day)
        for r in rows
        if r.id not in exclude and r.office_id is not None
    ]


def event_titles(session: Session, ids: list[int]) -> dict[int, str]:
    """« title » of each event, by the negative of its id (as in ``event_occurrences``)."""
    rows = session.execute(select(EventRow.id, EventRow.title).where(EventRow.id.in_(ids)))
    return {-event_id: f"« {title} »" for event_id, title in rows}


def refuse_office_clash(session: Session, candidates: list[Occurrence], others: list[Occurrence]) -> None:
    """Refuse events (``candidates``) held in an office a permanence or another event takes."""
    by_day: dict[date, list[Occurrence]] = defaultdict(list)
    for other in others:
        if other.status != Status.CANCELLED:
            by_day[other.day].append(other)
    for candidate in sorted(candidates, key=lambda o: (o.day, o.start)):
        clash = next(
            (o for o in by_day.get(candidate.day, ()) if o.office_id == candidate.office_id and overlaps(candidate, o)),
            None,
        )
        if clash is None:
            continue
        other = clash
        names = partner_acronyms(session)
        names |= event_titles(session, [-other.organisation_id])
        office = session.get(OfficeRow, candidate.office_id)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The office {office} is taken on {date} from {start} to {end} by {other}. Nothing was saved.",
            ),
            office=office.name if office else "?",
            date=candidate.day.strftime("%d/%m/%Y"),
            start=f"{other.start:%H:%M}",
            end=f"{other.end:%H:%M}",
            other=names.get(other.organisation_id, "?"),
        )
