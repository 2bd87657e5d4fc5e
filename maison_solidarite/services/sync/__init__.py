"""Several desks and a hub: joining, one round of synchronisation, and where a desk stands.

Every computer keeps its own SQLite database and writes there first; the hub (PostgreSQL)
is where desks meet and is never on the path of a key press. See rounds.py for a round,
changes.py for the rule that settles two versions of a visit, shared.py for the records
that belong to the hub.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from ...db.engine import Database
from ...db.history_models import HistorySyncRow
from ...db.models import VisitRow
from ...db.sync_models import HubDeskRow, HubIdentityRow, OutboxRow, SyncStateRow
from ...domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind, ValidationError
from ...domain.roles import Action, requires
from ..context import DeskContext
from ..settings import structure_name
from . import history, joining, rounds
from .hub import HubUnreachable, hub_url, open_hub, shown_form, stored_form, unreachable
from .rounds import RoundReport

if TYPE_CHECKING:
    from ..statistics_outputs import StatisticsOutputs

NAME_MAX = 60


@dataclass(frozen=True)
class DeskSync:
    """Where this desk stands with its hub (for `hub status` and the window's light)."""

    hub: str
    desk_name: str
    site: str
    joined_at: datetime
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    waiting: int


@dataclass(frozen=True)
class KnownDesk:
    """A desk of the site, and up to when its visits are known here."""

    name: str
    site: str
    last_push_at: datetime | None


def _name(value: str, what: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the {what} a name of 1 to {limit} characters."),
            what=what,
            limit=NAME_MAX,
        )
    return value


def sync_state(db: Database) -> SyncStateRow | None:
    """This desk's hub, or None for a desk that works alone (one query)."""
    with db.read() as session:
        return session.scalar(select(SyncStateRow))


def _not_joined() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", 'This desk has not joined a hub. Join one with "hub join URL --desk NAME".')
    )


