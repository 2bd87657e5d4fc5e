"""Statistics right to the unit: every figure checked against plain Python over the rows inserted."""

from __future__ import annotations

import io
import json
import os
import random
import uuid
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.__main__ import main
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.services.statistics_outputs import StatisticsOutputs, statistics_dict

FRENCH = load_catalog("fr").translate
CODES = [
    "rights",
    "finance",
    "admin",
    "jobs",
    "health",
    "childcare",
    "legal",
    "parenting",
    "housing",
    "training",
    "other",
]
CHANNELS = ["walk_in", "phone", "email", "appointment"]
PARTNERS = [("CAF", "CAF de Côte-d'Or"), ("CRESUS", "CRESUS Bourgogne"), ("PLIE", "PLIE (emploi)")]


def french_percent(count: int, total: int) -> str:
    """Written independently of the app: one decimal, a comma, a space and %.

    The PDF prints a narrow no-break space (U+202F); text extraction gives it back as a
    space, so the extracted text is compared with plain spaces (see pdf_text).
    """
    value = f"{count / total * 100:.1f}" if total else "0.0"
    return value.replace(".", ",") + " %"


def french_integer(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def make_rows(seed: int, count: int, first: date, days: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        day = first + timedelta(days=rng.randrange(days))
        moment = datetime(day.year, day.month, day.day, rng.choice([9, 10, 11, 14, 15, 16]), rng.randrange(60))
        partner = rng.choice([None, None, *[p[0] for p in PARTNERS]])
        rows.append(
            {
                "datetime": moment,
                "category": rng.choice([*CODES[:6], "rights", "rights"]),
                "channel": rng.choice(CHANNELS),
                "orientation": partner,
            }
        )
    return rows


def import_rows(services: Services, rows: list[dict]) -> None:
    # Each row is a visit of its own: with an id, a later example's identical row is not taken for it.
    lines = ["id;datetime;category;channel;orientation"]
    lines += [
        f"{uuid.uuid4()};{r['datetime']:%Y-%m-%dT%H:%M};{r['category']};{r['channel']};{r['orientation'] or ''}"
        for r in rows
    ]
    services.visits_csv.import_text("\n".join(lines) + "\n")


@pytest.fixture
def partners(services: Services) -> None:
    for acronym, name in PARTNERS:
        services.organisations.add(acronym, name)


@pytest.fixture
def dataset(services: Services, partners, clock) -> list[dict]:
    clock.current = datetime(2026, 12, 2, 12, 0)
    rows = make_rows(7, 420, date(2025, 10, 1), 425)  # October 2025 to November 2026
    import_rows(services, rows)
    return rows


def expected_for(rows: list[dict], period: Period) -> dict:
    inside = [r for r in rows if period.first <= r["datetime"].date() <= period.last]
    before = period.year_before()
    earlier = [r for r in rows if before.first <= r["datetime"].date() <= before.last]
    return {
        "total": len(inside),
        "previous_total": len(earlier),
        "categories": Counter(r["category"] for r in inside),
        "previous": Counter(r["category"] for r in earlier),
        "channels": Counter(r["channel"] for r in inside),
        "orientation": Counter(r["orientation"] for r in inside if r["orientation"]),
        "outcome_oriented": sum(1 for r in inside if r["orientation"]),
        "matrix": Counter((r["datetime"].weekday(), r["datetime"].hour) for r in inside),
    }


def test_the_json_figures_are_right_to_the_unit(services, dataset) -> None:
    period = Period.month(2026, 11)
    expected = expected_for(dataset, period)
    data = statistics_dict(StatisticsService(services.db, services.ctx).compute(period, FRENCH))
    assert data["total"] == expected["total"] > 0
    assert data["previous_total"] == expected["previous_total"] > 0
    assert {c["code"]: c["count"] for c in data["by_category"] if c["count"]} == dict(expected["categories"])
    assert {c["code"]: c["previous"] for c in data["by_category"] if c["previous"]} == dict(expected["previous"])
    for line in data["by_category"]:
        assert line["share"] == round(expected["categories"][line["code"]] / expected["total"], 6)
    assert {c["code"]: c["count"] for c in data["by_channel"]} == {c: expected["channels"][c] for c in CHANNELS}
    assert {c["code"]: c["count"] for c in data["by_orientation"]} == dict(expected["orientation"])
    outcomes = {c["code"]: c["count"] for c in data["by_outcome"]}
    assert (
        outcomes["oriented"] == expected["outcome_oriented"]
        and outcomes["answered"] == expected["total"] - expected["outcome_oriented"]
    )
    assert {(m["weekday"], m["hour"]): m["count"] for m in data["weekday_hour"]} == dict(expected["matrix"])
    assert data["change"] == round((expected["total"] - expected["previous_total"]) / expected["previous_total"], 6)


def test_the_cli_json_is_the_same(services, dataset, db_path, capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["--db", str(db_path), "stats", "--from", "2026-11-01", "--to", "2026-11-30"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = expected_for(dataset, Period.month(2026, 11))
    assert data["total"] == expected["total"]
    assert [{"code", "label", "count", "share", "previous"} <= set(c) for c in data["by_category"]] == [True] * len(
        data["by_category"]
    )


def pdf_text(data: bytes) -> str:
    """The text of every page, with no-break spaces as plain spaces."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def flat(text: str) -> str:
    """The text as one line: sentences that wrapped in the PDF read whole again."""
    return " ".join(text.split())


def test_the_monthly_sheet_prints_every_figure_right(services, dataset) -> None:
    period = Period.month(2026, 11)
    expected = expected_for(dataset, period)
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    data = outputs.monthly_pdf(period, FRENCH, FRENCH_NUMBERS)
    text = pdf_text(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) <= 2
        fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert "Statistiques de l'accueil — novembre 2026" in text
    labels = {c.code: c.label for c in services.categories.list()}
    lines = text.splitlines()
    for code, count in expected["categories"].items():
        line = next(line for line in lines if line.startswith(labels[code] + " "))
        assert (
            f" {french_integer(count)} {french_percent(count, expected['total'])} {expected['previous'][code]}" in line
        ), line
    total_line = next(line for line in lines if line.startswith("Total "))
    assert total_line.startswith(f"Total {french_integer(expected['total'])} 100,0 % {expected['previous_total']}")
    change = (expected["total"] - expected["previous_total"]) / expected["previous_total"] * 100
    assert f"{'+' if change > 0 else ''}{change:.1f}".replace(".", ",") + " %" in total_line
    for acronym, count in expected["orientation"].items():
        assert any(
            line.startswith(acronym) and f" {count} {french_percent(count, expected['outcome_oriented'])}" in line
            for line in lines
        )
    assert "page 1 / " in text and "Édité le 02/12/2026 à 12:00" in text


def test_the_annual_review_pdf_and_workbook_agree(services, dataset, clock) -> None:
    clock.current = datetime(2027, 1, 4, 9, 0)  # the year is over: compared with the whole year before
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    period = Period.year(2026)
    expected = expected_for(dataset, period)
    text = pdf_text(outputs.annual_pdf(2026, FRENCH, FRENCH_NUMBERS))
    workbook = openpyxl.load_workbook(io.BytesIO(outputs.annual_xlsx(2026, FRENCH, FRENCH_NUMBERS)))
    assert {"Années", "Motifs", "Mois", "Orientations", "Permanences", "Bureaux"} <= set(workbook.sheetnames)
    years = {row[0]: row[1] for row in workbook["Années"].iter_rows(min_row=2, values_only=True)}
    per_year = Counter(r["datetime"].year for r in dataset)
    assert years == {2024: None, 2025: per_year[2025], 2026: per_year[2026]}  # 2024: before counting began
    requests = {row[0]: row for row in workbook["Motifs"].iter_rows(min_row=2, values_only=True) if row[0]}
    labels = {c.code: c.label for c in services.categories.list()}
    for code, count in expected["categories"].items():
        assert requests[code][2] == count
        assert requests[code][3] == pytest.approx(count / expected["total"])
        assert requests[code][4] == expected["previous"][code]
        line = next(line for line in text.splitlines() if line.startswith(labels[code] + " "))
        assert f" {french_integer(count)} {french_percent(count, expected['total'])} " in line
    assert workbook["Motifs"]["D2"].number_format == "0.0%"
    months = {row[0]: row[1] for row in workbook["Mois"].iter_rows(min_row=2, values_only=True)}
    assert sum(months.values()) == expected["total"] and len(months) == 12
    by_month = Counter(r["datetime"].month for r in dataset if r["datetime"].year == 2026)
    assert months["Novembre"] == by_month[11]
    assert f"2026 {french_integer(per_year[2026])}" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), count=st.integers(0, 150))
def test_shares_add_up_and_counts_make_the_total(services, partners, clock, seed, count) -> None:
    clock.current = datetime(2026, 12, 2, 12, 0)
    before = StatisticsService(services.db, services.ctx).compute(Period.month(2026, 3), FRENCH, permanences=False)
    rows = make_rows(seed, count, date(2026, 3, 1), 31)
    if rows:
        import_rows(services, rows)
    stats = StatisticsService(services.db, services.ctx).compute(Period.month(2026, 3), FRENCH, permanences=False)
    assert stats.total == before.total + count
    for breakdown in (stats.by_category, stats.by_channel, stats.by_outcome):
        assert sum(line.count for line in breakdown) == stats.total
        if stats.total:
            rounded = [round(line.share * 100, 1) for line in breakdown]
            assert abs(sum(rounded) - 100) <= 0.05 * len(rounded) + 1e-9
    assert sum(stats.weekday_hour.values()) == stats.total


def test_the_seed_review_2008_is_reproduced(services, clock) -> None:
    """About 6,000 visits in 2008, +4.5 % a year, 39/12/11/7/6 %: the Dijon annual review."""
    clock.current = datetime(2009, 1, 10, 10, 0)
    load_demo(
        services.db, services.ctx, until=datetime(2008, 12, 31, 18, 0), years=3, per_year=6000, annual_growth=0.045
    )
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    review = outputs.statistics.annual_review(2008, FRENCH)
    totals = dict(review.totals_by_year)
    assert abs(totals[2008] - 6000) < 250  # "nearly 6,000 visits a year"
    for year, growth in review.growth():
        assert abs(growth - 0.045) < 0.035, (year, growth)
    assert abs(review.average_growth() - 0.045) < 0.025
    shares = {line.code: line.share for line in review.statistics.by_category}
    for code, share in {"rights": 0.39, "finance": 0.12, "admin": 0.11, "jobs": 0.07, "health": 0.06}.items():
        assert abs(shares[code] - share) < 0.015, code
    text = pdf_text(outputs.annual_pdf(2008, FRENCH, FRENCH_NUMBERS))
    assert f"2008 {french_integer(totals[2008])}" in text
    rights = next(line for line in review.statistics.by_category if line.code == "rights")
    assert (
        f"Accès aux droits sociaux {french_integer(rights.count)} {french_percent(rights.count, review.statistics.total)}"
        in text
    )


def test_an_empty_month_prints_a_valid_sheet_that_says_so(services) -> None:
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    text = flat(pdf_text(outputs.monthly_pdf(Period.month(2019, 2), FRENCH, FRENCH_NUMBERS)))
    assert "Aucune visite n'a été enregistrée en février 2019." in text
    assert "Total 0 0,0 % 0" not in text  # no comparison with a year that has no data
    stats = StatisticsService(services.db, services.ctx).compute(Period.month(2019, 2), FRENCH)
    assert not stats.known and stats.previous_total is None and stats.change is None


def test_a_year_before_any_data(services) -> None:
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx))
    text = flat(pdf_text(outputs.annual_pdf(2001, FRENCH, FRENCH_NUMBERS)))
    not_known = FRENCH("StatisticsSheet", "The figures of {year} are not known: nothing is counted yet.")
    assert not_known.format(year=2001) in text and "Croissance annuelle moyenne sur 2 ans : n.d." in text
    workbook = openpyxl.load_workbook(io.BytesIO(outputs.annual_xlsx(2001, FRENCH, FRENCH_NUMBERS)))
    assert [row[1] for row in workbook["Années"].iter_rows(min_row=2, values_only=True)] == [None, None, None]


def test_a_backwards_period_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2026, 11, 30), date(2026, 11, 1))
    assert caught.value.render(FRENCH) == "La période se termine (01/11/2026) avant de commencer (30/11/2026)."


def test_the_same_period_a_year_earlier() -> None:
    assert Period.month(2024, 2).year_before() == Period.month(2023, 2)
    assert Period(date(2024, 2, 29), date(2024, 3, 5)).year_before() == Period(date(2023, 2, 28), date(2023, 3, 5))
    assert Period.week(date(2026, 12, 30)).year_before().first == date(2025, 12, 22)  # week 53 -> week 52


@pytest.mark.parametrize(
    "args, message",
    [
        (["stats", "--from", "2026-12-01", "--to", "2026-11-01"], "La période se termine"),
        (["report", "monthly", "2026-13", "-o", "{home}/m.pdf"], "n'est pas un mois"),
        (["report", "annual", "deux-mille", "-o", "{home}/a.pdf"], "n'est pas une année"),
        (["report", "annual", "2026", "-o", "{home}/a.odt"], "s'écrit en .pdf ou en .xlsx"),
        (["report", "monthly", "2026-11", "-o", "{home}/missing/m.pdf"], "ne peut pas être écrit"),
    ],
)
def test_report_commands_bad_input(home: Path, cli_db: Path, capsys, args, message) -> None:
    code = main(["--db", str(cli_db), *[a.format(home=home) for a in args]])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
    assert not list(home.glob("*.pdf")) and not list(home.glob("**/*.part"))


def test_report_commands_write_their_files(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert main(["--db", db, "demo", "--years", "0.2"]) == 0
    assert main(["--db", db, "report", "annual", "2026", "-o", str(home / "bilan.xlsx")]) == 0
    assert main(["--db", db, "report", "annual", "2026", "-o", str(home / "bilan.pdf")]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "stats",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--format",
                "csv",
                "-o",
                str(home / "s.csv"),
            ]
        )
        == 0
    )
    csv_text = (home / "s.csv").read_bytes().decode("utf-8-sig")
    assert csv_text.startswith("section;code;label;count;share\r\ntotal;;;")
    assert (home / "bilan.pdf").read_bytes().startswith(b"%PDF") and (home / "bilan.xlsx").stat().st_size > 4000


def test_printing_without_a_print_system_keeps_the_pdf(home: Path, cli_db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(home))  # no lp on this PATH: as on a machine without CUPS
    code = main(["--db", str(cli_db), "report", "monthly", "2026-11", "--print"])
    _out, err = capsys.readouterr()
    saved = home / "data" / "maison-solidarite" / "reports" / "statistiques-2026-11.pdf"
    assert code == 2 and "Aucun système d'impression" in err and str(saved) in err
    assert saved.read_bytes().startswith(b"%PDF")


PRINTER = os.environ.get("MAISON_SOLIDARITE_TEST_PRINTER", "").split()
needs_cups = pytest.mark.skipif(not PRINTER, reason="no CUPS test printer: run packaging/test-cups.sh as root")


@needs_cups
def test_printing_to_a_real_cups_printer(cli_db: Path, capsys) -> None:
    name, _folder = PRINTER
    code = main(["--db", str(cli_db), "report", "monthly", "2026-11", "--print", "--printer", name])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Envoyé à l'imprimante" in out and f"{name}-" in out  # CUPS's "request id is maison-test-N"


@needs_cups
@pytest.mark.parametrize("refusal", ["absent", "rejecting"])
def test_a_printer_that_is_absent_or_refuses_gives_a_french_message(home: Path, cli_db: Path, capsys, refusal) -> None:
    import subprocess

    name, _folder = PRINTER
    target = "imprimante-inconnue" if refusal == "absent" else name
    if refusal == "rejecting":
        subprocess.run(["cupsreject", name], check=True)
    try:
        code = main(["--db", str(cli_db), "report", "monthly", "2026-11", "--print", "--printer", target])
    finally:
        subprocess.run(["cupsaccept", name], check=True)
    err = capsys.readouterr().err
    assert code == 2 and f"L'imprimante {target} a refusé le document" in err and "Le PDF est enregistré" in err
    assert (home / "data" / "maison-solidarite" / "reports" / "statistiques-2026-11.pdf").exists()


def test_french_number_formats() -> None:
    from maison_solidarite.domain.statistics import ENGLISH_NUMBERS

    assert FRENCH_NUMBERS.integer(6000) == "6\u202f000" and FRENCH_NUMBERS.integer(1234567) == "1\u202f234\u202f567"
    assert FRENCH_NUMBERS.percent(0.39) == "39,0\u202f%" and FRENCH_NUMBERS.percent(0.0449) == "4,5\u202f%"
    assert (
        FRENCH_NUMBERS.change(0.045, "n.d.") == "+4,5\u202f%"
        and FRENCH_NUMBERS.change(-0.1234, "n.d.") == "-12,3\u202f%"
    )
    assert FRENCH_NUMBERS.change(None, "n.d.") == "n.d." and FRENCH_NUMBERS.change(0.0, "n.d.") == "0,0\u202f%"
    assert FRENCH_NUMBERS.number(1618.5) == "1\u202f618,5"
    assert ENGLISH_NUMBERS.integer(6000) == "6,000" and ENGLISH_NUMBERS.percent(0.39) == "39.0%"


def test_accents_oe_and_euro_come_out_on_paper(services, dataset) -> None:
    other = next(c for c in services.categories.list() if c.code == "rights")
    services.categories.rename(other.id, "Aides d'urgence (œuvres, chèques de 15 €)")
    data = StatisticsOutputs(StatisticsService(services.db, services.ctx)).monthly_pdf(
        Period.month(2026, 11), FRENCH, FRENCH_NUMBERS
    )
    text = pdf_text(data)
    assert "Aides d'urgence (œuvres, chèques de 15 €)" in text
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = {c["text"]: c["fontname"] for page in pdf.pages for c in page.chars}
    assert chars["œ"].endswith("DejaVuSans") and chars["€"].endswith("DejaVuSans") and chars["è"].endswith("DejaVuSans")
