"""Qt models and the bar chart of the statistics screen; they hold figures, never a session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.dates import WEEKDAY_NAMES
from ...domain.statistics import Line, NumberFormat

AnyIndex = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    """A breakdown: label, count, share, and, when compared, last year's count and the change."""

    def __init__(self, numbers: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = numbers
        self._lines: list[Line] = []
        self._compared = False
        self._headers: list[str] = []
        self._total: Line | None = None

    def set_lines(
        self, lines: Sequence[Line], headers: Sequence[str], *, compared: bool = False, total: Line | None = None
    ) -> None:
        self.beginResetModel()
        self._lines, self._headers, self._compared, self._total = list(lines), list(headers), compared, total
        self.endResetModel()

    def _rows(self) -> list[Line]:
        return self._lines + ([self._total] if self._total else [])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else (5 if self._compared else 3)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        rows = self._rows()
        if not index.isValid() or not (0 <= index.row() < len(rows)) or not (0 <= index.column() < self.columnCount()):
            return None
        line = rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line is self._total:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        missing = QCoreApplication.translate("StatisticsSheet", "n/a")
        values = [
            line.label,
            self._numbers.integer(line.count),
            self._numbers.percent(line.share),
            missing if line.previous is None else self._numbers.integer(line.previous),
            self._numbers.change(line.change, missing),
        ]
        return values[column]


class HeatMapModel(QAbstractTableModel):
    """Visits by weekday (rows) and hour (columns); darker is busier."""

    def __init__(self, numbers: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = numbers
        self._matrix: dict[tuple[int, int], int] = {}
        self._hours: list[int] = list(range(9, 17))
        self._days: list[int] = list(range(5))

    def set_matrix(self, matrix: dict[tuple[int, int], int]) -> None:
        self.beginResetModel()
        self._matrix = dict(matrix)
        hours = sorted({h for _d, h in matrix}) or [9, 16]
        self._hours = list(range(min(hours), max(hours) + 1))
        self._days = [d for d in range(7) if d < 5 or any(matrix.get((d, h)) for h in self._hours)]
        self.endResetModel()

    def count(self, weekday: int, hour: int) -> int:
        return self._matrix.get((weekday, hour), 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hours)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"{self._hours[section]}h" if 0 <= section < len(self._hours) else None
        if 0 <= section < len(self._days):
            return QCoreApplication.translate("Labels", WEEKDAY_NAMES[self._days[section]]).capitalize()
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._days) and 0 <= index.column() < len(self._hours)):
            return None
        count = self.count(self._days[index.row()], self._hours[index.column()])
        top = max(self._matrix.values(), default=0) or 1
        level = count / top
        if role == Qt.ItemDataRole.DisplayRole:
            return self._numbers.integer(count) if count else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            shade = int(255 * (1 - 0.75 * level))
            return QBrush(QColor(shade, shade, shade))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("white") if level > 0.55 else QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class BarChart(QWidget):
    """Horizontal bars, one per line, as on the printed sheet."""

    def __init__(self, numbers: NumberFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self._numbers = numbers
        self._items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_items(self, items: Sequence[tuple[str, int]]) -> None:
        self._items = list(items)
        self.setMinimumHeight(self.fontMetrics().height() * (len(self._items) + 1) + 8)
        self.setAccessibleDescription(
            "; ".join(f"{label} {self._numbers.integer(count)}" for label, count in self._items)
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        row = metrics.height() + 2
        label_width = max((metrics.horizontalAdvance(label) for label, _n in self._items), default=0) + 10
        value_width = metrics.horizontalAdvance("0 000 000") + 8
        top = max((n for _l, n in self._items), default=0) or 1
        space = max(10, self.width() - label_width - value_width)
        for index, (label, count) in enumerate(self._items):
            y = 4 + index * row
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_width - 6, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            length = space * count / top
            painter.fillRect(QRectF(label_width, y + 2, max(length, 1), row - 4), QColor(128, 128, 128))
            painter.drawText(
                QRectF(label_width + length + 4, y, value_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._numbers.integer(count),
            )
        painter.end()
