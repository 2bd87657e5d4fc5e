"""The audit trail: every change, with who, when, and the values before and after."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import (
    AppointmentRow,
    AuditPurgePermitRow,
    AuditRow,
    CategoryRow,
    ClosureRow,
    OfficeRow,
    OrganisationRow,
    SeriesRow,
)
from ..domain.roles import Action, requires
from .audit_seal import Anchor, AuditSeal, key_id, seal_of
from .context import DeskContext

FIELDS = ("at", "actor", "desk_id", "action", "entity", "entity_key", "before", "after")
PURGE_ACTION = "purge"


def canonical_at(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S")


def entry_hash(previous: str, values: Mapping[str, object]) -> str:
    """sha256 of the previous hash and the entry's fields (migration 0005 keeps a copy)."""
    payload = json.dumps(
        [previous, *[str(values[f]) if values[f] is not None else None for f in FIELDS]], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ChainEntry(Protocol):
    """What the chain check reads of an entry: an AuditRow, or a desk's entry kept on the hub."""

    @property
    def id(self) -> int: ...

    @property
    def at(self) -> datetime: ...

    @property
    def action(self) -> str: ...

    @property
    def entity(self) -> str: ...

    @property
    def after(self) -> str | None: ...

    @property
    def prev_hash(self) -> str: ...

    @property
    def hash(self) -> str: ...

    @property
    def key_id(self) -> str | None: ...

    @property
    def seal(self) -> str | None: ...


def _values(row: ChainEntry) -> dict[str, object]:
    return {f: getattr(row, f) for f in FIELDS} | {"at": canonical_at(row.at)}


def record(
    session: Session,
    ctx: DeskContext,
    action: str,
    entity: str,
    key: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    *,
    resume: str = "",
) -> None:
    at = ctx.now().replace(microsecond=0)
    values: dict[str, object] = {
        "at": at,
        "actor": ctx.agent,
        "desk_id": ctx.desk_id,
        "action": action,
        "entity": entity,
        "entity_key": key,
        "before": None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
        "after": None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
    }
    session.flush()  # earlier entries of this transaction first: the chain follows their order
    # ``resume``: where a trail that a purge emptied goes on from (the purge's anchor).
    previous = session.scalar(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)) or resume
    digest = entry_hash(previous, values | {"at": canonical_at(at)})
    values |= {"prev_hash": previous, "hash": digest, "key_id": None, "seal": None}
    audit_key: bytes | None = session.info.get("audit_key")
    if audit_key:  # sealed with the key kept outside the database (see audit_seal)
        values |= {"key_id": key_id(audit_key), "seal": seal_of(audit_key, digest)}
    # A plain INSERT: nobody reads an entry back in the transaction that writes it.
    session.execute(insert(AuditRow).values(**values))


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


@requires(Action.READ_AUDIT)
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
    return entries(db, entity, actor=actor, since=since, until=until)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # the id of the first entry found wrong (or missing)
    problem: str = ""  # ALTERED, UNSEALED, SHORTENED or REWRITTEN; empty when intact
    sealed: int = 0  # entries whose seal this computer's key checked
    foreign: int = 0  # entries sealed with another key: their place in the chain is checked
    anchor: Anchor | None = None  # the head this computer saw last, if known

    @property
    def intact(self) -> bool:
        return not self.problem


ALTERED, UNSEALED, SHORTENED, REWRITTEN = "altered", "unsealed", "shortened", "rewritten"


def _purge_anchor(rows: Sequence[ChainEntry]) -> tuple[str, int]:
    """Where the chain resumes after the last purge, and the last entry id it removed."""
    for row in reversed(rows):
        if row.action == PURGE_ACTION and row.entity == "audit_log" and row.after:
            recorded = json.loads(row.after)
            return recorded.get("anchor", ""), int(recorded.get("through", 0))
    return "", 0


def check_links(rows: Sequence[ChainEntry], start: str, seal: AuditSeal | None) -> ChainReport:
    """Each entry must follow the one before (from ``start``), with its hash and, for this
    computer's key, its seal."""
    previous, sealed, foreign, seen_sealed = start, 0, 0, False
    for row in rows:
        if row.prev_hash != previous or row.hash != entry_hash(previous, _values(row)):
            return ChainReport(len(rows), row.id, ALTERED)
        if row.key_id is None:
            if seen_sealed:  # an unsealed entry after sealed ones: written without the key
                return ChainReport(len(rows), row.id, UNSEALED)
        else:
            seen_sealed = True
            if seal is not None and row.key_id == seal.key_id:
                if not hmac.compare_digest(row.seal or "", seal_of(seal.key, row.hash)):
                    return ChainReport(len(rows), row.id, UNSEALED)
                sealed += 1
            else:
                foreign += 1
        previous = row.hash
    return ChainReport(len(rows), None, "", sealed, foreign)


