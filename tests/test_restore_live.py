"""A restore while another desk keeps logging visits: no confirmed visit is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from maison_solidarite.db.schema import backup_sqlite, prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.audit import verify_chain
from maison_solidarite.services.audit_seal import AuditSeal
from maison_solidarite.services.backups import restore_and_record
from maison_solidarite.services.context import DeskContext

ROOT = Path(__file__).resolve().parents[1]


def uids(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT uid FROM visits")}
    finally:
        conn.close()


def audited_restores(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT after FROM audit_log WHERE action = 'restore'")]
    finally:
        conn.close()


@pytest.mark.slow
def test_a_restore_during_another_desks_visits_keeps_every_confirmed_one(tmp_path: Path) -> None:
    seal = AuditSeal.load_or_create(tmp_path / "config")
    live = tmp_path / "maison.sqlite3"
    prepared = prepare_database(str(live), tmp_path / "backups", audit_key=seal.key)
    admin = Services.create(prepared.db, DeskContext("desk-admin", "admin", datetime.now, role=Role.ADMINISTRATOR))
    for _ in range(5):
        admin.visits.log(admin.categories.list()[0].id)
    copy = backup_sqlite(live, tmp_path / "copy.sqlite3")
    before_copy = uids(copy)
    desk = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desk_process",
            "log",
            str(live),
            str(tmp_path / "confirmed.txt"),
            "4",
            "7",
            str(tmp_path / "config"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert desk.stdout is not None
    confirmed = [desk.stdout.readline().split() for _ in range(30)]  # the desk is busy logging
    replaced = restore_and_record(live, copy, tmp_path / "backups", admin.ctx, 5000, seal)
    ended = time.monotonic()
    confirmed += [line.split() for line in desk.stdout]
    assert desk.wait(timeout=60) == 0
    desk.stdout.close()
    prepared.db.dispose()

    stored, aside = uids(live), uids(replaced.kept_aside)
    lost = [uid for _start, uid in confirmed if uid not in stored and uid not in aside]
    after_restore = [uid for start, uid in confirmed if float(start) > ended]
    print(
        f"confirmed {len(confirmed)}, kept aside {replaced.visits_only_aside}, after the restore {len(after_restore)}"
    )
    assert lost == []
    assert after_restore and set(after_restore) <= stored  # confirmed after the restore: in the live database
    assert replaced.visits_only_aside >= 30 and before_copy <= stored
    assert str(replaced.kept_aside) in audited_restores(live)[0]
    assert oct(replaced.kept_aside.stat().st_mode & 0o777) == "0o600"
    reopened = prepare_database(str(live), tmp_path / "backups", migrate=False, audit_key=seal.key).db
    report = verify_chain(reopened, seal)
    reopened.dispose()
    assert report.intact, report
