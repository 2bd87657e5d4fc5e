"""Roles at the Maison, and the one table of what each may do.

The services check this table before they act, so the window, the command line and
any future caller meet the same rule. The table is printed in the README and kept
equal to it by a test.

Every public entry point of the services is either marked ``@requires(Action.X)``,
which checks the acting role before the call reads or writes anything, or named in
SYSTEM_CALLS below, with the reason it runs for no one in particular.
tests/test_role_table.py finds every entry point and fails on one that is neither.
"""

from __future__ import annotations

import enum
import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from .errors import QT_TRANSLATE_NOOP, UserError

P = ParamSpec("P")
R = TypeVar("R")


class Role(enum.StrEnum):
    AGENT = "agent"  # agent d'accueil
    COORDINATOR = "coordinator"  # coordinatrice, coordinateur
    ADMINISTRATOR = "administrator"


class Action(enum.StrEnum):
    LOG_VISITS = "log_visits"
    READ_ROTA = "read_rota"
    READ_DIRECTORY = "read_directory"
    BOOK_APPOINTMENTS = "book_appointments"
    READ_SETTINGS = "read_settings"
    EDIT_ROTA = "edit_rota"
    EDIT_DIRECTORY = "edit_directory"
    EDIT_CATEGORIES = "edit_categories"
    READ_VISITS = "read_visits"
    READ_STATISTICS = "read_statistics"
    EXPORT_VISITS = "export_visits"
    IMPORT_VISITS = "import_visits"
    READ_AUDIT = "read_audit"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    PURGE = "purge"
    LOAD_DEMO = "load_demo"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_HUB = "manage_hub"
    RECORD_ATTENDANCE = "record_attendance"
    EDIT_EVENTS = "edit_events"


_EVERYONE = frozenset(
    {
        Action.LOG_VISITS,
        Action.READ_ROTA,
        Action.READ_DIRECTORY,
        Action.BOOK_APPOINTMENTS,
        Action.READ_SETTINGS,
        Action.RECORD_ATTENDANCE,
    }
)
_COORDINATION = _EVERYONE | {
    Action.EDIT_ROTA,
    Action.EDIT_DIRECTORY,
    Action.EDIT_CATEGORIES,
    Action.READ_VISITS,
    Action.READ_STATISTICS,
    Action.EXPORT_VISITS,
    Action.IMPORT_VISITS,
    Action.READ_AUDIT,
    Action.EDIT_EVENTS,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.AGENT: _EVERYONE,
    Role.COORDINATOR: frozenset(_COORDINATION),
    Role.ADMINISTRATOR: frozenset(Action),
}

# What a refusal says: who may do it, in words an agent understands.
_REFUSALS: dict[Action, str] = {
    Action.EDIT_ROTA: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may change the rota."),
    # The agenda is part of the planning: its refusal is the rota's.
    Action.EDIT_EVENTS: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may change the rota."),
    Action.EDIT_DIRECTORY: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may change the partner directory."
    ),
    Action.EDIT_CATEGORIES: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may change the request categories."
    ),
    Action.READ_VISITS: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may read the visits of every day and every desk."
    ),
    Action.READ_STATISTICS: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may read and print the statistics."
    ),
    Action.EXPORT_VISITS: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may export the visits."),
    Action.IMPORT_VISITS: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may import visits."),
    Action.READ_AUDIT: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may read the audit trail."),
    Action.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may change the settings."),
    Action.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may back up or restore the database."),
    Action.PURGE: QT_TRANSLATE_NOOP("Errors", "Only an administrator may purge data."),
    Action.LOAD_DEMO: QT_TRANSLATE_NOOP("Errors", "Only an administrator may load demonstration data."),
    Action.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may manage the accounts."),
    Action.MANAGE_HUB: QT_TRANSLATE_NOOP("Errors", "Only an administrator may join this desk to a hub or leave it."),
}
_DEFAULT_REFUSAL = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this action.")


class PermissionDenied(UserError):
    """The acting person's role does not allow this action."""

    def __init__(self, message: str, action: Action | None = None) -> None:
        super().__init__(message)
        self.action = action


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    """Raise PermissionDenied, with a message for the person, unless role may do action."""
    if not allowed(role, action):
        raise PermissionDenied(_REFUSALS.get(action, _DEFAULT_REFUSAL), action)


# -- the check, on the entry points ------------------------------------------------------
def _role_finder(function: Callable[..., object]) -> Callable[[tuple[Any, ...], Mapping[str, Any]], Role]:
    """Where the acting role is: the ``ctx`` argument, else the ``ctx`` of ``self``."""
    names = list(inspect.signature(function).parameters)
    if "ctx" in names:
        position = names.index("ctx")
        return lambda args, kwargs: (kwargs["ctx"] if "ctx" in kwargs else args[position]).role
    if names[:1] == ["self"]:
        return lambda args, _kwargs: args[0].ctx.role
    raise TypeError(f"@requires: {function.__qualname__} takes no ctx and is not a method of an object holding one")


