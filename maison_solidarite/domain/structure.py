"""The structure that runs the desk: its name and postal address, printed on every sheet."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, ValidationError

NAME_MAX = 120
ADDRESS_MAX_LINES = 4
ADDRESS_LINE_MAX = 80


@dataclass(frozen=True)
class Structure:
    name: str
    address: str = ""  # up to four lines, separated by "\n"

    @property
    def letterhead(self) -> str:
        """One line for the top of a sheet: "CCAS de Dijon · 1 place…, 21000 Dijon"."""
        address = ", ".join(self.address.splitlines())
        return f"{self.name} · {address}" if address else self.name


def check_structure(name: str, address: str = "") -> Structure:
    """Tidy the spaces; refuse an empty or overlong name and an address of more than four lines."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the structure's name: it heads every printed sheet."))
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The structure's name is {length} characters long: {limit} at most."),
            length=len(name),
            limit=NAME_MAX,
        )
    lines = [" ".join(line.split()) for line in address.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > ADDRESS_MAX_LINES or any(len(line) > ADDRESS_LINE_MAX for line in lines):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The address takes {lines} lines of {width} characters at most."),
            lines=ADDRESS_MAX_LINES,
            width=ADDRESS_LINE_MAX,
        )
    return Structure(name, "\n".join(lines))
