"""CSV imports: the encodings read and refused, files imported twice, and a fuzzed command line
that either imports or refuses with a message, never crashes, and writes nothing when it refuses."""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.cli import build_parser, main_cli
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.roles import Role
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services, visits_csv
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits_csv import ImportResult

ROWS = "datetime;category;channel;note\r\n2026-11-02T09:15;Santé;téléphone;Dossier à compléter\r\n2026-11-02T09:20;rights;;\r\n"
REFUSED_ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


def count(services: Services, table: str = "visits") -> int:
    with services.db.read() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.mark.parametrize("data", [ROWS.encode("utf-8"), b"\xef\xbb\xbf" + ROWS.encode("utf-8"), ROWS.encode("cp1252")])
def test_utf8_with_or_without_bom_and_windows_1252_are_read_alike(
    services: Services, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "visites.csv"
    path.write_bytes(data)
    assert services.visits_csv.import_file(path) == ImportResult(2, 0)
    notes = {v.note for v in services.visits.between(datetime(2026, 11, 2), datetime(2026, 11, 3))}
    assert notes == {"Dossier à compléter", None}


@pytest.mark.parametrize(
    "data",
    [
        *[ROWS.encode(encoding) for encoding in REFUSED_ENCODINGS],
        ROWS.encode("utf-8").replace(b"rights", b"rig\0hts"),  # a NUL byte
        ROWS.encode("cp1252") + b"\x81",  # undefined in Windows-1252, invalid in UTF-8
        bytes(range(256)) * 4,  # binary
    ],
    ids=[*REFUSED_ENCODINGS, "nul", "cp1252-undefined", "binary"],
)
def test_any_other_encoding_is_refused_naming_the_ones_read(services: Services, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "visites.csv"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as caught:
        services.visits_csv.import_file(path)
    assert "UTF-8 or Windows-1252" in caught.value.render()
    assert count(services) == 0


def test_a_directory_file_in_utf16_is_refused_and_one_in_windows_1252_is_read(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "annuaire.csv"
    content = "acronym;name;offer\r\nADIL;Agence d'information sur le logement;Conseil juridique gratuit, à Dijon\r\n"
    path.write_bytes(content.encode("utf-16"))
    with pytest.raises(ValidationError) as caught:
        services.directory.import_csv(path)
    assert "UTF-8 or Windows-1252" in caught.value.render()
    assert count(services, "organisations") == 0
    path.write_bytes(content.encode("cp1252"))
    assert services.directory.import_csv(path) == 1
    assert services.directory.sheets()[0].offer == "Conseil juridique gratuit, à Dijon"


# -- importing twice ---------------------------------------------------------------------
def desk_rows(n: int, seed: int = 7) -> list[str]:
    """``n`` visits as a desk would have them, with identical visits now and then."""
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, 9, 0)
    rows = []
    for _ in range(n):
        moment = start + timedelta(days=rng.randrange(40), minutes=rng.randrange(8 * 60))
        rows.append(f"{moment:%Y-%m-%dT%H:%M};{rng.choice(['rights', 'health', 'jobs'])};{rng.choice(['', 'phone'])};")
    return rows


def test_importing_a_file_without_ids_twice_adds_nothing_the_second_time(services: Services) -> None:
    content = "datetime;category;channel;note\n" + "\n".join(desk_rows(120)) + "\n"
    assert services.visits_csv.import_text(content) == ImportResult(120, 0)
    assert services.visits_csv.import_text(content) == ImportResult(0, 120)
    assert count(services) == 120


def test_two_identical_visits_in_one_file_are_two_visits_once(services: Services) -> None:
    content = "datetime;category\n2026-11-02T09:15;rights\n2026-11-02T09:15;rights\n2026-11-02T09:16;rights\n"
    assert services.visits_csv.import_text(content) == ImportResult(3, 0)
    assert services.visits_csv.import_text(content) == ImportResult(0, 3)
    # The same visits written differently (a label for the code, a later order) are the same visits.
    reordered = "category;datetime\nrights;2026-11-02T09:16:00\nAccès aux droits sociaux;2026-11-02T09:15\nRIGHTS;2026-11-02T09:15\n"
    assert services.visits_csv.import_text(reordered) == ImportResult(0, 3)
    assert services.visits_csv.import_text(content + "2026-11-02T09:15;rights\n") == ImportResult(1, 3)
    assert count(services) == 4


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), n=st.integers(1, 40), duplicates=st.integers(0, 5))
def test_a_shuffled_copy_of_an_imported_file_is_recognised_whole(
    services: Services, seed: int, n: int, duplicates: int
) -> None:
    rows = desk_rows(n, seed)
    rows += rows[:duplicates]  # identical visits, legitimately
    content = "datetime;category;channel;note\n" + "\n".join(rows) + "\n"
    first = services.visits_csv.import_text(content)
    assert first.imported + first.already_present == len(rows)
    random.Random(seed).shuffle(rows)
    again = "datetime;category;channel;note\n" + "\n".join(rows) + "\n"
    assert services.visits_csv.import_text(again) == ImportResult(0, len(rows))


