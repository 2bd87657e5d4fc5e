"""How long personal data is kept: visit notes, appointment contacts, the audit trail, person keys (a settings tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...services import Services


def _spin(value: int, low: int, high: int, suffix: str, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class RetentionPanel(QWidget):
    """How long notes, contacts and the audit trail are kept; a tab of the settings."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPanel")
        self._services = services
        explanation = QLabel(
            self.tr(
                "Personal data is erased when its time is up, at every start of the application. "
                "The CNIL asks that it be kept no longer than the help given needs."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.notes = _spin(services.retention.note_days(), 7, 730, self.tr(" days"), self)
        self.contacts = _spin(services.appointments.retention_days(), 1, 365, self.tr(" days"), self)
        self.audit = _spin(services.retention.audit_months(), 6, 36, self.tr(" months"), self)
        keys = services.person_keys
        self.person_keys = _spin(keys.retention_months(), 12, 120, self.tr(" months"), self)
        self.across_years = QCheckBox(self.tr("Keep a person's key across &years"), self)
        self.across_years.setChecked(keys.across_years())
        form = QFormLayout()
        form.addRow(self.tr("Visit &notes:"), self.notes)
        form.addRow(self.tr("Appointment &contacts (after the appointment):"), self.contacts)
        form.addRow(self.tr("&Audit trail:"), self.audit)
        form.addRow(self.tr("Person &keys (after the month of the visit):"), self.person_keys)
        form.addRow(self.across_years)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)

    def save(self) -> None:
        """Store the periods that changed (each in the audit trail); raises UserError if refused."""
        services = self._services
        if self.notes.value() != services.retention.note_days():
            services.retention.set_note_days(self.notes.value())
        if self.contacts.value() != services.appointments.retention_days():
            services.appointments.set_retention_days(self.contacts.value())
        if self.audit.value() != services.retention.audit_months():
            services.retention.set_audit_months(self.audit.value())
        keys = services.person_keys
        if self.person_keys.value() != keys.retention_months():
            keys.set_retention_months(self.person_keys.value())
        if self.across_years.isChecked() != keys.across_years():
            keys.set_across_years(self.across_years.isChecked())
