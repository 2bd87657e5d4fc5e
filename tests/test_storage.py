"""The storage under stress: a network share, two desks on one file, a disk that fills up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from maison_solidarite.db.engine import filesystem_of, refuse_network_filesystem
from maison_solidarite.domain.errors import StorageError

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//serveur/partage /mnt/partage cifs rw,relatime,vers=3.1.1 0 0
serveur:/export /mnt/nfs nfs4 rw,relatime 0 0
/dev/sdb1 /media/clé\\040usb vfat rw 0 0
"""


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/home/accueil/maison.sqlite3", "ext4"),
        ("/mnt/partage/maison.sqlite3", "cifs"),
        ("/mnt/nfs/a/b.sqlite3", "nfs4"),
        ("/media/clé usb/x.sqlite3", "vfat"),
    ],
)
def test_the_file_system_of_a_path(path: str, kind: str) -> None:
    assert filesystem_of(Path(path), MOUNTS) == kind


@pytest.mark.parametrize("path", ["/mnt/partage/maison.sqlite3", "/mnt/nfs/maison.sqlite3"])
def test_a_database_on_a_network_share_is_refused_with_the_way_out(path: str) -> None:
    with pytest.raises(StorageError) as caught:
        refuse_network_filesystem(Path(path), MOUNTS)
    assert "network share" in str(caught.value) and "postgresql+psycopg" in str(caught.value)


def test_a_local_database_is_accepted() -> None:
    refuse_network_filesystem(Path("/home/accueil/maison.sqlite3"), MOUNTS)
    refuse_network_filesystem(Path("/media/clé usb/x.sqlite3"), MOUNTS)


DESK = """
import sys
from pathlib import Path
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.errors import UserError
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
services = Services.create(db, DeskContext(sys.argv[3], sys.argv[3]))
category = services.categories.list()[0].id
errors = 0
for n in range(int(sys.argv[4])):
    try:
        services.visits.log(category)
    except UserError as exc:  # what a user would be shown
        errors += 1
        print("SHOWN", exc, flush=True)
print("ERRORS", errors, flush=True)
"""


@pytest.mark.slow
def test_two_desks_on_one_file_each_log_a_thousand_visits(db_path: Path, db, tmp_path: Path) -> None:
    command = [sys.executable, "-c", DESK, str(db_path), str(tmp_path / "b")]
    with (
        subprocess.Popen([*command, "desk-a", "1000"], stdout=subprocess.PIPE, text=True) as first,
        subprocess.Popen([*command, "desk-b", "1000"], stdout=subprocess.PIPE, text=True) as second,
    ):
        outputs = [first.communicate(timeout=300)[0], second.communicate(timeout=300)[0]]
    assert first.returncode == second.returncode == 0
    assert all(out.strip().endswith("ERRORS 0") for out in outputs), outputs
    conn = sqlite3.connect(db_path)
    counts = dict(conn.execute("SELECT desk_id, count(*) FROM visits GROUP BY desk_id").fetchall())
    assert counts == {"desk-a": 1000, "desk-b": 1000}
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.errors import StorageError
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
services = Services.create(db, DeskContext("full", "full"))
category = services.categories.list()[0].id
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
size = max(p.stat().st_size for p in Path(sys.argv[1]).parent.glob("*.sqlite3*"))
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 48 * 1024, hard))  # a disk with 48 KiB left
for n in range(5000):
    try:
        visit = services.visits.log(category, note="x" * 200)
    except StorageError as exc:
        print("REFUSED", exc.render(), flush=True)
        break
    print("OK", visit.uid, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space is back
print("AGAIN", services.visits.log(category).uid, flush=True)
"""


@pytest.mark.slow
def test_a_full_disk_refuses_the_visit_keeps_the_file_sound_and_logging_resumes(
    db_path: Path, db, tmp_path: Path
) -> None:
    db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(db_path), str(tmp_path / "b")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    acknowledged = [line.split()[1] for line in lines if line.startswith("OK")]
    refused = [line for line in lines if line.startswith("REFUSED")]
    again = [line.split()[1] for line in lines if line.startswith("AGAIN")]
    assert acknowledged and refused and again
    assert "is full: nothing was saved" in refused[0]
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = {row[0] for row in conn.execute("SELECT uid FROM visits")}
    conn.close()
    assert stored == set(acknowledged) | set(again)  # every acknowledged visit, and the refused one is not there
