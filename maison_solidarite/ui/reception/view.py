"""The reception screen: one key logs a visit, the details can follow."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..fonts import emphasise, relative_font
from ..reflow import AdaptiveGrid, SideBySide, scrolling
from ...domain.categories import AZERTY_TOP_ROW, Category, shortcut_keys
from ...domain.errors import UserError
from ...domain.visits import Visit
from ...services import Services
from ..messages import show_error
from .detail_panel import PROPOSAL_KEYS, DetailPanel
from .models import CounterTableModel, VisitTableModel
from .today_panel import TodayPanel

REFRESH_MS = 30_000  # other desks' visits show up within this time


class CategoryPad(QWidget):
    """Large buttons, one per active category, each with its key."""

    category_chosen = Signal(int)
    details_requested = Signal()
    proposal_chosen = Signal(int)  # index of the orientation proposal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # to draw the focus frame
        self.setAccessibleName(self.tr("Request categories"))
        self._grid = AdaptiveGrid(self, max_columns=2, spacing=8)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self.buttons: dict[int, QPushButton] = {}
        self._shortcuts: list[QShortcut] = []
        for index, letter in enumerate(PROPOSAL_KEYS):
            proposal = QShortcut(QKeySequence(letter), self)
            proposal.setContext(Qt.ShortcutContext.WidgetShortcut)
            proposal.activated.connect(lambda i=index: self.proposal_chosen.emit(i))
        self.setStyleSheet(
            "#categoryPad { border: 3px solid transparent; border-radius: 6px; }"
            "#categoryPad:focus { border: 3px solid palette(highlight); }"
            "QPushButton[categoryButton='true'] { text-align: left; padding: 6px 12px; }"
        )

    def set_categories(self, categories: list[Category]) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts.clear()
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        active = [c for c in categories if c.active]
        font = relative_font(self, 1.45, bold=True)
        for n, (category, key) in enumerate(zip(active, shortcut_keys(len(active)))):
            button = QPushButton(f"{key}   {category.label}" if key else category.label)
            button.setProperty("categoryButton", True)
            button.setObjectName(f"category_{category.code}")
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter or Space must never log twice
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setAccessibleName(category.label)
            button.setToolTip(self.tr("Key {key}: log a visit \u201c{label}\u201d").format(key=key, label=category.label))
            button.clicked.connect(lambda _checked=False, cid=category.id: self.category_chosen.emit(cid))
            self._grid.addWidget(button)
            self.buttons[category.id] = button
            # The keys work while the pad has the focus (Escape and Enter bring it back):
            # a digit typed on a list or a combo box elsewhere never logs a visit.
            for sequence in filter(None, (key, AZERTY_TOP_ROW.get(key))):
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda cid=category.id: self._on_shortcut(cid))
                self._shortcuts.append(shortcut)

    def _on_shortcut(self, category_id: int) -> None:
        # A key typed in a text field belongs to the text; elsewhere it logs a visit.
        button = self.buttons.get(category_id)
        if button is not None:
            button.click()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_requested.emit()
            return
        super().keyPressEvent(event)


class ReceptionView(QWidget):
    visit_logged = Signal(str)
    visits_changed = Signal()
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionView")
        self._services = services
        self._categories: list[Category] = []

        self.date_label = QLabel()
        self.date_label.setObjectName("dateLabel")
        emphasise(self.date_label, 1.3)
        self.hint_label = QLabel(
            self.tr("One key logs a visit: 1–9, 0, then F2–F12. A–E: orient to a proposed partner. Tab or Enter: add details. Ctrl+Z: undo the last visit.")
        )
        self.hint_label.setWordWrap(True)

        self.pad = CategoryPad(self)
        self.detail = DetailPanel(services, self)
        self.detail.setTitle(self.tr("Details of the visit"))
        self.today_panel = TodayPanel(services, self)

        self.visit_model = VisitTableModel(self)
        self.today_table = QTableView()
        self.today_table.setObjectName("todayTable")
        self.today_table.setAccessibleName(self.tr("Today's visits"))
        self.today_table.setModel(self.visit_model)
        self.today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today_table.verticalHeader().hide()
        self.today_table.horizontalHeader().setStretchLastSection(True)
        # Columns are sized on full loads only: measuring every row at each key costs 9 ms.
        self.today_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.today_table.setAlternatingRowColors(True)

        self.counter_model = CounterTableModel(self)
        self.counter_table = QTableView()
        self.counter_table.setObjectName("counterTable")
        self.counter_table.setAccessibleName(self.tr("Counters by category"))
        self.counter_table.setModel(self.counter_model)
        self.counter_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counter_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Each column as wide as its heading and figures (never cut, at any text size); the
        # room left goes to the last one.
        self.counter_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counter_table.horizontalHeader().setStretchLastSection(True)
        self.counter_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.counter_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2)

        today_box = QGroupBox(self.tr("Today's visits (Delete: remove the selected visit)"))
        QVBoxLayout(today_box).addWidget(self.today_table)
        counter_box = QGroupBox(self.tr("Counters"))
        QVBoxLayout(counter_box).addWidget(self.counter_table)

        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(header)
        left.addWidget(self.pad, 3)
        left.addWidget(self.hint_label)
        left.addWidget(today_box, 2)
        right = QVBoxLayout()
        right.addWidget(self.today_panel, 0)
        right.addWidget(self.detail, 0)
        right.addWidget(counter_box, 1)
        content = QWidget(self)
        panes = SideBySide(content)
        panes.setContentsMargins(0, 0, 0, 0)
        panes.addLayout(left, 3)
        panes.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))

        self.pad.category_chosen.connect(self.log_visit)
        self.pad.details_requested.connect(lambda: self.detail.first_field().setFocus())
        self.pad.proposal_chosen.connect(self._on_pad_proposal_chosen)
        self.detail.finished.connect(self.focus_pad)
        self.detail.visit_changed.connect(self._on_detail_visit_changed)
        self.today_table.selectionModel().currentRowChanged.connect(self._on_today_table_current_row_changed)
        self.setTabOrder(self.pad, self.detail.time_edit)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.today_table)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.focus_pad)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.today_table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.delete_selected)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.reload_choices()

    # -- loading -------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Read categories, partners and settings again (after an administration change)."""
        self._categories = self._services.categories.list()
        self._organisations = self._services.organisations.list()
        self.pad.set_categories(self._categories)
        self.detail.set_choices(self._categories, self._organisations)
        self.detail.set_profile_fields(self._services.settings.profile_fields())
        self.refresh()

    def refresh(self) -> None:
        """Everything: the date, today's permanences, the visits and the counters."""
        today = self._services.ctx.now().date()
        locale = QLocale()
        text = locale.toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.date_label.setText(text[:1].upper() + text[1:])  # not capitalize(): "November" keeps its capital
        self.today_panel.refresh()
        self.refresh_visits()

    def refresh_visits(self) -> None:
        """Today's visits and the counters: all that a logged visit changes."""
        today = self._services.ctx.now().date()
        current = self.detail.visit.uid if self.detail.visit else None
        self.visit_model.set_visits(self._services.visits.on_day(today), self._categories, self._organisations)
        self.today_table.resizeColumnsToContents()
        self.refresh_counters()
        self._select_current(current)

    def refresh_counters(self) -> None:
        self.counter_model.set_counts(self._categories, self._services.visits.counters(self._services.ctx.now().date()))

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

    # -- actions -------------------------------------------------------------------
    def log_visit(self, category_id: int) -> Visit | None:
        try:
            visit = self._services.visits.log(category_id)
        except UserError as exc:
            show_error(self, exc)
            return None
        self.visit_model.prepend(visit)
        self.refresh_counters()
        self.detail.show_visit(visit)
        self._select_current(visit.uid)
        self.visit_logged.emit(visit.uid)
        self.visits_changed.emit()
        return visit

    def undo_last(self) -> None:
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
            self.tr("Visit of {time} ({category}) undone.").format(time=visit.visited_at.strftime("%H:%M"), category=label)
        )
        self.refresh()
        self.visits_changed.emit()

    def delete_selected(self) -> None:
        visit = self.visit_model.visit_at(self.today_table.currentIndex().row())
        if visit is None:
            return
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
        self.refresh()
        self.visits_changed.emit()

    def _on_pad_proposal_chosen(self, index: int) -> None:
        if self.detail.choose_proposal(index):
            proposal = self.detail.proposals[index]
            self.status_message.emit(self.tr("Oriented to {partner}.").format(partner=proposal.sheet.acronym))

    def _on_detail_visit_changed(self, _uid: str) -> None:
        self.refresh_visits()
        self.visits_changed.emit()

    def _on_today_table_current_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        visit = self.visit_model.visit_at(current.row())
        if visit is not None:
            self.detail.show_visit(visit)
