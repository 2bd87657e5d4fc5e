"""A grid of counts typed from paper: one row per request category, columns to fill in.

Digits typed on a cell replace it, Tab goes to the next one and Enter saves the dialog.
Read-only columns (visits logged live, a row's total) are shown greyed and skipped by Tab.
A cell left empty means "not known"; a cell that is not a whole number, 0 or more, is
marked in red and named under the grid, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.history import parse_count
from ..forms import error_colour

BAD_BACKGROUND = "#f6d5d5"  # a pale red behind a refused cell; the text stays dark (contrast > 10:1)


@dataclass(frozen=True, slots=True)
class BadCell:
    """A cell that is not a count: where, what was typed, and why."""

    row: int
    column: int
    text: str
    error: UserError


class _CountEditor(QStyledItemDelegate):
    """The editor of a cell: a line edit with the cell's name for a screen reader."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setMaxLength(9)
        grid = self.parent()
        if isinstance(grid, CountsGrid):
            editor.setAccessibleName(grid.cell_name(index.row(), index.column()))
        return editor

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        grid = self.parent()
        if isinstance(editor, QLineEdit):
            if isinstance(grid, CountsGrid) and editor.text().strip() != (index.data() or ""):
                grid.typed = True
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class CountsGrid(QTableWidget):
    """Rows of categories; ``editable`` columns take counts, the others are read-only figures."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.codes: list[str] = []
        self.editable: set[int] = set()
        self.typed = False  # counts typed since the grid was filled: not saved yet
        self.setItemDelegate(_CountEditor(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 4)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_grid(self, rows: Sequence[tuple[str, str]], headers: Sequence[str], editable: set[int]) -> None:
        """``rows``: (code, label) of each category; ``headers``: the columns; ``editable``: which take counts."""
        self.blockSignals(True)
        self.clear()
        self.codes = [code for code, _label in rows]
        self.editable = set(editable)
        self.typed = False
        self.setRowCount(len(rows))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setVerticalHeaderLabels([label for _code, label in rows])
        greyed = QBrush(self.palette().alternateBase())
        for row in range(len(rows)):
            for column in range(len(headers)):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column not in self.editable:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setBackground(greyed)
                self.setItem(row, column, item)
        self.blockSignals(False)
        first = min(self.editable, default=0)
        self.setCurrentCell(0, first)

    def needed_width(self) -> int:
        """The width that shows every column whole: the row labels, the columns, the frame and a scroll bar."""
        header = self.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(self.columnCount()))
        scroll = self.verticalScrollBar().sizeHint().width()
        return self.verticalHeader().sizeHint().width() + columns + scroll + 2 * self.frameWidth() + 4

    def needed_height(self) -> int:
        """The height that shows every row whole, with the header and the frame."""
        rows = sum(self.verticalHeader().sectionSizeHint(r) for r in range(self.rowCount()))
        scroll = self.horizontalScrollBar().sizeHint().height()
        return self.horizontalHeader().sizeHint().height() + rows + scroll + 2 * self.frameWidth() + 4

    def cell_name(self, row: int, column: int) -> str:
        """The cell's category and column, as a screen reader and an error message say them."""
        label = self.verticalHeaderItem(row)
        header = self.horizontalHeaderItem(column)
        return f"{label.text() if label else ''} — {header.text() if header else ''}"

    def set_value(self, row: int, column: int, value: int | None) -> None:
        item = self.item(row, column)
        if item is not None:
            item.setText("" if value is None else str(value))

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def counts(self, column: int) -> tuple[dict[str, int], list[BadCell]]:
        """The counts typed in ``column`` by category code (empty cells left out), and the bad cells."""
        found: dict[str, int] = {}
        bad: list[BadCell] = []
        for row, code in enumerate(self.codes):
            text = self.text(row, column)
            if not text:
                continue
            try:
                found[code] = parse_count(text)
            except UserError as exc:
                bad.append(BadCell(row, column, text, exc))
        return found, bad

    def mark(self, bad: Sequence[BadCell]) -> None:
        """Refused cells in red (the others as they were); the first one gets the focus."""
        refused = {(cell.row, cell.column) for cell in bad}
        for row in range(self.rowCount()):
            for column in self.editable:
                item = self.item(row, column)
                if item is None:
                    continue
                wrong = (row, column) in refused
                item.setBackground(QBrush(QColor(BAD_BACKGROUND)) if wrong else QBrush())
                item.setForeground(QBrush(QColor(error_colour())) if wrong else QBrush())
        if bad:
            self.setCurrentCell(bad[0].row, bad[0].column)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab go from one cell to fill in to the next, row by row, over the
        read-only ones; past the last (or before the first) they leave the grid."""
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        cells = [(row, column) for row in range(self.rowCount()) for column in sorted(self.editable)]
        here = (self.currentRow(), self.currentColumn())
        following = [cell for cell in cells if (cell > here if forward else cell < here)]
        if not following:
            return QModelIndex()
        row, column = following[0] if forward else following[-1]
        return self.model().index(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace empty the cell (not known), as on a spreadsheet."""
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and item is not None
            and self.currentColumn() in self.editable
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.typed = self.typed or bool(item.text())
            item.setText("")
            return
        super().keyPressEvent(event)


def may_drop_typed(grid: CountsGrid, parent: QWidget) -> bool:
    """True when nothing typed is unsaved, or the person agrees to leave it unsaved."""
    if not grid.typed:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CountsGrid", "Counts not saved"),
        QCoreApplication.translate("CountsGrid", "The counts typed are not saved. Leave them unsaved?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
