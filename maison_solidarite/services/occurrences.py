"""The occurrences of the permanences, and their exceptions: one cancelled, moved or restored.

An exception is keyed by the occurrence's original date, so that it survives later edits of
its series. A move is checked against the opening hours, the closure days and the other
permanences of its day; a refused change writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import ChangeRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Action, requires
from ..domain.rota import (
    Change,
    Occurrence,
    Series,
    Status,
    check_times,
    expand,
    first_conflict,
    outside_hours,
    within_opening_hours,
)
from . import audit
from . import rota_rows as rows
from .closures import french_holidays
from .context import DeskContext
from .rota_conflicts import existing, raise_conflict
from .rota_rows import Holiday


class OccurrenceService:
    def __init__(self, db: Database, ctx: DeskContext, holiday: Holiday | None = None) -> None:
        self.db, self.ctx = db, ctx
        self._holiday = holiday or french_holidays()

    @requires(Action.READ_ROTA)
    def changes(self) -> list[Change]:
        with self.db.read() as session:
            return rows.changes(session)

    @requires(Action.READ_ROTA)
    def occurrences(self, first: date, last: date, organisation_id: int | None = None) -> list[Occurrence]:
        with self.db.read() as session:
            return rows.occurrences(session, first, last, self._holiday, organisation_id)

    @requires(Action.EDIT_ROTA)
    def cancel_occurrence(self, series_id: int, original_date: date) -> Change:
        with self.db.write() as session:
            series = rows.to_series(rows.series_row(session, series_id))
            rows.require_occurrence(series, original_date)
            return self._set_change(session, Change(series_id, original_date, cancelled=True))

    @requires(Action.EDIT_ROTA)
    def restore_occurrence(self, series_id: int, original_date: date) -> None:
        """Undo a cancellation or a move: the occurrence is as its series says again."""
        with self.db.write() as session:
            row = rows.change_row(session, series_id, original_date)
            if row is not None:
                series = rows.to_series(rows.series_row(session, series_id))
                occurrence = expand([series], [], original_date, original_date)[0]
                others = existing(session, series.valid_from, original_date, exclude=(series_id, original_date))
                raise_conflict(session, first_conflict([occurrence], others))
                audit.record(
                    session,
                    self.ctx,
                    "delete",
                    "permanence_change",
                    f"{series_id}:{original_date}",
                    rows.change_snapshot(rows.to_change(row)),
                    None,
                )
                session.delete(row)

    @requires(Action.EDIT_ROTA)
    def move_occurrence(
        self,
        series_id: int,
        original_date: date,
        new_date: date | None = None,
        new_start: time | None = None,
        new_end: time | None = None,
        new_office_id: int | None = None,
    ) -> Series:
        """Move one occurrence to another day, time or office; the series is unchanged.

        What is not given stays as the occurrence is now (moved already, or as its series says).
        """
        with self.db.write() as session:
            series = rows.to_series(rows.series_row(session, series_id))
            rows.require_occurrence(series, original_date)
            current = rows.change_row(session, series_id, original_date)
            base = rows.to_change(current) if current is not None and not current.cancelled else None
            day = new_date or (base.new_date if base else None) or original_date
            start = new_start or (base.new_start if base else None) or series.start
            end = new_end or (base.new_end if base else None) or series.end
            office_id = new_office_id or (base.new_office_id if base else None) or series.office_id
            check_times(start, end)
            if new_office_id is not None:
                rows.check_references(session, series.organisation_id, new_office_id)
            self._refuse_closed(session, day, start, end)
            change = Change(
                series_id,
                original_date,
                new_date=day if day != original_date else None,
                new_start=start if start != series.start else None,
                new_end=end if end != series.end else None,
                new_office_id=office_id if office_id != series.office_id else None,
            )
            occurrence = expand([series], [change], day, day)
            others = existing(session, day, day, exclude=(series_id, original_date))
            raise_conflict(session, first_conflict(occurrence, others))
            if change == Change(series_id, original_date):
                if current is not None:
                    session.delete(current)
            else:
                self._set_change(session, change)
            return series

    @requires(Action.LOG_VISITS)
    def mark_not_held(self, series_id: int, original_date: date, not_held: bool = True) -> Occurrence:
        """Record at the desk that the partner did not come to this permanence (``not_held``
        False: came after all). Only a permanence that has started, neither cancelled nor
        closed; a move it had is kept. Audited; nothing is written if nothing changes."""
        now = self.ctx.now()
        with self.db.write() as session:
            series = rows.to_series(rows.series_row(session, series_id))
            rows.require_occurrence(series, original_date)
            row = rows.change_row(session, series_id, original_date)
            change = rows.to_change(row) if row is not None else Change(series_id, original_date)
            day = change.new_date or original_date
            calendar = rows.closure_calendar(session, self._holiday)
            occurrence = next(
                o for o in expand([series], [change], day, day, calendar) if o.original_date == original_date
            )
            _refuse_not_held(occurrence, now)
            if change.not_held == not_held:
                return occurrence
            marked = replace(change, not_held=not_held)
            before = None if row is None else rows.change_snapshot(change)
            if row is None:
                row = ChangeRow(series_id=series_id, original_date=original_date, cancelled=False)
                session.add(row)
            key = f"{series_id}:{original_date}"
            if marked == Change(series_id, original_date):  # nothing else to remember
                session.delete(row)
                audit.record(session, self.ctx, "delete", "permanence_change", key, before, None)
            else:
                row.not_held = not_held
                audit.record(
                    session,
                    self.ctx,
                    "update" if before else "create",
                    "permanence_change",
                    key,
                    before,
                    rows.change_snapshot(marked),
                )
            return replace(occurrence, status=Status.NOT_HELD if not_held else Status.SCHEDULED)

    def _refuse_closed(self, session: Session, day: date, start: time, end: time) -> None:
        """Refuse a day and times outside the opening hours, a closure day, or the closed part of a day."""
        if not within_opening_hours(rows.opening_hours(session), day.weekday(), start, end):
            raise outside_hours(day.weekday(), start, end)
        calendar = rows.closure_calendar(session, self._holiday)
        reason = calendar.reason(day)
        if reason is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The Maison is closed on {date} ({reason}): choose another day."),
                date=day.strftime("%d/%m/%Y"),
                reason=reason,
            )
        reason = calendar.reason(day, start, end)
        if reason is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The Maison is closed for part of {date} ({reason}): choose other times or another day."
                ),
                date=day.strftime("%d/%m/%Y"),
                reason=reason,
            )

    def _set_change(self, session: Session, change: Change) -> Change:
        row = rows.change_row(session, change.series_id, change.original_date)
        before = None if row is None else rows.change_snapshot(rows.to_change(row))
        if row is None:
            row = ChangeRow(series_id=change.series_id, original_date=change.original_date)
            session.add(row)
        row.cancelled = change.cancelled
        row.new_date, row.new_start, row.new_end = change.new_date, change.new_start, change.new_end
        row.new_office_id = change.new_office_id
        row.not_held = change.not_held
        audit.record(
            session,
            self.ctx,
            "update" if before else "create",
            "permanence_change",
            f"{change.series_id}:{change.original_date}",
            before,
            rows.change_snapshot(change),
        )
        return change


def _refuse_not_held(occurrence: Occurrence, now: datetime) -> None:
    """A partner can miss a permanence that took place and has begun, not one still to come."""
    if occurrence.status in (Status.CANCELLED, Status.CLOSED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The permanence of {date} was cancelled or the Maison was closed: it cannot be marked as not held.",
            ),
            date=occurrence.day.strftime("%d/%m/%Y"),
        )
    if occurrence.starts_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The permanence of {date} at {start} has not begun yet: say that the partner did not come once it has.",
            ),
            date=occurrence.day.strftime("%d/%m/%Y"),
            start=f"{occurrence.start:%H:%M}",
        )
