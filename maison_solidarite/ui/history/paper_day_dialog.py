"""A paper day: what a tally sheet counted, typed in once the computer works again.

Rows are the active request categories with the reception's keys and labels. Beside the
column to fill in, the grid shows the visits logged live that day and what paper sheets of
that day were typed already, so that only the extra visits of the sheet are typed. Saving
goes through services/tallies.py (who typed it and when, in the audit trail); a day the
Maison was closed is taken only once the person confirmed it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import shortcut_keys
from ...domain.errors import UserError
from ...domain.history import HALF_LABELS, Half
from ...services import Services
from ..forms import error_label, pydate, qdate
from ..messages import render
from .counts_grid import CountsGrid, may_drop_typed
from .grid_dialog import GridDialog, wrapped_label

LIVE, PAPER_BEFORE, PAPER = 0, 1, 2  # the grid's columns


def _half_label(half: Half) -> str:
    return QCoreApplication.translate("Labels", HALF_LABELS[half])


class PaperDayDialog(GridDialog):
    """Type the counts of a day's paper tally sheet, beside what the desk logged that day."""

    saved = Signal(int)  # the visits added from paper

    def __init__(self, services: Services, parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperDayDialog")
        self.setWindowTitle(self.tr("Enter a paper tally sheet"))
        self._services = services
        self.tallies = services.tallies
        today = services.ctx.now().date()
        self.intro = wrapped_label(
            text=self.tr(
                "Type what the paper tally sheet counted. Visits already logged at the desk that day are shown "
                "beside it: type only the visits the sheet counted in addition."
            )
        )
        self.day = QDateEdit()
        self.day.setObjectName("paperDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(qdate(today))
        self.day.setDate(qdate(day or today))
        self.half = QComboBox()
        self.half.setObjectName("paperHalf")
        for half in (Half.DAY, Half.MORNING, Half.AFTERNOON):
            self.half.addItem(_half_label(half), half)
        self.grid = CountsGrid("paperGrid", self.tr("Counts of the paper sheet by request"), self)
        self.closed_note = wrapped_label("paperClosed")
        self.error = error_label("paperError")
        self.saved_note = wrapped_label("paperSaved")
        self.saved_note.hide()
        self._lay_out()
        self._load()
        self._shown = self.day.date()  # the day the grid holds
        self.day.dateChanged.connect(self._on_day_date_changed)
        self.fit_to_grid(self.fontMetrics().averageCharWidth() * 80)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for text, field in ((self.tr("&Day"), self.day), (self.tr("&Part of the day"), self.half)):
            label = QLabel(text)
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field)
        top.addStretch(1)
        buttons = self.save_buttons(self.tr("&Save"), "paperSave")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_note)
        layout.addWidget(buttons)
        for before, after in ((self.day, self.half), (self.half, self.grid), (self.grid, self.save_button)):
            QWidget.setTabOrder(before, after)

    def _on_day_date_changed(self) -> None:
        """Another day: the counts typed are left only once the person agreed."""
        if not may_drop_typed(self.grid, self):
            self.day.blockSignals(True)
            self.day.setDate(self._shown)
            self.day.blockSignals(False)
            return
        self._load()
        self._shown = self.day.date()

    def chosen_day(self) -> date:
        return pydate(self.day.date())

    def _load(self) -> None:
        """The day's live visits and paper counts beside an empty column to fill in."""
        day = self.chosen_day()
        categories = self._services.categories.list(active_only=True)
        keys = shortcut_keys(len(categories))
        rows = [(c.code, f"{key}   {c.label}" if key else c.label) for c, key in zip(categories, keys, strict=True)]
        headers = [self.tr("Logged at the desk"), self.tr("Typed from paper"), self.tr("Counted on this sheet")]
        self.grid.set_grid(rows, headers, {PAPER})
        live = self.tallies.live_counts(day)
        before: dict[str, int] = {}
        for tally in self.tallies.on_day(day):
            before[tally.category_code] = before.get(tally.category_code, 0) + tally.count
        for row, code in enumerate(self.grid.codes):
            self.grid.set_value(row, LIVE, live.get(code, 0))
            self.grid.set_value(row, PAPER_BEFORE, before.get(code, 0))
        self.grid.setCurrentCell(0, PAPER)
        reason = self.tallies.closed_reason(day)
        self.closed_note.setText(self._closed_text(day, reason))
        self.closed_note.setVisible(reason is not None)
        self.error.hide()

    def _closed_text(self, day: date, reason: str | None) -> str:
        shown = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
        if reason:
            return self.tr("The Maison was closed on {day} ({reason}).").format(day=shown, reason=reason)
        return self.tr("The Maison does not open on {day}.").format(day=shown)

    def save(self) -> bool:
        """Store the sheet's counts; False, with nothing written, when anything is refused."""
        self.saved_note.hide()
        counts, bad = self.grid.counts(PAPER)
        self.grid.mark(bad)
        if bad:
            lines = [
                self.tr("{cell}: {reason}").format(cell=self.grid.cell_name(c.row, c.column), reason=render(c.error))
                for c in bad
            ]
            self._refuse("\n".join([self.tr("Nothing was saved: %n cell(s) to correct.", "", len(bad)), *lines]))
            return False
        day, half = self.chosen_day(), Half(self.half.currentData())
        reason = self.tallies.closed_reason(day)
        confirmed = reason is not None and self._confirm_closed(day, reason)
        if reason is not None and not confirmed:
            return False
        try:
            stored = self.tallies.add(day, counts, half, confirm_closed=confirmed)
        except UserError as exc:
            self._refuse(render(exc))
            return False
        added = sum(t.count for t in stored)
        self._load()
        shown = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
        self.saved_note.setText(
            self.tr("Saved: %n visit(s) from paper on {day} ({half}).", "", added).format(
                day=shown, half=_half_label(half).lower()
            )
        )
        self.saved_note.show()
        self.saved.emit(added)
        return True

    def _confirm_closed(self, day: date, reason: str) -> bool:
        text = (
            self._closed_text(day, reason) + " " + self.tr("Did it receive visitors that day? The sheets will say so.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("A day the Maison was closed"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