def test_a_file_with_ids_imported_twice_is_recognised_by_its_ids(services: Services) -> None:
    content = (
        "id;datetime;category\n"
        "0b6f1f0e-5d1a-4a8e-9a6b-1d2c3e4f5a60;2026-11-02T09:15;rights\n"
        "0b6f1f0e-5d1a-4a8e-9a6b-1d2c3e4f5a61;2026-11-02T09:15;rights\n"
    )
    assert services.visits_csv.import_text(content) == ImportResult(2, 0)
    assert services.visits_csv.import_text(content.replace("rights", "health")) == ImportResult(0, 2)


def test_an_interrupted_import_is_finished_by_importing_the_file_again(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(visits_csv, "BATCH_ROWS", 50)
    path = tmp_path / "visites.csv"
    path.write_text("datetime;category;channel;note\n" + "\n".join(desk_rows(180)) + "\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []

    def switched_off(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 100:
            raise KeyboardInterrupt  # the computer switched off after two batches

    with pytest.raises(KeyboardInterrupt):
        services.visits_csv.import_file(path, switched_off)
    assert seen == [(0, 180), (50, 180), (100, 180)]
    assert count(services) == 100
    assert services.visits_csv.import_file(path) == ImportResult(80, 100)
    assert services.visits_csv.import_file(path) == ImportResult(0, 180)


def test_the_command_line_says_how_many_were_recognised(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from maison_solidarite.__main__ import main

    path = home / "visites.csv"
    path.write_text(
        "datetime;category\n" + "\n".join(r.split(";", 2)[0] + ";rights" for r in desk_rows(120)) + "\n",
        encoding="utf-8",
    )
    db = str(home / "d.sqlite3")
    assert main(["--db", db, "db", "upgrade"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "visits", "import", str(path)]) == 0
    assert re.match(r"^120 \D+ 0 \D+$", capsys.readouterr().out.strip())
    assert main(["--db", db, "visits", "import", str(path)]) == 0
    assert re.match(r"^0 \D+ 120 \D+$", capsys.readouterr().out.strip())


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["utf-16", "utf-32-be"])
def test_the_installed_command_refuses_another_encoding_in_one_line(home: Path, encoding: str) -> None:
    path = home / "visites.csv"
    path.write_bytes(ROWS.encode(encoding))
    script = Path(sys.executable).with_name("maison-solidarite")
    db = home / "sub.sqlite3"
    assert (
        subprocess.run([str(script), "--db", str(db), "db", "upgrade"], capture_output=True, timeout=60).returncode == 0
    )
    done = subprocess.run(
        [str(script), "--db", str(db), "visits", "import", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "UTF-8" in done.stderr and "Windows-1252" in done.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (0,)
    finally:
        conn.close()


# -- fuzzing the command line ------------------------------------------------------------
@pytest.fixture
def cli(tmp_path: Path, clock) -> Callable[..., tuple[int, str]]:
    """``visits import`` or ``directory import`` of some bytes, through the CLI's entry point."""
    translate = load_catalog("fr").translate
    parser = build_parser(translate)
    ctx = DeskContext("desk-fuzz", "fuzz", clock, role=Role.AGENT)
    options = {
        "location": str(tmp_path / "fuzz.sqlite3"),
        "backup_dir": tmp_path / "b",
        "ctx": ctx,
        "busy_timeout_ms": 2000,
        "translate": translate,
    }

    def run(*argv: str) -> tuple[int, str]:
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main_cli(list(argv), parser, **options)
        return code, err.getvalue()

    assert run("db", "upgrade")[0] == 0
    assert run("directory", "import", str(_write(tmp_path, DIRECTORY.encode("utf-8"))))[0] == 0
    return run


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "fuzz.csv"
    path.write_bytes(data)
    return path


def _state(folder: Path) -> tuple:
    conn = sqlite3.connect(folder / "fuzz.sqlite3")
    try:
        counts = tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("visits", "organisations", "audit_log")
        )
        return counts, conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()


DIRECTORY = "acronym;name;categories;offer;age_min\r\nCAF;Caisse d'allocations familiales;rights;Prestations;\r\n"
GOOD = {
    "visits": (
        "datetime;category;channel;orientation;note",
        [
            st.sampled_from(["2026-11-02T09:15", "2026-11-03 10:00:00", "2026-10-30T16:59:59"]),
            st.sampled_from(["rights", "Santé", "SANTE", "Aide administrative", "jobs"]),
            st.sampled_from(["", "phone", "téléphone", "courriel", "walk_in"]),
            st.sampled_from(["", "CAF", "caf"]),
            st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=60),
        ],
    ),
    "directory": (
        "acronym;name;categories;offer;age_min",
        [
            st.sampled_from(["CAF", "ADIL", "CRESUS", "=X", "Élan"]),
            st.sampled_from(["Caisse d'allocations familiales", "Agence du logement", "-Moins"]),
            st.sampled_from(["", "rights", "rights,health", "housing|jobs"]),
            st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=60),
            st.sampled_from(["", "18", "60"]),
        ],
    ),
}
BAD_CELLS = st.sampled_from(
    [
        "2026-02-30T10:00",
        "demain",
        "2099-01-01T09:00",
        "astrologie",
        "pigeon",
        "NOPE",
        "-1",
        "peut-être",
        '"',
        '"a;b',
        "x" * 300,
        "y" * 200_000,
        "=1+1",
        "'=1+1",
    ]
)
READ = st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])
FOREIGN = st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "mac-roman", "cp850"])


