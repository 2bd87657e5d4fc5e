"""The reception screen: one key logs a visit, the details can follow."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from ...domain.categories import Category
from ...domain.errors import UserError
from ...domain.visits import CategoryCount, Visit
from ...services import Services
from ...services.reception import ReceptionDay
from ..fonts import FIGURES_MAX_PX, FIGURES_PX, clamped_font, readable
from ..history.reception_buttons import PaperButtons
from ..messages import render, show_error
from ..reflow import scrolling
from .detail_panel import DetailPanel
from .focus_ring import FocusRing
from .keys import MODIFIER_KEYS, text_field
from .layout import KeyStateBar, Page, boxed, proposals_slot
from .models import CounterTableModel, VisitTableModel
from .pad import CategoryPad
from .tables import counters_table, fit_counters, size_visit_columns, visits_table
from .today_panel import TodayPanel

REFRESH_MS = 30_000  # other desks' visits show up within this time
# The same category logged again within this time is logged, and shown: two visitors who
# came together, or a key pressed twice by mistake, to be undone with Ctrl+Z.
REPEAT_WINDOW_S = 2.0


class ReceptionView(QWidget):
    visit_logged = Signal(str)
    visits_changed = Signal()
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionView")
        self._services = services
        self._categories: list[Category] = []
        self.day: ReceptionDay | None = None  # what the screen shows, read at once
        # The clock that tells a second press from a later one (tests put a fake one here).
        self.monotonic: Callable[[], float] = time.monotonic
        self._last_logged: tuple[int, float] | None = None  # category id, monotonic time
        self._watched: QWidget | None = None  # the focused widget whose keys are read
        readable(self)  # every part reads at a metre; the keys and the figures are larger

        self._build_pad_and_labels()
        self._build_tables()
        self._lay_out()
        self._connect()
        self._add_shortcuts()
        # The category keys: read on whichever widget of this view has the focus.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.reload_choices()

    def _build_pad_and_labels(self) -> None:
        self.date_label = QLabel()
        self.date_label.setObjectName("dateLabel")
        self.date_label.setFont(clamped_font(self.date_label, FIGURES_PX, FIGURES_MAX_PX, bold=True))
        self.hint_label = QLabel(
            self.tr(
                "One key logs a visit: 1–9, 0, then F2–F12. A–E: orient to a proposed partner. Tab or Enter: add details. Ctrl+Z: undo the last visit."
            )
        )
        self.hint_label.setObjectName("hintLabel")
        self.pad = CategoryPad(self)
        # Above the keys, always the same height: ready, typing in a field (Escape gives the
        # keys back), or the same category logged twice within REPEAT_WINDOW_S.
        self.key_state = KeyStateBar(self)
        self.pad_state = self.key_state.typing
        self.repeat_warning = self.key_state.warning
        self.repeat_warning.setAccessibleDescription(self.tr("Warning: the same request logged twice in a row"))
        self.detail = DetailPanel(self._services, self)
        self.detail.setTitle(self.tr("Details of the visit"))
        self.today_panel = TodayPanel(self._services, self)
        self.focus_ring = FocusRing(self)
        self.paper = PaperButtons(self._services)  # a day's tally sheet, printed or typed in: beside the tabs

    def _build_tables(self) -> None:
        self.visit_model = VisitTableModel(self)
        self.today_table = visits_table(self.visit_model, self.tr("Today's visits"))
        self.counter_model = CounterTableModel(self)
        self.counter_table = counters_table(self.counter_model, self.tr("Counters by category"))

    def _lay_out(self) -> None:
        today_box = boxed(self.tr("Today's visits (Delete: remove the selected visit)"), self.today_table, "todayBox")
        counter_box = boxed(self.tr("Counters"), self.counter_table, "counterBox")
        side = QVBoxLayout()
        side.addWidget(self.today_panel)
        side.addWidget(counter_box, 0, Qt.AlignmentFlag.AlignTop)
        side.addStretch(1)
        content = Page(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(6)
        grid.addWidget(self.date_label, 0, 0)
        grid.addWidget(self.key_state, 0, 1, 1, 2)
        grid.addWidget(self.pad, 1, 0)
        grid.addWidget(self.detail, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(side, 1, 2)
        grid.addWidget(proposals_slot(self.hint_label, self.detail.proposals_label), 2, 0)
        grid.addWidget(today_box, 2, 1, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(2, 1)
        self.detail.proposals_shown.connect(self.hint_label.setHidden)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scrolling(content, self)  # a screen smaller than 1366 x 768 scrolls
        outer.addWidget(area)
        for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
            bar.valueChanged.connect(lambda _value: self.focus_ring.follow())
        self.focus_ring.raise_()

    def _connect(self) -> None:
        self.pad.category_chosen.connect(self.log_visit)
        self.pad.details_requested.connect(lambda: self.detail.first_field().setFocus())
        self.pad.proposal_chosen.connect(self._on_pad_proposal_chosen)
        self.detail.finished.connect(self.focus_pad)
        self.detail.visit_changed.connect(self._on_detail_visit_changed)
        self.today_table.selectionModel().currentRowChanged.connect(self._on_today_table_current_row_changed)
        self.setTabOrder(self.pad, self.detail.time_edit)

    def _add_shortcuts(self) -> None:
        # None of these repeats when held: holding Ctrl+Z must not undo one visit after the other.
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.setAutoRepeat(False)
        undo.activated.connect(self.undo_last)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.today_table)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.setAutoRepeat(False)
        back.activated.connect(self.focus_pad)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.today_table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.setAutoRepeat(False)
        remove.activated.connect(self.delete_selected)

    # -- loading -------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Read categories, partners and settings again (after an administration change)."""
        self._categories = self._services.categories.list()
        self._organisations = self._services.organisations.list()
        self.pad.set_categories(self._categories)
        self.detail.set_choices(self._categories, self._organisations)
        self.detail.set_profile_fields(self._services.settings.profile_fields())
        self.detail.set_neighbourhoods(self._services.settings.neighbourhoods())
        size_visit_columns(
            self.today_table, (c.label for c in self._categories), (o.acronym for o in self._organisations)
        )
        self.refresh()

    def refresh(self) -> ReceptionDay | None:
        """Everything: the date, today's permanences, the visits and the counters, read at once."""
        try:
            day = self._services.reception.day()
        except UserError as exc:
            self.status_message.emit(render(exc))
            return None
        self.show_day(day)
        return day

    def show_day(self, day: ReceptionDay) -> None:
        """One snapshot of the day: the list and the counters always agree."""
        self.day = day
        locale = QLocale()
        text = locale.toString(QDate(day.day.year, day.day.month, day.day.day), "dddd d MMMM yyyy")
        self.date_label.setText(text[:1].upper() + text[1:])  # not capitalize(): "November" keeps its capital
        self.today_panel.show_day(day)
        current = self.detail.visit.uid if self.detail.visit else None
        self.visit_model.set_visits(list(day.visits), self._categories, self._organisations)
        self._show_counters(list(day.counters))
        self._select_current(current)

    def _show_logged(self, visit: Visit) -> None:
        """After a key press: the visit added to the list and to the counters, not counted
        again; other desks' visits come with the next refresh (REFRESH_MS)."""
        day = None if self.day is None else self.day.with_logged(visit)
        if day is None:
            self.refresh()  # a new day began: read at once
            return
        self.day = day
        if day.visits[0] is visit:
            self.visit_model.prepend(visit)  # the list grows by one row, without a reload
        else:  # a later visit exists (another desk's clock runs ahead): the new one in its place
            self.visit_model.set_visits(list(day.visits), self._categories, self._organisations)
        self._show_counters(list(day.counters))

    def _show_counters(self, counters: list[CategoryCount]) -> None:
        self.counter_model.set_counts(self._categories, counters)
        fit_counters(self.counter_table)  # sized by its rows: changes only with the categories

    def _select_current(self, current: str | None) -> None:
        if current is not None:
            row = self.visit_model.row_of(current)
            if row >= 0:
                self.today_table.selectionModel().blockSignals(True)
                self.today_table.selectRow(row)
                self.today_table.selectionModel().blockSignals(False)

    def _on_timer_timeout(self) -> None:
        self.detail.forget_proposals()  # the rota may have changed at another desk
        self.refresh()

    def focus_pad(self) -> None:
        self.pad.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the category keys ---------------------------------------------------------
    # They log a visit whenever this view is shown and its focused widget types no text:
    # the pad, today's list, a detail list, a button. They are read here, on the focused
    # widget itself, so that a held key (auto-repeat) never logs twice and no click
    # elsewhere in the view disarms them. In a text field they type, and the pad says so.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._on_focus_changed(None, QApplication.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        mine = new is not None and (new is self or self.isAncestorOf(new))
        if self._watched is not new:
            if self._watched is not None:
                try:
                    self._watched.removeEventFilter(self)
                except RuntimeError:  # already destroyed
                    pass
            self._watched = new if mine else None
            if self._watched is not None:
                self._watched.installEventFilter(self)
        if mine:
            self._show_key_state(text_field(new, self))

    def _show_key_state(self, field: QWidget | None) -> None:
        if field is None:
            self.pad_state.hide()
            self.pad.set_dimmed(False)
            self.key_state.show_state()
            return
        name = field.accessibleName()
        text = (
            self.tr("The keys type in \u201c{field}\u201d: press Esc to log visits with the keys again.").format(
                field=name
            )
            if name
            else self.tr("The keys type in a text field: press Esc to log visits with the keys again.")
        )
        self.pad_state.setText(text)
        self.pad_state.show()
        self.pad.set_dimmed(True, text)
        self.key_state.show_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(event, QKeyEvent):
            return False
        repeated = event.isAutoRepeat()
        if not repeated and int(event.key()) not in MODIFIER_KEYS:
            self._hide_repeat_warning()  # any next key is the next action
        category_id = self.pad.keys.category_of(event)
        if category_id is None or watched is not self._watched or not self.isVisible():
            return False
        if text_field(self._watched, self) is not None:
            return False  # the key types in the field
        # The key is ours: no shortcut may take it (ShortcutOverride), no widget either.
        event.accept()
        if (
            kind == QEvent.Type.KeyPress
            and not repeated
            and self.log_visit(category_id) is not None
            and not self.pad.hasFocus()
        ):
            self.focus_pad()  # for the next visitor; Enter gives the details
        return True

    def _hide_repeat_warning(self) -> None:
        if not self.repeat_warning.isHidden():
            self.repeat_warning.hide()
            self.key_state.show_state()

    def _note_logged(self, category_id: int) -> None:
        """Show it plainly when the same category is logged twice within REPEAT_WINDOW_S."""
        now = self.monotonic()
        previous, self._last_logged = self._last_logged, (category_id, now)
        if previous is None or previous[0] != category_id or not 0 <= now - previous[1] < REPEAT_WINDOW_S:
            return
        label = next((c.label for c in self._categories if c.id == category_id), "?")
        text = self.tr(
            "Visit \u201c{category}\u201d logged twice in a row, {seconds} s apart: Ctrl+Z undoes the second one."
        ).format(category=label, seconds=QLocale().toString(now - previous[1], "f", 1))
        self.repeat_warning.setText(text)
        self.repeat_warning.setAccessibleName(text)
        self.repeat_warning.show()
        self.key_state.show_state()
        QAccessible.updateAccessibility(QAccessibleEvent(self.repeat_warning, QAccessible.Event.Alert))

    # -- actions -------------------------------------------------------------------
    def log_visit(self, category_id: int) -> Visit | None:
        self._hide_repeat_warning()
        try:
            visit = self._services.visits.log(category_id)
        except UserError as exc:
            show_error(self, exc)
            return None
        self._note_logged(category_id)
        self._show_logged(visit)
        self.detail.show_visit(visit)
        self._select_current(visit.uid)
        self.visit_logged.emit(visit.uid)
        self.visits_changed.emit()
        return visit

    def undo_last(self) -> None:
        self._hide_repeat_warning()
        self._last_logged = None
        try:
            visit = self._services.visits.undo_last()
        except UserError as exc:
            show_error(self, exc)
            return
        if visit is None:
            self.status_message.emit(self.tr("No visit logged today at this desk to undo."))
            return
        if self.detail.visit and self.detail.visit.uid == visit.uid:
            self.detail.show_visit(None)
        label = next((c.label for c in self._categories if c.id == visit.category_id), "?")
        self.status_message.emit(
            self.tr("Visit of {time} ({category}) undone.").format(
                time=visit.visited_at.strftime("%H:%M"), category=label
            )
        )
        self.refresh()
        self.visits_changed.emit()

    def delete_selected(self) -> None:
        visit = self.visit_model.visit_at(self.today_table.currentIndex().row())
        if visit is None:
            return
        self._hide_repeat_warning()
        answer = QMessageBox.question(
            self,
            self.tr("Delete a visit"),
            self.tr("Delete the visit of {time}? It will no longer be counted.").format(
                time=visit.visited_at.strftime("%H:%M")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.visits.delete(visit.uid)
        except UserError as exc:
            show_error(self, exc)
            return
        if self.detail.visit and self.detail.visit.uid == visit.uid:
            self.detail.show_visit(None)
        self._last_logged = None
        self.refresh()
        self.visits_changed.emit()

    def _on_pad_proposal_chosen(self, index: int) -> None:
        if self.detail.choose_proposal(index):
            proposal = self.detail.proposals[index]
            self.status_message.emit(self.tr("Oriented to {partner}.").format(partner=proposal.sheet.acronym))

    def _on_detail_visit_changed(self, _uid: str) -> None:
        self._hide_repeat_warning()
        self.refresh()
        self.visits_changed.emit()

    def _on_today_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        visit = self.visit_model.visit_at(current.row())
        if visit is not None:
            self._hide_repeat_warning()
            self.detail.show_visit(visit)
