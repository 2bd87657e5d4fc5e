"""``visit add --person`` and ``person-key show/export/import/set`` on the command line."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from maison_solidarite.__main__ import main
from maison_solidarite.domain.person_key import KEY_LENGTH, fingerprint, read_secret_code
from maison_solidarite.services.person_keys import SECRET_FILE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def keys_of(db: Path) -> list[str | None]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT person_key FROM visits ORDER BY id")]


def secret_file(home: Path) -> Path:
    return home / "config" / "maison-solidarite" / SECRET_FILE


def test_a_visit_with_a_person_stores_the_key_only(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    for typed in ("N'DIAYE;Aïssatou;1984-07-09", "ndiaye;aissatou;09/07/1984"):
        code, out, err = run(capsys, "--db", db, "visit", "add", "--category", "rights", "--person", typed)
        assert (code, err) == (0, "") and out.strip()
    first, second = keys_of(cli_db)
    assert first == second and first is not None and len(first) == KEY_LENGTH
    assert stat.S_IMODE(secret_file(home).stat().st_mode) == 0o600
    raw = cli_db.read_bytes()
    assert b"iaye" not in raw.lower() and b"ssatou" not in raw.lower()


def test_a_key_of_another_year_differs(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    for at in ("2025-12-31T10:00", "2026-01-02T10:00"):
        code, _out, err = run(
            capsys, "--db", db, "visit", "add", "--category", "rights", "--at", at, "--person", "Martin;Paul;1980-01-01"
        )
        assert (code, err) == (0, "")
    last_year, this_year = keys_of(cli_db)
    assert last_year != this_year
    code, out, _err = run(capsys, "--db", db, "person-key", "set", "--across-years")
    assert code == 0 and "d'une année à l'autre" in out
    code, _out, _err = run(
        capsys, "--db", db, "visit", "add", "--category", "rights", "--at", "2025-06-01T10:00",
        "--person", "Martin;Paul;1980-01-01",
    )  # fmt: skip
    code, _out, _err = run(
        capsys, "--db", db, "visit", "add", "--category", "rights", "--at", "2026-06-01T10:00",
        "--person", "MARTIN;paul;01/01/1980",
    )  # fmt: skip
    assert code == 0
    *_, across_2025, across_2026 = keys_of(cli_db)
    assert across_2025 == across_2026 and across_2025 not in (last_year, this_year)


@pytest.mark.parametrize(
    "typed",
    [
        "Martin;Paul",
        ";Paul;1980-01-01",
        "Martin; ;1980-01-01",
        "Martin;Paul;1980-13-01",
        "Martin;Paul;2099-01-01",
        "Martin;Paul;hier",
    ],
)
def test_a_bad_person_is_one_line_exit_2_and_nothing_written(home: Path, cli_db: Path, capsys, typed: str) -> None:
    code, out, err = run(capsys, "--db", str(cli_db), "visit", "add", "--category", "rights", "--person", typed)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "Martin" not in err and "Paul" not in err  # the message never repeats a name
    assert keys_of(cli_db) == []
    assert not secret_file(home).exists()


def test_the_secret_goes_to_another_computer_as_a_code_or_a_file(
    home: Path, cli_db: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(cli_db)
    code, out, err = run(capsys, "--db", db, "person-key", "export")
    assert (code, err) == (0, "")
    printed = out.strip()
    secret = read_secret_code(printed)
    code, out, _err = run(capsys, "--db", db, "person-key", "export", "-o", str(home / "secret.txt"))
    assert code == 0 and fingerprint(secret) in out
    assert stat.S_IMODE((home / "secret.txt").stat().st_mode) == 0o600
    code, out, _err = run(capsys, "--db", db, "person-key", "show")
    assert code == 0 and fingerprint(secret) in out
    # another computer: another user's configuration folder
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config-2"))
    code, out, _err = run(capsys, "--db", db, "person-key", "show")
    assert code == 0 and fingerprint(secret) not in out  # a secret of its own, made on first use
    code, out, err = run(capsys, "--db", db, "person-key", "import", str(home / "secret.txt"))
    assert (code, err) == (0, "") and fingerprint(secret) in out
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config-3"))
    code, out, err = run(capsys, "--db", db, "person-key", "import", "--code", printed.lower())
    assert (code, err) == (0, "") and fingerprint(secret) in out


def test_a_bad_secret_or_setting_is_one_line_and_exit_2(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    for argv in (
        ("person-key", "import", "--code", "ABCDE"),
        ("person-key", "import", str(home / "missing.txt")),
        ("person-key", "set", "--retention-months", "3"),
        ("person-key", "set"),
    ):
        code, out, err = run(capsys, "--db", db, *argv)
        assert (code, out) == (2, ""), argv
        assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    code, out, _err = run(capsys, "--db", db, "person-key", "set", "--retention-months", "36")
    assert code == 0 and "36" in out


def test_a_card_from_a_person_or_a_code(home: Path, cli_db: Path, capsys) -> None:
    import subprocess

    from maison_solidarite.domain.person_key import printable_code

    db = str(cli_db)
    run(capsys, "--db", db, "visit", "add", "--category", "rights", "--person", "Martin;Paul;1980-01-01")
    [key] = keys_of(cli_db)
    assert key is not None
    code, out, err = run(
        capsys, "--db", db, "person-key", "card", "--person", "MARTIN;paul;01/01/1980", "-o", str(home / "a.pdf")
    )
    assert (code, err) == (0, "") and str(home / "a.pdf") in out
    shown = subprocess.run(["pdftotext", str(home / "a.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert printable_code(key) in shown and "Martin" not in shown and "MARTIN" not in shown
    code, _out, err = run(
        capsys, "--db", db, "person-key", "card", "--code", printable_code(key), "-o", str(home / "b.pdf")
    )
    assert (code, err) == (0, "") and (home / "b.pdf").read_bytes()[:4] == b"%PDF"
    for bad in (("--code", "ABCDE"), ("--person", "Martin;;1980-01-01")):
        code, out, err = run(capsys, "--db", db, "person-key", "card", *bad, "-o", str(home / "c.pdf"))
        assert (code, out) == (2, "") and len(err.splitlines()) == 1
        assert not (home / "c.pdf").exists()
