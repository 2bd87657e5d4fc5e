"""Past totals and paper days under the city's PostgreSQL roles (packaging/hub-roles.sql): a
desk's login pushes the entries its desk owns, and the other desks of the site receive them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from maison_solidarite.db.history_models import PaperTallyRow, PastTotalRow
from maison_solidarite.domain.history import PastPeriod, PastTotalEntry
from tests.hub_support import needs_server

from .test_hub_roles import hub, logins, roles_desks  # noqa: F401 - fixtures

PAPER_DAY = date(2026, 11, 16)  # a Monday, the Maison open


@needs_server
def test_a_desk_login_pushes_its_paper_days_and_past_totals(
    hub: str,  # noqa: F811 - the roles' hub
    logins: dict[str, str],  # noqa: F811
    tmp_path: Path,
    clock,
) -> None:
    with roles_desks(hub, logins, tmp_path, clock) as (first, desk, coordination):
        desk.tallies.add(PAPER_DAY, {"rights": 7, "health": 2})
        coordination.history.set_totals([PastTotalEntry(PastPeriod(2019), "rights", 4200)], "bilan 2019")
        desk.sync.run_round()
        coordination.sync.run_round()
        desk.sync.run_round()
        assert desk.sync.status().waiting == 0 and coordination.sync.status().waiting == 0
        with first.sync.hub().read() as session:
            assert session.scalar(select(func.count()).select_from(PaperTallyRow)) == 2
            assert session.scalar(select(func.count()).select_from(PastTotalRow)) == 1
        assert sum(t.count for t in coordination.tallies.on_day(PAPER_DAY)) == 9
        assert [(t.period, t.count) for t in desk.history.totals()] == [(PastPeriod(2019), 4200)]
