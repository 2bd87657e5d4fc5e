"""The rota screen: a week of both offices, to read and, for coordinators, to edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import UserError
from ...domain.roles import Action
from ...domain.rota import Occurrence, Office, monday_of
from ...services import Services
from ..fonts import emphasise
from ..forms import qdate
from ..messages import show_error
from ..tasks import Job, TaskSignals
from .closures_dialog import ClosuresDialog
from .models import Cell, WeekGridModel
from .scope_dialog import ScopeDialog
from .series_dialog import SeriesDialog
from .warnings import bookings_text
from .week_grid import WeekGrid


class RotaView(QWidget):
    rota_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaView")
        self._services = services
        self._outputs = services.rota_outputs
        self.monday = monday_of(services.ctx.now().date())
        self.editable = services.can(Action.EDIT_ROTA)

        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.this_week_button = QPushButton(self.tr("&This week"))
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        emphasise(self.week_label, 1.45)
        self.occupancy_label = QLabel()
        self.occupancy_label.setObjectName("occupancyLabel")
        self.new_button = QPushButton(self.tr("&New permanence…"))
        self.closures_button = QPushButton(self.tr("C&losure days…"))
        self.pdf_button = QPushButton(self.tr("Save the week as P&DF…"))
        self.ics_button = QPushButton(self.tr("Export the &calendar (.ics)…"))
        self.read_only_label = QLabel(self.tr("Read only: only a coordinator changes the rota."))
        for button in (self.new_button, self.closures_button):
            button.setVisible(self.editable)
        self.read_only_label.setVisible(not self.editable)

        self.model = WeekGridModel(self)
        self.grid = WeekGrid(self.model, self)
        self.grid.editable = self.editable
        self.grid.setAccessibleName(self.tr("Week of the permanence offices"))
        self._lay_out()
        self._connect()
        self._loaded = False  # the week is read when the screen is first shown

    def _lay_out(self) -> None:
        for label in (self.week_label, self.occupancy_label, self.read_only_label):
            label.setWordWrap(True)  # long in large text: it wraps instead of widening the window
        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            navigation.addWidget(widget)
        navigation.addSpacing(12)
        navigation.addWidget(self.week_label)
        navigation.addStretch(1)
        navigation.addWidget(self.occupancy_label)
        actions = QHBoxLayout()
        for action_widget in (self.new_button, self.closures_button, self.read_only_label):
            actions.addWidget(action_widget)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.ics_button)
        hint = QLabel(
            self.tr(
                "Drag a permanence to move this occurrence; drag its lower edge to change its end. Double-click or Enter: edit this one, the following or the whole series. Delete: cancel this occurrence."
            )
            if self.editable
            else ""
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(actions)
        layout.addWidget(self.grid, 1)
        layout.addWidget(hint)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self._services.ctx.now().date()))
        self.new_button.clicked.connect(lambda: self._open_dialog(day=self.monday))
        self.closures_button.clicked.connect(self._on_closures_button_clicked)
        # The week's PDF and the calendar are written on the worker pool, one at a time.
        self.file_job = Job(self, self.pdf_button, self.ics_button)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.ics_button.clicked.connect(self._on_ics_button_clicked)
        self.grid.occurrence_moved.connect(self._on_grid_occurrence_moved)
        self.grid.occurrence_resized.connect(self._on_grid_occurrence_resized)
        self.grid.occurrence_activated.connect(lambda o: self._open_dialog(occurrence=o))
        self.grid.slot_activated.connect(
            lambda cell: self._open_dialog(day=cell.day, office=cell.office, start=cell.time)
        )
        self.grid.cancel_requested.connect(self._on_grid_cancel_requested)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- showing -------------------------------------------------------------------
    def show_week(self, day: date) -> None:
        self.monday = monday_of(day)
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        week = self._services.rota.week(self.monday)
        organisations = {o.id: o for o in self._services.organisations.list()}
        calendar = self._services.rota.closure_calendar()
        days = [self.monday + timedelta(days=n) for n in range(7)]
        partial = {day: found for day in days if (found := calendar.partial(day))}
        self.model.set_week(week, organisations, self._services.ctx.now().date(), partial)
        self.grid.apply_spans()
        locale = QLocale()
        friday = self.monday + timedelta(days=4)
        self.week_label.setText(
            self.tr("Week {week}: {first} to {last}").format(
                week=self.monday.isocalendar().week,
                first=locale.toString(qdate(self.monday), "d MMMM"),
                last=locale.toString(qdate(friday), "d MMMM yyyy"),
            )
        )
        self.occupancy_label.setText(
            "   ".join(
                self.tr("{office}: {percent} % used").format(
                    office=w.office.name, percent=locale.toString(w.occupancy * 100, "f", 0)
                )
                for w in week.offices
            )
        )

    # -- editing -------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload()
        self.rota_changed.emit()

    def _open_dialog(
        self,
        *,
        occurrence: Occurrence | None = None,
        day: date | None = None,
        office: Office | None = None,
        start: time | None = None,
    ) -> None:
        if not self.editable:
            return
        scope = None
        if occurrence is not None:
            asked = ScopeDialog(self._describe(occurrence), self)
            if not asked.exec():
                return
            scope = asked.scope
        dialog = SeriesDialog(
            self._services,
            self._services.organisations.list(active_only=True),
            self._services.rota.offices(),
            occurrence=occurrence,
            day=day,
            office=office,
            start=start,
            scope=scope,
            parent=self,
        )
        if dialog.exec():
            self._changed()

    def _describe(self, occurrence: Occurrence) -> str:
        """ "CAF, mardi 24 novembre, 09:00–12:00, Bureau 1": one permanence as a person says it."""
        partner = self.model.partner_name(occurrence.organisation_id)
        office = next((o.name for o in self.model.offices if o.id == occurrence.office_id), "")
        when = QLocale().toString(qdate(occurrence.day), "dddd d MMMM")
        return f"{partner}, {when}, {occurrence.start:%H:%M}–{occurrence.end:%H:%M}, {office}"

    def _on_grid_occurrence_moved(self, occurrence: Occurrence, cell: Cell, start: time, end: time) -> None:
        try:
            self._services.rota.move_occurrence(
                occurrence.series_id,
                occurrence.original_date,
                new_date=cell.day,
                new_start=start,
                new_end=end,
                new_office_id=cell.office.id,
            )
        except UserError as exc:
            show_error(self, exc)
        self._changed()

    def _on_grid_occurrence_resized(self, occurrence: Occurrence, end: time) -> None:
        try:
            self._services.rota.move_occurrence(occurrence.series_id, occurrence.original_date, new_end=end)
        except UserError as exc:
            show_error(self, exc)
        self._changed()

    def _on_grid_cancel_requested(self, occurrence: Occurrence) -> None:
        acronym = next(
            (o.acronym for o in self._services.organisations.list() if o.id == occurrence.organisation_id), "?"
        )
        when = QLocale().toString(qdate(occurrence.day), "dddd d MMMM")
        question = self.tr(
            "Cancel the permanence of {partner} on {day}, {start}–{end}? The rest of the series is kept."
        ).format(partner=acronym, day=when, start=f"{occurrence.start:%H:%M}", end=f"{occurrence.end:%H:%M}")
        booked = bookings_text(self._services, [occurrence])
        answer = QMessageBox.question(
            self,
            self.tr("Cancel a permanence"),
            f"{question}\n\n{booked}" if booked else question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.rota.cancel_occurrence(occurrence.series_id, occurrence.original_date)
        except UserError as exc:
            show_error(self, exc)
        self._changed()

    def _on_closures_button_clicked(self) -> None:
        dialog = ClosuresDialog(self._services, self)
        dialog.exec()
        if dialog.changed:
            self._changed()

    # -- outputs -------------------------------------------------------------------
    def save_week_pdf(self, path: Path) -> TaskSignals | None:
        monday, translate = self.monday, QCoreApplication.translate
        return self._save_in_background(
            lambda: self._outputs.save_week_pdf(monday, translate, path), self.tr("Writing the week…")
        )

    def save_ics(self, path: Path) -> TaskSignals | None:
        translate = QCoreApplication.translate
        return self._save_in_background(
            lambda: self._outputs.save_ics(translate, path), self.tr("Writing the calendar…")
        )

    def _save_in_background(self, work: Callable[[], object], message: str) -> TaskSignals | None:
        signals = self.file_job.start(lambda _progress: work(), message)
        if signals is not None:
            signals.failed.connect(self._on_file_job_failed)
        return signals

    def _on_file_job_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog shows it, with its report
        show_error(self, exc)

    def _on_pdf_button_clicked(self) -> None:
        name = f"permanences-{self.monday.isocalendar().year}-S{self.monday.isocalendar().week:02d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the week as PDF"), name, "PDF (*.pdf)")
        if path:
            self.save_week_pdf(Path(path))

    def _on_ics_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the calendar"), "permanences.ics", "iCalendar (*.ics)"
        )
        if path:
            self.save_ics(Path(path))
