"""The annual review as a board receives it: cover, chapters, key figures, logo, observations,
« n.d. » for what is not known, and a workbook whose figures are the PDF's."""

from __future__ import annotations

import io
import json
import subprocess
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select

from maison_solidarite.db.models import AuditRow
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.review import OBSERVATIONS_MAX, ReviewDocument, check_observations, paragraphs
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, AnnualReview, Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.reports.review_pdf import annual_review
from maison_solidarite.reports.statistics_xlsx import annual_workbook
from maison_solidarite.services import Services
from maison_solidarite.services.review import LOGO_MAX_SIDE
from tests.test_statistics import PARTNERS, flat, french_integer, import_rows, make_rows, pdf_text

FRENCH = load_catalog("fr").translate
OBSERVATIONS = (
    "L'année a été marquée par l'ouverture d'une permanence du CCAS le samedi.\n"
    "Les demandes d'aide alimentaire ont crû de 12 %.\n\n"
    "Le conseil d'administration remercie les bénévoles et les partenaires : CAF, CRESUS, PLIE."
)


def sheet(text: str) -> str:
    return FRENCH("StatisticsSheet", text)


def png(size: tuple[int, int] = (300, 120), kind: str = "PNG") -> bytes:
    image = Image.new("RGB", size, (40, 90, 160))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


@pytest.fixture
def year_of_visits(services: Services, clock) -> list[dict]:
    """October 2025 to November 2026, orientations, and a weekly permanence of each partner in 2026."""
    for acronym, name in PARTNERS:
        services.organisations.add(acronym, name)
    clock.current = datetime(2027, 1, 15, 10, 0)  # 2026 is over
    rows = make_rows(11, 360, date(2025, 10, 1), 425)
    import_rows(services, rows)
    office = services.rota.offices()[0].id
    partners = {o.acronym: o.id for o in services.organisations.list()}
    services.rota.add_series(partners["CAF"], office, 1, time(9), time(12), date(2026, 1, 6), date(2026, 12, 29))
    services.rota.add_series(partners["PLIE"], office, 3, time(14), time(17), date(2026, 3, 5), date(2026, 6, 25))
    return rows


def pdfimages(data: bytes, tmp_path: Path) -> list[int]:
    """The page of each image drawn in the PDF, as ``pdfimages -list`` gives them."""
    path = tmp_path / "review.pdf"
    path.write_bytes(data)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return [int(line.split()[0]) for line in listing.splitlines()[2:] if line.split()[2] == "image"]


def pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_review_has_its_cover_chapters_key_figures_logo_and_observations(
    services: Services, year_of_visits, tmp_path: Path
) -> None:
    services.review.set_logo(png())
    services.review.set_observations(2026, OBSERVATIONS)
    data = services.statistics_outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS)
    text = flat(pdf_text(data))
    # the cover: name, title, year, and the five key figures beside what they count
    review = services.statistics.annual_review(2026, FRENCH)
    stats = review.statistics
    in_2026 = [r for r in year_of_visits if r["datetime"].year == 2026]
    assert stats.total == len(in_2026)
    cover = flat(pdf_text(data).split("page 1 /")[0])
    assert "Maison de la Solidarité" in cover
    assert sheet("Annual review {year}").format(year=2026) in cover
    assert sheet("from 1 January to 31 December {year}").format(year=2026) in cover
    oriented = sum(1 for r in in_2026 if r["orientation"])
    held = sum(p.held for p in stats.permanences)
    assert held > 40 and {p.acronym for p in stats.permanences if p.held} == {"CAF", "PLIE"}
    growth = dict(review.growth())[2026]
    for value, label in (
        (french_integer(len(in_2026)), sheet("visits to the reception")),
        (FRENCH_NUMBERS.change(growth, "n.d.").replace("\u202f", " "), sheet("change on {year}").format(year=2025)),
        (french_integer(oriented), sheet("visitors oriented to a partner")),
        (french_integer(held), sheet("permanences held by the partners")),
        ("2", sheet("partners present in the offices")),
    ):
        assert f"{value} {label}" in cover, (value, label)
    # every chapter, numbered, in the contents and as a heading
    for number, title in enumerate(
        (
            "Visits over three years",
            "Requests",
            "Channels and outcomes",
            "Visitors' profile",
            "Orientations by partner",
            "Permanences and offices",
            "Distinct people",
            "Collective actions",
            "Partnership life",
            "Observations",
        ),
        start=1,
    ):
        assert text.count(f"{number}. {sheet(title)}") == 2, title  # contents and heading
    # the observations, paragraph by paragraph, as written
    for block in paragraphs(OBSERVATIONS):
        assert flat(block) in text
    # the logo: large on the cover, small at the head of every other page
    count = pages(data, tmp_path)
    assert count >= 6
    assert sorted(set(pdfimages(data, tmp_path))) == list(range(1, count + 1))


