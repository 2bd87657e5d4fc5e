"""The command line: same services, French messages, one line on stderr and exit 2 on bad input."""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main
from maison_solidarite.db.schema import head_revision

from .conftest import upgraded


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_visit_add_prints_the_id_of_the_stored_visit(home: Path, capsys) -> None:
    db = upgraded(home / "desk.sqlite3")
    code, out, err = run(capsys, "--db", str(db), "visit", "add", "--category", "Santé", "--at", "2026-11-16T10:05")
    assert (code, err) == (0, "")
    uid = out.strip()
    assert rows(
        db, f"SELECT v.visited_at, c.code FROM visits v JOIN categories c ON c.id = v.category_id WHERE uid = '{uid}'"
    ) == [("2026-11-16 10:05:00.000000", "health")]


def test_the_default_database_is_in_the_user_data_folder(home: Path, capsys) -> None:
    code, out, _err = run(capsys, "visit", "add", "--category", "rights")
    assert code == 0
    default = home / "data" / "maison-solidarite" / "maison-solidarite.sqlite3"
    assert rows(default, "SELECT uid FROM visits") == [(out.strip(),)]


def test_the_environment_variable_points_elsewhere(home: Path, capsys, monkeypatch) -> None:
    target = home / "shared" / "env.sqlite3"
    (home / "shared").mkdir()
    monkeypatch.setenv("MAISON_SOLIDARITE_DB", str(target))
    assert run(capsys, "db", "upgrade")[0] == 0
    assert run(capsys, "visit", "add", "--category", "jobs")[0] == 0
    assert len(rows(target, "SELECT uid FROM visits")) == 1


def test_desk_id_is_kept_between_runs(cli_db: Path, capsys) -> None:
    db = cli_db
    run(capsys, "--db", str(db), "visit", "add", "--category", "rights")
    run(capsys, "--db", str(db), "visit", "add", "--category", "rights")
    desks = rows(db, "SELECT DISTINCT desk_id FROM visits")
    assert len(desks) == 1 and len(desks[0][0]) == 36


