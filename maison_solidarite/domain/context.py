"""Who acts, from which desk, and what time it is (injected, so tests control it).

Plain Python: the start of the window makes one before the database layer is loaded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from .roles import Role


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class DeskContext:
    desk_id: str
    agent: str
    clock: Callable[[], datetime] = field(default=_now, compare=False)
    # Stands in for the accounts to come: set per desk in desk.json.
    role: Role = Role.COORDINATOR

    def now(self) -> datetime:
        return self.clock()
