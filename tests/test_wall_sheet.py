"""The month for the wall: one page, the total and the first requests in large type, from the CLI and the window."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QApplication

from maison_solidarite.__main__ import main
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.reports.wall_sheet import top_requests
from maison_solidarite.services import Services
from maison_solidarite.ui.statistics.view import StatisticsView
from maison_solidarite.ui.statistics.widgets import PreviewDialog

from .conftest import show_active, upgraded

CATALOG = load_catalog("fr")
# The sheet's own words, as the French catalogue will hold them once it is brought up to date.
NEW_WORDS = {
    ("WallSheet", "Reception — {period}"): "Accueil — {period}",
    ("WallSheet", "visits"): "passages",
    ("WallSheet", "A year earlier"): "Un an plus tôt",
    ("WallSheet", "{period}: {previous} ({change})"): "{period} : {previous} ({change})",
    ("WallSheet", "{period}: {unknown}"): "{period} : {unknown}",
    ("WallSheet", "month in progress, up to {day}"): "mois en cours, au {day}",
    ("WallSheet", "The most frequent requests"): "Les demandes les plus fréquentes",
}
OCTOBER_2026 = {"rights": 30, "housing": 20, "health": 12, "jobs": 9, "admin": 7, "finance": 5, "legal": 2}
OCTOBER_2025 = {"housing": 10, "rights": 8}


def french(context: str, text: str) -> str:
    return NEW_WORDS.get((context, text)) or CATALOG.translate(context, text)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.replace("\u202f", " ").replace("\xa0", " ").split())


def largest_type(path: Path) -> tuple[float, str]:
    """The size of the largest characters of the page, and what they say."""
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    top = max(c["size"] for c in chars)
    return top, "".join(c["text"] for c in chars if c["size"] == top).replace("\u202f", " ")


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def log_month(services: Services, year: int, counts: dict[str, int]) -> None:
    """The visits of October ``year``, spread over its weekdays at opening times."""
    ids = {c.code: c.id for c in services.categories.list()}
    days = [datetime(year, 10, 1) + timedelta(days=n) for n in range(31)]
    weekdays = [d for d in days if d.weekday() < 5]
    n = 0
    for code, count in counts.items():
        for _ in range(count):
            day = weekdays[n % len(weekdays)]
            services.visits.log(ids[code], day.replace(hour=9 + n % 7, minute=n % 60))
            n += 1


@pytest.fixture
def octobers(services: Services, clock) -> Services:
    clock.current = datetime(2026, 11, 17, 10, 0)
    log_month(services, 2025, OCTOBER_2025)
    log_month(services, 2026, OCTOBER_2026)
    return services


def test_the_wall_sheet_holds_the_total_the_year_before_and_the_five_first_requests(octobers, tmp_path) -> None:
    path = tmp_path / "mur.pdf"
    path.write_bytes(octobers.statistics_outputs.wall_pdf(Period.month(2026, 10), french, FRENCH_NUMBERS))
    assert pages(path) == 1
    text = pdf_text(path)
    assert "Accueil — octobre 2026" in text
    size, total = largest_type(path)
    assert total == "85" and size >= 80  # readable from two metres
    assert "passages" in text
    assert "octobre 2025 : 18 (+372,2 %)" in text
    for label, count, share in (
        ("Accès aux droits sociaux", 30, "35,3 %"),
        ("Logement", 20, "23,5 %"),
        ("Santé", 12, "14,1 %"),
        ("Emploi et insertion", 9, "10,6 %"),
        ("Aide administrative", 7, "8,2 %"),
    ):
        assert f"{label} {count} {share}" in text
    assert "Budget et surendettement" not in text  # the sixth request stays on the detailed sheet
    assert "en cours" not in text
    entries = octobers.audit.trail(entity="monthly_sheet")
    assert entries[-1].key == "2026-10" and "wall" in str(entries[-1].after)


def test_a_month_in_progress_says_so_and_a_year_unknown_prints_nd(octobers, clock, tmp_path) -> None:
    clock.current = datetime(2026, 10, 20, 16, 0)  # October 2026 in progress; October 2025 partly known
    path = tmp_path / "mur.pdf"
    path.write_bytes(octobers.statistics_outputs.wall_pdf(Period.month(2026, 10), french, FRENCH_NUMBERS))
    text = pdf_text(path)
    assert "mois en cours, au 20 octobre" in text
    path.write_bytes(octobers.statistics_outputs.wall_pdf(Period.month(2025, 10), french, FRENCH_NUMBERS))
    text = pdf_text(path)
    assert "octobre 2024 : n.d." in text  # before counting began: not known, no change computed
    assert largest_type(path)[1] == "18"


def test_the_first_requests_are_the_five_most_made(octobers) -> None:
    stats = octobers.statistics.compute(Period.month(2026, 10), french)
    assert [(line.code, line.count) for line in top_requests(stats)] == list(OCTOBER_2026.items())[:5]
    empty = octobers.statistics.compute(Period.month(2026, 8), french)
    assert top_requests(empty) == []


def test_the_command_line_writes_the_wall_sheet(home: Path, capsys) -> None:
    db = upgraded(home / "d.sqlite3")
    out = home / "affiche.pdf"
    assert main(["--db", str(db), "report", "monthly", "2026-10", "--wall", "-o", str(out)]) == 0
    text = pdf_text(out)
    assert pages(out) == 1
    assert "Accueil — octobre 2026" in text or "Reception — octobre 2026" in text  # before the catalogue is updated
    capsys.readouterr()
    assert main(["--db", str(db), "report", "monthly", "2026-13", "--wall", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "2026-13" in err and "Traceback" not in err


def test_the_statistics_screen_previews_the_wall_sheet(qtbot, french_app, octobers) -> None:
    view = show_active(qtbot, StatisticsView(octobers))
    view.set_period(Period.month(2026, 10))
    before = len(octobers.audit.trail(entity="monthly_sheet"))
    assert view.wall_button.text().replace("&", "")
    view.wall_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreviewDialog), timeout=5000)
    preview = QApplication.activeModalWidget()
    entries = octobers.audit.trail(entity="monthly_sheet")
    assert len(entries) == before + 1 and "wall" in str(entries[-1].after)
    preview.close()
