"""A visit's version or tombstone as it travels between a desk and the hub, and how each
side applies one.

The rule, the same on both sides:
- a tombstone wins: once a visit is deleted, no copy of it comes back;
- a higher version replaces a lower one; the same version with the same content is a
  repeat (a reply lost after the hub committed) and changes nothing; the same content at
  another version is the hub's to keep, and the desk takes it back;
- anything else is a conflict (other content at a version that is not higher, or an edit
  that meets a deletion made on the hub): the hub keeps what it has (the first to reach
  it, or a coordinator's edit or deletion made on the hub), records the conflict in its
  audit trail, and gives its version a new change number so that the desk takes it back,
  even if that desk's cursor passed the hub's version while its own change waited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from ...db.models import VisitRow, visit_secondary_categories
from ...db.sync_models import TombstoneRow

VISITS = cast(Table, VisitRow.__table__)
TOMBSTONES = cast(Table, TombstoneRow.__table__)

# The columns that travel (the local row id and the hub's change number do not).
COLUMNS = tuple(
    c.name for c in VISITS.columns if c.name not in {"id", "hub_seq"}
)  # uid, visited_at, ..., version, origin


@dataclass(frozen=True)
class Change:
    uid: str
    version: int
    origin: str | None
    values: dict[str, Any] | None  # None for a tombstone
    secondary: tuple[int, ...] = ()
    deleted_at: datetime | None = None

    @property
    def is_tombstone(self) -> bool:
        return self.values is None

    def same_content(self, other: Change) -> bool:
        return (self.values, self.secondary) == (other.values, other.secondary)


def _secondary_of(session: Session, visit_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {i: [] for i in visit_ids}
    table = visit_secondary_categories
    for chunk_start in range(0, len(visit_ids), 500):
        chunk = visit_ids[chunk_start : chunk_start + 500]
        rows = session.execute(select(table.c.visit_id, table.c.category_id).where(table.c.visit_id.in_(chunk)))
        for visit_id, category_id in rows:
            found[visit_id].append(category_id)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def read_changes(session: Session, uids: list[str]) -> dict[str, Change]:
    """The current state of these visits on this side: a version, or a tombstone."""
    table = VISITS
    result: dict[str, Change] = {}
    for chunk_start in range(0, len(uids), 500):
        chunk = uids[chunk_start : chunk_start + 500]
        rows = session.execute(select(table.c.id, *[table.c[c] for c in COLUMNS]).where(table.c.uid.in_(chunk)))
        rows_by_id = {row.id: row for row in rows}
        secondary = _secondary_of(session, list(rows_by_id))
        for visit_id, row in rows_by_id.items():
            values = {c: getattr(row, c) for c in COLUMNS}
            result[row.uid] = Change(row.uid, row.version, row.origin, values, secondary[visit_id])
        for tomb in session.scalars(select(TombstoneRow).where(TombstoneRow.uid.in_(chunk))):
            result[tomb.uid] = Change(tomb.uid, tomb.version, tomb.origin, None, (), tomb.deleted_at)
    return result


def changes_of_rows(session: Session, rows: list[Any]) -> list[Change]:
    """Changes from rows selected with ``id`` and every travelling column."""
    secondary = _secondary_of(session, [row.id for row in rows])
    return [
        Change(row.uid, row.version, row.origin, {c: getattr(row, c) for c in COLUMNS}, secondary[row.id])
        for row in rows
    ]


def store(session: Session, change: Change, hub_seq: int | None) -> None:
    """Make ``change`` the state of its visit on this side (a version, or a tombstone)."""
    table = VISITS
    existing = session.execute(select(table.c.id).where(table.c.uid == change.uid)).scalar_one_or_none()
    if change.values is None:
        if existing is not None:
            session.execute(delete(table).where(table.c.id == existing))
        session.execute(delete(TOMBSTONES).where(TombstoneRow.uid == change.uid))
        session.execute(
            insert(TOMBSTONES).values(
                uid=change.uid,
                origin=change.origin,
                version=change.version,
                deleted_at=change.deleted_at or datetime.now().replace(microsecond=0),
                hub_seq=hub_seq,
            )
        )
        return
    values = dict(change.values) | {"hub_seq": hub_seq}
    if existing is None:
        visit_id = session.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()
    else:
        visit_id = existing
        session.execute(update(table).where(table.c.id == visit_id).values(**values))
        session.execute(delete(visit_secondary_categories).where(visit_secondary_categories.c.visit_id == visit_id))
    if change.secondary:
        session.execute(
            insert(visit_secondary_categories), [{"visit_id": visit_id, "category_id": c} for c in change.secondary]
        )


def renumber(session: Session, uid: str, hub_seq: int) -> None:
    """Give the visit (or its tombstone) a new change number, so that every desk takes it again."""
    session.execute(update(VISITS).where(VisitRow.uid == uid).values(hub_seq=hub_seq))
    session.execute(update(TOMBSTONES).where(TombstoneRow.uid == uid).values(hub_seq=hub_seq))
