"""The value of a field that a change leaves as it is, told apart from None (which clears it)."""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")


class Unchanged(enum.Enum):
    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED


def kept(value: T | Unchanged, current: T) -> T:
    """``value`` if a change gives it, else ``current``."""
    return current if value is UNCHANGED else value


def given_or_none(value: T | Unchanged) -> T | None:
    return None if value is UNCHANGED else value


def given_fields(change: DataclassInstance) -> frozenset[str]:
    """The names of the fields of a change dataclass that are not UNCHANGED."""
    return frozenset(f.name for f in dataclasses.fields(change) if getattr(change, f.name) is not UNCHANGED)
