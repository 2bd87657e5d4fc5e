"""The visits of a period as the lines of the visits file, read as a stream."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import CategoryRow, OrganisationRow, VisitRow, visit_secondary_categories
from ..db.sync_models import HubDeskRow, SyncStateRow
from ..domain.visits import AgeBand, Channel, Outcome
from ..domain.visits_file import VisitLine


def desk_names(session: Session) -> dict[str, str]:
    """Desk uid → its name, for the desks this computer knows (none for a desk alone)."""
    names = {row.desk_uid: row.name for row in session.scalars(select(HubDeskRow))}
    state = session.scalar(select(SyncStateRow))
    if state is not None:
        names[state.desk_uid] = state.desk_name
    return names


def secondary_categories(session: Session, low: datetime, high: datetime) -> dict[int, list[tuple[str, str]]]:
    """Visit id → its secondary requests (code, label), in the categories' order."""
    query = (
        select(visit_secondary_categories.c.visit_id, CategoryRow.code, CategoryRow.label)
        .join(CategoryRow, CategoryRow.id == visit_secondary_categories.c.category_id)
        .join(VisitRow, VisitRow.id == visit_secondary_categories.c.visit_id)
        .where(VisitRow.visited_at >= low, VisitRow.visited_at < high)
        .order_by(visit_secondary_categories.c.visit_id, CategoryRow.position, CategoryRow.code)
    )
    found: dict[int, list[tuple[str, str]]] = {}
    for visit_id, code, label in session.execute(query):
        found.setdefault(visit_id, []).append((code, label))
    return found


def visit_lines(session: Session, low: datetime, high: datetime) -> Iterator[VisitLine]:
    """Every visit from ``low`` (included) to ``high`` (excluded), in time order."""
    desks = desk_names(session)
    secondary = secondary_categories(session, low, high)
    query = (
        select(
            VisitRow.id,
            VisitRow.uid,
            VisitRow.visited_at,
            VisitRow.channel,
            VisitRow.outcome,
            VisitRow.first_visit,
            VisitRow.age_band,
            VisitRow.neighbourhood,
            VisitRow.origin,
            VisitRow.note,
            CategoryRow.code,
            CategoryRow.label,
            OrganisationRow.acronym,
        )
        .join(CategoryRow, CategoryRow.id == VisitRow.category_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == VisitRow.organisation_id)
        .where(VisitRow.visited_at >= low, VisitRow.visited_at < high)
        .order_by(VisitRow.visited_at, VisitRow.id)
        .execution_options(yield_per=2000)
    )
    for visit in session.execute(query):
        yield VisitLine(
            uid=visit.uid,
            visited_at=visit.visited_at,
            category=(visit.code, visit.label),
            secondary=tuple(secondary.get(visit.id, ())),
            channel=Channel(visit.channel),
            outcome=Outcome(visit.outcome),
            orientation=visit.acronym,
            first_visit=visit.first_visit,
            age_band=AgeBand(visit.age_band) if visit.age_band else None,
            neighbourhood=visit.neighbourhood,
            desk=desks.get(visit.origin or "", ""),
            note=visit.note,
        )
