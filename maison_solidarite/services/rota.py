"""The weekly rota: read the week and today, edit series and occurrences, manage closures.

Every change is checked against the opening hours and, over the next twelve months,
against the other permanences: one office holds one permanence at a time, and one
organisation is in one office at a time. A refused change writes nothing.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import ChangeRow, ClosureRow, OfficeRow, OrganisationRow, SeriesRow, SettingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Action, requires
from ..domain.rota import (
    DEFAULT_OPENING_HOURS,
    HORIZON_DAYS,
    Change,
    Closure,
    ClosureCalendar,
    Conflict,
    ConflictKind,
    Occurrence,
    Office,
    OfficePlan,
    OfficeUse,
    OpeningHours,
    Recurrence,
    RecurrenceKind,
    Series,
    Status,
    check_office_names,
    check_opening_hours,
    check_series,
    check_times,
    could_meet,
    expand,
    first_conflict,
    monday_of,
    occupancy,
    occurs_on,
    office_name,
    outside_hours,
    plan_offices,
    weekday_term,
    within_opening_hours,
)
from . import audit
from .context import DeskContext
from .lookup import get_or_raise

OPENING_HOURS = "opening_hours"
CLOSURE_LABEL_MAX = 80


class EditScope(enum.StrEnum):
    OCCURRENCE = "occurrence"  # this occurrence only
    FOLLOWING = "following"  # this one and the following ones
    SERIES = "series"  # the whole series


def french_holidays() -> Callable[[date], str | None]:
    """French public holidays by name, from the holidays package (years added as asked).

    The package (every country's calendar) is imported on the first question, not at start-up.
    """
    calendar = None

    def holiday(day: date) -> str | None:
        nonlocal calendar
        if calendar is None:
            import holidays

            calendar = holidays.France(language="fr")
        return calendar.get(day)

    return holiday


# -- conversions ---------------------------------------------------------------------
def to_series(row: SeriesRow) -> Series:
    return Series(
        id=row.id,
        organisation_id=row.organisation_id,
        office_id=row.office_id,
        weekday=row.weekday,
        start=row.start_time,
        end=row.end_time,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        recurrence=Recurrence(
            kind=RecurrenceKind(row.kind),
            interval=row.interval,
            weeks_of_month=frozenset(int(w) for w in row.weeks_of_month.split(",") if w),
            dates=tuple(date.fromisoformat(d) for d in row.dates.split(",") if d),
        ),
    )


def _write_series(row: SeriesRow, series: Series) -> None:
    row.organisation_id = series.organisation_id
    row.office_id = series.office_id
    row.weekday = series.weekday
    row.start_time = series.start
    row.end_time = series.end
    row.valid_from = series.valid_from
    row.valid_until = series.valid_until
    row.kind = series.recurrence.kind.value
    row.interval = series.recurrence.interval
    row.weeks_of_month = ",".join(str(w) for w in sorted(series.recurrence.weeks_of_month))
    row.dates = ",".join(d.isoformat() for d in sorted(set(series.recurrence.dates)))


def _series_snapshot(series: Series) -> dict[str, object]:
    return {
        "organisation_id": series.organisation_id,
        "office_id": series.office_id,
        "weekday": series.weekday,
        "start": series.start.strftime("%H:%M"),
        "end": series.end.strftime("%H:%M"),
        "valid_from": series.valid_from.isoformat(),
        "valid_until": series.valid_until.isoformat() if series.valid_until else None,
        "kind": series.recurrence.kind.value,
        "interval": series.recurrence.interval,
        "weeks_of_month": sorted(series.recurrence.weeks_of_month),
        "dates": [d.isoformat() for d in sorted(series.recurrence.dates)],
    }


def to_change(row: ChangeRow) -> Change:
    return Change(
        series_id=row.series_id,
        original_date=row.original_date,
        cancelled=row.cancelled,
        new_date=row.new_date,
        new_start=row.new_start,
        new_end=row.new_end,
        new_office_id=row.new_office_id,
    )


def _change_snapshot(change: Change) -> dict[str, object]:
    return {
        "original_date": change.original_date.isoformat(),
        "cancelled": change.cancelled,
        "new_date": change.new_date.isoformat() if change.new_date else None,
        "new_start": change.new_start.strftime("%H:%M") if change.new_start else None,
        "new_end": change.new_end.strftime("%H:%M") if change.new_end else None,
        "new_office_id": change.new_office_id,
    }


def parse_opening_hours(value: dict[str, list[list[str]]]) -> dict[int, tuple[tuple[time, time], ...]]:
    return {
        int(weekday): tuple((time.fromisoformat(a), time.fromisoformat(b)) for a, b in spans)
        for weekday, spans in value.items()
    }


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
    def __init__(self, db: Database, ctx: DeskContext, holiday: Callable[[date], str | None] | None = None) -> None:
        self.db, self.ctx = db, ctx
        self._holiday = holiday or french_holidays()

    # -- reading -------------------------------------------------------------------
    @requires(Action.READ_ROTA)
    def offices(self, active_only: bool = True) -> list[Office]:
        query = select(OfficeRow).order_by(OfficeRow.position, OfficeRow.id)
        if active_only:
            query = query.where(OfficeRow.active.is_(True))
        with self.db.read() as session:
            return [Office(r.id, r.name, r.position, r.active) for r in session.scalars(query)]

    @requires(Action.READ_ROTA)
    def opening_hours(self) -> OpeningHours:
        with self.db.read() as session:
            return self._opening_hours(session)

    @requires(Action.READ_ROTA)
    def series(self, organisation_id: int | None = None) -> list[Series]:
        with self.db.read() as session:
            return [s for s in self._all_series(session) if organisation_id in (None, s.organisation_id)]

    @requires(Action.READ_ROTA)
    def changes(self) -> list[Change]:
        with self.db.read() as session:
            return [to_change(r) for r in session.scalars(select(ChangeRow))]

    @requires(Action.READ_ROTA)
    def closures(self) -> list[Closure]:
        with self.db.read() as session:
            return self._closures(session)

    @requires(Action.READ_ROTA)
    def closure_calendar(self) -> ClosureCalendar:
        return ClosureCalendar(tuple(self.closures()), self._holiday)

    @requires(Action.READ_ROTA)
    def occurrences(self, first: date, last: date, organisation_id: int | None = None) -> list[Occurrence]:
        with self.db.read() as session:
            series = [s for s in self._all_series(session) if organisation_id in (None, s.organisation_id)]
            changes = [to_change(r) for r in session.scalars(select(ChangeRow))]
            calendar = ClosureCalendar(tuple(self._closures(session)), self._holiday)
        return expand(series, changes, first, last, calendar)

    @requires(Action.READ_ROTA)
    def week(self, day: date) -> Week:
        monday = monday_of(day)
        sunday = monday + timedelta(days=6)
        with self.db.read() as session:
            hours = self._opening_hours(session)
            calendar = ClosureCalendar(tuple(self._closures(session)), self._holiday)
            series = self._all_series(session)
            changes = [to_change(r) for r in session.scalars(select(ChangeRow))]
            offices = [
                Office(r.id, r.name, r.position, r.active)
                for r in session.scalars(
                    select(OfficeRow).where(OfficeRow.active.is_(True)).order_by(OfficeRow.position, OfficeRow.id)
                )
            ]
        occurrences = expand(series, changes, monday, sunday, calendar)
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

    # -- series --------------------------------------------------------------------
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
            self._check_references(session, draft.organisation_id, draft.office_id)
            check_series(draft, self._opening_hours(session))
            self._refuse_conflicts(session, draft, exclude_series=None)
            row = SeriesRow(created_at=self.ctx.now(), updated_at=self.ctx.now())
            _write_series(row, draft)
            session.add(row)
            session.flush()
            series = to_series(row)
            audit.record(session, self.ctx, "create", "permanence", str(row.id), None, _series_snapshot(series))
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
    def edit(self, series_id: int, occurrence_date: date, scope: EditScope, **fields: object) -> Series:
        """Change a series for one occurrence, for this one and the following, or for all.

        ``fields`` among organisation_id, office_id, weekday, start, end, valid_until,
        recurrence. Exceptions that the edit does not touch survive it.
        """
        allowed = {"organisation_id", "office_id", "weekday", "start", "end", "valid_until", "recurrence"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        if scope == EditScope.OCCURRENCE:
            if set(fields) - {"office_id", "start", "end"}:
                raise ValueError("a single occurrence can change its office and its times only")
            return self.move_occurrence(
                series_id,
                occurrence_date,
                new_start=fields.get("start"),  # type: ignore[arg-type]
                new_end=fields.get("end"),  # type: ignore[arg-type]
                new_office_id=fields.get("office_id"),  # type: ignore[arg-type]
            )
        with self.db.write() as session:
            row = self._series_row(session, series_id)
            old = to_series(row)
            if scope == EditScope.FOLLOWING and occurrence_date > old.valid_from:
                return self._split(session, row, old, occurrence_date, fields)
            new = replace(old, **fields)  # type: ignore[arg-type]
            self._check_references(session, new.organisation_id, new.office_id)
            check_series(new, self._opening_hours(session))
            self._refuse_conflicts(session, new, exclude_series=old.id)
            _write_series(row, new)
            row.updated_at = self.ctx.now()
            self._drop_orphan_changes(session, new)
            audit.record(
                session, self.ctx, "update", "permanence", str(row.id), _series_snapshot(old), _series_snapshot(new)
            )
            return new

    def _split(self, session: Session, row: SeriesRow, old: Series, day: date, fields: dict[str, object]) -> Series:
        """End the series the day before ``day`` and start a changed copy on ``day``.

        ``day`` is an occurrence of the series, so a copy that starts there keeps an
        every-n-weeks rhythm. The exceptions of the following occurrences go with it.
        """
        self._require_occurrence(old, day)
        head = replace(old, valid_until=day - timedelta(days=1))
        tail = replace(old, id=0, valid_from=day, **fields)  # type: ignore[arg-type]
        if old.recurrence.kind == RecurrenceKind.DATES:
            head = replace(
                head, recurrence=replace(old.recurrence, dates=tuple(d for d in old.recurrence.dates if d < day))
            )
            tail = replace(
                tail, recurrence=replace(tail.recurrence, dates=tuple(d for d in tail.recurrence.dates if d >= day))
            )
        self._check_references(session, tail.organisation_id, tail.office_id)
        check_series(tail, self._opening_hours(session))
        self._refuse_conflicts(session, tail, exclude_series=old.id, keep_before=day)
        _write_series(row, head)
        row.updated_at = self.ctx.now()
        new_row = SeriesRow(created_at=self.ctx.now(), updated_at=self.ctx.now())
        _write_series(new_row, tail)
        session.add(new_row)
        session.flush()
        for change in session.scalars(
            select(ChangeRow).where(ChangeRow.series_id == old.id, ChangeRow.original_date >= day)
        ):
            change.series_id = new_row.id
        session.flush()
        tail = to_series(new_row)
        self._drop_orphan_changes(session, tail)
        audit.record(
            session, self.ctx, "update", "permanence", str(row.id), _series_snapshot(old), _series_snapshot(head)
        )
        audit.record(session, self.ctx, "create", "permanence", str(new_row.id), None, _series_snapshot(tail))
        return tail

    @requires(Action.EDIT_ROTA)
    def delete_series(self, series_id: int) -> None:
        with self.db.write() as session:
            row = self._series_row(session, series_id)
            audit.record(session, self.ctx, "delete", "permanence", str(row.id), _series_snapshot(to_series(row)), None)
            session.delete(row)

    # -- occurrences ---------------------------------------------------------------
    @requires(Action.EDIT_ROTA)
    def cancel_occurrence(self, series_id: int, original_date: date) -> Change:
        with self.db.write() as session:
            series = to_series(self._series_row(session, series_id))
            self._require_occurrence(series, original_date)
            return self._set_change(session, Change(series_id, original_date, cancelled=True))

    @requires(Action.EDIT_ROTA)
    def restore_occurrence(self, series_id: int, original_date: date) -> None:
        """Undo a cancellation or a move: the occurrence is as its series says again."""
        with self.db.write() as session:
            row = session.scalars(
                select(ChangeRow).where(ChangeRow.series_id == series_id, ChangeRow.original_date == original_date)
            ).first()
            if row is not None:
                series = to_series(self._series_row(session, series_id))
                occurrence = expand([series], [], original_date, original_date)[0]
                existing = self._existing(session, series.valid_from, original_date, exclude=(series_id, original_date))
                self._raise_conflict(first_conflict([occurrence], existing), session)
                audit.record(
                    session,
                    self.ctx,
                    "delete",
                    "permanence_change",
                    f"{series_id}:{original_date}",
                    _change_snapshot(to_change(row)),
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
        """Move one occurrence to another day, time or office; the series is unchanged."""
        with self.db.write() as session:
            series = to_series(self._series_row(session, series_id))
            self._require_occurrence(series, original_date)
            current = session.scalars(
                select(ChangeRow).where(ChangeRow.series_id == series_id, ChangeRow.original_date == original_date)
            ).first()
            base = to_change(current) if current is not None and not current.cancelled else None
            day = new_date or (base.new_date if base else None) or original_date
            start = new_start or (base.new_start if base else None) or series.start
            end = new_end or (base.new_end if base else None) or series.end
            office_id = new_office_id or (base.new_office_id if base else None) or series.office_id
            check_times(start, end)
            if new_office_id is not None:
                self._check_references(session, series.organisation_id, new_office_id)
            hours = self._opening_hours(session)
            if not within_opening_hours(hours, day.weekday(), start, end):
                raise outside_hours(day.weekday(), start, end)
            calendar = ClosureCalendar(tuple(self._closures(session)), self._holiday)
            reason = calendar.reason(day)
            if reason is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The Maison is closed on {date} ({reason}): choose another day."),
                    date=day.strftime("%d/%m/%Y"),
                    reason=reason,
                )
            change = Change(
                series_id,
                original_date,
                new_date=day if day != original_date else None,
                new_start=start if start != series.start else None,
                new_end=end if end != series.end else None,
                new_office_id=office_id if office_id != series.office_id else None,
            )
            occurrence = expand([series], [change], day, day)
            existing = self._existing(session, day, day, exclude=(series_id, original_date))
            self._raise_conflict(first_conflict(occurrence, existing), session)
            if change == Change(series_id, original_date):
                if current is not None:
                    session.delete(current)
            else:
                self._set_change(session, change)
            return series

    # -- closures ------------------------------------------------------------------
    @requires(Action.EDIT_ROTA)
    def add_closure(self, first_day: date, last_day: date, label: str) -> tuple[Closure, list[Occurrence]]:
        """Close the Maison on these days; return the permanences it suspends."""
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
            row = ClosureRow(first_day=first_day, last_day=last_day, label=label)
            session.add(row)
            session.flush()
            audit.record(
                session,
                self.ctx,
                "create",
                "closure",
                str(row.id),
                None,
                {"first_day": first_day.isoformat(), "last_day": last_day.isoformat(), "label": label},
            )
            closure = Closure(row.id, first_day, last_day, label)
        affected = [o for o in self.occurrences(first_day, last_day) if o.status == Status.CLOSED]
        return closure, affected

    @requires(Action.EDIT_ROTA)
    def remove_closure(self, closure_id: int) -> None:
        with self.db.write() as session:
            row = get_or_raise(
                session, ClosureRow, closure_id, QT_TRANSLATE_NOOP("Errors", "There is no closure number {id}.")
            )
            audit.record(session, self.ctx, "delete", "closure", str(row.id), {"label": row.label}, None)
            session.delete(row)

    # -- offices and opening hours ---------------------------------------------------
    @requires(Action.EDIT_ROTA)
    def set_opening_hours(self, hours: OpeningHours) -> None:
        """Replace the opening hours; refused if a permanence would fall outside them."""
        with self.db.write() as session:
            cleaned = self._check_hours(session, hours)
            value = {
                str(d): [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in spans] for d, spans in cleaned.items()
            }
            before = session.get(SettingRow, OPENING_HOURS)
            audit.record(
                session,
                self.ctx,
                "update",
                "setting",
                OPENING_HOURS,
                None if before is None else json.loads(before.value),
                value,
            )
            session.merge(SettingRow(key=OPENING_HOURS, value=json.dumps(value)))

    @requires(Action.READ_ROTA)
    def check_hours(self, hours: OpeningHours) -> dict[int, tuple[tuple[time, time], ...]]:
        """What set_opening_hours would refuse, refused here without writing anything."""
        with self.db.read() as session:
            return self._check_hours(session, hours)

    def _check_hours(self, session: Session, hours: OpeningHours) -> dict[int, tuple[tuple[time, time], ...]]:
        cleaned = check_opening_hours(hours)
        today = self.ctx.now().date()
        for series in self._all_series(session):
            if series.valid_until is not None and series.valid_until < today:
                continue
            try:
                check_series(series, cleaned)
            except ValidationError as exc:
                names = {r.id: r.acronym for r in session.scalars(select(OrganisationRow))}
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "These opening hours would leave the permanence of {partner} ({weekday}, {start}–{end}) "
                        "outside them. Move it first.",
                    ),
                    partner=names.get(series.organisation_id, "?"),
                    weekday=weekday_term(series.weekday),
                    start=series.start.strftime("%H:%M"),
                    end=series.end.strftime("%H:%M"),
                ) from exc
        return cleaned

    @requires(Action.EDIT_ROTA)
    def add_office(self, name: str) -> Office:
        name = self._office_name(name)
        with self.db.write() as session:
            self._refuse_office_name(session, name, None)
            position = len(session.scalars(select(OfficeRow)).all())
            row = OfficeRow(name=name, position=position, active=True)
            session.add(row)
            session.flush()
            audit.record(session, self.ctx, "create", "office", str(row.id), None, {"name": name})
            return Office(row.id, row.name, row.position, row.active)

    @requires(Action.EDIT_ROTA)
    def rename_office(self, office_id: int, name: str) -> Office:
        name = self._office_name(name)
        with self.db.write() as session:
            row = get_or_raise(
                session, OfficeRow, office_id, QT_TRANSLATE_NOOP("Errors", "There is no office number {id}.")
            )
            self._refuse_office_name(session, name, office_id)
            audit.record(session, self.ctx, "update", "office", str(row.id), {"name": row.name}, {"name": name})
            row.name = name
            return Office(row.id, row.name, row.position, row.active)

    @requires(Action.EDIT_ROTA)
    def set_office_active(self, office_id: int, active: bool) -> Office:
        """Open or close an office; one that still holds future permanences stays open."""
        with self.db.write() as session:
            row = get_or_raise(
                session, OfficeRow, office_id, QT_TRANSLATE_NOOP("Errors", "There is no office number {id}.")
            )
            if not active:
                self._refuse_closing(session, row)
            audit.record(session, self.ctx, "update", "office", str(row.id), {"active": row.active}, {"active": active})
            row.active = active
            return Office(row.id, row.name, row.position, row.active)

    @requires(Action.READ_ROTA)
    def plan_offices(self, names: Iterable[str]) -> OfficePlan:
        """How the offices become ``names`` (see domain.rota.plan_offices), refused without
        writing if a name is wrong or an office to close still holds permanences."""
        names = check_office_names(names)
        with self.db.read() as session:
            rows = session.scalars(select(OfficeRow).order_by(OfficeRow.position, OfficeRow.id)).all()
            plan = plan_offices([Office(r.id, r.name, r.position, r.active) for r in rows], names)
            for row in rows:
                if row.id in plan.close:
                    self._refuse_closing(session, row)
        return plan

    @requires(Action.EDIT_ROTA)
    def apply_office_plan(self, plan: OfficePlan) -> None:
        for office_id in plan.close:
            self.set_office_active(office_id, False)
        for office_id, name in plan.renames:
            self.rename_office(office_id, name)
        for office_id in plan.reopen:
            self.set_office_active(office_id, True)
        for name in plan.add:
            self.add_office(name)

    def _refuse_closing(self, session: Session, row: OfficeRow) -> None:
        today = self.ctx.now().date()
        upcoming = [
            o
            for o in self._existing(session, today, today + timedelta(days=HORIZON_DAYS))
            if o.office_id == row.id and o.status != Status.CANCELLED
        ]
        if upcoming:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{office} still holds permanences (the next on {date}): move them before closing it.",
                ),
                office=row.name,
                date=upcoming[0].day.strftime("%d/%m/%Y"),
            )

    @staticmethod
    def _office_name(name: str) -> str:
        return office_name(name)

    @staticmethod
    def _refuse_office_name(session: Session, name: str, office_id: int | None) -> None:
        for other in session.scalars(select(OfficeRow)):
            if other.id != office_id and other.name.casefold() == name.casefold():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'An office is already called "{name}".'), name=name)

    # -- helpers -------------------------------------------------------------------
    def _opening_hours(self, session: Session) -> OpeningHours:
        row = session.get(SettingRow, OPENING_HOURS)
        return DEFAULT_OPENING_HOURS if row is None else parse_opening_hours(json.loads(row.value))

    @staticmethod
    def _all_series(session: Session) -> list[Series]:
        return [to_series(r) for r in session.scalars(select(SeriesRow).order_by(SeriesRow.id))]

    @staticmethod
    def _closures(session: Session) -> list[Closure]:
        return [
            Closure(r.id, r.first_day, r.last_day, r.label)
            for r in session.scalars(select(ClosureRow).order_by(ClosureRow.first_day))
        ]

    @staticmethod
    def _series_row(session: Session, series_id: int) -> SeriesRow:
        return get_or_raise(
            session, SeriesRow, series_id, QT_TRANSLATE_NOOP("Errors", "There is no permanence number {id}.")
        )

    @staticmethod
    def _check_references(session: Session, organisation_id: int, office_id: int) -> None:
        get_or_raise(
            session, OrganisationRow, organisation_id, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}.")
        )
        office = get_or_raise(
            session, OfficeRow, office_id, QT_TRANSLATE_NOOP("Errors", "There is no office number {id}.")
        )
        if not office.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'The office "{name}" is closed: choose another one.'), name=office.name
            )

    @staticmethod
    def _require_occurrence(series: Series, day: date) -> None:
        if not occurs_on(series, day):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This permanence does not take place on {date}."),
                date=day.strftime("%d/%m/%Y"),
            )

    def _set_change(self, session: Session, change: Change) -> Change:
        row = session.scalars(
            select(ChangeRow).where(
                ChangeRow.series_id == change.series_id, ChangeRow.original_date == change.original_date
            )
        ).first()
        before = None if row is None else _change_snapshot(to_change(row))
        if row is None:
            row = ChangeRow(series_id=change.series_id, original_date=change.original_date)
            session.add(row)
        row.cancelled = change.cancelled
        row.new_date, row.new_start, row.new_end = change.new_date, change.new_start, change.new_end
        row.new_office_id = change.new_office_id
        audit.record(
            session,
            self.ctx,
            "update" if before else "create",
            "permanence_change",
            f"{change.series_id}:{change.original_date}",
            before,
            _change_snapshot(change),
        )
        return change

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
                    _change_snapshot(to_change(row)),
                    None,
                )
                session.delete(row)

    def _existing(
        self,
        session: Session,
        first: date,
        last: date,
        *,
        exclude: tuple[int, date] | None = None,
        exclude_series: int | None = None,
        keep_before: date | None = None,
        meeting: Series | None = None,
    ) -> list[Occurrence]:
        series = []
        for s in self._all_series(session):
            if s.id == exclude_series:
                if keep_before is None:
                    continue
                s = replace(s, valid_until=keep_before - timedelta(days=1))
            series.append(s)
        changes = [to_change(r) for r in session.scalars(select(ChangeRow))]
        if meeting is not None:
            series = could_meet(meeting, series, changes)
        occurrences = expand(series, changes, first, last)
        if exclude is not None:
            occurrences = [o for o in occurrences if (o.series_id, o.original_date) != exclude]
        return occurrences

    def _refuse_conflicts(
        self, session: Session, series: Series, *, exclude_series: int | None, keep_before: date | None = None
    ) -> None:
        first = max(self.ctx.now().date(), series.valid_from)
        last = first + timedelta(days=HORIZON_DAYS)
        own_changes = (
            [to_change(r) for r in session.scalars(select(ChangeRow).where(ChangeRow.series_id == exclude_series))]
            if exclude_series
            else []
        )
        candidates = expand([replace(series, id=exclude_series or 0)], own_changes, first, last)
        if keep_before is not None:
            candidates = [o for o in candidates if o.original_date >= keep_before]
        existing = self._existing(
            session, first, last, exclude_series=exclude_series, keep_before=keep_before, meeting=series
        )
        self._raise_conflict(first_conflict(candidates, existing), session)

    def _raise_conflict(self, conflict: Conflict | None, session: Session) -> None:
        if conflict is None:
            return
        names = {r.id: r.acronym for r in session.scalars(select(OrganisationRow))}
        offices = {r.id: r.name for r in session.scalars(select(OfficeRow))}

        def describe(o: Occurrence) -> str:
            return (
                f"{names.get(o.organisation_id, '?')} ({offices.get(o.office_id, '?')}, {o.start:%H:%M}–{o.end:%H:%M})"
            )

        params = {
            "candidate": describe(conflict.candidate),
            "other": describe(conflict.other),
            "weekday": weekday_term(conflict.day.weekday()),
            "date": conflict.day.strftime("%d/%m/%Y"),
        }
        if conflict.kind == ConflictKind.OFFICE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{candidate} overlaps {other} in the same office, first on {weekday} {date}. Nothing was changed.",
                ),
                **params,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{candidate} and {other} would put the same organisation in two offices at once, "
                "first on {weekday} {date}. Nothing was changed.",
            ),
            **params,
        )


__all__ = ["EditScope", "OfficeToday", "RotaService", "Week", "french_holidays", "to_series"]
