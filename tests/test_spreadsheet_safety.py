"""No file the app writes holds a live formula: texts that a spreadsheet would run get a quote,
figures stay figures, and an import takes the quote off again."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.directory import PartnerSheet
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period, number_format
from maison_solidarite.domain.visits import Channel, Outcome
from maison_solidarite.domain.visits_file import VisitLine
from maison_solidarite.reports.cells import DANGEROUS, Figure, restore_text, safe_cell, safe_text
from maison_solidarite.reports.visits_csv import write_visits_csv
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.csv_input import csv_rows
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs

FRENCH = lambda _context, text: text  # noqa: E731 - the figures do not depend on the language
NUMBERS = number_format("fr")
SHARED = [HealthCheck.function_scoped_fixture]
LEADS = sorted(DANGEROUS)
# Printable text, no control character: what a person types in a note or a label.
TYPED = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc")), max_size=40)


@given(lead=st.sampled_from([*LEADS, "'", "''"]), rest=st.text(max_size=30))
def test_the_rule_quotes_what_would_run_and_its_reverse_gives_the_text_back(lead: str, rest: str) -> None:
    text = lead + rest
    written = safe_text(text)
    assert restore_text(written) == text
    if text[0] in DANGEROUS:
        assert written == "'" + text
    assert written.lstrip("'")[:1] not in DANGEROUS or written.startswith("'")


@given(value=st.one_of(st.integers(), st.floats(allow_nan=False), st.none(), st.booleans()))
def test_numbers_and_empty_cells_are_written_as_they_are(value: object) -> None:
    assert safe_cell(value) is value


@pytest.mark.parametrize("figure", ["-3", "-3,5", "+2,0 %", "1 234,5"])
def test_a_figure_formatted_by_the_app_is_not_quoted(figure: str) -> None:
    assert safe_cell(Figure(figure)) == figure
    assert safe_cell(figure) == ("'" + figure if figure[0] in DANGEROUS else figure)  # the same, as text


@pytest.fixture
def other(tmp_path: Path, clock) -> Iterator[Services]:
    """A second desk's database, where exported files are imported."""
    prepared = prepare_database(str(tmp_path / "other.sqlite3"), tmp_path / "b2", busy_timeout_ms=2000)
    yield Services.create(prepared.db, DeskContext("desk-2", "b", clock, role=Role.ADMINISTRATOR))
    prepared.db.dispose()


MINUTES = itertools.count()


@settings(max_examples=40, deadline=None, suppress_health_check=SHARED)
@given(lead=st.sampled_from(["=", "+", "-", "@"]), rest=TYPED)
def test_a_note_that_looks_like_a_formula_is_quoted_and_comes_back_whole(
    services: Services, other: Services, category_ids, tmp_path: Path, lead: str, rest: str
) -> None:
    note = (lead + rest).strip()[:280]
    minute = next(MINUTES)
    at = datetime(2026, 11, 16, 9 + minute // 60 % 8, minute % 60)
    visit = services.visits.log(category_ids["rights"], at, note=note)
    path = tmp_path / "visites.csv"
    services.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), path, with_notes=True, codes=True)

    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["id"]: row for row in csv.DictReader(stream, delimiter=";")}
    assert rows[visit.uid]["note"] == "'" + note
    assert not any(cell.startswith(tuple(DANGEROUS)) for row in rows.values() for cell in row.values())

    other.visits_csv.import_file(path)
    (theirs,) = [v for v in other.visits.on_day(date(2026, 11, 16)) if v.uid == visit.uid]
    assert theirs.note == note


def all_cells(workbook: openpyxl.Workbook) -> list:
    return [
        cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None
    ]


