"""The permanence offices and the opening hours of the Maison.

A change is refused, writing nothing, if it would leave a permanence outside the opening
hours or close an office that still holds permanences.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import OfficeRow, SettingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Action, requires
from ..domain.rota import (
    HORIZON_DAYS,
    Office,
    OfficePlan,
    OpeningHours,
    Status,
    check_office_names,
    check_opening_hours,
    check_series,
    office_name,
    plan_offices,
    weekday_term,
)
from . import audit
from . import rota_rows as rows
from .context import DeskContext
from .rota_conflicts import existing

OPENING_HOURS = rows.OPENING_HOURS


class OfficeService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    # -- opening hours -------------------------------------------------------------
    @requires(Action.READ_ROTA)
    def opening_hours(self) -> OpeningHours:
        with self.db.read() as session:
            return rows.opening_hours(session)

    @requires(Action.READ_ROTA)
    def check_hours(self, hours: OpeningHours) -> dict[int, tuple[tuple[time, time], ...]]:
        """What set_opening_hours would refuse, refused here without writing anything."""
        with self.db.read() as session:
            return self._check_hours(session, hours)

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

    def _check_hours(self, session: Session, hours: OpeningHours) -> dict[int, tuple[tuple[time, time], ...]]:
        cleaned = check_opening_hours(hours)
        today = self.ctx.now().date()
        for series in rows.all_series(session):
            if series.valid_until is not None and series.valid_until < today:
                continue
            try:
                check_series(series, cleaned)
            except ValidationError as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "These opening hours would leave the permanence of {partner} ({weekday}, {start}–{end}) "
                        "outside them. Move it first.",
                    ),
                    partner=rows.partner_acronyms(session).get(series.organisation_id, "?"),
                    weekday=weekday_term(series.weekday),
                    start=series.start.strftime("%H:%M"),
                    end=series.end.strftime("%H:%M"),
                ) from exc
        return cleaned

    # -- offices -------------------------------------------------------------------
    @requires(Action.READ_ROTA)
    def offices(self, active_only: bool = True) -> list[Office]:
        with self.db.read() as session:
            return rows.offices(session, active_only)

    @requires(Action.EDIT_ROTA)
    def add_office(self, name: str) -> Office:
        name = office_name(name)
        with self.db.write() as session:
            self._refuse_office_name(session, name, None)
            position = len(session.scalars(select(OfficeRow)).all())
            row = OfficeRow(name=name, position=position, active=True)
            session.add(row)
            session.flush()
            audit.record(session, self.ctx, "create", "office", str(row.id), None, {"name": name})
            return rows.to_office(row)

    @requires(Action.EDIT_ROTA)
    def rename_office(self, office_id: int, name: str) -> Office:
        name = office_name(name)
        with self.db.write() as session:
            row = rows.office_row(session, office_id)
            self._refuse_office_name(session, name, office_id)
            audit.record(session, self.ctx, "update", "office", str(row.id), {"name": row.name}, {"name": name})
            row.name = name
            return rows.to_office(row)

    @requires(Action.EDIT_ROTA)
    def set_office_active(self, office_id: int, active: bool) -> Office:
        """Open or close an office; one that still holds future permanences stays open."""
        with self.db.write() as session:
            row = rows.office_row(session, office_id)
            if not active:
                self._refuse_closing(session, row)
            audit.record(session, self.ctx, "update", "office", str(row.id), {"active": row.active}, {"active": active})
            row.active = active
            return rows.to_office(row)

    @requires(Action.READ_ROTA)
    def plan_offices(self, names: Iterable[str]) -> OfficePlan:
        """How the offices become ``names`` (see domain.offices.plan_offices), refused without
        writing if a name is wrong or an office to close still holds permanences."""
        names = check_office_names(names)
        with self.db.read() as session:
            plan = plan_offices(rows.offices(session, active_only=False), names)
            for office_id in plan.close:
                self._refuse_closing(session, rows.office_row(session, office_id))
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
            for o in existing(session, today, today + timedelta(days=HORIZON_DAYS))
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
    def _refuse_office_name(session: Session, name: str, office_id: int | None) -> None:
        for other in rows.offices(session, active_only=False):
            if other.id != office_id and other.name.casefold() == name.casefold():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'An office is already called "{name}".'), name=name)
