"""The agenda: the collective actions and partner meetings of a week or a month, beside the rota.

Everyone reads it; coordinators plan, edit and cancel events; agents record who came and say
that an event was held. The sign-in sheet prints from here before the event.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.events import Event, EventKind, EventStatus
from ...domain.roles import Action
from ...domain.rota import monday_of
from ...services import Services
from ..fonts import emphasise
from ..forms import qdate
from ..messages import show_error
from ..sync_status import BackgroundSync
from .attendance_dialog import AttendanceDialog
from .event_dialog import EventDialog
from .models import EventsModel, Names
from .sheet import SignInSheet

WEEK, MONTH = "week", "month"


def period_of(day: date, span: str) -> tuple[date, date]:
    """The week (Monday to Sunday) or the calendar month that holds ``day``."""
    if span == WEEK:
        monday = monday_of(day)
        return monday, monday + timedelta(days=6)
    first = day.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def period_after(day: date, span: str, step: int) -> tuple[date, date]:
    """The period ``step`` weeks or months after (before, if negative) the one holding ``day``."""
    if span == WEEK:
        return period_of(day + timedelta(days=7 * step), span)
    index = day.year * 12 + day.month - 1 + step
    return period_of(date(index // 12, index % 12 + 1, 1), span)


class AgendaView(QWidget):
    agenda_changed = Signal()  # an event was planned, changed or cancelled: the rota's offices too

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self._services = services
        self.editable = services.can(Action.EDIT_EVENTS)
        self.first = services.ctx.now().date()
        self._synced_by: BackgroundSync | None = None
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previo&us"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.next_button = QPushButton(self.tr("Ne&xt ▶"))
        self.period_label = QLabel()
        self.period_label.setObjectName("agendaPeriod")
        emphasise(self.period_label, 1.45)
        self.span = QComboBox()
        self.span.setObjectName("agendaSpan")
        self.span.addItem(self.tr("Week"), WEEK)
        self.span.addItem(self.tr("Month"), MONTH)
        self.span.setCurrentIndex(1)
        self.kind = QComboBox()
        self.kind.setObjectName("agendaKind")
        self.kind.addItem(self.tr("All events"), None)
        self.kind.addItem(self.tr("Collective actions"), EventKind.ACTION)
        self.kind.addItem(self.tr("Partner meetings"), EventKind.MEETING)
        self.new_button = QPushButton(self.tr("&New event…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.cancel_button = QPushButton(self.tr("&Cancel the event…"))
        self.held_button = QPushButton(self.tr("&Mark as held"))
        self.attendance_button = QPushButton(self.tr("A&ttendance…"))
        self.sheet_button = QPushButton(self.tr("&Print the sign-in sheet…"))
        for button in (self.new_button, self.edit_button, self.cancel_button):
            button.setVisible(self.editable)
        self.read_only_label = QLabel(
            self.tr("Only a coordinator plans or changes an event; everyone records who came.")
        )
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(not self.editable)
        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events of the period"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (EventsModel.PLACE, EventsModel.PARTNERS):  # on two lines rather than wide
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * 20)
        header.setMinimumSectionSize(40)
        self.empty_label = QLabel(self.tr("No event in this period."))
        self.empty_label.setObjectName("agendaEmpty")

    def _lay_out(self) -> None:
        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            navigation.addWidget(widget)
        navigation.addSpacing(12)
        navigation.addWidget(self.period_label, 1)
        for text, combo in ((self.tr("&View"), self.span), (self.tr("&Kind"), self.kind)):
            caption = QLabel(text)
            caption.setBuddy(combo)
            navigation.addWidget(caption)
            navigation.addWidget(combo)
        # Planning on one line, who came on the next: at 200 % text both fit 1366 px in French.
        planning, attendance = QHBoxLayout(), QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.cancel_button, self.read_only_label):
            planning.addWidget(button)
        planning.addStretch(1)
        for button in (self.held_button, self.attendance_button, self.sheet_button):
            attendance.addWidget(button)
        attendance.addStretch(1)
        self.period_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(planning)
        layout.addLayout(attendance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_period(self._services.ctx.now().date()))
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.held_button.clicked.connect(self.mark_held)
        self.attendance_button.clicked.connect(self.record_attendance)
        self.sheet_button.clicked.connect(self.sign_in_sheet)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_sync()
        self.reload()  # each time the tab is shown: another desk or the rota may have changed

    def _follow_sync(self) -> None:
        """Read again when the main window's background sync brings other desks' records."""
        sync = getattr(self.window(), "background_sync", None)
        if isinstance(sync, BackgroundSync) and self._synced_by is not sync:
            sync.arrived.connect(self._on_sync_arrived)
            self._synced_by = sync

    def _on_sync_arrived(self) -> None:
        if self.isVisible():
            self.reload()

    # -- the period ------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return period_of(self.first, self.span.currentData())

    def show_period(self, day: date) -> None:
        self.first = day
        self.reload()

    def step(self, step: int) -> None:
        self.show_period(period_after(self.first, self.span.currentData(), step)[0])

    def _period_text(self, first: date, last: date) -> str:
        locale = QLocale()
        if self.span.currentData() == MONTH:
            return locale.toString(qdate(first), "MMMM yyyy").capitalize()
        return self.tr("Week {week}: {first} to {last}").format(
            week=first.isocalendar().week,
            first=locale.toString(qdate(first), "d MMMM"),
            last=locale.toString(qdate(last), "d MMMM yyyy"),
        )

    def reload(self) -> None:
        first, last = self.period()
        chosen = self.selected()
        kind = self.kind.currentData()  # a plain string: Qt keeps no enum
        events = self._services.events.between(first, last, EventKind(kind) if kind else None)
        today = self._services.ctx.now()
        attendance = self._services.attendance
        counted = {e.id: attendance.of(e.id) for e in events if e.starts_at <= today}
        self.model.set_events(events, counted, self._names())
        self.period_label.setText(self._period_text(first, last))
        self.empty_label.setVisible(not events)
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        elif events:
            self.table.selectRow(0)
        self._update_buttons()

    def _names(self) -> Names:
        services = self._services
        return Names(
            {o.id: o.name for o in services.rota.offices(active_only=False)},
            {c.id: c.label for c in services.categories.list()},
            {o.id: o.acronym for o in services.organisations.list()},
        )

    def selected(self) -> Event | None:
        index = self.table.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def select(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        event = self.selected()
        begun = event is not None and event.starts_at <= self._services.ctx.now()
        live = event is not None and event.status != EventStatus.CANCELLED
        self.edit_button.setEnabled(event is not None)
        self.cancel_button.setEnabled(event is not None)
        cancelled = event is not None and not live
        self.cancel_button.setText(self.tr("Undo the &cancellation") if cancelled else self.tr("&Cancel the event…"))
        self.held_button.setEnabled(live and begun and event is not None and event.status == EventStatus.PLANNED)
        self.attendance_button.setEnabled(live)
        self.sheet_button.setEnabled(live)

    # -- acting ----------------------------------------------------------------------
    def _changed(self, event_id: int | None = None) -> None:
        self.reload()
        if event_id is not None:
            self.select(event_id)
        self.agenda_changed.emit()

    def new_event(self) -> EventDialog | None:
        if not self.editable:
            return None
        dialog = EventDialog(self._services, day=self.period()[0], parent=self)
        if dialog.exec() and dialog.saved:
            first = dialog.saved[0]
            self.first = first.day if not self.period()[0] <= first.day <= self.period()[1] else self.first
            self._changed(first.id)
        return dialog

    def edit_event(self) -> None:
        event = self.selected()
        if event is None or not self.editable:
            return
        dialog = EventDialog(self._services, event=event, parent=self)
        if dialog.exec():
            self._changed(event.id)

    def cancel_event(self) -> None:
        """Cancel the selected event after asking; a cancelled one is planned again (its office
        checked again)."""
        event = self.selected()
        if event is None or not self.editable:
            return
        if event.status == EventStatus.CANCELLED:
            self._set_status(event, EventStatus.PLANNED)
            return
        when = QLocale().toString(qdate(event.day), "dddd d MMMM")
        answer = QMessageBox.question(
            self,
            self.tr("Cancel an event"),
            self.tr(
                "Cancel « {title} » of {day}, {start}–{end}? It stays in the agenda, marked cancelled, "
                "and an office it took is free again."
            ).format(title=event.title, day=when, start=f"{event.start:%H:%M}", end=f"{event.end:%H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._set_status(event, EventStatus.CANCELLED)

    def mark_held(self) -> None:
        event = self.selected()
        if event is not None:
            self._set_status(event, EventStatus.HELD)

    def _set_status(self, event: Event, status: EventStatus) -> None:
        try:
            self._services.events.set_status(event.id, status)
        except UserError as exc:
            show_error(self, exc)
        self._changed(event.id)

    def record_attendance(self) -> AttendanceDialog | None:
        event = self.selected()
        if event is None or event.status == EventStatus.CANCELLED:
            return None
        dialog = AttendanceDialog(self._services, event, parent=self)
        dialog.exec()
        if dialog.changed:
            self._changed(event.id)
        return dialog

    def _on_table_activated(self, index: QModelIndex) -> None:
        event = self.model.event_at(index.row())
        if event is None:
            return
        if event.starts_at <= self._services.ctx.now() or not self.editable:
            self.record_attendance()
        else:
            self.edit_event()

    # -- the sign-in sheet -----------------------------------------------------------
    def sign_in_sheet(self) -> SignInSheet | None:
        """The selected event's sheet, previewed with its Print and Save buttons."""
        event = self.selected()
        if event is None:
            return None
        sheet = SignInSheet(self._services, event, self)
        sheet.open_preview()
        return sheet


def add_agenda_tab(services: Services, tabs: QTabWidget, after: QWidget) -> AgendaView:
    """The agenda, in the tab just after ``after`` (the rota's)."""
    view = AgendaView(services, tabs)
    tabs.insertTab(tabs.indexOf(after) + 1, view, QCoreApplication.translate("AgendaView", "A&genda"))
    return view
