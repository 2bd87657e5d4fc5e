"""A desk of several, in its own process, driven line by line: ``python -m tests.sync_desk_process``.

``python -m tests.sync_desk_process FOLDER NUMBER HUB SEED OFFSET ROLE`` opens (or creates
and joins to HUB) the desk's own SQLite file ``FOLDER/desk-NUMBER.sqlite3``, acting as ROLE
(an agent, whose changes of another desk's visits are refused, or a coordinator, who
changes them on the hub), with a clock that reads the wall clock plus OFFSET seconds,
then reads commands on standard input and answers each with one line on standard output:

- ``work N``: N seeded operations through the real services (log, edit, delete, undo, and
  change or delete another desk's visit); after each one the database confirmed, a JSON
  line goes to ``FOLDER/desk-NUMBER.jsonl`` (flushed): a line exists only for a change
  whose transaction committed. Answers ``done``.
- ``advance SECONDS``: the desk's clock moves on (a day, a week). Answers ``ok``.
- ``sync FAULT``: one round (SyncService.run_round). Answers ``round`` and the report's
  figures, or ``failed`` and the error's class. FAULT arms one fault for this round only:
  ``die-push`` (SIGKILL inside the push's hub transaction, before it commits),
  ``die-commit`` (SIGKILL right after the hub committed a pushed batch: its reply is lost),
  ``die-audit`` (the same after the audit entries' commit), ``die-pull`` (SIGKILL inside
  the local transaction that applies a pulled batch, before it commits), ``key-in-pull``
  (one more operation, as a key press, once the round has read what to pull and before it
  applies it), ``pause-push`` (print ``paused PID`` with the hub backend's process id at
  the end of the push's hub transaction, then wait for ``go``: the test terminates that
  backend meanwhile), or ``none``.
- ``quit``.

The faults are hooks on SQLAlchemy's events in this process: the database is real.
After every round and key press, the desk checks that its cursor never went back, and
says ``cursor-back`` if it did.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from maison_solidarite.db.models import VisitRow
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.db.sync_models import SyncStateRow
from maison_solidarite.domain.errors import UserError
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.visits import Channel, Outcome, Visit
from maison_solidarite.services import Services
from maison_solidarite.services.audit_seal import AuditSeal
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits import VisitChange


class Faults:
    """One armed fault, fired by the first hub or desk statement that matches it."""

    def __init__(self) -> None:
        self.armed = "none"
        self.in_push = self.in_audit = False
        self.key_press: Callable[[], None] = lambda: None

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._statement)
        event.listen(Engine, "after_cursor_execute", self._read)
        event.listen(Session, "after_commit", self._committed)

    def _read(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        """Once the round has read what to pull from the hub, and before it applies it."""
        if self.armed == "key-in-pull" and conn.dialect.name == "postgresql" and "hub_seq >" in statement:
            self.armed = "none"
            self.key_press()  # as the window does while its background round runs

    def _statement(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if conn.dialect.name == "postgresql":
            if "pg_advisory_xact_lock" in statement:
                self.in_push = True
            if statement.startswith("INSERT INTO hub_audit"):
                self.in_audit = True
            if self.in_push and statement.startswith("UPDATE hub_desks SET last_push_at"):
                if self.armed == "die-push":
                    os.kill(os.getpid(), signal.SIGKILL)
                if self.armed == "pause-push":
                    self.armed = "none"
                    answer(f"paused {conn.connection.dbapi_connection.info.backend_pid}")
                    sys.stdin.readline()  # "go", once the backend is gone
        elif self.armed == "die-pull" and statement.startswith("UPDATE sync_state SET cursor"):
            os.kill(os.getpid(), signal.SIGKILL)

    def _committed(self, session: Session) -> None:
        bind = session.get_bind()
        if bind.dialect.name != "postgresql":
            return
        if self.in_push and self.armed == "die-commit":
            os.kill(os.getpid(), signal.SIGKILL)
        if self.in_audit and self.armed == "die-audit":
            os.kill(os.getpid(), signal.SIGKILL)
        self.in_push = self.in_audit = False


def answer(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Desk:
    def __init__(self, folder: Path, number: int, hub: str, seed: int, offset: float, role: Role) -> None:
        self.offset = timedelta(seconds=offset)
        # An agent's changes of another desk's visits are refused; a coordinator's are made on the hub.
        self.foreign = 3 if role is Role.COORDINATOR else 1
        self.rng = random.Random(seed)
        path = folder / f"desk-{number}.sqlite3"
        seal = AuditSeal.load_or_create(folder / f"desk-{number}-config")
        new = not path.exists()
        db = prepare_database(str(path), folder / f"desk-{number}-backups", audit_key=seal.key).db
        ctx = DeskContext(f"desk-{number}", f"agent.{number}", self.now, role=role)
        self.confirmed = (folder / f"desk-{number}.jsonl").open("a", encoding="utf-8")
        if new:
            admin = Services.create(db, DeskContext(ctx.desk_id, f"admin.{number}", self.now, Role.ADMINISTRATOR))
            self.services = admin
            self.categories = [c.id for c in admin.categories.list() if c.active]
            self.partners = [o.id for o in admin.organisations.list()]
            self.work(2)  # logged before joining: they reach the hub at the first round
            admin.sync.join(hub, f"Poste {number}")
            admin.sync.close()
        self.services = Services.create(db, ctx)
        self.cursor = 0
        self.check_cursor()
        self.categories = [c.id for c in self.services.categories.list() if c.active]
        self.partners = [o.id for o in self.services.organisations.list()]

    def now(self) -> datetime:
        return (datetime.now() + self.offset).replace(microsecond=0)

    def confirm(self, op: str, visit: Visit) -> None:
        line = {
            "op": op,
            "uid": visit.uid,
            "visited_at": visit.visited_at.isoformat(sep=" "),
            "category_id": visit.category_id,
            "secondary_ids": list(visit.secondary_ids),
            "channel": str(visit.channel),
            "outcome": str(visit.outcome),
            "organisation_id": visit.organisation_id,
            "note": visit.note,
        }
        self.confirmed.write(json.dumps(line) + "\n")
        self.confirmed.flush()

    def visits(self, *, mine: bool) -> list[str]:
        """This desk's latest visits, or the latest of other desks' it has pulled: the ones
        the reception's list shows, and where a desk and a coordinator meet."""
        here = VisitRow.desk_id == self.services.ctx.desk_id
        latest = select(VisitRow.uid).where(here if mine else ~here).order_by(VisitRow.created_at.desc()).limit(8)
        with self.services.db.read() as session:
            return sorted(session.scalars(latest))

    def change(self) -> VisitChange:
        rng = self.rng
        return VisitChange(
            category_id=rng.choice(self.categories),
            channel=rng.choice(list(Channel)),
            outcome=rng.choice([Outcome.ANSWERED, Outcome.APPOINTMENT]),
            visited_at=self.now() - timedelta(minutes=rng.randrange(0, 36 * 60)),
        )

    def work(self, count: int) -> None:
        for _ in range(count):
            try:
                self.one_operation()
            except UserError as exc:  # refused, as the desk would show it: not confirmed
                answer(f"refused {type(exc).__name__}")

    def one_operation(self, kind: str = "") -> None:
        rng, visits = self.rng, self.services.visits
        kind = kind or rng.choices(["log", "edit", "delete", "undo", "foreign"], weights=[12, 5, 2, 1, self.foreign])[0]
        own = self.visits(mine=kind != "foreign") if kind in ("edit", "delete", "foreign") else []
        if kind == "log" or not (own or kind == "undo"):
            self.confirm("log", self.log())
        elif kind == "edit":
            self.confirm("edit", visits.update(rng.choice(own), self.change()))
        elif kind == "delete":
            self.confirm("delete", visits.delete(rng.choice(own)))
        elif kind == "undo":
            undone = visits.undo_last()
            if undone is not None:
                self.confirm("delete", undone)
        elif rng.random() < 0.8:  # another desk's visit: a coordinator changes it on the hub
            self.confirm("foreign-edit", visits.update(rng.choice(own), self.change()))
        else:
            self.confirm("foreign-delete", visits.delete(rng.choice(own)))

    def log(self) -> Visit:
        rng = self.rng
        category = rng.choice(self.categories)
        others = [c for c in self.categories if c != category]
        partner = rng.choice(self.partners) if self.partners and rng.random() < 0.2 else None
        return self.services.visits.log(
            category,
            secondary_ids=tuple(rng.sample(others, rng.randrange(0, 3))),
            channel=rng.choice(list(Channel)),
            organisation_id=partner,
            note="rappeler lundi" if rng.random() < 0.1 else None,
        )

    def sync(self, faults: Faults, fault: str) -> None:
        faults.armed, faults.in_push, faults.in_audit = fault, False, False
        faults.key_press = self.key_press
        try:
            report = self.services.sync.run_round()
        except UserError as exc:
            self.check_cursor()
            answer(f"failed {type(exc).__name__} {getattr(exc, 'kind', '')}")
        else:
            self.check_cursor()
            answer(
                f"round {report.pushed} {report.repeated} {report.conflicts} {report.refused} "
                f"{report.pulled} {report.audit_entries}"
            )
        finally:
            faults.armed = "none"

    def key_press(self) -> None:
        """An agent changes one of this desk's visits; a coordinator, another desk's, on the hub
        (which then pulls at once, while the round's own pull is under way)."""
        answer("pressed")
        try:
            self.one_operation("foreign" if self.services.ctx.role is Role.COORDINATOR else "edit")
        except UserError as exc:
            answer(f"refused {type(exc).__name__}")
        self.check_cursor()

    def check_cursor(self) -> None:
        with self.services.db.read() as session:
            cursor = session.scalar(select(SyncStateRow.cursor)) or 0
        if cursor < self.cursor:
            answer(f"cursor-back {self.cursor} {cursor}")
        self.cursor = max(self.cursor, cursor)


def main(argv: list[str]) -> int:
    folder, number, hub, seed, offset = Path(argv[0]), int(argv[1]), argv[2], int(argv[3]), float(argv[4])
    role = Role(argv[5]) if len(argv) > 5 else Role.AGENT
    faults = Faults()
    faults.install()
    desk = Desk(folder, number, hub, seed, offset, role)
    answer("ready")
    for line in sys.stdin:
        command, *rest = line.split()
        if command == "work":
            desk.work(int(rest[0]))
            answer("done")
        elif command == "advance":
            desk.offset += timedelta(seconds=float(rest[0]))
            answer("ok")
        elif command == "sync":
            desk.sync(faults, rest[0] if rest else "none")
        elif command == "quit":
            break
    desk.services.sync.close()
    desk.services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