def test_orientation_and_channel(cli_db: Path, capsys) -> None:
    db = cli_db
    run(capsys, "--db", str(db), "demo", "--years", "0.01")
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "visit",
        "add",
        "--category",
        "finance",
        "--channel",
        "téléphone",
        "--orientation",
        "cresus",
    )
    assert code == 0, err
    assert rows(
        db,
        f"SELECT v.channel, v.outcome, o.acronym FROM visits v JOIN organisations o ON o.id = v.organisation_id WHERE uid = '{out.strip()}'",
    ) == [("phone", "oriented", "CRESUS")]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--category", "astrologie"], "Catégorie inconnue « astrologie »."),
        (["--category", "rights", "--at", "mardi dernier"], "« mardi dernier » n'est pas une date et une heure"),
        (["--category", "rights", "--at", "2099-01-01T10:00"], "est dans le futur"),
        (["--category", "rights", "--note", "x" * 281], "La note fait 281 caractères ; 280 au plus sont permis."),
        (["--category", "rights", "--channel", "pigeon"], "Canal inconnu « pigeon »"),
        (["--category", "rights", "--orientation", "XYZ"], "Partenaire inconnu « XYZ »."),
    ],
)
def test_bad_input_gives_one_french_line_and_exit_2(cli_db: Path, capsys, args, message) -> None:
    db = cli_db
    code, out, err = run(capsys, "--db", str(db), "visit", "add", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
    assert rows(db, "SELECT count(*) FROM visits") == [(0,)]


def test_unwritable_database_path(home: Path, capsys) -> None:
    blocker = home / "a-file"
    blocker.write_text("x")
    code, _out, err = run(capsys, "--db", str(blocker / "x.sqlite3"), "visit", "add", "--category", "rights")
    assert code == 2 and "ne peut pas être écrite" in err and err.count("\n") == 1


def test_not_a_database(home: Path, capsys) -> None:
    bogus = home / "bogus.sqlite3"
    bogus.write_bytes(b"\x00garbage" * 500)
    before = bogus.read_bytes()
    code, _out, err = run(capsys, "--db", str(bogus), "visit", "add", "--category", "rights")
    assert code == 2 and "n'est pas une base Maison de la Solidarité" in err
    assert bogus.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(cli_db: Path, capsys) -> None:
    db = cli_db
    run(capsys, "--db", str(db), "visit", "add", "--category", "rights")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0042'")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["visit", "add", "--category", "rights"], ["db", "check"], ["db", "upgrade"]):
        code, _out, err = run(capsys, "--db", str(db), *command)
        assert code == 2 and "version plus récente" in err and "0042" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_locked_longer_than_the_timeout(cli_db: Path, capsys) -> None:
    db = cli_db
    run(capsys, "--db", str(db), "visit", "add", "--category", "rights")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = run(capsys, "--db", str(db), "visit", "add", "--category", "rights")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and "utilisée par un autre programme" in err and err.count("\n") == 1
    assert rows(db, "SELECT count(*) FROM visits") == [(1,)]


def test_import_reports_every_bad_line_and_imports_nothing(home: Path, cli_db: Path, capsys) -> None:
    db = cli_db
    csv_file = home / "visites.csv"
    csv_file.write_text(
        "datetime;category\n2026-11-02T09:00;rights\n2026-13-02T09:00;rights\n2026-11-02T09:10;yoga\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(db), "visits", "import", str(csv_file))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == "Import refusé, rien n'a été importé : 2 ligne(s) invalide(s)."
    assert lines[1].startswith("ligne 3 : ") and lines[2] == "ligne 4 : Catégorie inconnue « yoga »."
    assert rows(db, "SELECT count(*) FROM visits") == [(0,)]


def test_import_then_export(home: Path, cli_db: Path, capsys) -> None:
    db = cli_db
    csv_file = home / "in.csv"
    csv_file.write_text(
        "datetime,category,channel\n2026-11-02T09:00,rights,phone\n2026-11-03T14:00,Logement,\n", encoding="utf-8"
    )
    code, out, _err = run(capsys, "--db", str(db), "visits", "import", str(csv_file))
    assert code == 0 and out.startswith("2 visite(s) importée(s)")
    out_file = home / "out.csv"
    code, out, _err = run(
        capsys,
        *("--db", str(db), "visits", "export", "--from", "2026-11-01", "--to", "2026-11-02", "-o", str(out_file)),
        "--codes",
    )
    assert code == 0 and out.startswith("1 visite(s) écrite(s)")
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert (
        lines[0]
        == "date;time;category;secondary;channel;outcome;orientation;first_visit;age_band;neighbourhood;desk;id"
    )
    assert lines[1].startswith("2026-11-02;09:00:00;rights;;phone;answered;;;;;;")


def test_export_bad_dates(home: Path, cli_db: Path, capsys) -> None:
    db = cli_db
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "visits",
        "export",
        "--from",
        "2026-11-31",
        "--to",
        "2026-12-01",
        "-o",
        str(home / "x.csv"),
    )
    assert code == 2 and "« 2026-11-31 » n'est pas une date" in err
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "visits",
        "export",
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
        "-o",
        str(home / "x.csv"),
    )
    assert code == 2 and "se termine" in err
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "visits",
        "export",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02",
        "-o",
        str(home / "no" / "such" / "x.csv"),
    )
    assert code == 2 and "ne peut pas être écrit" in err


def test_db_commands(home: Path, capsys) -> None:
    db = home / "d.sqlite3"
    code, out, _err = run(capsys, "--db", str(db), "db", "upgrade")
    assert code == 0 and head_revision() in out
    code, out, _err = run(capsys, "--db", str(db), "db", "check")
    assert code == 0 and "Intégrité : ok" in out and "(à jour)" in out
    (home / "copies").mkdir()
    target = home / "copies" / "copy.sqlite3"
    code, out, _err = run(capsys, "--db", str(db), "db", "backup", "-o", str(target))
    assert code == 0 and str(target) in out
    assert rows(target, "PRAGMA integrity_check") == [("ok",)]
    code, out, _err = run(capsys, "--db", str(db), "db", "backup")
    assert code == 0
    assert list((home / "data" / "maison-solidarite" / "backups").glob("maison-solidarite-*.sqlite3"))


def test_db_check_reports_a_database_that_needs_upgrading(home: Path, capsys) -> None:
    db = home / "d.sqlite3"
    run(capsys, "--db", str(db), "db", "upgrade")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, "--db", str(db), "db", "check")
    assert code == 1 and "en retard" in out


def test_demo_if_empty_runs_once(cli_db: Path, capsys) -> None:
    db = cli_db
    code, out, _err = run(capsys, "--db", str(db), "demo", "--if-empty")
    assert code == 0 and "18 partenaire(s)" in out
    first = rows(db, "SELECT count(*) FROM visits")[0][0]
    assert 10_500 < first < 18_500  # live from 1 January two years ago up to today
    assert rows(db, "SELECT count(*) FROM past_totals")[0][0] == 132  # the year before: 12 months, 11 requests
    assert rows(db, "SELECT count(DISTINCT day) FROM paper_tallies")[0][0] == 3
    code, out, _err = run(capsys, "--db", str(db), "demo", "--if-empty")
    assert code == 0 and "déjà des visites" in out
    assert rows(db, "SELECT count(*) FROM visits")[0][0] == first


