"""The hub at city scale: 10 sites x 3 desks x 10 years of visits (about 600,000) on one hub.

    python -m benchmarks.run hub
    MAISON_BENCH_HUB_SCALE=0.1 python -m benchmarks.run hub    # a tenth of the visits, quickly

Each figure is measured beside a raw read of the same rows on the same server, alternated
(raw, app, raw, app...), medians:
- a first join of a new desk of one site: a full pull of the site's visits (about 60,000)
  into a new SQLite desk, beside a raw COPY ... TO STDOUT of those rows;
- an incremental sync of 100 visits: one round that pushes them from a desk, and one round
  that pulls them on another desk of the site, beside a raw SELECT of those 100 rows;
- the monthly sheet (statistics to PDF bytes) for the city, run on the hub over every site,
  and for one site, run on a desk (a desk is a full replica of its site), beside a raw
  GROUP BY of the month on the same database. The statistics service has no site filter:
  the one-site sheet is the desk's.

The hub is a database made for the run on the server of MAISON_BENCH_HUB_URL, else of
MAISON_SOLIDARITE_TEST_PG_URL, else the project's test server (packaging/test-postgres.sh),
dropped at the end. Its visits are generated on the server (INSERT ... SELECT over
generate_series, each with its hub_seq from hub_change_seq, and hub_desks rows), not pushed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.statistics_outputs import StatisticsOutputs

from .run import DATA, FRENCH, NOW, Figure

SITES, DESKS_PER_SITE, YEARS = 10, 3, 10
PER_DESK_YEAR = 2_000  # 10 x 3 x 10 x 2,000 = 600,000 visits
SITE = "Maison 05"  # the site of the new desks
MONTH = Period.month(2026, 5)
YEAR = Period.year(2025)
ROOT = Path(__file__).resolve().parent.parent
HUB_NAME = "maison_bench_hub"


def _scale() -> float:
    return float(os.environ.get("MAISON_BENCH_HUB_SCALE", "1"))


@contextmanager
def _server() -> Iterator[str | None]:
    """A PostgreSQL server's URL (the test server is started, then stopped, if need be)."""
    url = os.environ.get("MAISON_BENCH_HUB_URL") or os.environ.get("MAISON_SOLIDARITE_TEST_PG_URL")
    if url:
        yield url
        return
    script = str(ROOT / "packaging" / "test-postgres.sh")
    base = os.environ.get("MAISON_SOLIDARITE_PG_DIR", f"/tmp/maison-solidarite-test-pg-{os.getuid()}")
    running = Path(base, ".s.PGSQL.55432").exists()  # someone's tests may be using it: left running
    started = subprocess.run(["sh", script, "start"], capture_output=True, text=True, check=False).stdout.strip()
    try:
        yield started or None
    finally:
        if started and not running:
            subprocess.run(["sh", script, "stop"], check=False)


@contextmanager
def _hub_database(server: str) -> Iterator[str]:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {HUB_NAME} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {HUB_NAME}"))
    try:
        yield make_url(server).set(database=HUB_NAME).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {HUB_NAME} WITH (FORCE)"))
        admin.dispose()


def _desk(name: str, *, demo: bool = False) -> Services:
    path = DATA / f"hub-{name}.sqlite3"
    for old in DATA.glob(f"hub-{name}.sqlite3*"):
        old.unlink()
    prepared = prepare_database(str(path), DATA / "backups")
    ctx = DeskContext(name, "bench", lambda: NOW, role=Role.ADMINISTRATOR)  # joining a hub: an administrator's
    if demo:  # the partners, categories and rota that become the hub's shared records
        load_demo(prepared.db, ctx, until=NOW, years=0.01, per_year=6000, seed=1)
    return Services.create(prepared.db, ctx)


DESKS_SQL = """
INSERT INTO hub_desks (desk_uid, name, site, joined_at)
SELECT md5('desk:' || s || ':' || d)::uuid::text,
       'Maison ' || lpad(s::text, 2, '0') || ' - Accueil ' || d,
       'Maison ' || lpad(s::text, 2, '0'),
       '2016-06-01'
FROM generate_series(1, :sites) s, generate_series(1, :desks) d
ON CONFLICT DO NOTHING
"""

