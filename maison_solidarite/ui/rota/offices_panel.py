"""The offices and the Maison's opening hours: a tab of the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import WEEKDAY_NAMES
from ...domain.errors import UserError
from ...domain.rota import Office, OpeningHours, check_opening_hours, format_spans, parse_spans
from ...services import Services
from ..forms import error_label, show_refusal
from ..messages import show_error


def add_hour_fields(form: QFormLayout, hours: OpeningHours) -> list[QLineEdit]:
    """A line per weekday, "09:00-12:00, 13:30-17:00", added to ``form``; empty is closed."""
    edits = []
    for weekday, name in enumerate(WEEKDAY_NAMES):
        day = QCoreApplication.translate("Labels", name)
        edit = QLineEdit(format_spans(hours.get(weekday, ())))
        edit.setAccessibleName(day)
        form.addRow(day.capitalize(), edit)
        edits.append(edit)
    return edits


def read_hour_fields(edits: list[QLineEdit]) -> dict[int, tuple[tuple[time, time], ...]]:
    """The hours typed, checked; raises ValidationError with what is wrong."""
    return check_opening_hours({n: parse_spans(edit.text()) for n, edit in enumerate(edits)})


class OfficesHoursPanel(QWidget):
    """The week's opening hours and the offices; a tab of the settings."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officesHoursPanel")
        self._services = services
        self.changed = False

        hours_box = QGroupBox(self.tr("Opening hours of the Maison"))
        hours_form = QFormLayout(hours_box)
        hint = QLabel(self.tr("For example 09:00-12:00, 13:30-17:00. Leave empty when the Maison is closed that day."))
        hint.setWordWrap(True)
        hours_form.addRow(hint)
        self.hour_edits = add_hour_fields(hours_form, services.rota.opening_hours())

        offices_box = QGroupBox(self.tr("Permanence offices (changes here apply at once)"))
        self.offices = QListWidget()
        self.offices.setAccessibleName(self.tr("Permanence offices"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.toggle_button = QPushButton(self.tr("&Open / close"))
        office_buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.toggle_button):
            office_buttons.addWidget(button)
        offices_layout = QVBoxLayout(offices_box)
        offices_layout.addWidget(self.offices)
        offices_layout.addLayout(office_buttons)

        self.error = error_label("settingsError")
        layout = QVBoxLayout(self)
        layout.addWidget(hours_box)
        layout.addWidget(offices_box)
        layout.addWidget(self.error)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self._load_offices()

    def _load_offices(self) -> None:
        self.offices.clear()
        for office in self._services.rota.offices(active_only=False):
            text = office.name if office.active else self.tr("{name} (closed)").format(name=office.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, office)
            self.offices.addItem(item)

    def hours(self) -> dict[int, tuple[tuple[time, time], ...]]:
        return read_hour_fields(self.hour_edits)

    def save_hours(self) -> bool:
        try:
            hours = self.hours()
            if hours != self._services.rota.opening_hours():
                self._services.rota.set_opening_hours(hours)
                self.changed = True
        except UserError as exc:
            show_refusal(self.error, exc)
            return False
        self.error.hide()
        for n, edit in enumerate(self.hour_edits):
            edit.setText(format_spans(hours.get(n, ())))
        return True

    def _apply(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._load_offices()

    def _current(self) -> Office | None:
        item = self.offices.currentItem()
        office = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return office if isinstance(office, Office) else None

    def _on_add_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New office"), self.tr("Name:"))
        if ok:
            self._apply(lambda: self._services.rota.add_office(name))

    def _on_rename_button_clicked(self) -> None:
        office = self._current()
        if office is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename an office"), self.tr("Name:"), text=office.name)
        if ok:
            self._apply(lambda: self._services.rota.rename_office(office.id, name))

    def _on_toggle_button_clicked(self) -> None:
        office = self._current()
        if office is not None:
            self._apply(lambda: self._services.rota.set_office_active(office.id, not office.active))
