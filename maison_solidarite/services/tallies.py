"""Paper days: the counts of a paper tally sheet, typed afterwards, counted by the day they describe.

- ``TallyService.add(day, counts, half)``: store a paper sheet's counts ({category code:
  count}) for a day, its morning, its afternoon or the whole day. Where visits were logged
  live the same day, ``counts`` holds only the extra visits the sheet counted. A day in
  the future is refused; a day the Maison was closed (a holiday, a closure, a day without
  opening hours) only with ``confirm_closed``, and the tally remembers it.
- ``TallyService.on_day(day)``: the paper counts stored for a day.
- ``TallyService.live_counts(day)``: the visits logged live that day, by category code
  (the grid shows them beside the paper counts).
- ``TallyService.closed_reason(day)``: why the Maison was closed that day, or None.

Every entry records who typed it and when, and goes in the audit trail. The statistics add
the tallies to the visits at read time (services/statistics.py); the reception's counters
of today read the live visits only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..db.daily_counts import DailyCountRow
from ..db.engine import Database
from ..db.history_models import PaperTallyRow
from ..db.models import CategoryRow
from ..db.sync_models import SyncStateRow
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.history import Half, PaperTally, PastPeriod
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext
from .history import latest_totals
from .rota import RotaService


class TallyService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)

    @requires(Action.LOG_VISITS)
    def closed_reason(self, day: date) -> str | None:
        """Why the Maison was closed on ``day``: a holiday's or a closure's name, "" for a
        weekday without opening hours; None when it was open."""
        reason = self.rota.closure_calendar().reason(day)
        if reason is None and not self.rota.opening_hours().get(day.weekday()):
            return ""
        return reason

    @requires(Action.LOG_VISITS)
    def add(
        self, day: date, counts: Mapping[str, int], half: Half = Half.DAY, *, confirm_closed: bool = False
    ) -> list[PaperTally]:
        """Store the paper counts of ``day`` ({category code: count}); return what was stored.

        ValidationError, with nothing written, for a day in the future, a closed day without
        ``confirm_closed``, an unknown code, a count that is not a whole number of 0 or more,
        or no count at all."""
        closed = self._check(day, counts, confirm_closed)
        with self.db.write() as session:
            _check_past(session, day)
            by_code = {fold(r.code): r for r in session.scalars(select(CategoryRow))}
            unknown = [code for code in counts if fold(code) not in by_code]
            if unknown:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'unknown category "{value}"'), value=", ".join(unknown)
                )
            given = {by_code[fold(code)]: n for code, n in counts.items() if n}
            if not given:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give at least one count above 0."))
            now, origin = self.ctx.now(), session.scalar(select(SyncStateRow.desk_uid))
            values = [
                {
                    "uid": str(uuid.uuid4()),
                    "day": day,
                    "half": half.value,
                    "category_id": row.id,
                    "count": n,
                    "closed_day": closed,
                    "entered_by": self.ctx.agent,
                    "entered_at": now,
                    "desk_id": self.ctx.desk_id,
                    "origin": origin,
                }
                for row, n in given.items()
            ]
            session.execute(insert(PaperTallyRow), values)
            audit.record(
                session,
                self.ctx,
                "create",
                "paper_tally",
                day.isoformat(),
                None,
                {"half": half.value, "closed": closed} | {row.code: n for row, n in given.items()},
            )
        return [PaperTally(day, half, row.code, row.label, n, closed, self.ctx.agent, now) for row, n in given.items()]

    def _check(self, day: date, counts: Mapping[str, int], confirm_closed: bool) -> bool:
        """Refuse a day to come, a closed day not confirmed, a count that is not one; True for a closed day."""
        if day > self.ctx.now().date():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{day} is in the future: a paper day is entered once it is over."),
                day=day.strftime("%d/%m/%Y"),
            )
        reason = self.closed_reason(day)
        if reason == "" and not confirm_closed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The Maison does not open on {day}. Confirm that it received visitors that day."
                ),
                day=day.strftime("%d/%m/%Y"),
            )
        if reason is not None and not confirm_closed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The Maison was closed on {day} ({reason}). Confirm that it received visitors that day."
                ),
                day=day.strftime("%d/%m/%Y"),
                reason=reason,
            )
        for code, count in counts.items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", '"{value}" is not a count: give a whole number, 0 or more.'),
                    value=f"{code}={count}",
                )
        return reason is not None

    @requires(Action.LOG_VISITS)
    def on_day(self, day: date) -> list[PaperTally]:
        """The paper counts stored for ``day``, in the order they were typed."""
        with self.db.read() as session:
            rows = session.execute(
                select(PaperTallyRow, CategoryRow)
                .join(CategoryRow, CategoryRow.id == PaperTallyRow.category_id)
                .where(PaperTallyRow.day == day)
                .order_by(PaperTallyRow.entered_at, PaperTallyRow.id)
            ).all()
            return [
                PaperTally(t.day, Half(t.half), c.code, c.label, t.count, t.closed_day, t.entered_by, t.entered_at)
                for t, c in rows
            ]

    @requires(Action.LOG_VISITS)
    def live_counts(self, day: date) -> dict[str, int]:
        """The visits logged live on ``day``, by category code (categories with none left out)."""
        with self.db.read() as session:
            rows = session.execute(
                select(CategoryRow.code, func.sum(DailyCountRow.visits))
                .join(CategoryRow, CategoryRow.id == DailyCountRow.category_id)
                .where(DailyCountRow.day == day)
                .group_by(CategoryRow.code)
            )
            return {str(code): int(n) for code, n in rows if n}


def _check_past(session: Session, day: date) -> None:
    """A day within a period whose past total was entered is counted there already: refused."""
    for year, month, _category in latest_totals(session):
        period = PastPeriod(year, month)
        if period.first <= day <= period.last:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{day} is counted in the past total of {period} already: change that total instead."
                ),
                day=day.strftime("%d/%m/%Y"),
                period=str(period),
            )
