"""Closure days: French public holidays and the days the coordinator closes the Maison.

A closure takes whole days, or part of each of its days (the morning, the afternoon, from
one time to another). It suspends the permanences it covers without deleting them, and
names them so that the partners can be warned.
"""

from __future__ import annotations

from datetime import date, time

from ..db.engine import Database
from ..db.models import ClosureRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.french_holidays import french_holiday
from ..domain.roles import Action, requires
from ..domain.rota import Closure, ClosureCalendar, Occurrence, Status
from . import audit
from . import rota_rows as rows
from .context import DeskContext
from .lookup import get_or_raise
from .rota_rows import Holiday

CLOSURE_LABEL_MAX = 80


def french_holidays() -> Holiday:
    """French public holidays by name (domain/french_holidays.py: no calendar to load)."""
    return french_holiday


class ClosureService:
    def __init__(self, db: Database, ctx: DeskContext, holiday: Holiday | None = None) -> None:
        self.db, self.ctx = db, ctx
        self._holiday = holiday or french_holidays()

    @requires(Action.READ_ROTA)
    def closures(self) -> list[Closure]:
        with self.db.read() as session:
            return rows.closures(session)

    @requires(Action.READ_ROTA)
    def closure_calendar(self) -> ClosureCalendar:
        with self.db.read() as session:
            return rows.closure_calendar(session, self._holiday)

    @requires(Action.EDIT_ROTA)
    def add_closure(
        self, first_day: date, last_day: date, label: str, start: time | None = None, end: time | None = None
    ) -> tuple[Closure, list[Occurrence]]:
        """Close the Maison on these days, all day or from ``start`` to ``end`` (None: the day's
        start or end) on each; return the permanences it suspends."""
        if start is not None and end is not None and end <= start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The closure ends at {end}, not after it starts at {start}."),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        label = " ".join(label.split())
        if not label or len(label) > CLOSURE_LABEL_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A closure needs a reason of 1 to {max} characters."), max=CLOSURE_LABEL_MAX
            )
        if last_day < first_day:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The closure ends ({end}) before it starts ({start})."),
                start=first_day.strftime("%d/%m/%Y"),
                end=last_day.strftime("%d/%m/%Y"),
            )
        with self.db.write() as session:
            row = ClosureRow(first_day=first_day, last_day=last_day, label=label, start_time=start, end_time=end)
            session.add(row)
            session.flush()
            after: dict[str, object] = {"first_day": first_day.isoformat(), "last_day": last_day.isoformat()}
            if start is not None:
                after["start"] = start.strftime("%H:%M")
            if end is not None:
                after["end"] = end.strftime("%H:%M")
            audit.record(session, self.ctx, "create", "closure", str(row.id), None, after | {"label": label})
            closure = rows.to_closure(row)
        with self.db.read() as session:
            suspended = rows.occurrences(session, first_day, last_day, self._holiday)
        return closure, [o for o in suspended if o.status == Status.CLOSED and closure.covers(o.day, o.start, o.end)]

    @requires(Action.EDIT_ROTA)
    def remove_closure(self, closure_id: int) -> None:
        with self.db.write() as session:
            row = get_or_raise(
                session, ClosureRow, closure_id, QT_TRANSLATE_NOOP("Errors", "There is no closure number {id}.")
            )
            audit.record(session, self.ctx, "delete", "closure", str(row.id), {"label": row.label}, None)
            session.delete(row)
