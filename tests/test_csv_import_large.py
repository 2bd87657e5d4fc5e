"""A large visits file is imported in bounded memory, in short batches that leave room for the other desks."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from maison_solidarite.services import Services
from maison_solidarite.services.visits_csv import BATCH_ROWS, ImportResult


def write_visits(path: Path, n: int, seed: int = 1) -> None:
    """``n`` visits over two years, a third of them with a note."""
    rng = random.Random(seed)
    start = datetime(2024, 9, 2, 9, 0)
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("datetime;category;channel;note\r\n")
        for i in range(n):
            moment = start + timedelta(minutes=rng.randrange(60 * 24 * 700))
            note = f"Dossier {i} à suivre" if i % 3 == 0 else ""
            stream.write(
                f"{moment:%Y-%m-%dT%H:%M};{rng.choice(['rights', 'health', 'jobs', 'admin'])};{rng.choice(['', 'phone'])};{note}\r\n"
            )


def import_in_a_process(home: Path, path: Path, db: Path) -> tuple[str, float, float]:
    """Run ``visits import`` as the installed command; its output, its time and its peak memory (MB)."""
    script = Path(sys.executable).with_name("maison-solidarite")
    subprocess.run([str(script), "--db", str(db), "db", "upgrade"], check=True, capture_output=True, timeout=60)
    with (home / "out.txt").open("w+") as out, (home / "err.txt").open("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(script), "--db", str(db), "visits", "import", str(path)], stdout=out, stderr=err, env={**os.environ}
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        assert (process.returncode, err.read()) == (0, "")
        out.seek(0)
        return out.read(), elapsed, usage.ru_maxrss / 1024


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of a child process is read with wait4 (POSIX)")
def test_ten_times_more_lines_do_not_take_ten_times_more_memory(home: Path) -> None:
    small, large = home / "30k.csv", home / "300k.csv"
    write_visits(small, 30_000)
    write_visits(large, 300_000, seed=2)
    small_out, small_time, small_peak = import_in_a_process(home, small, home / "small.sqlite3")
    large_out, large_time, large_peak = import_in_a_process(home, large, home / "large.sqlite3")
    print(
        f"30 000 lines: {small_time:.1f} s, {small_peak:.0f} MB; 300 000 lines: {large_time:.1f} s, {large_peak:.0f} MB"
    )
    assert small_out.startswith("30000 ") and large_out.startswith("300000 ")
    # Holding the lines in memory would add well over 100 MB for 300 000 of them.
    assert large_peak / small_peak < 1.3
    assert large_peak - small_peak < 30


def test_another_desk_writes_between_two_batches(services: Services, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "visites.csv"
    total = 2 * BATCH_ROWS + 100
    write_visits(path, total)
    other_desk: list[int] = []

    def progress(done: int, of: int) -> None:
        assert of == total
        if 0 < done < total:
            # A desk that waits 100 ms at most, as the import runs: it gets the database.
            conn = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
            try:
                conn.execute("BEGIN IMMEDIATE")
                (before,) = conn.execute("SELECT count(*) FROM visits").fetchone()
                conn.execute(
                    "INSERT INTO visits (uid, visited_at, category_id, channel, outcome, desk_id, agent, created_at, updated_at) "
                    "SELECT ?, '2026-11-17 09:30:00.000000', min(id), 'walk_in', 'answered', 'desk-2', 'b', "
                    "'2026-11-17 09:30:00.000000', '2026-11-17 09:30:00.000000' FROM categories",
                    (f"00000000-0000-4000-8000-{done:012d}",),
                )
                conn.execute("COMMIT")
                other_desk.append(before)
            finally:
                conn.close()

    assert services.visits_csv.import_file(path, progress) == ImportResult(total, 0)
    # Each batch was committed before the next began, and the other desk wrote in between.
    assert other_desk == [BATCH_ROWS, 2 * BATCH_ROWS + 1]
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM visits WHERE desk_id = 'desk-2'")).scalar_one() == 2
