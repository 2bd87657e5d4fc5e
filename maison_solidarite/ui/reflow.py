"""Layouts that reflow when the text grows (150 %, 200 %) instead of pushing past the screen.

``AdaptiveGrid`` puts its widgets in as many equal columns as fit (the category pad, rows of
buttons); ``SideBySide`` puts two panes side by side when both fit, one above the other
otherwise. Both report as their minimum the narrowest arrangement, so that the window never
asks for more width than the screen has; the views put them in a scroll area for height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QScrollArea, QWidget


class AdaptiveGrid(QLayout):
    """Equal cells, up to ``max_columns`` a row, as many as the width allows; rows as tall as needed."""

    def __init__(self, parent: QWidget | None = None, max_columns: int = 2, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.max_columns = max_columns
        self.setSpacing(spacing)

    # -- QLayout's interface ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        cell = self._cell()
        columns = min(self.max_columns, max(1, len(self._visible())))
        margins = self.contentsMargins()
        width = columns * cell.width() + (columns - 1) * self.spacing() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        cell = self._cell(minimum=True)
        margins = self.contentsMargins()
        return QSize(cell.width() + margins.left() + margins.right(), cell.height() + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- arrangement ------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell(self, minimum: bool = False) -> QSize:
        sizes = [item.minimumSize() if minimum else item.sizeHint() for item in self._visible()]
        return QSize(max((s.width() for s in sizes), default=0), max((s.height() for s in sizes), default=0))

    def columns_for(self, width: int) -> int:
        items = self._visible()
        if not items:
            return 1
        cell = self._cell().width()
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        fit = max(1, (inner + self.spacing()) // max(1, cell + self.spacing()))
        return int(min(fit, self.max_columns, len(items)))

    def _arrange(self, rect: QRect, move: bool) -> int:
        items = self._visible()
        margins = self.contentsMargins()
        if not items:
            return margins.top() + margins.bottom()
        columns = self.columns_for(rect.width())
        inner = rect.width() - margins.left() - margins.right()
        width = max(1, (inner - (columns - 1) * self.spacing()) // columns)
        rows = [items[start : start + columns] for start in range(0, len(items), columns)]
        heights = [
            max(item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height() for item in row)
            for row in rows
        ]
        natural = sum(heights) + self.spacing() * (len(rows) - 1) + margins.top() + margins.bottom()
        extra = max(0, rect.height() - natural) // len(rows) if move else 0  # taller rows fill the space given
        y = rect.y() + margins.top()
        for row, height in zip(rows, heights, strict=False):
            if move:
                for n, item in enumerate(row):
                    x = rect.x() + margins.left() + n * (width + self.spacing())
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height + extra)))
            y += height + extra + self.spacing()
        return natural


class SideBySide(QBoxLayout):
    """Two panes left and right when they fit, else one above the other (reading order kept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)

    def _needed_width(self) -> int:
        items = [self.itemAt(i) for i in range(self.count())]
        margins = self.contentsMargins()
        widths = [item.minimumSize().width() for item in items if item is not None and not item.isEmpty()]
        return sum(widths) + self.spacing() * max(0, len(widths) - 1) + margins.left() + margins.right()

    def minimumSize(self) -> QSize:
        """As wide as the widest pane (stacked, they fit that); as tall as the arrangement in use."""
        items = [self.itemAt(i) for i in range(self.count())]
        sizes = [item.minimumSize() for item in items if item is not None and not item.isEmpty()]
        margins = self.contentsMargins()
        heights = [s.height() for s in sizes]
        height = sum(heights) + self.spacing() * max(0, len(sizes) - 1) if self.stacked else max(heights, default=0)
        return QSize(
            max((s.width() for s in sizes), default=0) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def setGeometry(self, rect: QRect) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if rect.width() >= self._needed_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.direction() != wanted:
            self.setDirection(wanted)
        super().setGeometry(rect)

    @property
    def stacked(self) -> bool:
        return self.direction() == QBoxLayout.Direction.TopToBottom


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it the full width and scrolls in height."""
    area = QScrollArea(parent)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


PREFERRED_SIZE = "maisonPreferredSize"


def fit_to_screen(window: QWidget, width: int, height: int, margin: int = 48) -> None:
    """Resize ``window`` to ``width`` x ``height``, or less: never past its screen's free area (less
    ``margin`` for the title bar), and never below the size its contents need."""
    window.setProperty(PREFERRED_SIZE, QSize(width, height))  # what a larger screen would give it
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else QSize(width, height)
    wanted = QSize(min(width, room.width()), min(height, room.height() - margin))
    window.resize(wanted.expandedTo(window.minimumSizeHint()))


class _WrappedText(QObject):
    """Gives a word-wrapped label, once laid out, the height its lines need at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLabel) or not watched.isVisible():  # a hidden tab's width means nothing yet
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched.width() > 0:
            needed = max(0, watched.heightForWidth(watched.width()))  # -1: an empty label
            if needed != watched.minimumHeight():  # its lines at this width, no more (its width never
                watched.setMinimumHeight(needed)  # depends on its height: this settles at once)
        return False


def hold_wrapped_text(window: QWidget) -> None:
    """Every word-wrapped label of ``window`` keeps all its lines: layouts inside tabs (a
    QTabWidget does not pass height-for-width on) would give it the height of fewer."""
    keeper = _WrappedText(window)
    for label in window.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)
