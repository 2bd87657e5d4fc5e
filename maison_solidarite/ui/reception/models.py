"""Thin Qt models over what the visit service returns. They hold no session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, QTime

from ...domain.categories import Category
from ...domain.organisations import Organisation
from ...domain.visits import CategoryCount, Visit
from ..messages import channel_label, outcome_label

AnyIndex = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    """Today's visits, most recent first."""

    TIME, CATEGORY, CHANNEL, OUTCOME, ORIENTATION, NOTE = range(6)
    UID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []
        self._categories: dict[int, Category] = {}
        self._organisations: dict[int, Organisation] = {}

    def set_visits(
        self, visits: Sequence[Visit], categories: Sequence[Category], organisations: Sequence[Organisation]
    ) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self._categories = {c.id: c for c in categories}
        self._organisations = {o.id: o for o in organisations}
        self.endResetModel()

    def prepend(self, visit: Visit) -> None:
        """A visit just logged goes on top, without reading the day again."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._visits.insert(0, visit)
        self.endInsertRows()

    def visit_at(self, row: int) -> Visit | None:
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def row_of(self, uid: str) -> int:
        return next((n for n, v in enumerate(self._visits) if v.uid == uid), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            [
                self.tr("Time"),
                self.tr("Request"),
                self.tr("Channel"),
                self.tr("Outcome"),
                self.tr("Oriented to"),
                self.tr("Note"),
            ][section]
            if 0 <= section < 6
            else None
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._visits)):
            return None
        visit = self._visits[index.row()]
        column = index.column()
        if role == self.UID_ROLE:
            return visit.uid
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return visit.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TIME:
            at = visit.visited_at
            return QLocale().toString(QTime(at.hour, at.minute, at.second), QLocale.FormatType.ShortFormat)
        if column == self.CATEGORY:
            category = self._categories.get(visit.category_id)
            extra = len(visit.secondary_ids)
            label = category.label if category else "?"
            return f"{label} (+{extra})" if extra else label
        if column == self.CHANNEL:
            return channel_label(visit.channel)
        if column == self.OUTCOME:
            return outcome_label(visit.outcome)
        if column == self.ORIENTATION:
            organisation = self._organisations.get(visit.organisation_id) if visit.organisation_id else None
            return organisation.acronym if organisation else ""
        if column == self.NOTE:
            return visit.note or ""
        return None


class CounterTableModel(QAbstractTableModel):
    """Visits by category today, this week and this month, with a total line."""

    TODAY, WEEK, MONTH = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int]] = []

    def set_counts(self, categories: Sequence[Category], counts: Sequence[CategoryCount]) -> None:
        by_id = {c.category_id: c for c in counts}
        rows = []
        for category in categories:
            count = by_id.get(category.id)
            if count is None and not category.active:
                continue
            today, week, month = (count.today, count.week, count.month) if count else (0, 0, 0)
            rows.append((category.label, today, week, month))
        totals = (sum(c.today for c in counts), sum(c.week for c in counts), sum(c.month for c in counts))
        self.beginResetModel()
        self._rows = [(self.tr("Total"), *totals), *rows]  # the total first: always in sight
        self.endResetModel()

    def count(self, label: str, column: int) -> int:
        for row in self._rows:
            if row[0] == label:
                return int(row[1 + column])
        raise KeyError(label)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return [self.tr("Today"), self.tr("Week"), self.tr("Month")][section] if 0 <= section < 3 else None
        return self._rows[section][0] if 0 <= section < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(int(self._rows[index.row()][1 + index.column()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