def pdftotext_lines(data: bytes, tmp_path: Path) -> list[str]:
    """The PDF's lines as ``pdftotext -layout`` reads them, the columns' spaces made single."""
    path = tmp_path / "text.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.replace("\u202f", " ").split()) for line in text.splitlines()]


def french(value: object, kind: str) -> str:
    """A workbook's cell as the PDF prints it, written apart from the app's own formats."""
    if value is None:
        return "n.d."  # an empty cell, with its note
    if kind == "integer":
        return f"{value:,}".replace(",", " ")
    if kind == "decimal":
        return f"{value:,.1f}".replace(",", " ").replace(".", ",")
    return f"{value * 100:.1f}".replace(".", ",") + " %"


def test_the_workbook_holds_every_table_with_the_pdf_s_figures(
    services: Services, year_of_visits, tmp_path: Path
) -> None:
    services.review.set_observations(2026, OBSERVATIONS)
    outputs = services.statistics_outputs
    data = outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS)
    text = "\n".join(pdftotext_lines(data, tmp_path))
    workbook = openpyxl.load_workbook(io.BytesIO(outputs.annual_xlsx(2026, FRENCH, FRENCH_NUMBERS)))
    names = [sheet(name) for name in ("Key figures", "Channels", "Outcomes", "Profile", "Observations", "Sources")]
    assert set(names) <= set(workbook.sheetnames) and len(workbook.sheetnames) == 17
    # each row of each table, its numbers as numbers, printed so on the PDF's line
    kinds = {
        "Motifs": (1, ["integer", "percent", "integer"]),
        sheet("Channels"): (1, ["integer", "percent"]),
        sheet("Outcomes"): (1, ["integer", "percent"]),
        sheet("Profile"): (1, ["integer", "percent"]),
        "Orientations": (1, ["integer", "percent"]),
        "Permanences": (1, ["integer", "decimal", "integer", "integer"]),
        "Bureaux": (0, ["decimal", "decimal", "percent"]),
        "Années": (0, ["integer"]),
    }
    checked = 0
    for name, (label_column, columns) in kinds.items():
        rows = list(workbook[name].iter_rows(min_row=2, values_only=True))
        assert rows, name
        for row in rows:
            values = row[label_column + 1 : label_column + 1 + len(columns)]
            assert all(isinstance(v, int | float) or (v is None and name == "Années") for v in values), row
            printed = " ".join([str(row[label_column]), *(french(v, k) for v, k in zip(values, columns, strict=True))])
            assert printed in text, (name, printed)
            checked += 1
    assert checked > 35
    key = list(workbook[sheet("Key figures")].iter_rows(min_row=2, values_only=True))
    cover = text.split("page 1 /")[0]
    for (label, value), kind in zip(key, ["integer", "percent", "integer", "integer", "integer"], strict=True):
        shown = french(value, kind)
        assert f"{'+' if kind == 'percent' and value > 0 else ''}{shown} {label}" in cover, (label, shown)
    assert workbook[sheet("Key figures")]["B3"].number_format == "0.0%"
    observations = [row[0] for row in workbook[sheet("Observations")].iter_rows(min_row=2, values_only=True)]
    assert observations == paragraphs(OBSERVATIONS)


def _review_with_unknowns() -> ReviewDocument:
    """2023 not known (counting began in 2024), nor January to March 2024."""
    from maison_solidarite.domain.statistics import Line, Statistics

    lines = [Line("rights", "Accès aux droits sociaux", 90, 0.9, 80), Line("other", "Autre demande", 10, 0.1, 20)]
    stats = Statistics(Period.year(2025), 100, 100, lines, [], [], [], {})
    totals: list[tuple[int, int | None]] = [(2023, None), (2024, 80), (2025, 100)]
    months: list[tuple[int, int | None]] = [(m, None if m < 4 else 10) for m in range(1, 13)]
    review = AnnualReview(2025, stats, totals, months)
    return ReviewDocument(review, counting_began=date(2024, 4, 2), paper_visits=212, paper_days=3)


