"""The audit chains the hub keeps side by side, one per desk, checked as each desk checks its own.

A desk sends its entries as they are (hash, previous hash, seal). The hub keeps them all,
even after the desk's own purge removed old ones, so a desk's chain on the hub is checked
from its first entry received: each entry must follow the one before with the same
hash function as on the desk. Seals made with a desk's key are counted, not checked: the
key stays on that desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ...db.engine import Database
from ...db.sync_models import HubAuditRow, HubDeskRow
from ..audit import ChainReport, check_links


@dataclass(frozen=True)
class _Entry:
    """A desk's entry on the hub, read with the names the chain check reads."""

    id: int
    at: datetime
    actor: str
    desk_id: str
    action: str
    entity: str
    entity_key: str
    before: str | None
    after: str | None
    prev_hash: str
    hash: str
    key_id: str | None
    seal: str | None


def desk_chains(db: Database) -> list[tuple[str, ChainReport]]:
    """Each desk's chain on the hub (by the desk's name), checked; empty elsewhere."""
    with db.read() as session:
        names = {row.desk_uid: row.name for row in session.scalars(select(HubDeskRow))}
        rows = list(session.scalars(select(HubAuditRow).order_by(HubAuditRow.desk_uid, HubAuditRow.entry_id)))
    by_desk: dict[str, list[_Entry]] = {}
    for row in rows:
        by_desk.setdefault(row.desk_uid, []).append(
            _Entry(
                row.entry_id,
                row.at,
                row.actor,
                row.desk_id,
                row.action,
                row.entity,
                row.entity_key,
                row.before,
                row.after,
                row.prev_hash,
                row.hash,
                row.key_id,
                row.seal,
            )
        )
    return [
        (names.get(uid, uid), check_links(entries, entries[0].prev_hash, None))
        for uid, entries in sorted(by_desk.items(), key=lambda item: names.get(item[0], item[0]))
    ]
