"""The daily counts against the visits: compared by ``db check``, rebuilt by ``--repair``."""

from __future__ import annotations

from sqlalchemy import text

from ..db.daily_counts import REBUILD, differences
from ..db.engine import Database
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext


def count_differences(db: Database) -> dict[str, int]:
    """For each table of daily counts, how many of its rows differ from a count of the visits."""
    dialect = db.engine.dialect.name
    with db.read() as session:
        return {table: int(session.execute(text(query)).scalar_one()) for table, query in differences(dialect).items()}


@requires(Action.MANAGE_BACKUPS)
def rebuild_counts(db: Database, ctx: DeskContext) -> None:
    """Count every day again from the visits, in one transaction; recorded in the audit trail."""
    with db.write() as session:
        for statement in REBUILD[db.engine.dialect.name]:
            session.execute(text(statement))
        audit.record(session, ctx, "repair", "daily_counts", "all")
