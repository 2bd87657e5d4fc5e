"""Sending a finished PDF to a printer from the command line (the window uses Qt's dialog)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError


class PrintError(UserError):
    """The document could not be printed; the PDF itself is fine and stays where it is."""


def print_file(path: Path, title: str, printer: str | None = None) -> str:
    """Queue ``path`` on ``printer`` (or the default one); return the print system's answer."""
    lp = shutil.which("lp")
    if lp is not None:
        command = [lp, "-t", title]
        if printer:
            command += ["-d", printer]
        try:
            done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(
                QT_TRANSLATE_NOOP("Errors", "The print system did not answer ({detail}). The PDF is saved: {path}"),
                detail=str(exc),
                path=str(path),
            ) from exc
        if done.returncode != 0:
            detail = (
                (done.stderr or done.stdout).strip().splitlines()[-1]
                if (done.stderr or done.stdout).strip()
                else str(done.returncode)
            )
            raise PrintError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The printer {printer} refused the document ({detail}). The PDF is saved: {path}"
                ),
                printer=printer or "—",
                detail=detail,
                path=str(path),
            )
        return done.stdout.strip()
    if sys.platform == "win32" and not printer:  # pragma: no cover - Windows only
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # declared for Windows only
        return ""
    raise PrintError(
        QT_TRANSLATE_NOOP(
            "Errors", "No print system was found on this computer (CUPS on Linux). The PDF is saved: {path}"
        ),
        path=str(path),
    )


def printer_refuses(printer: str) -> bool:
    """True when the print system says this queue does not accept jobs now (CUPS ``lpstat -a``).

    Qt's own printing does not report a refused job, so the window asks first. Without
    lpstat there is nothing to ask, and the answer is False.
    """
    lpstat = shutil.which("lpstat")
    if lpstat is None or not printer:
        return False
    try:
        done = subprocess.run([lpstat, "-a", printer], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode != 0 or "not accepting" in done.stdout
