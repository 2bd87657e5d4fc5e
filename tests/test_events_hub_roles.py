"""The agenda under the city's PostgreSQL roles (packaging/hub-roles.sql): a desk's login records
attendance and says an event was held; only a coordinator's login plans an event."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from maison_solidarite.db.event_models import EventHeadcountRow, EventRow
from maison_solidarite.domain.errors import StorageError, StorageKind
from maison_solidarite.domain.events import EventDraft, EventKind, EventStatus
from tests.hub_support import needs_server

from .test_hub_roles import hub, logins, roles_desks  # noqa: F401 - fixtures

MONDAY = date(2026, 11, 16)


@needs_server
def test_a_desk_login_records_attendance_and_only_a_coordinator_plans(
    hub: str,  # noqa: F811 - the roles' hub
    logins: dict[str, str],  # noqa: F811
    tmp_path: Path,
    clock,
) -> None:
    with roles_desks(hub, logins, tmp_path, clock) as (first, desk, coordination):
        draft = EventDraft(EventKind.ACTION, "Petit-déjeuner santé", MONDAY, time(9), time(10))
        [event] = coordination.events.add(draft)
        desk.sync.run_round()
        with pytest.raises(StorageError) as refused:
            desk.events.add(EventDraft(EventKind.ACTION, "Atelier", MONDAY, time(14), time(15)))
        assert refused.value.kind is StorageKind.DENIED
        desk.events.set_status(event.id, EventStatus.HELD)
        desk.attendance.set_headcount(event.id, 11)
        desk.sync.run_round()
        coordination.sync.run_round()
        assert coordination.attendance.of(event.id).headcount == 11
        assert coordination.events.event(event.id).status == EventStatus.HELD
        with first.sync.hub().read() as session:
            assert session.scalar(select(func.count()).select_from(EventRow)) == 1
            assert session.scalar(select(func.count()).select_from(EventHeadcountRow)) == 1