# Visits on working days (Monday to Friday, 9:00 to 17:00), spread evenly over ten years for
# each desk, numbered by the hub in the order of time as if pushed as they were logged.
VISITS_SQL = """
WITH cat AS (SELECT array_agg(id ORDER BY id) AS ids FROM categories WHERE active),
     org AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisations),
     made AS (
        SELECT d.desk_uid, g,
               timestamp '2016-07-04' + ((k / 5) * 7 + k % 5) * interval '1 day'
                   + (9 * 60 + (g * 7919 + d.n * 131) % 480) * interval '1 minute' AS at
        FROM (SELECT desk_uid, row_number() OVER (ORDER BY desk_uid) AS n FROM hub_desks
              WHERE name LIKE 'Maison % - Accueil %') d,
             generate_series(1, :per_desk) g,
             LATERAL (SELECT ((g - 1) * :working_days / :per_desk)::int AS k) day
        ORDER BY at
     )
INSERT INTO visits (uid, visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band,
                    neighbourhood, note, desk_id, agent, created_at, updated_at, version, origin, hub_seq)
SELECT md5(made.desk_uid || ':' || g)::uuid::text, at,
       cat.ids[1 + (g * 7 + length(made.desk_uid)) % array_length(cat.ids, 1)],
       (ARRAY['walk_in', 'walk_in', 'walk_in', 'phone', 'phone', 'email', 'appointment'])[1 + g % 7],
       CASE WHEN g % 4 = 0 THEN 'oriented' WHEN g % 9 = 0 THEN 'appointment' ELSE 'answered' END,
       CASE WHEN g % 4 = 0 THEN org.ids[1 + g % array_length(org.ids, 1)] END,
       CASE g % 3 WHEN 0 THEN true WHEN 1 THEN false END,
       (ARRAY['under_25', '25_39', '40_59', '60_plus', NULL])[1 + g % 5],
       (ARRAY['Centre', 'Les Rives', 'Le Plateau', NULL])[1 + g % 4],
       NULL, made.desk_uid, 'agent.' || (g % 4), at, at, 1, made.desk_uid, nextval('hub_change_seq')
FROM made, cat, org
"""

SECONDARY_SQL = """
INSERT INTO visit_secondary_categories (visit_id, category_id)
SELECT v.id, c.id FROM visits v
JOIN LATERAL (SELECT id FROM categories WHERE id <> v.category_id ORDER BY id LIMIT 1) c ON true
WHERE v.id % 10 = 0 AND v.origin IN (SELECT desk_uid FROM hub_desks WHERE name LIKE 'Maison % - Accueil %')
"""

TRAVELLING = (
    "uid, visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band, "
    "neighbourhood, note, desk_id, agent, created_at, updated_at, version, origin"
)


def _fill(hub: str) -> int:
    """The hub's visits of ten years, generated on the server; returns their number."""
    per_desk = round(PER_DESK_YEAR * YEARS * _scale())
    working_days = YEARS * 52 * 5
    engine = create_engine(hub)
    with engine.begin() as conn:
        conn.execute(text(DESKS_SQL), {"sites": SITES, "desks": DESKS_PER_SITE})
        conn.execute(text(VISITS_SQL), {"per_desk": per_desk, "working_days": working_days})
        conn.execute(text(SECONDARY_SQL))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
        total = int(conn.execute(text("SELECT count(*) FROM visits")).scalar_one())
    engine.dispose()
    return total


_RAW: dict[str, Any] = {}  # one raw psycopg connection per hub, kept open as the app keeps its pool


def _raw(hub: str) -> Any:
    import psycopg

    if hub not in _RAW:
        conninfo = make_url(hub).render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql")
        _RAW[hub] = psycopg.connect(conninfo, autocommit=True)
    return _RAW[hub]


def _raw_copy(hub: str, query: str) -> Callable[[], int]:
    """A raw COPY (query) TO STDOUT on a kept connection: the bytes the server sends."""

    def run() -> int:
        size = 0
        with _raw(hub).cursor().copy(f"COPY ({query}) TO STDOUT") as copy:
            for block in copy:
                size += len(block)
        return size

    return run


