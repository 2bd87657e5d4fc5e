"""The audit trail in words, in the window's language: services.audit_words with Qt's
translation and locale (the command line says the same words through its own catalogue)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.audit_words import ACTIONS, ENTITIES, FIELDS, SETTINGS
from ...services import audit_words as words
from ...services.audit import AuditEntry, RecordNames

__all__ = ["ACTIONS", "ENTITIES", "FIELDS", "SETTINGS", "action_words", "changes", "field_words", "label", "wording"]


def _integer(value: int) -> str:
    return QLocale().toString(value)


def wording() -> words.Wording:
    """The window's way: its translators and its locale's numbers."""
    return words.Wording(QCoreApplication.translate, _integer)


def label(table: Mapping[Any, str], value: str, context: str = "AuditLabels") -> str:
    return words.label(wording(), table, value, context)


def action_words(entry: AuditEntry) -> str:
    return words.action_words(entry, wording())


def field_words(field: str) -> str:
    return words.field_words(field, wording())


def changes(entry: AuditEntry, names: RecordNames) -> tuple[str, str]:
    """The Before and After columns: for a change, the fields that changed only."""
    return words.changes(entry, names, wording())
