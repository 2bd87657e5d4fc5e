"""Use cases shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from ..db.engine import Database
from ..domain.roles import Action, allowed
from .accounts import AccountService
from .appointments import AppointmentService
from .categories import CategoryService
from .context import DeskContext
from .directory import DirectoryService
from .organisations import OrganisationService
from .rota import RotaService
from .settings import SettingsService
from .visits import VisitService
from .visits_csv import VisitCsvService


@dataclass(frozen=True)
class Services:
    db: Database
    ctx: DeskContext
    visits: VisitService
    visits_csv: VisitCsvService
    categories: CategoryService
    organisations: OrganisationService
    rota: RotaService
    directory: DirectoryService
    appointments: AppointmentService
    settings: SettingsService
    accounts: AccountService

    def can(self, action: Action) -> bool:
        """Whether the acting role may do ``action`` (the services check it again)."""
        return allowed(self.ctx.role, action)

    @classmethod
    def create(cls, db: Database, ctx: DeskContext) -> Services:
        rota = RotaService(db, ctx)
        return cls(
            db=db,
            ctx=ctx,
            visits=VisitService(db, ctx),
            visits_csv=VisitCsvService(db, ctx),
            categories=CategoryService(db, ctx),
            organisations=OrganisationService(db, ctx),
            rota=rota,
            directory=DirectoryService(db, ctx, rota),
            appointments=AppointmentService(db, ctx, rota),
            settings=SettingsService(db, ctx),
            accounts=AccountService(db, ctx),
        )
