"""A desk killed in the middle of its work loses nothing it had confirmed."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = """
import sys
from pathlib import Path
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext

db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
services = Services.create(db, DeskContext("crash-desk", "crash"))
categories = [c.id for c in services.categories.list()]
n = 0
while True:
    visit = services.visits.log(categories[n % len(categories)], note="n" * (n % 50))
    print(visit.uid, flush=True)  # printed only once the commit has returned
    n += 1
"""


@pytest.mark.slow
@pytest.mark.parametrize("kills", [5])
def test_every_confirmed_visit_survives_sigkill(tmp_path: Path, kills: int) -> None:
    db = tmp_path / "crash.sqlite3"
    confirmed: list[str] = []
    for round_ in range(kills):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(tmp_path / "backups")],
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            wanted = 20 + 37 * round_  # kill at a different point each time
            for _ in range(wanted):
                line = child.stdout.readline()
                assert line, "the writer stopped by itself"
                confirmed.append(line.strip())
            child.send_signal(signal.SIGKILL)
            rest = child.stdout.read()  # ids printed before the kill, still in the pipe
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        confirmed.extend(line for line in rest.splitlines() if len(line) == 36)

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in conn.execute("SELECT uid FROM visits")}
        audited = {row[0] for row in conn.execute("SELECT entity_key FROM audit_log WHERE action = 'create'")}
    finally:
        conn.close()
    assert len(confirmed) >= sum(20 + 37 * r for r in range(kills))
    assert set(confirmed) <= stored
    assert stored == audited  # each visit and its audit entry were committed together
