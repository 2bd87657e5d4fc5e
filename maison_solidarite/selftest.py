"""``--self-test``: prove that an installed copy works, without touching the real database.

It creates a database in a temporary folder (migrated by Alembic), logs a visit, renders
the monthly sheet, opens the main window offscreen with the French translation, and says
what it did, one line per step. Exit 0 when every step passed, 1 otherwise. The IT
department runs it after deploying a build; the Linux bundle's build script runs it too.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import LANG_ENV, AppPaths
from .domain.errors import QT_TRANSLATE_NOOP
from .i18n import Catalog, load_catalog

Step = Callable[[str], None]


def self_test_language() -> str:
    """MAISON_SOLIDARITE_LANG, else the desk's language if the desk has settings (read,
    never created), else French."""
    chosen = os.environ.get(LANG_ENV)
    if chosen is None:
        try:
            chosen = json.loads(AppPaths.default().settings_file.read_text(encoding="utf-8")).get("language")
        except (OSError, ValueError, AttributeError):
            chosen = None
    return chosen if chosen in ("fr", "en") else "fr"


def run_self_test(out: TextIO | None = None, language: str = "fr") -> int:
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    catalog = load_catalog(language)
    steps: list[str] = []

    def step(text: str) -> None:
        steps.append(text)
        print(f"ok   {text}", file=out, flush=True)

    try:
        with tempfile.TemporaryDirectory(prefix="maison-solidarite-self-test-") as folder:
            _run(Path(folder), step, catalog)
    except Exception:
        failed = catalog.translate("SelfTest", "FAILED after {count} step(s):")
        print(failed.format(count=len(steps)), file=out)
        traceback.print_exc(file=out)
        return 1
    passed = catalog.translate("SelfTest", "Maison de la Solidarité {version}: self-test passed ({count} steps).")
    print(passed.format(version=__version__, count=len(steps)), file=out)
    return 0


def _run(folder: Path, step: Step, catalog: Catalog) -> None:
    from datetime import datetime

    from .db.schema import head_revision, prepare_database
    from .domain.roles import Role
    from .domain.statistics import Period, number_format
    from .services import Services
    from .services.context import DeskContext

    say = catalog.translate
    prepared = prepare_database(str(folder / "self-test.sqlite3"), folder / "backups")
    try:
        step(
            say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "database created and migrated to {revision}")).format(
                revision=head_revision()
            )
        )
        ctx = DeskContext(desk_id="self-test", agent="self-test", role=Role.ADMINISTRATOR)
        services = Services.create(prepared.db, ctx)
        category = services.categories.list(active_only=True)[0]
        visit = services.visits.log(category.id)
        counted = sum(c.today for c in services.visits.counters(visit.visited_at.date()))
        if counted != 1:
            raise AssertionError(
                say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "1 visit logged, {count} counted")).format(count=counted)
            )
        step(
            say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", 'visit logged in "{category}" and counted')).format(
                category=category.label
            )
        )
        french = load_catalog("fr")
        if french.translate("Cli", "Monthly sheet written to {path}.") == "Monthly sheet written to {path}.":
            raise AssertionError(say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "the French catalogue is missing")))
        step(
            say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "French catalogue read ({count} messages)")).format(
                count=len(french.messages)
            )
        )
        now = datetime.now()
        outputs = services.statistics_outputs
        pdf = outputs.monthly_pdf(Period.month(now.year, now.month), french.translate, number_format("fr"))
        if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
            raise AssertionError(say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "the monthly sheet is not a PDF")))
        (folder / "monthly.pdf").write_bytes(pdf)
        step(
            say("SelfTest", QT_TRANSLATE_NOOP("SelfTest", "monthly sheet rendered ({size} bytes of PDF)")).format(
                size=len(pdf)
            )
        )
        from .ui.self_test import open_window_offscreen  # Qt is loaded last

        open_window_offscreen(services, step, catalog.translate)
    finally:
        prepared.db.dispose()
