"""Book a slot in one of a partner's coming permanences."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.directory import Contact, PartnerSheet
from ...domain.errors import UserError
from ...services import Services
from ...services.appointments import Appointment
from ..forms import error_label, qdate, show_refusal


class AppointmentDialog(QDialog):
    """Book a slot in one of the partner's coming permanences."""

    def __init__(self, services: Services, sheet: PartnerSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Appointment with {partner}").format(partner=sheet.acronym))
        self._services, self._sheet = services, sheet
        self.booked: Appointment | None = None  # once booked
        self.slots = QListWidget()
        self.slots.setAccessibleName(self.tr("Free slots"))
        offices = {o.id: o.name for o in services.rota.offices(active_only=False)}
        locale = QLocale()
        for permanence in services.appointments.open_permanences(sheet.id or 0):
            occurrence = permanence.occurrence
            for start, end in permanence.free:
                item = QListWidgetItem(
                    f"{locale.toString(qdate(occurrence.day), 'dddd d MMMM')} {start:%H:%M}–{end:%H:%M} — {offices.get(occurrence.office_id, '')}"
                )
                item.setData(Qt.ItemDataRole.UserRole, (occurrence.series_id, occurrence.original_date, start))
                self.slots.addItem(item)
        if self.slots.count():
            self.slots.setCurrentRow(0)
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(40)
        self.phone = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(5)
        note = QLabel(
            self.tr(
                "A first name and a phone number, or initials only. They are erased {days} days after the appointment."
            ).format(days=services.appointments.retention_days())
        )
        note.setWordWrap(True)
        self.error = error_label("appointmentError")
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("or &initials"), self.initials)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Free slots in the coming permanences:")))
        layout.addWidget(self.slots)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def book(self) -> None:
        item = self.slots.currentItem()
        if item is None:
            self.error.setText(self.tr("There is no free slot in the coming permanences."))
            self.error.show()
            return
        series_id, original_date, start = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.booked = self._services.appointments.book(
                self._sheet.id or 0,
                series_id,
                original_date,
                start,
                Contact(self.first_name.text() or None, self.phone.text() or None, self.initials.text() or None),
            )
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.accept()

    def confirmation(self) -> str:
        """ "Appointment booked: ADIL, lundi 23/11 at 14:00", for the status bar."""
        if self.booked is None:
            return ""
        day = QLocale().toString(qdate(self.booked.day), "dddd dd/MM")
        return self.tr("Appointment booked: {partner}, {day} at {time}").format(
            partner=self._sheet.acronym, day=day, time=f"{self.booked.start:%H:%M}"
        )
