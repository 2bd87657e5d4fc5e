"""Closure days entered by the coordinator, whole or in part (public holidays come by themselves)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.permanences import Closure, ClosurePart, closure_times
from ...services import Services
from ..forms import error_label, pydate, pytime, qdate, show_refusal
from ..messages import show_error
from .warnings import warning_text


class ClosuresDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closuresDialog")
        self.setWindowTitle(self.tr("Closure days"))
        self._services = services
        self.changed = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Closure days"))
        self.list.setWordWrap(True)
        self.first = QDateEdit()
        self.last = QDateEdit()
        today = services.ctx.now().date()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(qdate(today))
        self._build_part()
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
        form.addRow(self.tr("&Closed"), self.part)
        form.addRow("", self.hours)
        self._form = form
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
        self.part.currentIndexChanged.connect(self._on_part_current_index_changed)
        self._on_part_current_index_changed()
        metrics = self.fontMetrics()  # the size follows the text size, within a 1366 x 768 screen
        self.resize(min(metrics.averageCharWidth() * 64, 1300), min(metrics.height() * 26, 720))
        self._load()

    def _build_part(self) -> None:
        """Which part of each day the closure takes, and its times when it is a time range."""
        self.part = QComboBox()
        for part, text in (
            (ClosurePart.WHOLE_DAY, self.tr("The whole day")),
            (ClosurePart.MORNING, self.tr("The morning (until 13:00)")),
            (ClosurePart.AFTERNOON, self.tr("The afternoon (from 13:00)")),
            (ClosurePart.HOURS, self.tr("From one time to another")),
        ):
            self.part.addItem(text, part)
        self.from_time, self.to_time = QTimeEdit(QTime(14, 0)), QTimeEdit(QTime(17, 0))
        hours = QHBoxLayout()
        for time_edit, text in ((self.from_time, self.tr("from")), (self.to_time, self.tr("to"))):
            time_edit.setDisplayFormat("HH:mm")
            hours.addWidget(QLabel(text))
            hours.addWidget(time_edit)
        hours.addStretch(1)
        self.hours = QWidget()
        self.hours.setLayout(hours)
        hours.setContentsMargins(0, 0, 0, 0)

    def _on_part_current_index_changed(self) -> None:
        self._form.setRowVisible(self.hours, self.part.currentData() == ClosurePart.HOURS)

    def draft(self) -> Closure:
        """The closure the form describes, not yet written."""
        part = ClosurePart(self.part.currentData())
        start, end = closure_times(part, pytime(self.from_time.time()), pytime(self.to_time.time()))
        return Closure(None, pydate(self.first.date()), pydate(self.last.date()), self.label.text(), start, end)

    def _hours(self, closure: Closure) -> str:
        if closure.part == ClosurePart.MORNING:
            return self.tr("morning")
        if closure.part == ClosurePart.AFTERNOON:
            return self.tr("afternoon")
        start = closure.start.strftime("%H:%M") if closure.start else "00:00"
        return f"{start}–{closure.end:%H:%M}" if closure.end else self.tr("from {start}").format(start=start)

    def _load(self) -> None:
        self.list.clear()
        locale = QLocale()
        for closure in self._services.rota.closures():
            first = locale.toString(qdate(closure.first_day), QLocale.FormatType.ShortFormat)
            last = locale.toString(qdate(closure.last_day), QLocale.FormatType.ShortFormat)
            span = first if first == last else self.tr("{first} to {last}").format(first=first, last=last)
            if not closure.whole_day:
                span = f"{span}, {self._hours(closure)}"
            item = QListWidgetItem(f"{span} — {closure.label}")
            item.setData(Qt.ItemDataRole.UserRole, closure.id)
            self.list.addItem(item)

    def _on_add_button_clicked(self) -> None:
        draft = self.draft()
        # what the service would refuse is refused first (below), with no warning before it
        times_ok = draft.start is None or draft.end is None or draft.start < draft.end
        if draft.label.strip() and draft.last_day >= draft.first_day and times_ok and not self._confirmed(draft):
            return
        try:
            self._services.rota.add_closure(draft.first_day, draft.last_day, draft.label, draft.start, draft.end)
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.error.hide()
        self.changed = True
        self.label.clear()
        self._load()

    def _confirmed(self, draft: Closure) -> bool:
        """Name the permanences the closure suspends, and the people booked in them, before writing."""
        suspended = [
            o
            for o in self._services.rota.occurrences(draft.first_day, draft.last_day)
            if o.held and draft.covers(o.day, o.start, o.end)
        ]
        if not suspended:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Closure days"),
            warning_text(self._services, suspended) + "\n\n" + self.tr("Add the closure?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
