"""Backups made without anyone thinking about them, rotated, and restored only when sound."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maison_solidarite.__main__ import main
from maison_solidarite.domain.errors import StorageError
from maison_solidarite.domain.roles import Role
from maison_solidarite.services.backups import Backup, back_up_if_due, backups_in, check_restorable, restore, to_keep


def test_one_copy_a_day_at_start_up(services, category_ids, clock, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    services.visits.log(category_ids["rights"])
    first = back_up_if_due(services.db, services.ctx, folder)
    assert first is not None and first.stat().st_mode & 0o777 == 0o600
    assert back_up_if_due(services.db, services.ctx, folder) is None  # the same day
    clock.advance(days=1)
    assert back_up_if_due(services.db, services.ctx, folder) is not None
    conn = sqlite3.connect(first)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    conn.close()


def test_rotation_keeps_fourteen_days_and_twelve_months() -> None:
    start = datetime(2025, 1, 1, 9, 0)
    backups = [Backup(Path(f"b{n}"), start + timedelta(days=n)) for n in range(500)]
    backups += [Backup(Path("b499-later"), start + timedelta(days=499, hours=5))]
    kept = to_keep(backups)
    days = {b.taken.date() for b in backups if b.path in kept}
    assert Path("b499-later") in kept and Path("b499") not in kept  # the newest of the day
    last = (start + timedelta(days=499)).date()
    assert all(last - timedelta(days=n) in days for n in range(14))
    months = {(b.taken.year, b.taken.month) for b in backups if b.path in kept}
    assert len(months) == 12 and len(kept) <= 14 + 12


def test_manual_copies_are_never_rotated_away_nor_overwritten(services, category_ids, clock, tmp_path: Path) -> None:
    from maison_solidarite.services.backups import back_up_now

    folder = tmp_path / "copies"
    folder.mkdir()
    services.visits.log(category_ids["rights"])
    first = back_up_now(services.db, services.ctx, folder)
    services.visits.log(category_ids["rights"])
    second = back_up_now(services.db, services.ctx, folder)  # the same second: the clock stands still
    assert first.name == "maison-solidarite-20261117-100000-manual.sqlite3"
    assert second.name == "maison-solidarite-20261117-100000-manual-2.sqlite3"
    automatic = []
    for _day in range(30):
        clock.advance(days=1)
        made = back_up_if_due(services.db, services.ctx, folder)
        assert made is not None and not made.name.endswith("manual.sqlite3")
        automatic.append(made)
    listed = backups_in(folder)
    assert [b.path for b in listed if b.manual] == [first, second]
    # The rotation of the automatic copies is unchanged: November's newest (the 30th), then the last 14 days.
    assert automatic[12].name == "maison-solidarite-20261130-100000.sqlite3"
    assert [b.path for b in listed if not b.manual] == [automatic[12], *automatic[-14:]]
    for copy, visits in ((first, 1), (second, 2)):
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (visits,)
        conn.close()


def test_a_manual_copy_today_does_not_stand_for_the_automatic_one(services, clock, tmp_path: Path) -> None:
    from maison_solidarite.services.backups import back_up_now

    folder = tmp_path / "copies"
    folder.mkdir()
    back_up_now(services.db, services.ctx, folder)
    clock.advance(minutes=5)
    daily = back_up_if_due(services.db, services.ctx, folder)
    assert daily is not None and daily.name == "maison-solidarite-20261117-100500.sqlite3"
    assert back_up_if_due(services.db, services.ctx, folder) is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=800), st.integers(min_value=0, max_value=86399), st.booleans()),
        max_size=60,
    )
)
def test_rotation_keeps_every_manual_copy_and_thins_the_automatic_ones_alone(
    copies: list[tuple[int, int, bool]],
) -> None:
    start = datetime(2025, 1, 1)
    backups = [
        Backup(Path(f"c{n}"), start + timedelta(days=day, seconds=second), manual)
        for n, (day, second, manual) in enumerate(copies)
    ]
    backups.sort(key=lambda b: b.taken)
    kept = to_keep(backups)
    automatic = [b for b in backups if not b.manual]
    assert {b.path for b in backups if b.manual} <= kept
    assert kept - {b.path for b in backups if b.manual} == to_keep(automatic)


def test_the_restore_dialog_lists_automatic_and_manual_copies(
    qtbot, french_app, services, clock, tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    from maison_solidarite.services.backups import back_up_now
    from maison_solidarite.ui.admin.restore_dialog import RestoreDialog

    folder = tmp_path / "copies"
    folder.mkdir()
    back_up_if_due(services.db, services.ctx, folder)
    clock.advance(hours=2)
    back_up_now(services.db, services.ctx, folder)
    dialog = RestoreDialog(folder, "fr")
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    manual = QCoreApplication.translate("RestoreDialog", "{taken} — {size} MB — made on demand").format(
        taken="17/11/2026 12:00", size="SIZE"
    )
    automatic = QCoreApplication.translate("RestoreDialog", "{taken} — {size} MB").format(
        taken="17/11/2026 10:00", size="SIZE"
    )
    # The newest first, the manual copy told apart; the size in megabytes, French style (0,2).
    expected = [re.escape(text).replace("SIZE", r"\d+,\d") for text in (manual, automatic)]
    assert len(texts) == 2 and all(re.fullmatch(e, t) for e, t in zip(expected, texts, strict=True)), texts


def test_a_missing_backup_folder_says_what_to_do(services, tmp_path: Path) -> None:
    from maison_solidarite.services.backups import back_up_now

    with pytest.raises(StorageError) as caught:
        back_up_now(services.db, services.ctx, tmp_path / "usb-key-not-plugged")
    assert "does not exist" in str(caught.value)


WRITER = """
import sys
from pathlib import Path
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
services = Services.create(db, DeskContext("writer", "writer"))
category = services.categories.list()[0].id
for n in range(int(sys.argv[3])):
    print(services.visits.log(category).uid, flush=True)
