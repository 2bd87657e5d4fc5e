"""Which desks a set of figures covers, and up to when each desk's visits are known.

On a desk: the desks of its site, as last copied from the hub (this desk is known up to
now; another, up to its last push before this desk's last sync). On the hub: every desk
of every site, up to its last push.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ...db.engine import Database
from ...db.sync_models import HubDeskRow, SyncStateRow

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class DeskCoverage:
    name: str
    site: str
    known_until: datetime | None  # None: this desk, known up to now
    this_desk: bool


def desk_coverage(db: Database) -> list[DeskCoverage]:
    """Empty for a desk that works alone (its figures are its own)."""
    with db.read() as session:
        state = session.scalar(select(SyncStateRow))
        query = select(HubDeskRow).order_by(HubDeskRow.site, HubDeskRow.name)
        if state is not None:
            query = query.where(HubDeskRow.site == state.site)
        rows = list(session.scalars(query))
    if state is None and not rows:
        return []
    mine = state.desk_uid if state is not None else None
    return [
        DeskCoverage(r.name, r.site, None if r.desk_uid == mine else r.last_push_at, r.desk_uid == mine) for r in rows
    ]


def coverage_text(db: Database, translate: Translate) -> str:
    """ "Postes inclus : Accueil 1 (ce poste), Accueil 2 (synchronisé le 26/11 à 10:42)"; "" alone."""
    desks = desk_coverage(db)
    if not desks:
        return ""
    sites = {d.site for d in desks}
    parts = []
    for desk in desks:
        name = desk.name if len(sites) == 1 else f"{desk.site} · {desk.name}"
        if desk.this_desk:
            when = translate("Coverage", "this desk")
        elif desk.known_until is None:
            when = translate("Coverage", "nothing received yet")
        else:
            when = translate("Coverage", "synced on {date} at {time}").format(
                date=desk.known_until.strftime("%d/%m"), time=desk.known_until.strftime("%H:%M")
            )
        parts.append(f"{name} ({when})")
    return translate("Coverage", "Desks included: {desks}").format(desks=", ".join(parts))
