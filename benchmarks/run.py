"""Benchmarks: each figure measured beside its bare limit in the same run, and their ratio.

    python -m benchmarks.run            # every figure
    python -m benchmarks.run stats      # only the figures whose name contains "stats"
    python -m benchmarks.run hub        # the hub at city scale, on PostgreSQL (see benchmarks/hub.py)

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

from maison_solidarite.db.schema import head_revision, prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs

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
    ctx = DeskContext("bench", "bench", lambda: NOW, role=Role.ADMINISTRATOR)  # demonstration data: an administrator's
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
            Figure(
                f"stats: statistics for one {label}, 1M visits",
                app * 1000,
                "ms",
                raw * 1000,
                f"raw SQL GROUP BY of the {label}",
                "≤ 3×",
                app / raw <= 3,
            )
        )
    pdf = median_seconds(lambda: outputs.monthly_pdf(Period.month(2026, 5), FRENCH, FRENCH_NUMBERS), repeat=5)
    figures.append(
        Figure("stats: monthly sheet PDF, data to bytes, 1M visits", pdf, "s", None, "—", "≤ 0.5 s", pdf <= 0.5)
    )
    review = median_seconds(
        lambda: (outputs.annual_pdf(2025, FRENCH, FRENCH_NUMBERS), outputs.annual_xlsx(2025, FRENCH, FRENCH_NUMBERS)),
        repeat=3,
    )
    figures.append(Figure("stats: annual review PDF + xlsx, 1M visits", review, "s", None, "—", "≤ 2 s", review <= 2))
    conn.close()
    prepared.db.dispose()
    return figures


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


CHILD_BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print("READY", flush=True)
"""

CHILD_APP = """
import os, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtWidgets import QApplication
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.ui.app import install_translators
from maison_solidarite.ui.main_window import MainWindow
app = QApplication([])
install_translators(app, "fr")
db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
window = MainWindow(Services.create(db, DeskContext("bench", "bench", lambda: datetime(2026, 6, 30, 11, 0))))
window.resize(1366, 768)
window.show()
app.processEvents()
window.reception.pad.setFocus()
print("READY", flush=True)
"""

RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
print("RSS", rss_mb(), flush=True)
"""


def child_seconds(code: str, *args: str) -> tuple[float, float]:
    """Time from starting a fresh interpreter until its window is up and answers (READY), and its RSS (MB)."""
    import subprocess

    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code + RSS, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("READY"):
                elapsed = time.perf_counter() - started
            if line.startswith("RSS"):
                rss = float(line.split()[1])
        child.wait()
    return elapsed, rss


def start_figures() -> list[Figure]:
    small, big = dataset("60k"), dataset("1m")
    backups = str(DATA / "backups")
    bare = statistics.median(child_seconds(CHILD_BARE)[0] for _ in range(5))
    app = statistics.median(child_seconds(CHILD_APP, str(small), backups)[0] for _ in range(5))
    bare_rss = statistics.median(child_seconds(CHILD_BARE)[1] for _ in range(3))
    app_rss = statistics.median(child_seconds(CHILD_APP, str(big), backups)[1] for _ in range(3))
    return [
        Figure(
            "start: cold start to the reception screen, 60k visits",
            app,
            "s",
            bare,
            "bare QMainWindow in a fresh process",
            "≤ 2.0×",
            app / bare <= 2.0,
        ),
        Figure(
            "start: resident memory with the reception screen, 1M visits",
            app_rss,
            "MB",
            bare_rss,
            "bare QMainWindow",
            "≤ +80 MB",
            app_rss - bare_rss <= 80,
        ),
    ]


def key_press_figures() -> list[Figure]:
    """One key on the reception screen until the visit is committed and the counter shows it."""
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from maison_solidarite.services import Services
    from maison_solidarite.ui.app import install_translators
    from maison_solidarite.ui.reception.view import ReceptionView

    work = DATA / "keypress.sqlite3"
    for old in DATA.glob("keypress.sqlite3*"):
        old.unlink()
    shutil.copy(dataset("60k"), work)
    app = QApplication.instance() or QApplication([])
    install_translators(app, "fr")
    prepared = prepare_database(str(work), DATA / "backups")
    clock_now = [datetime(2026, 6, 30, 11, 0)]
    services = Services.create(prepared.db, DeskContext("bench", "bench", lambda: clock_now[0]))
    view = ReceptionView(services)
    view.resize(1366, 768)
    view.show()
    view.pad.setFocus()
    app.processEvents()
    total_row = view.counter_model.index(0, view.counter_model.TODAY)
    presses = []
    for _ in range(200):
        before = int(total_row.data().replace("\u202f", ""))
        start = time.perf_counter()
        QTest.keyClick(view.pad, Qt.Key.Key_1)
        assert int(view.counter_model.index(0, view.counter_model.TODAY).data().replace("\u202f", "")) == before + 1
        presses.append(time.perf_counter() - start)
    view.close()
    prepared.db.dispose()

    raw = raw_connection(work)
    raw.isolation_level = None
    inserts = []
    for n in range(200):
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO visits (uid, visited_at, category_id, channel, outcome, desk_id, agent, created_at, updated_at) "
            "VALUES (?, '2026-06-30 11:00:00.000000', 1, 'walk_in', 'answered', 'raw', 'raw', '2026-06-30 11:00:00.000000', '2026-06-30 11:00:00.000000')",
            (f"raw-{n}-{time.time_ns()}",),
        )
        raw.execute("COMMIT")
        inserts.append(time.perf_counter() - start)
    raw.close()
    key, base = statistics.median(presses), statistics.median(inserts)
    p99 = percentile(presses, 0.99)
    return [
        Figure(
            "keypress: key to visit committed and counted (median)",
            key * 1000,
            "ms",
            base * 1000,
            "raw sqlite3 INSERT + COMMIT, WAL, synchronous=FULL",
            "≤ 5×",
            key / base <= 5,
        ),
        Figure(
            "keypress: key to visit committed and counted (p99)",
            p99 * 1000,
            "ms",
            None,
            "—",
            "≤ 15 ms",
            p99 * 1000 <= 15,
        ),
    ]


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


GROUPS: dict[str, Callable[[], list[Figure]]] = {
    "start": start_figures,
    "keypress": key_press_figures,
    "stats": statistics_figures,
    "rota": rota_figures,
    "directory": directory_figures,
    "hub": hub_figures,
}


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
