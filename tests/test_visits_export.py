"""The visits export holds every field of a visit, in words or in codes, and comes back whole:
export, import into an empty database, export again gives the same bytes."""

from __future__ import annotations

import csv
import itertools
import os
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.db.sync_models import SyncStateRow
from maison_solidarite.domain.errors import ImportRejected, ValidationError
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period
from maison_solidarite.domain.visits import AgeBand, Channel, Outcome
from maison_solidarite.domain.visits_file import COLUMNS, NO, YES
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.statistics_outputs import statistics_dict

PG_URL = os.environ.get("MAISON_SOLIDARITE_TEST_PG_URL", "")
PARTNERS = [("CPAM", "CPAM de Côte-d'Or"), ("PLIE", "PLIE (emploi)"), ("CRESUS", "CRESUS Bourgogne")]
_CATALOG = load_catalog("fr")
KEYS = ("total", "by_category", "by_channel", "by_outcome", "by_orientation", "profile", "weekday_hour")
# The catalogue's French, with the file's headers as the report of this change gives them.
_HEADERS = {("VisitsFile", english): french for _code, english, french in COLUMNS} | {
    ("VisitsFile", YES): "Oui",
    ("VisitsFile", NO): "Non",
}


def french(context: str, source: str) -> str:
    return _HEADERS.get((context, source)) or _CATALOG.translate(context, source)


@pytest.fixture
def empty(tmp_path: Path, clock) -> Iterator[Services]:
    """A new database, migrated, with the same partners and nothing else: where files are imported."""
    prepared = prepare_database(str(tmp_path / "empty.sqlite3"), tmp_path / "b2", busy_timeout_ms=2000)
    desk = Services.create(prepared.db, DeskContext("desk-2", "b", clock, role=Role.ADMINISTRATOR))
    for acronym, name in PARTNERS:
        desk.organisations.add(acronym, name)
    yield desk
    prepared.db.dispose()


@pytest.fixture
def partners(services: Services) -> dict[str, int]:
    for acronym, name in PARTNERS:
        services.organisations.add(acronym, name)
    return {org.acronym: org.id for org in services.organisations.list()}


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def a_full_visit(services: Services, category_ids: dict[str, int], partners: dict[str, int]) -> str:
    return services.visits.log(
        category_ids["rights"],
        datetime(2026, 11, 16, 9, 5, 42),
        secondary_ids=(category_ids["health"], category_ids["finance"]),
        channel=Channel.PHONE,
        outcome=Outcome.APPOINTMENT,
        organisation_id=partners["CPAM"],
        first_visit=True,
        age_band=AgeBand.FROM_60,
        neighbourhood="Grésilles",
        note="Dossier; à compléter",
    ).uid


def test_the_export_in_words_holds_every_field_of_a_visit(services, category_ids, partners, tmp_path: Path) -> None:
    uid = a_full_visit(services, category_ids, partners)
    services.visits.log(category_ids["jobs"], datetime(2026, 11, 16, 14, 0))
    path = tmp_path / "visites.csv"
    assert services.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), path, translate=french) == 2
    header, full, plain = rows_of(path)
    assert header == [
        "Date", "Heure", "Motif", "Motifs secondaires", "Canal", "Suite donnée", "Orientation",
        "Première visite", "Tranche d'âge", "Quartier", "Poste", "Identifiant",
    ]  # fmt: skip
    assert full == [
        "16/11/2026", "09:05:42", "Accès aux droits sociaux",
        "Budget et surendettement | Santé", "Téléphone", "Rendez-vous donné", "CPAM",
        "Oui", "60 ans et plus", "Grésilles", "", uid,
    ]  # fmt: skip
    empty_fields = ["", "", "", "", ""]  # partner, profile, desk
    assert plain[:-1] == [
        "16/11/2026",
        "14:00:00",
        "Emploi et insertion",
        "",
        "Sur place",
        "Réponse à l'accueil",
        *empty_fields,
    ]
    assert "Dossier" not in path.read_text(encoding="utf-8-sig")  # the note only when asked for


def test_the_export_in_codes_and_with_the_notes(services, category_ids, partners, tmp_path: Path) -> None:
    uid = a_full_visit(services, category_ids, partners)
    path = tmp_path / "visits.csv"
    services.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), path, with_notes=True, codes=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate;time;category;secondary;channel;outcome;orientation;")
    header, full = rows_of(path)
    assert header[-4:] == ["neighbourhood", "desk", "note", "id"]
    assert full == [
        "2026-11-16", "09:05:42", "rights", "finance | health", "phone", "appointment", "CPAM", "1", "60_plus",
        "Grésilles", "", "Dossier; à compléter", uid,
    ]  # fmt: skip


