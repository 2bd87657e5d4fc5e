"""Every action, called on the real services as each role: the table of the README holds."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.directory import Contact
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.events import EventDraft, EventKind
from maison_solidarite.domain.roles import PERMISSIONS, Action, PermissionDenied, Role, allowed
from maison_solidarite.domain.statistics import Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services, audit
from maison_solidarite.services.backups import back_up_now, restore
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.retention import purge_now, set_note_retention_days
from maison_solidarite.services.statistics import StatisticsService

FRENCH = load_catalog("fr").translate
NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday
README = Path(__file__).resolve().parent.parent / "README.md"


def _cresus(s: Services) -> int:
    return next(sheet.id for sheet in s.directory.sheets() if sheet.acronym == "CRESUS")


def _book(s: Services, _tmp: Path) -> object:
    permanence = s.appointments.open_permanences(_cresus(s))[0].occurrence
    return s.appointments.book(
        _cresus(s), permanence.series_id, permanence.original_date, permanence.start, Contact(initials="MD")
    )


def _import(s: Services, tmp: Path) -> object:
    return s.visits_csv.import_file(tmp / "visits.csv")  # written by an administrator beforehand


CALLS: dict[Action, Callable[[Services, Path], object]] = {
    Action.LOG_VISITS: lambda s, _t: s.visits.log(s.categories.list()[0].id),
    Action.READ_ROTA: lambda s, _t: s.rota.week(NOW.date()),
    Action.READ_DIRECTORY: lambda s, _t: s.directory.sheets(),
    Action.BOOK_APPOINTMENTS: _book,
    Action.READ_SETTINGS: lambda s, _t: s.settings.structure(),
    Action.EDIT_ROTA: lambda s, _t: s.rota.add_closure(date(2027, 3, 1), date(2027, 3, 1), "Formation"),
    Action.EDIT_DIRECTORY: lambda s, _t: s.organisations.add("ESSAI", "Partenaire d'essai"),
    Action.EDIT_CATEGORIES: lambda s, _t: s.categories.add("Logement d'urgence"),
    Action.READ_VISITS: lambda s, _t: s.visits.between(datetime(2026, 11, 1), datetime(2026, 12, 1)),
    Action.READ_STATISTICS: lambda s, _t: StatisticsService(s.db, s.ctx, s.rota).compute(
        Period.month(2026, 11), FRENCH
    ),
    Action.EXPORT_VISITS: lambda s, t: s.visits_csv.export_file(
        date(2026, 11, 1), date(2026, 11, 30), t / "export.csv"
    ),
    Action.IMPORT_VISITS: _import,
    Action.READ_AUDIT: lambda s, _t: audit.trail(s.db, s.ctx, entity="visit"),
    Action.MANAGE_SETTINGS: lambda s, _t: set_note_retention_days(s.db, s.ctx, 60),
    Action.MANAGE_BACKUPS: lambda s, t: back_up_now(s.db, s.ctx, t / "copies"),
    Action.PURGE: lambda s, _t: purge_now(s.db, s.ctx, s.appointments),
    Action.LOAD_DEMO: lambda s, _t: load_demo(s.db, s.ctx, until=datetime(2020, 1, 10, 18), years=0.01),
    Action.MANAGE_ACCOUNTS: lambda s, _t: s.accounts.create("nouvelle.agente", Role.AGENT, "Accueil-2026!mds"),
    Action.MANAGE_HUB: lambda s, _t: _no_hub_here(s),
    Action.RECORD_ATTENDANCE: lambda s, _t: s.attendance.set_headcount(_past_action(s), 9),
    Action.EDIT_EVENTS: lambda s, _t: s.events.add(
        EventDraft(EventKind.ACTION, "Atelier budget", date(2027, 1, 12), time(14), time(16))
    ),
}


def _past_action(s: Services) -> int:
    """An action held this morning, planned by an administrator (the template has none)."""
    admin = Services.create(s.db, DeskContext("desk-1", "admin.test", lambda: NOW, role=Role.ADMINISTRATOR))
    draft = EventDraft(EventKind.ACTION, "Petit-déjeuner santé", NOW.date(), time(9), time(10))
    return admin.events.add(draft)[0].id


def _no_hub_here(s: Services) -> None:
    """Allowed, leaving says this desk has joined no hub (joining is tried on a real one in test_sync)."""
    with pytest.raises(ValidationError, match="hub join"):
        s.sync.leave()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demonstration database for the module; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("template")
    prepared = prepare_database(str(folder / "maison.sqlite3"), folder / "backups", busy_timeout_ms=2000)
    admin = Services.create(prepared.db, DeskContext("setup", "setup", lambda: NOW, role=Role.ADMINISTRATOR))
    load_demo(prepared.db, admin.ctx, years=0.05)
    admin.visits_csv.export_file(date(2026, 11, 1), date(2026, 11, 30), folder / "visits.csv")
    prepared.db.dispose()
    return folder


@pytest.fixture
def as_role(template: Path, tmp_path: Path):
    shutil.copy(template / "maison.sqlite3", tmp_path / "maison.sqlite3")
    shutil.copy(template / "visits.csv", tmp_path / "visits.csv")
    (tmp_path / "copies").mkdir()  # the backup folder (a USB key, say) is there
    prepared = prepare_database(str(tmp_path / "maison.sqlite3"), tmp_path / "backups", busy_timeout_ms=2000)

    def make(role: Role) -> Services:
        return Services.create(prepared.db, DeskContext("desk-1", f"{role}.test", lambda: NOW, role=role))

    yield make
    prepared.db.dispose()


def _audit_count(s: Services) -> int:
    with s.db.read() as session:
        return session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()


def test_every_action_is_called_by_the_test() -> None:
    assert set(CALLS) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_each_role_may_do_what_the_table_says_and_nothing_more(
    as_role, tmp_path: Path, role: Role, action: Action
) -> None:
    services = as_role(role)
    before = _audit_count(services)
    if allowed(role, action):
        CALLS[action](services, tmp_path)  # no exception: the service did it
        return
    with pytest.raises(PermissionDenied) as refused:
        CALLS[action](services, tmp_path)
    assert refused.value.action == action
    message = refused.value.render(FRENCH)
    assert message.startswith("Seul") and message != refused.value.render(), message
    assert _audit_count(services) == before  # refused before anything was written
    assert not (tmp_path / "export.csv").exists() and not any((tmp_path / "copies").iterdir())


def test_roles_grow_agent_within_coordinator_within_administrator() -> None:
    assert PERMISSIONS[Role.AGENT] < PERMISSIONS[Role.COORDINATOR] < PERMISSIONS[Role.ADMINISTRATOR]
    assert PERMISSIONS[Role.ADMINISTRATOR] == frozenset(Action)


def test_restore_is_for_administrators_only(as_role, tmp_path: Path) -> None:
    database = tmp_path / "maison.sqlite3"
    copy = back_up_now(as_role(Role.ADMINISTRATOR).db, as_role(Role.ADMINISTRATOR).ctx, tmp_path / "copies")
    original = database.read_bytes()
    for role in (Role.AGENT, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            restore(database, copy, tmp_path / "aside", as_role(role).ctx)
    assert not (tmp_path / "aside").exists() and database.read_bytes() == original


def test_the_readme_table_is_the_table_the_services_apply() -> None:
    rows = dict(re.findall(r"^\| `(\w+)` \|[^|]*\|(.*)\|\s*$", README.read_text(encoding="utf-8"), re.MULTILINE))
    assert set(rows) == {a.value for a in Action}
    for action in Action:
        marks = [cell.strip() for cell in rows[action.value].split("|")]
        assert marks == ["✓" if allowed(role, action) else "—" for role in Role], action


def test_the_command_line_acts_as_the_system_user_with_every_right(home: Path, capsys) -> None:
    from maison_solidarite.__main__ import current_user, main

    assert main(["demo", "--years", "0.02"]) == 0
    assert main(["db", "purge"]) == 0
    capsys.readouterr()
    assert main(["audit", "--actor", current_user()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(f"\t{current_user()}\t" in line for line in lines)
    partners = load_catalog("fr").translate("AuditWords", "Demonstration partners")  # the trail in words
    assert any(f"\timport\t{partners}" in line for line in lines)
    assert main(["audit", "--since", "2026-13-01"]) == 2
    assert "n'est pas une date" in capsys.readouterr().err
