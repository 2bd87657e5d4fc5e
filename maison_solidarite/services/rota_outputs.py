"""What leaves the app from the rota: the printed week and the iCalendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import OrganisationRow
from ..domain.organisations import Organisation
from ..domain.roles import Action, requires
from ..domain.rota import HORIZON_DAYS
from ..reports.files import write_bytes
from . import audit
from .rota import RotaService
from .settings import structure_name

if TYPE_CHECKING:
    from ..reports.rota_pdf import WeekSheet

Translate = Callable[[str, str], str]


class RotaOutputs:
    def __init__(self, rota: RotaService) -> None:
        self.rota = rota
        self.db, self.ctx = rota.db, rota.ctx

    def _organisations(self) -> tuple[str, dict[int, Organisation]]:
        with self.db.read() as session:
            name = structure_name(session)
            organisations = {
                r.id: Organisation(r.id, r.acronym, r.name, r.colour, r.active)
                for r in session.scalars(select(OrganisationRow))
            }
        return name, organisations

    @requires(Action.READ_ROTA)
    def week_sheet(self, day: date) -> WeekSheet:
        from ..reports.rota_pdf import WeekSheet  # the writers load when a document is made

        week = self.rota.week(day)
        name, organisations = self._organisations()
        days = [
            week.monday + timedelta(days=n)
            for n in range(7)
            if week.hours.get(n) or any(o.day.weekday() == n for o in week.occurrences)
        ]
        return WeekSheet(
            structure=name,
            monday=week.monday,
            days=days,
            offices=[w.office for w in week.offices],
            occurrences=week.occurrences,
            organisations=organisations,
            closures=week.closures,
            hours=week.hours,
            generated_at=self.ctx.now(),
        )

    @requires(Action.READ_ROTA)
    def week_pdf(self, day: date, translate: Translate) -> bytes:
        from ..reports.rota_pdf import week_pdf

        data = week_pdf(self.week_sheet(day), translate)
        with self.db.write() as session:
            audit.record(session, self.ctx, "print", "rota_week", day.isoformat(), None, {"bytes": len(data)})
        return data

    @requires(Action.READ_ROTA)
    def ics(self, translate: Translate, organisation_id: int | None = None) -> bytes:
        """Every series (of one organisation, or all) with its exceptions and closures."""
        from ..reports.rota_ics import rota_ics

        today = self.ctx.now().date()
        series = self.rota.series(organisation_id)
        horizon_start = min((s.valid_from for s in series), default=today)
        occurrences = self.rota.occurrences(horizon_start, today + timedelta(days=2 * HORIZON_DAYS), organisation_id)
        name, organisations = self._organisations()
        offices = {o.id: o for o in self.rota.offices(active_only=False)}
        data = rota_ics(series, occurrences, organisations, offices, name, translate, stamp=self.ctx.now())
        with self.db.write() as session:
            audit.record(
                session, self.ctx, "export", "rota_ics", str(organisation_id or "all"), None, {"series": len(series)}
            )
        return data

    @requires(Action.READ_ROTA)
    def save_week_pdf(self, day: date, translate: Translate, path: Path) -> None:
        write_bytes(path, self.week_pdf(day, translate))

    @requires(Action.READ_ROTA)
    def save_ics(self, translate: Translate, path: Path, organisation_id: int | None = None) -> None:
        write_bytes(path, self.ics(translate, organisation_id))
