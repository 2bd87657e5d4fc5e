"""Roles at the Maison, and what each may do."""

from __future__ import annotations

import enum

from .errors import QT_TRANSLATE_NOOP, UserError


class Role(enum.StrEnum):
    AGENT = "agent"  # agent d'accueil
    COORDINATOR = "coordinator"  # coordinatrice
    ADMINISTRATOR = "administrator"


class PermissionDenied(UserError):
    """The acting person's role does not allow this action."""


def can_edit_rota(role: Role) -> bool:
    return role in (Role.COORDINATOR, Role.ADMINISTRATOR)


def require_rota_editor(role: Role) -> None:
    if not can_edit_rota(role):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may change the rota.")
        )


def require_directory_editor(role: Role) -> None:
    if not can_edit_rota(role):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only a coordinator or an administrator may change the partner directory.")
        )
