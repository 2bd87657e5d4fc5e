"""The sign-in sheet of an event (reports/sign_in_sheet.py), printed before the event.

``SignInSheetService.sheet(event_id, translate)`` says what the sheet shows; ``pdf`` gives
its bytes, ``write`` writes it whole or not at all. A meeting lists the partners invited
(those with an attendance entry, and those who lead it), or every active partner when no
one was invited yet; an action has numbered blank lines. Every desk may print it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import CategoryRow, OfficeRow, OrganisationRow
from ..domain.events import EventKind
from ..domain.roles import Action, requires
from ..domain.statistics import NumberFormat
from ..reports.files import write_bytes
from . import audit
from . import event_rows as rows
from .attendance import read_attendance
from .context import DeskContext
from .events import named
from .settings import sheet_context

if TYPE_CHECKING:
    from ..reports.sign_in_sheet import SignInSheet

Translate = Callable[[str, str], str]


class SignInSheetService:
    def __init__(self, db: Database, ctx: DeskContext, local: Database | None = None) -> None:
        """``db``: where the events are (the hub's copy); ``local``: where this desk's attendance is."""
        self.db, self.ctx = db, ctx
        self.local = local or db

    @requires(Action.READ_ROTA)
    def sheet(self, event_id: int, translate: Translate) -> SignInSheet:
        from ..reports.sign_in_sheet import SignInSheet  # the writers load when a document is made

        with self.db.read() as session:
            event = rows.one_event(session, event_id)
            partners = {r.id: r for r in session.scalars(select(OrganisationRow))}
            office = session.get(OfficeRow, event.office_id) if event.office_id is not None else None
            category = session.get(CategoryRow, event.category_id) if event.category_id is not None else None
            place = office.name if office is not None else event.place
            theme = category.label if category is not None else event.theme
        with self.local.read() as session:
            invited = [p.organisation_id for p in read_attendance(session, event_id).partners]
        lines: list[int] = []
        if event.kind == EventKind.MEETING:
            lines = list(dict.fromkeys([*event.partner_ids, *invited]))
            if not lines:
                lines = [r.id for r in partners.values() if r.active]
            lines.sort(key=lambda i: partners[i].acronym.casefold())

        def line(i: int) -> str:
            return f"{partners[i].acronym} – {partners[i].name}"

        return SignInSheet(
            event=event,
            place=place,
            theme=theme,
            leading=[line(i) for i in event.partner_ids],
            partners=[line(i) for i in lines],
        )

    @requires(Action.READ_ROTA)
    def pdf(self, event_id: int, translate: Translate, numbers: NumberFormat) -> bytes:
        """The sheet's bytes; the printing is audited."""
        from ..reports.sign_in_sheet import sign_in_sheet_pdf

        sheet = self.sheet(event_id, translate)
        data = sign_in_sheet_pdf(sheet, sheet_context(self.db, self.ctx, translate, numbers))
        with self.local.write() as session:
            audit.record(
                session,
                self.ctx,
                "export",
                "sign_in_sheet",
                sheet.event.uid,
                None,
                named(sheet.event) | {"bytes": len(data)},
            )
        return data

    @requires(Action.READ_ROTA)
    def write(self, event_id: int, translate: Translate, numbers: NumberFormat, path: Path) -> None:
        """Write the sheet to ``path``: the whole file, or nothing."""
        write_bytes(path, self.pdf(event_id, translate, numbers))