@pytest.mark.parametrize("codes", [False, True], ids=["words", "codes"])
def test_export_import_into_an_empty_database_export_gives_the_same_bytes(
    services, empty, category_ids, partners, tmp_path: Path, codes: bool
) -> None:
    a_full_visit(services, category_ids, partners)
    services.visits.log(category_ids["jobs"], datetime(2026, 11, 16, 14, 0), organisation_id=partners["PLIE"])
    services.visits.log(category_ids["housing"], datetime(2026, 11, 17, 9, 0), first_visit=False, note="=1+1")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    period = (date(2026, 11, 1), date(2026, 11, 30))
    services.visits_csv.export_file(*period, first, with_notes=True, codes=codes, translate=french)
    assert empty.visits_csv.import_file(first).imported == 3
    empty.visits_csv.export_file(*period, second, with_notes=True, codes=codes, translate=french)
    assert second.read_bytes() == first.read_bytes()
    assert empty.visits_csv.import_file(first).already_present == 3
    # The figures too: the daily counts and the profile of the imported visits are the same.
    figures = [
        {key: statistics_dict(desk.statistics.compute(Period.month(2026, 11), french))[key] for key in KEYS}
        for desk in (services, empty)
    ]
    assert figures[0] == figures[1] and figures[0]["total"] == 3


def test_a_file_in_words_is_read_in_any_case_and_without_accents(services, partners) -> None:
    content = (
        "PREMIERE VISITE;date;HEURE;demande;demandes secondaires;canal;issue;orientation;tranche d'age;quartier;poste\n"
        "oui;16/11/2026;09:05;acces aux droits sociaux;SANTÉ | jobs;telephone;rendez-vous donne;cpam;60 ANS ET PLUS;"
        "Grésilles;Accueil 1\n"
        "non;2026-11-16;9:10;Santé;;Courriel;;;25 à 39 ans;;\n"
    )
    assert services.visits_csv.import_text(content).imported == 2
    first, second = sorted(services.visits.on_day(date(2026, 11, 16)), key=lambda v: v.visited_at)
    assert (first.channel, first.outcome, first.organisation_id) == (
        Channel.PHONE,
        Outcome.APPOINTMENT,
        partners["CPAM"],
    )
    assert len(first.secondary_ids) == 2 and first.first_visit is True and first.age_band == AgeBand.FROM_60
    assert (second.first_visit, second.age_band, second.outcome) == (False, AgeBand.FROM_25_TO_39, Outcome.ANSWERED)


def test_bad_values_of_the_new_columns_name_their_line_and_nothing_is_written(services) -> None:
    content = (
        "Date;Heure;Motif;Motifs secondaires;Suite donnée;Première visite;Tranche d'âge\n"
        "16/11/2026;09:00;rights;;;;\n"  # line 2: good
        "31/11/2026;09:00;rights;;;;\n"  # line 3: no such day
        "16/11/2026;25:00;rights;;;;\n"  # line 4: no such time
        "16/11/2026;09:00;rights;astrologie;;;\n"  # line 5: unknown secondary request
        "16/11/2026;09:00;rights;health | jobs | finance | housing;;;\n"  # line 6: four secondary requests
        "16/11/2026;09:00;rights;;perdu;;\n"  # line 7: unknown outcome
        "16/11/2026;09:00;rights;;;peut-être;\n"  # line 8: neither yes nor no
        "16/11/2026;09:00;rights;;;;centenaire\n"  # line 9: unknown age band
    )
    with pytest.raises(ImportRejected) as caught:
        services.visits_csv.import_text(content)
    assert [row.line for row in caught.value.rows] == [3, 4, 5, 6, 7, 8, 9]
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM visits")).scalar_one() == 0