def verify_chain(db: Database, seal: AuditSeal | None = None) -> ChainReport:
    """Recompute every hash and seal; then the head this computer saw must still be there.

    The first entry must resume where the last purge said it would. With ``seal``, each
    entry sealed by this computer's key must carry the right HMAC, and the entry of the
    last anchor must be present with the same hash, unless a purge removed it since.
    """
    with db.read() as session:
        rows = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
    start, purged_through = _purge_anchor(rows)
    report = check_links(rows, start, seal)
    anchor = seal.anchor_of(db.where) if seal is not None else None
    if not report.intact or anchor is None:
        return report
    found = next((row for row in rows if row.id == anchor.entry_id), None)
    if anchor.entry_id <= purged_through:
        pass  # a purge, itself sealed, removed the anchored entry since (its id may be reused)
    elif found is None:
        return ChainReport(len(rows), anchor.entry_id, SHORTENED, anchor=anchor)
    elif found.hash != anchor.hash:
        return ChainReport(len(rows), anchor.entry_id, REWRITTEN, anchor=anchor)
    return ChainReport(len(rows), None, "", report.sealed, report.foreign, anchor)


@requires(Action.PURGE)
def purge_older_than(db: Database, ctx: DeskContext, months: int = 12) -> int:
    """Remove the entries older than ``months``; the purge is itself recorded, with its anchor."""
    cutoff = ctx.now() - timedelta(days=round(30.44 * months))
    with db.write() as session:
        # Read through the index on the time (ordered by it, so that SQLite does not prefer
        # to walk the whole trail in id order): only the entries due are read, at each start.
        due = session.scalars(select(AuditRow).where(AuditRow.at < cutoff).order_by(AuditRow.at, AuditRow.id))
        old = sorted(due, key=lambda row: row.id)
        if not old:
            return 0
        anchor = old[-1].hash
        session.add(AuditPurgePermitRow(id=1))
        session.flush()
        session.execute(delete(AuditRow).where(AuditRow.id <= old[-1].id))
        session.execute(delete(AuditPurgePermitRow))
        record(
            session,
            ctx,
            PURGE_ACTION,
            "audit_log",
            "older",
            None,
            {"count": len(old), "before": canonical_at(cutoff), "anchor": anchor, "through": old[-1].id},
            resume=anchor,
        )
    return len(old)


@dataclass(frozen=True)
class RecordNames:
    """What the audit screen needs to name the records an entry points to by id or code.

    Read at display time: the entries themselves keep their ids, as they were written."""

    categories: dict[int, str] = field(default_factory=dict)  # id: label
    category_codes: dict[str, str] = field(default_factory=dict)  # code: label
    organisations: dict[int, str] = field(default_factory=dict)  # id: acronym
    organisation_names: dict[str, str] = field(default_factory=dict)  # acronym: full name
    offices: dict[int, str] = field(default_factory=dict)  # id: name
    series: dict[int, tuple[int, time, int]] = field(
        default_factory=dict
    )  # id: weekday (0 = Monday), start, organisation id
    closures: dict[int, tuple[str, date]] = field(default_factory=dict)  # id: label, first day
    appointments: dict[int, tuple[int, date, time]] = field(default_factory=dict)  # id: organisation id, day, start


def record_names(db: Database) -> RecordNames:
    """Every category, partner, office, permanence, closure and appointment, by id (no check)."""
    with db.read() as session:
        categories = list(session.scalars(select(CategoryRow)))
        organisations = list(session.scalars(select(OrganisationRow)))
        return RecordNames(
            categories={row.id: row.label for row in categories},
            category_codes={row.code: row.label for row in categories},
            organisations={row.id: row.acronym for row in organisations},
            organisation_names={row.acronym: row.name for row in organisations},
            offices={row.id: row.name for row in session.scalars(select(OfficeRow))},
            series={
                row.id: (row.weekday, row.start_time, row.organisation_id) for row in session.scalars(select(SeriesRow))
            },
            closures={row.id: (row.label, row.first_day) for row in session.scalars(select(ClosureRow))},
            appointments={
                row.id: (row.organisation_id, row.day, row.start_time)
                for row in session.scalars(select(AppointmentRow))
            },
        )


class AuditTrail:
    """The audit trail as the window reads it: the Services bundle's ``audit``."""

    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.READ_AUDIT)
    def trail(
        self,
        *,
        entity: str | None = None,
        actor: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[AuditEntry]:
        return trail(self.db, self.ctx, entity=entity, actor=actor, since=since, until=until)

    @requires(Action.READ_AUDIT)
    def names(self) -> RecordNames:
        """The names of the records the entries point to, for the screen to say them in words."""
        return record_names(self.db)
