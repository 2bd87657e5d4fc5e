"""The audit trail, read and filtered by a coordinator or an administrator."""

from __future__ import annotations

import json
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
from ...services.audit import AuditEntry
from ..forms import pydate, qdate
from ..messages import show_error

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "creation"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "change"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "deletion"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "import"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "export"),
    "print": QT_TRANSLATE_NOOP("AuditLabels", "printing"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "backup"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restore"),
    "purge": QT_TRANSLATE_NOOP("AuditLabels", "purge"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "login"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "logout"),
    "failed_login": QT_TRANSLATE_NOOP("AuditLabels", "failed login"),
}
ENTITIES = {
    "visit": QT_TRANSLATE_NOOP("AuditLabels", "visit"),
    "permanence": QT_TRANSLATE_NOOP("AuditLabels", "permanence"),
    "permanence_change": QT_TRANSLATE_NOOP("AuditLabels", "permanence exception"),
    "closure": QT_TRANSLATE_NOOP("AuditLabels", "closure"),
    "office": QT_TRANSLATE_NOOP("AuditLabels", "office"),
    "organisation": QT_TRANSLATE_NOOP("AuditLabels", "partner"),
    "appointment": QT_TRANSLATE_NOOP("AuditLabels", "appointment"),
    "category": QT_TRANSLATE_NOOP("AuditLabels", "category"),
    "account": QT_TRANSLATE_NOOP("AuditLabels", "account"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "setting"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "database"),
}


def _label(table: dict[str, str], value: str) -> str:
    return QCoreApplication.translate("AuditLabels", table[value]) if value in table else value


def _values(values: dict[str, object] | None) -> str:
    if not values:
        return ""
    return ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(values.items()))


class AuditModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLabels", "When"),
        QT_TRANSLATE_NOOP("AuditLabels", "Who"),
        QT_TRANSLATE_NOOP("AuditLabels", "Action"),
        QT_TRANSLATE_NOOP("AuditLabels", "Record"),
        QT_TRANSLATE_NOOP("AuditLabels", "Key"),
        QT_TRANSLATE_NOOP("AuditLabels", "Before"),
        QT_TRANSLATE_NOOP("AuditLabels", "After"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_entries(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(rows))  # the most recent first
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
        entry = self._rows[index.row()]
        return (
            entry.at.strftime("%d/%m/%Y %H:%M:%S"),
            entry.actor,
            _label(ACTIONS, entry.action),
            _label(ENTITIES, entry.entity),
            entry.key,
            _values(entry.before),
            _values(entry.after),
        )[index.column()]


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
        for key in sorted(ENTITIES, key=lambda k: _label(ENTITIES, k)):
            self.entity.addItem(_label(ENTITIES, key), key)
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
        except UserError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_entries(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n entries", "", len(rows)))