"""


def test_a_backup_taken_while_another_process_writes_is_sound_and_gap_free(
    db, db_path: Path, tmp_path: Path, services
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    copies = []
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(tmp_path / "b"), "400"], stdout=subprocess.PIPE, text=True
    ) as writer:
        assert writer.stdout is not None
        written = []
        for line in writer.stdout:
            written.append(line.strip())
            if len(written) % 80 == 40:  # five copies along the way
                target = folder / f"copy-{len(written)}.sqlite3"
                from maison_solidarite.db.schema import backup_sqlite

                copies.append(backup_sqlite(db_path, target))
    assert writer.returncode == 0 and len(written) == 400
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        uids = [row[0] for row in conn.execute("SELECT uid FROM visits WHERE desk_id = 'writer' ORDER BY id")]
        conn.close()
        assert uids and uids == written[: len(uids)]  # a prefix of what was committed, without a gap


def test_restore_refuses_a_damaged_or_newer_file_and_keeps_the_current_one(
    services, category_ids, db_path: Path, tmp_path: Path
) -> None:
    services.visits.log(category_ids["rights"])
    good = tmp_path / "good.sqlite3"
    from maison_solidarite.db.schema import backup_sqlite

    backup_sqlite(db_path, good)
    services.visits.log(category_ids["health"])
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(StorageError):
        check_restorable(damaged)
    newer = tmp_path / "newer.sqlite3"
    backup_sqlite(db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as caught:
        check_restorable(newer)
    assert "newer version" in str(caught.value)
    services.db.dispose()
    aside = restore(db_path, good, tmp_path / "aside", replace(services.ctx, role=Role.ADMINISTRATOR)).kept_aside
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    conn.close()
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (2,)
    conn.close()


def test_cli_backup_and_restore(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert main(["--db", db, "visit", "add", "--category", "rights"]) == 0
    assert main(["--db", db, "db", "backup"]) == 0
    (copy,) = backups_in(home / "data" / "maison-solidarite" / "backups")
    assert copy.manual and copy.path.name.endswith("-manual.sqlite3")
    assert main(["--db", db, "visit", "add", "--category", "rights"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "db", "restore", str(copy.path)]) == 0
    assert "contenait avant est conservé dans" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    conn.close()
    bad = home / "bad.sqlite3"
    bad.write_text("pas une sauvegarde")
    assert main(["--db", db, "db", "restore", str(bad)]) == 2
    assert "n'est pas une base Maison de la Solidarité" in capsys.readouterr().err


FULL_FOLDER = """
import resource, signal, sys
from pathlib import Path
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.errors import StorageError
from maison_solidarite.domain.roles import Role
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.backups import back_up_now
from maison_solidarite.services.context import DeskContext
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
db = prepare_database(sys.argv[1], Path(sys.argv[2])).db
services = Services.create(db, DeskContext("full", "full", role=Role.ADMINISTRATOR))
for _ in range(300):
    services.visits.log(services.categories.list()[0].id, note="x" * 250)
db.engine.dispose()
size = Path(sys.argv[1]).stat().st_size
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, hard))  # the key holds half a copy
try:
    back_up_now(db, services.ctx, Path(sys.argv[2]))
except StorageError as exc:
    print("REFUSED", exc.render(load_catalog("fr").translate), flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # a key with room
print("WRITTEN", back_up_now(db, services.ctx, Path(sys.argv[2])).name, flush=True)
"""


@pytest.mark.slow
def test_a_full_backup_folder_says_so_and_leaves_no_half_copy(db_path: Path, db, tmp_path: Path) -> None:
    db.dispose()
    folder = tmp_path / "key"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", FULL_FOLDER, str(db_path), str(folder)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    refused = [line for line in done.stdout.splitlines() if line.startswith("REFUSED")]
    written = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("WRITTEN")]
    assert refused and "plein" in refused[0], done.stdout
    assert [p.name for p in folder.iterdir()] == written  # the refused copy left nothing behind
    conn = sqlite3.connect(folder / written[0])
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (300,)
    conn.close()
