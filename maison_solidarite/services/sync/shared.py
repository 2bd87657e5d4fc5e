"""Shared records: they belong to the hub, are changed there in one transaction, and every
desk keeps a copy to read (and to log its agents in) when the hub does not answer.

The copy is whole: the shared tables are small (a few hundred rows), and the hub counts
their changes with one number (``hub_identity.shared_generation``), raised by every write.
A desk copies them again when that number differs from the one it copied last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ...db.engine import Database
from ...db.models import Base
from ...db.sync_models import HubIdentityRow
from ...domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind
from .hub import HubUnreachable

# Parents before children: the order rows are written in.
SHARED_TABLES = (
    "settings",
    "accounts",
    "categories",
    "organisations",
    "organisation_categories",
    "offices",
    "permanence_series",
    "permanence_changes",
    "closures",
    "appointments",
    # The agenda (migration 0014): an event takes an office, so it lives with the rota.
    "event_series",
    "events",
    "event_partners",
    "projects",
    "project_partners",
)
DESK_LIST = "hub_desks"  # copied with them, for the banners that say up to when each desk is known


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def read_tables(session: Session, names: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    return {name: [dict(row._mapping) for row in session.execute(select(_table(name)))] for name in names}


def write_tables(session: Session, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Make these tables hold exactly these rows: upserts by primary key, then deletions.

    Rows are never deleted and inserted again, so a visit's reference to a category or a
    partner holds throughout (SQLite checks RESTRICT at once, even when deferred)."""
    dialect = session.get_bind().dialect.name
    insert = sqlite_insert if dialect == "sqlite" else pg_insert
    for name, rows in tables.items():
        table = _table(name)
        keys = [c.name for c in table.primary_key.columns]
        others = [c.name for c in table.columns if c.name not in keys]
        if rows:
            statement = insert(table)
            if others:
                upsert = statement.on_conflict_do_update(
                    index_elements=keys, set_={c: statement.excluded[c] for c in others}
                )
            else:
                upsert = statement.on_conflict_do_nothing(index_elements=keys)
            for start in range(0, len(rows), 500):
                session.execute(upsert, rows[start : start + 500])
        kept = {tuple(row[k] for k in keys) for row in rows}
        local = {tuple(row) for row in session.execute(select(*[table.c[k] for k in keys]))}
        gone = list(local - kept)
        for start in range(0, len(gone), 500):
            columns = tuple_(*[table.c[k] for k in keys])
            session.execute(delete(table).where(columns.in_(gone[start : start + 500])))
    if dialect == "postgresql":
        _advance_sequences(session, tables)


def _advance_sequences(session: Session, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Rows copied with their ids leave PostgreSQL's id sequences behind: move them on."""
    for name in tables:
        table = _table(name)
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', '{keys[0].name}'), "
                f"GREATEST((SELECT max({keys[0].name}) FROM {name}), 1))"
            )
        )


def generation(session: Session) -> int:
    return int(session.scalar(select(HubIdentityRow.shared_generation)) or 0)


def raise_generation(session: Session) -> None:
    """Within a hub transaction: the shared records changed (and the row lock serialises writers)."""
    session.execute(update(HubIdentityRow).values(shared_generation=HubIdentityRow.shared_generation + 1))


def shared_offline(hub: str) -> HubUnreachable:
    return HubUnreachable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The hub {hub} does not answer: the rota, the partners, the categories, the accounts and the "
            "settings change only while it answers, so that every desk keeps the same. Nothing was saved; "
            "visits can still be logged.",
        ),
        hub=hub,
    )


@dataclass
class RoutedDatabase(Database):
    """A desk's database for the services of shared records: reads on this desk's copy,
    writes on the hub in one transaction (with its checks), then a fresh copy here."""

    open_hub: Callable[[], Database] | None = field(default=None, repr=False)
    refresh: Callable[[], None] | None = field(default=None, repr=False)
    hub_where: str = ""

    @contextmanager
    def write(self) -> Iterator[Session]:
        assert self.open_hub is not None
        try:
            hub = self.open_hub()
        except HubUnreachable:
            raise shared_offline(self.hub_where) from None
        try:
            with hub.write() as session:
                raise_generation(session)
                yield session
        except StorageError as exc:
            if exc.kind is StorageKind.UNREACHABLE:
                raise shared_offline(self.hub_where) from exc
            raise
        if self.refresh is not None:
            self.refresh()


def routed(local: Database, open_hub: Callable[[], Database], refresh: Callable[[], None], where: str) -> Database:
    return RoutedDatabase(**local.sharing(), open_hub=open_hub, refresh=refresh, hub_where=where)
