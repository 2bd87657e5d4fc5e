"""How a new event recurs: once, or with the rota's rules (ui/rota/series_dialog.py), up to a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ...domain.rota import LAST, RECURRENCE_LABELS, Recurrence, RecurrenceKind
from ..forms import pydate, qdate


class RecurrenceFields(QObject):
    """Rows of a form: the rule, its details (shown for the rule that needs them), the last day.
    Not a widget itself: its fields go in the form given to ``add_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("eventRecurrence")
        self.kind.addItem(self.tr("Once"), None)
        for kind, text in RECURRENCE_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("Labels", text), kind)
        self.interval = QSpinBox()
        self.interval.setRange(2, 52)
        self.interval.setSuffix(self.tr(" weeks"))
        self.weeks_box = QWidget()
        weeks = QHBoxLayout(self.weeks_box)
        weeks.setContentsMargins(0, 0, 0, 0)
        self.week_checks: dict[int, QCheckBox] = {}
        for value, text in (
            (1, self.tr("1st")),
            (2, self.tr("2nd")),
            (3, self.tr("3rd")),
            (4, self.tr("4th")),
            (5, self.tr("5th")),
            (LAST, self.tr("last")),
        ):
            self.week_checks[value] = QCheckBox(text)
            weeks.addWidget(self.week_checks[value])
        weeks.addStretch(1)
        self.dates = QLineEdit()
        self.dates.setPlaceholderText(self.tr("dd/mm/yyyy, separated by commas"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.kind.currentIndexChanged.connect(lambda _i: self.update_rows())
        self._form: QFormLayout | None = None

    def add_rows(self, form: QFormLayout) -> None:
        self._form = form
        caption = QLabel(self.tr("&Recurrence"))
        caption.setBuddy(self.kind)
        form.addRow(caption, self.kind)
        for text, widget in (
            (self.tr("Every"), self.interval),
            (self.tr("Weeks of the month"), self.weeks_box),
            (self.tr("Dates"), self.dates),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        until = QLabel(self.tr("&Until"))
        until.setBuddy(self.until)
        form.addRow(until, self.until)
        self.update_rows()

    def set_first_day(self, day: date) -> None:
        self.until.setDate(qdate(day.replace(month=12, day=31)))

    def update_rows(self) -> None:
        if self._form is None:
            return
        kind = self.kind.currentData()
        for widget, shown in (
            (self.interval, kind == RecurrenceKind.EVERY_N_WEEKS),
            (self.weeks_box, kind == RecurrenceKind.WEEKS_OF_MONTH),
            (self.dates, kind == RecurrenceKind.DATES),
            (self.until, kind is not None),
        ):
            self._form.setRowVisible(widget, shown)

    def recurrence(self) -> Recurrence | None:
        """None for a single event; the rule otherwise, or a French message for a mistyped date."""
        data = self.kind.currentData()
        if data is None:
            return None
        kind = RecurrenceKind(data)  # a combo box gives its data back as a plain string
        if kind == RecurrenceKind.EVERY_N_WEEKS:
            return Recurrence(kind, interval=self.interval.value())
        if kind == RecurrenceKind.WEEKS_OF_MONTH:
            chosen = frozenset(v for v, c in self.week_checks.items() if c.isChecked())
            if not chosen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Tick at least one week of the month. Nothing was saved.")
                )
            return Recurrence(kind, weeks_of_month=chosen)
        if kind == RecurrenceKind.DATES:
            return Recurrence(kind, dates=tuple(_dates(self.dates.text())))
        return Recurrence(kind)

    def last_day(self) -> date:
        return pydate(self.until.date())


def _dates(text: str) -> list[date]:
    found = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            day, month, year = (int(x) for x in part.split("/"))
            found.append(date(year, month, day))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date (expected for example 14/03/2027).'),
                value=part,
            ) from None
    return found
