"""Events and their attendance between the desks of a site, through a real PostgreSQL hub.

Events are shared records (like the rota: an event takes an office the rota's checks see),
written on the hub in one transaction; attendance entries are records a desk owns, sent
with the paper tallies and pulled by the site's other desks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from maison_solidarite.db.event_models import EventHeadcountRow, EventRow, PartnerAttendanceRow, PersonAttendanceRow
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.events import EventDraft, EventKind, PartnerStatus
from maison_solidarite.services import Services
from tests.hub_support import needs_server, open_desk

pytestmark = needs_server
MONDAY = date(2026, 11, 16)  # the clock's week: T0 is Tuesday 17 November, 10:00


@pytest.fixture
def desks(tmp_path: Path, clock) -> Iterator[list[Services]]:
    opened = [open_desk(tmp_path / f"desk{i}.sqlite3", clock, f"desk{i}") for i in range(3)]
    yield opened
    for services in opened:
        services.sync.close()
        services.close()


def _count(services: Services, table: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_events_are_written_on_the_hub_and_attendance_reaches_the_sites_desks(hub: str, desks: list[Services]) -> None:
    a, b, other = desks
    a.sync.join(hub, "Accueil 1", "Dijon")
    b.sync.join(hub, "Accueil 2", "Dijon")
    other.sync.join(hub, "Accueil Chenôve", "Chenôve")
    a, b, other = (Services.create(d.db, d.ctx, d.sync) for d in desks)  # as a new start sees them: joined
    caf = a.organisations.add("CAF", "CAF de Côte-d'Or")
    office = a.rota.offices()[0].id
    [action] = a.events.add(EventDraft(EventKind.ACTION, "Petit-déjeuner santé", MONDAY, time(9), time(10), office))
    [meeting] = a.events.add(EventDraft(EventKind.MEETING, "Réunion plénière", MONDAY, time(14), time(16)))
    with a.sync.hub().read() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == 2  # on the hub at once
    b.sync.run_round()
    assert [e.title for e in b.events.between(MONDAY, MONDAY)] == ["Petit-déjeuner santé", "Réunion plénière"]
    with pytest.raises(ValidationError, match="Petit-déjeuner santé"):  # the hub's check sees a's event
        b.events.add(EventDraft(EventKind.ACTION, "Atelier", MONDAY, time(9, 30), time(11), office))
    a.attendance.add_people(action.id, ["7K2M9QXD4H", "ABCDEFGH12"])
    b.attendance.set_headcount(action.id, 12)
    b.attendance.mark_partner(meeting.id, caf.id, PartnerStatus.PRESENT, people=3, speaker=True)
    for desk in (a, b, a, b):
        desk.sync.run_round()
    for desk in (a, b):
        attendance = desk.attendance.of(action.id)
        assert attendance.headcount == 12 and {p.person_key for p in attendance.people} == {"7K2M9QXD4H", "ABCDEFGH12"}
        assert [(p.organisation_id, p.people, p.speaker) for p in desk.attendance.of(meeting.id).partners] == [
            (caf.id, 3, True)
        ]
        assert desk.sync.status().waiting == 0  # type: ignore[union-attr]
    other.sync.run_round()
    assert _count(other, PersonAttendanceRow) == 0 and _count(other, EventHeadcountRow) == 0  # another site's
    with a.sync.hub().read() as session:
        assert session.scalar(select(func.count()).select_from(PersonAttendanceRow)) == 2  # once each
        assert session.scalar(select(func.count()).select_from(PartnerAttendanceRow)) == 1
