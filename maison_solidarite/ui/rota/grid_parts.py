"""How the week grid is drawn: the day over its offices, the hours down the side, and each
permanence with its partner's full name where the block has room, its acronym otherwise."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .models import WeekGridModel

TODAY_COLOUR = QColor("#1f5fa8")  # today's band: white text on a dark blue, 7:1 contrast
TODAY_TEXT_COLOUR = QColor("#ffffff")
GRID_LINE_COLOUR = QColor("#8c8c8c")
PADDING = 4


class DayOfficeHeader(QHeaderView):
    """Two bands: each day once, across its offices, and under it the name of each office."""

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._model = model
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def _band(self) -> int:
        """The day band: one line, or two when a day's words do not fit across its offices."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        offices = max(1, len(self._model.offices))
        lines = 1
        for first in range(0, self.count(), offices):
            width = sum(self.sectionSize(s) for s in range(first, min(self.count(), first + offices)))
            text = str(self._model.headerData(first, Qt.Orientation.Horizontal, self._model.DAY_ROLE) or "")
            if width and metrics.horizontalAdvance(text) > width - 2 * PADDING:
                lines = 2
        return lines * metrics.height() + 2 * PADDING

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._band() + self.fontMetrics().height() + 2 * PADDING + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the day band may need a second line, or no longer

    def _last_of_day(self, section: int) -> int:
        """The last section of this section's day (where the day's band ends)."""
        offices = max(1, len(self._model.offices))
        return min(self.count() - 1, section - section % offices + offices - 1)

    def _day_rect(self, section: int, rect: QRect) -> QRect:
        """The top band across every office of this section's day, in header coordinates."""
        offices = max(1, len(self._model.offices))
        first, last = section - section % offices, self._last_of_day(section)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        return QRect(left, rect.top(), right - left, self._band())

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        model = self._model
        painter.save()
        painter.setClipRect(rect)
        palette = self.palette()
        today = bool(model.headerData(logical_index, Qt.Orientation.Horizontal, model.TODAY_ROLE))
        day_rect = self._day_rect(logical_index, rect)
        office_rect = QRect(rect.left(), day_rect.bottom() + 1, rect.width(), rect.bottom() - day_rect.bottom())
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        if today:
            painter.fillRect(day_rect, TODAY_COLOUR)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TODAY_TEXT_COLOUR if today else palette.color(QPalette.ColorRole.ButtonText))
        day_text = str(model.headerData(logical_index, Qt.Orientation.Horizontal, model.DAY_ROLE) or "")
        painter.drawText(
            day_rect.adjusted(PADDING, 0, -PADDING, 0),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            day_text,
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        office_text = str(model.headerData(logical_index, Qt.Orientation.Horizontal) or "")
        painter.drawText(
            office_rect.adjusted(PADDING, 0, -PADDING, 0),
            int(Qt.AlignmentFlag.AlignCenter),
            self.fontMetrics().elidedText(office_text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PADDING),
        )
        painter.setPen(GRID_LINE_COLOUR)
        painter.drawLine(rect.left(), day_rect.bottom(), rect.right(), day_rect.bottom())
        painter.drawLine(rect.right(), office_rect.top(), rect.right(), rect.bottom())
        if logical_index == self._last_of_day(logical_index):
            painter.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom())
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


class HourHeader(QHeaderView):
    """The hours down the side, each written across its four quarter hours."""

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._model = model
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("00:00") + 3 * PADDING, hint.height())

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        minute = self._model.minute_of_row(logical_index)
        first = logical_index - (minute % 60) // 15  # the hour's first quarter
        last = min(self.count() - 1, first + 3)
        top = self.sectionViewportPosition(first)
        bottom = self.sectionViewportPosition(last) + self.sectionSize(last)
        painter.save()
        painter.setClipRect(rect)
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Button))
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        hour = self._model.minute_of_row(first) // 60
        painter.drawText(
            QRect(rect.left(), top, rect.width() - PADDING, bottom - top),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            f"{hour:02d}:00",
        )
        painter.setPen(GRID_LINE_COLOUR)
        if logical_index == first:
            painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
        painter.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom())
        painter.restore()


class BlockDelegate(QStyledItemDelegate):
    """A permanence's first line is its partner's full name when it fits, the acronym otherwise."""

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        name = index.data(self._model.NAME_ROLE)
        if not name or not option.text:
            return
        # initStyleOption has made the model's line breaks Unicode line separators
        lines = option.text.replace("\u2028", "\n").split("\n")
        room = option.rect.width() - 2 * PADDING
        metrics = option.fontMetrics
        first = name if metrics.horizontalAdvance(name) <= room else lines[0]
        rest = []
        for line in lines[1:]:  # "09:00–12:00" too wide: "09:00–" over "12:00"
            if metrics.horizontalAdvance(line) > room and "–" in line:
                rest.extend(line.replace("–", "–\n", 1).split("\n"))
            else:
                rest.append(line)
        option.text = "\u2028".join([first, *rest])

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        if index.data(self._model.NAME_ROLE):  # a permanence: a frame shows where it ends
            painter.save()
            painter.setPen(GRID_LINE_COLOUR)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