def test_a_figure_not_known_prints_n_d_and_no_growth(services: Services) -> None:
    context = services.statistics_outputs.context(FRENCH, FRENCH_NUMBERS)
    document = _review_with_unknowns()
    text = pdf_text(annual_review(document, context))
    lines = text.splitlines()
    assert "2023 n.d. n.d." in lines
    assert "2024 80 n.d." in lines  # no growth from a year not known
    assert "2025 100 +25,0 %" in lines
    assert FRENCH("StatisticsSheet", "Average annual growth over {years} years: {growth}").format(
        years=2, growth="n.d."
    ) in flat(text)
    assert sheet("{year}: {total} visits, of which {visits} entered from paper tally sheets ({days} days).").format(
        year=2025, total=100, visits=212, days=3
    ) in flat(text)
    workbook = openpyxl.load_workbook(io.BytesIO(annual_workbook(document, context)))
    years = workbook["Années"]
    assert [c.value for c in years["B"][1:]] == [None, 80, 100]
    assert years["B2"].comment is not None and years["C3"].comment is not None  # n.d., and why
    assert years["B3"].comment is None
    months = workbook["Mois"]
    assert months["B2"].value is None and months["B2"].comment is not None and months["B5"].value == 10


def test_a_year_in_progress_says_so_on_the_cover(services: Services, clock) -> None:
    clock.current = datetime(2026, 11, 26, 16, 0)
    text = flat(pdf_text(services.statistics_outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS)))
    assert sheet("year {year} in progress, up to {day}").format(year=2026, day="26 novembre") in text
    assert sheet("change on the same days of {year}").format(year=2025) in text
    assert FRENCH("StatisticsSheet", "Visits month by month") not in text  # nothing known: no curve of « n.d. »


def test_the_logo_is_checked_reduced_and_audited_without_its_bytes(services: Services, tmp_path: Path) -> None:
    kept = services.review.set_logo(png((2400, 800)))
    assert kept is not None
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "PNG" and image.size == (LOGO_MAX_SIDE, 200)
    assert services.review.logo() == kept
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(png((200, 200), "JPEG"))
    assert services.review.set_logo_file(jpeg) != kept
    with services.db.read() as session:
        entries = list(session.scalars(select(AuditRow).where(AuditRow.entity_key == "structure_logo")))
    assert len(entries) == 2
    assert all(len(entry.after or "") < 200 for entry in entries)  # a fingerprint, not the image
    assert json.loads(entries[1].before or "{}")["bytes"] == len(kept)


@pytest.mark.parametrize(
    "content",
    [b"not an image at all", png()[:200], b"GIF89a" + bytes(40), b"\x89PNG\r\n\x1a\n" + bytes(100)],
    ids=["text", "truncated-png", "gif", "png-header-only"],
)
def test_a_bad_logo_file_gets_a_message_and_nothing_is_written(services: Services, tmp_path: Path, content) -> None:
    services.review.set_logo(png())
    before = services.review.logo()
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        services.review.set_logo_file(path)
    assert "logo.png" in refused.value.render(FRENCH)
    assert services.review.logo() == before


def test_a_logo_too_heavy_is_refused_before_it_is_read(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(b"\x89PNG" + bytes(6_000_000))
    with pytest.raises(ValidationError, match="MB"):
        services.review.set_logo_file(path)
    assert services.review.logo() is None


def test_observations_are_kept_per_year_and_audited(services: Services) -> None:
    services.review.set_observations(2025, "Première année.")
    services.review.set_observations(2026, "  Deuxième année.\r\n\r\nSuite.  ")
    assert services.review.observations(2025) == "Première année."
    assert services.review.observations(2026) == "Deuxième année.\n\nSuite."
    assert services.review.observations(2024) == ""
    services.review.set_observations(2026, "Deuxième année.\n\nSuite.")  # the same: nothing recorded
    with services.db.read() as session:
        keys = [e.entity_key for e in session.scalars(select(AuditRow).where(AuditRow.entity == "annual_review"))]
    assert keys.count("2026") == 1 and keys.count("2025") == 1
    with pytest.raises(ValidationError):
        services.review.set_observations(2026, "x" * (OBSERVATIONS_MAX + 1))
    assert services.review.observations(2026) == "Deuxième année.\n\nSuite."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="ab éœ€\n\r ", max_size=30), max_size=6))