def requires(action: Action) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Check that the acting role may do ``action`` before the entry point runs.

    For a function with a ``ctx`` argument (a DeskContext), and for a method of an object
    holding ``self.ctx``. A refusal raises PermissionDenied before anything is read or
    written. The action stays on the function, as ``__required_action__``, for the tests.
    """

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        role_of = _role_finder(function)

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            require(role_of(args, kwargs), action)
            return function(*args, **kwargs)

        checked.__required_action__ = action  # type: ignore[attr-defined]  # a mark for the tests, set on purpose
        return checked

    return decorate


def required_action(function: object) -> Action | None:
    """The action an entry point checks (see ``requires``), or None."""
    return getattr(function, "__required_action__", None)


# -- the entry points that check no role --------------------------------------------------
# Each runs for no one in particular: before anyone has logged in, at every start whoever
# is at the desk, or as the plumbing a checked entry point calls. Named from the services
# package ("module.function" or "module.Class.method"), each with its reason. Anything
# else public in the services is marked with @requires (tests/test_role_table.py).
SYSTEM_CALLS: dict[str, str] = {
    # Before anyone has logged in: the first run and the login.
    "accounts.AccountService.exists": "at start-up: whether the first-run wizard or the login shows",
    "accounts.AccountService.refuse_if_set_up": "the first run: refused as soon as any account exists",
    "accounts.AccountService.create_first_administrator": "the first run, while no account exists (refused after)",
    "setup.set_up": "the first run, while no account exists: it writes as the administrator it creates",
    "demo.has_visits": "the first run and `demo --if-empty`: whether any visit exists, yes or no",
    "accounts.AccountService.last_login": "the login dialog: the login offered first",
    "accounts.AccountService.logins": "the login dialog: the logins offered for a quick switch",
    "accounts.AccountService.log_in": "the login itself: the password is the check",
    "accounts.AccountService.log_out": "the end of a session, recorded for the account that ends it",
    # At every start, whoever is at the desk: the retention purges and the daily copy.
    "retention.run_due_purges": "at every start: erases only what is past its retention period, set by an administrator",
    "retention.purge_notes": "part of run_due_purges: notes past their retention period",
    "appointments.AppointmentService.purge_due": "part of run_due_purges: contacts past their retention period",
    "attendance.purge_person_keys": "part of the person keys' purge: participants' keys past their retention period",
    "accounts.AccountService.purge_switched_off": "part of run_due_purges: accounts switched off for twelve months",
    "backups.back_up_if_due": "at every start: the automatic copy, when none was made today",
    "backups.BackupService.back_up_if_due": "backups.back_up_if_due for the window: at start-up and each hour",
    "retention.RetentionService.run_due_purges": "retention.run_due_purges for the window, at every start",
    "person_keys.purge_keys": "part of run_due_purges: person keys of visits past their retention period",
    "person_keys.PersonKeyService.purge_due": "person_keys.purge_keys, at every start",
    "person_keys.retention_months": "a number, for the start-up purge and the settings; no personal data",
    "audit_seal.AuditSeal.record_head": "at every start and end, and after a check: the trail's last id and hash, kept outside the database",
    # Plumbing: called by checked entry points and by the calls above.
    "audit.record": "one entry, inside the transaction of a caller that is checked or listed here",
    "audit.entries": "the query behind audit.trail (checked); no screen or command calls it",
    "audit.record_names": "plumbing of AuditTrail.names (checked): names of categories, partners, offices, no person",
    "counts.count_differences": "db check: how many rows of the daily counts differ from the visits; counts only",
    "audit.verify_chain": "recomputes the hashes and answers counts (`db check`), never an entry's content",
    "settings.read_setting": "one stored setting (a number, a list of field names) for the checked readers and the purges; no personal data",
    "retention.note_retention_days": "a number, for the start-up purge and the settings; no personal data",
    "retention.audit_retention_months": "a number, for the start-up purge and the settings; no personal data",
    # Several desks: the round runs in the background for whoever is at the desk, and moves
    # only records this desk's people already see; its state is a few dates and counts.
    "sync.SyncService.run_round": "in the background and with `sync`: pushes this desk's visits, pulls its site's",
    "sync.SyncService.status": "the hub's address, this desk's name, dates and a count; no personal data",
    "sync.SyncService.coverage": "the names of the site's desks and their last sync, for the statistics; no personal data",
    "sync.SyncService.desks": "the names of the site's desks and their last push; no personal data",
    "sync.SyncService.hub": "plumbing of run_round and of the shared records' writes (checked by their own services)",
    "sync.SyncService.close": "closes the hub's connections",
    "sync.SyncService.pull_quietly": "after a checked change of a visit on the hub: takes the hub's changes here",
    "sync.SyncService.refresh_shared": "after a checked change on the hub: copies the shared records here",
    "sync.sync_state": "whether this desk joined a hub, read at start-up",
    "retention.truncate_wal": "a WAL checkpoint after a purge: reads and writes no record",
}
