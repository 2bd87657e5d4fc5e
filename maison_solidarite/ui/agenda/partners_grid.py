"""A meeting's partners, one line each: invited, present, excused or absent, the people sent, and
whether the partner spoke. Only the lines changed are recorded."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from ...domain.events import PARTNER_STATUS_LABELS, PEOPLE_MAX, Attendance, PartnerStatus
from ...domain.organisations import Organisation, partner_label


@dataclass(frozen=True, slots=True)
class PartnerLine:
    organisation_id: int
    status: PartnerStatus | None  # None: nothing recorded
    people: int | None
    speaker: bool


@dataclass(slots=True)
class _Row:
    organisation: Organisation
    status: QComboBox
    people: QSpinBox
    speaker: QCheckBox


class PartnersGrid(QWidget):
    def __init__(
        self, organisations: list[Organisation], leading: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnersGrid")
        grid = QGridLayout(self)
        for column, text in enumerate((self.tr("Partner"), self.tr("Status"), self.tr("People sent"), "")):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        ordered = sorted(organisations, key=lambda o: (o.id not in leading, o.acronym.casefold()))
        self.rows: list[_Row] = []
        for line, organisation in enumerate(ordered, start=1):
            row = self._row(organisation, organisation.id in leading)
            caption = QLabel(partner_label(organisation.acronym, organisation.name))
            caption.setBuddy(row.status)
            caption.setWordWrap(True)
            grid.addWidget(caption, line, 0)
            grid.addWidget(row.status, line, 1)
            grid.addWidget(row.people, line, 2)
            grid.addWidget(row.speaker, line, 3)
            self.rows.append(row)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(ordered) + 1, 1)
        self._recorded: dict[int, PartnerLine] = {}

    def _row(self, organisation: Organisation, leads: bool) -> _Row:
        status = QComboBox()
        status.addItem("—", None)
        for value, text in PARTNER_STATUS_LABELS.items():
            status.addItem(QCoreApplication.translate("Labels", text), value)
        people = QSpinBox()
        people.setRange(0, PEOPLE_MAX)
        people.setAccessibleName(self.tr("People sent by {partner}").format(partner=organisation.acronym))
        speaker = QCheckBox(self.tr("Speaker"))
        speaker.setAccessibleName(self.tr("{partner} spoke").format(partner=organisation.acronym))
        row = _Row(organisation, status, people, speaker)
        status.setAccessibleName(
            self.tr("{partner}, leading").format(partner=organisation.acronym) if leads else organisation.acronym
        )
        status.currentIndexChanged.connect(lambda _i: self._update(row))
        self._update(row)
        return row

    @staticmethod
    def _update(row: _Row) -> None:
        present = row.status.currentData() == PartnerStatus.PRESENT
        row.people.setEnabled(present)
        row.speaker.setEnabled(present)
        if present and row.people.value() == 0:
            row.people.setValue(1)  # a partner present sent someone

    def show_attendance(self, attendance: Attendance) -> None:
        found = {p.organisation_id: p for p in attendance.partners}
        self._recorded = {}
        for row in self.rows:
            entry = found.get(row.organisation.id)
            status = entry.status if entry else None
            index = row.status.findData(status)
            row.status.setCurrentIndex(max(0, index))
            row.people.setValue((entry.people or 0) if entry else 0)
            row.speaker.setChecked(bool(entry and entry.speaker))
            self._recorded[row.organisation.id] = self.line(row)

    def line(self, row: _Row) -> PartnerLine:
        data = row.status.currentData()  # a plain string: Qt keeps no enum
        status = PartnerStatus(data) if data is not None else None
        present = status == PartnerStatus.PRESENT
        return PartnerLine(
            row.organisation.id,
            status,
            row.people.value() if present else None,
            row.speaker.isChecked() if present else False,
        )

    def changed(self) -> list[PartnerLine]:
        """The lines whose status, people or speaker differ from what is recorded, with a status."""
        lines = [self.line(row) for row in self.rows]
        return [line for line in lines if line.status is not None and line != self._recorded.get(line.organisation_id)]

    def row_of(self, acronym: str) -> _Row:
        return next(row for row in self.rows if row.organisation.acronym == acronym)
