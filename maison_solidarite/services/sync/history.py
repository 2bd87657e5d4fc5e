"""Past totals and paper tallies between a desk and its hub: records a desk owns.

They are never changed once written (a past total is replaced by a newer entry, a paper
count is added to), so they travel without conflicts, by their global uid:

- Push: this desk's entries the hub has not numbered yet (``hub_seq`` NULL), in batches.
  The hub takes each under its change lock with the next change number, and keeps the
  first copy of an entry sent twice (a reply lost after the hub committed). The desk then
  writes the hub's number on its entries, and its own id as their origin.
- Pull: the entries of the desks of this desk's site that the hub numbered after this
  desk's cursor (``history_sync``), in number order, in one snapshot; an entry already
  here is left as it is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from ...db.engine import Database
from ...db.event_models import EventHeadcountRow, PartnerAttendanceRow, PersonAttendanceRow
from ...db.history_models import HistorySyncRow, PaperTallyRow, PastTotalRow
from ...db.sync_models import HubDeskRow, SyncStateRow
from .hub import next_changes, take_change_lock

BATCH = 500
# Attendance entries (migration 0014) travel the same way: entries a desk owns, never changed.
TABLES: tuple[Table, ...] = (  # type: ignore[assignment]
    PastTotalRow.__table__,
    PaperTallyRow.__table__,
    PartnerAttendanceRow.__table__,
    PersonAttendanceRow.__table__,
    EventHeadcountRow.__table__,
)


def _data(table: Table, row: Any) -> dict[str, Any]:
    """Every column but the local id."""
    return {c.name: getattr(row, c.name) for c in table.columns if c.name != "id"}


def waiting(session: Session) -> int:
    """This desk's entries the hub has not numbered yet."""
    return sum(
        int(session.scalar(select(func.count()).select_from(t).where(t.c.hub_seq.is_(None))) or 0) for t in TABLES
    )


def push(local: Database, hub: Database, state: SyncStateRow) -> int:
    """Send what the hub has not numbered; return how many entries the hub took."""
    taken = 0
    for table in TABLES:
        while True:
            with local.read() as session:
                rows = [
                    _data(table, r)
                    for r in session.execute(select(table).where(table.c.hub_seq.is_(None)).limit(BATCH))
                ]
            if not rows:
                break
            with hub.write() as session:
                take_change_lock(session)
                numbers = next_changes(session, len(rows))
                for row, seq in zip(rows, numbers, strict=True):
                    row.update(origin=row["origin"] or state.desk_uid, hub_seq=seq)
                written = session.execute(
                    pg_insert(table).on_conflict_do_nothing(index_elements=["uid"]).returning(table.c.uid), rows
                )
                taken += len(list(written))
                uids = [row["uid"] for row in rows]
                on_hub = dict(session.execute(select(table.c.uid, table.c.hub_seq).where(table.c.uid.in_(uids))).all())
            with local.write() as session:
                for uid, seq in on_hub.items():
                    session.execute(
                        update(table)
                        .where(table.c.uid == uid)
                        .values(hub_seq=seq, origin=func.coalesce(table.c.origin, state.desk_uid))
                    )
    return taken


def _read(session: Session, site: str, cursor: int) -> list[tuple[int, Table, dict[str, Any]]]:
    desks = select(HubDeskRow.desk_uid).where(HubDeskRow.site == site)
    found: list[tuple[int, Table, dict[str, Any]]] = []
    for table in TABLES:
        rows = session.execute(
            select(table)
            .where(table.c.hub_seq > cursor, table.c.origin.in_(desks))
            .order_by(table.c.hub_seq)
            .limit(BATCH)
        )
        found.extend((int(r.hub_seq), table, _data(table, r)) for r in rows)
    found.sort(key=lambda item: item[0])
    return found[:BATCH]


def pull(local: Database, hub: Database, state: SyncStateRow) -> int:
    """Take the site's entries numbered after this desk's cursor; return how many were new here."""
    applied = 0
    while True:
        with local.read() as session:
            cursor = int(session.scalar(select(HistorySyncRow.cursor)) or 0)
        with hub.read() as session:
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            found = _read(session, state.site, cursor)
        if not found:
            return applied
        with local.write() as session:
            for _seq, table, row in found:
                if session.scalar(select(table.c.id).where(table.c.uid == row["uid"])) is None:
                    session.execute(insert(table).values(**row))
                    applied += 1
            here = found[-1][0]
            if session.get(HistorySyncRow, 1) is None:
                session.add(HistorySyncRow(id=1, cursor=here))
            else:
                session.execute(update(HistorySyncRow).values(cursor=here))
        if len(found) < BATCH:
            return applied
