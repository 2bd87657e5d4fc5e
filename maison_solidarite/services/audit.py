"""The audit trail: every change, with who, when, and the values before and after."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import AuditRow
from .context import DeskContext


def record(
    session: Session,
    ctx: DeskContext,
    action: str,
    entity: str,
    key: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> None:
    session.add(
        AuditRow(
            at=ctx.now(),
            actor=ctx.agent,
            desk_id=ctx.desk_id,
            action=action,
            entity=entity,
            entity_key=key,
            before=None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
            after=None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    key: str
    before: dict[str, object] | None
    after: dict[str, object] | None


def entries(db: Database, entity: str | None = None, key: str | None = None) -> list[AuditEntry]:
    query = select(AuditRow).order_by(AuditRow.id)
    if entity:
        query = query.where(AuditRow.entity == entity)
    if key:
        query = query.where(AuditRow.entity_key == key)
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