def test_the_installed_command_runs(home: Path) -> None:
    db = upgraded(home / "sub.sqlite3")
    env = {**os.environ}
    script = Path(sys.executable).with_name("maison-solidarite")
    done = subprocess.run(
        [str(script), "--db", str(db), "visit", "add", "--category", "nope"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2 and done.stderr == "Catégorie inconnue « nope ».\n"
    done = subprocess.run(
        [str(script), "--db", str(db), "visit", "add", "--category", "admin"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0 and len(done.stdout.strip()) == 36


def test_db_backup_into_a_folder_takes_the_manual_copys_name(home: Path, cli_db: Path, capsys) -> None:
    folder = home / "clé"
    folder.mkdir()
    written = []
    for _ in range(2):  # most likely in the same second: two files all the same
        code, out, err = run(capsys, "--db", str(cli_db), "db", "backup", "--output", str(folder))
        assert (code, err) == (0, "")
        written.append(Path(out.strip().split(" : ", 1)[1]))
    assert written[0] != written[1] and sorted(folder.iterdir()) == sorted(written)
    for path in written:
        assert path.name.startswith("maison-solidarite-") and "-manual" in path.name
        assert rows(path, "PRAGMA integrity_check") == [("ok",)]
        assert path.stat().st_mode & 0o777 == 0o600
    assert rows(cli_db, "SELECT count(*) FROM audit_log WHERE action = 'backup'") == [(2,)]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("{home}/pas/là/copie.sqlite3", "Le dossier {home}/pas/là n'existe pas : rien n'a été écrit."),
        ("{db}", "ne peut pas être écrite sur la base"),
        ("{db}-wal", "ne peut pas être écrite sur la base"),
    ],
)
def test_db_backup_refuses_a_missing_folder_and_the_database_itself(
    home: Path, cli_db: Path, capsys, target: str, message: str
) -> None:
    before = sorted(home.rglob("*"))
    digest = hashlib.sha256(cli_db.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--db", str(cli_db), "db", "backup", "-o", target.format(home=home, db=cli_db))
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert message.format(home=home) in err
    assert sorted(home.rglob("*")) == before and hashlib.sha256(cli_db.read_bytes()).hexdigest() == digest


def test_db_backup_still_takes_the_file_without_o_but_only_once(home: Path, cli_db: Path, capsys) -> None:
    code, out, _err = run(capsys, "--db", str(cli_db), "db", "backup", str(home / "old-style.sqlite3"))
    assert code == 0 and rows(home / "old-style.sqlite3", "PRAGMA integrity_check") == [("ok",)]
    code, out, err = run(
        capsys, "--db", str(cli_db), "db", "backup", str(home / "a.sqlite3"), "-o", str(home / "b.sqlite3")
    )
    assert (code, out) == (2, "") and "une seule fois, avec -o" in err
    assert not (home / "a.sqlite3").exists() and not (home / "b.sqlite3").exists()
    with pytest.raises(SystemExit):
        main(["db", "backup", "--help"])
    shown = capsys.readouterr().out
    assert re.search(r"-o (\w+), --output \1", shown) and "path" not in shown.split("options:")[0]


def _subcommands(parser: argparse.ArgumentParser) -> set[tuple[str, str | None]]:
    """Every (command, action) the parser accepts."""
    found: set[tuple[str, str | None]] = set()
    for group in (a for a in parser._actions if isinstance(a, argparse._SubParsersAction)):
        for command, sub in group.choices.items():
            actions = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            found |= {(command, action) for a in actions for action in a.choices} if actions else {(command, None)}
    return found


def test_every_subcommand_has_its_own_handler_and_every_handler_its_subcommand() -> None:
    from maison_solidarite.cli import COMMANDS, build_parser

    accepted = _subcommands(build_parser(lambda _context, text: text))
    assert ("db", "check") in accepted and ("stats", None) in accepted
    assert accepted == set(COMMANDS)


def test_the_command_line_opens_no_session_and_imports_no_sqlalchemy() -> None:
    import ast

    import maison_solidarite.cli

    folder = Path(maison_solidarite.cli.__file__).parent
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.With):
                for item in node.items:
                    call = item.context_expr
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", None) in ("read", "write"):
                        found.append(f"{path.name}:{node.lineno} session")
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("sqlalchemy", "alembic"):
                found.append(f"{path.name}:{node.lineno} {node.module}")
            if isinstance(node, ast.ImportFrom) and node.module in ("db.models", "services.lookup"):
                found.append(f"{path.name}:{node.lineno} {node.module}")
    assert found == []
    assert len(list(folder.glob("*.py"))) > 3  # the walk saw the modules
