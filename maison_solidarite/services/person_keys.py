"""The person keys' secret, their settings and their purge (see domain/person_key.py).

The secret (32 random bytes) is created on this computer at the window's first start (or
the first time a key is needed), in the user's configuration folder, readable by its owner only, never in the database: a
copy of the database alone gives no way to compute a key from a name. An administrator
copies it to the other computers of the structure as a file or as a code; its
fingerprint, shown on each computer, says whether two hold the same one.

The choice of a key that holds across years, and how long keys are kept, are settings of
the structure (in the database, shared by its desks). Keys are erased from the visits
past their retention period at every start, as the notes are.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import CursorResult, delete, select, update

from ..config import AppPaths
from ..db.engine import Database
from ..db.models import VisitRow
from ..db.sync_models import ApplyingRow
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.person_key import ACROSS_YEARS as ACROSS_YEAR_PERIOD
from ..domain.person_key import (
    SECRET_LENGTH,
    Person,
    check_person,
    fingerprint,
    key_period,
    person_key,
    printable_code,
    read_secret_code,
    secret_code,
)
from ..domain.roles import Action, requires
from ..domain.statistics import NumberFormat
from ..private import open_private, private_folder, sync_file
from ..reports.context import Translate
from . import audit
from .attendance import purge_person_keys
from .context import DeskContext
from .settings import _put, read_setting, sheet_context, write_setting

SECRET_FILE = "person-key.secret"
ACROSS_YEARS = "person_key_across_years"
RETENTION = "person_key_retention_months"
DEFAULT_RETENTION_MONTHS = 24  # this year and the one before: the annual review compares them
RETENTION_RANGE = (12, 120)
_HEADER = "# Maison de la Solidarité: secret of the person keys. Keep it as a password.\n"


def default_folder() -> Path:
    """The user's configuration folder, where the audit seal's key also lives."""
    return AppPaths.default().config_dir


def _write_secret(folder: Path, secret: bytes) -> None:
    private_folder(folder)
    path = folder / SECRET_FILE
    partial = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    with open_private(partial, "w", encoding="utf-8") as stream:
        stream.write(_HEADER + secret_code(secret) + "\n")
    sync_file(partial)
    partial.replace(path)


def read_secret_text(text: str) -> bytes:
    """The secret from a file's text or from its code alone (lines starting with # are comments)."""
    return read_secret_code(" ".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))


def load_or_create_secret(folder: Path) -> bytes:
    """This computer's secret, created (32 random bytes) the first time it is needed."""
    path = folder / SECRET_FILE
    try:
        return read_secret_text(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, ValidationError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The secret of the person keys in {path} is damaged: an administrator imports it again "
                "from another computer of the structure.",
            ),
            path=str(path),
        ) from None
    secret = secrets.token_bytes(SECRET_LENGTH)
    _write_secret(folder, secret)
    return secret


def ensure_secret(folder: Path) -> None:
    """At the window's start: the secret made now if there is none; a damaged or unreadable
    one is said when a key is computed, not at every start."""
    try:
        load_or_create_secret(folder)
    except (OSError, ValidationError):
        pass


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    return datetime(year, month + 1, 1)


def retention_months(db: Database) -> int:
    value = read_setting(db, RETENTION, DEFAULT_RETENTION_MONTHS)
    return int(value) if isinstance(value, int | float | str) else DEFAULT_RETENTION_MONTHS


def purge_keys(db: Database, ctx: DeskContext) -> int:
    """Erase the keys of visits before the first of the month ``retention`` months ago."""
    cutoff = _months_before(ctx.now(), retention_months(db))
    with db.write() as session:
        quiet = db.is_sqlite  # every desk and the hub purge by the same rule: nothing travels
        if quiet:
            session.add(ApplyingRow(id=1))
            session.flush()
        # The visits with a key, found through the key's index: the planner would rather
        # walk every visit before the cutoff (3 s at 5M visits, at every start).
        keyed = select(VisitRow.id).where(VisitRow.person_key.is_not(None))
        result = session.execute(
            update(VisitRow).where(VisitRow.id.in_(keyed), VisitRow.visited_at < cutoff).values(person_key=None)
        )
        if quiet:
            session.execute(delete(ApplyingRow))
        count = (result.rowcount or 0) if isinstance(result, CursorResult) else 0
        participants = purge_person_keys(session, ctx, cutoff.date())  # the participants' keys, by the same rule
        if count:
            audit.record(
                session,
                ctx,
                "purge",
                "visit",
                "person_keys",
                None,
                {"count": count, "before": cutoff.date().isoformat()},
            )
    if (count or participants) and db.is_sqlite:
        with db.engine.connect() as connection:  # the erased keys' old pages leave the WAL
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return count


