"""Use cases shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..db.engine import Database
from ..domain.roles import Action, allowed
from .accounts import AccountService
from .appointments import AppointmentService
from .attendance import AttendanceService
from .audit import AuditTrail
from .audit_seal import AuditSeal
from .backups import BackupService
from .categories import CategoryService
from .context import DeskContext
from .directory import DirectoryService
from .events import EventService
from .history import HistoryService
from .organisations import OrganisationService
from .reception import ReceptionService
from .retention import RetentionService
from .review import ReviewService
from .rota import RotaService
from .rota_outputs import RotaOutputs
from .settings import SettingsService
from .statistics import StatisticsService
from .statistics_outputs import StatisticsOutputs
from .sync import SyncService, sync_state
from .sync.hub import shown_form
from .sync.shared import routed
from .sync.visits import placement
from .tallies import TallyService
from .visits import VisitService
from .visits_csv import VisitCsvService

if TYPE_CHECKING:
    from ..domain.accounts import Account
    from .person_keys import PersonKeyService
    from .setup import FirstStart
    from .sign_in_sheet import SignInSheetService
    from .tally_sheet import TallySheetService


@dataclass(frozen=True)
class Services:
    """Every use case the window and the command line reach, for one acting person.

    The window reaches its data through these members only: it holds no session, no engine."""

    db: Database
    ctx: DeskContext
    visits: VisitService
    visits_csv: VisitCsvService
    categories: CategoryService
    organisations: OrganisationService
    rota: RotaService
    rota_outputs: RotaOutputs
    directory: DirectoryService
    appointments: AppointmentService
    settings: SettingsService
    accounts: AccountService
    statistics: StatisticsService
    statistics_outputs: StatisticsOutputs
    reception: ReceptionService
    retention: RetentionService
    backups: BackupService
    audit: AuditTrail
    sync: SyncService
    review: ReviewService  # the logo and each year's observations
    history: HistoryService  # past totals and the day counting began
    tallies: TallyService  # paper days

    def can(self, action: Action) -> bool:
        """Whether the acting role may do ``action`` (the services check it again)."""
        return allowed(self.ctx.role, action)

    @property
    def location(self) -> str:
        """Where the database is: a file's path, or a server's address without its password."""
        return self.db.where

    @property
    def events(self) -> EventService:
        """Collective actions and partner meetings: shared records, written on the hub once joined."""
        return EventService(self.settings.db, self.ctx, self.rota)

    @property
    def attendance(self) -> AttendanceService:
        """Who came to the events: entries this desk owns, like its visits."""
        return AttendanceService(self.db, self.ctx)

    @property
    def sign_in_sheet(self) -> SignInSheetService:
        """The sign-in sheet of an event (``event sheet`` and the agenda print it)."""
        from .sign_in_sheet import SignInSheetService

        return SignInSheetService(self.settings.db, self.ctx, self.db)

    @property
    def tally_sheet(self) -> TallySheetService:
        """The paper tally sheet of a day (the reception tab and ``tally sheet`` print it)."""
        from .tally_sheet import TallySheetService

        return TallySheetService(self.db, self.ctx, self.rota)

    @property
    def person_keys(self) -> PersonKeyService:
        """Person keys from what the agent types, with the secret of this computer's user."""
        from .person_keys import PersonKeyService

        return PersonKeyService(self.db, self.ctx, shared=self.settings.db)

    def holds_visits(self) -> bool:
        """Whether any visit exists (the first start offers demonstration data only if none)."""
        from .demo import has_visits

        return has_visits(self.db)

    def set_up(self, start: FirstStart) -> Account:
        """The first start (see services/setup.py): the structure, then its administrator."""
        from .setup import set_up

        return set_up(self, start)

    def anchor(self, seal: AuditSeal) -> None:
        """Keep the audit trail's head outside the database (at every start and end)."""
        seal.record_head(self.db)

    def close(self) -> None:
        """Release the database's connections (at the end, or before a restore)."""
        self.db.dispose()

    @classmethod
    def create(cls, db: Database, ctx: DeskContext, sync: SyncService | None = None) -> Services:
        """Every use case on ``db``. On a desk that joined a hub, the shared records (rota,
        partners, categories, accounts, settings) are written on the hub and read here."""
        sync = sync or SyncService(db, ctx)
        shared, where = db, None
        state = sync_state(db)  # one row; no count of what waits, at every start
        if state is not None:
            shared = routed(db, sync.hub, sync.refresh_shared, shown_form(state.hub))
            where = placement(db, ctx, sync.hub, sync.pull_quietly)
        rota = RotaService(shared, ctx)
        visits = VisitService(db, ctx, where)
        appointments = AppointmentService(shared, ctx, rota)
        statistics = StatisticsService(db, ctx, rota)
        return cls(
            db=db,
            ctx=ctx,
            visits=visits,
            visits_csv=VisitCsvService(db, ctx),
            categories=CategoryService(shared, ctx),
            organisations=OrganisationService(shared, ctx),
            rota=rota,
            rota_outputs=RotaOutputs(rota),
            directory=DirectoryService(shared, ctx, rota),
            appointments=appointments,
            settings=SettingsService(shared, ctx),
            accounts=AccountService(shared, ctx, local=db),
            statistics=statistics,
            statistics_outputs=StatisticsOutputs(statistics),
            reception=ReceptionService(db, ctx),
            retention=RetentionService(db, ctx, AppointmentService(db, ctx, rota), shared=shared),
            backups=BackupService(db, ctx),
            audit=AuditTrail(db, ctx),
            sync=sync,
            review=ReviewService(shared, ctx),
            history=HistoryService(db, ctx, shared),
            tallies=TallyService(db, ctx, rota),
        )

    def as_acting(self, ctx: DeskContext) -> Services:
        """The same database, for another person (a switch of user at the desk)."""
        return Services.create(self.db, ctx, SyncService(self.db, ctx))