@pytest.mark.parametrize(
    "header, words",
    [
        ("Date;Demande\n", 'Heure" is missing'),
        ("datetime;Date;Heure;Demande\n", "twice"),
        ("Date;Heure;Demande;Agent\n", 'Unknown column "Agent"'),
    ],
)
def test_a_header_without_what_a_visit_needs_is_refused(services, header: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits_csv.import_text(header + "16/11/2026;09:00;rights;x\n")
    assert words.replace('Heure"', 'time"') in str(caught.value)


def test_the_desk_is_named_on_a_desk_that_joined_a_hub_and_the_importing_desk_owns_what_it_imports(
    services, empty, category_ids, clock, tmp_path: Path
) -> None:
    with services.db.write() as session:  # what joining a hub leaves on the desk (services/sync/joining.py)
        session.add(
            SyncStateRow(
                id=1,
                hub="postgresql+psycopg://hub.example/maison",
                structure_uid=str(uuid.uuid4()),
                desk_uid=str(uuid.uuid4()),
                desk_name="Accueil 1",
                site="Grésilles",
                joined_at=clock(),
            )
        )
    services.visits.log(category_ids["health"], datetime(2026, 11, 16, 10, 0))
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    services.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), first, codes=True)
    (header, line) = rows_of(first)
    assert line[header.index("desk")] == "Accueil 1"
    assert empty.visits_csv.import_file(first).imported == 1
    empty.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), second, codes=True)
    (_header, again) = rows_of(second)
    assert again[header.index("desk")] == "" and again[header.index("id")] == line[header.index("id")]


DAYS = itertools.count()
TYPED = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc")), max_size=30)
CODES = ["rights", "finance", "admin", "jobs", "health", "housing", "other"]
VISIT = st.fixed_dictionaries(
    {
        "minute": st.integers(0, 9 * 60),
        "category": st.sampled_from(CODES),
        "secondary": st.lists(st.sampled_from(CODES), max_size=3, unique=True),
        "channel": st.sampled_from(list(Channel)),
        "outcome": st.sampled_from(list(Outcome)),
        "partner": st.sampled_from([None, *(acronym for acronym, _name in PARTNERS)]),
        "first_visit": st.sampled_from([None, True, False]),
        "age_band": st.sampled_from([None, *AgeBand]),
        "neighbourhood": st.one_of(st.none(), TYPED),
        "note": st.one_of(st.none(), TYPED),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=st.lists(VISIT, min_size=1, max_size=8), codes=st.booleans())
def test_round_trip_property(services, empty, category_ids, partners, tmp_path: Path, visits, codes: bool) -> None:
    day = date(2025, 1, 1) + timedelta(days=next(DAYS))  # each example its own day in both databases
    for v in visits:
        services.visits.log(
            category_ids[v["category"]],
            datetime.combine(day, datetime.min.time()) + timedelta(hours=8, minutes=v["minute"], seconds=7),
            secondary_ids=tuple(category_ids[c] for c in v["secondary"]),
            channel=v["channel"],
            outcome=v["outcome"],
            organisation_id=partners[v["partner"]] if v["partner"] else None,
            first_visit=v["first_visit"],
            age_band=v["age_band"],
            neighbourhood=v["neighbourhood"],
            note=v["note"],
        )
    first, second = tmp_path / f"{day}-1.csv", tmp_path / f"{day}-2.csv"
    services.visits_csv.export_file(day, day, first, with_notes=True, codes=codes, translate=french)
    assert empty.visits_csv.import_file(first).imported == len(visits)
    empty.visits_csv.export_file(day, day, second, with_notes=True, codes=codes, translate=french)
    assert second.read_bytes() == first.read_bytes()


def test_the_secondary_requests_of_a_file_larger_than_a_chunk_are_all_written(services) -> None:
    lines = [f"2026-10-{n % 28 + 1:02d};09:{n % 60:02d}:{n // 60:02d};rights;health | jobs" for n in range(1300)]
    assert services.visits_csv.import_text("date;time;category;secondary\n" + "\n".join(lines) + "\n").imported == 1300
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM visit_secondary_categories")).scalar_one() == 2600


@pytest.mark.serial  # the one test server: its schema is emptied here
@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server: set MAISON_SOLIDARITE_TEST_PG_URL")
def test_a_hubs_export_imported_into_an_empty_desk_gives_the_same_file(empty, clock, tmp_path: Path) -> None:
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    prepared = prepare_database(PG_URL, tmp_path / "pg-backups")
    try:
        pg = Services.create(prepared.db, DeskContext("desk-pg", "agent.pg", clock, role=Role.ADMINISTRATOR))
        for acronym, name in PARTNERS:
            pg.organisations.add(acronym, name)
        category_ids = {c.code: c.id for c in pg.categories.list()}
        partners = {org.acronym: org.id for org in pg.organisations.list()}
        a_full_visit(pg, category_ids, partners)
        pg.visits.log(category_ids["jobs"], datetime(2026, 11, 16, 14, 0), first_visit=False)
        first, second = tmp_path / "first.csv", tmp_path / "second.csv"
        pg.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), first, with_notes=True, translate=french)
    finally:
        prepared.db.dispose()
    assert empty.visits_csv.import_file(first).imported == 2
    empty.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), second, with_notes=True, translate=french)
    assert second.read_bytes() == first.read_bytes()
