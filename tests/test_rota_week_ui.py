"""The rota week as a coordinator reads it, the choice before an edit, half-day closures and the
people booked, driven with real keys and clicks and checked in the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QStyleOptionViewItem

from maison_solidarite.domain.directory import Contact
from maison_solidarite.domain.rota import Status
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.rota import EditScope
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.today_panel import TodayPanel
from maison_solidarite.ui.rota.closures_dialog import ClosuresDialog
from maison_solidarite.ui.rota.grid_parts import TODAY_COLOUR
from maison_solidarite.ui.rota.models import CLOSED_COLOUR, WeekGridModel
from maison_solidarite.ui.rota.scope_dialog import ScopeDialog
from maison_solidarite.ui.rota.series_dialog import SeriesDialog
from maison_solidarite.ui.rota.view import RotaView

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday morning
TUESDAY = NOW.date()


@pytest.fixture
def demo(services: Services, clock) -> Services:
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.05)
    return services


@pytest.fixture
def view(qtbot, french_app, demo):
    return show_active(qtbot, RotaView(demo), (1366, 620))


def find(services: Services, acronym: str, day: date):
    organisation = next(o for o in services.organisations.list() if o.acronym == acronym)
    return next(o for o in services.rota.occurrences(day, day, organisation.id))


def partner(services: Services, acronym: str) -> int:
    return next(o.id for o in services.organisations.list() if o.acronym == acronym)


class ModalSteps:
    """Acts on each modal dialog as it opens, in order: one step per dialog (no sleeping)."""

    def __init__(self, *steps: Callable[[QDialog], None]) -> None:
        self.steps = list(steps)
        self.seen: list[QDialog] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and self.steps and dialog not in self.seen:
            self.seen.append(dialog)
            self.steps.pop(0)(dialog)

    def stop(self) -> None:
        self.timer.stop()


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- the week as a coordinator reads it ----------------------------------------------------
def test_each_day_is_named_once_over_its_offices_and_today_is_marked(qtbot, view, demo) -> None:
    model: WeekGridModel = view.model
    header = view.grid.horizontalHeader()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Bureau 1",
        "Bureau 2",
        "Bureau 1",
        "Bureau 2",
    ]
    monday = model.headerData(0, Qt.Orientation.Horizontal, model.DAY_ROLE)
    assert monday == model.headerData(1, Qt.Orientation.Horizontal, model.DAY_ROLE) == "lun. 23/11"
    today = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal, model.TODAY_ROLE)]
    assert today == [2, 3]  # Tuesday's two offices
    word = tr("WeekGridModel", "{day} · today").format(day="mar. 24/11")
    assert model.headerData(2, Qt.Orientation.Horizontal, model.DAY_ROLE) == word
    spoken = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    assert "mardi 24 novembre" in spoken and tr("WeekGridModel", "{day} · today").split("}")[1].strip(" ·") in spoken
    # drawn: the band over Tuesday's two offices is today's colour, Monday's is not
    image = header.grab().toImage()
    band_y = header.sectionViewportPosition(0) + 6
    assert image.pixelColor(header.sectionViewportPosition(2) + 4, band_y) == TODAY_COLOUR  # Tuesday
    assert image.pixelColor(header.sectionViewportPosition(3) + header.sectionSize(3) - 4, band_y) == TODAY_COLOUR
    assert image.pixelColor(header.sectionViewportPosition(0) + 4, band_y) != TODAY_COLOUR  # Monday


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_whole_opening_day_is_in_sight_at_every_text_size(qtbot, french_app, demo, percent) -> None:
    apply_text_size(QApplication.instance(), percent)
    try:
        window = show_active(qtbot, MainWindow(demo))  # 1366 x 768, the desk's screen
        window.tabs.setCurrentWidget(window.rota)
        qtbot.waitUntil(window.rota.grid.isVisible)
        grid, model = window.rota.grid, window.rota.model
        last = model.rowCount() - 1
        assert model.minute_of_row(last) == 16 * 60 + 45  # the 16:45-17:00 quarter hour exists
        assert grid.rowViewportPosition(last) + grid.rowHeight(last) <= grid.viewport().height()
        assert not grid.verticalScrollBar().isVisible()
        header = grid.horizontalHeader()
        assert header.height() >= 2 * header.fontMetrics().height()  # the day band and the offices
    finally:
        apply_text_size(QApplication.instance(), 100)


def test_a_block_shows_the_full_name_where_it_fits_and_the_acronym_otherwise(qtbot, view, demo) -> None:
    grid, model = view.grid, view.model
    caf = find(demo, "CAF", TUESDAY)
    index = model.index(model.row_of(caf.start), model.column_of(caf.day, caf.office_id))
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("CAF de Côte-d'Or")

    def shown(width: int) -> str:
        option = QStyleOptionViewItem()
        option.initFrom(grid)
        option.rect = grid.visualRect(index)
        option.rect.setWidth(width)
        grid.itemDelegate().initStyleOption(option, index)
        return option.text.split("\u2028")[0]

    assert grid.visualRect(index).width() > 120
    assert shown(grid.visualRect(index).width()) == "CAF de Côte-d'Or"
    assert shown(40) == "CAF"


def test_the_grid_model_passes_the_model_tester_with_today_and_a_half_day_closure(qtmodeltester, demo, view) -> None:
    demo.rota.add_closure(TUESDAY, TUESDAY, "Réunion d'équipe", time(13), None)
    view.reload()
    qtmodeltester.check(view.model)


# -- one occurrence, the following, or the whole series ------------------------------------
def open_with_enter(qtbot, view, occurrence) -> None:
    view.show_week(occurrence.day)
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(
        model.index(model.row_of(occurrence.start), model.column_of(occurrence.day, occurrence.office_id))
    )
    qtbot.keyClick(grid, Qt.Key.Key_Return)


def save_with_start(start: str) -> Callable[[QDialog], None]:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, SeriesDialog)
        dialog.start.setTime(QTime.fromString(start, "HH:mm"))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        save.click()

    return step


@pytest.mark.parametrize(
    "keys, scope, starts",
    [
        ([], EditScope.OCCURRENCE, ("09:00", "09:30", "09:00", "09:00")),
        ([Qt.Key.Key_Down], EditScope.FOLLOWING, ("09:00", "09:30", "09:30", "09:30")),
        ([Qt.Key.Key_Down, Qt.Key.Key_Down], EditScope.SERIES, ("09:30", "09:30", "09:30", "09:30")),
    ],
)
def test_opening_an_occurrence_asks_which_ones_and_each_choice_does_what_it_says(
    qtbot, view, demo, keys, scope, starts
) -> None:
    seen: dict[str, object] = {}

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ScopeDialog)
        seen["default"] = dialog.scope
        seen["description"] = dialog.findChild(QLabel, "scopeDescription").text()
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.buttons[EditScope.OCCURRENCE].hasFocus())
        for key in keys:
            qtbot.keyClick(dialog.focusWidget(), key)
        seen["chosen"] = dialog.scope
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    december_8 = date(2026, 12, 8)
    steps = ModalSteps(choose, save_with_start("09:30"))
    try:
        with qtbot.waitSignal(view.rota_changed, timeout=10_000):
            open_with_enter(qtbot, view, find(demo, "CAF", december_8))
    finally:
        steps.stop()
    assert seen["default"] == EditScope.OCCURRENCE and seen["chosen"] == scope
    assert "mardi 8 décembre, 09:00–12:00, Bureau 1" in str(seen["description"])
    days = (date(2026, 12, 1), december_8, date(2026, 12, 15), date(2027, 1, 5))
    assert tuple(f"{find(demo, 'CAF', d).start:%H:%M}" for d in days) == starts


def test_escape_in_the_choice_changes_nothing(qtbot, view, demo) -> None:
    def escape(dialog: QDialog) -> None:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    steps = ModalSteps(escape)
    try:
        open_with_enter(qtbot, view, find(demo, "CAF", date(2026, 12, 8)))
    finally:
        steps.stop()
    assert steps.seen and isinstance(steps.seen[0], ScopeDialog)
    assert not any(isinstance(w, SeriesDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert find(demo, "CAF", date(2026, 12, 8)).start == time(9)


# -- half-day closures ----------------------------------------------------------------------
def test_an_afternoon_closure_entered_in_the_dialog_lists_the_people_booked_before_it_is_written(
    qtbot, french_app, demo, dialogs
) -> None:
    cresus = partner(demo, "CRESUS")
    permanence = next(p for p in demo.appointments.open_permanences(cresus) if p.occurrence.start >= time(13))
    occurrence = permanence.occurrence
    demo.appointments.book(
        cresus,
        occurrence.series_id,
        occurrence.original_date,
        permanence.free[0][0],
        Contact("Marie", "06 12 34 56 78"),
    )
    before = demo.rota.closures()
    dialog = ClosuresDialog(demo)
    show_active(qtbot, dialog, (560, 560))
    for edit in (dialog.first, dialog.last):
        edit.setDate(edit.date().fromString(occurrence.day.strftime("%d/%m/%Y"), "dd/MM/yyyy"))
    dialog.part.setFocus()
    qtbot.keyClick(dialog.part, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.part, Qt.Key.Key_Down)  # the afternoon
    assert not dialog.hours.isVisible()
    qtbot.keyClicks(dialog.label, "Reunion equipe")
    dialogs.answers.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    warning = dialogs.seen[0]
    assert f"{permanence.free[0][0]:%H:%M} CRESUS — Marie, 06 12 34 56 78" in warning
    assert f"{occurrence.start:%H:%M}–{occurrence.end:%H:%M} CRESUS" in warning
    assert demo.rota.closures() == before  # "No": nothing written
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(demo.rota.closures()) > len(before))
    (closure,) = [c for c in demo.rota.closures() if c not in before]
    assert (closure.start, closure.end, closure.label) == (time(13), None, "Reunion equipe")
    assert find(demo, "CRESUS", occurrence.day).status == Status.CLOSED
    assert any("Reunion equipe" in dialog.list.item(n).text() for n in range(dialog.list.count()))


def test_a_time_range_closure_from_the_keyboard(qtbot, french_app, demo) -> None:
    before = demo.rota.closures()
    dialog = ClosuresDialog(demo)
    show_active(qtbot, dialog, (560, 560))
    dialog.part.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.part, Qt.Key.Key_Down)
    assert dialog.hours.isVisible()
    dialog.from_time.setTime(QTime(15, 0))
    dialog.to_time.setTime(QTime(14, 0))
    qtbot.keyClicks(dialog.label, "Formation")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "15:00" in dialog.error.text()  # ends before it starts
    assert demo.rota.closures() == before


def test_the_week_greys_the_closed_afternoon_and_reception_says_it(qtbot, view, demo) -> None:
    demo.rota.add_closure(TUESDAY, TUESDAY, "Réunion d'équipe", time(13), None)
    view.reload()
    model = view.model
    column = model.column_of(TUESDAY, demo.rota.offices()[1].id)
    morning, afternoon = (
        model.index(model.row_of(time(11, 45)), column),
        model.index(model.row_of(time(16, 45)), column),
    )
    assert morning.data(Qt.ItemDataRole.BackgroundRole).color() != CLOSED_COLOUR
    assert afternoon.data(Qt.ItemDataRole.BackgroundRole).color() == CLOSED_COLOUR
    assert find(demo, "CPAM", TUESDAY).status == Status.CLOSED  # Tuesday 13:30
    assert find(demo, "CAF", TUESDAY).status == Status.SCHEDULED  # Tuesday morning
    panel = TodayPanel(demo)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    expected = tr("TodayPanel", "The Maison closes this afternoon ({reason}).").format(reason="Réunion d'équipe")
    assert next(label.text() for label in panel.lines if label.isVisible()) == expected
    assert "CPAM" not in " ".join(label.text() for label in panel.lines)  # nobody comes next


def test_cancelling_a_permanence_names_the_people_booked_in_it(qtbot, view, demo, dialogs) -> None:
    cresus = partner(demo, "CRESUS")
    permanence = demo.appointments.open_permanences(cresus)[0]
    occurrence = permanence.occurrence
    demo.appointments.book(
        cresus, occurrence.series_id, occurrence.original_date, permanence.free[0][0], Contact(initials="MD")
    )
    view.show_week(occurrence.day)
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(
        model.index(model.row_of(occurrence.start), model.column_of(occurrence.day, occurrence.office_id))
    )
    dialogs.answers.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    assert f"{permanence.free[0][0]:%H:%M} CRESUS — MD" in dialogs.seen[0]
    assert find(demo, "CRESUS", occurrence.day).status == Status.SCHEDULED


def test_a_drag_into_the_closed_afternoon_is_refused(qtbot, view, demo, dialogs) -> None:
    demo.rota.add_closure(TUESDAY, TUESDAY, "Réunion d'équipe", time(13), None)
    view.reload()
    grid, model = view.grid, view.model
    caf = find(demo, "CAF", TUESDAY)  # 09:00-12:00, Bureau 1
    press = QPoint(grid.block_rect(caf).center().x(), grid.rowViewportPosition(model.row_of(time(9))) + 3)
    column = model.column_of(TUESDAY, demo.rota.offices()[1].id)
    target = QPoint(grid.columnViewportPosition(column) + 20, grid.rowViewportPosition(model.row_of(time(14))) + 3)
    dialogs.answers.append(QMessageBox.StandardButton.Ok)
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, pos=QPoint(press.x() + 30, press.y() + 30))
    qtbot.mouseMove(viewport, pos=target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: bool(dialogs.seen))
    assert "Réunion d'équipe" in dialogs.seen[0]
    assert find(demo, "CAF", TUESDAY).start == time(9) and not find(demo, "CAF", TUESDAY).moved
