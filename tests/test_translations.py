"""The French translation ships complete, in step with the code, and compiled."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from maison_solidarite.i18n import load_catalog

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "maison_solidarite_fr.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_french_translation_is_finished() -> None:
    unfinished = []
    for context, source, message in messages(TS):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        text = translation.text if translation is not None else None
        if translation is None or translation.get("type") or not (text or (all(forms) and forms)):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_placeholders_and_mnemonics_survive_translation() -> None:
    for _context, source, message in messages(TS):
        translation = message.find("translation")
        text = (translation.text or "").strip() or " ".join(f.text or "" for f in translation.iter("numerusform"))
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_mnemonics_of_the_detail_panel_are_unique_in_french() -> None:
    """Alt+letter reaches each field of the details and each menu: no letter twice."""
    labels = [
        message.find("translation").text
        for context, source, message in messages(TS)
        if (context == "DetailPanel" and "&" in source)
        or (context == "MainWindow" and source in ("&File", "A&dministration", "&Reception", "&Weekly rota"))
    ]
    keys = [re.search(r"&(\w)", label).group(1).lower() for label in labels]
    assert len(keys) == 15
    assert len(set(keys)) == len(keys), labels


def test_every_string_in_the_code_is_in_the_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "maison_solidarite").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _m in messages(fresh)}
    shipped = {(c, s) for c, s, _m in messages(TS)}
    assert in_code - shipped == set(), "run: make translations, then translate"
    assert shipped - in_code == set(), "obsolete entries: run make translations"


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "fr.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run: make translations"


@pytest.mark.parametrize(
    "context, source, french",
    [
        ("Errors", 'Unknown category "{value}".', "Catégorie inconnue « {value} »."),
        ("Labels", "Walk-in", "Sur place"),
        ("Cli", "up to date", "à jour"),
    ],
)
def test_the_cli_reads_the_same_catalogue(context: str, source: str, french: str) -> None:
    assert load_catalog("fr").translate(context, source) == french
    assert load_catalog("en").translate(context, source) == source
