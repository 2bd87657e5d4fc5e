"""The reception's two tables, set up: today's visits and the counters.

Their columns are sized once, from what they can ever hold (every category, channel,
outcome and partner), not from the rows shown: logging, selecting or undoing a visit
never moves a column.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...domain.visits import Channel, Outcome
from ..fonts import readable
from ..messages import channel_label, outcome_label

CELL_PADDING = 16  # pixels around a cell's text (the style's margins and the grid line)
COUNTS_SAMPLE = "9 999"  # the widest figure a counter shows (a month of one category, of the total)


def visits_table(model: QAbstractItemModel, title: str) -> QTableView:
    table = QTableView()
    table.setObjectName("todayTable")
    table.setAccessibleName(title)
    table.setModel(model)
    readable(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list, for the next field; the arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAlternatingRowColors(True)
    return table


def _widest(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING


def size_visit_columns(table: QTableView, categories: Iterable[str], partners: Iterable[str]) -> None:
    """Each column as wide as the widest thing it may show, its heading included; the note takes the rest."""
    model = table.model()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    heading = header.fontMetrics()
    contents = (
        ["00:00"],
        [f"{label} (+9)" for label in categories],
        [channel_label(c) for c in Channel],
        [outcome_label(o) for o in Outcome],
        list(partners),
    )
    for column, texts in enumerate(contents):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(_widest(metrics, texts), heading.horizontalAdvance(title) + CELL_PADDING)
        header.resizeSection(column, width)


def counters_table(model: QAbstractItemModel, title: str) -> QTableView:
    table = QTableView()
    table.setObjectName("counterTable")
    table.setAccessibleName(title)
    table.setModel(model)
    readable(table, figures=True)  # the figures; the category names and headings as body text
    readable(table.horizontalHeader())
    readable(table.verticalHeader())
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 3)
    return table


def fit_counters(table: QTableView) -> None:
    """The counters' table exactly as large as its rows and columns: all in sight, nothing to scroll."""
    model = table.model()
    header, side = table.horizontalHeader(), table.verticalHeader()
    figures = table.fontMetrics().horizontalAdvance(COUNTS_SAMPLE) + CELL_PADDING
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(figures, header.fontMetrics().horizontalAdvance(title) + CELL_PADDING))
    labels = [str(model.headerData(row, Qt.Orientation.Vertical) or "") for row in range(model.rowCount())]
    side.setFixedWidth(_widest(side.fontMetrics(), labels))
    frame = 2 * table.frameWidth()
    table.setFixedSize(
        side.width() + header.length() + frame,
        header.sizeHint().height() + side.defaultSectionSize() * model.rowCount() + frame,
    )
