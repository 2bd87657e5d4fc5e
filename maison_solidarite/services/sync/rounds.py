"""One round of synchronisation: push this desk's changes, pull everyone else's.

- Push: the outbox, in batches. The hub applies a batch in one transaction, under its
  change lock, and the desk then forgets only the entries that did not change meanwhile
  (each carries a token that every new change replaces). A reply lost after the hub
  committed is harmless: the same batch comes again and changes nothing.
- Pull: everything the hub numbered after this desk's cursor, for the desk's site, in
  batches, each applied in one local transaction that also moves the cursor. The cursor
  is the hub's change number, never a clock.
- The desk's audit entries go to the hub beside the other desks' chains.
- The shared records are copied again when the hub's generation differs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from ...db.engine import Database
from ...db.models import AuditRow, VisitRow
from ...db.sync_models import (
    ApplyingRow,
    HubDeskRow,
    HubEditRow,
    OutboxRow,
    SyncStateRow,
    TombstoneRow,
)
from .. import audit
from ..context import DeskContext
from ..retention import note_retention_days_in
from .changes import COLUMNS, Change, changes_of_rows, read_changes, renumber, store_many
from .hub import next_change, next_changes, take_change_lock
from .shared import DESK_LIST, SHARED_TABLES, generation, read_tables, write_tables

BATCH = 500


@dataclass
class RoundReport:
    pushed: int = 0
    repeated: int = 0
    conflicts: int = 0
    refused: int = 0
    pulled: int = 0
    audit_entries: int = 0
    shared_copied: bool = False


def _without_old_note(change: Change, cutoff: datetime) -> Change:
    """A note past its retention period never travels back (it was purged elsewhere)."""
    if change.values is None or change.values.get("note") is None:
        return change
    if change.values["visited_at"] >= cutoff:
        return change
    return Change(change.uid, change.version, change.origin, change.values | {"note": None}, change.secondary)


def note_cutoff(session: Session, now: datetime) -> datetime:
    return now - timedelta(days=note_retention_days_in(session))


# -- push ---------------------------------------------------------------------------------


def outbox_batch(local: Database, limit: int = BATCH) -> tuple[list[tuple[str, str]], list[Change]]:
    with local.read() as session:
        rows = list(session.scalars(select(OutboxRow).limit(limit)))
        changes = read_changes(session, [row.uid for row in rows])
    entries = [(row.uid, row.token) for row in rows]
    return entries, [replace(changes[row.uid], base=row.base) for row in rows if row.uid in changes]


def apply_on_hub(session: Session, desk_uid: str, changes: list[Change], ctx: DeskContext, report: RoundReport) -> None:
    """One pushed batch, on the hub, in the caller's transaction."""
    take_change_lock(session)
    cutoff = note_cutoff(session, ctx.now())
    current = read_changes(session, [c.uid for c in changes])
    edited = {
        str(uid): int(version)
        for uid, version in session.execute(
            select(HubEditRow.uid, HubEditRow.version).where(HubEditRow.uid.in_(list(current)))
        )
    }
    stored: list[Change] = []
    for change in changes:
        change = _without_old_note(change, cutoff)
        mine = current.get(change.uid)
        over_a_coordinator = (
            mine is not None
            and not change.is_tombstone
            and edited.get(change.uid) == mine.version
            and change.base != mine.version
        )
        if change.origin != desk_uid:
            report.refused += 1  # a desk pushes only what it logged (see VisitService)
        elif over_a_coordinator:
            # The desk's edit was made on a version older than a coordinator's made here: the
            # hub keeps the coordinator's, whatever the version numbers say (see changes.py).
            _conflict(session, change, mine, ctx, report)
        elif mine is None or (not mine.is_tombstone and (change.is_tombstone or change.version > mine.version)):
            stored.append(change)  # numbered and written together, below
            report.pushed += 1
        elif change.version == mine.version and change.same_content(mine):
            report.repeated += 1  # sent again after a reply was lost: nothing changes
        elif change.same_content(mine):
            # The same content at another version (two deletions, or a repeat that crossed an
            # edit made on the hub): nothing to settle, but the desk takes the hub's version.
            renumber(session, change.uid, next_change(session))
            report.repeated += 1
        else:
            # Other content, or an edit that meets a deletion made on the hub. The desk may
            # have passed the hub's version with its cursor while its own waited: renumbered,
            # the hub's comes to it again.
            _conflict(session, change, mine, ctx, report)
    store_many(session, list(zip(stored, next_changes(session, len(stored)), strict=True)))
    if stored:  # the desk's versions are now the hub's: no coordinator's edit stands over them
        session.execute(delete(HubEditRow).where(HubEditRow.uid.in_([c.uid for c in stored])))
    session.execute(update(HubDeskRow).where(HubDeskRow.desk_uid == desk_uid).values(last_push_at=ctx.now()))