class PersonKeyService:
    """Keys computed from what the agent typed, the secret, and the keys' settings."""

    def __init__(
        self, db: Database, ctx: DeskContext, folder: Path | None = None, *, shared: Database | None = None
    ) -> None:
        self.db, self.ctx = db, ctx
        self.shared = shared or db  # the settings are written where the shared records are
        self.folder = folder if folder is not None else default_folder()

    def _secret(self) -> bytes:
        return load_or_create_secret(self.folder)

    @requires(Action.LOG_VISITS)
    def key_of(self, person: Person, day: date) -> str:
        """The key of ``person`` for a visit or an event on ``day``."""
        return person_key(person, self._secret(), key_period(day, across_years=self.across_years()))

    @requires(Action.LOG_VISITS)
    def key_of_typed(self, birth_name: str, first_name: str, birth_date: str, day: date) -> str:
        """The key of the three fields as typed, checked (French messages); nothing is kept."""
        return self.key_of(check_person(birth_name, first_name, birth_date, self.ctx.now().date()), day)

    @requires(Action.READ_SETTINGS)
    def across_years(self) -> bool:
        return bool(read_setting(self.db, ACROSS_YEARS, False))

    @requires(Action.EDIT_CATEGORIES)
    def set_across_years(self, value: bool) -> None:
        """The coordinator's choice: a key that holds across years instead of one per year."""
        if value != self.across_years():
            with self.shared.write() as session:
                _put(session, self.ctx, ACROSS_YEARS, bool(value), before=not value)

    @requires(Action.READ_SETTINGS)
    def retention_months(self) -> int:
        return retention_months(self.db)

    @requires(Action.MANAGE_SETTINGS)
    def set_retention_months(self, months: int) -> None:
        low, high = RETENTION_RANGE
        if not low <= months <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Person keys are kept from {low} to {high} months."), low=low, high=high
            )
        write_setting(self.shared, self.ctx, RETENTION, months)

    @requires(Action.LOG_VISITS)
    def fingerprint(self) -> str:
        """The secret's public fingerprint, to compare two computers; the secret is made if missing."""
        return fingerprint(self._secret())

    @requires(Action.MANAGE_SETTINGS)
    def export_code(self) -> str:
        """The secret as a code to type on another computer. Audited (its fingerprint only)."""
        secret = self._secret()
        self._record("export", fingerprint(secret))
        return secret_code(secret)

    @requires(Action.MANAGE_SETTINGS)
    def export_file(self, path: Path) -> str:
        """The secret in a file readable by its owner only, for a USB key; its fingerprint."""
        secret = self._secret()
        try:
            with open_private(path, "w", encoding="utf-8") as stream:
                stream.write(_HEADER + secret_code(secret) + "\n")
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."), path=str(path), reason=exc.strerror
            ) from None
        self._record("export", fingerprint(secret))
        return fingerprint(secret)

    @requires(Action.MANAGE_SETTINGS)
    def import_secret(self, text: str) -> str:
        """Take the structure's secret from a file's text or a code; return its fingerprint."""
        secret = read_secret_text(text)
        try:
            before: str | None = fingerprint(read_secret_text((self.folder / SECRET_FILE).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValidationError):
            before = None
        _write_secret(self.folder, secret)
        self._record("import", fingerprint(secret), before)
        return fingerprint(secret)

    def _record(self, action: str, print_: str, before: str | None = None) -> None:
        with self.db.write() as session:
            audit.record(
                session,
                self.ctx,
                action,
                "setting",
                "person_key_secret",
                None if before is None else {"value": before},
                {"value": print_},
            )

    @requires(Action.LOG_VISITS)
    def card_pdf(self, key: str, day: date, translate: Translate, numbers: NumberFormat) -> bytes:
        """The card of a key computed for ``day``: its code, no name. Audited (the year only)."""
        from ..reports.person_card import person_card_pdf

        period = key_period(day, across_years=self.across_years())
        holds_for = (
            translate("PersonCard", "Holds every year")
            if period == ACROSS_YEAR_PERIOD
            else translate("PersonCard", "Holds for {year}").format(year=period)
        )
        data = person_card_pdf(printable_code(key), holds_for, sheet_context(self.shared, self.ctx, translate, numbers))
        with self.db.write() as session:
            audit.record(session, self.ctx, "print", "person_card", period, None, {"bytes": len(data)})
        return data

    def purge_due(self) -> int:
        """At every start, whoever is at the desk: keys past their retention period."""
        return purge_keys(self.db, self.ctx)
