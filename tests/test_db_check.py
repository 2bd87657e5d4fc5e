"""``db check`` on a damaged database: it says what is wrong, in French, exits 2, and reads
the file without writing to it or creating anything beside it."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.__main__ import main
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext

from .conftest import T0

NAME = "maison.sqlite3"
WAL, SHM = NAME + "-wal", NAME + "-shm"
# What a refusal of a damaged or foreign file may say (each is a French message).
FRENCH = ("est endommagée", "n'est pas une base Maison de la Solidarité", "est vide", "version plus récente")


def _log_visits(services: Services, count: int) -> None:
    categories = [c.id for c in services.categories.list()]
    for n in range(count):
        services.visits.log(
            categories[n % len(categories)], T0 - timedelta(minutes=7 * n), note=f"Note {n} " + "é" * (n % 40)
        )


class Files(dict[str, dict[str, bytes]]):
    """The files of each scenario, shown briefly in a failing example."""

    def __repr__(self) -> str:
        return f"Files({', '.join(self)})"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Files:
    """The files of a real database with visits: alone, and with a -wal (with and without its -shm)."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / NAME
    db = prepare_database(str(path), folder / "backups").db
    services = Services.create(db, DeskContext("desk-check", "agent", lambda: T0, role=Role.ADMINISTRATOR))
    _log_visits(services, 150)
    db.dispose()  # the last connection checkpoints: everything is in the main file
    plain = {NAME: path.read_bytes()}
    db = prepare_database(str(path), folder / "backups").db
    services = Services.create(db, services.ctx)
    _log_visits(services, 40)  # these stay in the -wal while the database is open
    with_wal = {name: (folder / name).read_bytes() for name in (NAME, WAL, SHM)}
    db.dispose()
    assert len(with_wal[WAL]) > 0
    return Files(plain=plain, wal={NAME: with_wal[NAME], WAL: with_wal[WAL]}, **{"wal+shm": with_wal})


def sqlite_says_ok(files: dict[str, bytes]) -> bool:
    """SQLite's own verdict, on a copy opened the ordinary way."""
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        try:
            conn = sqlite3.connect(Path(folder) / NAME)
        except sqlite3.Error:
            return False
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except (sqlite3.Error, UnicodeDecodeError):  # the latter: an error quoting damaged bytes
            return False
        finally:
            conn.close()


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def desk(home: Path) -> Iterator[Path]:
    folder = home / "desk"
    folder.mkdir()
    yield folder


def run_check(capsys: pytest.CaptureFixture[str], folder: Path, files: dict[str, bytes]) -> tuple[int, str, str]:
    """Put ``files`` in ``folder``, run ``db check`` on them, and check that nothing changed."""
    for name, data in files.items():
        (folder / name).write_bytes(data)
    before = digests(folder)
    code = main(["--db", str(folder / NAME), "db", "check"])
    out, err = capsys.readouterr()
    after = digests(folder)
    if SHM in before:  # SQLite may rebuild the shared-memory index; the data files are untouched
        before.pop(SHM), after.pop(SHM)
    assert after == before
    return code, out, err


def assert_refused_in_french(code: int, out: str, err: str) -> None:
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and any(text in err for text in FRENCH), err
    assert "Traceback" not in err and "Intégrité : ok" not in out


def damage(files: dict[str, bytes], target: str, offset: int, data: bytes | None) -> dict[str, bytes]:
    """Overwrite ``data`` at ``offset`` in one file, or truncate it there when ``data`` is None."""
    name = target if target in files else NAME
    content = files[name]
    offset %= len(content) + 1
    changed = content[:offset] if data is None else content[:offset] + data + content[offset + len(data) :]
    return {**files, name: changed}


def test_an_intact_database_is_ok_and_nothing_is_created(capsys, desk: Path, pristine) -> None:
    for scenario in ("plain", "wal", "wal+shm"):
        for name in [p.name for p in desk.iterdir()]:
            (desk / name).unlink()
        code, out, err = run_check(capsys, desk, pristine[scenario])
        assert (code, err) == (0, ""), (scenario, err)
        assert "Intégrité : ok" in out and "(à jour)" in out
        assert sorted(p.name for p in desk.iterdir()) == sorted(pristine[scenario]), scenario


