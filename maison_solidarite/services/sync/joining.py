"""Joining a hub, in three steps that a stop at any point leaves safe.

1. On this desk (``begin``): it is joining, under a new desk id; its visits are marked as
   its own and queued. A desk stopped after this step joins again under the same id.
2. On the hub (``register``), in one transaction: the hub's identity (and, for the first
   desk, its shared records), then this desk under its name. A refusal there (another
   structure, a name taken, visits the hub cannot place) undoes step 1 (``undo``).
3. On this desk (``confirm``): which hub structure it joined. Until then a round refuses
   to run and says to join again.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from ...db.engine import Database
from ...db.models import VisitRow
from ...db.sync_models import HubDeskRow, HubIdentityRow, OutboxRow, SyncStateRow
from ...domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..context import DeskContext
from ..settings import DEFAULT_STRUCTURE_NAME
from .hub import stored_form, take_change_lock
from .shared import SHARED_TABLES, read_tables, write_tables

PENDING = ""  # the structure id of a desk that has not finished joining


def begin(db: Database, url: URL, desk_name: str, site: str, ctx: DeskContext) -> str:
    desk_uid = str(uuid.uuid4())
    with db.write() as session:
        session.add(
            SyncStateRow(
                id=1,
                hub=stored_form(url),
                structure_uid=PENDING,
                desk_uid=desk_uid,
                desk_name=desk_name,
                site=site,
                cursor=0,
                shared_generation=0,
                audit_pushed_through=0,
                joined_at=ctx.now(),
            )
        )
        session.flush()
        # What this desk logged before joining goes to the hub at the first round.
        session.execute(update(VisitRow).where(VisitRow.origin.is_(None)).values(origin=desk_uid))
        session.execute(text("INSERT OR IGNORE INTO sync_outbox (uid, token) SELECT uid, 'join' FROM visits"))
    return desk_uid


def undo(db: Database, desk_uid: str) -> None:
    with db.write() as session:
        session.execute(delete(OutboxRow))
        session.execute(delete(SyncStateRow))
        session.execute(update(VisitRow).where(VisitRow.origin == desk_uid).values(origin=None))


def confirm(db: Database, structure_uid: str, desk_name: str, site: str) -> None:
    with db.write() as session:
        session.execute(update(SyncStateRow).values(structure_uid=structure_uid, desk_name=desk_name, site=site))


def register(
    db: Database, hub: Database, desk_uid: str, desk_name: str, site: str, local_name: str, ctx: DeskContext
) -> str:
    """On the hub, in one transaction; returns the structure id the hub belongs to."""
    with hub.write() as session:
        take_change_lock(session)
        identity = session.scalar(select(HubIdentityRow).with_for_update())
        if identity is None:
            identity = HubIdentityRow(
                id=1, structure_uid=str(uuid.uuid4()), structure_name=local_name, created_at=ctx.now()
            )
            session.add(identity)
            session.flush()
            with db.read() as local:
                write_tables(session, read_tables(local, SHARED_TABLES))
        elif local_name not in (DEFAULT_STRUCTURE_NAME, identity.structure_name):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    'The hub {hub} belongs to "{theirs}", and this desk to "{ours}". Nothing was changed.',
                ),
                hub=hub.where,
                theirs=identity.structure_name,
                ours=local_name,
            )
        else:
            _refuse_foreign_visits(db, session, desk_uid)
        taken = session.scalar(select(HubDeskRow).where(HubDeskRow.name == desk_name))
        if taken is not None and taken.desk_uid != desk_uid:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", 'Another desk of the hub is already called "{name}". Choose another name for this one.'
                ),
                name=desk_name,
            )
        if taken is None:
            session.add(HubDeskRow(desk_uid=desk_uid, name=desk_name, site=site, joined_at=ctx.now()))
        return identity.structure_uid


def _refuse_foreign_visits(db: Database, hub_session: Session, desk_uid: str) -> None:
    """A desk with visits of its own may join a hub that has others' shared records only if
    its visits name the same categories there (same number, same code)."""
    with db.read() as session:
        used = session.execute(
            text(
                "SELECT DISTINCT c.id, c.code FROM visits v JOIN categories c ON c.id = v.category_id "
                "WHERE v.origin = :desk"
            ),
            {"desk": desk_uid},
        ).all()
    theirs = {int(r[0]): str(r[1]) for r in hub_session.execute(text("SELECT id, code FROM categories"))}
    different = sorted(str(code) for cid, code in used if theirs.get(int(cid)) != code)
    if different:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This desk's visits use categories that the hub does not have under the same number "
                "({codes}). Join the hub from a new database, or from the first desk's.",
            ),
            codes=", ".join(different),
        )
