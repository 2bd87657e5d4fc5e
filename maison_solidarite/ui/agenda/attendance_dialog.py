"""Who came to an event (agents and coordinators): a meeting's partners, or an action's headcount
and participants, each participant by person key only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.events import (
    HEADCOUNT_MAX,
    KIND_LABELS,
    PARTNER_STATUS_LABELS,
    STATUS_LABELS,
    Attendance,
    Event,
    EventKind,
    EventStatus,
    PartnerStatus,
    PersonStatus,
)
from ...domain.person_key import printable_code
from ...services import Services
from ...services.attendance import PartnerMark
from ..forms import error_label, qdate, show_refusal
from ..person_key_entry import PersonKeyEntry
from ..reflow import fit_to_screen
from .partners_grid import PartnersGrid

# A person is present, excused or absent in the same words as a partner (domain/events.py).
PERSON_STATUS_LABELS = {status: PARTNER_STATUS_LABELS[PartnerStatus(status.value)] for status in PersonStatus}


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


class AttendanceDialog(QDialog):
    def __init__(self, services: Services, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self._services = services
        self.shown = event
        self.changed = False  # something was recorded: the agenda reads again
        self.heading = QLabel()
        self.heading.setObjectName("attendanceHeading")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label("attendanceError")
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Enter never closes
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        if event.kind == EventKind.MEETING:
            self._build_meeting(layout)
        else:
            self._build_action(layout)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show(services.attendance.of(event.id))
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 100, metrics.height() * 32)

    # -- a meeting -------------------------------------------------------------------
    def _build_meeting(self, layout: QVBoxLayout) -> None:
        organisations = [o for o in self._services.organisations.list() if o.active or o.id in self.shown.partner_ids]
        self.partners = PartnersGrid(organisations, self.shown.partner_ids)
        area = QScrollArea()
        area.setObjectName("partnersArea")
        area.setWidgetResizable(True)
        area.setWidget(self.partners)
        self.record_button = QPushButton(self.tr("&Record the partners"))
        self.record_button.setObjectName("recordPartners")
        self.record_button.clicked.connect(self.record_partners)
        self.record_button.setDefault(True)
        layout.addWidget(area, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout.addLayout(row)

    def record_partners(self) -> bool:
        lines = self.partners.changed()
        if not lines:
            return False
        marks = [
            PartnerMark(line.organisation_id, line.status, line.people, line.speaker)
            for line in lines
            if line.status is not None
        ]
        try:  # all or nothing: the service refuses the whole list when one line is refused
            attendance = self._services.attendance.mark_partners(self.shown.id, marks)
        except UserError as exc:
            show_refusal(self.error, exc)
            self._show(self._services.attendance.of(self.shown.id))
            return False
        self._recorded(attendance)
        return True

    # -- an action -------------------------------------------------------------------
    def _build_action(self, layout: QVBoxLayout) -> None:
        counted = self.counted = QGroupBox(self.tr("Counted by head"))
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, HEADCOUNT_MAX)
        self.count_button = QPushButton(self.tr("Record the coun&t"))
        self.count_button.setObjectName("recordCount")
        self.count_button.clicked.connect(self.record_headcount)
        caption = QLabel(self.tr("&Headcount"))
        caption.setBuddy(self.headcount)
        row = QHBoxLayout(counted)
        row.addWidget(caption)
        row.addWidget(self.headcount)
        row.addWidget(self.count_button)
        row.addStretch(1)
        listed = self.listed = QGroupBox(self.tr("Or one line per participant (no name is kept)"))
        self.person = PersonKeyEntry(self._services)
        self.person_status = QComboBox()
        self.person_status.setObjectName("personStatus")
        for value, text in PERSON_STATUS_LABELS.items():
            self.person_status.addItem(_label(text), value)
        status_caption = QLabel(self.tr("&Status"))
        status_caption.setBuddy(self.person_status)
        self.add_button = QPushButton(self.tr("&Add the person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        for edit in self.person.edits():
            edit.returnPressed.connect(self.add_person)  # Enter in one of its fields
        self.people = QListWidget()
        self.people.setObjectName("participants")
        self.people.setAccessibleName(self.tr("Participants listed, by card code"))
        form = QVBoxLayout(listed)
        form.addWidget(self.person)
        actions = QHBoxLayout()
        actions.addWidget(status_caption)
        actions.addWidget(self.person_status)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        form.addLayout(actions)
        form.addWidget(self.people, 1)
        layout.addWidget(counted)
        layout.addWidget(listed, 1)
        for button in (self.count_button, self.add_button):
            button.setAutoDefault(False)  # Enter in a field adds the person, and does nothing else

    def record_headcount(self) -> bool:
        try:
            attendance = self._services.attendance.set_headcount(self.shown.id, self.headcount.value())
        except UserError as exc:
            show_refusal(self.error, exc)
            return False
        self._recorded(attendance)
        return True

    def add_person(self) -> bool:
        """Compute the key of the person typed (the fields are emptied), then list it at the event."""
        if self.person.is_empty():
            return False
        key = self.person.compute(self.shown.day)  # a refusal is said under the fields
        if key is None:
            return False
        try:
            attendance = self._services.attendance.add_people(
                self.shown.id, [key], PersonStatus(self.person_status.currentData())
            )
        except UserError as exc:
            show_refusal(self.error, exc)
            return False
        self._recorded(attendance)
        return True

    # -- both ------------------------------------------------------------------------
    def _recorded(self, attendance: Attendance) -> None:
        self.changed = True
        self.error.hide()
        if self.shown.status == EventStatus.PLANNED and self.shown.starts_at <= self._services.ctx.now():
            try:  # people came: the event was held
                self.shown = self._services.events.set_status(self.shown.id, EventStatus.HELD)
            except UserError as exc:
                show_refusal(self.error, exc)
        self._show(attendance)

    def _show(self, attendance: Attendance) -> None:
        event = self.shown
        when = QLocale().toString(qdate(event.day), "dddd d MMMM yyyy")
        self.heading.setText(
            self.tr("« {title} », {kind}, {day}, {start}–{end}: {status}").format(
                title=event.title,
                kind=_label(KIND_LABELS[event.kind]).lower(),
                day=when,
                start=f"{event.start:%H:%M}",
                end=f"{event.end:%H:%M}",
                status=_label(STATUS_LABELS[event.status]).lower(),
            )
        )
        begun = event.starts_at <= self._services.ctx.now()
        self.note.setVisible(not begun)
        if event.kind == EventKind.ACTION:  # nobody has come yet: nothing is typed for nothing
            self.counted.setEnabled(begun)
            self.listed.setEnabled(begun)
            self.note.setText(self.tr("The action has not begun: who came is recorded once it has begun."))
        else:
            self.note.setText(
                self.tr(
                    "The meeting has not begun: partners may be invited now; who came is recorded once it has begun."
                )
            )
        if event.kind == EventKind.MEETING:
            self.partners.show_attendance(attendance)
            self._summarise_partners(attendance)
            return
        if attendance.headcount is not None:
            self.headcount.setValue(attendance.headcount)
        self.people.clear()
        for person in attendance.people:
            self.people.addItem(f"{printable_code(person.person_key)} — {_label(PERSON_STATUS_LABELS[person.status])}")
        present = sum(1 for p in attendance.people if p.status == PersonStatus.PRESENT)
        self.summary.setText(
            self.tr("Participants listed: {listed}, present: {present}.").format(
                listed=len(attendance.people), present=present
            )
        )

    def _summarise_partners(self, attendance: Attendance) -> None:
        counts = dict.fromkeys(("invited", "present", "excused", "absent"), 0)
        for partner in attendance.partners:
            counts[partner.status.value] += 1
        sent = sum(p.people or 0 for p in attendance.partners if p.status.value == "present")
        self.summary.setText(
            self.tr(
                "Partners: {present} present, {excused} excused, {absent} absent, {invited} invited; "
                "{people} people sent."
            ).format(people=sent, **counts)
        )
