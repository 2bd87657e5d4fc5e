"""How a new event recurs: once, or with the rota's rules (ui/recurrence.py), up to a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel

from ...domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ...domain.rota import Recurrence, RecurrenceKind
from ..forms import pydate, qdate
from ..recurrence import RecurrenceWidgets


class RecurrenceFields(QObject):
    """Rows of a form: the rule, its details (shown for the rule that needs them), the last day.
    Not a widget itself: its fields go in the form given to ``add_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule = RecurrenceWidgets(
            once=self.tr("Once"),
            weeks_suffix=self.tr(" weeks"),
            week_labels=(
                self.tr("1st"),
                self.tr("2nd"),
                self.tr("3rd"),
                self.tr("4th"),
                self.tr("5th"),
                self.tr("last"),
            ),
            dates_hint=self.tr("dd/mm/yyyy, separated by commas"),
        )
        self.kind = self.rule.kind
        self.kind.setObjectName("eventRecurrence")
        self.interval = self.rule.interval
        self.weeks_box = self.rule.weeks_box
        self.week_checks = self.rule.week_checks
        self.dates = self.rule.dates
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
        for widget, shown in self.rule.detail_rows():
            self._form.setRowVisible(widget, shown)
        self._form.setRowVisible(self.until, self.kind.currentData() is not None)

    def recurrence(self) -> Recurrence | None:
        """None for a single event; the rule otherwise, or a French message for a mistyped date."""
        rule = self.rule.recurrence()
        if rule is not None and rule.kind == RecurrenceKind.WEEKS_OF_MONTH and not rule.weeks_of_month:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Tick at least one week of the month. Nothing was saved.")
            )
        return rule

    def last_day(self) -> date:
        return pydate(self.until.date())
