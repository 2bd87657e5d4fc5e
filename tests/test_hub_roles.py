"""The hub under the city's PostgreSQL roles (packaging/hub-roles.sql): a desk's login pushes
and pulls visits but cannot change a shared record; a coordinator's can. No password is
kept on a desk, and the TLS settings of the address reach libpq."""

from __future__ import annotations

import fcntl
import glob
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL, Engine, make_url

from maison_solidarite.db.models import CategoryRow, VisitRow
from maison_solidarite.domain.errors import StorageError, StorageKind
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.sync import sync_state
from maison_solidarite.services.sync.hub import hub_url, stored_form
from tests.hub_support import SERVER, needs_server, new_hub_database, open_desk

ROLES_SQL = Path(__file__).resolve().parent.parent / "packaging" / "hub-roles.sql"
FRENCH = load_catalog("fr").translate
PASSWORD = "Pa55-word-never-kept"


def _psql() -> str | None:
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))  # Debian's, off the PATH
    return shutil.which("psql") or (installed[-1] if installed else None)


def _run_roles_file(hub: str) -> None:
    """As the city's DBA does: psql -f (else the file through the driver, its psql commands
    left out). The group roles are the server's, shared by the tests' databases: one test at
    a time grants them."""
    with open(Path(tempfile.gettempdir()) / "maison-hub-roles.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        psql = _psql()
        if psql is not None:
            conninfo = make_url(hub).render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql")
            done = subprocess.run(
                [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-f", str(ROLES_SQL)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            return
        sql = "\n".join(line for line in ROLES_SQL.read_text("utf-8").splitlines() if not line.startswith("\\"))
        _run_sql(create_engine(hub, isolation_level="AUTOCOMMIT"), sql)


def _run_sql(engine: Engine, sql: str) -> None:
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute(sql)  # type: ignore[union-attr]  # several statements: no parameters
        finally:
            raw.close()
    finally:
        engine.dispose()


def _as_server(hub: str, *statements: str) -> list[tuple[object, ...]]:
    engine = create_engine(hub, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = conn.execute(text(statement))
                rows = [tuple(r) for r in result] if result.returns_rows else []
            return rows
    finally:
        engine.dispose()


@pytest.fixture
def logins() -> Iterator[dict[str, str]]:
    """Login roles with unique names (the owner, a desk, a coordinator), dropped at the end."""
    tag = uuid.uuid4().hex[:8]
    names = {kind: f"{kind}_{tag}" for kind in ("owner", "desk", "coordination")}
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names.values():
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield names
    with admin.connect() as conn:
        for name in names.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture
def hub(logins: dict[str, str]) -> Iterator[str]:
    """A hub database that belongs to the owner login (the superuser's URL to it)."""
    with new_hub_database() as url:
        _as_server(url, f'ALTER DATABASE "{make_url(url).database}" OWNER TO "{logins["owner"]}"')
        yield url


def _login(hub: str, role: str, password: str | None = PASSWORD) -> str:
    return make_url(hub).set(username=role, password=password).render_as_string(hide_password=False)


def _category(services: Services, code: str = "rights") -> int:
    return next(c.id for c in services.categories.list() if c.code == code)


def _uids(services: Services) -> set[str]:
    with services.db.read() as session:
        return set(session.scalars(select(VisitRow.uid)))


def _reopen(services: Services) -> Services:
    return Services.create(services.db, services.ctx, services.sync)


def _hub_counts(hub: str) -> tuple[object, ...]:
    return _as_server(
        hub,
        "SELECT (SELECT count(*) FROM categories), (SELECT shared_generation FROM hub_identity), "
        "(SELECT count(*) FROM audit_log)",
    )[0]


@contextmanager
def roles_desks(
    hub: str, logins: dict[str, str], tmp_path: Path, clock: object
) -> Iterator[tuple[Services, Services, Services]]:
    """Three desks on a hub under the roles file: the owner's first computer, then a desk and the
    coordination joined with their own logins and reopened; all closed at the end."""
    first = open_desk(tmp_path / "first.sqlite3", clock, "first")
    desk = open_desk(tmp_path / "desk.sqlite3", clock, "desk")
    coordination = open_desk(tmp_path / "coordination.sqlite3", clock, "coordination")
    try:
        first.sync.join(_login(hub, logins["owner"]), "Installation")
        _run_roles_file(hub)
        _as_server(
            hub,
            f'GRANT maison_desk TO "{logins["desk"]}"',
            f'GRANT maison_coordination TO "{logins["coordination"]}"',
        )
        coordination.sync.join(_login(hub, logins["coordination"]), "Coordination")
        desk.sync.join(_login(hub, logins["desk"]), "Accueil 1")
        coordination, desk = _reopen(coordination), _reopen(desk)
        yield first, desk, coordination
    finally:
        for services in (first, desk, coordination):
            services.sync.close()
            services.close()


@needs_server
def test_a_desk_login_syncs_visits_and_only_a_coordinator_changes_shared_records(
    hub: str, logins: dict[str, str], tmp_path: Path, clock
) -> None:
    first = open_desk(tmp_path / "first.sqlite3", clock, "first")
    desk = open_desk(tmp_path / "desk.sqlite3", clock, "desk")
    coordination = open_desk(tmp_path / "coordination.sqlite3", clock, "coordination")
    try:
        first.sync.join(_login(hub, logins["owner"]), "Installation")  # creates the hub's tables
        _run_roles_file(hub)
        _run_roles_file(hub)  # a second run changes nothing and fails on nothing
        _as_server(
            hub,
            f'GRANT maison_desk TO "{logins["desk"]}"',
            f'GRANT maison_coordination TO "{logins["coordination"]}"',
        )

        # A desk joins and syncs with its own login: visits, edits and deletions go both ways.
        desk.visits.log(_category(desk))  # logged before joining
        assert desk.sync.join(_login(hub, logins["desk"]), "Accueil 1").pushed == 1
        desk = _reopen(desk)
        kept = desk.visits.log(_category(desk))
        gone = desk.visits.log(_category(desk, "jobs"))
        desk.visits.delete(gone.uid)
        assert desk.sync.run_round().pushed == 2
        first.visits.log(_category(first))
        first.sync.run_round()
        assert desk.sync.run_round().pulled == 1
        assert _uids(desk) == _uids(first) and kept.uid in _uids(first) and gone.uid not in _uids(first)

        # A shared record changed through the desk: refused in French, nothing written anywhere.
        before = _hub_counts(hub)
        with desk.db.read() as session:
            local_before = session.scalar(select(func.count()).select_from(CategoryRow))
        with pytest.raises(StorageError) as caught:
            desk.categories.add("Logement social")
        assert caught.value.kind is StorageKind.DENIED
        message = caught.value.render(FRENCH)
        assert message.startswith("Le serveur de base de données") and "a refusé cette opération" in message
        assert "permission denied" in message  # the server's detail, for the person who looks after it
        assert _hub_counts(hub) == before
        with desk.db.read() as session:
            assert session.scalar(select(func.count()).select_from(CategoryRow)) == local_before

        # The same change from a coordinator's login succeeds, and reaches the desk.
        coordination.sync.join(_login(hub, logins["coordination"]), "Coordination")
        coordination = _reopen(coordination)
        added = coordination.categories.add("Logement social")
        assert _hub_counts(hub)[0] == int(before[0]) + 1  # type: ignore[call-overload]
        desk.sync.run_round()
        assert added.code in {c.code for c in desk.categories.list()}
    finally:
        for services in (first, desk, coordination):
            services.sync.close()
            services.close()


@needs_server
def test_no_password_is_kept_on_the_desk_and_the_tls_settings_reach_libpq(
    hub: str, logins: dict[str, str], tmp_path: Path, clock
) -> None:
    desk = open_desk(tmp_path / "desk.sqlite3", clock, "desk")
    # On the test server's Unix socket libpq ignores sslmode; it still must receive it.
    address = make_url(_login(hub, logins["owner"])).update_query_dict({"sslmode": "require"})
    try:
        desk.sync.join(address.render_as_string(hide_password=False), "Accueil 1")
        state = sync_state(desk.db)
        assert state is not None
        stored = make_url(state.hub)
        assert stored.password is None and PASSWORD not in state.hub
        assert (stored.username, stored.query["sslmode"]) == (logins["owner"], "require")
        with desk.sync.hub().engine.connect() as conn:
            parameters = conn.connection.driver_connection.info.get_parameters()  # type: ignore[union-attr]
        assert parameters["sslmode"] == "require" and parameters["user"] == logins["owner"]
        assert "password" not in parameters
    finally:
        desk.sync.close()
        desk.close()
    for file in tmp_path.glob("desk.sqlite3*"):  # the database, its WAL and its journal
        assert PASSWORD.encode() not in file.read_bytes()


SSL_PARAMETERS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "target_session_attrs")


@given(
    password=st.text(min_size=1, max_size=30).filter(lambda s: "\x00" not in s),
    sslmode=st.sampled_from(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]),
    extra=st.dictionaries(
        st.sampled_from(SSL_PARAMETERS[1:]), st.from_regex(r"[A-Za-z0-9_./-]{1,30}", fullmatch=True), max_size=3
    ),
)
def test_the_stored_address_keeps_the_tls_settings_and_never_the_password(
    password: str, sslmode: str, extra: dict[str, str]
) -> None:
    url = URL.create(
        "postgresql+psycopg",
        username="accueil",
        password=password,
        host="hub.ville.example",
        database="maison_hub",
        query={"sslmode": sslmode, **extra},
    )
    stored = make_url(stored_form(hub_url(url.render_as_string(hide_password=False))))
    assert stored.password is None
    assert (stored.username, stored.host, stored.database) == ("accueil", "hub.ville.example", "maison_hub")
    assert {k: stored.query[k] for k in ("sslmode", *extra)} == {"sslmode": sslmode, **extra}


@needs_server
def test_a_computer_joined_as_the_owner_moves_to_its_own_login_in_its_service_file(
    hub: str, logins: dict[str, str], tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk keeps only "service=maison_hub": the server, the database, the login and TLS
    live in the computer's PostgreSQL service file, which the city's IT changes alone."""
    parsed = make_url(hub)
    services_file = tmp_path / "pg_service.conf"

    def login_as(role: str) -> None:
        services_file.write_text(
            f"[maison_hub]\nhost={parsed.query['host']}\nport={parsed.query['port']}\n"
            f"dbname={parsed.database}\nuser={role}\nsslmode=prefer\n",
            encoding="utf-8",
        )

    monkeypatch.setenv("PGSERVICEFILE", str(services_file))
    login_as(logins["owner"])
    desk = open_desk(tmp_path / "desk.sqlite3", clock, "desk")
    try:
        desk.sync.join("postgresql+psycopg:///?service=maison_hub", "Coordination")  # the hub's first join
        _run_roles_file(hub)
        _as_server(hub, f'GRANT maison_desk TO "{logins["desk"]}"')
        login_as(logins["desk"])
        desk.sync.close()  # as a new start of the application would
        desk = _reopen(desk)
        with desk.sync.hub().engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == logins["desk"]
        desk.visits.log(_category(desk))
        assert desk.sync.run_round().pushed == 1
        with pytest.raises(StorageError) as caught:
            desk.categories.add("Logement social")
        assert caught.value.kind is StorageKind.DENIED
        state = sync_state(desk.db)
        assert state is not None and state.hub == "postgresql+psycopg:///?connect_timeout=5&service=maison_hub"
    finally:
        desk.sync.close()
        desk.close()
