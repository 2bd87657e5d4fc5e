"""The demonstration's gatherings written to the database (domain/demo_gatherings.py): events
with their partners, attendance (persons by key, headcounts, partners) and projects, in one
transaction, once (a database that holds events already gets none)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.event_models import (
    EventHeadcountRow,
    EventRow,
    PartnerAttendanceRow,
    PersonAttendanceRow,
    ProjectRow,
    event_partners,
    project_partners,
)
from ..db.models import CategoryRow, OrganisationRow
from ..domain.demo import ORGANISATIONS
from ..domain.demo_gatherings import PLACE, DemoEvent, demo_events, demo_key, demo_projects
from ..domain.events import EventStatus
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext


@requires(Action.LOAD_DEMO)
def add_gatherings(
    db: Database, ctx: DeskContext, first: date, desk: str, *, seed: int, is_closed: Callable[[date], bool]
) -> int:
    """The gatherings from ``first`` to the end of next year; returns how many events were written."""
    now = ctx.now()
    with db.write() as session:
        if session.scalar(select(exists().where(EventRow.id.is_not(None)))):
            return 0
        org_ids = {str(a): int(i) for a, i in session.execute(select(OrganisationRow.acronym, OrganisationRow.id))}
        categories = {str(c): int(i) for c, i in session.execute(select(CategoryRow.code, CategoryRow.id))}
        partners = [acronym for acronym, _name, _codes in ORGANISATIONS if acronym in org_ids]
        events = demo_events(first, date(now.year, 12, 31), now.date(), partners, seed=seed, is_closed=is_closed)
        for event in events:
            _write_event(session, ctx, event, org_ids, categories, desk)
        for title, year, leaders in demo_projects(first.year, now.year):
            project_id = session.execute(
                insert(ProjectRow)
                .values(uid=str(uuid.uuid4()), title=title, year=year, created_at=now)
                .returning(ProjectRow.id)
            ).scalar_one()
            links = [{"project_id": project_id, "organisation_id": org_ids[a]} for a in leaders if a in org_ids]
            if links:
                session.execute(insert(project_partners), links)
        audit.record(session, ctx, "import", "event", "demo", None, {"events": len(events), "seed": seed})
    return len(events)


def _write_event(
    session: Session,
    ctx: DeskContext,
    event: DemoEvent,
    org_ids: dict[str, int],
    categories: dict[str, int],
    desk: str,
) -> None:
    moment = datetime.combine(event.day, event.end)
    stamp = min(moment, ctx.now())
    event_id = session.execute(
        insert(EventRow)
        .values(
            uid=str(uuid.uuid4()),
            kind=event.kind,
            title=event.title,
            category_id=categories.get(event.theme_code),
            theme=event.theme if event.theme_code not in categories else "",
            day=event.day,
            start_time=event.start,
            end_time=event.end,
            place=PLACE,
            status=(EventStatus.HELD if event.held else EventStatus.PLANNED).value,
            version=1,
            created_by=desk,
            created_at=stamp,
            updated_at=stamp,
        )
        .returning(EventRow.id)
    ).scalar_one()
    leaders = [{"event_id": event_id, "organisation_id": org_ids[a]} for a in event.leaders if a in org_ids]
    if leaders:
        session.execute(insert(event_partners), leaders)
    entry = {"entered_by": desk, "entered_at": stamp, "desk_id": desk, "origin": None}
    _write_attendance(session, event, event_id, entry, org_ids)


def _write_attendance(
    session: Session, event: DemoEvent, event_id: int, entry: dict[str, object], org_ids: dict[str, int]
) -> None:
    """Who came: persons by key (of the event's year), a headcount, or the partners' entries."""
    people = [
        {
            **entry,
            "uid": str(uuid.uuid4()),
            "event_id": event_id,
            "person_key": demo_key(p, event.day.year),
            "status": "present",
        }
        for p in event.people
    ]
    if people:
        session.execute(insert(PersonAttendanceRow), people)
    if event.headcount is not None:
        session.execute(
            insert(EventHeadcountRow).values(**entry, uid=str(uuid.uuid4()), event_id=event_id, count=event.headcount)
        )
    partners = [
        {
            **entry,
            "uid": str(uuid.uuid4()),
            "event_id": event_id,
            "organisation_id": org_ids[p.acronym],
            "status": p.status,
            "people": p.people,
            "speaker": p.speaker,
        }
        for p in event.partners
        if p.acronym in org_ids
    ]
    if partners:
        session.execute(insert(PartnerAttendanceRow), partners)
