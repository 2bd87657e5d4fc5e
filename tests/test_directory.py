"""The partner directory: sheets, search, proposals, CSV, appointments and their purge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from maison_solidarite.domain.directory import Contact, PartnerSheet, SearchEntry, normalise_phone, rank
from maison_solidarite.domain.errors import ImportRejected, ValidationError
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo

FRENCH = load_catalog("fr").translate
NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday


@pytest.fixture
def demo(services: Services, clock) -> Services:
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.05)
    return services


def acronyms(results) -> list[str]:
    return [r.sheet.acronym for r in results]


# -- search ------------------------------------------------------------------------------
def entry(acronym: str, name: str, categories=(), keywords="", offer="") -> SearchEntry:
    return SearchEntry.of(PartnerSheet(1, acronym, name, keywords=keywords, offer=offer), categories)


def test_ranking_puts_the_acronym_first_then_the_name_then_categories_then_keywords() -> None:
    entries = [
        entry("DVS", "Dijon Ville Santé", ["Santé"]),
        entry("CPAM", "Caisse primaire d'assurance maladie", ["Santé", "Accès aux droits sociaux"], "carte vitale"),
        entry("CSI", "Centre de soins infirmiers", keywords="prévention santé"),
        entry("SANTÉ", "Association Santé Plus"),
    ]
    ranked = [(e.acronym, score) for e, score in rank(entries, "santé")]
    assert ranked[0] == ("sante", 100)  # the acronym itself
    assert [a for a, _s in ranked[1:3]] == ["dvs", "cpam"]  # in the name, then a category
    assert ranked[-1][0] == "csi"  # keywords only


def test_accents_and_case_do_not_matter() -> None:
    entries = [
        entry("CRESUS", "CRESUS Bourgogne", ["Budget et surendettement"]),
        entry("ACTI-LEC", "Savoirs de base", keywords="français écriture"),
    ]
    assert [e.acronym for e, _s in rank(entries, "SURENDETTEMENT")] == ["cresus"]
    assert [e.acronym for e, _s in rank(entries, "francais ECRIT")] == ["acti-lec"]
    assert [e.acronym for e, _s in rank(entries, "crésus")] == ["cresus"]
    assert rank(entries, "logement") == []
    assert len(rank(entries, "")) == 2


def test_search_in_the_demo_directory_gives_the_next_permanence(demo) -> None:
    results = demo.directory.search("sante", FRENCH)
    assert acronyms(results)[:3] == ["DVS", "CPAM", "CSI"]
    cpam = results[1].next_occurrence
    assert cpam is not None and (cpam.day, cpam.start) == (date(2026, 11, 24), time(13, 30))  # this afternoon
    assert "ACTI-LEC" in acronyms(demo.directory.search("sans papiers", FRENCH))
    assert acronyms(demo.directory.search("jeunes emploi", FRENCH)) == ["ML"]


def test_proposals_come_by_next_permanence(demo) -> None:
    finance = demo.categories.find("finance").id
    proposals = demo.directory.proposals(finance)
    assert {p.sheet.acronym for p in proposals} == {"CRESUS", "CRSS", "PIMMS", "SC"}
    starts = [p.next_occurrence.starts_at for p in proposals if p.next_occurrence]
    assert starts == sorted(starts) and starts[0] > NOW


# -- sheets ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "change, words",
    [
        ({"acronym": "caf"}, "already has the acronym"),
        ({"referent_email": "marie.dupont@"}, "is not an e-mail address"),
        ({"referent_phone": "12 34"}, "is not a French phone number"),
        ({"age_min": 30, "age_max": 18}, "minimum age is above"),
        ({"colour": "rouge"}, "is not a colour"),
        ({"name": "  "}, "needs a name"),
    ],
)
def test_bad_sheets_are_refused_and_nothing_written(demo, change, words) -> None:
    before = demo.directory.sheets()
    cresus = next(s for s in before if s.acronym == "CRESUS")
    with pytest.raises(ValidationError) as caught:
        demo.directory.save(replace(cresus, **change))
    assert words in str(caught.value)
    assert demo.directory.sheets() == before


def test_phone_numbers_are_written_the_french_way() -> None:
    assert normalise_phone("+33 3 80 12 34 56") == "03 80 12 34 56"
    assert normalise_phone("0380.12.34.56") == "03 80 12 34 56"
    with pytest.raises(ValidationError):
        normalise_phone("03 80 12 34")


def test_a_new_partner_and_its_categories(demo) -> None:
    housing = demo.categories.find("housing").id
    saved = demo.directory.save(
        PartnerSheet(
            None,
            "ADIL",
            "Agence départementale d'information sur le logement",
            category_ids=(housing, housing),
            referent_phone="0353010099",
        )
    )
    assert saved.id is not None and saved.category_ids == (housing,) and saved.referent_phone == "03 53 01 00 99"
    assert "ADIL" in acronyms(demo.directory.search("logement", FRENCH))


def test_only_coordinators_change_the_directory(demo, db, clock) -> None:
    agent = Services.create(db, DeskContext("desk-2", "agent", clock, role=Role.AGENT))
    with pytest.raises(PermissionDenied):
        agent.directory.save(PartnerSheet(None, "X", "X"))
    assert len(agent.directory.search("cresus", FRENCH)) == 1  # agents search it


# -- CSV ---------------------------------------------------------------------------------
def test_csv_round_trip(demo, tmp_path: Path) -> None:
    path = tmp_path / "annuaire.csv"
    assert demo.directory.export_csv(path) == 18
    before = demo.directory.sheets()
    assert demo.directory.import_csv(path) == 18
    assert demo.directory.sheets() == before


def test_a_csv_with_an_unknown_column_or_category_is_refused_whole(demo, tmp_path: Path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text("acronym;name;couleur\nX;Y;rouge\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        demo.directory.import_csv(path)
    assert "couleur" in str(caught.value)
    path.write_text(
        "acronym;name;categories;referent_email\nADIL;Logement;housing;contact@adil.example.org\nNEW;Nouveau;astrologie;\nBAD;Mauvais;;pas-une-adresse\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        demo.directory.import_csv(path)
    assert [row.line for row in caught.value.rows] == [3, 4]
    assert "ADIL" not in {s.acronym for s in demo.directory.sheets()}


# -- appointments ------------------------------------------------------------------------
def cresus(services: Services) -> int:
    return next(s.id for s in services.directory.sheets() if s.acronym == "CRESUS")


def test_booking_a_slot_and_the_day_sheet(demo) -> None:
    (first, *_rest) = demo.appointments.open_permanences(cresus(demo))
    occurrence = first.occurrence
    assert len(first.free) == 6 and first.free[0] == (occurrence.start, time(occurrence.start.hour, 30))
    booked = demo.appointments.book(
        cresus(demo),
        occurrence.series_id,
        occurrence.original_date,
        occurrence.start,
        Contact("Nadia", "06 39 98 00 01"),
    )
    assert booked.contact == Contact("Nadia", "06 39 98 00 01")
    again = demo.appointments.open_permanences(cresus(demo))[0]
    assert len(again.free) == 5 and again.taken == 1
    data = demo.appointments.day_sheet_pdf(cresus(demo), occurrence.day, FRENCH, FRENCH_NUMBERS)
    assert data.startswith(b"%PDF")
    with demo.db.read() as session:
        audited = " ".join(
            str(r) for r in session.execute(text("SELECT before, after FROM audit_log WHERE entity = 'appointment'"))
        )
    assert "Nadia" not in audited and "06 39" not in audited


def test_bad_bookings_are_refused(demo) -> None:
    first = demo.appointments.open_permanences(cresus(demo))[0].occurrence
    initials = Contact(initials="MD")

    def book(start, contact=initials):
        return demo.appointments.book(cresus(demo), first.series_id, first.original_date, start, contact)

    with pytest.raises(ValidationError) as caught:
        book(time(first.start.hour, 10))  # not on the slot grid
    assert "is not a slot" in str(caught.value)
    with pytest.raises(ValidationError):
        book(time(first.end.hour, 0))  # after the permanence
    with pytest.raises(ValidationError) as caught:
        book(first.start, Contact(first_name="Nadia"))  # a first name needs a phone number
    assert "first name and a phone number" in str(caught.value)
    book(first.start)
    with pytest.raises(ValidationError) as caught:
        book(first.start)
    assert "already taken" in str(caught.value)
    for slot_start, _end in demo.appointments.open_permanences(cresus(demo))[0].free:
        book(slot_start)
    with pytest.raises(ValidationError) as caught:
        book(first.start)
    assert "is full" in str(caught.value)
    caf = next(s.id for s in demo.directory.sheets() if s.acronym == "CAF")
    with pytest.raises(ValidationError) as caught:
        demo.appointments.book(caf, first.series_id, first.original_date, first.start, Contact(initials="MD"))
    assert "does not take appointments" in str(caught.value)


def test_contacts_are_purged_from_the_file_bytes(demo, db_path: Path, clock) -> None:
    sentinel = "Zéphyrine-Sentinelle"
    first = demo.appointments.open_permanences(cresus(demo))[0].occurrence
    demo.appointments.book(
        cresus(demo), first.series_id, first.original_date, first.start, Contact(sentinel, "06 39 98 00 42")
    )
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    assert any(sentinel.encode() in p.read_bytes() for p in files if p.exists())
    clock.current = datetime.combine(first.day + timedelta(days=29), time(9))
    assert demo.appointments.purge_due() == 0  # 29 days after: kept
    clock.current = datetime.combine(first.day + timedelta(days=30), time(9))
    assert demo.appointments.purge_due() == 1
    (kept,) = demo.appointments.on_day(cresus(demo), first.day)
    assert kept.purged and kept.contact == Contact() and kept.start == first.start  # the slot stays, the person goes
    for path in files:
        if path.exists():
            data = path.read_bytes()
            assert sentinel.encode() not in data and b"06 39 98 00 42" not in data, path.name


def test_the_retention_of_contacts_is_configurable(demo, clock) -> None:
    demo.appointments.set_retention_days(7)
    first = demo.appointments.open_permanences(cresus(demo))[0].occurrence
    demo.appointments.book(cresus(demo), first.series_id, first.original_date, first.start, Contact(initials="AB"))
    clock.current = datetime.combine(first.day + timedelta(days=7), time(9))
    assert demo.appointments.purge_due() == 1
    with pytest.raises(ValidationError):
        demo.appointments.set_retention_days(0)
    assert demo.appointments.retention_days() == 7
