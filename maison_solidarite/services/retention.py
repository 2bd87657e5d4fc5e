"""Retention (GDPR, CNIL framework for social action): personal data goes when its time is up.

Run at every start of the window or of a command: visit notes after three months, the
person keys of visits after 24 months (services/person_keys.py), the
contacts of appointments after their set number of days, audit entries after twelve
months, the personal fields of accounts switched off for twelve months. Each purge is
recorded in the audit trail (counts only), and the WAL is truncated so that the old
pages do not linger in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import CursorResult, delete, update
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import VisitRow
from ..db.sync_models import ApplyingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Action, Role, requires
from . import audit
from .accounts import AccountService
from .appointments import AppointmentService
from .context import DeskContext
from .person_keys import purge_keys
from .settings import read_setting, setting_in, write_setting

NOTE_RETENTION = "note_retention_days"
DEFAULT_NOTE_RETENTION_DAYS = 92  # three months
AUDIT_RETENTION = "audit_retention_months"
DEFAULT_AUDIT_RETENTION_MONTHS = 12


@dataclass(frozen=True)
class PurgeReport:
    notes: int
    contacts: int
    audit_entries: int
    accounts: int = 0
    person_keys: int = 0


def _whole_number(value: object) -> int:
    """A stored number: an int, or its text in a database written by hand."""
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(f"not a number: {value!r}")


def note_retention_days(db: Database) -> int:
    with db.read() as session:
        return note_retention_days_in(session)


def note_retention_days_in(session: Session) -> int:
    """The same, in the caller's transaction (the synchronisation's, on the hub or a desk)."""
    return _whole_number(setting_in(session, NOTE_RETENTION, DEFAULT_NOTE_RETENTION_DAYS))


@requires(Action.MANAGE_SETTINGS)
def set_note_retention_days(db: Database, ctx: DeskContext, days: int) -> None:
    if not 7 <= days <= 730:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Notes are kept from 7 to 730 days."))
    write_setting(db, ctx, NOTE_RETENTION, days)


def audit_retention_months(db: Database) -> int:
    return _whole_number(read_setting(db, AUDIT_RETENTION, DEFAULT_AUDIT_RETENTION_MONTHS))


@requires(Action.MANAGE_SETTINGS)
def set_audit_retention_months(db: Database, ctx: DeskContext, months: int) -> None:
    if not 6 <= months <= 36:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The audit trail is kept from 6 to 36 months."))
    write_setting(db, ctx, AUDIT_RETENTION, months)


def truncate_wal(db: Database) -> None:
    if db.is_sqlite:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_notes(db: Database, ctx: DeskContext) -> int:
    """Empty the notes of visits older than the retention period; return how many."""
    cutoff = ctx.now() - timedelta(days=note_retention_days(db))
    with db.write() as session:
        # Every desk and the hub purge by the same rule: the purge does not travel (a desk's
        # synchronisation triggers stay quiet while this marker is there; the hub has none).
        quiet = db.is_sqlite
        if quiet:
            session.add(ApplyingRow(id=1))
            session.flush()
        result = session.execute(
            update(VisitRow).where(VisitRow.note.is_not(None), VisitRow.visited_at < cutoff).values(note=None)
        )
        if quiet:
            session.execute(delete(ApplyingRow))
        count = (result.rowcount or 0) if isinstance(result, CursorResult) else 0
        if count:
            audit.record(
                session, ctx, "purge", "visit", "notes", None, {"count": count, "before": cutoff.date().isoformat()}
            )
    if count:
        truncate_wal(db)
    return count


def run_due_purges(db: Database, ctx: DeskContext, appointments: AppointmentService) -> PurgeReport:
    """The purges of every start, whoever is at the desk (a system call, see SYSTEM_CALLS):
    only what is past the retention periods an administrator set."""
    notes = purge_notes(db, ctx)
    keys = purge_keys(db, ctx)
    contacts = appointments.purge_due()
    accounts = AccountService(db, ctx).purge_switched_off()
    # audit.purge_older_than checks PURGE, for it takes any period; here the period is the
    # setting (6 to 36 months), so the purge runs with the system's rights. The audit trail
    # still names whoever is at the desk.
    system = replace(ctx, role=Role.ADMINISTRATOR)
    entries = audit.purge_older_than(db, system, audit_retention_months(db))
    if entries or accounts:
        truncate_wal(db)
    return PurgeReport(notes, contacts, entries, accounts, keys)


@requires(Action.PURGE)
def purge_now(db: Database, ctx: DeskContext, appointments: AppointmentService) -> PurgeReport:
    """An administrator's purge, on demand: the same rules as the purge run at every start."""
    return run_due_purges(db, ctx, appointments)


class RetentionService:
    """The retention periods and the purges, for the window: the Services bundle's ``retention``."""

    def __init__(
        self, db: Database, ctx: DeskContext, appointments: AppointmentService, *, shared: Database | None = None
    ) -> None:
        # The purges run on this desk's database; the periods are settings, written where
        # the shared records are (the hub, on a desk that joined one).
        self.db, self.ctx, self.appointments = db, ctx, appointments
        self.shared = shared or db

    @requires(Action.READ_SETTINGS)
    def note_days(self) -> int:
        return note_retention_days(self.db)

    @requires(Action.MANAGE_SETTINGS)
    def set_note_days(self, days: int) -> None:
        set_note_retention_days(self.shared, self.ctx, days)

    @requires(Action.READ_SETTINGS)
    def audit_months(self) -> int:
        return audit_retention_months(self.db)

    @requires(Action.MANAGE_SETTINGS)
    def set_audit_months(self, months: int) -> None:
        set_audit_retention_months(self.shared, self.ctx, months)

    def run_due_purges(self) -> PurgeReport:
        """At every start, whoever is at the desk (see the module function)."""
        return run_due_purges(self.db, self.ctx, self.appointments)