@pytest.mark.parametrize(
    ("where", "offset", "data"),
    [
        ("header", 16, b"\x00\x03"),  # the page size
        ("header", 28, b"\xff\xff\xff\x00"),  # the page count
        ("middle", 0.5, b"\xa5" * 4096),  # a whole page in the middle
        ("end", 0.75, None),  # the file cut short
        ("wal", 0.5, b"\x00" * 2000),
        ("wal", 0.3, None),
    ],
)
def test_a_damaged_database_is_reported_in_french(
    capsys, desk: Path, pristine, where: str, offset: float, data: bytes | None
) -> None:
    files = pristine["wal"] if where == "wal" else pristine["plain"]
    target = WAL if where == "wal" else NAME
    at = offset if isinstance(offset, int) else int(len(files[target]) * offset)
    damaged = damage(files, target, at, data)
    code, out, err = run_check(capsys, desk, damaged)
    if sqlite_says_ok(damaged):  # a cut in the -wal may only lose its last transactions
        assert code == 0 and "Intégrité : ok" in out
    else:
        assert_refused_in_french(code, out, err)


DAMAGE = st.tuples(
    st.sampled_from([NAME, WAL]),
    st.one_of(st.integers(0, 99), st.integers(min_value=0, max_value=2**24)),  # the header, or anywhere
    st.one_of(st.none(), st.binary(min_size=1, max_size=600)),  # None: truncate there
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=st.sampled_from(["plain", "wal", "wal+shm"]), damages=st.lists(DAMAGE, min_size=1, max_size=3))
def test_db_check_tells_damage_from_an_intact_file_and_never_writes(
    capsys, home: Path, pristine, scenario: str, damages
) -> None:
    files = pristine[scenario]
    for target, offset, data in damages:
        files = damage(files, target, offset, data)
    with tempfile.TemporaryDirectory(dir=home) as folder:
        code, out, err = run_check(capsys, Path(folder), files)
        names = sorted(p.name for p in Path(folder).iterdir())
    assert names == sorted(files)  # nothing created beside the file
    intact = sqlite_says_ok(files)
    if code == 0:
        assert "Intégrité : ok" in out and intact
    elif code == 1:  # sound for SQLite, but a schema behind or an audit trail altered
        assert intact and "Intégrité : ok" in out and err == ""
    else:  # damaged, or sound for SQLite but holding what the app never wrote
        assert code == 2 and err.count("\n") == 1 and any(text in err for text in FRENCH), err
        assert "Traceback" not in err
        if not intact:
            assert_refused_in_french(code, out, err)


def test_db_check_creates_no_shared_memory_file_beside_a_lone_wal(capsys, desk: Path, pristine) -> None:
    code, _out, _err = run_check(capsys, desk, pristine["wal"])
    assert code == 0
    assert sorted(p.name for p in desk.iterdir()) == [NAME, WAL]


def test_db_check_reads_a_database_a_desk_has_open(capsys, home: Path, cli_db: Path) -> None:
    assert main(["--db", str(cli_db), "visit", "add", "--category", "rights"]) == 0
    holder = sqlite3.connect(cli_db)  # another desk, in the middle of its day
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE categories SET position = position")
    holder.commit()
    try:
        names = sorted(p.name for p in cli_db.parent.iterdir())
        main_file = cli_db.read_bytes()
        capsys.readouterr()
        assert main(["--db", str(cli_db), "db", "check"]) == 0
        assert "Intégrité : ok" in capsys.readouterr().out
        assert sorted(p.name for p in cli_db.parent.iterdir()) == names
        assert cli_db.read_bytes() == main_file
    finally:
        holder.close()


def test_a_database_in_rollback_journal_mode_keeps_it(capsys, desk: Path, pristine) -> None:
    path = desk / NAME
    path.write_bytes(pristine["plain"][NAME])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "db", "check"]) == 0
    assert path.read_bytes() == before and sorted(p.name for p in desk.iterdir()) == [NAME]


def test_a_value_outside_a_check_constraint_is_damage(capsys, desk: Path, pristine) -> None:
    path = desk / NAME
    path.write_bytes(pristine["plain"][NAME])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a stray byte would, in the file
    conn.execute("UPDATE visits SET channel = 'pigeon' WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, err = run_check(capsys, desk, {})
    assert_refused_in_french(code, out, err)
    assert "CHECK constraint failed in visits" in err
