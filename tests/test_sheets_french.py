"""Every printed sheet speaks French in French: the tally sheet, the monthly sheet and its
wall version, the annual review, an action's sign-in sheet and a person's card, made by the
command line on the demonstration data and read back with pdftotext.

A word of an English source string that no French translation uses is English (the rule of
tests/test_cli_french.py); none may be printed. This catches a sheet whose words do not
reach the catalogue, as a translation context passed through a variable once did.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
from pathlib import Path

from maison_solidarite.__main__ import main

from .test_cli_french import ENGLISH, words


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0, argv
    return out.getvalue()


def test_every_sheet_is_printed_in_french(cli_db: Path, tmp_path: Path) -> None:
    db = ["--db", str(cli_db)]
    _run(*db, "demo")
    first_action = next(
        line
        for line in _run(*db, "event", "list", "--from", "2025-01-01", "--to", "2025-12-31").splitlines()
        if "\tAction collective\t" in line
    )
    sheets = {
        "feuille de comptage": ["tally", "sheet", "2026-11-27"],
        "fiche mensuelle": ["report", "monthly", "2025-10"],
        "affiche pour le mur": ["report", "monthly", "2026-11", "--wall"],
        "bilan": ["report", "annual", "2025"],
        "émargement": ["event", "sheet", first_action.split("\t")[0]],
        "carte": ["person-key", "card", "--code", "01234-56789-T"],
    }
    found: dict[str, set[str]] = {}
    for name, argv in sheets.items():
        pdf = tmp_path / f"{name}.pdf"
        _run(*db, *argv, "-o", str(pdf))
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert len(text.split()) > 20, name
        found[name] = words(text) & ENGLISH
    assert found == {name: set() for name in sheets}
