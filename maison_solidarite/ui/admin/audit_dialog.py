"""The audit trail, read and filtered by a coordinator or an administrator."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._rows[index.row()][index.column()]


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
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
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
        layout.addWidget(buttons)
        self.entity.currentIndexChanged.connect(self.reload)
        self.actor.editingFinished.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.resize(1000, 560)
        self.reload()

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
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.count.setText(self.tr("%n entries", "", len(rows)))
