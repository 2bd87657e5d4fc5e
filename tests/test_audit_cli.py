"""``maison-solidarite audit`` says each entry in words, in the command line's language:
the action, the record as a person names it and the fields that changed, never a code."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

import maison_solidarite.__main__ as entry
from maison_solidarite.__main__ import main
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.visits import AgeBand
from maison_solidarite.i18n import Catalog, load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits import VisitChange

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
CODES = ("age_band", "25_39", "monthly_sheet", "visited_at", "\tcreate\t", "\tupdate\t", "\tvisit\t", ": phone")


# French of the audit's words that the catalogue may not hold as finished yet (its own
# translation wins as soon as it has one).
PENDING = {
    ("AuditWords", "Visit of {date} at {time}"): "Visite du {date} à {time}",
    ("AuditWords", "{field}: {value}"): "{field} : {value}",
    ("AuditWords", "Monthly sheet of {month} {year}"): "Fiche mensuelle de {month} {year}",
}


@pytest.fixture(autouse=True)
def pending(monkeypatch: pytest.MonkeyPatch) -> None:
    def with_pending(language: str) -> Catalog:
        catalog = load_catalog(language)
        if language == "fr":
            catalog.messages = {**PENDING, **catalog.messages}
        return catalog

    monkeypatch.setattr(entry, "load_catalog", with_pending)


def _audit(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["--db", str(db), "audit", *args]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


@pytest.fixture
def trail(cli_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A visit logged by phone, its age band set afterwards, and November's sheet printed."""
    argv = ["--db", str(cli_db), "visit", "add", "--category", "Santé", "--at", "2026-11-16T10:42"]
    assert main([*argv, "--channel", "téléphone"]) == 0
    uid = capsys.readouterr().out.strip()
    prepared = prepare_database(str(cli_db), tmp_path / "backups", busy_timeout_ms=2000)
    try:
        ctx = DeskContext(desk_id="desk-test", agent="nadia", clock=datetime.now, role=Role.AGENT)
        Services.create(prepared.db, ctx).visits.update(uid, VisitChange(age_band=AgeBand.FROM_25_TO_39))
    finally:
        prepared.db.dispose()
    sheet = tmp_path / "novembre.pdf"
    assert main(["--db", str(cli_db), "report", "monthly", "2026-11", "-o", str(sheet)]) == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    return cli_db, uid


def test_the_trail_in_french_words(trail: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = trail
    lines = _audit(capsys, db)
    text = "\n".join(lines)
    created = [line for line in lines if "\tcréation\tVisite du 16/11 à 10:42\t" in line]
    assert len(created) == 1 and "Canal : Téléphone" in created[0] and "Motif : Santé" in created[0]
    changed = [line for line in lines if "\tmodification\tVisite du 16/11 à 10:42\t" in line]
    assert len(changed) == 1 and changed[0].split("\t")[1] == "nadia"
    assert changed[0].endswith("\tTranche d'âge : — → 25 à 39 ans")  # the one field that changed
    assert any("\tFiche mensuelle de novembre 2026" in line for line in lines)
    for code in CODES:
        assert code not in text, code
    assert uid not in text and UID.search(text) is None


def test_the_filters_take_the_french_names_of_the_records(
    trail: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _uid = trail
    for name in ("visite", "Visite", "visit"):
        visits = _audit(capsys, db, "--entity", name)
        assert len(visits) == 2 and all("\tVisite du 16/11 à 10:42" in line for line in visits), name
    sheets = _audit(capsys, db, "--entity", "fiche mensuelle", "--since", "2020-01-01")
    assert len(sheets) == 1 and "Fiche mensuelle de novembre 2026" in sheets[0]
    assert [line.split("\t")[1] for line in _audit(capsys, db, "--actor", "nadia")] == ["nadia"]
    assert _audit(capsys, db, "--entity", "visite", "--until", "2020-01-01") == []


def test_the_trail_in_english_words(
    trail: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, uid = trail
    monkeypatch.setenv("MAISON_SOLIDARITE_LANG", "en")
    lines = _audit(capsys, db)
    text = "\n".join(lines)
    assert any("\tcreation\tVisit of 16/11 at 10:42\t" in line and "Channel: Phone" in line for line in lines)
    assert any(line.endswith("\tchange\tVisit of 16/11 at 10:42\tAge band: — → 25 to 39") for line in lines)
    assert any("\tMonthly sheet of November 2026" in line for line in lines)
    assert "Visite" not in text and "Tranche" not in text and "novembre" not in text
    assert uid not in text and "age_band" not in text and "25_39" not in text and "monthly_sheet" not in text
    assert len(_audit(capsys, db, "--entity", "monthly sheet")) == 1
