"""The benchmark's printout and benchmarks/results.json: each figure beside its baseline,
the growth table (60k, 1M, 5M visits), and the issue's goals, each met or not."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from .run import Figure

GOALS = {  # the goals: the figures (by name's start) each one covers
    "start to the login dialog ≤ 2× a bare Qt window, at 60k and 5M": [
        "start: to the login dialog, 60k",
        "start: to the login dialog, 5m",
    ],
    "start to the reception screen after login ≤ 4× the bare window": [
        "start: to the reception screen after login, 60k",
        "start: to the reception screen after login, 5m",
    ],
    "key press to the committed, counted visit ≤ 3× raw INSERT+COMMIT, p99 ≤ 10 ms, at 60k and 5M": [
        "keypress: key to visit committed and counted, 60k",
        "keypress: key to visit committed and counted, 5m",
    ],
    "month and year statistics at 5M ≤ the raw SQL of the same period over the visits": [
        "stats: statistics of one month, 5m",
        "stats: statistics of one year, 5m",
    ],
    "annual review PDF + xlsx ≤ 1 s at 5M": ["stats: annual review PDF + xlsx, 5m"],
    "memory with the reception screen ≤ +80 MB over the bare window": [
        "start: resident memory with the reception screen, 60k",
        "start: resident memory with the reception screen, 5m",
    ],
    "start at 5M ≤ 1.2× the start at 60k": ["start: to the reception screen, 5m against 60k"],
}


def _number(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:.2f} {unit}"


def _table(figures: Sequence[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print()
    print(f"{'figure':<{width}}  {'median':>10}  {'p99':>10}  {'baseline':>10}  {'base p99':>10}  {'ratio':>7}  goal")
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        verdict = "ok" if f.met else "MISSED" if f.met is False else ""
        print(
            f"{f.name:<{width}}  {_number(f.value, f.unit):>10}  {_number(f.p99, f.unit):>10}  "
            f"{_number(f.baseline, f.unit):>10}  {_number(f.baseline_p99, f.unit):>10}  {ratio:>7}  {f.goal} {verdict}"
        )


def growth(figures: Sequence[Figure], sizes: Sequence[str]) -> dict[str, dict[str, float]]:
    """Each figure measured at several sizes: its median at each."""
    table: dict[str, dict[str, float]] = {}
    for f in figures:
        if f.size and f.name.endswith(f", {f.size}"):
            table.setdefault(f.name.removesuffix(f", {f.size}"), {})[f.size] = f.value
    return {name: row for name, row in table.items() if len(row) > 1}


def _growth_table(rows: dict[str, dict[str, float]], units: dict[str, str], sizes: Sequence[str]) -> None:
    if not rows:
        return
    width = max(len(name) for name in rows)
    print()
    print(f"{'growth':<{width}}  " + "  ".join(f"{s:>10}" for s in sizes) + f"  {'last/first':>10}")
    for name, row in rows.items():
        cells = "  ".join(f"{_number(row.get(s), units[name]):>10}" for s in sizes)
        first, last = row.get(sizes[0]), row.get(sizes[-1])
        ratio = f"{last / first:.2f}×" if first and last else "—"
        print(f"{name:<{width}}  {cells}  {ratio:>10}")


def report(figures: Sequence[Figure], results: Path, sizes: Sequence[str]) -> None:
    """Print the tables; merge the figures into ``results`` and judge the goals on them."""
    if figures:
        _table(figures)
    previous = json.loads(results.read_text()) if results.exists() else {}
    known: dict[str, dict[str, object]] = previous.get("figures", {}) if "figures" in previous else {}
    known.update({f.name: {**asdict(f), "ratio": f.ratio} for f in figures})
    everything = [Figure(**{k: v for k, v in row.items() if k != "ratio"}) for row in known.values()]  # type: ignore[arg-type]
    rows = growth(everything, sizes)
    units = {f.name.removesuffix(f", {f.size}"): f.unit for f in everything}
    _growth_table(rows, units, sizes)
    goals = {}
    for goal, names in GOALS.items():
        found = [known[name] for name in names if name in known]
        met = None if len(found) < len(names) else all(bool(row["met"]) for row in found)
        goals[goal] = {"met": met, "figures": names}
    print()
    for goal, row in goals.items():
        verdict = {True: "met", False: "MISSED", None: "not measured"}[row["met"]]  # type: ignore[index]
        print(f"{verdict:>12}  {goal}")
    results.write_text(
        json.dumps({"figures": known, "growth": rows, "goals": goals}, indent=2, ensure_ascii=False) + "\n"
    )
