"""The paper tally sheet of a day: one page, the screen's requests and keys, the halves of the day."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

import pdfplumber
import pytest

from maison_solidarite.domain.categories import shortcut_keys
from maison_solidarite.domain.errors import StorageError
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.tally_sheet import TallySheetService

CATALOG = load_catalog("fr")
# The sheet's own words, as the French catalogue will hold them once it is brought up to date.
NEW_WORDS = {
    ("TallySheet", "Tally sheet"): "Feuille de comptage",
    ("TallySheet", "Morning"): "Matin",
    ("TallySheet", "Afternoon"): "Après-midi",
    ("TallySheet", "Key"): "Touche",
    ("TallySheet", "Request"): "Demande",
    ("TallySheet", "Channel"): "Canal",
    ("TallySheet", "of which first visits"): "dont premières visites",
    ("TallySheet", "The Maison is closed on this day ({reason})."): "La Maison est fermée ce jour-là ({reason}).",
    ("TallySheet", "The Maison is closed for part of this day: {part}."): (
        "La Maison est fermée une partie de ce jour : {part}."
    ),
    ("TallySheet", "the afternoon ({reason})"): "l'après-midi ({reason})",
    ("TallySheet", "{half} (closed)"): "{half} (fermé)",
    ("TallySheet", "Channel and first visits"): "Canal et premières visites",
    ("TallySheet", "One stroke per visit, five strokes per box. Enter the counts in the app the next day."): (
        "Un trait par passage, cinq traits par case. Saisir les comptes dans l'application le lendemain."
    ),
    ("TallySheet", "Counted by: {blank}"): "Compté par : {blank}",
    ("TallySheet", "Entered in the app on {blank} by {name}"): "Saisi dans l'application le {blank} par {name}",
}


def french(context: str, text: str) -> str:
    return NEW_WORDS.get((context, text)) or CATALOG.translate(context, text)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.replace("\u202f", " ").split())


def request_rows(path: Path) -> list[str]:
    """The first table's rows as "key label", its cells' lines joined."""
    with pdfplumber.open(path) as pdf:
        table = pdf.pages[0].extract_tables()[0]
    return [" ".join(" ".join((cell or "").split()) for cell in row[:2]) for row in table[1:]]


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_sheet_holds_every_request_with_its_key_the_date_and_the_halves(services: Services, tmp_path) -> None:
    path = tmp_path / "feuille.pdf"
    TallySheetService(services.db, services.ctx).write(date(2026, 11, 26), french, FRENCH_NUMBERS, path)
    text = pdf_text(path)
    active = services.categories.list(active_only=True)
    assert len(active) == 11
    expected = [f"{key} {c.label}" for c, key in zip(active, shortcut_keys(len(active)), strict=True)]
    assert request_rows(path) == expected
    for words in ("jeudi 26 novembre 2026", "Matin", "Après-midi", "Feuille de comptage", "Téléphone", "Canal"):
        assert words in text, words
    assert "dont premières visites" in text
    assert "fermée" not in text
    assert pages(path) == 1
    entries = services.audit.trail(entity="tally_sheet")
    assert [e.key for e in entries] == ["2026-11-26"]


def test_a_renamed_and_a_switched_off_category_are_as_on_the_screen(services: Services, tmp_path) -> None:
    health = services.categories.find("health")
    services.categories.rename(health.id, "Santé et soins œil")
    services.categories.set_active(services.categories.find("childcare").id, False)
    added = services.categories.add("Mobilité")
    path = tmp_path / "feuille.pdf"
    TallySheetService(services.db, services.ctx).write(date(2026, 11, 26), french, FRENCH_NUMBERS, path)
    rows = request_rows(path)
    assert "5 Santé et soins œil" in rows
    assert "Petite enfance" not in pdf_text(path)
    assert rows[-2:] == ["0 Autre demande", f"F2 {added.label}"]  # the tenth active category has the key 0


def test_a_closed_day_says_so(services: Services, tmp_path) -> None:
    path = tmp_path / "noel.pdf"
    TallySheetService(services.db, services.ctx).write(date(2026, 12, 25), french, FRENCH_NUMBERS, path)
    text = pdf_text(path)
    assert "vendredi 25 décembre 2026" in text
    assert "La Maison est fermée ce jour-là (Noël)." in text


def test_a_day_closed_in_the_afternoon_says_which_part(services: Services, tmp_path) -> None:
    services.rota.add_closure(date(2026, 11, 27), date(2026, 11, 27), "Réunion d'équipe", time(13, 0), None)
    path = tmp_path / "feuille.pdf"
    TallySheetService(services.db, services.ctx).write(date(2026, 11, 27), french, FRENCH_NUMBERS, path)
    assert "fermée une partie de ce jour : l'après-midi (Réunion d'équipe)." in pdf_text(path)
    with pdfplumber.open(path) as pdf:
        header = pdf.pages[0].extract_tables()[0][0]
    assert header[2:4] == ["Matin", "Après-midi (fermé)"]  # and the afternoon's boxes are shaded


def test_many_categories_still_fit_on_one_page(services: Services, tmp_path) -> None:
    for n in range(10):
        services.categories.add(f"Demande supplémentaire numéro {n + 1}")
    path = tmp_path / "feuille.pdf"
    TallySheetService(services.db, services.ctx).write(date(2026, 11, 26), french, FRENCH_NUMBERS, path)
    assert request_rows(path)[-1] == "F12 Demande supplémentaire numéro 10"
    assert pages(path) == 1


def test_an_agent_prints_it_and_a_bad_folder_writes_nothing(services: Services, clock, tmp_path) -> None:
    agent = DeskContext(desk_id="desk-test", agent="agent.test", clock=clock, role=Role.AGENT)
    sheets = TallySheetService(services.db, agent)
    assert sheets.pdf(date(2026, 11, 26), french, FRENCH_NUMBERS).startswith(b"%PDF")
    with pytest.raises(StorageError):
        sheets.write(date(2026, 11, 26), french, FRENCH_NUMBERS, tmp_path / "missing" / "feuille.pdf")
    assert not (tmp_path / "missing").exists()
