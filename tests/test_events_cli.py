"""``event add/attend/status/sheet/list`` on the command line: ids, French refusals, exit 2, nothing written."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main

LAST_WEEK = date.today() - timedelta(days=7)
NEXT_WEEK = date.today() + timedelta(days=7)
LAST_SUNDAY = date.today() - timedelta(days=date.today().weekday() + 1)  # no permanence in the demonstration


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def breakfast(capsys, db: Path, day: date = LAST_WEEK, *extra: str) -> int:
    code, out, err = run(
        capsys, db, "event", "add", "--kind", "action", "--title", "Petit-déjeuner santé",
        "--at", f"{day.isoformat()}T09:00", "--end", "10:30", "--office", "bureau 1", "--theme", "health", *extra,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return int(out.strip())


def test_an_action_is_planned_attended_by_keys_and_listed(home: Path, cli_db: Path, capsys) -> None:
    event = breakfast(capsys, cli_db)
    code, out, err = run(
        capsys, cli_db, "event", "attend", str(event),
        "--person", "N'DIAYE;Aïssatou;1984-07-09", "--person", "Martin;Paul;1980-01-01",
    )  # fmt: skip
    assert (code, err) == (0, "") and "2" in out
    keys = rows(cli_db, "SELECT person_key, status FROM person_attendance")
    assert len(keys) == 2 and all(len(str(k)) == 10 and s == "present" for k, s in keys)
    raw = b"".join(p.read_bytes() for p in cli_db.parent.glob(cli_db.name + "*"))
    assert b"iaye" not in raw.lower() and b"ssatou" not in raw.lower() and b"martin" not in raw.lower()
    code, out, _err = run(capsys, cli_db, "event", "status", str(event), "held")
    assert code == 0 and out.startswith(f"{event}\t")
    code, out, _err = run(
        capsys, cli_db, "event", "list", "--from", LAST_WEEK.isoformat(), "--to", LAST_WEEK.isoformat()
    )
    [line] = out.splitlines()
    assert line.split("\t")[:4] == [str(event), LAST_WEEK.isoformat(), "09:00", "10:30"]
    assert line.endswith("Petit-déjeuner santé\tBureau 1")


def test_a_meeting_with_its_partners_and_its_sign_in_sheet(home: Path, cli_db: Path, capsys, tmp_path) -> None:
    run(capsys, cli_db, "db", "check")
    main(["--db", str(cli_db), "demo", "--if-empty"])  # the eighteen partners
    capsys.readouterr()
    code, out, err = run(
        capsys, cli_db, "event", "add", "--kind", "meeting", "--title", "Réunion thématique : logement",
        "--at", f"{LAST_WEEK.isoformat()}T14:00", "--place", "Salle des fêtes", "--partners", "CAF,cpam",
    )  # fmt: skip
    assert (code, err) == (0, "")
    meeting = out.strip()
    code, _out, err = run(
        capsys, cli_db, "event", "attend", meeting, "--partner", "CAF", "--present", "--people", "3", "--speaker"
    )
    assert (code, err) == (0, "")
    code, _out, err = run(capsys, cli_db, "event", "attend", meeting, "--partner", "CPAM", "--excused")
    assert (code, err) == (0, "")
    assert rows(
        cli_db, f"SELECT status, people, speaker FROM partner_attendance WHERE event_id = {meeting} ORDER BY id"
    ) == [
        ("present", 3, 1),
        ("excused", None, 0),
    ]
    pdf = tmp_path / "emargement.pdf"
    code, _out, err = run(capsys, cli_db, "event", "sheet", meeting, "-o", str(pdf))
    assert (code, err) == (0, "")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Réunion thématique : logement" in text and "Salle des fêtes" in text
    assert "CAF" in text and "CPAM" in text and "CRESUS" not in text  # the partners invited, not all


def test_an_actions_sheet_has_numbered_blank_lines_and_no_name(home: Path, cli_db: Path, capsys, tmp_path) -> None:
    event = breakfast(capsys, cli_db, NEXT_WEEK)
    pdf = tmp_path / "emargement.pdf"
    assert run(capsys, cli_db, "event", "sheet", str(event), "-o", str(pdf))[0] == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    numbers = [line.split()[0] for line in text.splitlines() if line.strip()[:2].strip().isdigit()]
    assert numbers[:3] == ["1", "2", "3"] and len(numbers) >= 20
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info  # every line on one page


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--count", "12"], "une fois qu'il a commencé"),  # an event to come
        (["--person", "Martin;Paul;1980-01-01", "--person", "MARTIN;paul;01/01/1980"], "deux fois"),
        (["--person", "Martin;;1980-01-01"], ""),
        (["--person", "Martin;Paul;2090-01-01"], ""),
        (["--count", "dix"], "dix"),
        (["--partner", "NOBODY", "--present"], "NOBODY"),
        (["--count", "3", "--present"], "--partner"),
    ],
)
def test_bad_attendance_says_why_exits_2_and_writes_nothing(
    home: Path, cli_db: Path, capsys, args: list[str], words: str
) -> None:
    event = breakfast(capsys, cli_db, NEXT_WEEK if words == "une fois qu'il a commencé" else LAST_WEEK)
    code, out, err = run(capsys, cli_db, "event", "attend", str(event), *args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and words in err
    assert "Traceback" not in err
    for table in ("person_attendance", "partner_attendance", "event_headcounts"):
        assert rows(cli_db, f"SELECT count(*) FROM {table}") == [(0,)]


def test_an_event_to_come_is_not_held_yet(home: Path, cli_db: Path, capsys) -> None:
    event = breakfast(capsys, cli_db, NEXT_WEEK)
    code, out, err = run(capsys, cli_db, "event", "status", str(event), "held")
    assert code == 2 and out == "" and "une fois commencé" in err
    assert rows(cli_db, "SELECT status FROM events") == [("planned",)]


def test_attendance_on_a_cancelled_event_is_refused(home: Path, cli_db: Path, capsys) -> None:
    event = breakfast(capsys, cli_db)
    assert run(capsys, cli_db, "event", "status", str(event), "cancelled")[0] == 0
    code, _out, err = run(capsys, cli_db, "event", "attend", str(event), "--count", "4")
    assert code == 2 and "annulé" in err and rows(cli_db, "SELECT count(*) FROM event_headcounts") == [(0,)]


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--office", "Bureau 1"], "occupé"),  # the breakfast's office, at the same time
        (["--office", "Cave"], "Cave"),
        (["--theme", "astrologie"], "astrologie"),
        (["--partners", "CAF,NOBODY"], "NOBODY"),
        (["--end", "08:00"], "finir après"),
        (["--end", "25h"], "25h"),
        (["--repeat", "weeks_of_month", "--weeks", "1,9"], "1 à 5"),
    ],
)
def test_bad_events_say_why_exit_2_and_write_nothing(home: Path, cli_db: Path, capsys, extra, words) -> None:
    main(["--db", str(cli_db), "demo", "--if-empty"])
    capsys.readouterr()
    breakfast(capsys, cli_db, LAST_SUNDAY)
    before = rows(cli_db, "SELECT count(*) FROM events")
    code, out, err = run(
        capsys, cli_db, "event", "add", "--kind", "action", "--title", "Atelier",
        "--at", f"{LAST_SUNDAY.isoformat()}T09:30", *extra,
    )  # fmt: skip
    assert code == 2 and out == "" and words in err and len(err.strip().splitlines()) == 1
    assert rows(cli_db, "SELECT count(*) FROM events") == before


def test_a_series_of_breakfasts_prints_one_id_a_day(home: Path, cli_db: Path, capsys) -> None:
    code, out, err = run(
        capsys, cli_db, "event", "add", "--kind", "action", "--title", "Petit-déjeuner santé",
        "--at", "2027-01-05T09:00", "--place", "Salle des fêtes", "--repeat", "weeks_of_month", "--weeks", "1,3",
        "--until", "2027-02-28",
    )  # fmt: skip
    assert (code, err) == (0, "") and len(out.split()) == 4  # the first and third Tuesdays of January and February
    days = [d for (d,) in rows(cli_db, "SELECT day FROM events ORDER BY day")]
    assert days == ["2027-01-05", "2027-01-19", "2027-02-02", "2027-02-16"]
    assert len({s for (s,) in rows(cli_db, "SELECT series_id FROM events")}) == 1


def test_a_start_that_is_not_a_date_and_time_is_refused(home: Path, cli_db: Path, capsys) -> None:
    code, out, err = run(capsys, cli_db, "event", "add", "--kind", "meeting", "--title", "Plénière", "--at", "mardi")
    assert code == 2 and out == "" and "mardi" in err and rows(cli_db, "SELECT count(*) FROM events") == [(0,)]
