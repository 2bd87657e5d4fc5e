"""Benchmarks: each figure measured beside its baseline in the same run, the two alternated
(A B A B ...), with medians, p99 and their ratio; a growth table from 60k to 1M to 5M
visits; the issue's goals, each met or not, in benchmarks/results.json.

    python -m benchmarks.run            # every figure
    python -m benchmarks.run stats      # only the groups whose name contains "stats"
    python -m benchmarks.run hub        # the hub at city scale, on PostgreSQL (see benchmarks/hub.py)

Datasets are made once (benchmarks/datasets.py) and cached in benchmarks/data/. A figure
that misses its goal is printed as such; the runner exits 0 all the same: it measures, it
does not gate.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo

from .datasets import DATA, NOW, SIZES, dataset

HERE = Path(__file__).resolve().parent
FRENCH = load_catalog("fr").translate
__all__ = ["DATA", "FRENCH", "NOW", "Figure", "dataset"]


@dataclass
class Figure:
    name: str
    value: float  # median
    unit: str
    baseline: float | None  # median, measured alternated with the value
    baseline_name: str
    goal: str
    met: bool | None
    p99: float | None = None
    baseline_p99: float | None = None
    size: str = ""  # "60k", "1m" or "5m": the growth table's column

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


def alternated(
    app: Callable[[], object], base: Callable[[], object], repeat: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """The app's and the baseline's times (s), measured in turn: A B A B ..."""
    for _ in range(warmup):
        app()
        base()
    apps, bases = [], []
    for _ in range(repeat):
        for action, times in ((app, apps), (base, bases)):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return apps, bases


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measured(
    name: str,
    apps: list[float],
    bases: list[float] | None,
    baseline_name: str,
    goal: str,
    met: Callable[[float, float | None, float], bool],
    *,
    unit: str = "ms",
    size: str = "",
) -> Figure:
    """A figure from its times (s), in ``unit``; ``met(value, baseline, p99)`` in that unit."""
    scale = 1000 if unit == "ms" else 1
    value, p99 = statistics.median(apps) * scale, percentile(apps, 0.99) * scale
    base = statistics.median(bases) * scale if bases else None
    base_p99 = percentile(bases, 0.99) * scale if bases else None
    return Figure(name, value, unit, base, baseline_name, goal, met(value, base, p99), p99, base_p99, size)


def raw_connection(path: Path) -> sqlite3.Connection:
    """The baselines' connection: the app's pragmas (db/engine.py)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def bounds(period: Period) -> tuple[str, str]:
    return f"{period.first.isoformat()} 00:00:00.000000", f"{period.last.isoformat()} 23:59:59.999999"


def raw_group_by(conn: sqlite3.Connection, period: Period) -> list[tuple]:
    """One GROUP BY of the period's visits by request (the hub's one-site sheet compares with it)."""
    return conn.execute(
        "SELECT category_id, count(*) FROM visits WHERE visited_at >= ? AND visited_at <= ? GROUP BY category_id",
        bounds(period),
    ).fetchall()


def fresh_demo(name: str, years: float):
    """A small demonstration database made anew for one group of figures."""
    from maison_solidarite.services import Services

    path = DATA / f"{name}.sqlite3"
    for old in DATA.glob(f"{name}.sqlite3*"):
        old.unlink()
    prepared = prepare_database(str(path), DATA / "backups")
    ctx = DeskContext("bench", "bench", lambda: NOW, role=Role.ADMINISTRATOR)  # demonstration data: an administrator's
    load_demo(prepared.db, ctx, until=NOW, years=years, per_year=6000, seed=1)
    return prepared, Services.create(prepared.db, ctx)


def rota_figures() -> list[Figure]:
    from datetime import date
    from datetime import time as clock_time

    from PySide6.QtWidgets import QApplication

    from maison_solidarite.domain.rota import Recurrence, Series, could_meet, expand, first_conflict
    from maison_solidarite.ui.rota.view import RotaView

    app = QApplication.instance() or QApplication([])
    prepared, services = fresh_demo("rota", 0.1)

    def build_and_paint() -> None:
        view = RotaView(services)
        view.resize(1366, 768)
        view.show()
        view.grab()
        view.close()
        view.deleteLater()
        app.processEvents()

    week = median_seconds(build_and_paint, repeat=9)

    # 100 existing weekly series in 20 offices, and a new series checked over twelve months.
    existing = [
        Series(
            n,
            n % 50,
            n % 20,
            n % 5,
            clock_time(9 + (n // 20) % 4),
            clock_time(10 + (n // 20) % 4),
            date(2026, 1, 5),
            recurrence=Recurrence(),
        )
        for n in range(100)
    ]
    candidate = Series(999, 77, 3, 2, clock_time(14), clock_time(16), date(2026, 7, 1))
    first, last = date(2026, 7, 1), date(2027, 7, 1)

    def check() -> None:  # as the rota service does it
        first_conflict(
            expand([candidate], [], first, last), expand(could_meet(candidate, existing, []), [], first, last)
        )

    conflict = median_seconds(check, repeat=11)
    prepared.db.dispose()
    return [
        Figure(
            "rota: week view of 18 organisations, build and paint",
            week * 1000,
            "ms",
            None,
            "—",
            "≤ 50 ms",
            week * 1000 <= 50,
        ),
        Figure(
            "rota: conflict check of a new series over 12 months, 100 series",
            conflict * 1000,
            "ms",
            None,
            "—",
            "≤ 20 ms",
            conflict * 1000 <= 20,
        ),
    ]


def directory_figures() -> list[Figure]:
    from maison_solidarite.domain.directory import PartnerSheet

    prepared, services = fresh_demo("directory", 0.05)
    categories = [c.id for c in services.categories.list()]
    for n in range(200 - 18):
        services.directory.save(
            PartnerSheet(
                None,
                f"ASSO{n:03d}",
                f"Association numéro {n} pour l'entraide et la solidarité",
                category_ids=(categories[n % len(categories)],),
                offer="Accueil, écoute, orientation, aide aux démarches",
                keywords=f"entraide quartier {n % 7} bénévoles",
            )
        )
    index = services.directory.index(FRENCH)  # built once, as the directory screen does
    query = "surendettement"
    per_key = median_seconds(lambda: [index.search(query[: k + 1]) for k in range(len(query))], repeat=5) / len(query)
    prepared.db.dispose()
    return [
        Figure(
            "directory: search as you type, 200 partners, per key",
            per_key * 1000,
            "ms",
            None,
            "—",
            "≤ 10 ms",
            per_key * 1000 <= 10,
        )
    ]


def hub_figures() -> list[Figure]:
    from .hub import hub_figures as figures  # imported here: benchmarks/hub.py takes Figure from this module

    return figures()


def start_figures() -> list[Figure]:
    from .start import start_figures as figures

    return figures()


def key_press_figures() -> list[Figure]:
    from .keypress import key_press_figures as figures

    return figures()


def statistics_figures() -> list[Figure]:
    from .stats import statistics_figures as figures

    return figures()


GROUPS: dict[str, Callable[[], list[Figure]]] = {
    "start": start_figures,
    "keypress": key_press_figures,
    "stats": statistics_figures,
    "rota": rota_figures,
    "directory": directory_figures,
    "hub": hub_figures,
}


def main(argv: list[str]) -> int:
    from .report import report

    wanted = [name for name in GROUPS if not argv or any(a in name for a in argv)]
    figures: list[Figure] = []
    started = time.perf_counter()
    for name in wanted:
        print(f"[{name}]", flush=True)
        figures += GROUPS[name]()
    report(figures, HERE / "results.json", SIZES)
    print(f"\nmeasured in {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
