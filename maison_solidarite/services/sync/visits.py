"""Where a visit is changed, on a desk that joined a hub.

A visit is changed where it was logged (this desk's own visits, offline or not), or on
the hub by a coordinator: the edit is made in one hub transaction that gives the visit
its next version and a new change number, so that every desk, the one that logged it
included, takes it at its next pull. If that desk changed the same visit meanwhile, the
two versions meet on the hub and the hub keeps the coordinator's (see changes.py); the
conflict is in the hub's audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ...db.engine import Database
from ...db.models import VisitRow
from ...db.sync_models import HubDeskRow, HubEditRow, SyncStateRow
from ...domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind, ValidationError
from ...domain.roles import Action, allowed
from ..context import DeskContext
from .changes import TOMBSTONES, VISITS
from .hub import HubUnreachable, next_change, take_change_lock


def _elsewhere_offline(desk: str) -> HubUnreachable:
    return HubUnreachable(
        QT_TRANSLATE_NOOP(
            "Errors",
            'This visit was logged at the desk "{desk}", and the hub does not answer: it can be changed at that '
            "desk, or here once the hub answers. Nothing was changed.",
        ),
        desk=desk,
    )


def _not_yours(desk: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            'This visit was logged at the desk "{desk}": it is changed at that desk, or by a coordinator.',
        ),
        desk=desk,
    )


@dataclass
class HubVisitDatabase(Database):
    """The hub, for changing one visit logged at another desk: numbered under the change lock."""

    uid: str = ""
    origin: str | None = None
    clock: Callable[[], datetime] | None = field(default=None, repr=False)
    after: Callable[[], None] | None = field(default=None, repr=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with super().write() as session:
                take_change_lock(session)
                version = session.scalar(select(VISITS.c.version).where(VISITS.c.uid == self.uid))
                yield session
                session.flush()
                self._renumber(session, version)
        except StorageError as exc:
            if exc.kind is StorageKind.UNREACHABLE:
                raise _elsewhere_offline("?") from exc
            raise
        if self.after is not None:
            self.after()

    def _renumber(self, session: Session, version: int | None) -> None:
        seq = next_change(session)
        made = session.execute(
            update(VISITS)
            .where(VISITS.c.uid == self.uid)
            .values(version=VISITS.c.version + 1, hub_seq=seq)
            .returning(VISITS.c.version)
        ).scalar_one_or_none()
        if made is not None:
            # A coordinator's version: a desk's edit made on an older one does not pass over it.
            session.execute(delete(HubEditRow).where(HubEditRow.uid == self.uid))
            session.execute(insert(HubEditRow).values(uid=self.uid, version=made))
            return
        buried = session.scalar(select(TOMBSTONES.c.uid).where(TOMBSTONES.c.uid == self.uid))
        if version is not None and buried is None:  # deleted here, by the coordinator
            session.execute(
                insert(TOMBSTONES).values(
                    uid=self.uid,
                    origin=self.origin,
                    version=version + 1,
                    deleted_at=self.clock() if self.clock else datetime.now(),
                    hub_seq=seq,
                )
            )


def placement(
    local: Database, ctx: DeskContext, hub: Callable[[], Database], after: Callable[[], None]
) -> Callable[[str], Database]:
    """The ``where`` of VisitService on a joined desk."""

    def where(uid: str) -> Database:
        with local.read() as session:
            origin = session.scalar(select(VisitRow.origin).where(VisitRow.uid == uid))
            state = session.scalar(select(SyncStateRow))
            name = session.scalar(select(HubDeskRow.name).where(HubDeskRow.desk_uid == origin)) or "?"
        if state is None or origin is None or origin == state.desk_uid:
            return local
        if not allowed(ctx.role, Action.READ_VISITS):
            raise _not_yours(name)
        try:
            on_hub = hub()
        except HubUnreachable:
            raise _elsewhere_offline(name) from None
        return HubVisitDatabase(**on_hub.sharing(), uid=uid, after=after, origin=origin, clock=ctx.now)

    return where
