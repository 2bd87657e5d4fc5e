"""The week grid as a Qt table model: 15-minute rows, one column per day and office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.organisations import Organisation, partner_label
from ...domain.rota import Closure, Occurrence, Office, Status, minutes_of
from ...services.rota import Week

AnyIndex = QModelIndex | QPersistentModelIndex
SLOT_MINUTES = 15
CLOSED_COLOUR = QColor("#d9d9d9")
CANCELLED_COLOUR = QColor("#9a9a9a")
OUTSIDE_HOURS_COLOUR = QColor("#efefef")
TODAY_CELL_COLOUR = QColor("#eaf2fb")  # today's open quarter hours, a light tint of the header's blue
CELL_TEXT_COLOUR = QColor("#000000")


@dataclass(frozen=True)
class Cell:
    day: date
    office: Office
    minute: int  # minutes since midnight at the top of the slot

    @property
    def time(self) -> time:
        return time(self.minute // 60, self.minute % 60)


def lighter(colour: str, amount: float = 0.65) -> QColor:
    base = QColor(colour)
    return QColor.fromRgbF(*(c + (1 - c) * amount for c in (base.redF(), base.greenF(), base.blueF())))


class WeekGridModel(QAbstractTableModel):
    """Rows are quarter hours, columns are (day, office). An occurrence spans its rows."""

    OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
    NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # a permanence's partner, in full
    DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # a column's day, as the header's top band says it
    TODAY_ROLE = Qt.ItemDataRole.UserRole + 4  # whether a column's day is today

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._offices: list[Office] = []
        self._organisations: dict[int, Organisation] = {}
        self._week: Week | None = None
        self._today: date | None = None
        self._partial: dict[date, list[Closure]] = {}  # closures of part of a day
        self._first_minute, self._last_minute = 9 * 60, 17 * 60
        self._cells: dict[tuple[int, int], Occurrence] = {}  # (row, column) -> occurrence covering it
        self._starts: dict[tuple[int, int], Occurrence] = {}  # (row, column) -> occurrence starting there

    # -- loading -------------------------------------------------------------------
    def set_week(
        self,
        week: Week,
        organisations: dict[int, Organisation],
        today: date | None = None,
        partial: dict[date, list[Closure]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._week = week
        self._organisations = organisations
        self._today = today
        self._partial = partial or {}
        self._offices = [w.office for w in week.offices]
        self._days = [week.monday + timedelta(days=n) for n in range(7) if week.hours.get(n)]
        spans = [span for n in range(7) for span in week.hours.get(n, ())]
        first = min((minutes_of(a) for a, _b in spans), default=9 * 60)
        last = max((minutes_of(b) for _a, b in spans), default=17 * 60)
        self._first_minute = first // 60 * 60
        self._last_minute = -(-last // 60) * 60
        self._cells.clear()
        self._starts.clear()
        for occurrence in week.occurrences:
            column = self.column_of(occurrence.day, occurrence.office_id)
            if column < 0:
                continue
            first_row = self.row_of(occurrence.start)
            last_row = self.row_of(occurrence.end) - 1
            if occurrence.status == Status.CANCELLED and (first_row, column) in self._starts:
                continue  # a held permanence took the cancelled one's slot: show the held one
            self._starts[(first_row, column)] = occurrence
            for row in range(max(0, first_row), min(self.rowCount(), last_row + 1)):
                self._cells[(row, column)] = occurrence
        self.endResetModel()

    # -- geometry ------------------------------------------------------------------
    @property
    def days(self) -> list[date]:
        return self._days

    @property
    def offices(self) -> list[Office]:
        return self._offices

    def row_of(self, moment: time) -> int:
        return (minutes_of(moment) - self._first_minute) // SLOT_MINUTES

    def minute_of_row(self, row: int) -> int:
        return self._first_minute + row * SLOT_MINUTES

    def column_of(self, day: date, office_id: int) -> int:
        if day not in self._days:
            return -1
        office = next((n for n, o in enumerate(self._offices) if o.id == office_id), -1)
        return -1 if office < 0 else self._days.index(day) * len(self._offices) + office

    def partner_name(self, organisation_id: int) -> str:
        organisation = self._organisations.get(organisation_id)
        return "?" if organisation is None else partner_label(organisation.acronym, organisation.name)

    def cell(self, index: AnyIndex) -> Cell | None:
        if not index.isValid() or not self._offices:
            return None
        day = self._days[index.column() // len(self._offices)]
        office = self._offices[index.column() % len(self._offices)]
        return Cell(day, office, self.minute_of_row(index.row()))

    def occurrence_at(self, index: AnyIndex) -> Occurrence | None:
        return self._cells.get((index.row(), index.column())) if index.isValid() else None

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) of each occurrence, for QTableView.setSpan."""
        result = []
        for (row, column), occurrence in self._starts.items():
            rows = min(self.rowCount(), self.row_of(occurrence.end)) - max(0, row)
            if rows > 1:
                result.append((max(0, row), column, rows))
        return result

    def closed_reason(self, day: date) -> str | None:
        return self._week.closures.get(day) if self._week else None

    def closed_part(self, day: date, minute: int) -> Closure | None:
        """The closure that takes this quarter hour of the day, if one takes part of the day."""
        if minute < 0:
            return None
        moment = time(minute // 60, minute % 60)
        end = time(23, 59) if minute + SLOT_MINUTES >= 24 * 60 else time(*divmod(minute + SLOT_MINUTES, 60))
        return next((c for c in self._partial.get(day, ()) if c.covers(day, moment, end)), None)

    def is_open(self, day: date, minute: int) -> bool:
        if self._week is None:
            return False
        moment = time(minute // 60, minute % 60)
        return any(a <= moment < b for a, b in self._week.hours.get(day.weekday(), ()))

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return max(0, (self._last_minute - self._first_minute) // SLOT_MINUTES)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._days) * len(self._offices)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < self.rowCount():
                return None
            minute = self.minute_of_row(section)
            return f"{minute // 60:02d}:00" if minute % 60 == 0 else ""
        if not 0 <= section < self.columnCount():
            return None
        day = self._days[section // len(self._offices)]
        office = self._offices[section % len(self._offices)]
        if role == Qt.ItemDataRole.DisplayRole:
            return office.name
        if role == self.TODAY_ROLE:
            return day == self._today
        if role == self.DAY_ROLE:
            return self._day_label(day, "ddd d/MM")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # the day in words, "today" for who cannot see the colour, and why it is closed
            text = f"{self._day_label(day, 'dddd d MMMM')} — {office.name}"
            reasons = [self.closed_reason(day)] + [c.label for c in self._partial.get(day, ())]
            return "\n".join([text, *(self.tr("Closed: {reason}").format(reason=r) for r in reasons if r)])
        return None

    def _day_label(self, day: date, pattern: str) -> str:
        label = QLocale().toString(QDate(day.year, day.month, day.day), pattern)
        if day == self._today:
            label = self.tr("{day} · today").format(day=label)
        if self.closed_reason(day):
            label = self.tr("{day} · closed").format(day=label)
        return label

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        occurrence = self._cells.get((index.row(), index.column()))
        cell = self.cell(index)
        if role == self.OCCURRENCE_ROLE:
            return occurrence
        if role == Qt.ItemDataRole.ForegroundRole:
            # Every background painted here is light: dark text on it, whatever the system's
            # theme (white text of a high-contrast theme would vanish on the pastel colours).
            return QBrush(CELL_TEXT_COLOUR) if self.data(index, Qt.ItemDataRole.BackgroundRole) is not None else None
        if occurrence is None:
            return None if cell is None else self._empty_data(index, cell, role)
        organisation = self._organisations.get(occurrence.organisation_id)
        acronym = organisation.acronym if organisation else "?"
        if role == self.NAME_ROLE:
            return organisation.name if organisation else None
        if role == Qt.ItemDataRole.DisplayRole:
            if (index.row(), index.column()) != (max(0, self.row_of(occurrence.start)), index.column()):
                return None
            text = f"{acronym}\n{occurrence.start:%H:%M}–{occurrence.end:%H:%M}"
            if occurrence.status == Status.CANCELLED:
                text += "\n" + self.tr("cancelled")
            elif occurrence.status == Status.CLOSED:
                text += "\n" + self.tr("closed")
            elif occurrence.status == Status.NOT_HELD:
                text += "\n" + self.tr("not held")
            elif occurrence.moved:
                text += "\n" + self.tr("changed")
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if occurrence.status == Status.CANCELLED:
                return QBrush(CANCELLED_COLOUR, Qt.BrushStyle.FDiagPattern)
            if occurrence.status == Status.CLOSED:
                return QBrush(CLOSED_COLOUR, Qt.BrushStyle.BDiagPattern)
            return QBrush(lighter(organisation.colour if organisation else "#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            name = organisation.name if organisation else "?"
            tip = f"{name}\n{occurrence.start:%H:%M}–{occurrence.end:%H:%M}"
            if occurrence.closure:
                tip += "\n" + self.tr("Closed: {reason}").format(reason=occurrence.closure)
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _empty_data(self, index: AnyIndex, cell: Cell, role: int) -> object:
        """A quarter hour with no permanence: greyed if closed or outside the opening hours."""
        reason = self.closed_reason(cell.day)
        part = self.closed_part(cell.day, cell.minute)
        if role == Qt.ItemDataRole.BackgroundRole:
            if reason or part:
                return QBrush(CLOSED_COLOUR)
            if not self.is_open(cell.day, cell.minute):
                return QBrush(OUTSIDE_HOURS_COLOUR)
            if cell.day == self._today:
                return QBrush(TODAY_CELL_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and (reason or part):
            return self.tr("Closed: {reason}").format(reason=reason or (part.label if part else ""))
        if role == Qt.ItemDataRole.DisplayRole:
            if reason and index.row() == 0:
                return self.tr("Closed: {reason}").format(reason=reason)
            starts_part = part is not None and self.closed_part(cell.day, cell.minute - SLOT_MINUTES) is not part
            if starts_part and part is not None:
                return self.tr("Closed: {reason}").format(reason=part.label)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