def _alternated(raw: Callable[[], object], app: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Medians of raw and app, measured raw, app, raw, app..."""
    raws, apps = [], []
    for _ in range(repeat):
        for action, times in ((raw, raws), (app, apps)):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return statistics.median(raws), statistics.median(apps)


def _spaced(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _site_rows(site: str, after: str = "0") -> str:
    return (
        f"SELECT hub_seq, {TRAVELLING} FROM visits WHERE hub_seq > {after} AND origin IN "
        f"(SELECT desk_uid FROM hub_desks WHERE site = '{site}') ORDER BY hub_seq"
    )


def _figure(name: str, app: float, raw: float, baseline: str, limit_s: float, unit: str = "s") -> Figure:
    """``app`` beside ``raw`` (seconds), with an absolute goal: the ratio is printed, not judged."""
    factor = 1000 if unit == "ms" else 1
    goal = f"≤ {limit_s * factor:g} {unit}"
    return Figure(name, app * factor, unit, raw * factor, baseline, goal, app <= limit_s)


def join_figures(hub: str, site_visits: int, repeat: int = 2) -> tuple[list[Figure], list[Services]]:
    """A new desk of one site joins: the full pull of the site's visits into a new SQLite desk."""
    desks = [_desk(f"new{n}") for n in range(repeat)]  # made before: only the join is timed
    waiting = iter(desks)

    def join() -> None:
        desk = next(waiting)
        report = desk.sync.join(hub, f"{SITE} - Nouveau poste {desks.index(desk) + 1}", site=SITE)
        assert report.pulled == site_visits, (report.pulled, site_visits)

    raw, app = _alternated(_raw_copy(hub, _site_rows(SITE)), join, repeat)
    figure = _figure(
        f"hub: first join of a new desk, full pull of one site ({_spaced(site_visits)} visits)",
        app,
        raw,
        "raw COPY (the site's visits) TO STDOUT",
        60,
    )
    return [figure], desks


def _cursor(desk: Services) -> int:
    with desk.db.read() as session:
        return int(session.execute(text("SELECT cursor FROM sync_state")).scalar_one())


def incremental_figures(hub: str, sender: Services, receiver: Services, repeat: int = 5) -> list[Figure]:
    """100 visits logged on one desk: one round pushes them, one round on another desk pulls them."""
    category = sender.categories.list()[0].id
    pushes, pulls, raws = [], [], []
    for _ in range(repeat):
        for _visit in range(100):
            sender.visits.log(category)
        raw = _raw_copy(hub, _site_rows(SITE, after=str(_cursor(receiver))))
        start = time.perf_counter()
        assert sender.sync.run_round().pushed == 100
        pushes.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw()
        raws.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert receiver.sync.run_round().pulled == 100
        pulls.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw()
        raws.append(time.perf_counter() - start)
    base = statistics.median(raws)
    baseline = "raw COPY (the 100 visits) TO STDOUT"
    return [
        _figure(
            "hub: incremental sync, one round pushing 100 visits", statistics.median(pushes), base, baseline, 1, "ms"
        ),
        _figure(
            "hub: incremental sync, one round pulling 100 visits", statistics.median(pulls), base, baseline, 1, "ms"
        ),
    ]


def _pg_breakdowns(hub: str, period: Period) -> Callable[[], list[tuple[int, int]]]:
    """Every breakdown the statistics show, from the hub's visits (as benchmarks/stats.py
    does on SQLite); returns the first, by request and channel, outcome and partner."""
    low, high = f"{period.first.isoformat()} 00:00:00", f"{period.last.isoformat()} 23:59:59.999999"
    before = period.year_before()
    earlier = (f"{before.first.isoformat()} 00:00:00", f"{before.last.isoformat()} 23:59:59.999999")
    where = "FROM visits WHERE visited_at >= %s AND visited_at <= %s"

    def run() -> list[tuple[int, int]]:
        conn = _raw(hub)
        main = conn.execute(
            f"SELECT category_id, channel, outcome, organisation_id, count(*) {where} GROUP BY 1, 2, 3, 4", (low, high)
        ).fetchall()
        conn.execute(
            f"SELECT extract(dow FROM visited_at), extract(hour FROM visited_at), count(*) {where} GROUP BY 1, 2",
            (low, high),
        ).fetchall()
        conn.execute(
            f"SELECT first_visit, age_band, neighbourhood, count(*) {where} GROUP BY 1, 2, 3", (low, high)
        ).fetchall()
        conn.execute(f"SELECT category_id, count(*) {where} GROUP BY 1", earlier).fetchall()
        return [(row[0], row[4]) for row in main]

    return run


def _sheet_pair(
    where: str,
    outputs: StatisticsOutputs,
    raw: Callable[[], list[tuple[int, int]]],
    baseline: str,
    limits: tuple[float, float],
    repeat: int,
) -> list[Figure]:
    """The month's statistics and its sheet (to PDF bytes), each beside the raw GROUP BY."""
    total = outputs.statistics.compute(MONTH, FRENCH).total
    assert sum(n for _c, n in raw()) == total
    base, app = _alternated(raw, lambda: outputs.statistics.compute(MONTH, FRENCH), repeat)
    sheet_base, sheet = _alternated(raw, lambda: outputs.monthly_pdf(MONTH, FRENCH, FRENCH_NUMBERS), repeat)
    month = f"{_spaced(total)} visits in the month"
    return [
        _figure(f"hub: monthly statistics of {where} ({month})", app, base, baseline, limits[0], "ms"),
        _figure(f"hub: monthly sheet PDF of {where} ({month})", sheet, sheet_base, baseline, limits[1]),
    ]


def sheet_figures(hub: str, desk: Services, repeat: int = 5) -> list[Figure]:
    """The city's figures, computed on the hub from a desk (stats --all-sites), and one
    site's, computed on a desk (a desk holds every visit of its site)."""
    from .run import raw_connection, raw_group_by

    city_raw = _pg_breakdowns(hub, MONTH)
    site_conn = raw_connection(Path(make_url(desk.db.url).database or ""))
    try:
        figures = _sheet_pair(
            "the city, on the hub",
            desk.sync.all_sites(),
            city_raw,
            "raw SQL on the hub: every breakdown of the month",
            (0.3, 2),
            repeat,
        )
        figures += _sheet_pair(
            "one site, on a desk",
            desk.statistics_outputs,
            lambda: raw_group_by(site_conn, MONTH),
            "raw sqlite3 GROUP BY of the month on the desk",
            (0.1, 0.5),
            repeat,
        )
        city = desk.sync.all_sites().statistics
        year_raw = _pg_breakdowns(hub, YEAR)
        assert sum(n for _c, n in year_raw()) == city.compute(YEAR, FRENCH).total
        base, app = _alternated(year_raw, lambda: city.compute(YEAR, FRENCH), repeat)
        figures.append(
            _figure(
                f"hub: yearly statistics of the city, on the hub ({_spaced(city.compute(YEAR, FRENCH).total)} visits)",
                app,
                base,
                "raw SQL on the hub: every breakdown of the year",
                1.0,
                "ms",
            )
        )
    finally:
        site_conn.close()
    return figures


def _shown(figures: list[Figure]) -> list[Figure]:
    for f in figures:  # as measured: a later failure does not hide them
        print(f"  {f.name}: {f.value:.2f} {f.unit} (baseline {f.baseline or 0:.2f} {f.unit})", flush=True)
    return figures


def hub_figures() -> list[Figure]:
    with _server() as server:
        if server is None:
            print("  skipped: no PostgreSQL server (set MAISON_BENCH_HUB_URL)", flush=True)
            return []
        with _hub_database(server) as hub:
            started = time.perf_counter()
            seed = _desk("seed", demo=True)
            seed.sync.join(hub, "Maison 01 - Coordination", site="Maison 01")  # creates the hub's tables
            total = _fill(hub)
            engine = create_engine(hub)
            with engine.connect() as conn:
                site_visits = int(
                    conn.execute(
                        text(
                            "SELECT count(*) FROM visits v JOIN hub_desks d ON d.desk_uid = v.origin WHERE d.site = :s"
                        ),
                        {"s": SITE},
                    ).scalar_one()
                )
            engine.dispose()
            print(f"  hub: {total:,} visits of {SITES} sites in {time.perf_counter() - started:.1f} s", flush=True)
            joined, desks = join_figures(hub, site_visits)
            figures = _shown(joined)
            figures += _shown(incremental_figures(hub, desks[0], desks[1]))
            figures += _shown(sheet_figures(hub, desks[1]))
            for services in (seed, *desks):
                services.sync.close()
                services.close()
            for conn in _RAW.values():
                conn.close()
            _RAW.clear()
    return figures