@st.composite
def lines(draw: st.DrawFn, what: str) -> str:
    cells = [draw(strategy) for strategy in GOOD[what][1]]
    damage = draw(st.sampled_from(["none", "none", "none", "cell", "short", "long"]))
    if damage == "cell":
        cells[draw(st.integers(0, len(cells) - 1))] = draw(BAD_CELLS)
    elif damage == "short":
        cells = cells[: draw(st.integers(0, len(cells) - 1))]
    elif damage == "long":
        cells.append(draw(st.text(max_size=5)))
    return ";".join('"' + c.replace('"', '""') + '"' if any(ch in c for ch in ';"\r\n') else c for c in cells)


@st.composite
def payloads(draw: st.DrawFn, what: str) -> bytes:
    """Random bytes, or rows of the right shape, some damaged, in some encoding, maybe cut short."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=600))
    header = (
        GOOD[what][0]
        if draw(st.integers(0, 5))
        else draw(st.sampled_from([GOOD["visits"][0], GOOD["directory"][0], "", "quand;quoi"]))
    )
    body = "\r\n".join(draw(st.lists(lines(what), max_size=15)))
    data = (header + "\r\n" + body + "\r\n").encode(
        draw(READ if draw(st.integers(0, 3)) else FOREIGN), errors="replace"
    )
    return data[: draw(st.integers(0, len(data)))] if draw(st.integers(0, 5)) == 0 else data


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data(), what=st.sampled_from(["visits", "directory"]))
def test_fuzzed_files_are_imported_or_refused_with_a_message(
    cli, tmp_path: Path, data: st.DataObject, what: str
) -> None:
    before = _state(tmp_path)
    payload = data.draw(payloads(what))
    code, err = cli(what, "import", str(_write(tmp_path, payload)))  # anything but a UserError would raise here
    event(f"{what} exit {code}")
    assert code in (0, 2)
    if code == 2:
        assert err.strip() and "Traceback" not in err
        assert _state(tmp_path) == before
    else:
        assert err == ""
        assert what == "directory" or _state(tmp_path) != before  # a visits import is in the audit trail
