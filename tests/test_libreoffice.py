"""The files a coordinator opens in a spreadsheet, read by a real one: LibreOffice, headless.

The annual review's workbook is converted to CSV by LibreOffice, sheet by sheet, and each
sheet compared with what openpyxl reads and with the review's PDF. The visits export and
the month's figures (CSV) are opened as a French spreadsheet opens them, and the counts it
reads compared with the monthly sheet's PDF. Skipped, saying why, only where LibreOffice is
not installed: ``make test`` installs it on Debian (packaging/test-libreoffice.sh).
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import subprocess
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.domain.visits import AgeBand, Channel, Outcome
from maison_solidarite.domain.visits_file import COLUMNS
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed: make test installs it on Debian as root (packaging/test-libreoffice.sh)",
)
FRENCH = load_catalog("fr").translate
HEADERS = {("VisitsFile", english): french for _code, english, french in COLUMNS}
CODES = ["rights", "finance", "admin", "jobs", "health", "housing", "legal"]
PARTNERS = [("CAF", "CAF de Côte-d'Or"), ("CRESUS", "CRESUS Bourgogne"), ("PLIE", "PLIE (emploi)")]
FRENCH_CSV = "CSV:59,34,76,1,,1036"  # ";", '"', UTF-8, from line 1, French (France)
EVERY_SHEET = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"


def french(context: str, source: str) -> str:
    return HEADERS.get((context, source)) or FRENCH(context, source)


def soffice(
    tmp_path: Path, files: list[Path], convert_to: str, infilter: str | None = None, *, french: bool = False
) -> Path:
    """Convert ``files`` in one LibreOffice run, with a profile of its own; the output folder.

    ``french``: LibreOffice set up for France, as a coordinator's is (dates written 02/11/26)."""
    out = tmp_path / "libreoffice"
    command = [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"]
    command += [f"--infilter={infilter}"] if infilter else []
    command += ["--convert-to", convert_to, "--outdir", str(out), *map(str, files)]
    env = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"} if french else None
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)
    return out


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def french_integer(value: int) -> str:
    return f"{value:,}".replace(",", " ")


@pytest.fixture
def visits(services: Services, clock) -> list[tuple[datetime, str]]:
    """Visits from October 2025 to November 2026, imported as a coordinator would."""
    clock.current = datetime(2027, 1, 4, 9, 0)  # 2026 is over
    for acronym, name in PARTNERS:
        services.organisations.add(acronym, name)
    rng = random.Random(16)
    rows = []
    for _ in range(360):
        day = date(2025, 10, 1) + timedelta(days=rng.randrange(425))
        at = datetime.combine(day, time(rng.choice([9, 10, 11, 14, 15, 16]), rng.randrange(60)))
        rows.append((at, rng.choice(CODES), rng.choice(["", "", *(p[0] for p in PARTNERS)])))
    lines = [f"{uuid.uuid4()};{at:%Y-%m-%d};{at:%H:%M};{code};{partner}" for at, code, partner in rows]
    services.visits_csv.import_text("id;date;time;category;orientation\n" + "\n".join(lines) + "\n")
    return [(at, code) for at, code, _partner in rows]


