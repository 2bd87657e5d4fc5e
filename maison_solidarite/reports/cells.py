"""Spreadsheet cells that cannot run: the one rule every CSV and .xlsx writer applies.

A spreadsheet reads a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return) as a formula. A note typed at the desk such as
``=HYPERLINK(...)`` would then run on the coordinator's computer. As OWASP's "CSV
Injection" page advises, such a text is written with a single quote in front, which
spreadsheets take as "this is text". Numbers are written as numbers, never quoted.

The importers undo exactly that quote (``restore_text``), so that export then import
gives back the text as it was. The rule is a bijection: a text that already begins with
quotes followed by a dangerous character gets one more quote, and loses one on import.
"""

from __future__ import annotations

DANGEROUS = frozenset("=+-@\t\r")
QUOTE = "'"


class Figure(str):
    """A number the app has already formatted for people ("-3,5"): written as it is."""

    __slots__ = ()


def _needs_quote(text: str) -> bool:
    unquoted = text.lstrip(QUOTE)
    return bool(unquoted) and unquoted[0] in DANGEROUS


def safe_text(text: str) -> str:
    """``text`` with a quote in front if a spreadsheet would read it as a formula."""
    return QUOTE + text if _needs_quote(text) else text


def safe_cell(value: object) -> object:
    """What a writer puts in a cell: text made safe; numbers, figures and empty cells as they are."""
    if isinstance(value, str) and not isinstance(value, Figure):
        return safe_text(value)
    return value


def safe_row(values: list[object]) -> list[object]:
    return [safe_cell(value) for value in values]


def restore_text(text: str) -> str:
    """Undo ``safe_text``: drop the one quote it added before a dangerous character."""
    if text.startswith(QUOTE) and _needs_quote(text):
        return text[1:]
    return text
