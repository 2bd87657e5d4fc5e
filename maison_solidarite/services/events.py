"""Events: coordinators plan collective actions and partner meetings; everyone reads them.

- ``EventService.between(first, last, kind)``: the events of a period, in order.
- ``EventService.event(id)``: one event.
- ``EventService.add(draft, recurrence, until)``: one event, or a series that recurs with
  the rota's rules (domain/recurrence.py) up to ``until`` (twelve months at most); days
  the Maison is closed are left out. Returns the events made.
- ``EventService.edit(id, draft)``: change one event (the attendance stays).
- ``EventService.set_status(id, status)``: held, cancelled, or planned again. An agent may
  say an event that has begun was held; only a coordinator cancels or plans again.
- ``EventService.projects(year)``, ``add_project(title, year, partner_ids)``: the projects
  partners led together.

An event in an office is refused when a permanence or another event takes the office at
that time (services/event_rows.py). Events are shared records: on a desk that joined a
hub they are written on the hub, like the rota. Every change goes in the audit trail.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.event_models import EventRow, EventSeriesRow, ProjectRow, project_partners
from ..db.models import OrganisationRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.events import PROJECT_MAX, Event, EventDraft, EventKind, EventStatus, Project, check_draft
from ..domain.recurrence import series_dates
from ..domain.roles import Action, require, requires
from ..domain.rota import HORIZON_DAYS, Occurrence, Recurrence, Series
from . import audit
from . import event_rows as rows
from .context import DeskContext
from .lookup import get_or_raise
from .rota import RotaService
from .rota_conflicts import existing


def snapshot(event: Event) -> dict[str, object]:
    """What the audit trail keeps of an event (no person is named in an event)."""
    return named(event) | {
        "event_kind": event.kind.value,
        "start": f"{event.start:%H:%M}",
        "end": f"{event.end:%H:%M}",
        "office_id": event.office_id,
        "place": event.place,
        "theme_id": event.category_id,
        "theme": event.theme,
        "status": event.status.value,
        "partners": list(event.partner_ids),
    }


def named(event: Event) -> dict[str, object]:
    """The title and day every entry about an event carries, so that the trail names it."""
    return {"title": event.title, "day": event.day.isoformat()}


class EventService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)

    @requires(Action.READ_ROTA)
    def between(self, first: date, last: date, kind: EventKind | None = None) -> list[Event]:
        with self.db.read() as session:
            return rows.events_between(session, first, last, kind)

    @requires(Action.READ_ROTA)
    def event(self, event_id: int) -> Event:
        with self.db.read() as session:
            return rows.one_event(session, event_id)

    @requires(Action.EDIT_EVENTS)
    def add(self, draft: EventDraft, recurrence: Recurrence | None = None, until: date | None = None) -> list[Event]:
        """Plan an event, or a series of them; nothing is written if one of them is refused."""
        draft = check_draft(draft)
        days, series = self._days(draft, recurrence, until)
        with self.db.write() as session:
            rows.check_references(session, draft)
            self._refuse_clash(session, draft, days, exclude=frozenset())
            series_id = self._write_series(session, series) if series is not None else None
            made = [self._insert(session, draft, day, series_id) for day in days]
            for event in made:
                audit.record(session, self.ctx, "create", "event", event.uid, None, snapshot(event))
        return made

    def _days(
        self, draft: EventDraft, recurrence: Recurrence | None, until: date | None
    ) -> tuple[list[date], Series | None]:
        if recurrence is None:
            return [draft.day], None
        last = min(until or draft.day + timedelta(days=HORIZON_DAYS), draft.day + timedelta(days=HORIZON_DAYS))
        if last < draft.day:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The series ends on {until}, before its first day. Nothing was saved."),
                until=last.strftime("%d/%m/%Y"),
            )
        series = Series(
            0, 0, draft.office_id or 0, draft.day.weekday(), draft.start, draft.end, draft.day, last, recurrence
        )
        closed = self.rota.closure_calendar()
        days = [d for d in series_dates(series, draft.day, last) if closed.reason(d) is None]
        if not days:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The series holds no open day. Nothing was saved."))
        return days, series

    def _refuse_clash(self, session: Session, draft: EventDraft, days: list[date], exclude: frozenset[int]) -> None:
        if draft.office_id is None:
            return
        candidates = [Occurrence(0, 0, draft.office_id, d, draft.start, draft.end, d) for d in days]
        others = existing(session, min(days), max(days))
        others = [o for o in others if -o.series_id not in exclude]
        rows.refuse_office_clash(session, candidates, others)

    def _write_series(self, session: Session, series: Series) -> int:
        rule = series.recurrence
        row = EventSeriesRow(
            uid=str(uuid.uuid4()),
            weekday=series.weekday,
            valid_from=series.valid_from,
            valid_until=series.valid_until,
            kind=rule.kind.value,
            interval=rule.interval,
            weeks_of_month=",".join(str(w) for w in sorted(rule.weeks_of_month)),
            dates=",".join(d.isoformat() for d in sorted(set(rule.dates))),
            created_at=self.ctx.now(),
        )
        session.add(row)
        session.flush()
        return row.id

    def _insert(self, session: Session, draft: EventDraft, day: date, series_id: int | None) -> Event:
        now = self.ctx.now()
        row = EventRow(
            uid=str(uuid.uuid4()),
            status=EventStatus.PLANNED.value,
            series_id=series_id,
            version=1,
            created_by=self.ctx.agent,
            created_at=now,
            updated_at=now,
        )
        rows.write_event(row, replace(draft, day=day))
        session.add(row)
        session.flush()
        rows.write_partners(session, row.id, draft.partner_ids)
        return rows.to_event(row, draft.partner_ids)

    @requires(Action.EDIT_EVENTS)
    def edit(self, event_id: int, draft: EventDraft) -> Event:
        """Change one event: its title, theme, day, times, place and partners (not its kind)."""
        draft = check_draft(draft)
        with self.db.write() as session:
            before = rows.one_event(session, event_id)
            if draft.kind != before.kind:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "An action stays an action and a meeting a meeting. Nothing was saved.")
                )
            rows.check_references(session, draft)
            if before.status != EventStatus.CANCELLED:
                self._refuse_clash(session, draft, [draft.day], exclude=frozenset({event_id}))
            row = rows.event_row(session, event_id)
            rows.write_event(row, draft)
            row.version += 1
            row.updated_at = self.ctx.now()
            rows.write_partners(session, event_id, draft.partner_ids)
            after = rows.to_event(row, draft.partner_ids)
            audit.record(session, self.ctx, "update", "event", after.uid, snapshot(before), snapshot(after))
        return after

    @requires(Action.RECORD_ATTENDANCE)
    def set_status(self, event_id: int, status: EventStatus) -> Event:
        """Held (an event that has begun), cancelled, or planned again (coordinators)."""
        if status != EventStatus.HELD:
            require(self.ctx.role, Action.EDIT_EVENTS)
        with self.db.write() as session:
            row = rows.event_row(session, event_id)
            before = rows.to_event(row)
            if status == EventStatus.HELD and before.starts_at > self.ctx.now():
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The event « {title} » starts on {date}: it is held once it has begun."
                    ),
                    title=before.title,
                    date=before.day.strftime("%d/%m/%Y"),
                )
            if status == EventStatus.PLANNED and before.status == EventStatus.CANCELLED:
                planned = EventDraft(before.kind, before.title, before.day, before.start, before.end, before.office_id)
                self._refuse_clash(session, planned, [before.day], exclude=frozenset({event_id}))
            row.status = status.value
            row.version += 1
            row.updated_at = self.ctx.now()
            audit.record(
                session,
                self.ctx,
                "update",
                "event",
                row.uid,
                named(before) | {"status": before.status.value},
                named(before) | {"status": status.value},
            )
            return rows.one_event(session, event_id)

    # -- the projects led together -------------------------------------------------------
    @requires(Action.READ_ROTA)
    def projects(self, year: int | None = None) -> list[Project]:
        with self.db.read() as session:
            query = select(ProjectRow).order_by(ProjectRow.year, ProjectRow.title)
            if year is not None:
                query = query.where(ProjectRow.year == year)
            found = list(session.scalars(query))
            links = session.execute(select(project_partners)).all()
        partners: dict[int, list[int]] = {}
        for project_id, organisation_id in links:
            partners.setdefault(project_id, []).append(organisation_id)
        return [Project(r.id, r.title, r.year, tuple(sorted(partners.get(r.id, ())))) for r in found]

    @requires(Action.EDIT_EVENTS)
    def add_project(self, title: str, year: int, partner_ids: tuple[int, ...]) -> Project:
        title = title.strip()
        if not title or len(title) > PROJECT_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A project needs a title of at most {max} characters."), max=PROJECT_MAX
            )
        if not 1900 <= year <= 2200:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{year} is not a year."), year=year)
        partners = tuple(sorted(set(partner_ids)))
        with self.db.write() as session:
            for partner in partners:
                get_or_raise(
                    session, OrganisationRow, partner, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}.")
                )
            row = ProjectRow(uid=str(uuid.uuid4()), title=title, year=year, created_at=self.ctx.now())
            session.add(row)
            session.flush()
            if partners:
                session.execute(
                    insert(project_partners), [{"project_id": row.id, "organisation_id": p} for p in partners]
                )
            audit.record(
                session,
                self.ctx,
                "create",
                "project",
                row.uid,
                None,
                {"title": title, "year": year, "partners": list(partners)},
            )
        return Project(row.id, title, year, partners)
