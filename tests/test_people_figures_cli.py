"""``stats --format json`` on the command line holds the people and gatherings' figures."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main

LAST_WEEK = date.today() - timedelta(days=7)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_as_json_count_people_by_key_with_the_share_of_visits_that_carry_one(
    home: Path, cli_db: Path, capsys
) -> None:
    at = f"{LAST_WEEK.isoformat()}T10:00"
    for person in ("MARTIN;Paul;1980-01-01", "Martin;Paul;1980-01-01", None):
        extra = ("--person", person) if person else ()
        code, _out, err = run(capsys, cli_db, "visit", "add", "--category", "health", "--at", at, *extra)
        assert (code, err) == (0, ""), err
    code, out, err = run(
        capsys, cli_db, "event", "add", "--kind", "action", "--title", "Petit-déjeuner santé",
        "--at", f"{LAST_WEEK.isoformat()}T09:00", "--end", "09:45", "--theme", "health",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    event = out.strip()
    code, _out, err = run(
        capsys,
        cli_db,
        "event",
        "attend",
        event,
        "--person",
        "Martin;Paul;1980-01-01",
        "--person",
        "Durand;Léa;1990-02-02",
    )
    assert (code, err) == (0, ""), err
    code, out, err = run(
        capsys, cli_db, "stats", "--from", LAST_WEEK.isoformat(), "--to", LAST_WEEK.isoformat(), "--format", "json"
    )
    assert (code, err) == (0, ""), err
    figures = json.loads(out)
    people, actions = figures["people"], figures["actions"]
    assert people["visits"] == 3 and people["keyed_visits"] == 2 and people["key_share"] == round(2 / 3, 6)
    assert people["distinct_visitors"] == 1 and people["distinct_participants"] == 2 and people["distinct"] == 2
    assert people["visits_per_person"] == 2.0
    assert actions["sessions"] == 1 and actions["attendances"] == 2 and actions["by_theme"][0]["theme"] == "Santé"
    assert figures["meetings"]["held"] == 0 and figures["meetings"]["participation_rate"] is None
