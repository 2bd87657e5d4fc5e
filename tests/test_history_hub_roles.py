"""Past totals and paper days under the city's PostgreSQL roles (packaging/hub-roles.sql): a
desk's login pushes the entries its desk owns, and the other desks of the site receive them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from maison_solidarite.db.history_models import PaperTallyRow, PastTotalRow
from maison_solidarite.domain.history import PastPeriod, PastTotalEntry
from tests.hub_support import needs_server, open_desk

from .test_hub_roles import _as_server, _login, _reopen, _run_roles_file, hub, logins  # noqa: F401 - fixtures

PAPER_DAY = date(2026, 11, 16)  # a Monday, the Maison open


@needs_server
def test_a_desk_login_pushes_its_paper_days_and_past_totals(
    hub: str,  # noqa: F811 - the roles' hub
    logins: dict[str, str],  # noqa: F811
    tmp_path: Path,
    clock,
) -> None:
    first = open_desk(tmp_path / "first.sqlite3", clock, "first")
    desk = open_desk(tmp_path / "desk.sqlite3", clock, "desk")
    coordination = open_desk(tmp_path / "coordination.sqlite3", clock, "coordination")
    try:
        first.sync.join(_login(hub, logins["owner"]), "Installation")
        _run_roles_file(hub)
        _as_server(
            hub,
            f'GRANT maison_desk TO "{logins["desk"]}"',
            f'GRANT maison_coordination TO "{logins["coordination"]}"',
        )
        coordination.sync.join(_login(hub, logins["coordination"]), "Coordination")
        desk.sync.join(_login(hub, logins["desk"]), "Accueil 1")
        coordination, desk = _reopen(coordination), _reopen(desk)
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
    finally:
        for services in (first, desk, coordination):
            services.sync.close()
            services.close()
