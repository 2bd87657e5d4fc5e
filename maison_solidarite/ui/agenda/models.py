"""The agenda's events as a Qt model: it holds what the services returned, never a session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...domain.events import KIND_LABELS, STATUS_LABELS, Attendance, Event, EventKind, EventStatus
from ..forms import qdate

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Names:
    """What the ids of an event stand for: offices, request categories and partners."""

    offices: dict[int, str]
    categories: dict[int, str]
    partners: dict[int, str]  # acronyms


def label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


class EventsModel(QAbstractTableModel):
    DAY, TITLE, PLACE, PARTNERS, STATUS, ATTENDANCE = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._attendance: dict[int, Attendance] = {}
        self.names = Names({}, {}, {})

    def set_events(self, events: list[Event], attendance: dict[int, Attendance], names: Names) -> None:
        self.beginResetModel()
        self._events, self._attendance, self.names = list(events), dict(attendance), names
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: int) -> int:
        return next((n for n, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return [
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Place"),
            self.tr("Partners"),
            self.tr("Status"),
            self.tr("Attendance"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None or not 0 <= index.column() < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, index.column())
        if role == Qt.ItemDataRole.FontRole and event.status == EventStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)  # a cancelled event stays in sight, crossed out
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.TITLE, self.PLACE, self.PARTNERS):
            return self._text(event, index.column())  # whole, when the column shortens it
        return None

    def _text(self, event: Event, column: int) -> str:
        """Two lines for the day and the event, so that the table fits a desk's screen at 200 %."""
        if column == self.DAY:
            return f"{QLocale().toString(qdate(event.day), 'ddd d MMM yyyy')}\n{event.start:%H:%M}–{event.end:%H:%M}"
        if column == self.TITLE:
            theme = self.names.categories.get(event.category_id, "") if event.category_id else event.theme
            subkind = "" if event.subkind.casefold() in event.title.casefold() else event.subkind
            about = " · ".join(part for part in (label(KIND_LABELS[event.kind]), subkind, theme) if part)
            return f"{event.title}\n{about}"
        if column == self.PLACE:
            return self.names.offices.get(event.office_id, "") if event.office_id else event.place
        if column == self.PARTNERS:
            return ", ".join(self.names.partners.get(p, "?") for p in event.partner_ids)
        if column == self.STATUS:
            return label(STATUS_LABELS[event.status])
        return self._attendance_text(event)

    def _attendance_text(self, event: Event) -> str:
        found = self._attendance.get(event.id)
        if found is None:
            return ""
        if event.kind == EventKind.MEETING:
            present = sum(1 for p in found.partners if p.status.value == "present")
            if not found.partners:
                return ""
            return self.tr("%n partner(s) present", "", present)
        if not found.people and found.headcount is None:
            return ""
        return self.tr("%n person(s)", "", found.present)
