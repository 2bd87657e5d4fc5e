"""The permanence series: add one, edit it for one occurrence, the following or all, delete it.

Every change is checked against the opening hours and, over the next twelve months,
against the other permanences: one office holds one permanence at a time, and one
organisation is in one office at a time. A refused change writes nothing. Exceptions that
an edit does not touch survive it.
"""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import ChangeRow, SeriesRow
from ..domain.roles import Action, requires
from ..domain.rota import Recurrence, RecurrenceKind, Series, SeriesChange, check_series, occurs_on
from ..domain.unchanged import given_or_none
from . import audit
from . import rota_rows as rows
from .context import DeskContext
from .occurrences import OccurrenceService
from .rota_conflicts import refuse_conflicts
from .rota_rows import Holiday


class EditScope(enum.StrEnum):
    OCCURRENCE = "occurrence"  # this occurrence only
    FOLLOWING = "following"  # this one and the following ones
    SERIES = "series"  # the whole series


OCCURRENCE_FIELDS = frozenset({"office_id", "start", "end"})  # what one occurrence may change


class SeriesService:
    def __init__(
        self,
        db: Database,
        ctx: DeskContext,
        holiday: Holiday | None = None,
        occurrences: OccurrenceService | None = None,
    ) -> None:
        self.db, self.ctx = db, ctx
        self._occurrences = occurrences or OccurrenceService(db, ctx, holiday)  # moves one occurrence

    @requires(Action.READ_ROTA)
    def series(self, organisation_id: int | None = None) -> list[Series]:
        with self.db.read() as session:
            return [s for s in rows.all_series(session) if organisation_id in (None, s.organisation_id)]

    @requires(Action.EDIT_ROTA)
    def add_series(
        self,
        organisation_id: int,
        office_id: int,
        weekday: int,
        start: time,
        end: time,
        valid_from: date,
        valid_until: date | None = None,
        recurrence: Recurrence | None = None,
    ) -> Series:
        """Add a permanence series (a list of dates is a one-off permanence)."""
        recurrence = recurrence or Recurrence()
        if recurrence.kind == RecurrenceKind.DATES and recurrence.dates:
            # one-off dates: the series lives from its first date, whatever the form said
            weekday = min(recurrence.dates).weekday()
            valid_from = min(recurrence.dates)
        draft = Series(0, organisation_id, office_id, weekday, start, end, valid_from, valid_until, recurrence)
        with self.db.write() as session:
            self._check(session, draft, exclude_series=None)
            row = SeriesRow(created_at=self.ctx.now(), updated_at=self.ctx.now())
            rows.write_series(row, draft)
            session.add(row)
            session.flush()
            series = rows.to_series(row)
            audit.record(session, self.ctx, "create", "permanence", str(row.id), None, rows.series_snapshot(series))
            return series

    @requires(Action.EDIT_ROTA)
    def add_one_off(self, organisation_id: int, office_id: int, day: date, start: time, end: time) -> Series:
        """A single extra session: a series of one date."""
        return self.add_series(
            organisation_id,
            office_id,
            day.weekday(),
            start,
            end,
            day,
            day,
            Recurrence(RecurrenceKind.DATES, dates=(day,)),
        )

    @requires(Action.EDIT_ROTA)
    def edit(self, series_id: int, occurrence_date: date, scope: EditScope, change: SeriesChange) -> Series:
        """Change a series for one occurrence, for this one and the following, or for all.

        One occurrence may change its office and its times only. Exceptions that the edit
        does not touch survive it.
        """
        if scope == EditScope.OCCURRENCE:
            if change.given() - OCCURRENCE_FIELDS:
                raise ValueError("a single occurrence can change its office and its times only")
            return self._occurrences.move_occurrence(
                series_id,
                occurrence_date,
                new_start=given_or_none(change.start),
                new_end=given_or_none(change.end),
                new_office_id=given_or_none(change.office_id),
            )
        with self.db.write() as session:
            row = rows.series_row(session, series_id)
            old = rows.to_series(row)
            if scope == EditScope.FOLLOWING and occurrence_date > old.valid_from:
                return self._split(session, row, old, occurrence_date, change)
            new = change.applied_to(old)
            self._check(session, new, exclude_series=old.id)
            rows.write_series(row, new)
            row.updated_at = self.ctx.now()
            self._drop_orphan_changes(session, new)
            audit.record(
                session,
                self.ctx,
                "update",
                "permanence",
                str(row.id),
                rows.series_snapshot(old),
                rows.series_snapshot(new),
            )
            return new

    @requires(Action.EDIT_ROTA)
    def delete_series(self, series_id: int) -> None:
        with self.db.write() as session:
            row = rows.series_row(session, series_id)
            snapshot = rows.series_snapshot(rows.to_series(row))
            audit.record(session, self.ctx, "delete", "permanence", str(row.id), snapshot, None)
            session.delete(row)

    # -- helpers -------------------------------------------------------------------
    def _check(
        self, session: Session, series: Series, *, exclude_series: int | None, keep_before: date | None = None
    ) -> None:
        """Refuse unknown references, a series that cannot be, or one that clashes."""
        rows.check_references(session, series.organisation_id, series.office_id)
        check_series(series, rows.opening_hours(session))
        today = self.ctx.now().date()
        refuse_conflicts(session, series, today, exclude_series=exclude_series, keep_before=keep_before)

    def _split(self, session: Session, row: SeriesRow, old: Series, day: date, change: SeriesChange) -> Series:
        """End the series the day before ``day`` and start a changed copy on ``day``.

        ``day`` is an occurrence of the series, so a copy that starts there keeps an
        every-n-weeks rhythm. The exceptions of the following occurrences go with it.
        """
        rows.require_occurrence(old, day)
        head = replace(old, valid_until=day - timedelta(days=1))
        tail = replace(change.applied_to(old), id=0, valid_from=day)
        if old.recurrence.kind == RecurrenceKind.DATES:
            head = replace(
                head, recurrence=replace(old.recurrence, dates=tuple(d for d in old.recurrence.dates if d < day))
            )
            tail = replace(
                tail, recurrence=replace(tail.recurrence, dates=tuple(d for d in tail.recurrence.dates if d >= day))
            )
        self._check(session, tail, exclude_series=old.id, keep_before=day)
        rows.write_series(row, head)
        row.updated_at = self.ctx.now()
        new_row = SeriesRow(created_at=self.ctx.now(), updated_at=self.ctx.now())
        rows.write_series(new_row, tail)
        session.add(new_row)
        session.flush()
        for moved in session.scalars(
            select(ChangeRow).where(ChangeRow.series_id == old.id, ChangeRow.original_date >= day)
        ):
            moved.series_id = new_row.id
        session.flush()
        tail = rows.to_series(new_row)
        self._drop_orphan_changes(session, tail)
        audit.record(
            session,
            self.ctx,
            "update",
            "permanence",
            str(row.id),
            rows.series_snapshot(old),
            rows.series_snapshot(head),
        )
        audit.record(session, self.ctx, "create", "permanence", str(new_row.id), None, rows.series_snapshot(tail))
        return tail

    def _drop_orphan_changes(self, session: Session, series: Series) -> None:
        """Exceptions whose original date the new pattern no longer has cannot apply any more."""
        for row in session.scalars(select(ChangeRow).where(ChangeRow.series_id == series.id)):
            if not occurs_on(series, row.original_date):
                audit.record(
                    session,
                    self.ctx,
                    "delete",
                    "permanence_change",
                    f"{series.id}:{row.original_date}",
                    rows.change_snapshot(rows.to_change(row)),
                    None,
                )
                session.delete(row)
