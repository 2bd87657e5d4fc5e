"""The weekly rota, in one service for the screens: the week and today, and every change.

The work is done by the parts it composes, each owning its records: the offices and the
opening hours (``offices``), the series (``rota_series``), their occurrences and exceptions
(``occurrences``) and the closure days (``closures``). Each part checks the role as this
facade does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from ..db.engine import Database
from ..domain.roles import Action, requires
from ..domain.rota import (
    Change,
    Closure,
    ClosureCalendar,
    Occurrence,
    Office,
    OfficePlan,
    OfficeUse,
    OpeningHours,
    Recurrence,
    Series,
    SeriesChange,
    monday_of,
    occupancy,
)
from . import rota_rows as rows
from .closures import ClosureService, french_holidays
from .context import DeskContext
from .occurrences import OccurrenceService
from .offices import OfficeService
from .rota_rows import Holiday, to_series
from .rota_series import EditScope, SeriesService


# -- what the UI shows ---------------------------------------------------------------
@dataclass(frozen=True)
class Week:
    monday: date
    occurrences: list[Occurrence]
    offices: list[OfficeUse]
    closures: dict[date, str]  # closed days of the week, with their reason
    hours: OpeningHours


@dataclass(frozen=True)
class OfficeToday:
    office: Office
    now: Occurrence | None
    next: Occurrence | None
    day: list[Occurrence]


class RotaService:
    def __init__(self, db: Database, ctx: DeskContext, holiday: Holiday | None = None) -> None:
        self.db, self.ctx = db, ctx
        self._holiday = holiday or french_holidays()
        self._offices = OfficeService(db, ctx)
        self._occurrences = OccurrenceService(db, ctx, self._holiday)
        self._series = SeriesService(db, ctx, self._holiday, self._occurrences)
        self._closures = ClosureService(db, ctx, self._holiday)

    # -- the week and today --------------------------------------------------------
    @requires(Action.READ_ROTA)
    def week(self, day: date) -> Week:
        monday = monday_of(day)
        sunday = monday + timedelta(days=6)
        with self.db.read() as session:
            hours = rows.opening_hours(session)
            calendar = rows.closure_calendar(session, self._holiday)
            occurrences = rows.occurrences(session, monday, sunday, self._holiday)
            offices = rows.offices(session)
        per_office = [
            OfficeUse(office, *occupancy(occurrences, hours, office.id, monday, sunday, calendar)) for office in offices
        ]
        closed = {
            monday + timedelta(days=n): reason
            for n in range(7)
            if (reason := calendar.reason(monday + timedelta(days=n))) is not None
        }
        return Week(monday, occurrences, per_office, closed, hours)

    @requires(Action.READ_ROTA)
    def today(self) -> list[OfficeToday]:
        """Who is in which office today: now, and who comes next."""
        now = self.ctx.now()
        day = self.occurrences(now.date(), now.date())
        result = []
        for office in self.offices():
            mine = [o for o in day if o.office_id == office.id and o.held]
            current = next((o for o in mine if o.starts_at <= now < o.ends_at), None)
            coming = next((o for o in mine if o.starts_at > now), None)
            result.append(OfficeToday(office, current, coming, [o for o in day if o.office_id == office.id]))
        return result

    # -- offices and opening hours -------------------------------------------------
    @requires(Action.READ_ROTA)
    def offices(self, active_only: bool = True) -> list[Office]:
        return self._offices.offices(active_only)

    @requires(Action.READ_ROTA)
    def opening_hours(self) -> OpeningHours:
        return self._offices.opening_hours()

    @requires(Action.READ_ROTA)
    def check_hours(self, hours: OpeningHours) -> dict[int, tuple[tuple[time, time], ...]]:
        """What set_opening_hours would refuse, refused here without writing anything."""
        return self._offices.check_hours(hours)

    @requires(Action.EDIT_ROTA)
    def set_opening_hours(self, hours: OpeningHours) -> None:
        """Replace the opening hours; refused if a permanence would fall outside them."""
        self._offices.set_opening_hours(hours)

    @requires(Action.EDIT_ROTA)
    def add_office(self, name: str) -> Office:
        return self._offices.add_office(name)

    @requires(Action.EDIT_ROTA)
    def rename_office(self, office_id: int, name: str) -> Office:
        return self._offices.rename_office(office_id, name)

    @requires(Action.EDIT_ROTA)
    def set_office_active(self, office_id: int, active: bool) -> Office:
        """Open or close an office; one that still holds future permanences stays open."""
        return self._offices.set_office_active(office_id, active)

    @requires(Action.READ_ROTA)
    def plan_offices(self, names: Iterable[str]) -> OfficePlan:
        """How the offices become ``names``, refused if an office to close holds permanences."""
        return self._offices.plan_offices(names)

    @requires(Action.EDIT_ROTA)
    def apply_office_plan(self, plan: OfficePlan) -> None:
        self._offices.apply_office_plan(plan)

    # -- series --------------------------------------------------------------------
    @requires(Action.READ_ROTA)
    def series(self, organisation_id: int | None = None) -> list[Series]:
        return self._series.series(organisation_id)

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
        return self._series.add_series(
            organisation_id, office_id, weekday, start, end, valid_from, valid_until, recurrence
        )

    @requires(Action.EDIT_ROTA)
    def add_one_off(self, organisation_id: int, office_id: int, day: date, start: time, end: time) -> Series:
        """A single extra session: a series of one date."""
        return self._series.add_one_off(organisation_id, office_id, day, start, end)

    @requires(Action.EDIT_ROTA)
    def edit(self, series_id: int, occurrence_date: date, scope: EditScope, change: SeriesChange) -> Series:
        """Change a series for one occurrence, for this one and the following, or for all."""
        return self._series.edit(series_id, occurrence_date, scope, change)

    @requires(Action.EDIT_ROTA)
    def delete_series(self, series_id: int) -> None:
        self._series.delete_series(series_id)

    # -- occurrences and their exceptions ------------------------------------------
    @requires(Action.READ_ROTA)
    def changes(self) -> list[Change]:
        return self._occurrences.changes()

    @requires(Action.READ_ROTA)
    def occurrences(self, first: date, last: date, organisation_id: int | None = None) -> list[Occurrence]:
        return self._occurrences.occurrences(first, last, organisation_id)

    @requires(Action.EDIT_ROTA)
    def cancel_occurrence(self, series_id: int, original_date: date) -> Change:
        return self._occurrences.cancel_occurrence(series_id, original_date)

    @requires(Action.LOG_VISITS)
    def mark_not_held(self, series_id: int, original_date: date, not_held: bool = True) -> Occurrence:
        """The partner did not come (or, ``not_held`` False, came after all): said at the desk."""
        return self._occurrences.mark_not_held(series_id, original_date, not_held)

    @requires(Action.EDIT_ROTA)
    def restore_occurrence(self, series_id: int, original_date: date) -> None:
        """Undo a cancellation or a move: the occurrence is as its series says again."""
        self._occurrences.restore_occurrence(series_id, original_date)

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
        """Move one occurrence to another day, time or office; the series is unchanged."""
        return self._occurrences.move_occurrence(series_id, original_date, new_date, new_start, new_end, new_office_id)

    # -- closures ------------------------------------------------------------------
    @requires(Action.READ_ROTA)
    def closures(self) -> list[Closure]:
        return self._closures.closures()

    @requires(Action.READ_ROTA)
    def closure_calendar(self) -> ClosureCalendar:
        return self._closures.closure_calendar()

    @requires(Action.EDIT_ROTA)
    def add_closure(
        self, first_day: date, last_day: date, label: str, start: time | None = None, end: time | None = None
    ) -> tuple[Closure, list[Occurrence]]:
        """Close the Maison on these days, all day or from start to end; return the permanences it suspends."""
        return self._closures.add_closure(first_day, last_day, label, start, end)

    @requires(Action.EDIT_ROTA)
    def remove_closure(self, closure_id: int) -> None:
        self._closures.remove_closure(closure_id)


__all__ = [
    "EditScope",
    "OfficeToday",
    "RotaService",
    "SeriesChange",
    "Week",
    "french_holidays",
    "to_series",
]
