"""The partner directory: search as you type, the partner's sheet, appointments, the guide."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.directory import PartnerSheet
from ...domain.errors import ImportRejected, UserError
from ...domain.roles import Action
from ...domain.statistics import number_format
from ...services import Services
from ...services.directory import SearchIndex, SearchResult
from ..forms import error_label, select_data, show_refusal
from ..messages import render, show_error
from ..reflow import AdaptiveGrid, SideBySide
from ..tasks import Job, TaskSignals
from .bookings_panel import BookingsPanel, show_status
from .models import ResultsModel


class DirectoryView(QWidget):
    changed = Signal()
    appointment_booked = Signal(str)  # what the status bar says: "Appointment booked: ADIL, …"

    def __init__(self, services: Services, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryView")
        self._services = services
        self._numbers = number_format(language)
        self.editable = services.can(Action.EDIT_DIRECTORY)
        self._index: SearchIndex | None = None  # read when the screen is first shown
        self._categories = services.categories.list()
        self._sheet: PartnerSheet | None = None

        self._build_search()
        self._build_fields()
        self.bookings = BookingsPanel(services)
        scroll = self._build_form()
        self._lay_out(scroll)
        self._set_editable()
        # The guide, the day's appointments, the CSV: one file at a time, made off the window's thread.
        self.file_job = Job(self, self.guide_button, self.import_button, self.export_button, self.day_sheet_button)
        self.file_job.ended.connect(self._on_file_job_ended)
        self._connect()

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(
            self.tr("Search a partner, a need, a condition… (for example: santé, sans papiers)")
        )
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setClearButtonEnabled(True)
        self.model = ResultsModel({o.id: o.name for o in self._services.rota.offices(active_only=False)}, self)
        self.results = QTableView()
        self.results.setObjectName("directoryResults")
        self.results.setAccessibleName(self.tr("Partners found"))
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(ResultsModel.NAME, QHeaderView.ResizeMode.Stretch)

    def _build_fields(self) -> None:
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "acronym": QLineEdit(),
            "name": QLineEdit(),
            "offer": QPlainTextEdit(),
            "audience": QLineEdit(),
            "keywords": QLineEdit(),
            "languages": QLineEdit(),
            "referent_name": QLineEdit(),
            "referent_phone": QLineEdit(),
            "referent_email": QLineEdit(),
            "address": QLineEdit(),
            "outside_hours": QLineEdit(),
        }
        self.fields["offer"].setMaximumHeight(60)
        self.by_appointment = QCheckBox(self.tr("By appointment only"))
        self.appointments_enabled = QCheckBox(self.tr("Takes appointments at the Maison"))
        self.active = QCheckBox(self.tr("Active"))
        self.undocumented = QComboBox()
        self.free = QComboBox()
        for combo in (self.undocumented, self.free):
            combo.addItem("—", None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
        self.age_min, self.age_max = QSpinBox(), QSpinBox()
        self.age_min.setAccessibleName(self.tr("Minimum age"))
        self.age_max.setAccessibleName(self.tr("Maximum age"))
        for spin in (self.age_min, self.age_max):
            spin.setRange(-1, 120)
            spin.setSpecialValueText("—")
        self.category_list = QListWidget()
        self.category_list.setMaximumHeight(self.category_list.fontMetrics().lineSpacing() * 6)
        for category in self._categories:
            item = QListWidgetItem(category.label)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.category_list.addItem(item)
        self.error = error_label("directoryError")
        self.save_button = QPushButton(self.tr("&Save the sheet"))
        self.new_button = QPushButton(self.tr("&New sheet"))
        self.appointment_button = QPushButton(self.tr("Book an &appointment…"))
        self.day_sheet_button = QPushButton(self.tr("Today's appointments (P&DF)…"))
        self.guide_button = QPushButton(self.tr("&Guide to the permanences (PDF)…"))
        self.import_button = QPushButton(self.tr("I&mport (CSV)…"))
        self.export_button = QPushButton(self.tr("E&xport (CSV)…"))

    def _build_form(self) -> QScrollArea:
        form = QFormLayout()
        labels = {
            "acronym": self.tr("Acronym"),
            "name": self.tr("Name"),
            "offer": self.tr("What it offers"),
            "audience": self.tr("For whom"),
            "keywords": self.tr("Keywords"),
            "languages": self.tr("Languages spoken"),
            "referent_name": self.tr("Referent"),
            "referent_phone": self.tr("Referent's phone"),
            "referent_email": self.tr("Referent's e-mail"),
            "address": self.tr("Address"),
            "outside_hours": self.tr("Hours elsewhere"),
        }
        for key in ("acronym", "name", "offer", "audience", "keywords"):
            form.addRow(labels[key], self.fields[key])
        form.addRow(self.tr("Requests handled"), self.category_list)
        form.addRow("", self.by_appointment)
        form.addRow(self.tr("Without residence papers"), self.undocumented)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel("–"))
        ages.addWidget(self.age_max)
        ages.addStretch(1)
        form.addRow(self.tr("Ages"), ages)
        form.addRow(labels["languages"], self.fields["languages"])
        form.addRow(self.tr("Free of charge"), self.free)
        for key in ("referent_name", "referent_phone", "referent_email", "address", "outside_hours"):
            form.addRow(labels[key], self.fields[key])
        form.addRow("", self.appointments_enabled)
        form.addRow("", self.active)
        sheet_widget = QWidget()
        sheet_layout = QVBoxLayout(sheet_widget)
        sheet_layout.addLayout(form)
        sheet_layout.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet_widget)
        return scroll

    def _lay_out(self, scroll: QScrollArea) -> None:
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        actions = AdaptiveGrid(max_columns=3)
        for button in (self.guide_button, self.import_button, self.export_button):
            actions.addWidget(button)
        left.addLayout(actions)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.bookings)
        sheet_actions = AdaptiveGrid(max_columns=4)
        for button in (self.save_button, self.new_button, self.appointment_button, self.day_sheet_button):
            sheet_actions.addWidget(button)
        right.addLayout(sheet_actions)
        layout = SideBySide(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _set_editable(self) -> None:
        for widget in (
            *self.fields.values(),
            self.by_appointment,
            self.appointments_enabled,
            self.active,
            self.undocumented,
            self.free,
            self.age_min,
            self.age_max,
            self.category_list,
        ):
            widget.setEnabled(self.editable)
        for button in (self.save_button, self.new_button, self.import_button):
            button.setVisible(self.editable)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.run_search)
        self.results.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(self.model.result(current.row()))
        )
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(lambda: self.show_sheet(PartnerSheet(None, "", "")))
        self.appointment_button.clicked.connect(self._on_appointment_button_clicked)
        self.appointment_booked.connect(lambda text: show_status(self, text))
        self.day_sheet_button.clicked.connect(self._on_day_sheet_button_clicked)
        self.guide_button.clicked.connect(self._on_guide_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._index is None:
            self.reload()

    def reload(self) -> None:
        self._index = self._services.directory.index(QCoreApplication.translate)
        self.run_search(self.search.text())

    # -- searching -----------------------------------------------------------------
    def run_search(self, text: str) -> None:
        if self._index is None:
            return
        results = self._index.search(text)
        self.model.set_results(results)
        if results:
            self.results.selectRow(0)

    def _show(self, result: SearchResult | None) -> None:
        if result is not None:
            self.show_sheet(result.sheet)

    # -- the sheet -----------------------------------------------------------------
    def show_sheet(self, sheet: PartnerSheet) -> None:
        self._sheet = sheet
        self.error.hide()
        for key, widget in self.fields.items():
            value = getattr(sheet, key)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.by_appointment.setChecked(sheet.by_appointment)
        self.appointments_enabled.setChecked(sheet.appointments_enabled)
        self.active.setChecked(sheet.active)
        select_data(self.undocumented, sheet.undocumented_ok)
        select_data(self.free, sheet.free)
        self.age_min.setValue(-1 if sheet.age_min is None else sheet.age_min)
        self.age_max.setValue(-1 if sheet.age_max is None else sheet.age_max)
        for row in range(self.category_list.count()):
            item = self.category_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in sheet.category_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.appointment_button.setEnabled(sheet.id is not None and sheet.appointments_enabled)
        self.bookings.show_partner(sheet.id, sheet.appointments_enabled)
        self.day_sheet_button.setEnabled(
            sheet.id is not None and sheet.appointments_enabled and not self.file_job.running
        )

    def edited_sheet(self) -> PartnerSheet:
        base = self._sheet or PartnerSheet(None, "", "")
        values: dict[str, Any] = {  # the text fields, by the sheet's field names
            key: (widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text())
            for key, widget in self.fields.items()
        }
        categories = tuple(
            self.category_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.category_list.count())
            if self.category_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return replace(
            base,
            **values,
            category_ids=categories,
            by_appointment=self.by_appointment.isChecked(),
            appointments_enabled=self.appointments_enabled.isChecked(),
            active=self.active.isChecked(),
            undocumented_ok=self.undocumented.currentData(),
            free=self.free.currentData(),
            age_min=None if self.age_min.value() < 0 else self.age_min.value(),
            age_max=None if self.age_max.value() < 0 else self.age_max.value(),
        )

    def save(self) -> None:
        try:
            saved = self._services.directory.save(self.edited_sheet())
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.reload()
        self.show_sheet(saved)
        self.changed.emit()

    # -- appointments and documents -------------------------------------------------
    def _on_appointment_button_clicked(self) -> None:
        if self._sheet is not None and self._sheet.id is not None and (booked := self.bookings.book(self._sheet)):
            self.appointment_booked.emit(booked)

    def _save_file(self, title: str, name: str, pattern: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def _on_day_sheet_button_clicked(self) -> None:
        if self._sheet is None or self._sheet.id is None:
            return
        today = self._services.ctx.now().date()
        path = self._save_file(
            self.tr("Today's appointments"), f"rendez-vous-{self._sheet.acronym}-{today}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_day_sheet(path, today)

    def _run_file_job(self, work: Callable[[], object], message: str) -> TaskSignals | None:
        """A document or a CSV made (or read) on the worker pool; its buttons wait for it."""
        signals = self.file_job.start(lambda _progress: work(), message)
        if signals is not None:
            signals.failed.connect(self._on_file_job_failed)
        return signals

    def _on_file_job_ended(self) -> None:
        sheet = self._sheet
        self.day_sheet_button.setEnabled(sheet is not None and sheet.id is not None and sheet.appointments_enabled)

    def _on_file_job_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        if isinstance(exc, ImportRejected):
            detail = "\n".join(render(row) for row in exc.rows)
            self.error.setText(render(exc) + ("\n" + detail if detail else ""))
            self.error.show()
            return
        show_error(self, exc)

    def save_day_sheet(self, path: Path, day: date) -> TaskSignals | None:
        partner_id = (self._sheet.id if self._sheet else None) or 0
        translate, numbers = QCoreApplication.translate, self._numbers
        return self._run_file_job(
            lambda: self._services.appointments.save_day_sheet(partner_id, day, translate, numbers, path),
            self.tr("Writing the appointments of the day…"),
        )

    def save_guide(self, path: Path) -> TaskSignals | None:
        translate, numbers = QCoreApplication.translate, self._numbers
        return self._run_file_job(
            lambda: self._services.directory.save_guide(translate, numbers, path), self.tr("Writing the guide…")
        )

    def _on_guide_button_clicked(self) -> None:
        path = self._save_file(self.tr("Guide to the permanences"), "guide-des-permanences.pdf", "PDF (*.pdf)")
        if path:
            self.save_guide(path)

    def export_csv(self, path: Path) -> TaskSignals | None:
        return self._run_file_job(
            lambda: self._services.directory.export_csv(path), self.tr("Exporting the directory…")
        )

    def _on_export_button_clicked(self) -> None:
        path = self._save_file(self.tr("Export the directory"), "annuaire.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def import_csv(self, path: Path) -> TaskSignals | None:
        signals = self._run_file_job(
            lambda: self._services.directory.import_csv(path), self.tr("Importing the directory…")
        )
        if signals is not None:
            signals.finished.connect(self._on_directory_imported)
        return signals

    def _on_directory_imported(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _on_import_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import the directory"), "", "CSV (*.csv)")
        if path:
            self.import_csv(Path(path))
