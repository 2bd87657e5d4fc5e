"""The statistics of a month and of a year at each size, beside the best raw SQL over the
visits that yields the same figures, alternated; the annual review's PDF and xlsx.

The baseline reads the period's visits through their (visited_at, category_id) index in
four queries, every breakdown the statistics show. One GROUP BY of every dimension at once
was tried and is about twice as slow (a year of 1M visits: 1.1 s against 0.55 s): it makes
some 60,000 groups.
- by request, channel, outcome and partner: one GROUP BY of the four;
- by weekday and hour: one GROUP BY;
- the profile (first visit, age band, neighbourhood): one GROUP BY of the three;
- the same period a year before, by request: one GROUP BY.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from functools import partial
from typing import Any

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs

from .datasets import DATA, NOW, SIZES, dataset
from .run import FRENCH, Figure, alternated, bounds, measured, raw_connection

PERIODS = (("month", Period.month(2026, 5)), ("year", Period.year(2025)))


def raw_statistics(conn: sqlite3.Connection, period: Period) -> dict[str, Any]:
    """Every breakdown of the statistics, from the visits."""
    low, high = bounds(period)
    where = "FROM visits WHERE visited_at >= ? AND visited_at <= ?"
    main = conn.execute(
        f"SELECT category_id, channel, outcome, organisation_id, count(*) {where} "
        "GROUP BY category_id, channel, outcome, organisation_id",
        (low, high),
    ).fetchall()
    hours = conn.execute(
        f"SELECT strftime('%w', visited_at), strftime('%H', visited_at), count(*) {where} GROUP BY 1, 2",
        (low, high),
    ).fetchall()
    profile = conn.execute(
        f"SELECT first_visit, age_band, neighbourhood, count(*) {where} GROUP BY 1, 2, 3", (low, high)
    ).fetchall()
    before = bounds(period.year_before())
    previous = conn.execute(f"SELECT category_id, count(*) {where} GROUP BY category_id", before).fetchall()
    return {"main": main, "hours": hours, "profile": profile, "previous": previous}


def _same_figures(raw: dict[str, Any], service: StatisticsService, period: Period) -> None:
    """The baseline must yield the statistics' figures: checked once, before timing."""
    stats = service.compute(period, FRENCH)
    by_category: Counter[int] = Counter()
    for category_id, _channel, _outcome, _partner, n in raw["main"]:
        by_category[category_id] += n
    assert sum(by_category.values()) == stats.total
    assert sorted(n for n in by_category.values() if n) == sorted(
        line.count for line in stats.by_category if line.count
    )
    matrix = {((int(d) + 6) % 7, int(h)): n for d, h, n in raw["hours"]}
    assert matrix == stats.weekday_hour
    assert sum(n for _c, n in raw["previous"]) == (stats.previous_total or 0)


def statistics_figures() -> list[Figure]:
    figures = []
    for size in SIZES:
        figures += _at_size(size)
    return figures


def _at_size(size: str) -> list[Figure]:
    path = dataset(size)
    prepared = prepare_database(str(path), DATA / "backups")
    service = StatisticsService(prepared.db, DeskContext("bench", "bench", lambda: NOW))
    outputs = StatisticsOutputs(service)
    conn = raw_connection(path)
    figures = []
    at_5m = size == "5m"
    for label, period in PERIODS:
        _same_figures(raw_statistics(conn, period), service, period)
        apps, bases = alternated(
            partial(service.compute, period, FRENCH),
            partial(raw_statistics, conn, period),
            7 if label == "month" else 5,
        )
        figures.append(
            measured(
                f"stats: statistics of one {label}, {size}",
                apps,
                bases,
                f"raw SQL over the visits: every breakdown of the {label}",
                "≤ 1× at 5m",
                lambda v, b, _p: not at_5m or (b is not None and v <= b),
                size=size,
            )
        )

    def review() -> None:
        outputs.annual_pdf(2025, FRENCH, FRENCH_NUMBERS)
        outputs.annual_xlsx(2025, FRENCH, FRENCH_NUMBERS)

    review()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        review()
        times.append(time.perf_counter() - start)
    figures.append(
        measured(
            f"stats: annual review PDF + xlsx, {size}",
            times,
            None,
            "—",
            "≤ 1 s at 5m",
            lambda v, _b, _p: not at_5m or v <= 1,
            unit="s",
            size=size,
        )
    )
    conn.close()
    prepared.db.dispose()
    return figures
