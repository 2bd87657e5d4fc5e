"""Several desks, each with its own SQLite database, meeting on a real PostgreSQL hub."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from maison_solidarite.db.models import VisitRow
from maison_solidarite.db.sync_models import OutboxRow
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.visits import Channel
from maison_solidarite.services import Services
from maison_solidarite.services.sync.hub import HubUnreachable
from maison_solidarite.services.visits import VisitChange
from tests.hub_support import needs_server, new_hub_database, open_desk

pytestmark = needs_server


@pytest.fixture
def desks(tmp_path: Path, clock) -> Iterator[list[Services]]:
    opened = [open_desk(tmp_path / f"desk{i}.sqlite3", clock, f"desk{i}") for i in range(3)]
    yield opened
    for services in opened:
        services.sync.close()
        services.close()


def _category(services: Services, code: str = "rights") -> int:
    return next(c.id for c in services.categories.list() if c.code == code)


def _uids(services: Services) -> list[str]:
    with services.db.read() as session:
        return sorted(session.scalars(select(VisitRow.uid)))


def _waiting(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxRow)) or 0)


def _reopen(services: Services) -> Services:
    """The same desk, as a new start sees it (routed shared records once joined)."""
    return Services.create(services.db, services.ctx, services.sync)


def test_two_desks_meet_on_the_hub(hub: str, desks: list[Services], clock) -> None:
    a, b, _ = desks
    a.visits.log(_category(a))
    a.visits.log(_category(a, "jobs"))
    report = a.sync.join(hub, "Accueil 1")
    assert report.pushed == 2
    b.visits.log(_category(b))  # logged before joining: it goes to the hub at the first round
    report = b.sync.join(hub, "Accueil 2")
    assert (report.pushed, report.pulled) == (1, 2)
    a.sync.run_round()
    assert _uids(a) == _uids(b) and len(_uids(a)) == 3
    assert _waiting(a) == _waiting(b) == 0
    status = b.sync.status()
    assert status is not None and status.desk_name == "Accueil 2" and status.waiting == 0
    assert {d.name for d in b.sync.desks()} == {"Accueil 1", "Accueil 2"}


def test_edits_and_deletions_reach_every_desk(hub: str, desks: list[Services], clock) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a = _reopen(a)
    first = a.visits.log(_category(a))
    second = a.visits.log(_category(a))
    a.sync.run_round()
    b.sync.run_round()
    a.visits.update(first.uid, VisitChange(category_id=_category(a, "jobs")))
    a.visits.delete(second.uid)
    a.sync.run_round()
    b.sync.run_round()
    assert _uids(b) == [first.uid]
    assert b.visits.get(first.uid).category_id == _category(b, "jobs")
    # A repeat of the whole history changes nothing.
    report = a.sync.run_round()
    assert (report.pushed, report.pulled) == (0, 0)


def test_a_reply_lost_after_the_hub_committed_changes_nothing(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    a.visits.log(_category(a))
    with a.db.write() as session:  # the outbox as it was before the push, as if the reply was lost
        saved = [(r.uid, r.token) for r in session.scalars(select(OutboxRow))]
    a.sync.run_round()
    with a.db.write() as session:
        for uid, token in saved:
            session.add(OutboxRow(uid=uid, token=token))
    report = a.sync.run_round()
    assert (report.pushed, report.repeated) == (0, 1)
    b.sync.join(hub, "B")
    assert len(_uids(b)) == 1


def _take_hub_away(url: str) -> str:
    """Rename the hub's database: the server answers, but the hub is not there (3D000)."""
    parsed = make_url(url)
    away = f"{parsed.database}_away"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"), {"d": parsed.database}
        )
        conn.execute(text(f'ALTER DATABASE "{parsed.database}" RENAME TO "{away}"'))
    admin.dispose()
    return away