def _conflict(session: Session, change: Change, mine: Change | None, ctx: DeskContext, report: RoundReport) -> None:
    """The hub keeps its version, gives it a new number so that the desk takes it, and says so."""
    renumber(session, change.uid, next_change(session))
    report.conflicts += 1
    kept = mine.version if mine is not None else None
    audit.record(
        session, ctx, "conflict", "visit", change.uid, {"version": change.version}, {"version": kept, "kept": "hub"}
    )


def forget_pushed(local: Database, entries: list[tuple[str, str]]) -> None:
    with local.write() as session:
        for start in range(0, len(entries), 500):
            chunk = entries[start : start + 500]
            session.execute(delete(OutboxRow).where(tuple_(OutboxRow.uid, OutboxRow.token).in_(chunk)))


def push(local: Database, hub: Database, state: SyncStateRow, ctx: DeskContext, report: RoundReport) -> None:
    seen: set[tuple[str, str]] = set()
    while True:
        entries, changes = outbox_batch(local)
        fresh = [e for e in entries if e not in seen]
        if not fresh:
            return
        seen.update(fresh)
        with hub.write() as session:
            apply_on_hub(session, state.desk_uid, changes, ctx, report)
        forget_pushed(local, entries)


# -- audit chains -------------------------------------------------------------------------

AUDIT_FIELDS = ("at", "actor", "desk_id", "action", "entity", "entity_key", "before", "after", "prev_hash", "hash")


def push_audit(local: Database, hub: Database, state: SyncStateRow, report: RoundReport) -> None:
    while True:
        with local.read() as session:
            through = session.scalar(select(SyncStateRow.audit_pushed_through)) or 0
            rows = list(
                session.scalars(select(AuditRow).where(AuditRow.id > through).order_by(AuditRow.id).limit(BATCH))
            )
        if not rows:
            return
        values = [
            {"desk_uid": state.desk_uid, "entry_id": r.id, "key_id": r.key_id, "seal": r.seal}
            | {f: getattr(r, f) for f in AUDIT_FIELDS}
            for r in rows
        ]
        with hub.write() as session:
            session.execute(pg_insert(_hub_audit()).on_conflict_do_nothing(), values)
        with local.write() as session:
            session.execute(update(SyncStateRow).values(audit_pushed_through=rows[-1].id))
        report.audit_entries += len(rows)


def _hub_audit() -> Any:
    from ...db.sync_models import HubAuditRow

    return HubAuditRow.__table__


# -- pull ---------------------------------------------------------------------------------


