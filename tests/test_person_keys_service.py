"""The person keys' secret outside the database, its copy between computers, the keys on visits, their purge."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.person_key import KEY_LENGTH, read_secret_code
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.audit import entries
from maison_solidarite.services.person_keys import SECRET_FILE, PersonKeyService
from maison_solidarite.services.visits import VisitChange

FRENCH = load_catalog("fr").translate
DAY = date(2026, 11, 26)


def keys_in(services: Services, folder: Path) -> PersonKeyService:
    return PersonKeyService(services.db, services.ctx, folder)


def test_the_secret_is_made_once_outside_the_database_readable_by_its_owner_only(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "config"
    keys = keys_in(services, folder)
    first = keys.key_of_typed("Dupont", "Jeanne", "04/03/1961", DAY)
    secret_file = folder / SECRET_FILE
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert keys.key_of_typed("DUPONT", "jeanne", "1961-03-04", DAY) == first
    assert len(first) == KEY_LENGTH
    secret = read_secret_code(secret_file.read_text().splitlines()[-1])
    database = (tmp_path / "data" / "maison.sqlite3").read_bytes()
    assert secret not in database and secret.hex().encode() not in database
    elsewhere = keys_in(services, tmp_path / "other")
    assert elsewhere.key_of_typed("Dupont", "Jeanne", "04/03/1961", DAY) != first  # another secret


def test_an_administrator_copies_the_secret_as_a_code_or_a_file(services: Services, tmp_path: Path) -> None:
    here, there, third = (keys_in(services, tmp_path / name) for name in ("here", "there", "third"))
    key = here.key_of_typed("N'Diaye", "Aïssatou", "09/07/1984", DAY)
    code = here.export_code()
    assert there.import_secret(code) == here.fingerprint()
    assert there.key_of_typed("ndiaye", "aissatou", "1984-07-09", DAY) == key
    exported = tmp_path / "usb" / "secret.txt"
    exported.parent.mkdir()
    assert here.export_file(exported) == here.fingerprint()
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert third.import_secret(exported.read_text()) == here.fingerprint()
    assert third.key_of_typed("N DIAYE", "AISSATOU", "9/7/1984", DAY) == key
    trail = entries(services.db, "setting", "person_key_secret")
    assert [e.action for e in trail] == ["export", "import", "export", "import"]
    written = str([(e.before, e.after) for e in trail])
    assert code not in written and code.replace("-", "") not in written
    assert here.fingerprint() in written


def test_a_mistyped_code_changes_nothing(services: Services, tmp_path: Path) -> None:
    keys = keys_in(services, tmp_path / "config")
    print_before = keys.fingerprint()
    code = keys_in(services, tmp_path / "other").export_code()
    wrong = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    with pytest.raises(ValidationError) as refused:
        keys.import_secret(wrong)
    assert "mistyped" in refused.value.render()
    assert keys.fingerprint() == print_before
    assert [e.action for e in entries(services.db, "setting", "person_key_secret")] == ["export"]  # the other's


def test_a_damaged_secret_file_is_said_not_replaced(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "config"
    keys = keys_in(services, folder)
    keys.fingerprint()
    (folder / SECRET_FILE).write_text("# damaged\nABCDE\n")
    with pytest.raises(ValidationError, match="damaged"):
        keys.key_of_typed("Martin", "Paul", "01/01/1980", DAY)
    assert (folder / SECRET_FILE).read_text() == "# damaged\nABCDE\n"


def test_only_an_administrator_copies_the_secret(services: Services, tmp_path: Path) -> None:
    for role in (Role.AGENT, Role.COORDINATOR):
        keys = PersonKeyService(services.db, replace(services.ctx, role=role), tmp_path / "config")
        for call in (keys.export_code, lambda k=keys: k.import_secret("x"), lambda k=keys: k.set_retention_months(36)):
            with pytest.raises(PermissionDenied):
                call()
        assert keys.key_of_typed("Martin", "Paul", "01/01/1980", DAY)  # every role computes a key
    agent = PersonKeyService(services.db, replace(services.ctx, role=Role.AGENT), tmp_path / "config")
    with pytest.raises(PermissionDenied):
        agent.set_across_years(True)


def test_a_coordinator_chooses_keys_that_hold_across_years(services: Services, tmp_path: Path) -> None:
    coordinator = PersonKeyService(services.db, replace(services.ctx, role=Role.COORDINATOR), tmp_path / "config")
    typed = ("Martin", "Paul", "01/01/1980")
    assert not coordinator.across_years()
    assert coordinator.key_of_typed(*typed, date(2025, 12, 31)) != coordinator.key_of_typed(*typed, date(2026, 1, 1))
    coordinator.set_across_years(True)
    assert coordinator.across_years()
    assert coordinator.key_of_typed(*typed, date(2025, 12, 31)) == coordinator.key_of_typed(*typed, date(2026, 1, 1))
    [entry] = entries(services.db, "setting", "person_key_across_years")
    assert entry.after == {"value": True}


@pytest.mark.parametrize(
    ("typed", "french"),
    [
        (("", "Paul", "01/01/1980"), "nom de naissance"),
        (("Martin", " ", "01/01/1980"), "prénom"),
        (("Martin", "Paul", "31/02/1980"), "n'existe pas"),
        (("Martin", "Paul", "27/11/2026"), "dans le futur"),
        (("Martin", "Paul", "1980"), "n'est pas une date"),
    ],
)
def test_bad_input_is_refused_before_any_secret_is_made(
    services: Services, tmp_path: Path, typed: tuple[str, str, str], french: str
) -> None:
    keys = keys_in(services, tmp_path / "config")
    with pytest.raises(ValidationError) as refused:
        keys.key_of_typed(*typed, DAY)
    message = refused.value.render(FRENCH)
    if message != refused.value.render():  # the catalogue holds the string
        assert french in message, message
    assert not (tmp_path / "config").exists()


def test_a_visit_carries_a_key_and_the_audit_says_only_that_it_does(services: Services, tmp_path: Path) -> None:
    rights = services.categories.find("rights").id
    key = keys_in(services, tmp_path / "config").key_of_typed("Dupont", "Jeanne", "04/03/1961", DAY)
    logged = services.visits.log(rights, person_key=key)
    assert logged.person_key == key
    other = services.visits.log(rights)
    changed = services.visits.update(other.uid, VisitChange(person_key=key))
    assert changed.person_key == key and services.visits.get(other.uid).person_key == key
    assert services.visits.update(other.uid, VisitChange(person_key=None)).person_key is None
    trail = entries(services.db, "visit")
    assert trail[0].after is not None and trail[0].after["person_key"] is True
    assert [e.after.get("person_key") if e.after else None for e in trail[1:]] == [None, True, None]
    assert key not in str([(e.before, e.after) for e in trail])
    with pytest.raises(ValueError, match="not a person key"):
        services.visits.log(rights, person_key="Dupont")


def test_keys_are_erased_past_their_retention_and_the_rest_kept(services: Services, tmp_path: Path, clock) -> None:
    rights = services.categories.find("rights").id
    keys = keys_in(services, tmp_path / "config")
    now = clock()
    old = services.visits.log(
        rights, now - timedelta(days=800), person_key=keys.key_of_typed("A", "B", "01/01/1990", DAY)
    )
    recent = services.visits.log(
        rights, now - timedelta(days=400), person_key=keys.key_of_typed("C", "D", "01/01/1990", DAY)
    )
    assert keys.retention_months() == 24
    report = services.retention.run_due_purges()
    assert report.person_keys == 1
    assert services.visits.get(old.uid).person_key is None
    assert services.visits.get(recent.uid).person_key == recent.person_key
    [purge] = entries(services.db, "visit", "person_keys")
    assert purge.action == "purge" and purge.after is not None and purge.after["count"] == 1
    keys.set_retention_months(12)
    assert services.retention.run_due_purges().person_keys == 1
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM visits WHERE person_key IS NOT NULL")).scalar_one() == 0
    with pytest.raises(ValidationError, match="12 to 120 months"):
        keys.set_retention_months(6)


def test_the_purge_starts_from_the_first_of_a_month(services: Services, tmp_path: Path, clock) -> None:
    rights = services.categories.find("rights").id
    keys = keys_in(services, tmp_path / "config")
    clock.current = datetime(2026, 11, 26, 10, 0)
    key = keys.key_of_typed("A", "B", "01/01/1990", DAY)
    kept = services.visits.log(rights, datetime(2024, 11, 1, 9, 0), person_key=key)
    gone = services.visits.log(rights, datetime(2024, 10, 31, 17, 0), person_key=key)
    services.retention.run_due_purges()
    assert services.visits.get(kept.uid).person_key == key
    assert services.visits.get(gone.uid).person_key is None


def test_the_card_prints_the_code_and_no_name(services: Services, tmp_path: Path) -> None:
    import subprocess

    from maison_solidarite.domain.person_key import printable_code
    from maison_solidarite.domain.statistics import number_format

    keys = keys_in(services, tmp_path / "config")
    key = keys.key_of_typed("Dupont", "Jeanne", "04/03/1961", DAY)
    data = keys.card_pdf(key, DAY, FRENCH, number_format("fr"))
    assert data.startswith(b"%PDF")
    path = tmp_path / "card.pdf"
    path.write_bytes(data)
    shown = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert printable_code(key) in shown
    assert "2026" in shown
    assert "Dupont" not in shown and "Jeanne" not in shown and "1961" not in shown
    [printed] = entries(services.db, "person_card")
    assert printed.action == "print" and printed.key == "2026"
