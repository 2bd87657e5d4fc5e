"""Every entry point of the services checks the role first, or says why it runs for no one.

The entry points are found by inspection, not listed by hand: every public method of every
service class (a class of maison_solidarite/services whose objects act for someone: built
with a DeskContext, or around a service that holds one), and every other public function or
method of those modules that takes a DeskContext, a Database or the Services. A function
that takes a Session runs inside the transaction of an entry point that has checked
already; one that takes only paths or values reads no data. Each entry point must be
marked ``@requires(Action.X)`` or be named in SYSTEM_CALLS, with its reason.

Then each marked entry point is called as each role, on a copy of a demonstration database
(a real SQLite file, migrated by Alembic): the roles the table allows succeed; the others
get PermissionDenied, in French, and nothing is written: every table and the audit trail's
head are as they were, and no file appeared.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib
import inspect
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import text

import maison_solidarite.services as services_package
from maison_solidarite.db.engine import Database
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.directory import Contact, PartnerSheet
from maison_solidarite.domain.events import EventDraft, EventKind, EventStatus, PartnerStatus
from maison_solidarite.domain.history import PastPeriod, PastTotalEntry
from maison_solidarite.domain.person_key import Person, secret_code
from maison_solidarite.domain.roles import (
    PERMISSIONS,
    SYSTEM_CALLS,
    Action,
    PermissionDenied,
    Role,
    allowed,
    required_action,
    requires,
)
from maison_solidarite.domain.statistics import Period, number_format
from maison_solidarite.domain.visits import ProfileField
from maison_solidarite.services import Services, audit
from maison_solidarite.services.attendance import PartnerMark
from maison_solidarite.services.backups import back_up_now, back_up_to, check_folder, restore, restore_and_record
from maison_solidarite.services.closures import ClosureService
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.counts import rebuild_counts
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.demo_gatherings import add_gatherings
from maison_solidarite.services.occurrences import OccurrenceService
from maison_solidarite.services.offices import OfficeService
from maison_solidarite.services.person_keys import PersonKeyService
from maison_solidarite.services.retention import (
    NOTE_RETENTION,
    note_retention_days,
    purge_now,
    run_due_purges,
    set_audit_retention_months,
    set_note_retention_days,
)
from maison_solidarite.services.rota import EditScope, SeriesChange
from maison_solidarite.services.rota_outputs import RotaOutputs
from maison_solidarite.services.rota_series import SeriesService
from maison_solidarite.services.settings import sheet_context, write_setting
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs
from maison_solidarite.services.visits import VisitChange

from .test_permissions import FRENCH, NOW, template  # noqa: F401 - the demonstration database, reused

NUMBERS = number_format("fr")
NOVEMBER = Period.month(2026, 11)
PASSWORD = "Accueil-2026!mds"
DATABASE = "maison.sqlite3"


# -- finding the entry points ------------------------------------------------------------
def _modules() -> list[ModuleType]:
    names = [f"{services_package.__name__}.{info.name}" for info in pkgutil.iter_modules(services_package.__path__)]
    return [importlib.import_module(name) for name in names]


def _short(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def _acts_for_someone(cls: type) -> bool:
    """A service: built with a DeskContext, or around a service that holds one."""
    if issubclass(cls, (BaseException, enum.Enum)) or dataclasses.is_dataclass(cls):
        return False  # errors, enums and values (DeskContext, SearchIndex, the Services bundle)
    parameters = inspect.signature(cls.__init__).parameters.values()
    return any(p.name == "ctx" or "Service" in str(p.annotation) for p in parameters)


def _reaches_data(function: Callable[..., object]) -> bool:
    parameters = inspect.signature(function).parameters.values()
    return any(
        p.name in ("ctx", "db", "services")
        or any(t in str(p.annotation) for t in ("DeskContext", "Database", "Services"))
        for p in parameters
    )


def entry_points() -> dict[str, Callable[..., object]]:
    """Every public entry point of the services, by its name in SYSTEM_CALLS' form."""
    found: dict[str, Callable[..., object]] = {}
    for module in _modules():
        for name, member in vars(module).items():
            if name.startswith("_") or getattr(member, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(member) and not issubclass(member, (BaseException, enum.Enum)):
                service = _acts_for_someone(member)
                for method_name, method in vars(member).items():
                    if (
                        not method_name.startswith("_")
                        and inspect.isfunction(method)
                        and (service or _reaches_data(method))
                    ):
                        found[f"{_short(module)}.{name}.{method_name}"] = method
            elif inspect.isfunction(member) and _reaches_data(member):
                found[f"{_short(module)}.{name}"] = member
    return found


ENTRY_POINTS = entry_points()
CHECKED = {name: action for name, function in ENTRY_POINTS.items() if (action := required_action(function)) is not None}


def test_the_search_finds_every_service_and_the_functions_that_reach_data() -> None:
    classes = {name.rsplit(".", 2)[-2] for name in ENTRY_POINTS if name.count(".") == 2}
    assert {
        "VisitService",
        "VisitCsvService",
        "CategoryService",
        "OrganisationService",
        "RotaService",
        "DirectoryService",
        "AppointmentService",
        "SettingsService",
        "AccountService",
        "StatisticsService",
        "RotaOutputs",
        "StatisticsOutputs",
    } <= classes
    assert {
        "audit.trail",
        "audit.purge_older_than",
        "retention.set_note_retention_days",
        "retention.purge_now",
        "retention.run_due_purges",
        "backups.restore",
        "backups.back_up_if_due",
        "demo.load_demo",
        "setup.set_up",
        "settings.write_setting",
    } <= set(ENTRY_POINTS)


def test_every_entry_point_checks_a_role_or_is_a_listed_system_call() -> None:
    unchecked = sorted(name for name in ENTRY_POINTS if name not in CHECKED and name not in SYSTEM_CALLS)
    assert unchecked == [], "mark them @requires(Action.…), or list them in SYSTEM_CALLS with the reason"
    assert sorted(set(SYSTEM_CALLS) - set(ENTRY_POINTS)) == [], "SYSTEM_CALLS names what is not an entry point"
    assert sorted(set(SYSTEM_CALLS) & set(CHECKED)) == [], "a system call does not check a role"
    assert all(reason.strip() for reason in SYSTEM_CALLS.values())


def test_the_bulk_reads_the_settings_the_purges_and_the_demonstration_are_checked() -> None:
    assert CHECKED["visits.VisitService.between"] == Action.READ_VISITS
    assert CHECKED["visits.VisitService.on_day"] == Action.READ_VISITS
    assert CHECKED["visits.VisitService.today"] == Action.LOG_VISITS  # the reception's list
    assert CHECKED["visits.VisitService.counters"] == Action.LOG_VISITS
    assert CHECKED["audit.purge_older_than"] == Action.PURGE
    assert CHECKED["demo.load_demo"] == Action.LOAD_DEMO
    for name in (
        "retention.set_note_retention_days",
        "retention.set_audit_retention_months",
        "appointments.AppointmentService.set_retention_days",
        "settings.write_setting",
    ):
        assert CHECKED[name] == Action.MANAGE_SETTINGS, name


# -- the decorator -------------------------------------------------------------------------
def test_requires_checks_the_ctx_argument_or_self_ctx_and_keeps_the_signature() -> None:
    @requires(Action.PURGE)
    def purge(db: object, ctx: DeskContext, months: int = 12) -> int:
        """Purge."""
        return months

    class Desk:
        def __init__(self, role: Role) -> None:
            self.ctx = DeskContext("d", "a", role=role)

        @requires(Action.READ_VISITS)
        def read(self) -> str:
            return "read"

    admin, agent = DeskContext("d", "a", role=Role.ADMINISTRATOR), DeskContext("d", "a", role=Role.AGENT)
    assert purge(None, admin, 3) == 3 and purge(None, ctx=admin) == 12
    with pytest.raises(PermissionDenied):
        purge(None, ctx=agent)
    assert Desk(Role.COORDINATOR).read() == "read"
    with pytest.raises(PermissionDenied) as refused:
        Desk(Role.AGENT).read()
    assert refused.value.action == Action.READ_VISITS
    assert required_action(purge) == Action.PURGE and required_action(Desk.read) == Action.READ_VISITS
    assert purge.__name__ == "purge" and purge.__doc__ == "Purge."
    assert list(inspect.signature(purge).parameters) == ["db", "ctx", "months"]
    with pytest.raises(TypeError):
        requires(Action.PURGE)(lambda db: db)  # no ctx to check


# -- a database to act on, as each role ---------------------------------------------------
@dataclass(frozen=True)
class Facts:
    """Ids of the template database, the same in every copy."""

    category: int
    unused_category: int
    essai: int  # a partner without permanences, for new ones
    cresus: int
    spare_office: int  # holds the ESSAI series only
    empty_office: int  # holds nothing: it may close
    series: int  # ESSAI, Thursdays 14:00-15:00
    thursday: date  # an occurrence of it
    cancelled: date  # another, cancelled
    closure: int
    agent_account: int
    visit: str
    appointment: int
    appointment_day: date
    action_event: int  # a collective action held this morning
    meeting_event: int  # a partner meeting held this morning
    folder: Path  # the test's own folder: its files


@dataclass(frozen=True)
class Built:
    folder: Path
    facts: dict[str, object]


@pytest.fixture(scope="module")
def role_template(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:  # noqa: F811 - this module's own template, built as another role
    """The demonstration database of test_permissions, and what every entry point needs."""
    folder = tmp_path_factory.mktemp("role-template")
    for name in (DATABASE, "visits.csv"):
        shutil.copy(template / name, folder / name)
    prepared = prepare_database(str(folder / DATABASE), folder / "backups", busy_timeout_ms=2000)
    try:
        admin = Services.create(prepared.db, DeskContext("setup", "setup", lambda: NOW, role=Role.ADMINISTRATOR))
        unused = admin.categories.add("Catégorie jamais utilisée")
        essai = admin.organisations.add("ESSAI", "Partenaire d'essai")
        spare = admin.rota.add_office("Bureau d'essai")
        empty = admin.rota.add_office("Bureau vide")
        thursday = date(2026, 12, 3)
        series = admin.rota.add_series(essai.id, spare.id, 3, time(14), time(15), thursday)
        admin.rota.cancel_occurrence(series.id, thursday + timedelta(days=7))
        agent_account = admin.accounts.create("nadia", Role.AGENT, PASSWORD)
        cresus = next(s.id for s in admin.directory.sheets() if s.acronym == "CRESUS")
        permanence = admin.appointments.open_permanences(cresus)[0]
        appointment = admin.appointments.book(
            cresus,
            permanence.occurrence.series_id,
            permanence.occurrence.original_date,
            permanence.free[0][0],
            Contact(initials="MD"),
        )
        closure, _affected = admin.rota.add_closure(date(2027, 2, 1), date(2027, 2, 1), "Inventaire")
        admin.directory.export_csv(folder / "directory.csv")
        (folder / "past.csv").write_text("période;catégorie;nombre\n2000;rights;1800\n", encoding="utf-8")
        action_event = admin.events.add(
            EventDraft(EventKind.ACTION, "Petit-déjeuner santé", NOW.date(), time(9), time(10))
        )[0]
        meeting_event = admin.events.add(
            EventDraft(EventKind.MEETING, "Réunion plénière", NOW.date(), time(8), time(9, 30))
        )[0]
        facts = {
            "action_event": action_event.id,
            "meeting_event": meeting_event.id,
            "category": admin.categories.list()[0].id,
            "unused_category": unused.id,
            "essai": essai.id,
            "cresus": cresus,
            "spare_office": spare.id,
            "empty_office": empty.id,
            "series": series.id,
            "thursday": thursday,
            "cancelled": thursday + timedelta(days=7),
            "closure": closure.id,
            "agent_account": agent_account.id,
            "visit": admin.visits.on_day(NOW.date() - timedelta(days=1))[0].uid,
            "appointment": appointment.id,
            "appointment_day": appointment.day,
        }
    finally:
        prepared.db.dispose()
    shutil.copy(folder / DATABASE, folder / "backup.sqlite3")  # a sound copy to restore
    return Built(folder, facts)


@dataclass
class Desk:
    db: Database
    folder: Path
    facts: Facts

    def as_role(self, role: Role) -> Services:
        return Services.create(self.db, DeskContext("desk-1", f"{role}.test", lambda: NOW, role=role))


@pytest.fixture
def desk(role_template: Built, tmp_path: Path) -> Iterator[Desk]:
    for name in (DATABASE, "visits.csv", "directory.csv", "past.csv", "backup.sqlite3"):
        shutil.copy(role_template.folder / name, tmp_path / name)
    (tmp_path / "copies").mkdir()  # the backup folder (a USB key, say) is there
    prepared = prepare_database(str(tmp_path / DATABASE), tmp_path / "backups", busy_timeout_ms=2000)
    yield Desk(prepared.db, tmp_path, Facts(**role_template.facts, folder=tmp_path))  # type: ignore[arg-type]
    prepared.db.dispose()


def snapshot(desk: Desk) -> tuple[dict[str, str], str | None, set[str]]:
    """A digest of every table's rows, the audit trail's head, and the files of the folder."""
    digests = {}
    with desk.db.read() as session:
        tables = session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).all()
        for table in tables:
            rows = session.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid')).all()
            digests[table] = f"{len(rows)}:" + hashlib.sha256(repr(rows).encode()).hexdigest()
        head = session.scalar(text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
    files = {str(p.relative_to(desk.folder)) for p in desk.folder.rglob("*") if not p.name.startswith(DATABASE)}
    return digests, head, files


# -- how to call each checked entry point ------------------------------------------------
Call = Callable[[Services, Facts], object]


def _statistics(s: Services) -> StatisticsService:
    return StatisticsService(s.db, s.ctx, s.rota)


def _outputs(s: Services) -> StatisticsOutputs:
    return StatisticsOutputs(_statistics(s))


def _book(s: Services, f: Facts) -> object:
    permanence = s.appointments.open_permanences(f.cresus)[0]
    return s.appointments.book(
        f.cresus,
        permanence.occurrence.series_id,
        permanence.occurrence.original_date,
        permanence.free[0][0],
        Contact(initials="AB"),
    )


def _restore(s: Services, f: Facts, and_record: bool) -> object:
    current, copy = f.folder / DATABASE, f.folder / "backup.sqlite3"
    if and_record:
        return restore_and_record(current, copy, f.folder / "aside", s.ctx, 2000)
    return restore(current, copy, f.folder / "aside", s.ctx)


def _keys(s: Services, f: Facts) -> PersonKeyService:
    return PersonKeyService(s.db, s.ctx, f.folder / "config")


def _office_names(s: Services) -> list[str]:
    return [o.name for o in s.rota.offices()]


def _last_week_permanence(s: Services) -> tuple[int, date]:
    """A permanence of the demonstration held last week: its partner may be said absent."""
    last_week = NOW.date() - timedelta(days=7)
    occurrence = next(o for o in s.rota.occurrences(last_week, last_week + timedelta(days=4)) if o.held)
    return occurrence.series_id, occurrence.original_date


# The rota's entry points, called on the facade (Services.rota) and on the part that owns each.
RotaCall = Callable[[Any, Services, Facts], object]
ROTA_CALLS: dict[str, RotaCall] = {
    "offices": lambda r, s, f: r.offices(),
    "opening_hours": lambda r, s, f: r.opening_hours(),
    "series": lambda r, s, f: r.series(),
    "changes": lambda r, s, f: r.changes(),
    "closures": lambda r, s, f: r.closures(),
    "closure_calendar": lambda r, s, f: r.closure_calendar(),
    "occurrences": lambda r, s, f: r.occurrences(NOW.date(), NOW.date() + timedelta(days=30)),
    "week": lambda r, s, f: r.week(NOW.date()),
    "today": lambda r, s, f: r.today(),
    "add_series": lambda r, s, f: r.add_series(f.essai, f.spare_office, 1, time(9), time(10), date(2027, 1, 4)),
    "add_one_off": lambda r, s, f: r.add_one_off(f.essai, f.spare_office, date(2027, 1, 5), time(10), time(11)),
    "edit": lambda r, s, f: r.edit(f.series, f.thursday, EditScope.SERIES, SeriesChange(end=time(15, 30))),
    "delete_series": lambda r, s, f: r.delete_series(f.series),
    "cancel_occurrence": lambda r, s, f: r.cancel_occurrence(f.series, f.thursday),
    "restore_occurrence": lambda r, s, f: r.restore_occurrence(f.series, f.cancelled),
    "mark_not_held": lambda r, s, f: r.mark_not_held(*_last_week_permanence(s)),
    "move_occurrence": lambda r, s, f: r.move_occurrence(
        f.series, f.thursday, new_start=time(14, 30), new_end=time(15, 30)
    ),
    "add_closure": lambda r, s, f: r.add_closure(date(2027, 3, 1), date(2027, 3, 1), "Formation"),
    "remove_closure": lambda r, s, f: r.remove_closure(f.closure),
    "set_opening_hours": lambda r, s, f: r.set_opening_hours(
        {d: ((time(9), time(12)), (time(13, 30), time(17, 30))) for d in range(5)}
    ),
    "check_hours": lambda r, s, f: r.check_hours(r.opening_hours()),
    "add_office": lambda r, s, f: r.add_office("Bureau 9"),
    "rename_office": lambda r, s, f: r.rename_office(f.spare_office, "Bureau d'essai bis"),
    "set_office_active": lambda r, s, f: r.set_office_active(f.empty_office, False),
    "plan_offices": lambda r, s, f: r.plan_offices(_office_names(s)),
    "apply_office_plan": lambda r, s, f: r.apply_office_plan(r.plan_offices([*_office_names(s), "Bureau 9"])),
}
ROTA_PARTS: dict[str, type[OfficeService | SeriesService | OccurrenceService | ClosureService]] = {
    "offices.OfficeService": OfficeService,
    "rota_series.SeriesService": SeriesService,
    "occurrences.OccurrenceService": OccurrenceService,
    "closures.ClosureService": ClosureService,
}


def _on_facade(call: RotaCall) -> Call:
    return lambda s, f: call(s.rota, s, f)


def _on_part(part: type[OfficeService | SeriesService | OccurrenceService | ClosureService], call: RotaCall) -> Call:
    return lambda s, f: call(part(s.db, s.ctx), s, f)


def rota_calls() -> dict[str, Call]:
    """Each rota call on the facade, and on the part whose class defines the method."""
    calls = {f"rota.RotaService.{method}": _on_facade(call) for method, call in ROTA_CALLS.items()}
    for name, part in ROTA_PARTS.items():
        calls |= {
            f"{name}.{method}": _on_part(part, call) for method, call in ROTA_CALLS.items() if method in vars(part)
        }
    return calls


CALLS: dict[str, Call] = {
    # accounts
    "accounts.AccountService.list": lambda s, f: s.accounts.list(),
    "accounts.AccountService.find": lambda s, f: s.accounts.find("nadia"),
    "accounts.AccountService.create": lambda s, f: s.accounts.create("nouvelle.agente", Role.AGENT, PASSWORD),
    "accounts.AccountService.unlock": lambda s, f: s.accounts.unlock(f.agent_account),
    "accounts.AccountService.set_active": lambda s, f: s.accounts.set_active(f.agent_account, False),
    "accounts.AccountService.set_role": lambda s, f: s.accounts.set_role(f.agent_account, Role.COORDINATOR),
    "accounts.AccountService.set_password": lambda s, f: s.accounts.set_password(
        f.agent_account, "Autre-Accueil-2026!"
    ),
    # appointments
    "appointments.AppointmentService.retention_days": lambda s, f: s.appointments.retention_days(),
    "appointments.AppointmentService.set_retention_days": lambda s, f: s.appointments.set_retention_days(45),
    "appointments.AppointmentService.open_permanences": lambda s, f: s.appointments.open_permanences(f.cresus),
    "appointments.AppointmentService.book": _book,
    "appointments.AppointmentService.cancel": lambda s, f: s.appointments.cancel(f.appointment),
    "appointments.AppointmentService.on_day": lambda s, f: s.appointments.on_day(f.cresus, f.appointment_day),
    "appointments.AppointmentService.between": lambda s, f: s.appointments.between(
        f.cresus, f.appointment_day, f.appointment_day
    ),
    "appointments.AppointmentService.booked_in": lambda s, f: s.appointments.booked_in(
        s.rota.occurrences(f.appointment_day, f.appointment_day, f.cresus)
    ),
    "appointments.AppointmentService.day_sheet_pdf": lambda s, f: s.appointments.day_sheet_pdf(
        f.cresus, f.appointment_day, FRENCH, NUMBERS
    ),
    "appointments.AppointmentService.save_day_sheet": lambda s, f: s.appointments.save_day_sheet(
        f.cresus, f.appointment_day, FRENCH, NUMBERS, f.folder / "jour.pdf"
    ),
    # audit trail
    "audit.trail": lambda s, f: audit.trail(s.db, s.ctx, entity="visit"),
    "audit.purge_older_than": lambda s, f: audit.purge_older_than(s.db, s.ctx, 0),
    "audit.AuditTrail.trail": lambda s, f: s.audit.trail(entity="visit"),
    # backups
    "backups.check_folder": lambda s, f: check_folder(s.ctx, f.folder / "copies"),
    "backups.back_up_now": lambda s, f: back_up_now(s.db, s.ctx, f.folder / "copies"),
    "backups.back_up_to": lambda s, f: back_up_to(s.db, s.ctx, f.folder / "copies" / "copie.sqlite3"),
    "backups.restore": lambda s, f: _restore(s, f, and_record=False),
    "backups.restore_and_record": lambda s, f: _restore(s, f, and_record=True),
    "backups.BackupService.back_up_now": lambda s, f: s.backups.back_up_now(f.folder / "copies"),
    "backups.BackupService.check_folder": lambda s, f: s.backups.check_folder(f.folder / "copies"),
    "backups.BackupService.check_restorable": lambda s, f: s.backups.check_restorable(f.folder / "backup.sqlite3"),
    "backups.BackupService.restore_and_record": lambda s, f: s.backups.restore_and_record(
        f.folder / "backup.sqlite3", f.folder / "aside"
    ),
    # categories
    "categories.CategoryService.list": lambda s, f: s.categories.list(),
    "categories.CategoryService.find": lambda s, f: s.categories.find("rights"),
    "categories.CategoryService.add": lambda s, f: s.categories.add("Logement d'urgence"),
    "categories.CategoryService.rename": lambda s, f: s.categories.rename(f.category, "Droits sociaux"),
    "categories.CategoryService.set_active": lambda s, f: s.categories.set_active(f.category, False),
    "categories.CategoryService.reorder": lambda s, f: s.categories.reorder(
        [c.id for c in reversed(s.categories.list())]
    ),
    "categories.CategoryService.delete": lambda s, f: s.categories.delete(f.unused_category),
    # demonstration data
    # a few days long before the demonstration already there (the same days twice are refused)
    "demo.load_demo": lambda s, f: load_demo(s.db, s.ctx, until=datetime(2020, 1, 10, 18), years=0.01),
    # the gatherings of the demonstration (none added where events exist already)
    "demo_gatherings.add_gatherings": lambda s, f: add_gatherings(
        s.db, s.ctx, date(2026, 1, 1), "bench", seed=1, is_closed=lambda _day: False
    ),
    # directory
    "directory.DirectoryService.sheets": lambda s, f: s.directory.sheets(),
    "directory.DirectoryService.sheet": lambda s, f: s.directory.sheet(f.cresus),
    "directory.DirectoryService.search_entries": lambda s, f: s.directory.search_entries(FRENCH),
    "directory.DirectoryService.index": lambda s, f: s.directory.index(FRENCH),
    "directory.DirectoryService.search": lambda s, f: s.directory.search("logement", FRENCH),
    "directory.DirectoryService.proposals": lambda s, f: s.directory.proposals(f.category),
    "directory.DirectoryService.save": lambda s, f: s.directory.save(
        PartnerSheet(None, "NOUVEAU", "Nouveau partenaire")
    ),
    "directory.DirectoryService.export_csv": lambda s, f: s.directory.export_csv(f.folder / "annuaire.csv"),
    "directory.DirectoryService.import_csv": lambda s, f: s.directory.import_csv(f.folder / "directory.csv"),
    "directory.DirectoryService.guide_entries": lambda s, f: s.directory.guide_entries(FRENCH),
    "directory.DirectoryService.guide_pdf": lambda s, f: s.directory.guide_pdf(FRENCH, NUMBERS),
    "directory.DirectoryService.save_guide": lambda s, f: s.directory.save_guide(
        FRENCH, NUMBERS, f.folder / "guide.pdf"
    ),
    # events and their attendance
    "events.EventService.between": lambda s, f: s.events.between(NOW.date(), NOW.date()),
    "events.EventService.event": lambda s, f: s.events.event(f.action_event),
    "events.EventService.add": lambda s, f: s.events.add(
        EventDraft(EventKind.ACTION, "Atelier budget", date(2027, 1, 12), time(14), time(16))
    ),
    "events.EventService.edit": lambda s, f: s.events.edit(
        f.action_event, EventDraft(EventKind.ACTION, "Petit-déjeuner", NOW.date(), time(9), time(10))
    ),
    "events.EventService.set_status": lambda s, f: s.events.set_status(f.action_event, EventStatus.HELD),
    "events.EventService.projects": lambda s, f: s.events.projects(2026),
    "events.EventService.add_project": lambda s, f: s.events.add_project("Forum", 2026, (f.cresus,)),
    "attendance.AttendanceService.of": lambda s, f: s.attendance.of(f.action_event),
    "attendance.AttendanceService.mark_partner": lambda s, f: s.attendance.mark_partner(
        f.meeting_event, f.cresus, PartnerStatus.PRESENT, 2
    ),
    "attendance.AttendanceService.mark_partners": lambda s, f: s.attendance.mark_partners(
        f.meeting_event, [PartnerMark(f.cresus, PartnerStatus.PRESENT, 2)]
    ),
    "attendance.AttendanceService.add_people": lambda s, f: s.attendance.add_people(f.action_event, ["7K2M9QXD4H"]),
    "attendance.AttendanceService.set_headcount": lambda s, f: s.attendance.set_headcount(f.action_event, 9),
    "sign_in_sheet.SignInSheetService.sheet": lambda s, f: s.sign_in_sheet.sheet(f.meeting_event, FRENCH),
    "sign_in_sheet.SignInSheetService.pdf": lambda s, f: s.sign_in_sheet.pdf(f.action_event, FRENCH, NUMBERS),
    "sign_in_sheet.SignInSheetService.write": lambda s, f: s.sign_in_sheet.write(
        f.meeting_event, FRENCH, NUMBERS, f.folder / "emargement.pdf"
    ),
    # partners
    "organisations.OrganisationService.list": lambda s, f: s.organisations.list(),
    "organisations.OrganisationService.add": lambda s, f: s.organisations.add("AUTRE", "Autre partenaire"),
    "organisations.OrganisationService.find": lambda s, f: s.organisations.find("cresus"),
    # person keys: a secret of the test's own (the user's folder is not touched)
    "person_keys.PersonKeyService.key_of": lambda s, f: _keys(s, f).key_of(
        Person("Martin", "Paul", date(1980, 1, 1)), NOW.date()
    ),
    "person_keys.PersonKeyService.key_of_typed": lambda s, f: _keys(s, f).key_of_typed(
        "Martin", "Paul", "01/01/1980", NOW.date()
    ),
    "person_keys.PersonKeyService.across_years": lambda s, f: _keys(s, f).across_years(),
    "person_keys.PersonKeyService.set_across_years": lambda s, f: _keys(s, f).set_across_years(True),
    "person_keys.PersonKeyService.retention_months": lambda s, f: _keys(s, f).retention_months(),
    "person_keys.PersonKeyService.set_retention_months": lambda s, f: _keys(s, f).set_retention_months(36),
    "person_keys.PersonKeyService.fingerprint": lambda s, f: _keys(s, f).fingerprint(),
    "person_keys.PersonKeyService.export_code": lambda s, f: _keys(s, f).export_code(),
    "person_keys.PersonKeyService.export_file": lambda s, f: _keys(s, f).export_file(f.folder / "secret.txt"),
    "person_keys.PersonKeyService.import_secret": lambda s, f: _keys(s, f).import_secret(secret_code(bytes(32))),
    "person_keys.PersonKeyService.card_pdf": lambda s, f: _keys(s, f).card_pdf(
        "0123456789", NOW.date(), FRENCH, NUMBERS
    ),
    # reception
    "reception.ReceptionService.day": lambda s, f: s.reception.day(),
    # retention
    "retention.RetentionService.note_days": lambda s, f: s.retention.note_days(),
    "retention.RetentionService.set_note_days": lambda s, f: s.retention.set_note_days(60),
    "retention.RetentionService.audit_months": lambda s, f: s.retention.audit_months(),
    "retention.RetentionService.set_audit_months": lambda s, f: s.retention.set_audit_months(24),
    "retention.set_note_retention_days": lambda s, f: set_note_retention_days(s.db, s.ctx, 60),
    "retention.set_audit_retention_months": lambda s, f: set_audit_retention_months(s.db, s.ctx, 24),
    "retention.purge_now": lambda s, f: purge_now(s.db, s.ctx, s.appointments),
    # rota: the facade and each of its parts
    **rota_calls(),
    # rota outputs
    "rota_outputs.RotaOutputs.week_sheet": lambda s, f: RotaOutputs(s.rota).week_sheet(NOW.date()),
    "rota_outputs.RotaOutputs.week_pdf": lambda s, f: RotaOutputs(s.rota).week_pdf(NOW.date(), FRENCH),
    "rota_outputs.RotaOutputs.ics": lambda s, f: RotaOutputs(s.rota).ics(FRENCH),
    "rota_outputs.RotaOutputs.save_week_pdf": lambda s, f: RotaOutputs(s.rota).save_week_pdf(
        NOW.date(), FRENCH, f.folder / "semaine.pdf"
    ),
    "rota_outputs.RotaOutputs.save_ics": lambda s, f: RotaOutputs(s.rota).save_ics(
        FRENCH, f.folder / "permanences.ics"
    ),
    # settings
    "settings.write_setting": lambda s, f: write_setting(s.db, s.ctx, NOTE_RETENTION, 60),
    "settings.sheet_context": lambda s, f: sheet_context(s.db, s.ctx, FRENCH, NUMBERS),
    "settings.SettingsService.profile_fields": lambda s, f: s.settings.profile_fields(),
    "settings.SettingsService.structure": lambda s, f: s.settings.structure(),
    "settings.SettingsService.set_structure": lambda s, f: s.settings.set_structure("Maison de la Solidarité de Dijon"),
    "settings.SettingsService.set_profile_fields": lambda s, f: s.settings.set_profile_fields(
        {ProfileField.FIRST_VISIT}
    ),
    "settings.SettingsService.neighbourhoods": lambda s, f: s.settings.neighbourhoods(),
    "settings.SettingsService.set_neighbourhoods": lambda s, f: s.settings.set_neighbourhoods(["Grésilles"]),
    # statistics
    "statistics.StatisticsService.compute": lambda s, f: _statistics(s).compute(NOVEMBER, FRENCH),
    "statistics.StatisticsService.annual_review": lambda s, f: _statistics(s).annual_review(2026, FRENCH),
    "statistics.StatisticsService.first_visit_day": lambda s, f: _statistics(s).first_visit_day(),
    "statistics_outputs.StatisticsOutputs.context": lambda s, f: _outputs(s).context(FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.monthly_pdf": lambda s, f: _outputs(s).monthly_pdf(NOVEMBER, FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.record_print": lambda s, f: _outputs(s).record_print(NOVEMBER, None),
    "statistics_outputs.StatisticsOutputs.wall_pdf": lambda s, f: _outputs(s).wall_pdf(NOVEMBER, FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.annual_pdf": lambda s, f: _outputs(s).annual_pdf(2026, FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.annual_xlsx": lambda s, f: _outputs(s).annual_xlsx(2026, FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.save_annual": lambda s, f: _outputs(s).save_annual(
        2026, FRENCH, NUMBERS, f.folder / "bilan.xlsx"
    ),
    "statistics_outputs.StatisticsOutputs.as_json": lambda s, f: _outputs(s).as_json(NOVEMBER, FRENCH),
    "statistics_outputs.StatisticsOutputs.as_csv": lambda s, f: _outputs(s).as_csv(NOVEMBER, FRENCH, NUMBERS),
    "statistics_outputs.StatisticsOutputs.review_document": lambda s, f: _outputs(s).review_document(2026, FRENCH),
    "review.ReviewService.logo": lambda s, f: s.review.logo(),
    "review.ReviewService.set_logo": lambda s, f: s.review.set_logo(None),
    "review.ReviewService.set_logo_file": lambda s, f: _refused_logo(s, f.folder / "directory.csv"),
    "review.ReviewService.observations": lambda s, f: s.review.observations(2026),
    "review.ReviewService.set_observations": lambda s, f: s.review.set_observations(2026, "Une année chargée."),
    # the paper tally sheet
    "tally_sheet.TallySheetService.sheet": lambda s, f: s.tally_sheet.sheet(NOW.date(), FRENCH),
    "tally_sheet.TallySheetService.pdf": lambda s, f: s.tally_sheet.pdf(NOW.date(), FRENCH, NUMBERS),
    "tally_sheet.TallySheetService.write": lambda s, f: s.tally_sheet.write(
        NOW.date(), FRENCH, NUMBERS, f.folder / "comptage.pdf"
    ),
    # visits
    "visits.VisitService.today": lambda s, f: s.visits.today(),
    "visits.VisitService.get": lambda s, f: s.visits.get(f.visit),
    "visits.VisitService.between": lambda s, f: s.visits.between(datetime(2026, 11, 1), datetime(2026, 12, 1)),
    "visits.VisitService.on_day": lambda s, f: s.visits.on_day(NOW.date() - timedelta(days=1)),
    "visits.VisitService.counters": lambda s, f: s.visits.counters(NOW.date()),
    "visits.VisitService.log": lambda s, f: s.visits.log(f.category),
    "visits.VisitService.update": lambda s, f: s.visits.update(f.visit, VisitChange(note="Revu au téléphone")),
    "visits.VisitService.delete": lambda s, f: s.visits.delete(f.visit),
    "visits.VisitService.undo_last": lambda s, f: s.visits.undo_last(),
    # visits as CSV
    "visits_csv.VisitCsvService.import_file": lambda s, f: s.visits_csv.import_file(f.folder / "visits.csv"),
    "visits_csv.VisitCsvService.import_text": lambda s, f: s.visits_csv.import_text(
        "datetime;category\n2026-11-02T10:00;rights\n"
    ),
    "visits_csv.VisitCsvService.export_file": lambda s, f: s.visits_csv.export_file(
        date(2026, 11, 1), date(2026, 11, 30), f.folder / "export.csv", with_notes=True
    ),
    # Allowed, it tries the hub: none answers at this address, and nothing is written.
    "sync.SyncService.join": lambda s, f: _unreachable(lambda: s.sync.join(NO_HUB, "Accueil")),
    # Allowed, it says the desk has joined no hub, and writes nothing.
    "sync.SyncService.leave": lambda s, f: _not_joined(s.sync.leave),
    "sync.SyncService.all_sites": lambda s, f: _not_joined(s.sync.all_sites),
    "audit.AuditTrail.names": lambda s, f: s.audit.names(),
    "counts.rebuild_counts": lambda s, f: rebuild_counts(s.db, s.ctx),
    # past totals and paper days
    "history.HistoryService.import_csv": lambda s, f: s.history.import_csv(f.folder / "past.csv"),
    "history.HistoryService.set_totals": lambda s, f: s.history.set_totals(
        [PastTotalEntry(PastPeriod(2001), "rights", 5)], "bilan 2001"
    ),
    "history.HistoryService.totals": lambda s, f: s.history.totals(),
    "history.HistoryService.counting_start": lambda s, f: s.history.counting_start(),
    "history.HistoryService.set_counting_start": lambda s, f: s.history.set_counting_start(date(2020, 1, 6)),
    "tallies.TallyService.add": lambda s, f: s.tallies.add(NOW.date() - timedelta(days=1), {"rights": 3}),
    "tallies.TallyService.on_day": lambda s, f: s.tallies.on_day(NOW.date()),
    "tallies.TallyService.live_counts": lambda s, f: s.tallies.live_counts(NOW.date()),
    "tallies.TallyService.closed_reason": lambda s, f: s.tallies.closed_reason(NOW.date()),
}

NO_HUB = "postgresql+psycopg://nobody@/nowhere?host=/nonexistent-folder"


def _refused_logo(s: Services, path: Path) -> None:
    """Allowed, a file that is not an image is refused with a French message and nothing written."""
    from maison_solidarite.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="PNG or JPEG"):
        s.review.set_logo_file(path)


def _not_joined(call: Callable[[], object]) -> None:
    from maison_solidarite.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="hub join"):
        call()


def _unreachable(call: Callable[[], object]) -> None:
    from maison_solidarite.services.sync.hub import HubUnreachable

    with pytest.raises(HubUnreachable):
        call()


def test_every_checked_entry_point_has_a_call_here() -> None:
    assert sorted(set(CHECKED) - set(CALLS)) == [], "add a call for each new entry point"
    assert sorted(set(CALLS) - set(CHECKED)) == []


def assert_refused(desk: Desk, role: Role, call: Callable[[Services], object], action: Action) -> PermissionDenied:
    """``call`` as ``role`` is refused, in French, and writes nothing at all."""
    services = desk.as_role(role)
    before = snapshot(desk)
    with pytest.raises(PermissionDenied) as refused:
        call(services)
    assert refused.value.action == action
    french = refused.value.render(FRENCH)
    assert french.startswith("Seul") and french != refused.value.render(), french
    assert snapshot(desk) == before  # every table, the audit trail's head, the files
    return refused.value


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("name", sorted(CALLS))
def test_each_entry_point_as_each_role(desk: Desk, name: str, role: Role) -> None:
    action = CHECKED[name]
    call = CALLS[name]
    if allowed(role, action):
        call(desk.as_role(role), desk.facts)  # no exception: the role may
    else:
        assert_refused(desk, role, lambda s: call(s, desk.facts), action)


def test_every_action_of_the_table_is_checked_somewhere() -> None:
    assert set(CHECKED.values()) == set(Action)
    assert PERMISSIONS[Role.AGENT] < PERMISSIONS[Role.COORDINATOR] < PERMISSIONS[Role.ADMINISTRATOR]


# -- what an agent may not do, one by one -------------------------------------------------
def test_an_agent_may_not_set_any_retention_period(desk: Desk) -> None:
    for call in (
        lambda s: set_note_retention_days(s.db, s.ctx, 100_000),
        lambda s: set_note_retention_days(s.db, s.ctx, 60),
        lambda s: set_audit_retention_months(s.db, s.ctx, 36),
        lambda s: s.appointments.set_retention_days(365),
        lambda s: write_setting(s.db, s.ctx, NOTE_RETENTION, 100_000),  # around the range check
    ):
        denied = assert_refused(desk, Role.AGENT, call, Action.MANAGE_SETTINGS)
        assert denied.render(FRENCH) == "Seul un administrateur peut modifier les réglages."
    assert note_retention_days(desk.db) == 92


def test_an_agent_may_not_purge_the_audit_trail(desk: Desk) -> None:
    for call in (
        lambda s: audit.purge_older_than(s.db, s.ctx, 0),
        lambda s: audit.purge_older_than(s.db, s.ctx),
        lambda s: purge_now(s.db, s.ctx, s.appointments),
    ):
        denied = assert_refused(desk, Role.AGENT, call, Action.PURGE)
        assert denied.render(FRENCH) == "Seul un administrateur peut purger des données."
    assert_refused(desk, Role.COORDINATOR, lambda s: audit.purge_older_than(s.db, s.ctx, 0), Action.PURGE)


def test_an_agent_may_not_load_demonstration_data(desk: Desk) -> None:
    for role in (Role.AGENT, Role.COORDINATOR):
        denied = assert_refused(desk, role, lambda s: load_demo(s.db, s.ctx, years=0.01), Action.LOAD_DEMO)
        assert denied.render(FRENCH) == "Seul un administrateur peut charger les données de démonstration."


def test_an_agent_may_not_read_visits_in_bulk_but_has_the_desk_s_day(desk: Desk) -> None:
    f = desk.facts
    for call in (
        lambda s: s.visits.between(datetime(2026, 1, 1), datetime(2027, 1, 1)),
        lambda s: s.visits.on_day(NOW.date() - timedelta(days=1)),
        lambda s: s.visits.on_day(NOW.date()),
        lambda s: s.visits.get(f.visit),
    ):
        denied = assert_refused(desk, Role.AGENT, call, Action.READ_VISITS)
        assert "consulter les visites de tous les jours" in denied.render(FRENCH)
    assert_refused(
        desk,
        Role.AGENT,
        lambda s: s.visits_csv.export_file(
            date(2026, 1, 1), date(2026, 12, 31), f.folder / "toutes.csv", with_notes=True
        ),
        Action.EXPORT_VISITS,
    )
    agent = desk.as_role(Role.AGENT)
    logged = agent.visits.log(f.category, note="Rappeler lundi")
    today = agent.visits.today()
    assert today[0] == logged and {v.visited_at.date() for v in today} == {NOW.date()}
    assert len(today) == len(desk.as_role(Role.COORDINATOR).visits.on_day(NOW.date()))
    assert sum(c.today for c in agent.visits.counters(NOW.date())) == len(today)
    assert agent.visits.update(logged.uid, VisitChange(note="Rappelé")).note == "Rappelé"
    assert agent.visits.undo_last() is not None


def test_an_agent_may_not_change_a_setting(desk: Desk) -> None:
    for call in (
        lambda s: s.settings.set_structure("Autre nom"),
        lambda s: s.settings.set_profile_fields(set()),
        lambda s: write_setting(s.db, s.ctx, "structure_name", "Autre nom"),
    ):
        assert_refused(desk, Role.AGENT, call, Action.MANAGE_SETTINGS)
        assert_refused(desk, Role.COORDINATOR, call, Action.MANAGE_SETTINGS)
    agent = desk.as_role(Role.AGENT)
    assert agent.settings.structure().name == "Maison de la Solidarité"  # reading them is for everyone
    assert agent.settings.profile_fields() == frozenset(ProfileField)


# -- the system calls, for whoever is at the desk -----------------------------------------
def test_the_start_up_purge_runs_for_an_agent_too(desk: Desk) -> None:
    agent = desk.as_role(Role.AGENT)
    later = Services.create(desk.db, DeskContext("desk-1", "nadia", lambda: NOW + timedelta(days=800), role=Role.AGENT))
    before = len(audit.entries(desk.db))
    report = run_due_purges(later.db, later.ctx, later.appointments)
    assert report.audit_entries == before and report.notes > 0  # everything was past its time
    assert [e.action for e in audit.entries(desk.db, "audit_log")] == ["purge"]
    assert audit.verify_chain(desk.db).intact
    assert agent.visits.today()  # the desk goes on
