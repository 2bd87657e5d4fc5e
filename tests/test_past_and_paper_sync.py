"""Past totals and paper days travel between the desks of a site through the hub, like visits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from maison_solidarite.db.history_models import PaperTallyRow, PastTotalRow
from maison_solidarite.domain.history import PastPeriod, PastTotalEntry
from maison_solidarite.domain.statistics import Period
from maison_solidarite.services import Services
from maison_solidarite.services.statistics_outputs import statistics_dict
from tests.hub_support import needs_server, open_desk

from .test_permissions import FRENCH

pytestmark = needs_server


@pytest.fixture
def desks(tmp_path: Path, clock) -> Iterator[list[Services]]:
    opened = [open_desk(tmp_path / f"desk{i}.sqlite3", clock, f"desk{i}") for i in range(3)]
    yield opened
    for services in opened:
        services.sync.close()
        services.close()


def _rows(services: Services, table: type) -> list[tuple[str, int | None, str | None]]:
    with services.db.read() as session:
        return sorted((r.uid, r.count, r.origin) for r in session.scalars(select(table)))


def test_paper_days_and_past_totals_reach_the_desks_of_the_site_once(hub: str, desks: list[Services]) -> None:
    a, b, other = desks
    a.history.set_totals([PastTotalEntry(PastPeriod(2024), "rights", 2000)], "bilan 2024")
    a.tallies.add(date(2026, 11, 16), {"rights": 5})  # entered before joining: sent at the first round
    a.sync.join(hub, "Accueil 1", "Dijon")
    b.sync.join(hub, "Accueil 2", "Dijon")
    other.sync.join(hub, "Accueil Chenôve", "Chenôve")
    b.tallies.add(date(2026, 11, 16), {"health": 2})
    assert b.sync.status() is not None and b.sync.status().waiting == 1  # type: ignore[union-attr]
    b.sync.run_round()
    a.sync.run_round()
    a.sync.run_round()  # a second round sends and takes nothing twice
    for table in (PaperTallyRow, PastTotalRow):
        assert _rows(a, table) == _rows(b, table) and all(origin for _u, _n, origin in _rows(a, table))
    assert len(_rows(a, PaperTallyRow)) == 2 and len(_rows(a, PastTotalRow)) == 1
    assert _rows(other, PaperTallyRow) == [] and _rows(other, PastTotalRow) == []  # another site's
    assert a.sync.status().waiting == 0  # type: ignore[union-attr]
    day = Period(date(2026, 11, 16), date(2026, 11, 16))
    assert a.statistics.compute(day, FRENCH).total == b.statistics.compute(day, FRENCH).total == 7
    # On the hub, every site's figures: the same paper and past totals, once.
    on_hub = statistics_dict(a.sync.all_sites().statistics.compute(Period.year(2024), FRENCH))
    assert on_hub["total"] == 2000 and on_hub["provenance"]["past_totals"] == 2000  # type: ignore[index]
    with a.sync.hub().read() as session:
        assert session.scalar(select(func.count()).select_from(PaperTallyRow)) == 2
    review = a.sync.all_sites().statistics.annual_review(2026, FRENCH)
    assert review.totals_by_year == [(2024, 2000), (2025, 0), (2026, 7)]  # counted since 2024, on PostgreSQL too


def test_a_push_whose_reply_was_lost_is_taken_once(hub: str, desks: list[Services], clock) -> None:
    from maison_solidarite.services.sync import history, sync_state

    a = desks[0]
    a.sync.join(hub, "Accueil 1")
    a.tallies.add(date(2026, 11, 16), {"rights": 5})
    state = sync_state(a.db)
    assert state is not None
    history.push(a.db, a.sync.hub(), state)
    with a.db.write() as session:  # as if the hub's answer had not come back
        session.execute(PaperTallyRow.__table__.update().values(hub_seq=None))
    assert history.push(a.db, a.sync.hub(), state) == 0
    with a.sync.hub().read() as session:
        assert session.scalar(select(func.count()).select_from(PaperTallyRow)) == 1
    clock.current = datetime(2026, 11, 18, 9)
    a.sync.run_round()
    assert a.sync.status().waiting == 0  # type: ignore[union-attr]


def test_the_day_counting_began_is_set_for_one_site(hub: str, desks: list[Services]) -> None:
    a, b, other = desks
    a.sync.join(hub, "Accueil 1", "Dijon")
    b.sync.join(hub, "Accueil 2", "Dijon")
    other.sync.join(hub, "Accueil Chenôve", "Chenôve")
    b = Services.create(b.db, b.ctx, b.sync)  # as a new start sees it: settings written on the hub
    assert b.history.set_counting_start(date(2023, 6, 1)).day == date(2023, 6, 1)
    for desk in (a, other):
        desk.sync.run_round()
    assert a.history.counting_start().day == date(2023, 6, 1)
    assert other.history.counting_start().day is None  # another site: nothing counted there yet
