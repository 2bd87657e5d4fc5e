"""The statistics screen: pick a period, read its figures, preview, print or save the sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.statistics import Line, Period, PeriodKind, Statistics, number_format
from ...reports.files import write_bytes
from ...services import Services
from ...services.printing import printer_refuses
from ..fonts import emphasise
from ..forms import pydate, qdate
from ..messages import show_error
from ..tasks import Job, TaskSignals, run_in_background
from .coverage import CoverageLine, SiteChoice
from .headline import period_text, show_headline, shown
from .models import BarChart, HeatMapModel, LinesModel
from .printing import PrintFailed, ask_printer, print_pdf
from .wall import wall_sheet_button
from .widgets import PreviewDialog, figures_table, page


class StatisticsView(QWidget):
    computed = Signal()
    document_ready = Signal(bytes)
    printed = Signal(int)  # pages
    print_failed = Signal(str)  # the message shown
    saved = Signal(str)  # path

    def __init__(self, services: Services, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self._services = services
        self._statistics = self._outputs = self.sites = SiteChoice(services)  # this site, or every one
        self._numbers = number_format(language)
        self.statistics: Statistics | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)

        self._build_picker()
        self._build_figures()
        self._lay_out()
        self._connect()
        # One document at a time: its buttons wait while it is made, printed or saved.
        self.job = Job(
            self, self.preview_button, self.print_button, self.save_button, self.wall_button, self.xlsx_button
        )
        self.job.ended.connect(self._on_job_ended)
        self._stale = True  # computed when first shown, not while the window opens
        self.set_period(Period.containing(PeriodKind.MONTH, services.ctx.now().date()))

    def _build_picker(self) -> None:
        self.kind_combo = QComboBox()
        for kind, label in (
            (PeriodKind.DAY, self.tr("Day")),
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.CUSTOM, self.tr("Chosen dates")),
        ):
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setAccessibleName(self.tr("Kind of period"))
        self.previous_button = QPushButton(self.tr("◀"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(button.sizeHint().height() * 2)  # grows with the text size
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        self.first_edit.setAccessibleName(self.tr("First day"))
        self.last_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.show_button = QPushButton(self.tr("&Show"))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setWordWrap(True)
        emphasise(self.period_label, 1.45)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        emphasise(self.total_label, 2.4)
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.coverage = CoverageLine(self._services, self.sites, self)

        self.preview_button = QPushButton(self.tr("&Preview the sheet…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.xlsx_button = QPushButton(self.tr("E&xport the review (xlsx)…"))
        self.wall_button = wall_sheet_button(self)  # the period on one page, in large type

    def _build_figures(self) -> None:
        self.category_model = LinesModel(self._numbers, self)
        self.channel_model = LinesModel(self._numbers, self)
        self.outcome_model = LinesModel(self._numbers, self)
        self.orientation_model = LinesModel(self._numbers, self)
        self.permanence_model = LinesModel(self._numbers, self)
        self.heat_model = HeatMapModel(self._numbers, self)
        self.chart = BarChart(self._numbers)
        self.category_table = figures_table(self.category_model, "categoryTable", self.tr("Visits by request"))
        heat_table = figures_table(self.heat_model, "heatTable", self.tr("Visits by weekday and hour"))
        heat_table.verticalHeader().show()
        heat_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        requests_page = page(QVBoxLayout(), (self.category_table, 3), (self.chart, 2))
        channel_page = page(
            QHBoxLayout(),
            (figures_table(self.channel_model, "channelTable", self.tr("Visits by channel")), 1),
            (figures_table(self.outcome_model, "outcomeTable", self.tr("Visits by outcome")), 1),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(requests_page, self.tr("Requests"))
        self.tabs.addTab(heat_table, self.tr("Days and hours"))
        self.tabs.addTab(channel_page, self.tr("Channel and outcome"))
        self.tabs.addTab(
            figures_table(self.orientation_model, "orientationTable", self.tr("Orientations by partner")),
            self.tr("Orientations"),
        )
        self.tabs.addTab(
            figures_table(self.permanence_model, "permanenceTable", self.tr("Permanences held")), self.tr("Permanences")
        )

    def _lay_out(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period:")))
        row = (self.kind_combo, self.previous_button, self.next_button, self.first_edit, QLabel("–"), self.last_edit)
        for widget in (*row, self.show_button):
            picker.addWidget(widget)
        picker.addSpacing(12)
        picker.addWidget(self.period_label, 1)
        figures = QGridLayout()
        figures.addWidget(self.total_label, 0, 0)
        figures.addWidget(self.change_label, 0, 1)
        figures.addWidget(self.coverage, 1, 0, 1, 2)  # which desks, on a desk that joined a hub
        figures.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button, self.wall_button, self.xlsx_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addLayout(figures)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PeriodKind.MONTH))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.coverage.changed.connect(self.refresh)

    # -- the period ----------------------------------------------------------------
    def set_period(self, period: Period) -> None:
        self.period = period
        self.first_edit.setDate(qdate(period.first))
        self.last_edit.setDate(qdate(period.last))
        custom = period.kind == PeriodKind.CUSTOM
        for widget in (self.first_edit, self.last_edit, self.show_button):
            widget.setEnabled(custom)
        self.xlsx_button.setEnabled(period.kind == PeriodKind.YEAR and not self.job.running)
        self.period_label.setText(period_text(period))
        self.refresh()

    def _on_job_ended(self) -> None:
        self.xlsx_button.setEnabled(self.period.kind == PeriodKind.YEAR)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        period, translate = self.period, QCoreApplication.translate
        signals = run_in_background(lambda _progress: self._statistics.compute(period, translate), self)
        signals.finished.connect(self._on_computed)
        signals.failed.connect(self._on_failed)

    def _on_kind_combo_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if kind == PeriodKind.CUSTOM:
            self.set_period(Period(self.period.first, self.period.last, PeriodKind.CUSTOM))
        else:
            self.set_period(Period.containing(kind, self.period.first))

    def _step(self, direction: int) -> None:
        kind = self.period.kind
        if kind == PeriodKind.CUSTOM:
            length = timedelta(days=self.period.days)
            self.set_period(Period(self.period.first + direction * length, self.period.last + direction * length, kind))
            return
        anchor = self.period.first - timedelta(days=1) if direction < 0 else self.period.last + timedelta(days=1)
        self.set_period(Period.containing(kind, anchor))

    def _on_show_button_clicked(self) -> None:
        try:
            self.set_period(Period(pydate(self.first_edit.date()), pydate(self.last_edit.date()), PeriodKind.CUSTOM))
        except UserError as exc:
            show_error(self, exc)

    # -- showing -------------------------------------------------------------------
    def _on_computed(self, stats: Statistics) -> None:
        if stats.period != self.period:
            return  # an older request finished after a newer one
        self.statistics = stats
        self.coverage.refresh()
        today = self._services.ctx.now().date()
        show_headline(self.period_label, self.total_label, self.change_label, stats, self._numbers, today)
        stats = shown(stats)  # a period not known: no breakdown of invented zeros

        def sheet(text: str) -> str:  # one short name for the sheet's many labels
            return QCoreApplication.translate("StatisticsSheet", text)

        total = Line("", sheet("Total"), stats.total, 1.0 if stats.total else 0.0, stats.previous_total)
        shown_total = total if stats.known else None  # no total of 0 for a period not known
        self.category_model.set_lines(
            stats.by_category,
            [sheet("Request"), sheet("Visits"), sheet("Share"), sheet("A year earlier"), sheet("Change")],
            compared=stats.previous_total is not None,
            total=shown_total,
        )
        self.channel_model.set_lines(stats.by_channel, [sheet("Channel"), sheet("Visits"), sheet("Share")])
        self.outcome_model.set_lines(stats.by_outcome, [sheet("Outcome"), sheet("Visits"), sheet("Share")])
        self.orientation_model.set_lines(
            stats.by_orientation, [sheet("Partner"), sheet("Visitors oriented"), sheet("Share of orientations")]
        )
        held_total = sum(p.held for p in stats.permanences) or 1
        self.permanence_model.set_lines(
            [Line(p.acronym, p.name, p.held, p.held / held_total) for p in stats.permanences],
            [sheet("Partner"), sheet("Held"), sheet("Share")],
        )
        self.heat_model.set_matrix(stats.weekday_hour)
        self.chart.set_items([(line.label, line.count) for line in stats.by_category])
        self.computed.emit()

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            show_error(self, exc)
        else:
            raise exc

    # -- the document --------------------------------------------------------------
    def _document_title(self) -> str:
        if self.period.kind == PeriodKind.YEAR:
            return self.tr("Annual review {year}").format(year=self.period.first.year)
        return self.tr("Statistics sheet")

    def make_document(self) -> TaskSignals | None:
        """Build the sheet (the review for a year) on a worker; document_ready follows. None while one is under way."""
        period, translate, numbers = self.period, QCoreApplication.translate, self._numbers
        if period.kind == PeriodKind.YEAR:
            work = lambda _p: self._outputs.annual_pdf(period.first.year, translate, numbers)  # noqa: E731 - a one-line job handed to the worker
        else:
            work = lambda _p: self._outputs.monthly_pdf(period, translate, numbers)  # noqa: E731 - a one-line job handed to the worker
        signals = self.job.start(work, self.tr("Preparing the sheet…"))
        if signals is not None:
            signals.finished.connect(self.document_ready)
            signals.failed.connect(self._on_failed)
        return signals

    def _with_document(self, then: Callable[[bytes], object]) -> None:
        signals = self.make_document()
        if signals is not None:
            signals.finished.connect(then)

    def _on_preview_button_clicked(self) -> None:
        self._with_document(self.open_preview)

    def open_preview(self, data: bytes) -> PreviewDialog:
        """The sheet on screen (window-modal), printed or saved from there as from this screen."""
        preview = PreviewDialog(data, self._document_title(), self, self.printer)
        preview.print_requested.connect(lambda: self.print_document(data))
        preview.save_requested.connect(lambda: self._ask_and_save(data, preview))
        preview.open()
        return preview

    def _on_print_button_clicked(self) -> None:
        if ask_printer(self.printer, self):
            self._with_document(self.print_document)

    def print_document(self, data: bytes, printer: QPrinter | None = None) -> None:
        """Print on a worker thread with a progress dialog; a refusal offers to save the PDF."""
        printer = printer or self.printer
        if not printer.isValid() or printer_refuses(printer.printerName()):
            self._on_print_failed(PrintFailed(printer.printerName()), data, printer)
            return
        signals = self.job.start(lambda report: print_pdf(data, printer, report), self.tr("Printing…"))
        if signals is None:
            return
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def progressed(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def printed(pages: int) -> None:
            progress.close()
            self.printed.emit(pages)

        def failed(exc: Exception) -> None:
            progress.close()
            self._on_print_failed(exc, data, printer)

        signals.progressed.connect(progressed)
        signals.finished.connect(printed)
        signals.failed.connect(failed)

    def _on_print_failed(self, exc: Exception, data: bytes, printer: QPrinter) -> None:
        if not isinstance(exc, PrintFailed):
            raise exc
        message = self.tr(
            "The printer \u201c{printer}\u201d could not print the sheet. Save it as a PDF to print it later?"
        ).format(printer=printer.printerName() or "—")
        self.print_failed.emit(message)
        answer = QMessageBox.question(self, self.tr("Printing failed"), message)
        if answer == QMessageBox.StandardButton.Yes:
            self._ask_and_save(data)

    def _ask_and_save(self, data: bytes, parent: QWidget | None = None) -> None:
        name = f"statistiques-{self.period.first:%Y-%m}.pdf"
        path, _filter = QFileDialog.getSaveFileName(parent or self, self.tr("Save as PDF"), name, "PDF (*.pdf)")
        if path:
            self.save_bytes(Path(path), data)

    def save_bytes(self, path: Path, data: bytes) -> None:
        try:
            write_bytes(path, data)
        except UserError as exc:
            show_error(self, exc)
            return
        self.saved.emit(str(path))

    def save_pdf(self, path: Path) -> None:
        self._with_document(lambda data: self.save_bytes(path, data))

    def _on_save_button_clicked(self) -> None:
        self._with_document(self._ask_and_save)

    def _on_xlsx_button_clicked(self) -> None:
        year = self.period.first.year
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the review"), f"bilan-{year}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.save_xlsx(Path(path))

    def save_xlsx(self, path: Path) -> None:
        year, translate, numbers = self.period.first.year, QCoreApplication.translate, self._numbers
        signals = self.job.start(
            lambda _p: self._outputs.annual_xlsx(year, translate, numbers), self.tr("Preparing the review…")
        )
        if signals is not None:
            signals.finished.connect(lambda data: self.save_bytes(path, data))
            signals.failed.connect(self._on_failed)
