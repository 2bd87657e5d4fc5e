"""Who acts, from which desk, and what time it is: defined in the domain, so that the
window's start can name the desk before the database layer is loaded."""

from __future__ import annotations

from ..domain.context import DeskContext

__all__ = ["DeskContext"]
