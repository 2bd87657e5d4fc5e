"""The rotating log in the user's log folder, and crash reports without personal data."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
import traceback
from datetime import datetime
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from . import __version__
from .private import make_private, private_folder

LOG_NAME = "maison-solidarite.log"
# Database errors quote the statement's parameters, which may hold a note or a contact.
# Whatever the note holds (brackets, parentheses, quotes), everything from "[parameters:"
# to the end of that error's message goes: SQLAlchemy prints the parameters on one line
# (a newline inside a value is escaped), and the message ends with its "Background" link,
# or where the next chained exception or the trace's end begins.
PARAMETERS = re.compile(
    r"\[parameters: .*?(?=\n\(Background on this error|\n\nThe above exception|\n\nDuring handling|\n[^\n]*Traceback|\Z)",
    re.DOTALL,
)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Each new log file, after a rotation too, is readable by its owner only."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def start_logging(folder: Path) -> Path | None:
    """Log to folder/maison-solidarite.log, five files of 1 MB at most; None if unwritable."""
    try:
        private_folder(folder)
        handler = _PrivateRotatingHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
        make_private(folder / LOG_NAME)
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