def test_observations_keep_every_word_in_its_paragraph(blocks: list[str]) -> None:
    text = "\n\n".join(blocks)
    kept = check_observations(text)
    assert check_observations(kept) == kept  # checking twice changes nothing
    assert " ".join(" ".join(paragraphs(kept)).split()) == " ".join(text.split())
    assert all(block.strip() == block and block for block in paragraphs(kept))


def test_the_monthly_sheet_carries_the_logo_too(services: Services, year_of_visits, tmp_path: Path) -> None:
    outputs = services.statistics_outputs
    assert pdfimages(outputs.monthly_pdf(Period.month(2026, 3), FRENCH, FRENCH_NUMBERS), tmp_path) == []
    services.review.set_logo(png())
    data = outputs.monthly_pdf(Period.month(2026, 3), FRENCH, FRENCH_NUMBERS)
    assert sorted(set(pdfimages(data, tmp_path))) == list(range(1, pages(data, tmp_path) + 1))
    expected = Counter(r["category"] for r in year_of_visits if r["datetime"].strftime("%Y-%m") == "2026-03")
    assert "visites en mars 2026" in flat(pdf_text(data)) and sum(expected.values()) > 0


@pytest.mark.slow
def test_the_demonstration_s_review_says_where_its_figures_come_from(services: Services, clock) -> None:
    """Three years: the first from past totals, paper days last year; the review of last year says so."""
    from maison_solidarite.services.demo import load_demo

    clock.current = datetime(2026, 11, 26, 16, 0)
    load_demo(services.db, services.ctx)
    document = services.statistics_outputs.review_document(2025, FRENCH)
    assert document.past_total_years == (2023,) and document.paper_days == 3 and document.paper_visits > 0
    assert document.counting_began == date(2023, 1, 1) and document.in_progress_until is None
    text = flat(pdf_text(services.statistics_outputs.annual_pdf(2025, FRENCH, FRENCH_NUMBERS)))
    totals = dict(document.review.totals_by_year)
    assert all(totals[year] for year in (2023, 2024, 2025))  # no invented zero
    assert document.before_first is None and document.growth()[2023] is None  # 2022: not known
    assert document.growth()[2024] == pytest.approx(totals[2024] / totals[2023] - 1)
    assert (
        sheet("{year}: {total} visits, of which {visits} entered from paper tally sheets ({days} days).").format(
            year=2025, total=french_integer(totals[2025]), visits=document.paper_visits, days=3
        )
        in text
    )
    assert (
        sheet(
            "{years}: totals entered from the records kept before the application; their channel, hour and profile are not noted."
        ).format(years="2023")
        in text
    )
    # the monthly sheet of the month with the paper days says so too
    march = services.statistics.compute(Period.month(2025, 3), FRENCH)
    assert march.provenance is not None and march.provenance.paper == document.paper_visits
    monthly = flat(pdf_text(services.statistics_outputs.monthly_pdf(Period.month(2025, 3), FRENCH, FRENCH_NUMBERS)))
    assert (
        sheet("of which {visits} visits entered from paper tally sheets ({days} days)").format(
            visits=document.paper_visits, days=3
        )
        in monthly
    )
    # the review of 2026 computes 2024's change from 2023, a year it does not show
    current_document = services.statistics_outputs.review_document(2026, FRENCH)
    assert current_document.before_first == totals[2023]
    assert current_document.growth()[2024] == pytest.approx(totals[2024] / totals[2023] - 1)
    # the year in progress: its mean growth leaves it out, and says so
    current = flat(pdf_text(services.statistics_outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS)))
    assert (
        sheet("Average annual growth from {first} to {last} (whole years): {growth}")
        .split("{growth}")[0]
        .format(first=2024, last=2025)
        in current
    )
