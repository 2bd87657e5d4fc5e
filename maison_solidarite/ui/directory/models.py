"""The directory's search results as a Qt model: it holds what the service found, never a session."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...services.directory import SearchResult
from ..forms import qdate

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    ACRONYM, NAME, NEXT = range(3)

    def __init__(self, offices: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self._offices = offices

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [self.tr("Acronym"), self.tr("Partner"), self.tr("Next permanence")][section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        result = self.result(index.row()) if index.isValid() else None
        if result is None or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.column() < 3:
            return None
        if index.column() == self.ACRONYM:
            return result.sheet.acronym
        if index.column() == self.NAME:
            return result.sheet.name
        occurrence = result.next_occurrence
        if occurrence is None:
            return self.tr("none planned")
        day = QLocale().toString(qdate(occurrence.day), "ddd d MMM")
        return f"{day} {occurrence.start:%H:%M}, {self._offices.get(occurrence.office_id, '')}"