def read_from_hub(session: Session, site: str, cursor: int, limit: int = BATCH) -> list[tuple[int, Change]]:
    """What the hub numbered after ``cursor`` for the desks of ``site``, in number order."""
    desks = select(HubDeskRow.desk_uid).where(HubDeskRow.site == site)
    table = VisitRow.__table__
    rows = list(
        session.execute(
            select(table.c.id, table.c.hub_seq, *[table.c[c] for c in COLUMNS])
            .where(table.c.hub_seq > cursor, table.c.origin.in_(desks))
            .order_by(table.c.hub_seq)
            .limit(limit)
        )
    )
    found = [(int(row.hub_seq), change) for row, change in zip(rows, changes_of_rows(session, rows), strict=True)]
    for tomb in session.scalars(
        select(TombstoneRow)
        .where(TombstoneRow.hub_seq > cursor, TombstoneRow.origin.in_(desks))
        .order_by(TombstoneRow.hub_seq)
        .limit(limit)
    ):
        found.append((int(tomb.hub_seq or 0), Change(tomb.uid, tomb.version, tomb.origin, None, (), tomb.deleted_at)))
    found.sort(key=lambda pair: pair[0])
    return found[:limit]


def apply_on_desk(session: Session, changes: list[tuple[int, Change]], cutoff: datetime) -> int:
    """The hub's changes on this desk, in the caller's transaction; the triggers stay quiet."""
    session.add(ApplyingRow(id=1))
    session.flush()
    uids = [change.uid for _, change in changes]
    pending = set(session.scalars(select(OutboxRow.uid).where(OutboxRow.uid.in_(uids))))
    here = read_changes(session, uids)
    taken: list[tuple[Change, int | None]] = []
    for seq, change in changes:
        if change.uid in pending:
            continue  # changed here since: pushed at the next round, and the hub decides
        change = _without_old_note(change, cutoff)
        mine = here.get(change.uid)
        if mine is not None and mine.version == change.version and mine.same_content(change):
            continue  # this desk's own version, back from the hub
        taken.append((change, seq))
    store_many(session, taken)
    applied = len(taken)
    session.execute(delete(ApplyingRow))
    return applied


def pull(local: Database, hub: Database, state: SyncStateRow, ctx: DeskContext, report: RoundReport) -> None:
    cursor = state.cursor
    while True:
        with hub.read() as session:
            # One snapshot for the visits and the tombstones. Under READ COMMITTED each query
            # has its own, and a batch committed between the two showed its tombstones but not
            # its visits: the cursor then passed those visits, and this desk never had them.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            changes = read_from_hub(session, state.site, cursor)
        if not changes:
            return
        applied = False
        with local.write() as session:
            here = int(session.scalar(select(SyncStateRow.cursor)) or 0)
            # Another pull of this desk (after a change made on the hub from here) may have
            # applied newer changes since this batch was read: read again from its cursor,
            # rather than bring older versions back and move the cursor back.
            if here == cursor:
                report.pulled += apply_on_desk(session, changes, note_cutoff(session, ctx.now()))
                here, applied = changes[-1][0], True
                session.execute(update(SyncStateRow).values(cursor=here))
        if applied and len(changes) < BATCH:
            return
        cursor = here


def copy_shared(local: Database, hub: Database, report: RoundReport, *, force: bool = False) -> None:
    """The shared records again when the hub's generation moved, and the list of desks when
    it changed: a round that brings nothing new writes nothing here (a key press waits on no
    lock for it)."""
    with local.read() as session:
        known = session.scalar(select(SyncStateRow.shared_generation)) or 0
        desks_here = read_tables(session, (DESK_LIST,))
    with hub.read() as session:
        current = generation(session)
        if current == known and not force:
            tables = read_tables(session, (DESK_LIST,))
        else:
            tables = read_tables(session, (*SHARED_TABLES, DESK_LIST))
    report.shared_copied = current != known or force
    if not report.shared_copied and _by_key(tables[DESK_LIST]) == _by_key(desks_here[DESK_LIST]):
        return
    with local.write() as session:
        write_tables(session, tables)
        session.execute(update(SyncStateRow).values(shared_generation=current))


def _by_key(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(tuple(row.values()) for row in rows)


def record_attempt(local: Database, now: datetime, error: str | None) -> None:
    with local.write() as session:
        values: dict[str, Any] = {"last_attempt_at": now, "last_error": error}
        if error is None:
            values["last_sync_at"] = now
        session.execute(update(SyncStateRow).values(**values))


__all__ = ["insert"]  # re-exported for the tests that build hub rows by hand
