"""`hub join`, `hub status` and `sync` from the command line: French lines, exit codes 0, 2, 3."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main
from tests.conftest import upgraded
from tests.hub_support import needs_server, new_hub_database
from tests.test_sync import _bring_hub_back, _take_hub_away

pytestmark = needs_server


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_join_sync_and_status(home: Path, hub: str, capsys) -> None:
    one, two = upgraded(home / "one.sqlite3"), upgraded(home / "two.sqlite3")
    assert run(capsys, "--db", str(one), "visit", "add", "--category", "rights")[0] == 0
    code, out, err = run(capsys, "--db", str(one), "hub", "join", hub, "--desk", "Accueil 1", "--site", "Grésilles")
    assert (code, err) == (0, ""), err
    assert "« Accueil 1 » (Grésilles)" in out and "Envoyées : 1" in out, out
    code, out, _ = run(capsys, "--db", str(two), "hub", "join", hub, "--desk", "Accueil 2", "--site", "Grésilles")
    assert code == 0 and "Reçues : 1" in out, out
    run(capsys, "--db", str(two), "visit", "add", "--category", "jobs")
    code, out, _ = run(capsys, "--db", str(two), "hub", "status")
    assert code == 0 and "Poste : Accueil 2 (Grésilles)" in out and "En attente d'envoi : 1" in out, out
    assert "password" not in out and "connect_timeout" not in out
    code, out, _ = run(capsys, "--db", str(two), "sync")
    assert code == 0 and "Envoyées : 1" in out, out
    assert run(capsys, "--db", str(one), "sync")[0] == 0
    assert count(one, "SELECT count(*) FROM visits") == count(two, "SELECT count(*) FROM visits") == 2


def test_an_unreachable_hub_exits_3_and_keeps_everything(home: Path, hub: str, capsys, monkeypatch) -> None:
    desk = upgraded(home / "desk.sqlite3")
    assert run(capsys, "--db", str(desk), "hub", "join", hub, "--desk", "A")[0] == 0
    away = _take_hub_away(hub)
    try:
        assert run(capsys, "--db", str(desk), "visit", "add", "--category", "rights")[0] == 0
        code, out, err = run(capsys, "--db", str(desk), "sync")
        assert code == 3 and out == ""
        assert err.count("\n") == 1 and "Le hub" in err and "Rien n'est perdu" in err, err
        monkeypatch.setattr("sys.stdin", io.StringIO("Un-mot-de-passe-1234!\n"))
        code, _, err = run(capsys, "--db", str(desk), "account", "add", "camille", "--role", "agent")
        assert code == 3 and "Rien n'a été enregistré" in err, err
        assert count(desk, "SELECT count(*) FROM accounts WHERE login = 'camille'") == 0
    finally:
        _bring_hub_back(hub, away)
    assert count(desk, "SELECT count(*) FROM sync_outbox") == 1
    assert run(capsys, "--db", str(desk), "sync")[0] == 0
    assert count(desk, "SELECT count(*) FROM sync_outbox") == 0


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("pas une adresse", "n'est pas l'adresse d'un hub"),
        ("sqlite:////tmp/hub.sqlite3", "n'est pas une adresse PostgreSQL"),
    ],
)
def test_a_wrong_address_exits_2_and_writes_nothing(home: Path, capsys, address: str, expected: str) -> None:
    desk = upgraded(home / "desk.sqlite3")
    code, out, err = run(capsys, "--db", str(desk), "hub", "join", address, "--desk", "A")
    assert (code, out) == (2, "") and expected in err and err.count("\n") == 1, err
    assert count(desk, "SELECT count(*) FROM sync_state") == 0


def test_a_taken_name_a_second_hub_and_a_newer_hub_exit_2(home: Path, hub: str, capsys) -> None:
    one, two = upgraded(home / "one.sqlite3"), upgraded(home / "two.sqlite3")
    assert run(capsys, "--db", str(one), "hub", "join", hub, "--desk", "Accueil")[0] == 0
    code, _, err = run(capsys, "--db", str(two), "hub", "join", hub, "--desk", "Accueil")
    assert code == 2 and "Accueil" in err, err
    assert count(two, "SELECT count(*) FROM sync_state") == 0
    with new_hub_database() as other:
        code, _, err = run(capsys, "--db", str(one), "hub", "join", other, "--desk", "Accueil")
        assert (code == 2 and "hub leave" in err) or "un seul hub" in err, err
    from sqlalchemy import create_engine, text

    engine = create_engine(hub)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    code, _, err = run(capsys, "--db", str(one), "sync")
    assert code == 2 and "9999" in err, err


def test_sync_on_a_desk_that_joined_no_hub_exits_2(home: Path, capsys) -> None:
    desk = upgraded(home / "desk.sqlite3")
    code, _, err = run(capsys, "--db", str(desk), "sync")
    assert code == 2 and "hub join" in err, err
    code, out, _ = run(capsys, "--db", str(desk), "hub", "status")
    assert code == 0 and "aucun hub" in out, out


def test_leave_sends_what_waits_then_works_alone(home: Path, hub: str, capsys) -> None:
    desk = upgraded(home / "desk.sqlite3")
    assert run(capsys, "--db", str(desk), "hub", "join", hub, "--desk", "A")[0] == 0
    run(capsys, "--db", str(desk), "visit", "add", "--category", "rights")
    code, out, _ = run(capsys, "--db", str(desk), "hub", "leave")
    assert code == 0 and "1 visites" in out, out
    assert count(desk, "SELECT count(*) FROM sync_state") == 0
    run(capsys, "--db", str(desk), "visit", "add", "--category", "rights")
    assert count(desk, "SELECT count(*) FROM sync_outbox") == 0  # alone again: nothing queues
    from sqlalchemy import create_engine, text

    engine = create_engine(hub)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar_one() == 1
    engine.dispose()


def test_figures_say_which_desks_they_cover_and_every_site_on_request(home: Path, hub: str, capsys) -> None:
    import json
    import subprocess

    one, two, three = (upgraded(home / f"{n}.sqlite3") for n in ("one", "two", "three"))
    for desk, name, site in (
        (one, "Accueil 1", "Grésilles"),
        (two, "Accueil 2", "Grésilles"),
        (three, "Accueil", "Chenôve"),
    ):
        assert run(capsys, "--db", str(desk), "hub", "join", hub, "--desk", name, "--site", site)[0] == 0
    for desk, visits in ((one, 2), (two, 3), (three, 4)):
        for _ in range(visits):
            assert (
                run(capsys, "--db", str(desk), "visit", "add", "--category", "rights", "--at", "2026-11-16T10:00")[0]
                == 0
            )
    for desk in (one, two, three, one):
        assert run(capsys, "--db", str(desk), "sync")[0] == 0
    period = ("--from", "2026-11-01", "--to", "2026-11-30")
    code, out, _ = run(capsys, "--db", str(one), "stats", *period)
    figures = json.loads(out)
    assert code == 0 and figures["total"] == 5  # this desk's site only
    assert [(d["desk"], d["this_desk"]) for d in figures["desks"]] == [("Accueil 1", True), ("Accueil 2", False)]
    assert figures["desks"][1]["known_until"] is not None
    code, out, _ = run(capsys, "--db", str(one), "stats", *period, "--all-sites")
    figures = json.loads(out)
    assert code == 0 and figures["total"] == 9
    assert {d["site"] for d in figures["desks"]} == {"Grésilles", "Chenôve"}
    pdf = home / "novembre.pdf"
    assert run(capsys, "--db", str(one), "report", "monthly", "2026-11", "-o", str(pdf))[0] == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Postes inclus : Accueil 1 (ce poste), Accueil 2 (synchronisé le" in text, text[-600:]


def test_db_check_on_the_hub_checks_every_desk_s_chain(home: Path, hub: str, capsys) -> None:
    from sqlalchemy import create_engine, text

    one, two = upgraded(home / "one.sqlite3"), upgraded(home / "two.sqlite3")
    for desk, name in ((one, "Accueil 1"), (two, "Accueil 2")):
        assert run(capsys, "--db", str(desk), "hub", "join", hub, "--desk", name)[0] == 0
        assert run(capsys, "--db", str(desk), "visit", "add", "--category", "rights")[0] == 0
        assert run(capsys, "--db", str(desk), "sync")[0] == 0
    code, out, err = run(capsys, "--db", hub, "db", "check")
    assert code == 0, (out, err)
    assert "Poste Accueil 1 : Journal d'audit : chaîne intacte" in out and "Poste Accueil 2 :" in out, out
    for desk in (one, two):  # and each computer's own
        assert run(capsys, "--db", str(desk), "db", "check")[0] == 0
    engine = create_engine(hub)
    with engine.begin() as conn:  # an entry changed on the hub
        conn.execute(
            text(
                "UPDATE hub_audit SET actor = 'quelqu''un' WHERE entry_id = (SELECT max(entry_id) FROM hub_audit) "
                "AND desk_uid = (SELECT desk_uid FROM hub_desks WHERE name = 'Accueil 2')"
            )
        )
    engine.dispose()
    code, out, _ = run(capsys, "--db", hub, "db", "check")
    assert code == 1 and "Poste Accueil 2 : Journal d'audit : altéré" in out, out


def test_a_join_killed_at_any_moment_joins_again(home: Path, capsys) -> None:
    """A join stopped by a kill (power cut, task manager) at a seeded moment: the same
    command again joins the desk once, with every visit it holds."""
    import random
    import signal
    import subprocess
    import sys

    from sqlalchemy import create_engine, text

    seed = random.SystemRandom().randrange(1, 2**31)
    print(f"join kill seed {seed}")
    rng = random.Random(seed)
    for attempt in range(4):
        desk = upgraded(home / f"desk{attempt}.sqlite3")
        for _ in range(3):
            assert run(capsys, "--db", str(desk), "visit", "add", "--category", "rights")[0] == 0
        with new_hub_database() as hub:
            process = subprocess.Popen(
                [sys.executable, "-m", "maison_solidarite", "--db", str(desk), "hub", "join", hub, "--desk", "A"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                process.wait(timeout=rng.uniform(0.3, 2.5))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
            code, out, err = run(capsys, "--db", str(desk), "hub", "join", hub, "--desk", "A")
            assert code == 0, (seed, attempt, out, err)
            assert run(capsys, "--db", str(desk), "sync")[0] == 0
            engine = create_engine(hub)
            with engine.connect() as conn:
                desks = conn.execute(text("SELECT name FROM hub_desks")).scalars().all()
                visits = conn.execute(text("SELECT count(DISTINCT uid), count(*) FROM visits")).one()
            engine.dispose()
            assert desks == ["A"] and tuple(visits) == (3, 3), (seed, attempt, desks, visits)
            assert count(desk, "SELECT count(*) FROM sync_outbox") == 0
