"""Partner organisations, as far as visits need them: to record an orientation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import OrganisationRow
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.organisations import Organisation
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext
from .lookup import find_by_words, get_or_raise


def to_organisation(row: OrganisationRow) -> Organisation:
    return Organisation(id=row.id, acronym=row.acronym, name=row.name, colour=row.colour, active=row.active)


def get_row(session: Session, organisation_id: int) -> OrganisationRow:
    return get_or_raise(
        session, OrganisationRow, organisation_id, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}.")
    )


def find_row(session: Session, text: str) -> OrganisationRow:
    """A partner by its acronym or name, whatever the case and accents."""
    return find_by_words(
        session, OrganisationRow, ("acronym", "name"), text, QT_TRANSLATE_NOOP("Errors", 'Unknown partner "{value}".')
    )


class OrganisationService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.READ_DIRECTORY)
    def list(self, active_only: bool = False) -> list[Organisation]:
        query = select(OrganisationRow).order_by(OrganisationRow.acronym)
        if active_only:
            query = query.where(OrganisationRow.active.is_(True))
        with self.db.read() as session:
            return [to_organisation(r) for r in session.scalars(query)]

    @requires(Action.READ_DIRECTORY)
    def find(self, text: str) -> Organisation:
        """A partner by its acronym or name, whatever the case and accents."""
        with self.db.read() as session:
            return to_organisation(find_row(session, text))

    @requires(Action.EDIT_DIRECTORY)
    def add(self, acronym: str, name: str, colour: str = "#5b7db1") -> Organisation:
        with self.db.write() as session:
            row = OrganisationRow(acronym=acronym.strip(), name=" ".join(name.split()), colour=colour, active=True)
            session.add(row)
            session.flush()
            audit.record(
                session,
                self.ctx,
                "create",
                "organisation",
                row.acronym,
                None,
                {"acronym": row.acronym, "name": row.name},
            )
            return to_organisation(row)