@settings(max_examples=12, deadline=None, suppress_health_check=SHARED)
@given(
    lead=st.sampled_from(["=", "+", "-", "@"]),
    rest=st.text(st.characters(min_codepoint=48, max_codepoint=122), min_size=1, max_size=12),
)
def test_the_annual_workbook_holds_text_cells_and_number_cells_never_formulas(
    services: Services, clock, lead: str, rest: str
) -> None:
    clock.current = datetime(2026, 12, 2, 12, 0)
    number = next(MINUTES)
    label = f"{lead}{rest} {number}"
    category = services.categories.add(label, code=f"c{number}")
    partner = services.organisations.add(f"{lead}P{number}", f"{lead}SOMME(A1:A9) {number}")
    services.visits.log(category.id, datetime(2026, 3, 2, 10, 0), organisation_id=partner.id)
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    workbook = openpyxl.load_workbook(io.BytesIO(outputs.annual_xlsx(2026, FRENCH, NUMBERS)))

    cells = all_cells(workbook)
    assert not [c.coordinate for c in cells if c.data_type == "f" or str(c.value).startswith("=")]
    texts = {c.value: c for c in cells if c.data_type == "s"}
    assert texts["'" + label].data_type == "s"
    assert any(str(value).startswith(f"'{lead}P{number}") for value in texts)
    requests = workbook[FRENCH("StatisticsSheet", "Requests")]
    (line,) = [row for row in requests.iter_rows(min_row=2) if row[1].value == "'" + label]
    assert (line[2].value, line[2].data_type) == (1, "n")
    assert line[3].data_type == "n" and isinstance(line[3].value, (int, float))
    years = workbook[FRENCH("StatisticsSheet", "Years")]
    assert all(row[0].data_type == "n" and row[1].data_type == "n" for row in years.iter_rows(min_row=2))


def test_the_statistics_csv_quotes_labels_and_keeps_figures(services: Services, clock) -> None:
    clock.current = datetime(2026, 12, 2, 12, 0)
    category = services.categories.add("-3,5", code="minus")
    services.visits.log(category.id, datetime(2026, 3, 2, 10, 0))
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    text = outputs.as_csv(Period(date(2026, 3, 1), date(2026, 3, 31)), FRENCH, NUMBERS)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert ["category", "minus", "'-3,5", "1", "1,0000"] in rows
    assert rows[1] == ["total", "", "", "1", "1,0000"]
    assert not any(cell.startswith(tuple(DANGEROUS)) for row in rows for cell in row)


@settings(max_examples=25, deadline=None, suppress_health_check=SHARED)
@given(lead=st.sampled_from(LEADS), offer=TYPED, name=TYPED.filter(lambda t: t.strip()))
def test_the_directory_csv_quotes_dangerous_texts_and_reads_them_back(
    services: Services, tmp_path: Path, lead: str, offer: str, name: str
) -> None:
    number = next(MINUTES)
    sheet = services.directory.save(
        PartnerSheet(
            None,
            f"{lead if lead.strip() else '@'}X{number}",
            lead + name,
            offer=lead + offer,
            address=f"{lead}1 rue",
            age_min=3,
        )
    )
    path = tmp_path / "annuaire.csv"
    services.directory.export_csv(path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert not any(cell.startswith(tuple(DANGEROUS)) for row in rows for cell in row.values())
    (mine,) = [row for row in rows if row["acronym"] == safe_text(sheet.acronym)]
    assert mine["offer"] == safe_text(sheet.offer) and mine["age_min"] == "3"
    before = services.directory.sheets()
    services.directory.import_csv(path)
    assert services.directory.sheets() == before


def test_an_imported_note_keeps_a_quote_that_is_not_an_exports(services: Services) -> None:
    services.visits_csv.import_text(
        "datetime;category;note\n2026-11-02T09:15;rights;'entre guillemets'\n2026-11-02T09:16;rights;'=1+1\n"
    )
    notes = sorted(v.note for v in services.visits.between(datetime(2026, 11, 2), datetime(2026, 11, 3)))
    assert notes == ["'entre guillemets'", "=1+1"]


@given(lead=st.sampled_from(LEADS), rest=TYPED)
def test_the_visits_writer_quotes_every_dangerous_lead_and_the_reader_undoes_it(lead: str, rest: str) -> None:
    note = lead + rest
    visit = VisitLine(
        "3f1c0a52-0000-4000-8000-000000000001",
        datetime(2026, 11, 2, 9, 15),
        (lead + "code", "label"),
        (),
        Channel.WALK_IN,
        Outcome.ORIENTED,
        "@CAF",
        None,
        None,
        lead + "quartier",
        "",
        note,
    )
    stream = io.StringIO(newline="")
    write_visits_csv([visit], stream, FRENCH, with_notes=True, codes=True)
    rows = list(csv.reader(io.StringIO(stream.getvalue(), newline=""), delimiter=";"))
    assert rows[1][2] == "'" + lead + "code" and rows[1][4:7] == ["walk_in", "oriented", "'@CAF"]
    assert rows[1][9] == "'" + lead + "quartier" and rows[1][11] == "'" + note
    read = list(csv_rows(io.StringIO(stream.getvalue(), newline=""), ";"))
    assert read[1][1][11] == note.strip() and read[1][1][2] == (lead + "code").strip()
    assert read[1][1][9] == (lead + "quartier").strip()
