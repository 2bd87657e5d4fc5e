"""The command line of past totals and paper days: all or nothing, French messages, exit 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_history_import_list_and_the_figures_of_a_past_year(cli_db: Path, tmp_path: Path, capsys) -> None:
    csv = tmp_path / "bilans.csv"
    csv.write_text("Période;Catégorie;Nombre\n2023;rights;1900\n2023;Santé;250\n2024;RIGHTS;2000\n", "utf-8")
    code, out, err = run(capsys, "--db", str(cli_db), "history", "import", str(csv))
    assert (code, err) == (0, "") and "3" in out and "bilans.csv" in out
    code, out, _err = run(capsys, "--db", str(cli_db), "history", "list")
    assert code == 0 and out.splitlines()[1:] == [
        "2023;rights;1900;bilans.csv",
        "2023;health;250;bilans.csv",
        "2024;rights;2000;bilans.csv",
    ]
    code, out, _err = run(capsys, "--db", str(cli_db), "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    figures = json.loads(out)
    assert code == 0 and figures["total"] == 2000 and figures["previous_total"] == 2150
    assert figures["provenance"] == {
        "live": 0,
        "paper": 0,
        "paper_days": 0,
        "paper_days_closed": 0,
        "past_totals": 2000,
        "total": 2000,
        "counting_began": "2023-01-01",
    }
    # A month of a year known only by its yearly total is not known: no figure, no change.
    code, out, _err = run(capsys, "--db", str(cli_db), "stats", "--from", "2024-03-01", "--to", "2024-03-31")
    figures = json.loads(out)
    assert figures["known"] is False and figures["total"] is None and figures["change"] is None
    code, out, _err = run(capsys, "--db", str(cli_db), "history", "start")
    assert code == 0 and "01/01/2023" in out


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("2024;rights;12\n2024-13;rights;5\n", 2, "2024-13"),
        ("2024;rights;12\n2024;rights;-5\n", 2, "-5"),
        ("2024;rights;12\n2023;astrologie;5\n", 2, "astrologie"),
        ("2024;rights;12\n2099;rights;5\n", 2, "2099"),
    ],
)
def test_a_bad_history_file_says_which_line_exits_2_and_writes_nothing(
    cli_db: Path, tmp_path: Path, capsys, text: str, line: int, message: str
) -> None:
    assert run(capsys, "--db", str(cli_db), "visit", "add", "--category", "rights", "--at", "2026-03-02T10:00")[0] == 0
    csv = tmp_path / "bilans.csv"
    csv.write_text(text, "utf-8")
    code, out, err = run(capsys, "--db", str(cli_db), "history", "import", str(csv))
    assert code == 2 and out == ""
    assert f"ligne {line}" in err and message in err and "Traceback" not in err
    assert count(cli_db, "past_totals") == 0


def test_tally_add_stores_the_extra_counts_and_the_statistics_count_them(cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert run(capsys, "--db", db, "visit", "add", "--category", "rights", "--at", "2026-11-16T10:00")[0] == 0
    code, out, err = run(
        capsys, "--db", db, "tally", "add", "2026-11-16", "rights=4", "HEALTH=2", "--half", "afternoon"
    )
    assert (code, err) == (0, "") and "6" in out and "1" in out and "16/11/2026" in out
    code, out, _err = run(capsys, "--db", db, "tally", "list", "2026-11-16")
    assert out.splitlines()[0].startswith("rights=1 ") and "rights=4" in out and "health=2" in out
    code, out, _err = run(capsys, "--db", db, "stats", "--from", "2026-11-16", "--to", "2026-11-16")
    figures = json.loads(out)
    assert figures["total"] == 7
    assert (figures["provenance"]["live"], figures["provenance"]["paper"], figures["provenance"]["paper_days"]) == (
        1,
        6,
        1,
    )
    assert {line["code"]: line["count"] for line in figures["by_channel"]}["not_recorded"] == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2099-01-04", "rights=3"), "04/01/2099"),  # in the future
        (("2026-11-11", "rights=3"), "Armistice"),  # a public holiday
        (("2026-11-15", "rights=3"), "15/11/2026"),  # a Sunday
        (("2026-11-16", "astrologie=3"), "astrologie"),
        (("2026-11-16", "rights=-3"), "rights=-3"),
        (("2026-11-16", "rights=2.5"), "rights=2.5"),
        (("2026-11-16", "rights"), "rights"),
        (("16/11/2026", "rights=3"), "16/11/2026"),
    ],
)
def test_a_bad_paper_day_exits_2_with_one_french_line_and_writes_nothing(
    cli_db: Path, capsys, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(cli_db), "tally", "add", *args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert message in err and "Traceback" not in err
    assert count(cli_db, "paper_tallies") == 0


def test_a_closed_day_is_entered_once_confirmed_and_the_sheets_say_so(cli_db: Path, tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "--db", str(cli_db), "tally", "add", "2026-11-15", "rights=3", "--confirm-closed")
    assert (code, err) == (0, "")
    assert count(cli_db, "paper_tallies") == 1
    sheet = tmp_path / "novembre.pdf"
    code, _out, err = run(capsys, "--db", str(cli_db), "report", "monthly", "2026-11", "-o", str(sheet))
    assert (code, err) == (0, "")
    text = " ".join(
        subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "dont 3 passages saisis depuis des feuilles papier (1 jour)" in text
    assert "Journées sur papier un jour de fermeture de la Maison, saisies après confirmation : 1." in text


def test_tally_sheet_writes_the_day_s_sheet(cli_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "feuille.pdf"
    code, _out, err = run(capsys, "--db", str(cli_db), "tally", "sheet", "2026-11-27", "-o", str(target))
    assert (code, err) == (0, "") and target.read_bytes().startswith(b"%PDF")


def test_stats_as_csv_says_where_the_total_comes_from_and_leaves_an_unknown_total_empty(cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert run(capsys, "--db", db, "visit", "add", "--category", "rights", "--at", "2026-11-16T10:00")[0] == 0
    assert run(capsys, "--db", db, "tally", "add", "2026-11-13", "health=5")[0] == 0
    code, out, _err = run(capsys, "--db", db, "stats", "--from", "2026-11-01", "--to", "2026-11-20", "--format", "csv")
    rows = [line.split(";") for line in out.splitlines()]
    assert code == 0 and rows[1][:4] == ["total", "", "", "6"]
    provenance = {row[1]: row[3] for row in rows if row[0] == "provenance"}
    assert provenance == {"live": "1", "paper": "5", "paper_days": "1", "past_totals": "0"}
    code, out, _err = run(capsys, "--db", db, "stats", "--from", "2025-11-01", "--to", "2025-11-20", "--format", "csv")
    assert out.splitlines()[1].split(";") == ["total", "", "", "", ""]  # before counting began: no 0
