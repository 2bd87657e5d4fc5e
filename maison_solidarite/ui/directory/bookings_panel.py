"""A partner's appointments on screen: today's, or this week's, with what each one stores."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.directory import PartnerSheet
from ...domain.rota import monday_of
from ...services import Services
from ...services.appointments import Appointment
from ..forms import qdate
from .appointment_dialog import AppointmentDialog

STATUS_SECONDS = 10


def show_status(widget: QWidget, text: str) -> None:
    """Say ``text`` in the status bar of the window that holds ``widget``, if it has one."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_SECONDS * 1000)


class BookingsPanel(QGroupBox):
    """The appointments of the partner shown, for today or for this week (Monday to Sunday)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingsPanel")
        self.setTitle(self.tr("Appointments booked"))
        self._services = services
        self._partner: int | None = None
        self.today_button = QRadioButton(self.tr("&Today"))
        self.week_button = QRadioButton(self.tr("This &week"))
        self.today_button.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.today_button, self.week_button):
            group.addButton(button)
            button.toggled.connect(self._on_button_toggled)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Appointments booked"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        choice = QHBoxLayout()
        choice.addWidget(self.today_button)
        choice.addWidget(self.week_button)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        # three lines in sight, the rest by scrolling: the sheet above keeps its room at 200 %
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 3 + 2 * self.list.frameWidth() + 6)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def _on_button_toggled(self, checked: bool) -> None:
        if checked:
            self.show_partner(self._partner)

    def period(self) -> tuple[date, date]:
        today = self._services.ctx.now().date()
        if self.today_button.isChecked():
            return today, today
        monday = monday_of(today)
        return monday, monday + timedelta(days=6)

    def show_partner(self, organisation_id: int | None, takes_appointments: bool = True) -> None:
        """List the partner's appointments of the period chosen (none shown for no partner)."""
        self._partner = organisation_id
        self.setVisible(organisation_id is not None and takes_appointments)
        self.list.clear()
        if organisation_id is None or not takes_appointments:
            return
        first, last = self.period()
        booked = self._services.appointments.between(organisation_id, first, last)
        self.list.addItems([self.line(a) for a in booked])
        self.empty.setText(
            self.tr("No appointment today.") if self.today_button.isChecked() else self.tr("No appointment this week.")
        )
        self.empty.setVisible(not booked)
        self.list.setVisible(bool(booked))

    def book(self, sheet: PartnerSheet) -> str:
        """Book a slot with the partner; what the status bar says then ("" if nothing was booked)."""
        dialog = AppointmentDialog(self._services, sheet, self)
        if not dialog.exec() or dialog.booked is None:
            return ""
        self.show_partner(sheet.id)
        return dialog.confirmation()

    def line(self, appointment: Appointment) -> str:
        """ "mar. 24/11 14:00–14:30 — Marie, 06 12 34 56 78": the slot and the contact it stores."""
        contact = appointment.contact
        who = ", ".join(p for p in (contact.first_name, contact.phone) if p) or contact.initials or ""
        if appointment.purged or not who:
            who = self.tr("contact erased")
        day = QLocale().toString(qdate(appointment.day), "ddd d/MM")
        return f"{day} {appointment.start:%H:%M}–{appointment.end:%H:%M} — {who}"
