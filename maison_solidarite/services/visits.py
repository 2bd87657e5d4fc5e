"""Logging visits at the desk: log, edit, delete, undo, and today's counters."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from ..db.daily_counts import DailyCountRow
from ..db.engine import Database
from ..db.models import CategoryRow, VisitRow, visit_secondary_categories
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.person_key import check_key
from ..domain.roles import Action, requires
from ..domain.unchanged import UNCHANGED, Unchanged, kept
from ..domain.visits import (
    AgeBand,
    CategoryCount,
    Channel,
    Outcome,
    ProfileField,
    Visit,
    check_neighbourhood,
    check_note,
    check_secondary,
    check_visited_at,
    reconcile_orientation,
)
from . import audit
from . import categories as category_rows
from . import organisations as organisation_rows
from .context import DeskContext
from .settings import enabled_profile_fields


@dataclass(frozen=True, slots=True)
class VisitChange:
    """What an edit of a visit changes; a field left UNCHANGED keeps its value, None clears it."""

    visited_at: datetime | Unchanged = UNCHANGED
    category_id: int | Unchanged = UNCHANGED
    secondary_ids: tuple[int, ...] | Unchanged = UNCHANGED
    channel: Channel | Unchanged = UNCHANGED
    outcome: Outcome | Unchanged = UNCHANGED
    organisation_id: int | Unchanged | None = UNCHANGED
    first_visit: bool | Unchanged | None = UNCHANGED
    age_band: AgeBand | Unchanged | None = UNCHANGED
    neighbourhood: str | Unchanged | None = UNCHANGED
    note: str | Unchanged | None = UNCHANGED
    person_key: str | Unchanged | None = UNCHANGED  # a key, never what was typed


def to_visit(row: VisitRow) -> Visit:
    return Visit(
        uid=row.uid,
        visited_at=row.visited_at,
        category_id=row.category_id,
        secondary_ids=tuple(sorted(c.id for c in row.secondary)),
        channel=Channel(row.channel),
        outcome=Outcome(row.outcome),
        organisation_id=row.organisation_id,
        first_visit=row.first_visit,
        age_band=AgeBand(row.age_band) if row.age_band else None,
        neighbourhood=row.neighbourhood,
        note=row.note,
        desk_id=row.desk_id,
        agent=row.agent,
        created_at=row.created_at,
        person_key=row.person_key,
    )


def snapshot(row: VisitRow) -> dict[str, object]:
    """What the audit trail keeps of a visit: everything but the note's text."""
    return {
        "visited_at": row.visited_at.isoformat(sep=" "),
        "category_id": row.category_id,
        "secondary_ids": sorted(c.id for c in row.secondary),
        "channel": row.channel,
        "outcome": row.outcome,
        "organisation_id": row.organisation_id,
        "first_visit": row.first_visit,
        "age_band": row.age_band,
        "neighbourhood": row.neighbourhood,
        "note_length": len(row.note or ""),
    } | ({"person_key": True} if row.person_key else {})  # that it carries a key, never the key


def _visit_of(values: dict[str, Any], secondary_ids: tuple[int, ...], age_band: AgeBand | None) -> Visit:
    """The Visit of a row just inserted from ``values``."""
    return Visit(
        uid=values["uid"],
        visited_at=values["visited_at"],
        category_id=values["category_id"],
        secondary_ids=secondary_ids,
        channel=Channel(values["channel"]),
        outcome=Outcome(values["outcome"]),
        organisation_id=values["organisation_id"],
        first_visit=values["first_visit"],
        age_band=age_band,
        neighbourhood=values["neighbourhood"],
        note=values["note"],
        desk_id=values["desk_id"],
        agent=values["agent"],
        created_at=values["created_at"],
        person_key=values["person_key"],
    )


def _snapshot_of(visit: Visit) -> dict[str, object]:
    """``snapshot`` of a visit just logged, from its values."""
    return {
        "visited_at": visit.visited_at.isoformat(sep=" "),
        "category_id": visit.category_id,
        "secondary_ids": list(visit.secondary_ids),
        "channel": visit.channel.value,
        "outcome": visit.outcome.value,
        "organisation_id": visit.organisation_id,
        "first_visit": visit.first_visit,
        "age_band": visit.age_band.value if visit.age_band else None,
        "neighbourhood": visit.neighbourhood,
        "note_length": len(visit.note or ""),
    } | ({"person_key": True} if visit.person_key else {})


