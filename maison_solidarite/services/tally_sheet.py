"""The paper tally sheet of a day, printed before the desk has to count on paper.

``TallySheetService(db, ctx).pdf(day, translate, numbers)`` gives the sheet's bytes;
``write(day, translate, numbers, path)`` writes it (whole, or nothing). Every desk may
print it: an agent alone at the desk is the one who needs it when the computer fails.
The command line (``tally sheet DATE -o FILE.pdf``) and the reception tab call these.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.engine import Database
from ..domain.categories import shortcut_keys
from ..domain.permanences import Closure, ClosurePart
from ..domain.roles import Action, requires
from ..domain.statistics import NumberFormat
from ..domain.visits import CHANNEL_LABELS, Channel, ProfileField
from ..reports.files import write_bytes
from . import audit
from .categories import CategoryService
from .context import DeskContext
from .rota import RotaService
from .settings import enabled_profile_fields, sheet_context

if TYPE_CHECKING:
    from ..reports.tally_sheet import TallySheet

Translate = Callable[[str, str], str]


def _part(closure: Closure, translate: Translate) -> str:
    """Which part of the day a closure takes, as the sheet says it: "afternoon (staff meeting)"."""
    if closure.part == ClosurePart.MORNING:
        return translate("TallySheet", "the morning ({reason})").format(reason=closure.label)
    if closure.part == ClosurePart.AFTERNOON:
        return translate("TallySheet", "the afternoon ({reason})").format(reason=closure.label)
    start = f"{closure.start:%H:%M}" if closure.start else "00:00"
    end = f"{closure.end:%H:%M}" if closure.end else "24:00"
    return translate("TallySheet", "from {start} to {end} ({reason})").format(
        start=start, end=end, reason=closure.label
    )


class TallySheetService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)
        self.categories = CategoryService(db, ctx)

    @requires(Action.LOG_VISITS)
    def sheet(self, day: date, translate: Translate) -> TallySheet:
        """What the sheet of ``day`` shows: the requests with their keys, the channels, the closures."""
        from ..reports.tally_sheet import TallySheet  # the writers load when a document is made

        active = self.categories.list(active_only=True)
        keys = shortcut_keys(len(active))
        calendar = self.rota.closure_calendar()
        parts = {closure.part for closure in calendar.partial(day)}
        with self.db.read() as session:
            first_visits = ProfileField.FIRST_VISIT in enabled_profile_fields(session)
        return TallySheet(
            day=day,
            requests=[(key, category.label) for category, key in zip(active, keys, strict=True)],
            channels=[translate("Labels", CHANNEL_LABELS[channel]) for channel in Channel],
            first_visits=first_visits,
            closed=calendar.reason(day),
            partly_closed=[_part(closure, translate) for closure in calendar.partial(day)],
            closed_halves=(ClosurePart.MORNING in parts, ClosurePart.AFTERNOON in parts),
        )

    @requires(Action.LOG_VISITS)
    def pdf(self, day: date, translate: Translate, numbers: NumberFormat) -> bytes:
        """The sheet of ``day``, one A4 page; the printing is audited."""
        from ..reports.tally_sheet import tally_sheet_pdf

        context = sheet_context(self.db, self.ctx, translate, numbers)
        data = tally_sheet_pdf(self.sheet(day, translate), context)
        with self.db.write() as session:
            audit.record(session, self.ctx, "export", "tally_sheet", day.isoformat(), None, {"bytes": len(data)})
        return data

    @requires(Action.LOG_VISITS)
    def write(self, day: date, translate: Translate, numbers: NumberFormat, path: Path) -> None:
        """Write the sheet of ``day`` to ``path``: the whole file, or nothing."""
        write_bytes(path, self.pdf(day, translate, numbers))
