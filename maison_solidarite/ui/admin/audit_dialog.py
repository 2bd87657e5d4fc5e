"""The audit trail, read and filtered by a coordinator or an administrator."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...services import Services
from ...services.audit import AuditEntry, RecordNames
from ..forms import pydate, qdate
from ..messages import show_error
from .audit_records import record_words
from .audit_words import ENTITIES, action_words, changes, label


class AuditModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLabels", "When"),
        QT_TRANSLATE_NOOP("AuditLabels", "Who"),
        QT_TRANSLATE_NOOP("AuditLabels", "Action"),
        QT_TRANSLATE_NOOP("AuditLabels", "Record"),
        QT_TRANSLATE_NOOP("AuditLabels", "Before"),
        QT_TRANSLATE_NOOP("AuditLabels", "After"),
    )
    BEFORE = 4  # the column of the values before; the values after follow it
    MODES = (
        *(QHeaderView.ResizeMode.ResizeToContents,) * 3,
        QHeaderView.ResizeMode.Interactive,  # the record: see AuditDialog._share_columns
        *(QHeaderView.ResizeMode.Stretch,) * 2,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_entries(self, rows: list[AuditEntry], names: RecordNames) -> None:
        """The entries in words, the most recent first: put into words once, not at each paint."""
        self.beginResetModel()
        self._rows = [_in_words(entry, names) for entry in reversed(rows)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("AuditLabels", self.HEADERS[section])
        return None

    def full_text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", "; ")  # one line a row: a long trail stays quick to scroll
        if role == Qt.ItemDataRole.ToolTipRole and "\n" in text:
            return text  # the whole change, a field a line
        return None


def _in_words(entry: AuditEntry, names: RecordNames) -> tuple[str, ...]:
    before, after = changes(entry, names)
    return (
        entry.at.strftime("%d/%m/%Y %H:%M:%S"),
        entry.actor,
        action_words(entry),
        record_words(entry, names),
        before,
        after,
    )


class AuditDialog(QDialog):
    """Filters by record, person and dates; the most recent entries first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self._services = services
        today = services.ctx.now().date()
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("All records"), None)
        for key in sorted(ENTITIES, key=lambda k: label(ENTITIES, k)):
            self.entity.addItem(label(ENTITIES, key), key)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("everyone"))
        self.since = QDateEdit(qdate(today - timedelta(days=30)), self)
        self.until = QDateEdit(qdate(today), self)
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("To"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self._build_table()
        filters = QFormLayout()
        filters.addRow(self.tr("&Record:"), self.entity)
        filters.addRow(self.tr("&Person:"), self.actor)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.until)
        dates.addStretch(1)
        filters.addRow(self.tr("From:"), dates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_details())
        layout.addWidget(buttons)
        self.entity.currentIndexChanged.connect(self.reload)
        self.actor.editingFinished.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self._fit_screen()
        self.reload()

    def _build_table(self) -> None:
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line a row; the selected entry's change in full below
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate(AuditModel.MODES):
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    def _build_details(self) -> QHBoxLayout:
        """The selected entry's values before and after, a field a line."""
        details = QHBoxLayout()
        self.before, self.after = QLabel(self), QLabel(self)
        for name, widget in (("auditBefore", self.before), ("auditAfter", self.after)):
            widget.setObjectName(name)
            widget.setWordWrap(True)
            widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addWidget(widget, 1)
        return details

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for widget, column in ((self.before, AuditModel.BEFORE), (self.after, AuditModel.BEFORE + 1)):
            text = self.model.full_text(current.row(), column) if current.isValid() else ""
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widget.setText(f"{title}\n{text}" if text else "")

    def _share_columns(self) -> None:
        """When, who and what in full; the record up to a third of the width; the values share the rest."""
        record = AuditModel.BEFORE - 1
        wanted = max(self.table.sizeHintForColumn(record), self.table.horizontalHeader().sectionSizeHint(record))
        self.table.horizontalHeader().resizeSection(record, min(wanted, self.table.width() // 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_columns()

    def _fit_screen(self) -> None:
        """1000 x 560 px at least, more as the text grows, within the screen."""
        metrics, screen = self.fontMetrics(), self.screen().availableGeometry()
        self.resize(
            min(max(metrics.averageCharWidth() * 170, 1000), screen.width() - 40),
            min(max(metrics.lineSpacing() * 32, 560), screen.height() - 80),
        )

    def reload(self) -> None:
        since = datetime.combine(pydate(self.since.date()), time())
        until = datetime.combine(pydate(self.until.date()) + timedelta(days=1), time())
        try:
            rows = self._services.audit.trail(
                entity=self.entity.currentData(),
                actor=self.actor.text().strip() or None,
                since=since,
                until=until,
            )
            names = self._services.audit.names()
        except UserError as exc:
            show_error(self, exc)
            rows, names = [], RecordNames()
        self.model.set_entries(rows, names)
        self._share_columns()
        if rows:
            self.table.selectRow(0)
        self.count.setText(self.tr("%n entries", "", len(rows)))