def _active_category(session: Session, category_id: int) -> CategoryRow:
    row = category_rows.get_row(session, category_id)
    if not row.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'The category "{label}" is switched off: choose another one.'),
            label=row.label,
        )
    return row


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class VisitService:
    def __init__(self, db: Database, ctx: DeskContext, where: Callable[[str], Database] | None = None) -> None:
        self.db, self.ctx = db, ctx
        # On a desk that joined a hub: the database a visit is changed in (this desk's for
        # the visits it logged, the hub's for another desk's, see services/sync/visits.py).
        self.where = where

    def _changed_in(self, uid: str) -> Database:
        return self.db if self.where is None else self.where(uid)

    # -- reading -------------------------------------------------------------------
    @requires(Action.LOG_VISITS)
    def today(self) -> list[Visit]:
        """Today's visits, the most recent first: the reception's list, which the desks share
        and edit. Any other day, or any period, is a coordinator's read (``on_day``, ``between``)."""
        start = datetime.combine(self.ctx.now().date(), time())
        return self._between(start, start + timedelta(days=1))

    @requires(Action.READ_VISITS)
    def get(self, uid: str) -> Visit:
        with self.db.read() as session:
            return to_visit(self._row(session, uid))

    @requires(Action.READ_VISITS)
    def between(self, start: datetime, end: datetime) -> list[Visit]:
        """Visits of every desk with start <= time < end, notes included, the most recent first."""
        return self._between(start, end)

    @requires(Action.READ_VISITS)
    def on_day(self, day: date) -> list[Visit]:
        """Every desk's visits of ``day``, notes included (the reception's list is ``today``)."""
        start = datetime.combine(day, time())
        return self._between(start, start + timedelta(days=1))

    def _between(self, start: datetime, end: datetime) -> list[Visit]:
        query = (
            select(VisitRow)
            .where(VisitRow.visited_at >= start, VisitRow.visited_at < end)
            .order_by(VisitRow.visited_at.desc(), VisitRow.id.desc())
        )
        with self.db.read() as session:
            return [to_visit(r) for r in session.scalars(query)]

    @requires(Action.LOG_VISITS)
    def counters(self, day: date) -> list[CategoryCount]:
        """Counts by category for ``day``, its week (from Monday) and its month, from the daily
        counts (at most 31 days of rows, however many visits the database holds)."""
        week, month = week_start(day), day.replace(day=1)
        counted = DailyCountRow
        query = (
            select(
                counted.category_id,
                func.sum(case((counted.day == day, counted.visits), else_=0)),
                func.sum(case((counted.day >= week, counted.visits), else_=0)),
                func.sum(case((counted.day >= month, counted.visits), else_=0)),
            )
            .where(counted.day >= min(week, month), counted.day <= day)
            .group_by(counted.category_id)
        )
        with self.db.read() as session:
            return [
                CategoryCount(cid, int(d), int(w), int(m)) for cid, d, w, m in session.execute(query) if d or w or m
            ]

    # -- writing -------------------------------------------------------------------
    @requires(Action.LOG_VISITS)
    def log(
        self,
        category_id: int,
        at: datetime | None = None,
        *,
        secondary_ids: tuple[int, ...] = (),
        channel: Channel = Channel.WALK_IN,
        outcome: Outcome | None = None,
        organisation_id: int | None = None,
        first_visit: bool | None = None,
        age_band: AgeBand | None = None,
        neighbourhood: str | None = None,
        note: str | None = None,
        person_key: str | None = None,
    ) -> Visit:
        """Record one visit, now unless ``at`` says otherwise, and return it."""
        now = self.ctx.now()
        visited_at = check_visited_at(at or now, now)
        note = check_note(note)
        neighbourhood = check_neighbourhood(neighbourhood)
        secondary_ids = check_secondary(category_id, secondary_ids)
        final_outcome, organisation_id = reconcile_orientation(outcome or Outcome.ANSWERED, organisation_id)
        with self.db.write() as session:
            _active_category(session, category_id)
            for secondary_id in secondary_ids:
                _active_category(session, secondary_id)
            if organisation_id is not None:
                organisation_rows.get_row(session, organisation_id)
            profile_given = first_visit is not None or age_band is not None or neighbourhood is not None
            enabled = enabled_profile_fields(session) if profile_given else frozenset()
            kept_first = first_visit if ProfileField.FIRST_VISIT in enabled else None
            kept_age = AgeBand(age_band) if age_band and ProfileField.AGE_BAND in enabled else None
            kept_place = neighbourhood if ProfileField.NEIGHBOURHOOD in enabled else None
            values: dict[str, Any] = {
                "uid": str(uuid.uuid4()),
                "visited_at": visited_at,
                "category_id": category_id,
                "channel": Channel(channel).value,
                "outcome": final_outcome.value,
                "organisation_id": organisation_id,
                "first_visit": kept_first,
                "age_band": kept_age.value if kept_age else None,
                "neighbourhood": kept_place,
                "note": note,
                "person_key": check_key(person_key),  # before anything is written: a key, never a name
                "desk_id": self.ctx.desk_id,
                "agent": self.ctx.agent,
                "created_at": now,
                "updated_at": now,
            }
            # Plain INSERTs (the key press's path): no unit of work for a row nobody reads back.
            visit_id = session.execute(insert(VisitRow).values(**values).returning(VisitRow.id)).scalar_one()
            if secondary_ids:
                session.execute(
                    insert(visit_secondary_categories),
                    [{"visit_id": visit_id, "category_id": i} for i in secondary_ids],
                )
            visit = _visit_of(values, tuple(sorted(secondary_ids)), kept_age)
            audit.record(session, self.ctx, "create", "visit", visit.uid, None, _snapshot_of(visit))
            return visit

    @requires(Action.LOG_VISITS)
    def update(self, uid: str, change: VisitChange) -> Visit:
        """Change the fields of a visit that ``change`` gives; the others are kept. Audited."""
        now = self.ctx.now()
        with self._changed_in(uid).write() as session:
            row = self._row(session, uid)
            before = snapshot(row)
            if change.visited_at is not UNCHANGED:
                row.visited_at = check_visited_at(change.visited_at, now)
            self._change_categories(session, row, change)
            if change.channel is not UNCHANGED:
                row.channel = Channel(change.channel).value
            self._change_orientation(session, row, change)
            self._change_profile(session, row, change)
            if change.note is not UNCHANGED:
                row.note = check_note(change.note)
            if change.person_key is not UNCHANGED:
                row.person_key = check_key(change.person_key)
            after = snapshot(row)
            if after != before:
                row.updated_at = now
                audit.record(session, self.ctx, "update", "visit", uid, before, after)
            session.flush()
            return to_visit(row)

    @requires(Action.LOG_VISITS)
    def delete(self, uid: str) -> Visit:
        with self._changed_in(uid).write() as session:
            row = self._row(session, uid)
            return self._delete(session, row)

    @requires(Action.LOG_VISITS)
    def undo_last(self) -> Visit | None:
        """Delete the last visit logged today at this desk; None if there is none."""
        today = datetime.combine(self.ctx.now().date(), time())
        with self.db.write() as session:
            row = session.scalars(
                select(VisitRow)
                .where(VisitRow.desk_id == self.ctx.desk_id, VisitRow.created_at >= today)
                .order_by(VisitRow.created_at.desc(), VisitRow.id.desc())
                .limit(1)
            ).first()
            return None if row is None else self._delete(session, row)

    # -- helpers -------------------------------------------------------------------
    @staticmethod
    def _change_categories(session: Session, row: VisitRow, change: VisitChange) -> None:
        """The main request, then the secondary ones (checked again when the main one changes)."""
        if change.category_id is not UNCHANGED and change.category_id != row.category_id:
            row.category_id = _active_category(session, int(change.category_id)).id
        if change.secondary_ids is not UNCHANGED or change.category_id is not UNCHANGED:
            wanted = kept(change.secondary_ids, tuple(c.id for c in row.secondary))
            ids = check_secondary(row.category_id, tuple(wanted))
            current = {c.id: c for c in row.secondary}
            row.secondary = [current.get(i) or _active_category(session, i) for i in ids]

    @staticmethod
    def _change_orientation(session: Session, row: VisitRow, change: VisitChange) -> None:
        """The outcome and the partner, reconciled: an orientation needs a partner and the reverse."""
        organisation_id = row.organisation_id
        if change.organisation_id is not UNCHANGED:
            organisation_id = change.organisation_id
            if organisation_id is not None:
                organisation_rows.get_row(session, int(organisation_id))
        outcome = Outcome(kept(change.outcome, Outcome(row.outcome)))
        outcome_chosen = change.outcome is not UNCHANGED and change.organisation_id is UNCHANGED
        outcome, organisation_id = reconcile_orientation(outcome, organisation_id, outcome_chosen=outcome_chosen)
        row.outcome, row.organisation_id = outcome.value, organisation_id

    @staticmethod
    def _change_profile(session: Session, row: VisitRow, change: VisitChange) -> None:
        """The anonymous profile fields, each only if it is switched on."""
        enabled = enabled_profile_fields(session)
        if change.first_visit is not UNCHANGED and ProfileField.FIRST_VISIT in enabled:
            row.first_visit = change.first_visit
        if change.age_band is not UNCHANGED and ProfileField.AGE_BAND in enabled:
            row.age_band = AgeBand(change.age_band).value if change.age_band else None
        if change.neighbourhood is not UNCHANGED and ProfileField.NEIGHBOURHOOD in enabled:
            row.neighbourhood = check_neighbourhood(change.neighbourhood)

    def _delete(self, session: Session, row: VisitRow) -> Visit:
        visit = to_visit(row)
        audit.record(session, self.ctx, "delete", "visit", row.uid, snapshot(row), None)
        session.delete(row)
        session.flush()
        return visit

    @staticmethod
    def _row(session: Session, uid: str) -> VisitRow:
        row = session.scalars(select(VisitRow).where(VisitRow.uid == uid)).first()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no visit with the id {uid}."), uid=uid)
        return row
