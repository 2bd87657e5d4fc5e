"""Partner organisations, as the rota, the visits and the printed sheets see them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    acronym: str
    name: str
    colour: str
    active: bool = True


def partner_label(acronym: str, name: str) -> str:
    """ "CAF — CAF de Côte-d'Or" would say the acronym twice: then the name alone."""
    if name.casefold().startswith(acronym.casefold()):
        return name
    return f"{acronym} — {name}"
