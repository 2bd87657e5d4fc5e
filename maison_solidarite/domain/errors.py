"""Errors that a person can act on, with messages translated at display time.

The domain and the services do not know the user's language. An error carries an
English template marked for ``lupdate`` and its parameters; the UI renders it with
Qt's translator and the CLI with the catalog read from the same ``.ts`` file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

Translate = Callable[[str, str], str]

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by ``pyside6-lupdate``; return it unchanged."""
    return text


def untranslated(_context: str, text: str) -> str:
    return text


class Term(str):
    """A message parameter that is itself translated at display time (a weekday, a label)."""

    context: str

    def __new__(cls, context: str, text: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


def _translated(params: dict[str, object], translate: Translate) -> dict[str, object]:
    return {k: translate(v.context, str(v)) if isinstance(v, Term) else v for k, v in params.items()}


class UserError(Exception):
    """An error caused by input or by the environment: shown, never a crash."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def render(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.template).format(**_translated(self.params, translate))


class ValidationError(UserError):
    """The data given does not respect a rule."""


class NotFoundError(UserError):
    """Something named by the user does not exist."""


class StorageKind(Enum):
    """What in the person's environment keeps the database from being used.

    A programming error (a missing column, a syntax error, a constraint violated) has no
    kind: it is never a StorageError, so the crash dialog shows it with its report.
    """

    BUSY = "busy"  # locked by another program or desk past the busy timeout, a deadlock
    DAMAGED = "damaged"  # a corrupt file, or not a database at all
    FULL = "full"  # no space left, or a write refused for the file's size
    DISK = "disk"  # an input/output error reading or writing the disk
    READ_ONLY = "read_only"  # a file or folder that cannot be opened or written
    DENIED = "denied"  # a server that refuses: the role lacks a privilege, or a standby
    UNREACHABLE = "unreachable"  # a server that cannot be reached, or refuses the login
    OTHER = "other"  # the environment, with no better words (out of memory, ...)


class StorageError(UserError):
    """The database cannot be used: locked, unwritable, corrupt, too new, full.

    ``kind`` says which, when a driver or the system reported it; None for a refusal the
    application makes itself (a newer schema, a network share, an empty file).
    """

    kind: StorageKind | None = None


class RowError(ValidationError):
    """A bad row of an imported file; ``line`` is the 1-based line number."""

    def __init__(self, line: int, cause: UserError) -> None:
        self.line = line
        self.cause = cause
        super().__init__(QT_TRANSLATE_NOOP("Errors", "line {line}: {reason}"), line=line, reason=str(cause))

    def render(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.template).format(line=self.line, reason=self.cause.render(translate))


class ImportRejected(ValidationError):
    """A whole import refused because some rows are bad. Nothing was written.

    ``rows`` may hold only the first bad rows of a large file; ``total`` counts them all.
    """

    def __init__(self, rows: Sequence[RowError], total: int | None = None) -> None:
        self.rows = list(rows)
        self.total = len(self.rows) if total is None else total
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Import refused, nothing was imported: {count} invalid line(s)."),
            count=self.total,
        )
