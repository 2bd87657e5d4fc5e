"""Who acts, from which desk, and what time it is (injected, so tests control it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class DeskContext:
    desk_id: str
    agent: str
    clock: Callable[[], datetime] = field(default=_now, compare=False)

    def now(self) -> datetime:
        return self.clock()
