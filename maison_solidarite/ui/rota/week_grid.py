"""The week grid: drag a permanence to move it, drag its lower edge to change its end."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QRubberBand, QTableView, QWidget

from ...domain.rota import Occurrence, Status
from .grid_parts import BlockDelegate, DayOfficeHeader, HourHeader
from .models import SLOT_MINUTES, Cell, WeekGridModel

EDGE = 6  # pixels above a block's lower edge that grab the edge rather than the block
MIN_ROW_HEIGHT = 8  # a quarter hour: below this the week scrolls rather than shrinks


def _time(minute: int) -> time:
    return time(minute // 60, minute % 60)


class WeekGrid(QTableView):
    occurrence_moved = Signal(object, object, object, object)  # occurrence, cell, start, end
    occurrence_resized = Signal(object, object)  # occurrence, new end
    occurrence_activated = Signal(object)  # double-click or Enter on a permanence
    slot_activated = Signal(object)  # double-click or Enter on an empty quarter hour
    cancel_requested = Signal(object)  # Delete on a permanence

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setModel(model)
        self._model = model
        self.editable = True
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setShowGrid(False)  # the headers and the blocks' frames draw the lines that matter
        self.setHorizontalHeader(DayOfficeHeader(model, self))
        self.setVerticalHeader(HourHeader(model, self))
        self.setItemDelegate(BlockDelegate(model, self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The whole opening day in sight, its last half hour too: the quarter hours share the height.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(MIN_ROW_HEIGHT)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._drag: tuple[str, Occurrence, QPoint, int] | None = None
        self._dragging = False

    def apply_spans(self) -> None:
        self.clearSpans()
        for row, column, rows in self._model.spans():
            self.setSpan(row, column, rows, 1)

    def block_rect(self, occurrence: Occurrence) -> QRect:
        """Where a permanence is drawn, in viewport coordinates."""
        column = self._model.column_of(occurrence.day, occurrence.office_id)
        return self.visualRect(self._model.index(max(0, self._model.row_of(occurrence.start)), column))

    # -- mouse ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        occurrence = self._model.occurrence_at(self.indexAt(position))
        if (
            self.editable
            and event.button() == Qt.MouseButton.LeftButton
            and occurrence
            and occurrence.status == Status.SCHEDULED
        ):
            rect = self.block_rect(occurrence)
            # rowAt ignores spans: the quarter hour under the pointer, not the block's first one
            grabbed_row = self.rowAt(position.y()) - max(0, self._model.row_of(occurrence.start))
            mode = "resize" if position.y() >= rect.bottom() - EDGE else "move"
            self._drag = (mode, occurrence, position, grabbed_row)
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._drag is None:
            occurrence = self._model.occurrence_at(self.indexAt(position))
            near_edge = (
                occurrence is not None and self.editable and position.y() >= self.block_rect(occurrence).bottom() - EDGE
            )
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        drag = self._drag
        _mode, occurrence, start, _grabbed = drag
        if not self._dragging and (position - start).manhattanLength() < 4:
            return
        self._dragging = True
        target = self._target(position, drag)
        if target is None:
            self._band.hide()
            return
        cell, begin, end = target
        column = self._model.column_of(cell.day, cell.office.id)
        top = self.visualRect(self._model.index(self._model.row_of(begin), column))
        bottom_row = min(self._model.rowCount() - 1, self._model.row_of(end) - 1)
        bottom = self.visualRect(self._model.index(bottom_row, column))
        self._band.setGeometry(QRect(top.topLeft(), bottom.bottomRight()))
        self._band.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, dragging = self._drag, self._dragging
        self._drag, self._dragging = None, False
        self._band.hide()
        if drag is None or not dragging:
            super().mouseReleaseEvent(event)
            return
        target = self._target(event.position().toPoint(), drag)
        if target is None:
            return
        cell, begin, end = target
        mode, occurrence, _start, _grabbed = drag
        if mode == "resize":
            if end != occurrence.end:
                self.occurrence_resized.emit(occurrence, end)
        elif (cell.day, cell.office.id, begin) != (occurrence.day, occurrence.office_id, occurrence.start):
            self.occurrence_moved.emit(occurrence, cell, begin, end)

    def _target(self, position: QPoint, drag: tuple[str, Occurrence, QPoint, int]) -> tuple[Cell, time, time] | None:
        """The day, office, start and end a drag would give at ``position``."""
        mode, occurrence, _start, grabbed_row = drag
        row, column = self.rowAt(position.y()), self.columnAt(position.x())
        if row < 0 or column < 0:
            return None
        index = self._model.index(row, column)
        cell = self._model.cell(index)
        if cell is None:
            return None
        if mode == "resize":
            original = self._model.cell(
                self._model.index(
                    max(0, self._model.row_of(occurrence.start)),
                    self._model.column_of(occurrence.day, occurrence.office_id),
                )
            )
            end_minute = cell.minute + SLOT_MINUTES
            start_minute = occurrence.start.hour * 60 + occurrence.start.minute
            if end_minute <= start_minute or original is None:
                return None
            return original, occurrence.start, _time(end_minute)
        start_minute = self._model.minute_of_row(max(0, index.row() - grabbed_row))
        end_minute = start_minute + occurrence.minutes
        return Cell(cell.day, cell.office, start_minute), _time(start_minute), _time(end_minute)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._activate(self.indexAt(event.position().toPoint()))

    def _activate(self, index: QModelIndex) -> None:
        occurrence = self._model.occurrence_at(index)
        if occurrence is not None:
            self.occurrence_activated.emit(occurrence)
        elif (cell := self._model.cell(index)) is not None:
            self.slot_activated.emit(cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            occurrence = self._model.occurrence_at(self.currentIndex())
            if occurrence is not None and occurrence.status == Status.SCHEDULED:
                self.cancel_requested.emit(occurrence)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
