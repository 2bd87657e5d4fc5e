"""The statistics screen: figures, periods, preview, print on a real CUPS queue, save."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from maison_solidarite.domain.statistics import Period, PeriodKind
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.statistics import StatisticsService
from maison_solidarite.ui.statistics.view import PreviewDialog, StatisticsView

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)
PRINTER = os.environ.get("MAISON_SOLIDARITE_TEST_PRINTER", "").split()


@pytest.fixture
def view(qtbot, french_app, services, clock):
    clock.current = NOW
    load_demo(services.db, services.ctx, years=1.2)
    widget = StatisticsView(services)
    with qtbot.waitSignal(widget.computed, timeout=10_000):
        show_active(qtbot, widget)
    return widget


def test_the_screen_shows_the_service_figures(qtbot, view, services) -> None:
    expected = StatisticsService(services.db, services.ctx).compute(
        Period.month(2026, 11), load_catalog("fr").translate
    )
    assert view.period == Period.month(2026, 11)
    assert view.total_label.text() == f"{expected.total:,}".replace(",", "\u202f")
    assert view.category_model.rowCount() == len(expected.by_category) + 1  # and the total line
    first = expected.by_category[0]
    assert view.category_model.index(0, 1).data() == str(first.count)
    assert view.category_model.index(view.category_model.rowCount() - 1, 0).data() == "Total"
    assert view.heat_model.rowCount() == 5


def test_period_navigation(qtbot, view) -> None:
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.period == Period.month(2026, 10)
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.kind_combo.setCurrentIndex(view.kind_combo.findData(PeriodKind.YEAR))
    assert view.period == Period.year(2026) and view.xlsx_button.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.kind_combo.setCurrentIndex(view.kind_combo.findData(PeriodKind.QUARTER))
    assert view.period == Period.quarter(2026, 1)


def test_the_models_pass_the_model_tester(qtmodeltester, view) -> None:
    for model in (
        view.category_model,
        view.channel_model,
        view.orientation_model,
        view.permanence_model,
        view.heat_model,
    ):
        qtmodeltester.check(model)


def test_preview_and_save(qtbot, view, tmp_path: Path) -> None:
    with qtbot.waitSignal(view.document_ready, timeout=20_000) as ready:
        view.make_document()
    preview = PreviewDialog(ready.args[0], "Fiche", view)
    qtbot.addWidget(preview)
    assert preview.document.pageCount() in (1, 2)
    path = tmp_path / "fiche.pdf"
    with qtbot.waitSignal(view.saved, timeout=20_000):
        view.save_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.kind_combo.setCurrentIndex(view.kind_combo.findData(PeriodKind.YEAR))
    workbook = tmp_path / "bilan.xlsx"
    with qtbot.waitSignal(view.saved, timeout=20_000):
        view.save_xlsx(workbook)
    assert workbook.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(not PRINTER, reason="no CUPS test printer: run packaging/test-cups.sh as root")
def test_printing_on_a_real_cups_printer(qtbot, view) -> None:
    name, folder = PRINTER
    before = set(Path(folder).glob("job-*")) if Path(folder).exists() else set()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    assert printer.isValid()
    with qtbot.waitSignal(view.document_ready, timeout=20_000) as ready:
        view.make_document()
    with qtbot.waitSignal(view.printed, timeout=60_000) as printed:
        view.print_document(ready.args[0], printer)
    assert printed.args[0] in (1, 2)
    qtbot.waitUntil(lambda: len(set(Path(folder).glob("job-*")) - before) == 1, timeout=30_000)
    (job,) = set(Path(folder).glob("job-*")) - before
    qtbot.waitUntil(lambda: job.stat().st_size > 10_000, timeout=30_000)
    assert job.read_bytes()[:4] in (b"%PDF", b"%!PS")


@pytest.mark.skipif(not PRINTER, reason="no CUPS test printer: run packaging/test-cups.sh as root")
def test_a_printer_that_refuses_the_job_offers_to_save_the_pdf(qtbot, view, dialogs, tmp_path: Path) -> None:
    import subprocess

    name, _folder = PRINTER
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    with qtbot.waitSignal(view.document_ready, timeout=20_000) as ready:
        view.make_document()
    dialogs.answers.append(QMessageBox.StandardButton.No)
    subprocess.run(["cupsreject", name], check=True)
    try:
        with qtbot.waitSignal(view.print_failed, timeout=30_000) as failed:
            view.print_document(ready.args[0], printer)
    finally:
        subprocess.run(["cupsaccept", name], check=True)
    assert (
        failed.args[0]
        == f"L'imprimante « {name} » n'a pas pu imprimer la fiche. L'enregistrer en PDF pour l'imprimer plus tard ?"
    )
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    assert dialogs.seen[0] == failed.args[0]
