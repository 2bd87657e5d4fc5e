"""The widgets of a recurrence rule, shared by the rota's series dialog and the agenda's event dialog.

The texts come from the caller (its own ``self.tr``), so that each dialog keeps its translation context."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.rota import LAST, RECURRENCE_LABELS, Recurrence, RecurrenceKind
from .forms import select_data

WEEKS_OF_MONTH = (1, 2, 3, 4, 5, LAST)


class RecurrenceWidgets:
    """The rule's combo box (with a first "once" item if ``once`` is given), the interval, the weeks of
    the month (one label per value of WEEKS_OF_MONTH) and the dates field; not laid out."""

    def __init__(self, *, once: str | None, weeks_suffix: str, week_labels: Sequence[str], dates_hint: str) -> None:
        self.kind = QComboBox()
        if once is not None:
            self.kind.addItem(once, None)
        for kind, text in RECURRENCE_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("Labels", text), kind)
        self.interval = QSpinBox()
        self.interval.setRange(2, 52)
        self.interval.setSuffix(weeks_suffix)
        self.weeks_box = QWidget()
        weeks = QHBoxLayout(self.weeks_box)
        weeks.setContentsMargins(0, 0, 0, 0)
        self.week_checks: dict[int, QCheckBox] = {}
        for value, text in zip(WEEKS_OF_MONTH, week_labels, strict=True):
            self.week_checks[value] = QCheckBox(text)
            weeks.addWidget(self.week_checks[value])
        weeks.addStretch(1)
        self.dates = QLineEdit()
        self.dates.setPlaceholderText(dates_hint)

    def detail_rows(self) -> tuple[tuple[QWidget, bool], ...]:
        """Each detail widget and whether the chosen rule needs it."""
        kind = self.kind.currentData()
        return (
            (self.interval, kind == RecurrenceKind.EVERY_N_WEEKS),
            (self.weeks_box, kind == RecurrenceKind.WEEKS_OF_MONTH),
            (self.dates, kind == RecurrenceKind.DATES),
        )

    def show(self, recurrence: Recurrence) -> None:
        select_data(self.kind, recurrence.kind)
        self.interval.setValue(max(2, recurrence.interval))
        for value, check in self.week_checks.items():
            check.setChecked(value in recurrence.weeks_of_month)
        self.dates.setText(", ".join(d.strftime("%d/%m/%Y") for d in recurrence.dates))

    def recurrence(self) -> Recurrence | None:
        """None for the "once" item; the rule otherwise (the weeks may be none), or a French message for a
        mistyped date."""
        data = self.kind.currentData()
        if data is None:
            return None
        kind = RecurrenceKind(data)  # a combo box gives its data back as a plain string
        if kind == RecurrenceKind.EVERY_N_WEEKS:
            return Recurrence(kind, interval=self.interval.value())
        if kind == RecurrenceKind.WEEKS_OF_MONTH:
            return Recurrence(kind, weeks_of_month=frozenset(v for v, c in self.week_checks.items() if c.isChecked()))
        if kind == RecurrenceKind.DATES:
            return Recurrence(kind, dates=tuple(parse_dates(self.dates.text())))
        return Recurrence(kind)


def parse_dates(text: str) -> list[date]:
    """Dates typed dd/mm/yyyy, separated by commas or semicolons."""
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
