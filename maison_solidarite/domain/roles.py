"""Roles at the Maison, and the one table of what each may do.

The services check this table before they act, so the window, the command line and
any future caller meet the same rule. The table is printed in the README and kept
equal to it by a test.
"""

from __future__ import annotations

import enum

from .errors import QT_TRANSLATE_NOOP, UserError


class Role(enum.StrEnum):
    AGENT = "agent"  # agent d'accueil
    COORDINATOR = "coordinator"  # coordinatrice, coordinateur
    ADMINISTRATOR = "administrator"


class Action(enum.StrEnum):
    LOG_VISITS = "log_visits"
    READ_ROTA = "read_rota"
    READ_DIRECTORY = "read_directory"
    BOOK_APPOINTMENTS = "book_appointments"
    EDIT_ROTA = "edit_rota"
    EDIT_DIRECTORY = "edit_directory"
    EDIT_CATEGORIES = "edit_categories"
    READ_STATISTICS = "read_statistics"
    EXPORT_VISITS = "export_visits"
    IMPORT_VISITS = "import_visits"
    READ_AUDIT = "read_audit"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    PURGE = "purge"
    MANAGE_ACCOUNTS = "manage_accounts"


_EVERYONE = frozenset({Action.LOG_VISITS, Action.READ_ROTA, Action.READ_DIRECTORY, Action.BOOK_APPOINTMENTS})
_COORDINATION = _EVERYONE | {
    Action.EDIT_ROTA,
    Action.EDIT_DIRECTORY,
    Action.EDIT_CATEGORIES,
    Action.READ_STATISTICS,
    Action.EXPORT_VISITS,
    Action.IMPORT_VISITS,
    Action.READ_AUDIT,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.AGENT: _EVERYONE,
    Role.COORDINATOR: frozenset(_COORDINATION),
    Role.ADMINISTRATOR: frozenset(Action),
}

# What a refusal says: who may do it, in words an agent understands.
_REFUSALS: dict[Action, str] = {
    Action.EDIT_ROTA: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may change the rota."),
    Action.EDIT_DIRECTORY: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may change the partner directory."
    ),
    Action.EDIT_CATEGORIES: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may change the request categories."
    ),
    Action.READ_STATISTICS: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may read and print the statistics."
    ),
    Action.EXPORT_VISITS: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may export the visits."),
    Action.IMPORT_VISITS: QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may import visits."),
    Action.READ_AUDIT: QT_TRANSLATE_NOOP(
        "Errors", "Only a coordinator or an administrator may read the audit trail."
    ),
    Action.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may change the settings."),
    Action.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may back up or restore the database."),
    Action.PURGE: QT_TRANSLATE_NOOP("Errors", "Only an administrator may purge data."),
    Action.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Errors", "Only an administrator may manage the accounts."),
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
