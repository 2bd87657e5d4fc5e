"""The years before the app: the coordinator types a year's totals by category and month.

Rows are the request categories, columns the months of the chosen year and its total (or
the year's total only, when the paper review gives no months). Saving is all or nothing
(services/history.py): a cell that is not a count, or a period the desk counted live
already, is marked in red and named under the grid, and nothing is written. The day
counting began can be set here too: before it, the statistics say "n.d.", never 0.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import long_date
from ...domain.errors import ImportRejected, UserError
from ...domain.history import SOURCE_MAX, CountingStart, PastPeriod, PastTotal, PastTotalEntry, StartSource
from ...services import Services
from ..forms import error_label, pydate, qdate
from ..messages import render
from .counts_grid import BadCell, CountsGrid, may_drop_typed
from .grid_dialog import GridDialog, wrapped_label

MONTHLY, YEARLY = "month", "year"
FIRST_YEAR = 1990
SHOWN_ERRORS = 4  # the cells named under the grid; the others are marked in red


class PastYearsDialog(GridDialog):
    """Type, check and save the past totals of one year at a time."""

    saved = Signal(int)  # the number of totals written

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pastYearsDialog")
        self.setWindowTitle(self.tr("Past years"))
        self._services = services
        self.history = services.history
        self._stored: list[PastTotal] = []
        self._build_fields()
        self._lay_out()
        self._show_start(self.history.counting_start())
        self.year.setValue(self._default_year())
        self._load()
        self._shown = (self.year.value(), self.mode.currentIndex())  # what the grid holds
        self.year.valueChanged.connect(lambda _year: self._on_choice_changed(keep_mode=False))
        self.mode.currentIndexChanged.connect(lambda _index: self._on_choice_changed(keep_mode=True))
        self.grid.itemChanged.connect(self._on_grid_item_changed)
        self.fit_to_grid()  # as wide as the twelve months and the total

    def _build_fields(self) -> None:
        today = self._services.ctx.now().date()
        self.intro = wrapped_label(
            text=self.tr(
                "Visits of the years before the application, from the paper reviews or tally sheets. An empty "
                "cell is not known and is not saved; a total typed again replaces the one saved."
            )
        )
        self.year = QSpinBox()
        self.year.setObjectName("pastYear")
        self.year.setRange(FIRST_YEAR, today.year)
        self.mode = QComboBox()
        self.mode.setObjectName("pastMode")
        self.mode.addItem(self.tr("By month"), MONTHLY)
        self.mode.addItem(self.tr("The year's total only"), YEARLY)
        self.source = QLineEdit()
        self.source.setObjectName("pastSource")
        self.source.setMaxLength(SOURCE_MAX)
        self.source.setPlaceholderText(self.tr("for example: annual review 2023, paper tally sheets"))
        self.grid = CountsGrid("pastGrid", self.tr("Past totals by request and month"), self)
        self.start_set = QCheckBox(self.tr("Set the day counting &began"))
        self.start_set.setObjectName("startSet")
        self.start_day = QDateEdit()
        self.start_day.setObjectName("startDay")
        self.start_day.setCalendarPopup(True)
        self.start_day.setDisplayFormat("dd/MM/yyyy")
        self.start_day.setMaximumDate(qdate(today))
        self.start_day.setAccessibleName(self.tr("The day counting began"))
        self.start_set.toggled.connect(self.start_day.setEnabled)
        self.start_note = wrapped_label("startNote")
        self.error = error_label("pastError")
        self.saved_note = wrapped_label("pastSaved")
        self.saved_note.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for text, field in (
            (self.tr("&Year"), self.year),
            (self.tr("&Grid"), self.mode),
            (self.tr("S&ource"), self.source),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field, 1 if field is self.source else 0)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_set)
        start_row.addWidget(self.start_day)
        start_row.addWidget(self.start_note, 1)
        buttons = self.save_buttons(self.tr("&Save"), "pastSave")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_note)
        layout.addLayout(start_row)
        layout.addWidget(buttons)
        chain = (self.year, self.mode, self.source, self.grid, self.start_set, self.start_day, self.save_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- reading -------------------------------------------------------------------
    def _default_year(self) -> int:
        """The last year typed, or else the year before counting began."""
        years = [t.period.year for t in self.history.totals()]
        if years:
            return max(years)
        start = self.history.counting_start().day
        return (start.year - 1) if start is not None else self._services.ctx.now().year - 1

    def _columns(self) -> list[str]:
        if self.mode.currentData() == YEARLY:
            return [self.tr("Year {year}").format(year=self.year.value())]
        locale = QLocale()
        months = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        return [*months, self.tr("Total")]

    def _load(self, keep_mode: bool = False) -> None:
        """The chosen year's stored totals in the grid (its own mode unless one was just chosen)."""
        year = self.year.value()
        self._stored = [t for t in self.history.totals() if t.period.year == year]
        if not keep_mode and self._stored:
            yearly = any(t.period.month is None for t in self._stored)
            self.mode.blockSignals(True)
            self.mode.setCurrentIndex(self.mode.findData(YEARLY if yearly else MONTHLY))
            self.mode.blockSignals(False)
        categories = self._services.categories.list()
        known = {t.category_code for t in self._stored}
        rows = [(c.code, c.label) for c in categories if c.active or c.code in known]
        headers = self._columns()
        months = len(headers) > 1
        self.grid.set_grid(rows, headers, set(range(12)) if months else {0})
        for total in self._stored:
            if total.category_code in self.grid.codes and (total.period.month is not None) == months:
                column = (total.period.month or 1) - 1
                self.grid.set_value(self.grid.codes.index(total.category_code), column, total.count)
        sources = sorted({t.source for t in self._stored if t.source})
        self.source.setText(sources[-1] if sources else "")
        self._update_totals()
        self.error.hide()

    def _show_start(self, start: CountingStart) -> None:
        today = self._services.ctx.now().date()
        self.start_set.setChecked(start.set_day is not None)
        self.start_day.setDate(qdate(start.set_day or start.day or today))
        self.start_day.setEnabled(start.set_day is not None)
        self.start_note.setText(self._start_text(start))

    def _start_text(self, start: CountingStart) -> str:
        if start.day is None:
            return self.tr("Nothing is counted yet: the statistics say n.d. for every period.")
        day = long_date(start.day, QCoreApplication.translate)  # « lundi 1er janvier 2024 »
        why = {
            StartSource.SET: self.tr("the date set here"),
            StartSource.VISIT: self.tr("the first visit logged"),
            StartSource.PAPER: self.tr("the first paper day"),
            StartSource.PAST: self.tr("the first past total"),
        }
        reason = why[start.source] if start.source is not None else ""
        return self.tr("Counting began on {day} ({reason}): before it, the statistics say n.d.").format(
            day=day, reason=reason
        )

    def _on_choice_changed(self, keep_mode: bool) -> None:
        """Another year or kind of grid: the counts typed are left only once the person agreed."""
        if not may_drop_typed(self.grid, self):
            self.year.blockSignals(True)
            self.mode.blockSignals(True)
            self.year.setValue(self._shown[0])
            self.mode.setCurrentIndex(self._shown[1])
            self.year.blockSignals(False)
            self.mode.blockSignals(False)
            return
        self._load(keep_mode=keep_mode)
        self._shown = (self.year.value(), self.mode.currentIndex())

    def _on_grid_item_changed(self, _item: object) -> None:
        self._update_totals()

    def _update_totals(self) -> None:
        """The Total column: each row's months added up, as the paper sheet's margin does."""
        if self.grid.columnCount() < 13:
            return
        self.grid.blockSignals(True)
        for row in range(self.grid.rowCount()):
            values = [self.grid.text(row, column) for column in range(12)]
            numbers = [int(v) for v in values if v.isdigit()]
            self.grid.set_value(row, 12, sum(numbers) if numbers else None)
        self.grid.blockSignals(False)

    # -- saving --------------------------------------------------------------------
    def entries(self) -> tuple[list[tuple[PastTotalEntry, tuple[int, int]]], list[BadCell]]:
        """What the grid holds, each entry with its cell; and the cells that are not counts."""
        year, months = self.year.value(), self.grid.columnCount() > 1
        found: list[tuple[PastTotalEntry, tuple[int, int]]] = []
        bad: list[BadCell] = []
        for column in sorted(self.grid.editable):
            counts, wrong = self.grid.counts(column)
            bad.extend(wrong)
            period = PastPeriod(year, column + 1 if months else None)
            found.extend(
                (PastTotalEntry(period, code, n), (self.grid.codes.index(code), column)) for code, n in counts.items()
            )
        found.sort(key=lambda item: item[1])
        return found, bad

    def save(self) -> bool:
        """All or nothing: the totals, then the day counting began; False when anything was refused."""
        self.saved_note.hide()
        entries, bad = self.entries()
        if bad:
            self._refuse([(cell.row, cell.column, render(cell.error)) for cell in bad])
            return False
        written = 0
        try:
            if entries:
                written = self.history.set_totals([e for e, _cell in entries], self.source.text().strip())
            start = self._save_start()
        except ImportRejected as exc:
            cells = [entries[row.line - 1][1] for row in exc.rows if 0 < row.line <= len(entries)]
            self._refuse([(r, c, render(row.cause)) for (r, c), row in zip(cells, exc.rows, strict=False)])
            return False
        except UserError as exc:
            self._refuse([], render(exc))
            return False
        self.grid.mark([])
        self.error.hide()
        self._load()
        self._show_start(start)
        self.saved_note.setText(
            self.tr("Saved: %n total(s) for {year}.", "", written).format(year=self.year.value())
            if written
            else self.tr("Saved.")
        )
        self.saved_note.show()
        self.saved.emit(written)
        return True

    def _save_start(self) -> CountingStart:
        wanted = pydate(self.start_day.date()) if self.start_set.isChecked() else None
        current = self.history.counting_start()
        if wanted == current.set_day:
            return current
        return self.history.set_counting_start(wanted)

    def _refuse(self, cells: list[tuple[int, int, str]], message: str = "") -> None:
        """Mark the refused cells and say why under the grid; nothing was written."""
        self.grid.mark([BadCell(row, column, self.grid.text(row, column), UserError("")) for row, column, _m in cells])
        lines = [
            self.tr("{cell}: {reason}").format(cell=self.grid.cell_name(row, column), reason=reason)
            for row, column, reason in cells[:SHOWN_ERRORS]
        ]
        if len(cells) > SHOWN_ERRORS:
            lines.append(self.tr("and %n other cell(s) in red.", "", len(cells) - SHOWN_ERRORS))
        head = message or self.tr("Nothing was saved: %n cell(s) to correct.", "", len(cells))
        self.error.setText("\n".join([head, *lines]))
        self.error.show()


def past_years(services: Services, parent: QWidget) -> Callable[[], object]:
    """What the Administration menu's entry does: open the dialog, modal, over ``parent``."""
    return lambda: PastYearsDialog(services, parent).exec()
