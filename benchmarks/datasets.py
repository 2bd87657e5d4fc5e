"""The benchmark's databases, made once and cached in benchmarks/data/ (gitignored).

- 60k and 1m: ten years of the demonstration generator (fixed seed), 6,000 and 100,000
  visits a year;
- 5m: the 1m database with each visit written four more times under new uids (same days,
  same desks): five times the visits of every day, as a city-sized Maison would log. The
  daily counts follow through their triggers, as for any insert, and are checked at the
  end against a GROUP BY of the visits.

Each database has one account, "bench", that logged in once: the login dialog offers it.
A cache made at an older revision of the schema is migrated to the head by the app's own
migrations (a Maison's database goes through the same), not made again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from maison_solidarite.db.schema import head_revision, prepare_database
from maison_solidarite.domain.context import DeskContext
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.counts import count_differences
from maison_solidarite.services.demo import load_demo

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
NOW = datetime(2026, 6, 30, 18, 0)  # the datasets end here, whatever the day they are made
PER_YEAR = {"60k": 6_000, "1m": 100_000}  # visits per year, over ten years
COPIES_5M = 4  # 1m + 4 copies
ACCOUNT, PASSWORD = "bench", "Accueil-2026!mds"
# MAISON_BENCH_SIZES=60k for a quick run of the figures at one size
SIZES = tuple(os.environ.get("MAISON_BENCH_SIZES", "60k,1m,5m").split(","))


def dataset(name: str) -> Path:
    """The cached database of ``name`` ("60k", "1m" or "5m"), made if missing; one made at an
    older revision of the schema is migrated to the head, as a Maison's database would be."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"visits-{name}.sqlite3"
    stamp = path.with_suffix(".ok")
    if path.exists() and stamp.exists():
        if stamp.read_text() != head_revision():
            started = time.perf_counter()
            copies = DATA / "migration-copies"
            prepare_database(str(path), copies).db.dispose()  # with the copy made before migrating
            shutil.rmtree(copies, ignore_errors=True)
            print(f"  migrated {name} from {stamp.read_text()} in {time.perf_counter() - started:.1f} s", flush=True)
            stamp.write_text(head_revision())
        return path
    stamp.unlink(missing_ok=True)  # written once the database is whole
    for old in DATA.glob(f"visits-{name}.sqlite3*"):
        old.unlink()
    started = time.perf_counter()
    visits = _five_times(dataset("1m"), path) if name == "5m" else _generated(path, PER_YEAR[name])
    stamp.write_text(head_revision())
    print(f"  generated {name}: {visits:,} visits in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def _generated(path: Path, per_year: int) -> int:
    prepared = prepare_database(str(path), DATA / "backups")
    ctx = DeskContext("bench", ACCOUNT, lambda: NOW, role=Role.ADMINISTRATOR)  # demonstration data: an administrator's
    result = load_demo(prepared.db, ctx, until=NOW, years=10, per_year=per_year, seed=2026)
    services = Services.create(prepared.db, ctx)
    services.accounts.create_first_administrator(ACCOUNT, PASSWORD)
    services.accounts.log_in(ACCOUNT, PASSWORD)
    prepared.db.dispose()
    return result.visits


def _five_times(source: Path, path: Path) -> int:
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(visits)") if row[1] not in ("id",)]
        # a uuid4's version digit (always 4) made 5 to 8: new uids, still 36 characters
        chosen = {"uid": "substr(uid, 1, 14) || {v} || substr(uid, 16)", "note": "NULL", "hub_seq": "NULL"}
        last = conn.execute("SELECT max(id) FROM visits").fetchone()[0]
        conn.execute("BEGIN")
        for k in range(1, COPIES_5M + 1):
            values = ", ".join(chosen.get(c, c).format(v=4 + k) for c in columns)
            conn.execute(
                f"INSERT INTO visits ({', '.join(columns)}) SELECT {values} FROM visits WHERE id <= ?", (last,)
            )
        conn.execute("COMMIT")
        total = int(conn.execute("SELECT count(*) FROM visits").fetchone()[0])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    prepared = prepare_database(str(path), DATA / "backups")
    assert not any(count_differences(prepared.db).values()), "the daily counts must agree with the visits"
    prepared.db.dispose()
    return total
