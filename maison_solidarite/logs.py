"""The rotating log in the user's log folder, and crash reports without personal data."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from . import __version__

LOG_NAME = "maison-solidarite.log"
# Database errors quote the statement's parameters, which may hold a note or a contact.
PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(|\[|$))", re.DOTALL)


def start_logging(folder: Path) -> Path | None:
    """Log to folder/maison-solidarite.log, five files of 1 MB at most; None if unwritable."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("maison_solidarite")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return folder / LOG_NAME


def scrub(text: str) -> str:
    return PARAMETERS.sub("[parameters: (removed)]", text)


def crash_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Version, system and stack trace; values a person typed are left out."""
    trace = scrub("".join(traceback.format_exception(kind, error, tb)))
    return (
        f"Maison de la Solidarité {__version__}\n"
        f"{datetime.now():%Y-%m-%d %H:%M:%S}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n\n{trace}"
    )
