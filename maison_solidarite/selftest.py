"""``--self-test``: prove that an installed copy works, without touching the real database.

It creates a database in a temporary folder (migrated by Alembic), logs a visit, renders
the monthly sheet, opens the main window offscreen with the French translation, and says
what it did, one line per step. Exit 0 when every step passed, 1 otherwise. The IT
department runs it after deploying a build; the Linux bundle's build script runs it too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import __version__


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[str] = []

    def step(text: str) -> None:
        steps.append(text)
        print(f"ok   {text}", file=out, flush=True)

    try:
        with tempfile.TemporaryDirectory(prefix="maison-solidarite-self-test-") as folder:
            _run(Path(folder), step)
    except Exception:
        print(f"FAIL after {len(steps)} steps", file=out)
        traceback.print_exc(file=out)
        return 1
    print(f"Maison de la Solidarité {__version__}: self-test passed ({len(steps)} steps).", file=out)
    return 0


def _run(folder: Path, step: Callable[[str], None]) -> None:
    from datetime import datetime

    from .db.schema import head_revision, prepare_database
    from .domain.roles import Role
    from .domain.statistics import Period, number_format
    from .i18n import load_catalog
    from .services import Services
    from .services.context import DeskContext

    prepared = prepare_database(str(folder / "self-test.sqlite3"), folder / "backups")
    try:
        step(f"database created and migrated to {head_revision()}")
        ctx = DeskContext(desk_id="self-test", agent="self-test", role=Role.ADMINISTRATOR)
        services = Services.create(prepared.db, ctx)
        category = services.categories.list(active_only=True)[0]
        visit = services.visits.log(category.id)
        counted = sum(c.today for c in services.visits.counters(visit.visited_at.date()))
        if counted != 1:
            raise AssertionError(f"1 visit logged, {counted} counted")
        step(f"visit logged in '{category.label}' and counted")
        catalog = load_catalog("fr")
        if catalog.translate("Cli", "Monthly sheet written to {path}.") == "Monthly sheet written to {path}.":
            raise AssertionError("the French catalogue is missing")
        step(f"French catalogue read ({len(catalog.messages)} messages)")
        now = datetime.now()
        outputs = services.statistics_outputs
        pdf = outputs.monthly_pdf(Period.month(now.year, now.month), catalog.translate, number_format("fr"))
        if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
            raise AssertionError("the monthly sheet is not a PDF")
        (folder / "monthly.pdf").write_bytes(pdf)
        step(f"monthly sheet rendered ({len(pdf)} bytes of PDF)")
        from .ui.self_test import open_window_offscreen  # Qt is loaded last

        open_window_offscreen(services, step)
    finally:
        prepared.db.dispose()
