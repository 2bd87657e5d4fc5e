"""Three desks and a real PostgreSQL hub through a seeded schedule of faults, then one rule.

Rule: after a quiet round on every desk, twice, every visit a desk confirmed is on the hub
and on every desk exactly once, as its desk last changed it (or as a coordinator last
changed it on the hub, when the hub kept that); no confirmed-deleted visit is anywhere;
the visits and the tombstones are the same on every computer; the statistics of every
month covered are the same on every computer and on the hub; every audit chain is
intact, on the desks and as the hub keeps them; and no desk's cursor ever went back.

Each desk is a process of its own (tests/sync_desk_process.py) with its own SQLite file,
driven line by line: two reception desks, and a coordinator's computer that also changes
and deletes other desks' visits on the hub. The faults: the hub taken away (its database
renamed after its connections were terminated) and brought back, the desk's hub backend
terminated in the middle of a push's transaction, a desk killed (SIGKILL) inside a push,
right after the hub committed a batch (its reply lost), right after the hub committed its
audit entries, and inside the local transaction of a pull, then restarted on its same
file; a key press between a pull's read and its apply (as the window's background round
allows); one desk's clock an hour off; one desk offline for a simulated week while the
others go on; desks logging and syncing at the same time.
``--sync-seconds`` runs it longer and ``--sync-seed`` replays a failure; the seed is printed.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import make_url

from maison_solidarite.db.engine import Database, open_database
from maison_solidarite.db.models import AuditRow, VisitRow, visit_secondary_categories
from maison_solidarite.db.sync_models import HubAuditRow, OutboxRow, SyncStateRow, TombstoneRow
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period, Statistics
from maison_solidarite.domain.visits import Channel
from maison_solidarite.services.audit import FIELDS, canonical_at, entry_hash, verify_chain
from maison_solidarite.services.audit_seal import AuditSeal, seal_of
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.visits import VisitChange
from tests.hub_support import SERVER, needs_server, new_hub_database, open_desk
from tests.test_sync import _bring_hub_back, _take_hub_away

pytestmark = needs_server

ROOT = Path(__file__).resolve().parents[1]
# The simulated calendar starts on a Monday morning; a night and a week move it on.
BASE = datetime(2026, 10, 26, 9, 0)
# Two reception desks, and the coordinator's computer, which changes other desks' visits on the hub.
ROLES = (Role.AGENT, Role.AGENT, Role.COORDINATOR)
DESKS = len(ROLES)
FAULTS = ("die-push", "die-commit", "die-audit", "die-pull", "pause-push", "key-in-pull")
ACTIONS = ("work", "sync", "rush", "night", "hub away", "offline week", *FAULTS)
ANSWERS = ("done", "ok", "round", "failed")  # the last line of a desk's answer
# The simulated calendar stays within the notes' retention period (92 days): a note past it
# is dropped where it travels, which is the retention's test, not this one's.
DAYS = 60
# Checked on every computer: every column that travels, and where the visit came from.
CHECKED = ("uid", "visited_at", "category_id", "channel", "outcome", "organisation_id", "first_visit", "age_band")
CHECKED += ("neighbourhood", "note", "desk_id", "agent", "created_at", "version", "origin")


class DeskProcess:
    """A desk's process, restarted on its same file after a kill."""

    def __init__(self, folder: Path, number: int, hub: str, seed: int, offset: float, role: Role) -> None:
        self.folder, self.number, self.hub, self.seed, self.offset = folder, number, hub, seed, offset
        self.role = role
        self.restarts = 0
        # What the desk said on the way: refused operations by the error's class, key presses
        # made during a round, and a cursor that went back.
        self.notes = Counter[str]()
        self.said: list[str] = []
        self.process = self._start()

    def _start(self) -> subprocess.Popen[str]:
        args = [str(self.folder), str(self.number), self.hub, str(self.seed + 1000 * self.restarts)]
        args += [str(self.offset), self.role.value]
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync_desk_process", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", f"desk {self.number} did not start"
        return process

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def lines(self) -> Iterator[str]:
        """The answer's lines, the last one included; none more if the desk died."""
        assert self.process.stdout is not None
        while line := self.process.stdout.readline():
            yield line.strip()
            if line.split()[0] in ANSWERS:
                return

    def answer(self) -> str:
        """The last line of the answer; '' if the desk died (then it is restarted)."""
        self.said = list(self.lines())
        ended = bool(self.said) and self.said[-1].split()[0] in ANSWERS
        on_the_way = self.said[:-1] if ended else self.said
        self.notes.update(" ".join(line.split()[:2]) for line in on_the_way if not line.startswith("paused"))
        return self.said[-1] if ended else self.restart()

    def command(self, command: str) -> str:
        self.send(command)
        return self.answer()

    def restart(self) -> str:
        code = self.process.wait(timeout=60)
        self._close_pipes()
        assert code == -9, f"desk {self.number} ended by itself with {code}, not by a kill"
        self.restarts += 1
        self.process = self._start()
        return ""

    def quit(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()  # the end of its commands, even if it was waiting for another
        try:
            code = self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self._close_pipes()
        assert code == 0, f"desk {self.number} ended with {code}"

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except BrokenPipeError:
                    pass  # the desk was killed with data still to be read


class Hub:
    """The hub's database on the test server, taken away and brought back by renaming it."""

    def __init__(self, url: str) -> None:
        self.url, self.away = url, ""

    def take_away(self) -> None:
        if not self.away:
            self.away = _take_hub_away(self.url)

    def bring_back(self) -> None:
        if self.away:
            _bring_hub_back(self.url, self.away)
            self.away = ""

    def terminate(self, pid: int) -> None:
        admin = create_engine(make_url(SERVER), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
        admin.dispose()


class History:
    def __init__(self, rng: random.Random, hub: Hub, desks: list[DeskProcess]) -> None:
        self.rng, self.hub, self.desks = rng, hub, desks
        self.offline: DeskProcess | None = None
        self.days_offline = 0
        self.away_steps = 0
        self.steps = Counter[str]()
        self.rounds = Counter[str]()
        self.days = 0.0  # simulated days gone by

    def online(self) -> list[DeskProcess]:
        return [d for d in self.desks if d is not self.offline]

    def sync(self, desk: DeskProcess, fault: str = "none") -> str:
        desk.send(f"sync {fault}")
        return self.sync_answer(desk, fault)

    def sync_answer(self, desk: DeskProcess, fault: str = "none") -> str:
        if fault == "pause-push":
            return self._sync_terminated(desk)
        result = desk.answer()
        if not result or (fault == "key-in-pull" and "pressed" in desk.said):
            self.steps[f"fired {fault}"] += 1
        if result:
            self.count(result)
        return result

    def count(self, result: str) -> None:
        if result.startswith("round"):
            self.rounds["repeated"] += int(result.split()[2])
            self.rounds["conflicts"] += int(result.split()[3])
            self.rounds["refused"] += int(result.split()[4])
            self.rounds["ok"] += 1
        else:
            self.rounds["failed " + result.split()[1]] += 1

    def _sync_terminated(self, desk: DeskProcess) -> str:
        lines = desk.lines()
        first = next(lines)
        if not first.startswith("paused"):
            self.count(first)
            return first
        self.hub.terminate(int(first.split()[1]))
        desk.send("go")
        result = list(lines)[-1]
        self.steps["fired pause-push"] += 1
        self.count(result)
        assert result.startswith("failed"), f"a round whose hub connection died was reported as {result}"
        return result

    def rush(self, but: DeskProcess | None = None) -> list[DeskProcess]:
        """The other online desks log and sync meanwhile, each in its process: send only."""
        rushing = [d for d in self.online() if d is not but]
        for desk in rushing:
            desk.send(f"work {self.rng.randrange(1, 12)}")
            desk.send("sync none")
        return rushing

    def rushed(self, rushing: list[DeskProcess]) -> None:
        for desk in rushing:
            assert desk.answer() == "done"
            self.sync_answer(desk)

    def advance(self, seconds: float) -> None:
        self.days += seconds / 86400
        for desk in self.desks:
            assert desk.command(f"advance {seconds}") == "ok"
            desk.offset += seconds

    def step(self, action: str) -> None:
        self.steps[action] += 1
        rng, desk = self.rng, self.rng.choice(self.online())
        if action == "work":
            assert rng.choice(self.desks).command(f"work {rng.randrange(1, 12)}") == "done"
        elif action == "sync":
            self.sync(desk)
        elif action == "night" and self.days < DAYS:
            self.advance(rng.randrange(10, 16) * 3600)
        elif action == "hub away":
            self.hub.take_away()
            self.away_steps = rng.randrange(2, 10)
            assert desk.command("work 3") == "done"
            result = self.sync(desk)
            assert result.startswith("failed HubUnreachable"), result
        elif action == "offline week" and self.offline is None and self.days < DAYS - 7:
            self.offline, self.days_offline = desk, 7
        elif action == "rush":
            self.rushed(self.rush())
        elif action in FAULTS:
            self.hub.bring_back()  # a fault needs a hub that answers to fire
            other = rng.choice([d for d in self.online() if d is not desk] or [desk])
            assert other.command("work 4") == "done"
            self.sync(other)
            assert desk.command(f"work {rng.randrange(1, 8)}") == "done"
            rushing = self.rush(but=desk) if rng.random() < 0.5 else []
            if not self.sync(desk, action) and action == "die-commit":
                self.sync(desk)  # at once: what the hub committed comes again, and changes nothing
            self.rushed(rushing)
        self._time_passes()

    def _time_passes(self) -> None:
        if self.away_steps:
            self.away_steps -= 1
            if not self.away_steps:
                self.hub.bring_back()
        if self.offline is not None:
            assert self.offline.command(f"work {self.rng.randrange(5, 15)}") == "done"
            self.advance(24 * 3600)  # a day for everyone, while this desk stays offline
            self.days_offline -= 1
            if not self.days_offline:
                self.offline = None

    def quiet_rounds(self) -> None:
        self.hub.bring_back()
        self.offline = None
        for _ in range(2):
            for desk in self.desks:
                result = self.sync(desk)
                assert result.startswith("round"), f"desk {desk.number} in the quiet round: {result}"


@dataclass
class Confirmed:
    """What the desks confirmed: each visit as its desk last left it, as a coordinator last
    left it on the hub, and the visits deleted by either."""

    logged: int = 0
    own: dict[str, dict[str, Any]] = field(default_factory=dict)
    coordinator: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, folder: Path) -> Confirmed:
        found = cls()
        for path in sorted(folder.glob("desk-*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                found.logged += entry["op"] == "log"
                if entry["op"] in ("delete", "foreign-delete"):
                    found.deleted.add(entry["uid"])
                elif entry["op"] == "foreign-edit":
                    found.coordinator[entry["uid"]] = entry
                else:
                    found.own[entry["uid"]] = entry
        return found

    @property
    def live(self) -> set[str]:
        return set(self.own) - self.deleted

    def expected(self, uid: str) -> list[dict[str, Any]]:
        """The states a visit may end in: its desk's last, or a coordinator's last edit (the hub
        keeps that one against a desk's edit of the same version, see services/sync/changes.py)."""
        return [self.own[uid], *([self.coordinator[uid]] if uid in self.coordinator else [])]


def differences(row: dict[str, Any], entry: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields where a stored visit differs from a confirmed state of it: (stored, confirmed)."""
    stored = {f: row[f] for f in ("category_id", "channel", "outcome", "organisation_id", "note")}
    stored |= {"visited_at": row["visited_at"].isoformat(sep=" "), "secondary_ids": list(row["secondary"])}
    confirmed = {f: sorted(entry[f]) if f == "secondary_ids" else entry[f] for f in stored}
    return {f: (stored[f], confirmed[f]) for f in stored if stored[f] != confirmed[f]}


def visits(db: Database) -> tuple[Counter[str], dict[str, tuple[Any, ...]], set[tuple[Any, ...]]]:
    table = VisitRow.__table__
    secondary = visit_secondary_categories
    with db.read() as session:
        rows = list(session.execute(select(table.c.id, *[table.c[c] for c in CHECKED])))
        links: dict[int, list[int]] = {}
        for visit_id, category_id in session.execute(select(secondary.c.visit_id, secondary.c.category_id)):
            links.setdefault(visit_id, []).append(category_id)
        tombs = {(t.uid, t.origin, t.version) for t in session.scalars(select(TombstoneRow))}
    uids = Counter(row.uid for row in rows)
    state = {row.uid: (*row[1:], tuple(sorted(links.get(row.id, [])))) for row in rows}
    return uids, state, tombs


def statistics(db: Database, months: set[tuple[int, int]]) -> list[Statistics]:
    ctx = DeskContext("check", "check", datetime.now, role=Role.ADMINISTRATOR)
    service = StatisticsService(db, ctx)
    return [service.compute(Period.month(*m), lambda _c, s: s, permanences=False) for m in sorted(months)]


def check_hub_chains(hub: Database, desk_chains: dict[str, tuple[list[AuditRow], AuditSeal]]) -> None:
    """The chains the hub keeps, recomputed, sealed by their desk, and the desk's own, entry for entry."""
    with hub.read() as session:
        kept = list(session.scalars(select(HubAuditRow).order_by(HubAuditRow.desk_uid, HubAuditRow.entry_id)))
    assert {r.desk_uid for r in kept} == set(desk_chains)
    for desk_uid, (local, seal) in desk_chains.items():
        chain = [r for r in kept if r.desk_uid == desk_uid]
        previous = ""
        for row in chain:
            values = {f: getattr(row, f) for f in FIELDS} | {"at": canonical_at(row.at)}
            assert row.prev_hash == previous and row.hash == entry_hash(previous, values), (desk_uid, row.entry_id)
            assert row.seal == seal_of(seal.key, row.hash)
            previous = row.hash
        assert [(r.entry_id, r.hash) for r in chain] == [(r.id, r.hash) for r in local]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_three_desks_converge_through_a_seeded_history_of_faults(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    seed = request.config.getoption("--sync-seed") or random.SystemRandom().randrange(1, 2**31)
    seconds = request.config.getoption("--sync-seconds")
    print(f"sync seed {seed} (replay: pytest tests/test_sync_history.py --sync-seed {seed})")
    rng = random.Random(seed)
    with new_hub_database() as url:
        hub = Hub(url)
        start = (BASE - datetime.now()).total_seconds()
        skewed = rng.randrange(DESKS)  # this desk's clock is an hour off
        desks = [
            DeskProcess(tmp_path, n, url, rng.randrange(10**6), start + (3600 if n == skewed else 0), role)
            for n, role in enumerate(ROLES)
        ]
        history = History(rng, hub, desks)
        try:
            # Every fault once, in a seeded order, then a seeded mix until the time is up.
            scripted = [*FAULTS, "hub away", "offline week", "night"]
            rng.shuffle(scripted)
            began = time.monotonic()
            while scripted or time.monotonic() - began < seconds:
                action = rng.choices(ACTIONS, weights=[6, 4, 3, 1, 1, 1, *[1] * len(FAULTS)])[0]
                if scripted and rng.random() < 0.3:
                    action = scripted.pop()
                history.step(action)
            history.quiet_rounds()
        finally:
            hub.bring_back()
            for desk in desks:
                if desk.process.poll() is None:
                    desk.quit()
        notes = sum((d.notes for d in desks), Counter[str]())
        print(f"{history.days:.0f} simulated days, steps {dict(history.steps)}, rounds {dict(history.rounds)}")
        print(f"desks said {dict(notes)}")
        assert not any(note.startswith("cursor-back") for note in notes), notes
        check_convergence(tmp_path, url)
        assert all(history.steps[f"fired {fault}"] >= 1 for fault in FAULTS), history.steps
        assert history.rounds["repeated"] >= 1  # a batch came again after its reply was lost
        assert history.rounds["failed HubUnreachable"] >= 1


def check_convergence(folder: Path, url: str) -> None:
    confirmed = Confirmed.read(folder)
    live, deleted = confirmed.live, confirmed.deleted
    print(
        f"{confirmed.logged} visits logged and confirmed, {len(live)} live, {len(deleted)} deleted, "
        f"{len(confirmed.coordinator)} changed by a coordinator"
    )
    assert confirmed.logged > 50 and deleted and confirmed.coordinator
    hub = open_database(url)
    try:
        hub_uids, hub_state, hub_tombs = visits(hub)
        assert [uid for uid, n in hub_uids.items() if n > 1] == []
        assert set(hub_state) == live  # every confirmed visit, and nothing else
        assert {t[0] for t in hub_tombs} <= deleted  # (a visit deleted before its desk joined left none)
        for uid in live:
            row = dict(zip((*CHECKED, "secondary"), hub_state[uid], strict=True))
            found = [differences(row, entry) for entry in confirmed.expected(uid)]
            assert {} in found, f"visit {uid} on the hub differs from every state confirmed: {found}"
        months = {(v[1].year, v[1].month) for v in hub_state.values()}
        hub_figures = statistics(hub, months)
        assert sum(s.total for s in hub_figures) == len(live)
        desk_chains = {}
        for n in range(DESKS):
            desk_chains.update(check_desk(folder, n, hub_state, hub_tombs, months, hub_figures))
        check_hub_chains(hub, desk_chains)
        assert verify_chain(hub).intact  # the hub's own trail (the conflicts it settled)
    finally:
        hub.dispose()


def check_desk(
    folder: Path,
    n: int,
    hub_state: dict[str, tuple[Any, ...]],
    hub_tombs: set[tuple[Any, ...]],
    months: set[tuple[int, int]],
    hub_figures: list[Statistics],
) -> dict[str, tuple[list[AuditRow], AuditSeal]]:
    seal = AuditSeal.load_or_create(folder / f"desk-{n}-config")
    db = open_database(str(folder / f"desk-{n}.sqlite3"), audit_key=seal.key)
    try:
        uids, state, tombs = visits(db)
        assert [uid for uid, count in uids.items() if count > 1] == [], n
        assert state == hub_state, f"desk {n} differs from the hub"
        assert tombs == hub_tombs, f"desk {n}'s deletions differ from the hub's"
        assert statistics(db, months) == hub_figures, f"desk {n}'s figures differ from the hub's"
        report = verify_chain(db, seal)
        assert report.intact and report.sealed == report.entries, (n, report)
        with db.read() as session:
            assert session.scalar(select(OutboxRow)) is None, f"desk {n} still has changes waiting"
            chain = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
            desk_uid = session.scalar(text("SELECT desk_uid FROM sync_state"))
        return {str(desk_uid): (chain, seal)}
    finally:
        db.dispose()


def test_a_pull_never_passes_a_visit_committed_between_its_queries(tmp_path: Path, clock: Any) -> None:
    """Found by the history above: a pull reads the hub's visits, then its tombstones. Another
    desk's two rounds committed in between, a visit then a deletion: the pull must not take
    the deletion's number as its cursor without the visit numbered before it."""
    with new_hub_database() as url:
        a, b = open_desk(tmp_path / "a.sqlite3", clock, "a"), open_desk(tmp_path / "b.sqlite3", clock, "b")
        try:
            a.sync.join(url, "A")
            b.sync.join(url, "B")
            category = a.categories.list()[0].id
            logged: list[str] = []

            def meanwhile(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                if logged or "FROM visits" not in statement or "hub_seq >" not in statement:
                    return
                logged.append(a.visits.log(category).uid)
                a.sync.run_round()
                a.visits.log(category)
                a.visits.undo_last()
                a.sync.run_round()

            hub_engine = b.sync.hub().engine
            event.listen(hub_engine, "after_cursor_execute", meanwhile)
            try:
                b.sync.run_round()
            finally:
                event.remove(hub_engine, "after_cursor_execute", meanwhile)
            b.sync.run_round()
            assert logged and [v.uid for v in b.visits.between(datetime(2000, 1, 1), datetime(2100, 1, 1))] == logged
        finally:
            for desk in (a, b):
                desk.sync.close()
                desk.close()


def test_a_visit_deleted_on_the_hub_and_changed_at_its_desk_during_a_round_is_deleted_everywhere(
    tmp_path: Path, clock: Any
) -> None:
    """A coordinator deletes a visit on the hub while its desk's agent changes it, as the
    background round pulls: the pull leaves the visit alone (its change waits), and the next
    push meets the deletion. The deletion wins there, and must reach that desk too."""
    with new_hub_database() as url:
        admin_a = open_desk(tmp_path / "a.sqlite3", clock, "a")
        admin_c = open_desk(tmp_path / "c.sqlite3", clock, "c")
        admin_a.sync.join(url, "A")
        admin_c.sync.join(url, "Coordination")
        a = admin_a.as_acting(DeskContext("a-id", "agent.a", clock, role=Role.AGENT))
        c = admin_c.as_acting(DeskContext("c-id", "coordinator.c", clock, role=Role.COORDINATOR))
        try:
            visit = a.visits.log(a.categories.list()[0].id)
            a.sync.run_round()
            c.sync.run_round()
            c.visits.delete(visit.uid)  # on the hub

            def key_press(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                if "FROM visits" in statement and "hub_seq >" in statement and not changed:
                    changed.append(a.visits.update(visit.uid, VisitChange(channel=Channel.PHONE)))

            changed: list[Any] = []
            hub_engine = a.sync.hub().engine
            event.listen(hub_engine, "before_cursor_execute", key_press)
            try:
                a.sync.run_round()
            finally:
                event.remove(hub_engine, "before_cursor_execute", key_press)
            assert changed
            for _ in range(2):
                a.sync.run_round()
                c.sync.run_round()
            for desk in (a, c):
                with desk.db.read() as session:
                    assert session.scalar(select(VisitRow).where(VisitRow.uid == visit.uid)) is None
                    assert session.get(TombstoneRow, visit.uid) is not None
                    assert session.scalar(select(OutboxRow)) is None
        finally:
            for desk in (a, c, admin_a, admin_c):
                desk.sync.close()
                desk.close()


def test_a_pull_made_while_the_rounds_own_pull_applies_never_takes_the_desk_back(tmp_path: Path, clock: Any) -> None:
    """Found by the history above: a coordinator changes a visit on the hub while the window's
    background round pulls; the change pulls at once, then the round applies the older batch
    it had read. The round must not bring back the older version, nor move the cursor back."""
    with new_hub_database() as url:
        admin_a = open_desk(tmp_path / "a.sqlite3", clock, "a")
        admin_c = open_desk(tmp_path / "c.sqlite3", clock, "c")
        admin_a.sync.join(url, "A")
        admin_c.sync.join(url, "Coordination")
        c = admin_c.as_acting(DeskContext("c-id", "coordinator.c", clock, role=Role.COORDINATOR))
        try:
            visit = admin_a.visits.log(admin_a.categories.list()[0].id)
            admin_a.sync.run_round()
            c.sync.run_round()
            admin_a.visits.update(visit.uid, VisitChange(channel=Channel.PHONE))
            admin_a.sync.run_round()  # the hub has version 2, that c's next round reads

            def coordinator_edit(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                if "hub_seq >" in statement and not edited:
                    edited.append(visit.uid)  # once: the change's own pull reads the hub too
                    c.visits.update(visit.uid, VisitChange(channel=Channel.EMAIL))

            edited: list[str] = []
            hub_engine = c.sync.hub().engine
            event.listen(hub_engine, "after_cursor_execute", coordinator_edit)
            try:
                c.sync.run_round()
            finally:
                event.remove(hub_engine, "after_cursor_execute", coordinator_edit)
            assert edited
            with c.db.read() as session:
                row = session.scalar(select(VisitRow).where(VisitRow.uid == visit.uid))
                assert row is not None and (row.channel, row.version) == (Channel.EMAIL.value, 3)
                cursor = session.scalar(select(SyncStateRow.cursor))
            hub = open_database(url)
            with hub.read() as session:
                assert cursor == session.scalar(text("SELECT max(hub_seq) FROM visits"))
            hub.dispose()
        finally:
            for desk in (c, admin_a, admin_c):
                desk.sync.close()
                desk.close()
