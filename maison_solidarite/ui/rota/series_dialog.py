"""Create a permanence, or edit one: this occurrence, this and the following, or the whole series."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import WEEKDAY_NAMES
from ...domain.errors import UserError
from ...domain.organisations import Organisation, partner_label
from ...domain.rota import Occurrence, Office, Recurrence, Series, SeriesChange
from ...services import Services
from ...services.rota import EditScope
from ..forms import error_label, pydate, pytime, qdate, select_data, show_refusal
from ..recurrence import RecurrenceWidgets


class SeriesDialog(QDialog):
    """The whole form; ``occurrence`` set means editing that occurrence's series."""

    def __init__(
        self,
        services: Services,
        organisations: list[Organisation],
        offices: list[Office],
        *,
        occurrence: Occurrence | None = None,
        day: date | None = None,
        office: Office | None = None,
        start: time | None = None,
        scope: EditScope | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seriesDialog")
        self._chosen_scope = scope  # asked before (ScopeDialog): the choice is not offered again
        self._services = services
        self._occurrence = occurrence
        self._series: Series | None = None
        if occurrence is not None:
            self._series = next(s for s in services.rota.series() if s.id == occurrence.series_id)
        self.setWindowTitle(self.tr("Edit a permanence") if occurrence else self.tr("New permanence"))
        self._build_fields(organisations, offices)
        self._build_recurrence_fields()
        self._build_scope()
        self.error = error_label("seriesError")
        self._lay_out(editing=occurrence is not None)
        self.kind.currentIndexChanged.connect(self._update_visibility)
        self.no_end.toggled.connect(lambda checked: self.valid_until.setEnabled(not checked))
        for button in self.scope_buttons.values():
            button.toggled.connect(self._update_visibility)
        self._fill(day, office, start)
        self._update_visibility()

    # -- building ------------------------------------------------------------------
    def _build_fields(self, organisations: list[Organisation], offices: list[Office]) -> None:
        self.organisation = QComboBox()
        for organisation in organisations:
            if organisation.active:
                self.organisation.addItem(partner_label(organisation.acronym, organisation.name), organisation.id)
        self.office = QComboBox()
        for item in offices:
            self.office.addItem(item.name, item.id)
        self.weekday = QComboBox()
        for n, name in enumerate(WEEKDAY_NAMES):
            self.weekday.addItem(self.translate_label(name).capitalize(), n)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for time_edit in (self.start, self.end):
            time_edit.setDisplayFormat("HH:mm")

    def _build_recurrence_fields(self) -> None:
        self.rule = RecurrenceWidgets(
            once=None,
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
        self.interval = self.rule.interval
        self.weeks_box = self.rule.weeks_box
        self.week_checks = self.rule.week_checks
        self.dates = self.rule.dates
        self.valid_from = QDateEdit()
        self.valid_until = QDateEdit()
        for date_edit in (self.valid_from, self.valid_until):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd/MM/yyyy")
        self.no_end = QCheckBox(self.tr("No end date"))

    def _build_scope(self) -> None:
        """Whether an edit applies to one occurrence, to the following, or to the whole series."""
        self.scope_box = QWidget()
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[EditScope, QRadioButton] = {}
        for scope, text in (
            (EditScope.OCCURRENCE, self.tr("This permanence only (office and times)")),
            (EditScope.FOLLOWING, self.tr("This one and the following ones")),
            (EditScope.SERIES, self.tr("The whole series")),
        ):
            button = QRadioButton(text)
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            scope_layout.addWidget(button)
        self.scope_buttons[self._chosen_scope or EditScope.OCCURRENCE].setChecked(True)

    def _lay_out(self, *, editing: bool) -> None:
        form = QFormLayout()
        self._form = form
        form.addRow(self.tr("&Partner"), self.organisation)
        form.addRow(self.tr("&Office"), self.office)
        form.addRow(self.tr("&Day"), self.weekday)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        times_label = QLabel(self.tr("&Times"))
        times_label.setBuddy(self.start)
        form.addRow(times_label, times)
        form.addRow(self.tr("&Recurrence"), self.kind)
        form.addRow(self.tr("Every"), self.interval)
        form.addRow(self.tr("Weeks of the month"), self.weeks_box)
        form.addRow(self.tr("Dates"), self.dates)
        form.addRow(self.tr("&From"), self.valid_from)
        until = QHBoxLayout()
        until.addWidget(self.valid_until)
        until.addWidget(self.no_end)
        until.addStretch(1)
        until_label = QLabel(self.tr("&Until"))
        until_label.setBuddy(self.valid_until)
        form.addRow(until_label, until)
        if editing and self._chosen_scope is None:
            when = QLabel(self.tr("Change applies to:"))
            form.addRow(when, self.scope_box)
        elif editing and self._chosen_scope is not None:
            chosen = QLabel(self.scope_buttons[self._chosen_scope].text())
            chosen.setObjectName("chosenScope")
            chosen.setWordWrap(True)
            form.addRow(QLabel(self.tr("Change applies to:")), chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def translate_label(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Labels", text)

    # -- filling -------------------------------------------------------------------
    def _fill(self, day: date | None, office: Office | None, start: time | None) -> None:
        series = self._series
        if series is not None and self._occurrence is not None:
            occurrence = self._occurrence
            self._select(self.organisation, series.organisation_id)
            self._select(self.office, occurrence.office_id)
            self._select(self.weekday, series.weekday)
            self.start.setTime(QTime(occurrence.start.hour, occurrence.start.minute))
            self.end.setTime(QTime(occurrence.end.hour, occurrence.end.minute))
            self.rule.show(series.recurrence)
            self.valid_from.setDate(qdate(series.valid_from))
            self.valid_until.setDate(qdate(series.valid_until or occurrence.day))
            self.no_end.setChecked(series.valid_until is None)
            return
        day = day or self._services.ctx.now().date()
        if office is not None:
            self._select(self.office, office.id)
        self._select(self.weekday, day.weekday())
        begin = start or time(9, 0)
        self.start.setTime(QTime(begin.hour, begin.minute))
        self.end.setTime(QTime(min(begin.hour + 3, 23), begin.minute))
        self.valid_from.setDate(qdate(day))
        self.valid_until.setDate(qdate(day))
        self.no_end.setChecked(True)

    def _update_visibility(self) -> None:
        only_this = self._occurrence is not None and self.scope_buttons[EditScope.OCCURRENCE].isChecked()
        for widget, shown in self.rule.detail_rows():
            self._form.setRowVisible(widget, shown)
        for widget in (
            self.organisation,
            self.weekday,
            self.kind,
            self.interval,
            self.weeks_box,
            self.dates,
            self.valid_from,
            self.valid_until,
            self.no_end,
        ):
            widget.setEnabled(not only_this)
        self.valid_until.setEnabled(not only_this and not self.no_end.isChecked())
        self.valid_from.setEnabled(self._occurrence is None)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        select_data(combo, value)

    # -- saving --------------------------------------------------------------------
    def recurrence(self) -> Recurrence:
        rule = self.rule.recurrence()
        assert rule is not None  # the rota's combo box has no "once" item
        return rule

    def save(self) -> None:
        try:
            self._save()
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.accept()

    def _save(self) -> None:
        rota = self._services.rota
        start, end = pytime(self.start.time()), pytime(self.end.time())
        office_id = self.office.currentData()
        if self._occurrence is None:
            rota.add_series(
                self.organisation.currentData(),
                office_id,
                self.weekday.currentData(),
                start,
                end,
                pydate(self.valid_from.date()),
                None if self.no_end.isChecked() else pydate(self.valid_until.date()),
                self.recurrence(),
            )
            return
        occurrence = self._occurrence
        scope = next(s for s, b in self.scope_buttons.items() if b.isChecked())
        if scope == EditScope.OCCURRENCE:
            rota.move_occurrence(
                occurrence.series_id, occurrence.original_date, new_start=start, new_end=end, new_office_id=office_id
            )
            return
        rota.edit(
            occurrence.series_id,
            occurrence.original_date,
            scope,
            SeriesChange(
                organisation_id=self.organisation.currentData(),
                office_id=office_id,
                weekday=self.weekday.currentData(),
                start=start,
                end=end,
                valid_until=None if self.no_end.isChecked() else pydate(self.valid_until.date()),
                recurrence=self.recurrence(),
            ),
        )
