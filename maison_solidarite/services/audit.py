"""The audit trail: every change, with who, when, and the values before and after."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import AuditPurgePermitRow, AuditRow
from ..domain.roles import Action, require
from .context import DeskContext

FIELDS = ("at", "actor", "desk_id", "action", "entity", "entity_key", "before", "after")
PURGE_ACTION = "purge"


def canonical_at(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S")


def entry_hash(previous: str, values: Mapping[str, object]) -> str:
    """sha256 of the previous hash and the entry's fields (migration 0005 keeps a copy)."""
    payload = json.dumps([previous, *[str(values[f]) if values[f] is not None else None for f in FIELDS]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _values(row: AuditRow) -> dict[str, object]:
    return {f: getattr(row, f) for f in FIELDS} | {"at": canonical_at(row.at)}


def record(
    session: Session,
    ctx: DeskContext,
    action: str,
    entity: str,
    key: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> None:
    row = AuditRow(
        at=ctx.now().replace(microsecond=0),
        actor=ctx.agent,
        desk_id=ctx.desk_id,
        action=action,
        entity=entity,
        entity_key=key,
        before=None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
        after=None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
    )
    session.flush()  # earlier entries of this transaction first: the chain follows their order
    previous = session.scalar(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)) or ""
    row.prev_hash = previous
    row.hash = entry_hash(previous, _values(row))
    session.add(row)
    session.flush()


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    key: str
    before: dict[str, object] | None
    after: dict[str, object] | None


def entries(
    db: Database,
    entity: str | None = None,
    key: str | None = None,
    *,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[AuditEntry]:
    """The entries that match every filter given, oldest first (no permission check)."""
    query = select(AuditRow).order_by(AuditRow.id)
    if entity:
        query = query.where(AuditRow.entity == entity)
    if key:
        query = query.where(AuditRow.entity_key == key)
    if actor:
        query = query.where(AuditRow.actor == actor)
    if since:
        query = query.where(AuditRow.at >= since)
    if until:
        query = query.where(AuditRow.at < until)
    with db.read() as session:
        return [
            AuditEntry(
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                key=row.entity_key,
                before=json.loads(row.before) if row.before else None,
                after=json.loads(row.after) if row.after else None,
            )
            for row in session.scalars(query)
        ]


def trail(
    db: Database,
    ctx: DeskContext,
    *,
    entity: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[AuditEntry]:
    """The audit trail as a coordinator or an administrator reads it, filtered like ``entries``."""
    require(ctx.role, Action.READ_AUDIT)
    return entries(db, entity, actor=actor, since=since, until=until)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # the id of the first entry that does not follow from the one before

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(db: Database) -> ChainReport:
    """Recompute every hash; the first entry must resume where the last purge said it would."""
    with db.read() as session:
        rows = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
    anchor = ""
    for row in reversed(rows):
        if row.action == PURGE_ACTION and row.entity == "audit_log" and row.after:
            anchor = json.loads(row.after).get("anchor", "")
            break
    previous = anchor
    for row in rows:
        if row.prev_hash != previous or row.hash != entry_hash(previous, _values(row)):
            return ChainReport(len(rows), row.id)
        previous = row.hash
    return ChainReport(len(rows), None)


def purge_older_than(db: Database, ctx: DeskContext, months: int = 12) -> int:
    """Remove the entries older than ``months``; the purge is itself recorded, with its anchor."""
    cutoff = ctx.now() - timedelta(days=round(30.44 * months))
    with db.write() as session:
        old = list(session.scalars(select(AuditRow).where(AuditRow.at < cutoff).order_by(AuditRow.id)))
        if not old:
            return 0
        anchor = old[-1].hash
        session.add(AuditPurgePermitRow(id=1))
        session.flush()
        session.execute(delete(AuditRow).where(AuditRow.id <= old[-1].id))
        session.execute(delete(AuditPurgePermitRow))
        record(session, ctx, PURGE_ACTION, "audit_log", "older", None, {"count": len(old), "before": canonical_at(cutoff), "anchor": anchor})
    return len(old)