def _bring_hub_back(url: str, away: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{away}" RENAME TO "{parsed.database}"'))
    admin.dispose()


def test_offline_a_desk_keeps_logging_and_converges_when_the_hub_returns(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    away = _take_hub_away(hub)
    try:
        logged = [a.visits.log(_category(a)) for _ in range(5)]
        a.visits.update(logged[0].uid, VisitChange(category_id=_category(a, "jobs")))
        a.visits.undo_last()
        with pytest.raises(HubUnreachable) as caught:
            a.sync.run_round()
        assert caught.value.exit_code == 3
        assert _waiting(a) == 4 + 1  # four visits and the undone one's tombstone
        status = a.sync.status()
        assert status is not None and status.last_error
        # Shared records are refused, and nothing is queued.
        with pytest.raises(HubUnreachable):
            a.categories.add("Numérique")
        assert "Numérique" not in [c.label for c in a.categories.list()]
        # The rota, the directory and the login still read from this desk's copy.
        assert a.organisations.list() == b.organisations.list()
    finally:
        _bring_hub_back(hub, away)
    a.sync.run_round()
    b.sync.run_round()
    assert _uids(a) == _uids(b) and len(_uids(b)) == 4
    assert b.visits.get(logged[0].uid).category_id == _category(b, "jobs")


def test_shared_records_change_on_the_hub_and_reach_every_desk(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    a.categories.add("Numérique")
    assert "Numérique" in [c.label for c in a.categories.list()]  # copied back at once
    b.sync.run_round()
    assert "Numérique" in [c.label for c in b.categories.list()]


def test_a_desk_name_is_taken_once_and_a_desk_joins_one_hub(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.sync.join(hub, "Accueil")
    with pytest.raises(ValidationError) as caught:
        b.sync.join(hub, "Accueil")
    assert "Accueil" in caught.value.render()
    assert b.sync.status() is None  # nothing half-written
    with new_hub_database() as other, pytest.raises(ValidationError):
        a.sync.join(other, "Accueil")


@pytest.mark.parametrize(
    "address", ["not a url", "sqlite:///tmp/x.sqlite3", "postgresql+psycopg://nobody@/nowhere?host=/nonexistent"]
)
def test_a_wrong_address_is_refused_and_nothing_is_written(address: str, desks: list[Services]) -> None:
    a = desks[0]
    with pytest.raises((ValidationError, HubUnreachable)):
        a.sync.join(address, "A")
    assert a.sync.status() is None


def test_another_desk_s_visit_is_changed_on_the_hub_by_a_coordinator(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    logged = a.visits.log(_category(a))
    a.sync.run_round()
    b.sync.run_round()
    b.visits.update(logged.uid, VisitChange(category_id=_category(b, "jobs")))  # b acts as an administrator
    assert b.visits.get(logged.uid).category_id == _category(b, "jobs")
    assert _waiting(b) == 0  # made on the hub, not queued here
    a.sync.run_round()
    assert a.visits.get(logged.uid).category_id == _category(a, "jobs")
    b.visits.delete(logged.uid)
    a.sync.run_round()
    assert _uids(a) == _uids(b) == []


def test_an_agent_changes_only_the_visits_of_the_desk(hub: str, desks: list[Services], tmp_path: Path) -> None:
    from maison_solidarite.domain.roles import Role

    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    logged = _reopen(a).visits.log(_category(a))
    a.sync.run_round()
    b.sync.run_round()
    agent = Services.create(b.db, replace(b.ctx, role=Role.AGENT), b.sync)
    with pytest.raises(ValidationError) as refused:
        agent.visits.delete(logged.uid)
    assert '"A"' in refused.value.render()
    assert _uids(b) == [logged.uid]
    # Offline, a coordinator is told why and nothing changes.
    away = _take_hub_away(hub)
    try:
        with pytest.raises(HubUnreachable):
            _reopen(b).visits.delete(logged.uid)
    finally:
        _bring_hub_back(hub, away)
    assert _uids(b) == [logged.uid]


def test_offline_a_desk_logs_its_agents_in_and_prints_its_own_sheets(hub: str, desks: list[Services]) -> None:
    from maison_solidarite.domain.roles import Role
    from maison_solidarite.domain.statistics import Period, number_format

    a = desks[0]
    a.accounts.create_first_administrator("admin.maison", "Solidarité-2026!")
    a.sync.join(hub, "A")
    a = _reopen(a)
    a.accounts.create("camille", Role.AGENT, "Accueil-2026!mds")  # on the hub, copied here
    a.visits.log(_category(a))
    away = _take_hub_away(hub)
    try:
        assert a.accounts.log_in("camille", "Accueil-2026!mds").login == "camille"
        pdf = a.statistics_outputs.monthly_pdf(Period.month(2026, 11), lambda _c, text: text, number_format("fr"))
        assert pdf.startswith(b"%PDF")
    finally:
        _bring_hub_back(hub, away)


def test_a_hub_of_another_structure_is_refused(hub: str, desks: list[Services]) -> None:
    a, b, _ = desks
    a.settings.set_structure("CCAS de Dijon")
    a.sync.join(hub, "A")
    b.settings.set_structure("CCAS de Chenôve")
    with pytest.raises(ValidationError) as refused:
        b.sync.join(hub, "B")
    assert "CCAS de Dijon" in refused.value.render() and "CCAS de Chenôve" in refused.value.render()
    assert b.sync.status() is None


def test_a_purged_note_never_comes_back_from_a_desk_that_was_offline(hub: str, desks: list[Services], clock) -> None:
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    logged = b.visits.log(_category(b), note="rappeler la CAF")
    b.sync.run_round()
    a.sync.run_round()
    assert a.visits.get(logged.uid).note == "rappeler la CAF"
    clock.advance(days=100)
    a.retention.run_due_purges()  # at the start of the day, on desk A
    a.sync.run_round()  # and on the hub, once a day
    assert a.visits.get(logged.uid).note is None
    # Desk B was offline all that time: it changes its visit, with the old note still there.
    b.visits.update(logged.uid, VisitChange(category_id=_category(b, "jobs")))
    b.sync.run_round()
    a.sync.run_round()
    on_a = a.visits.get(logged.uid)
    assert on_a.category_id == _category(a, "jobs") and on_a.note is None
    engine = create_engine(hub)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visits WHERE note IS NOT NULL")).scalar_one() == 0
    engine.dispose()


def test_two_coordinators_editing_the_rota_at_once_meet_the_same_checks(hub: str, desks: list[Services]) -> None:
    import threading
    from datetime import date, time

    from maison_solidarite.domain.errors import UserError

    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    office = a.rota.offices()[0].id
    first = a.organisations.add("ADIL", "Agence départementale d'information sur le logement").id
    second = a.organisations.add("CRESUS", "Chambre régionale du surendettement social").id
    b.sync.run_round()
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def add(services: Services, organisation: int) -> None:
        start.wait()
        try:
            outcomes.append(
                services.rota.add_series(organisation, office, 1, time(9, 0), time(12, 0), date(2027, 1, 5))
            )
        except UserError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=add, args=(a, first)), threading.Thread(target=add, args=(b, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refused = [o for o in outcomes if isinstance(o, UserError)]
    assert len(refused) == 1, outcomes  # the same office, the same hours: one of the two only
    message = refused[0].render()
    assert "ADIL" in message and "CRESUS" in message, message  # the conflict check names both
    a.sync.run_round()
    b.sync.run_round()
    assert [s.id for s in a.rota.series()] == [s.id for s in b.rota.series()]


def test_two_offline_edits_at_a_desk_do_not_pass_over_a_coordinator_s_edit(hub: str, desks: list[Services]) -> None:
    """The desk's version is two ahead and the coordinator's one ahead: the hub still keeps
    the coordinator's, because the desk's edits were made on the version before it."""
    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a, b = _reopen(a), _reopen(b)
    logged = a.visits.log(_category(a))
    a.sync.run_round()
    b.sync.run_round()
    b.visits.update(logged.uid, VisitChange(category_id=_category(b, "health")))  # the coordinator, on the hub
    a.visits.update(logged.uid, VisitChange(category_id=_category(a, "jobs")))  # desk A, not synced yet
    a.visits.update(logged.uid, VisitChange(channel=Channel.PHONE))
    report = a.sync.run_round()
    assert report.conflicts == 1
    b.sync.run_round()
    for services in (a, b):
        kept = services.visits.get(logged.uid)
        assert (kept.category_id, kept.channel) == (_category(services, "health"), Channel.WALK_IN)
    # Desk A then edits the coordinator's version: that edit is taken.
    a.visits.update(logged.uid, VisitChange(channel=Channel.PHONE))
    assert a.sync.run_round().pushed == 1
    b.sync.run_round()
    assert b.visits.get(logged.uid).channel == Channel.PHONE


def test_a_desk_s_own_purge_of_old_notes_does_not_travel(hub: str, desks: list[Services], clock) -> None:
    from maison_solidarite.services.retention import purge_notes

    a, b, _ = desks
    a.sync.join(hub, "A")
    b.sync.join(hub, "B")
    a = _reopen(a)
    a.visits.log(_category(a), note="rappeler")
    a.sync.run_round()
    b.sync.run_round()
    clock.advance(days=100)
    assert purge_notes(b.db, b.ctx) == 1
    assert _waiting(b) == 0  # nothing queued: the hub and A purge by the same rule
