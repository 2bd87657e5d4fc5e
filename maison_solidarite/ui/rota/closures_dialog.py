"""Closure days entered by the coordinator (public holidays come by themselves)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...services import Services
from ..forms import error_label, pydate, qdate, show_refusal
from ..messages import show_error


class ClosuresDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closuresDialog")
        self.setWindowTitle(self.tr("Closure days"))
        self._services = services
        self.changed = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Closure days"))
        self.first = QDateEdit()
        self.last = QDateEdit()
        today = services.ctx.now().date()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(qdate(today))
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(self.tr("for example: building closed, summer week"))
        self.add_button = QPushButton(self.tr("&Add the closure"))
        self.remove_button = QPushButton(self.tr("&Remove the selected closure"))
        self.error = error_label("closuresError")
        note = QLabel(self.tr("French public holidays close the Maison without being entered here."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&First day"), self.first)
        form.addRow(self.tr("&Last day"), self.last)
        form.addRow(self.tr("Rea&son"), self.label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.resize(520, 480)
        self._load()

    def _load(self) -> None:
        self.list.clear()
        locale = QLocale()
        for closure in self._services.rota.closures():
            first = locale.toString(qdate(closure.first_day), QLocale.FormatType.ShortFormat)
            last = locale.toString(qdate(closure.last_day), QLocale.FormatType.ShortFormat)
            span = first if first == last else self.tr("{first} to {last}").format(first=first, last=last)
            item = QListWidgetItem(f"{span} — {closure.label}")
            item.setData(Qt.ItemDataRole.UserRole, closure.id)
            self.list.addItem(item)

    def _on_add_button_clicked(self) -> None:
        first, last = self.first.date(), self.last.date()
        try:
            _closure, affected = self._services.rota.add_closure(pydate(first), pydate(last), self.label.text())
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.error.hide()
        self.changed = True
        self.label.clear()
        self._load()
        acronyms = {o.id: o.acronym for o in self._services.organisations.list()}
        if affected:
            lines = "\n".join(
                f"{QLocale().toString(qdate(o.day), QLocale.FormatType.ShortFormat)} {o.start:%H:%M}–{o.end:%H:%M} {acronyms.get(o.organisation_id, '?')}"
                for o in affected
            )
            QMessageBox.information(
                self,
                self.tr("Closure days"),
                self.tr("These permanences will not be held; tell the partners:\n{lines}").format(lines=lines),
            )

    def _on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self._services.rota.remove_closure(item.data(Qt.ItemDataRole.UserRole))
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._load()
