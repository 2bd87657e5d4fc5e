"""The record an audit entry is about, named as a person would, in the window's language."""

from __future__ import annotations

from ...services import audit_words as words
from ...services.audit import AuditEntry, RecordNames
from .audit_words import wording


def record_words(entry: AuditEntry, names: RecordNames) -> str:
    """'Visite du 26/11 à 10:42', 'Permanence du lundi 23/11 (ADIL)', 'Compte nadia'…"""
    return words.record_words(entry, names, wording())
