"""The hub: a PostgreSQL database where the desks meet, opened with a short connection timeout.

The hub is migrated by the same Alembic revisions as every desk, so it holds the same
tables (the shared records, every desk's visits) plus its own (hub_identity, hub_desks,
hub_audit, the hub_change_seq sequence).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from ...db.engine import Database, database_on
from ...db.schema import prepare_database
from ...domain.errors import QT_TRANSLATE_NOOP, StorageError, StorageKind, ValidationError

# Seconds to wait for the hub to answer a connection: a desk must not hang on a dead network.
CONNECT_TIMEOUT_S = 5
# Every write on the hub that hands out change numbers takes this lock first, so that the
# numbers are committed in the order they are given and a cursor never skips one.
CHANGE_LOCK = 7_261_842


class HubUnreachable(StorageError):
    """The hub does not answer: nothing was lost, the command line exits with 3."""

    exit_code = 3
    kind = StorageKind.UNREACHABLE


def unreachable(hub: str, detail: str = "") -> HubUnreachable:
    return HubUnreachable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The hub {hub} cannot be reached ({detail}). Nothing is lost: this desk keeps working and "
            "sends what waits as soon as the hub answers.",
        ),
        hub=hub,
        detail=" ".join(detail.split())[:160] or "-",
    )


def hub_url(text_url: str) -> URL:
    """The hub's address, checked: a PostgreSQL URL, with a connection timeout added."""
    try:
        url = make_url(text_url.strip())
    except (sa_exc.ArgumentError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                '"{value}" is not a hub address. Write it as postgresql+psycopg://user@server/database '
                "(add ?sslmode=verify-full for TLS).",
            ),
            value=text_url,
        ) from None
    if url.get_backend_name() != "postgresql":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                '"{value}" is not a PostgreSQL address: a hub is a PostgreSQL database '
                "(postgresql+psycopg://user@server/database).",
            ),
            value=url.render_as_string(hide_password=True),
        )
    if url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    if "connect_timeout" not in url.query:
        url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return url


def stored_form(url: URL) -> str:
    """The address kept on the desk: never a password (libpq reads it from ~/.pgpass, or TLS
    client certificates stand in for it)."""
    # Not url.set(password=None): set() ignores None and would keep the password.
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def shown_form(url: URL | str) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    parsed = parsed.difference_update_query(["connect_timeout"])
    return parsed.render_as_string(hide_password=True)


def _as_unreachable(exc: StorageError, where: str) -> StorageError:
    if exc.kind is StorageKind.UNREACHABLE:
        return unreachable(where, str(exc.params.get("detail", "")))
    return exc


def open_hub(url: URL, backup_dir: Path, audit_key: bytes | None, *, migrate: bool) -> Database:
    """Open the hub, migrating it to this version's schema when ``migrate`` (the first join).

    A hub of a newer schema is refused untouched; an unreachable one raises HubUnreachable.
    """
    address = url.render_as_string(hide_password=False)
    where = shown_form(url)
    try:
        if migrate:
            return prepare_database(address, backup_dir, audit_key=audit_key).db
        engine = create_engine(address, pool_pre_ping=True, pool_size=2, max_overflow=2)
        db = database_on(address, engine, engine, audit_key)
        try:
            _check_schema(db)
        except BaseException:
            db.dispose()
            raise
        return db
    except StorageError as exc:
        raise _as_unreachable(exc, where) from exc


def _check_schema(db: Database) -> None:
    from ...db.revisions import KNOWN
    from ...db.schema import current_revision, head_revision

    revision = current_revision(db)
    if revision == head_revision():
        return
    if revision is not None and revision not in KNOWN:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The hub {hub} was written by a newer version of Maison de la Solidarité (schema {revision}). "
                "Install the newer version on this desk to use it.",
            ),
            hub=db.where,
            revision=revision,
        )
    raise StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            'The hub {hub} is not ready for this desk (schema {revision}). Join it again with "hub join".',
        ),
        hub=db.where,
        revision=revision or "-",
    )


def take_change_lock(session: Session) -> None:
    """Serialise the hub's numbered changes (held until the transaction ends)."""
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOCK})


def next_change(session: Session) -> int:
    return int(session.execute(text("SELECT nextval('hub_change_seq')")).scalar_one())


def next_changes(session: Session, count: int) -> list[int]:
    """``count`` change numbers at once, in order (under the change lock)."""
    if not count:
        return []
    rows = session.execute(text("SELECT nextval('hub_change_seq') FROM generate_series(1, :n)"), {"n": count})
    return [int(value) for value in rows.scalars()]