class SyncService:
    """The hub for one desk: the hub's database is opened when first needed, and kept."""

    def __init__(self, db: Database, ctx: DeskContext, backup_dir: Path | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.backup_dir = backup_dir or Path(".")
        self._hub: Database | None = None
        self._hub_address = ""
        self._hub_purged_on: date | None = None

    # -- the hub's connection ---------------------------------------------------------------
    def hub(self) -> Database:
        state = sync_state(self.db)
        if state is None:
            raise _not_joined()
        if self._hub is None or self._hub_address != state.hub:
            self.close()
            self._hub = open_hub(hub_url(state.hub), self.backup_dir, self.db.audit_key, migrate=False)
            self._hub_address = state.hub
        return self._hub

    def close(self) -> None:
        if self._hub is not None:
            self._hub.dispose()
            self._hub = None

    def _guard(self, where: str, action: Callable[[], RoundReport]) -> RoundReport:
        """Run ``action``; an unreachable hub is recorded on the desk and raised as such."""
        try:
            report = action()
        except HubUnreachable as exc:
            self.close()
            rounds.record_attempt(self.db, self.ctx.now(), exc.render())
            raise
        except StorageError as exc:
            if exc.kind is not StorageKind.UNREACHABLE:
                raise
            self.close()
            rounds.record_attempt(self.db, self.ctx.now(), exc.render())
            raise unreachable(where, str(exc.params.get("detail", ""))) from exc
        rounds.record_attempt(self.db, self.ctx.now(), None)
        return report

    # -- status -----------------------------------------------------------------------------
    def status(self) -> DeskSync | None:
        """Where this desk stands (None when it works alone); reads this desk only."""
        with self.db.read() as session:
            state = session.scalar(select(SyncStateRow))
            if state is None:
                return None
            waiting = (session.scalar(select(func.count()).select_from(OutboxRow)) or 0) + history.waiting(session)
        return DeskSync(
            shown_form(state.hub),
            state.desk_name,
            state.site,
            state.joined_at,
            state.last_sync_at,
            state.last_attempt_at,
            state.last_error,
            int(waiting),
        )

    def coverage(self, translate: Callable[[str, str], str]) -> str:
        """The line that says which desks this desk's figures cover and up to when ("" alone)."""
        from .coverage import coverage_text

        return coverage_text(self.db, translate)

    def desks(self) -> list[KnownDesk]:
        """The desks of this desk's site as last copied from the hub."""
        with self.db.read() as session:
            state = session.scalar(select(SyncStateRow))
            if state is None:
                return []
            rows = session.scalars(select(HubDeskRow).where(HubDeskRow.site == state.site).order_by(HubDeskRow.name))
            return [KnownDesk(r.name, r.site, r.last_push_at) for r in rows]

    # -- a round ----------------------------------------------------------------------------
    def run_round(self) -> RoundReport:
        """Push what waits, pull what others did; HubUnreachable when the hub does not answer."""
        state = sync_state(self.db)
        if state is None:
            raise _not_joined()
        return self._guard(shown_form(state.hub), lambda: self._round(state))

    def _round(self, state: SyncStateRow) -> RoundReport:
        hub = self.hub()
        self._check_identity(hub, state)
        report = RoundReport()
        rounds.push(self.db, hub, state, self.ctx, report)
        history.push(self.db, hub, state)
        rounds.push_audit(self.db, hub, state, report)
        rounds.copy_shared(self.db, hub, report)
        rounds.pull(self.db, hub, state, self.ctx, report)
        history.pull(self.db, hub, state)
        self._purge_hub(hub)
        return report

    def _purge_hub(self, hub: Database) -> None:
        """Once a day from each desk: the hub's notes, person keys and contacts past their retention go too,
        as they go on every desk at its start (the hub's audit trail names this desk's person)."""
        today = self.ctx.now().date()
        if self._hub_purged_on == today:
            return
        from dataclasses import replace

        from ...domain.roles import Role
        from ..appointments import AppointmentService
        from ..person_keys import purge_keys
        from ..retention import purge_notes
        from ..rota import RotaService
        from .shared import raise_generation

        system = replace(self.ctx, role=Role.ADMINISTRATOR)
        purge_notes(hub, system)
        purge_keys(hub, system)  # the visits' and participants' person keys, by the same rule
        if AppointmentService(hub, system, RotaService(hub, system)).purge_due():
            with hub.write() as session:
                raise_generation(session)  # the desks copy the purged contacts
        self._hub_purged_on = today

    def _check_identity(self, hub: Database, state: SyncStateRow) -> None:
        with hub.read() as session:
            identity = session.scalar(select(HubIdentityRow))
            desk = session.get(HubDeskRow, state.desk_uid)
        if state.structure_uid == joining.PENDING:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", 'This desk did not finish joining the hub {hub}: run "hub join" again with the same name.'
                ),
                hub=shown_form(state.hub),
            )
        if identity is None or identity.structure_uid != state.structure_uid or desk is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The hub {hub} is not the one this desk joined (another structure, or a hub rebuilt since). "
                    "Nothing was sent. Ask the administrator to check the hub's address.",
                ),
                hub=shown_form(state.hub),
            )

    def pull_quietly(self) -> None:
        """Take the hub's changes now (after a change made on the hub from this desk)."""
        state = sync_state(self.db)
        if state is None:
            return
        try:
            rounds.pull(self.db, self.hub(), state, self.ctx, RoundReport())
        except StorageError:
            pass  # the next round takes them

    def refresh_shared(self) -> None:
        """Copy the shared records again now (after a change made on the hub from this desk)."""
        try:
            rounds.copy_shared(self.db, self.hub(), RoundReport(), force=True)
        except StorageError:
            pass  # the next round copies them

    @requires(Action.MANAGE_HUB)
    def leave(self) -> int:
        """Stop syncing with the hub: what waits is sent first; a desk with changes the hub
        has not received yet is refused (nothing would be lost, but nothing would leave).
        The desk keeps every visit it holds and works alone again; returns how many it holds."""
        status = self.status()
        if status is None:
            raise _not_joined()
        if status.waiting:
            self.run_round()
        status = self.status()
        if status is not None and status.waiting:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} changes of this desk have not reached the hub yet: sync first, then leave the hub.",
                ),
                count=status.waiting,
            )
        self.close()
        with self.db.write() as session:
            session.execute(delete(OutboxRow))
            session.execute(delete(SyncStateRow))
            session.execute(delete(HistorySyncRow))
            return int(session.scalar(select(func.count()).select_from(VisitRow)) or 0)

    @requires(Action.READ_STATISTICS)
    def all_sites(self) -> StatisticsOutputs:
        """The statistics of every site, computed on the hub (this desk holds its own site's)."""
        from ..rota import RotaService
        from ..statistics import StatisticsService
        from ..statistics_outputs import StatisticsOutputs

        hub = self.hub()
        return StatisticsOutputs(StatisticsService(hub, self.ctx, RotaService(hub, self.ctx)))

    # -- joining ----------------------------------------------------------------------------
    @requires(Action.MANAGE_HUB)
    def join(self, address: str, desk_name: str, site: str | None = None) -> RoundReport:
        """Join this desk to the hub at ``address`` (creating the hub's schema on the first
        join) and pull everything. A desk joins one hub; its name is unique on the hub."""
        url = hub_url(address)
        desk_name = _name(desk_name, QT_TRANSLATE_NOOP("Errors", "desk"))
        state = sync_state(self.db)
        if state is not None and state.hub != stored_form(url):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    'This desk has already joined the hub {hub}. A desk joins one hub: leave it first ("hub leave").',
                ),
                hub=shown_form(state.hub),
            )
        where = shown_form(url)
        try:
            hub = open_hub(url, self.backup_dir, self.db.audit_key, migrate=True)
        except StorageError as exc:
            if exc.kind is StorageKind.UNREACHABLE and not isinstance(exc, HubUnreachable):
                raise unreachable(where, str(exc.params.get("detail", ""))) from exc
            raise
        self.close()
        self._hub, self._hub_address = hub, stored_form(url)
        with self.db.read() as session:
            local_name = structure_name(session)
        site_name = _name(site or local_name, QT_TRANSLATE_NOOP("Errors", "site"))
        # This desk first, as joining (a desk stopped half-way joins again under the same
        # id), then the hub, then this desk again; a refusal on the hub undoes the first step.
        pending = state is None
        desk_uid = state.desk_uid if state is not None else joining.begin(self.db, url, desk_name, site_name, self.ctx)
        try:
            structure_uid = joining.register(self.db, hub, desk_uid, desk_name, site_name, local_name, self.ctx)
        except BaseException:
            if pending:
                joining.undo(self.db, desk_uid)
            raise
        joining.confirm(self.db, structure_uid, desk_name, site_name)
        return self.run_round()
