"""A visit's version or tombstone as it travels between a desk and the hub, and how each
side applies one.

The rule, the same on both sides:
- a tombstone wins: once a visit is deleted, no copy of it comes back;
- a desk's edit made on an older version than a coordinator's made on the hub is a
  conflict, however high its number (``base``, and ``hub_edits`` on the hub);
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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ...db.models import VisitRow, visit_secondary_categories
from ...db.sync_models import TombstoneRow

VISITS = cast(Table, VisitRow.__table__)
T = TypeVar("T")
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
    base: int | None = None  # pushed: the version the desk's change was made on (None: logged there)

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


def _chunks(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _store_tombstones(session: Session, tombs: list[tuple[Change, int | None]], existing: dict[str, int]) -> None:
    """Delete the visits and write their tombstones (``existing`` loses their ids)."""
    gone = [existing.pop(change.uid) for change, _ in tombs if change.uid in existing]
    for ids in _chunks(gone):
        session.execute(delete(VISITS).where(VISITS.c.id.in_(ids)))
    for uids in _chunks([change.uid for change, _ in tombs]):
        session.execute(delete(TOMBSTONES).where(TOMBSTONES.c.uid.in_(uids)))
    now = datetime.now().replace(microsecond=0)
    session.execute(
        insert(TOMBSTONES),
        [
            {"uid": c.uid, "origin": c.origin, "version": c.version, "deleted_at": c.deleted_at or now, "hub_seq": seq}
            for c, seq in tombs
        ],
    )


def store_many(session: Session, items: Sequence[tuple[Change, int | None]]) -> None:
    """Make each change the state of its visit on this side (a version, or a tombstone), for a
    batch in a few statements; each uid appears at most once in the batch."""
    existing: dict[str, int] = {}
    for chunk in _chunks([change.uid for change, _ in items]):
        existing.update(
            {
                str(u): int(i)
                for u, i in session.execute(select(VISITS.c.uid, VISITS.c.id).where(VISITS.c.uid.in_(chunk)))
            }
        )
    tombs = [(change, seq) for change, seq in items if change.values is None]
    if tombs:
        _store_tombstones(session, tombs, existing)
    versions = [(change, seq) for change, seq in items if change.values is not None]
    if not versions:
        return
    fresh = [dict(c.values or {}) | {"hub_seq": seq} for c, seq in versions if c.uid not in existing]
    if fresh:
        session.execute(insert(VISITS), fresh)
        for chunk in _chunks([row["uid"] for row in fresh]):
            existing.update(
                {
                    str(u): int(i)
                    for u, i in session.execute(select(VISITS.c.uid, VISITS.c.id).where(VISITS.c.uid.in_(chunk)))
                }
            )
    fresh_uids = {row["uid"] for row in fresh}
    columns = [name for name in COLUMNS if name != "uid"]
    replaced = [
        {"b_id": existing[c.uid], "b_hub_seq": seq} | {f"b_{name}": (c.values or {})[name] for name in columns}
        for c, seq in versions
        if c.uid not in fresh_uids
    ]
    if replaced:
        session.execute(
            update(VISITS)
            .where(VISITS.c.id == bindparam("b_id"))
            .values({name: bindparam(f"b_{name}") for name in [*columns, "hub_seq"]}),
            replaced,
        )
    ids = [existing[c.uid] for c, _ in versions]
    for id_chunk in _chunks(ids):
        session.execute(delete(visit_secondary_categories).where(visit_secondary_categories.c.visit_id.in_(id_chunk)))
    secondary = [{"visit_id": existing[c.uid], "category_id": cat} for c, _ in versions for cat in c.secondary]
    if secondary:
        session.execute(insert(visit_secondary_categories), secondary)


def renumber(session: Session, uid: str, hub_seq: int) -> None:
    """Give the visit (or its tombstone) a new change number, so that every desk takes it again."""
    session.execute(update(VISITS).where(VisitRow.uid == uid).values(hub_seq=hub_seq))
    session.execute(update(TOMBSTONES).where(TombstoneRow.uid == uid).values(hub_seq=hub_seq))
