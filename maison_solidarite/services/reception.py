"""The reception's day, read at once: today's visits, the counters, who is in which office.

Everything comes from one read transaction, so the list and the counters never disagree,
even while other desks log visits (SQLite's WAL gives a reader one snapshot for the whole
transaction; PostgreSQL does the same for a REPEATABLE READ transaction).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import sessionmaker

from ..db.engine import Database, storage_error
from ..domain.organisations import Organisation
from ..domain.roles import Action, requires
from ..domain.rota import Closure
from ..domain.visits import CategoryCount, Visit
from .context import DeskContext
from .organisations import OrganisationService
from .rota import OfficeToday, RotaService
from .visits import VisitService


@dataclass(frozen=True)
class ReceptionDay:
    """One immutable picture of the reception's day."""

    day: date
    visits: tuple[Visit, ...]  # the most recent first
    counters: tuple[CategoryCount, ...]  # by category: today, this week, this month
    offices: tuple[OfficeToday, ...]  # now and next, office by office
    closed: str | None  # why the Maison is closed today, if it is
    organisations: tuple[Organisation, ...]
    closing: tuple[Closure, ...] = ()  # closures of part of today: "closed this afternoon"

    @property
    def today_total(self) -> int:
        return sum(c.today for c in self.counters)

    def acronyms(self) -> dict[int, str]:
        return {o.id: o.acronym for o in self.organisations}

    def with_logged(self, visit: Visit) -> ReceptionDay | None:
        """The same day with a visit this desk has just logged: in the list, and counted
        today, this week and this month, without reading the database again (the counters
        do not grow with it). None when the visit is not of this day: read the day again."""
        if visit.visited_at.date() != self.day:
            return None
        counted = {c.category_id: c for c in self.counters}
        old = counted.get(visit.category_id, CategoryCount(visit.category_id, 0, 0, 0))
        counted[visit.category_id] = CategoryCount(old.category_id, old.today + 1, old.week + 1, old.month + 1)
        # Before the first visit of its time or earlier (the list is the most recent first):
        # at the top unless another desk's clock runs ahead; no sort of the whole day.
        at = next((i for i, v in enumerate(self.visits) if v.visited_at <= visit.visited_at), len(self.visits))
        visits = (*self.visits[:at], visit, *self.visits[at:])
        return replace(self, visits=visits, counters=tuple(counted.values()))


@contextmanager
def _one_snapshot(db: Database) -> Iterator[Database]:
    """A Database whose every scope joins one read transaction, opened here."""
    try:
        with db.engine.connect() as connection:
            if db.engine.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                joined = sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only")
                yield replace(db, _read=joined, _write=joined)
    except (sa_exc.OperationalError, sa_exc.DatabaseError) as exc:
        raise storage_error(exc, db.where) from exc


class ReceptionService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.LOG_VISITS)
    def day(self) -> ReceptionDay:
        """Today's visits, the counters, the offices now and next: one read, one snapshot."""
        today = self.ctx.now().date()
        with _one_snapshot(self.db) as pinned:
            visits = VisitService(pinned, self.ctx)
            rota = RotaService(pinned, self.ctx)
            calendar = rota.closure_calendar()
            return ReceptionDay(
                day=today,
                visits=tuple(visits.today()),
                counters=tuple(visits.counters(today)),
                offices=tuple(rota.today()),
                closed=calendar.reason(today),
                organisations=tuple(OrganisationService(pinned, self.ctx).list()),
                closing=tuple(calendar.partial(today)),
            )
