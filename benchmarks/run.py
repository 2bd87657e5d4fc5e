"""Benchmarks: each figure measured beside its bare limit in the same run, and their ratio.

    python -m benchmarks.run            # every figure
    python -m benchmarks.run stats      # only the figures whose name contains "stats"

Datasets are generated once by the demonstration generator (fixed seeds) and cached in
benchmarks/data/. Results go to benchmarks/results.json. A figure that misses its goal
is printed as such; the runner exits 0 all the same: it measures, it does not gate.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maison_solidarite.db.schema import head_revision, prepare_database  # noqa: E402
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period  # noqa: E402
from maison_solidarite.i18n import load_catalog  # noqa: E402
from maison_solidarite.services.context import DeskContext  # noqa: E402
from maison_solidarite.services.demo import load_demo  # noqa: E402
from maison_solidarite.services.statistics import StatisticsService  # noqa: E402
from maison_solidarite.services.statistics_outputs import StatisticsOutputs  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
NOW = datetime(2026, 6, 30, 18, 0)  # the datasets end here, whatever the day they are made
FRENCH = load_catalog("fr").translate
DATASETS = {"60k": 6_000, "1m": 100_000}  # visits per year, over ten years


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    goal: str
    met: bool | None

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline


def median_seconds(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dataset(name: str) -> Path:
    """The cached database of ``name`` ("60k" or "1m"), generated if missing or outdated."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"visits-{name}.sqlite3"
    stamp = path.with_suffix(".ok")
    if path.exists() and stamp.exists() and stamp.read_text() == head_revision():
        return path
    for old in DATA.glob(f"visits-{name}.sqlite3*"):
        old.unlink()
    started = time.perf_counter()
    prepared = prepare_database(str(path), DATA / "backups")
    ctx = DeskContext("bench", "bench", lambda: NOW)
    result = load_demo(prepared.db, ctx, until=NOW, years=10, per_year=DATASETS[name], seed=2026)
    prepared.db.dispose()
    stamp.write_text(head_revision())
    print(f"  generated {name}: {result.visits:,} visits in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def raw_group_by(conn: sqlite3.Connection, period: Period) -> list[tuple]:
    low = f"{period.first.isoformat()} 00:00:00.000000"
    high = f"{period.last.isoformat()} 23:59:59.999999"
    return conn.execute(
        "SELECT category_id, count(*) FROM visits WHERE visited_at >= ? AND visited_at <= ? GROUP BY category_id",
        (low, high),
    ).fetchall()


def statistics_figures() -> list[Figure]:
    path = dataset("1m")
    prepared = prepare_database(str(path), DATA / "backups")
    ctx = DeskContext("bench", "bench", lambda: NOW)
    service = StatisticsService(prepared.db, ctx)
    outputs = StatisticsOutputs(service)
    conn = raw_connection(path)
    figures = []
    for label, period in (("month", Period.month(2026, 5)), ("year", Period.year(2025))):
        assert sum(n for _c, n in raw_group_by(conn, period)) == service.compute(period, FRENCH).total
        raw = median_seconds(lambda p=period: raw_group_by(conn, p))
        app = median_seconds(lambda p=period: service.compute(p, FRENCH))
        figures.append(
            Figure(f"stats: statistics for one {label}, 1M visits", app * 1000, "ms", raw * 1000, f"raw SQL GROUP BY of the {label}", "≤ 3×", app / raw <= 3)
        )
    pdf = median_seconds(lambda: outputs.monthly_pdf(Period.month(2026, 5), FRENCH, FRENCH_NUMBERS), repeat=5)
    figures.append(Figure("stats: monthly sheet PDF, data to bytes, 1M visits", pdf, "s", None, "—", "≤ 0.5 s", pdf <= 0.5))
    review = median_seconds(
        lambda: (outputs.annual_pdf(2025, FRENCH, FRENCH_NUMBERS), outputs.annual_xlsx(2025, FRENCH, FRENCH_NUMBERS)), repeat=3
    )
    figures.append(Figure("stats: annual review PDF + xlsx, 1M visits", review, "s", None, "—", "≤ 2 s", review <= 2))
    conn.close()
    prepared.db.dispose()
    return figures


GROUPS: dict[str, Callable[[], list[Figure]]] = {"stats": statistics_figures}


def main(argv: list[str]) -> int:
    wanted = [name for name in GROUPS if not argv or any(a in name for a in argv)]
    figures: list[Figure] = []
    for name in wanted:
        print(f"[{name}]", flush=True)
        figures += GROUPS[name]()
    width = max(len(f.name) for f in figures)
    print()
    print(f"{'figure':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>7}  goal      verdict")
    for f in figures:
        value = f"{f.value:.2f} {f.unit}"
        base = f"{f.baseline:.2f} {f.unit}" if f.baseline is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        verdict = "ok" if f.met else "MISSED" if f.met is False else ""
        print(f"{f.name:<{width}}  {value:>10}  {base:>10}  {ratio:>7}  {f.goal:<8}  {verdict}")
    results = HERE / "results.json"
    previous = json.loads(results.read_text()) if results.exists() else {}
    previous.update({f.name: {**asdict(f), "ratio": f.ratio} for f in figures})
    results.write_text(json.dumps(previous, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
