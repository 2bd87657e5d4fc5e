"""A hub of its own for each test: a new database on the test PostgreSQL server, dropped
after. The tests that use it run beside the others (they touch no shared database)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext

SERVER = os.environ.get("MAISON_SOLIDARITE_TEST_PG_URL", "")
needs_server = pytest.mark.skipif(not SERVER, reason="no PostgreSQL server: set MAISON_SOLIDARITE_TEST_PG_URL")


@contextmanager
def new_hub_database(prefix: str = "hub") -> Iterator[str]:
    """The URL of an empty database on the test server, dropped at the end."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def open_desk(path: Path, clock: object, name: str = "desk", role: Role = Role.ADMINISTRATOR) -> Services:
    prepared = prepare_database(str(path), path.parent / f"{path.stem}-backups")
    ctx = DeskContext(f"{name}-id", f"agent.{name}", clock, role=role)  # type: ignore[arg-type]
    return Services.create(prepared.db, ctx)