def cell_text(value: object) -> str:
    """A cell as LibreOffice writes it to CSV with its values unformatted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def same_cell(mine: str, theirs: str) -> bool:
    """Equal, numbers to 1e-9 (a share LibreOffice writes as a percentage, "39.5%", included)."""
    try:
        value = float(theirs[:-1]) / 100 if theirs.endswith("%") else float(theirs)
        return abs(float(mine) - value) <= 1e-9 * max(1.0, abs(value))
    except ValueError:
        return mine == theirs


def test_libreoffice_reads_the_annual_review_workbook_as_openpyxl_and_the_pdf_do(
    services: Services, visits, tmp_path: Path
) -> None:
    outputs = services.statistics_outputs
    workbook_path = tmp_path / "bilan-2026.xlsx"
    workbook_path.write_bytes(outputs.annual_xlsx(2026, FRENCH, FRENCH_NUMBERS))
    text = pdf_text(outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS))
    out = soffice(tmp_path, [workbook_path], EVERY_SHEET)

    workbook = openpyxl.load_workbook(workbook_path)
    read: dict[str, list[list[str]]] = {}
    for sheet in workbook.worksheets:
        with (out / f"bilan-2026-{sheet.title}.csv").open(encoding="utf-8", newline="") as stream:
            read[sheet.title] = theirs = [row for row in csv.reader(stream, delimiter=";") if any(row)]
        mine = [
            [cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)
        ]
        assert len(theirs) == len(mine), sheet.title
        for my_row, their_row in zip(mine, theirs, strict=True):
            my_row += [""] * (len(their_row) - len(my_row))
            their_row += [""] * (len(my_row) - len(their_row))
            assert all(same_cell(a, b) for a, b in zip(my_row, their_row, strict=True)), (
                sheet.title,
                my_row,
                their_row,
            )

    assert sum(len(sheet) for sheet in read.values()) > 20  # the review's tables, not an empty workbook
    # The figures LibreOffice reads are the PDF's: the year's requests, and its total.
    year = [code for at, code in visits if at.year == 2026]
    labels = {c.code: c.label for c in services.categories.list()}
    rows = [row for sheet in read.values() for row in sheet]
    lines = text.splitlines()
    for code, count in Counter(year).items():
        assert any(labels[code] in row or code in row for row in rows if str(count) in row), code
        assert any(line.startswith(labels[code] + " ") and f" {french_integer(count)} " in line for line in lines)
    assert any(str(len(year)) in row for row in rows) and french_integer(len(year)) in text


def test_a_french_spreadsheet_reads_the_visits_export_and_the_months_figures_as_the_monthly_sheet_prints_them(
    services: Services, visits, tmp_path: Path
) -> None:
    november = [(at, code) for at, code in visits if (at.year, at.month) == (2026, 11)]
    exported = tmp_path / "visites-novembre.csv"
    assert services.visits_csv.export_file(date(2026, 11, 1), date(2026, 11, 30), exported, translate=french) == len(
        november
    )
    period = Period.month(2026, 11)
    figures = tmp_path / "chiffres-novembre.csv"
    figures.write_text(services.statistics_outputs.as_csv(period, FRENCH, FRENCH_NUMBERS), encoding="utf-8-sig")
    out = soffice(tmp_path, [exported, figures], "xlsx", infilter=FRENCH_CSV)

    sheet = openpyxl.load_workbook(out / "visites-novembre.xlsx").active
    assert sheet is not None
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:3] == ("Date", "Heure", "Motif") and header[-1] == "Identifiant" and len(header) == 12
    assert len(rows) == len(november)
    # A date and a time to the spreadsheet, not texts: the coordinator sorts and groups by them.
    assert all(isinstance(row[0], datetime) and isinstance(row[1], time) for row in rows)
    assert sorted(datetime.combine(row[0].date(), row[1]) for row in rows) == sorted(at for at, _code in november)
    labels = {c.code: c.label for c in services.categories.list()}
    by_request = Counter(row[2] for row in rows)
    assert by_request == Counter(labels[code] for _at, code in november)

    lines = pdf_text(services.statistics_outputs.monthly_pdf(period, FRENCH, FRENCH_NUMBERS)).splitlines()
    for label, count in by_request.items():
        assert any(line.startswith(label + " ") and f" {french_integer(count)} " in line for line in lines), label
    month = openpyxl.load_workbook(out / "chiffres-novembre.xlsx").active
    assert month is not None
    counts = {(row[0], row[1]): row[3] for row in month.iter_rows(min_row=2, values_only=True)}
    assert counts[("total", None)] == len(november)
    assert {code: counts[("category", code)] for code in CODES if counts[("category", code)]} == dict(
        Counter(code for _at, code in november)
    )


def test_an_export_opened_and_saved_again_in_a_french_spreadsheet_is_imported_whole(
    services: Services, visits, category_ids, tmp_path: Path, clock
) -> None:
    """What a coordinator does: she opens the export in LibreOffice, saves it as CSV there
    (dates as 02/11/26, no byte-order mark), and another database imports it: the same file
    comes out of it."""
    partners = {org.acronym: org.id for org in services.organisations.list()}
    services.visits.log(
        category_ids["rights"],
        datetime(2026, 11, 16, 9, 5, 42),
        secondary_ids=(category_ids["health"], category_ids["jobs"]),
        channel=Channel.PHONE,
        outcome=Outcome.APPOINTMENT,
        organisation_id=partners["CAF"],
        first_visit=True,
        age_band=AgeBand.UNDER_25,
        neighbourhood="Fontaine d'Ouche",
        note="=à rappeler; lundi",
    )
    exported, again = tmp_path / "export.csv", tmp_path / "again.csv"
    period = (date(2026, 11, 1), date(2026, 11, 30))
    count = services.visits_csv.export_file(*period, exported, with_notes=True, translate=french)
    saved = soffice(tmp_path, [exported], f"csv:Text - txt - csv (StarCalc):{FRENCH_CSV[4:]}", FRENCH_CSV, french=True)
    resaved = (saved / "export.csv").read_bytes()
    assert not resaved.startswith(b"\xef\xbb\xbf") and b"\n16/11/26;09:05:42;" in resaved  # LibreOffice's own way

    prepared = prepare_database(str(tmp_path / "other.sqlite3"), tmp_path / "b2", busy_timeout_ms=2000)
    try:
        other = Services.create(prepared.db, DeskContext("desk-2", "b", clock, role=Role.ADMINISTRATOR))
        for acronym, name in PARTNERS:
            other.organisations.add(acronym, name)
        assert other.visits_csv.import_file(saved / "export.csv").imported == count
        other.visits_csv.export_file(*period, again, with_notes=True, translate=french)
    finally:
        prepared.db.dispose()
    assert again.read_bytes() == exported.read_bytes()
