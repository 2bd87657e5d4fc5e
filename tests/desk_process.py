"""A desk in its own process, for tests that kill, restore and race: ``python -m tests.desk_process``.

``backup DB TARGET`` copies the database; ``restore DB COPY FOLDER CONFIG`` restores COPY
and prints the kept-aside file. ``log DB OUT SECONDS SEED CONFIG``: log visits as fast as the database allows for SECONDS, and after
each one the database confirmed, append ``<monotonic start> <uid>`` to OUT and to standard
output (flushed): the
line exists only for a visit whose transaction committed. A refusal (the database busy
past its timeout) is a visit not confirmed, as the desk would show it.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime
from pathlib import Path

from maison_solidarite.db.engine import open_database
from maison_solidarite.db.schema import backup_sqlite
from maison_solidarite.domain.errors import UserError
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.audit_seal import AuditSeal
from maison_solidarite.services.backups import restore_and_record
from maison_solidarite.services.context import DeskContext


def log_visits(db_path: str, out: Path, seconds: float, seed: int, config: Path) -> int:
    rng = random.Random(seed)
    db = open_database(db_path, busy_timeout_ms=2000, audit_key=AuditSeal.load_or_create(config).key)
    services = Services.create(db, DeskContext(f"desk-{seed}", f"agent.{seed}", datetime.now, role=Role.AGENT))
    categories = [c.id for c in services.categories.list()]
    end = time.monotonic() + seconds
    with out.open("a", encoding="utf-8") as confirmed:
        while time.monotonic() < end:
            started = time.monotonic()
            try:
                visit = services.visits.log(rng.choice(categories))
            except UserError:
                continue  # shown to the agent as "busy": not confirmed
            line = f"{started:.6f} {visit.uid}\n"
            confirmed.write(line)
            confirmed.flush()
            sys.stdout.write(line)
            sys.stdout.flush()
    db.dispose()
    return 0


def back_up(db_path: str, target: str) -> int:
    backup_sqlite(Path(db_path), Path(target))
    print(target, flush=True)
    return 0


def restore(db_path: str, copy: str, folder: str, config: Path) -> int:
    ctx = DeskContext("desk-admin", "admin", datetime.now, role=Role.ADMINISTRATOR)
    replaced = restore_and_record(Path(db_path), Path(copy), Path(folder), ctx, 5000, AuditSeal.load_or_create(config))
    print(replaced.kept_aside, flush=True)
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "log":
        sys.exit(log_visits(rest[0], Path(rest[1]), float(rest[2]), int(rest[3]), Path(rest[4])))
    if command == "backup":
        sys.exit(back_up(rest[0], rest[1]))
    if command == "restore":
        sys.exit(restore(rest[0], rest[1], rest[2], Path(rest[3])))
    sys.exit(2)
