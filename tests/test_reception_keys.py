"""The category keys at reception: held down, pressed twice, after a click, while typing.

Real key events only: QTest.simulateEvent goes through Qt's shortcut map first, as a
keyboard does, and can mark a press as auto-repeated; what counts is checked in the
database, through the services.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from maison_solidarite.domain.categories import AZERTY_TOP_ROW, shortcut_keys
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.view import REPEAT_WINDOW_S

from .conftest import T0, show_active

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


class FakeMonotonic:
    """The reception's clock for "pressed twice in a row": tests move it, nobody sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot, french_app, services):
    win = show_active(qtbot, MainWindow(services))
    win.reception.monotonic = FakeMonotonic()
    win.reception.focus_pad()
    qtbot.waitUntil(win.reception.pad.hasFocus)
    return win


def codes(services) -> list[str]:
    """The category of each visit stored today, oldest first."""
    by_id = {c.id: c.code for c in services.categories.list()}
    return [by_id[v.category_id] for v in reversed(services.visits.on_day(T0.date()))]


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(widget: QWidget, key: Qt.Key, text: str = "", modifier=NO, *, autorepeat: bool = False) -> None:
    """A key press as a keyboard sends it: the shortcut map first, then the widget."""
    QTest.simulateEvent(widget, True, key, modifier, text, autorepeat)


def release(widget: QWidget, key: Qt.Key, text: str = "", modifier=NO, *, autorepeat: bool = False) -> None:
    QTest.simulateEvent(widget, False, key, modifier, text, autorepeat)


def tap(widget: QWidget, key: Qt.Key, text: str = "", modifier=NO) -> None:
    press(widget, key, text, modifier)
    release(widget, key, text, modifier)


def hold(widget: QWidget, key: Qt.Key, text: str, repeats: int = 15, delivery: str = "presses") -> None:
    """Hold a key down: one press, ``repeats`` auto-repeated ones, then the release.

    "presses": repeated presses only (Windows, Wayland); "pairs": an auto-repeated release
    before each (X11); "sent": the auto-repeated presses handed straight to the widget.
    """
    press(widget, key, text)
    for _ in range(repeats):
        if delivery == "pairs":
            release(widget, key, text, autorepeat=True)
        if delivery == "sent":  # Qt offers it to the shortcuts first, as it does a keyboard's
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, NO, text, True, 1))
        else:
            press(widget, key, text, autorepeat=True)
    release(widget, key, text)


@pytest.mark.parametrize("delivery", ["presses", "pairs", "sent"])
@pytest.mark.parametrize(
    "key, text, code",
    [
        (Qt.Key.Key_1, "1", "rights"),
        (Qt.Key.Key_F2, "", "other"),  # the eleventh category: F2 follows 0
        (Qt.Key.Key_Eacute, "é", "finance"),  # the AZERTY "2" key, without Shift
    ],
    ids=["digit", "F-key", "AZERTY"],
)
def test_holding_a_category_key_logs_one_visit(qtbot, window, services, key, text, code, delivery) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        hold(view.pad, key, text, repeats=15, delivery=delivery)  # 1.2 s at the usual repeat rate
    assert codes(services) == [code]
    assert view.visit_model.rowCount() == 1
    assert not view.repeat_warning.isVisible()
    assert view.pad.hasFocus()


def test_holding_a_key_on_todays_list_logs_one_visit_too(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_5, "5")
    view.today_table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(view.today_table.hasFocus)
    view.monotonic.now += 3
    hold(view.today_table, Qt.Key.Key_3, "3")
    assert codes(services) == ["health", "admin"]


def test_a_second_press_within_the_window_logs_a_second_visit_and_says_so(qtbot, window, services) -> None:
    view = window.reception
    warning = view.repeat_warning
    tap(view.pad, Qt.Key.Key_1, "1")
    view.monotonic.now += 0.4
    tap(view.pad, Qt.Key.Key_1, "1")  # two visitors together, or a slip: both are logged
    assert codes(services) == ["rights", "rights"]
    assert warning.isVisible()
    text = warning.text()
    assert "« Accès aux droits sociaux »" in text and "0,4 s" in text and "Ctrl+Z" in text
    assert warning.accessibleName() == text  # what a screen reader reads out
    assert warning.accessibleDescription()
    # Ctrl+Z, as before, undoes the second one, and the warning goes.
    with qtbot.waitSignal(view.visits_changed):
        tap(view.pad, Qt.Key.Key_Z, "", CTRL)
    assert codes(services) == ["rights"]
    assert not warning.isVisible()
    assert "annulée" in window.statusBar().currentMessage()


def test_the_warning_goes_on_the_next_action_and_only_a_quick_same_key_raises_it(qtbot, window, services) -> None:
    view = window.reception
    warning, clock = view.repeat_warning, view.monotonic
    tap(view.pad, Qt.Key.Key_Ampersand, "&")  # the AZERTY "1" key
    clock.now += 1.5
    tap(view.pad, Qt.Key.Key_1, "1")  # the same category by its digit
    assert warning.isVisible() and "1,5 s" in warning.text()
    clock.now += 0.3
    tap(view.pad, Qt.Key.Key_2, "2")  # another category: no warning, and the last one goes
    assert not warning.isVisible()
    clock.now += REPEAT_WINDOW_S  # not within the window any more
    tap(view.pad, Qt.Key.Key_2, "2")
    assert not warning.isVisible()
    clock.now += 0.2
    tap(view.pad, Qt.Key.Key_F2)
    clock.now += 0.2
    tap(view.pad, Qt.Key.Key_F2)
    assert warning.isVisible() and "« Autre demande »" in warning.text()
    tap(view.pad, Qt.Key.Key_Return)  # to the details: the next action
    qtbot.waitUntil(view.detail.orientation_combo.hasFocus)
    assert not warning.isVisible()
    assert codes(services) == ["rights", "rights", "finance", "finance", "other", "other"]


def test_holding_ctrl_z_undoes_one_visit(qtbot, window, services) -> None:
    view = window.reception
    for key, text in ((Qt.Key.Key_1, "1"), (Qt.Key.Key_2, "2"), (Qt.Key.Key_3, "3")):
        tap(view.pad, key, text)
    press(view.pad, Qt.Key.Key_Z, "", CTRL)
    for _ in range(10):
        press(view.pad, Qt.Key.Key_Z, "", CTRL, autorepeat=True)
    release(view.pad, Qt.Key.Key_Z, "", CTRL)
    assert codes(services) == ["rights", "finance"]


def test_the_keys_log_after_a_click_on_todays_list_a_counter_or_a_button(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_1, "1")
    # A click in today's list: it takes the focus, the keys still log, the arrows still move.
    table = view.today_table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(view.visit_model.index(0, 1)).center())
    qtbot.waitUntil(table.hasFocus)
    assert view.pad_state.isHidden()
    view.monotonic.now += 5
    tap(table, Qt.Key.Key_2, "2")
    assert codes(services) == ["rights", "finance"]
    qtbot.waitUntil(view.pad.hasFocus)  # back on the pad for the next visitor
    # A click on a counter.
    counters = view.counter_table
    qtbot.mouseClick(counters.viewport(), LEFT, pos=counters.visualRect(view.counter_model.index(2, 0)).center())
    view.monotonic.now += 5
    tap(focused(), Qt.Key.Key_F2)
    # A click on a button (a category's, with the mouse: it logs), then a key.
    view.monotonic.now += 5
    qtbot.mouseClick(view.pad.buttons[services.categories.find("health").id], LEFT)
    view.monotonic.now += 5
    tap(focused(), Qt.Key.Key_ParenLeft, "(")  # the AZERTY "5" key
    assert codes(services) == ["rights", "finance", "other", "health", "health"]
    # In today's list again, the arrows and Escape keep their use and log nothing.
    table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(0)
    tap(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    tap(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.pad.hasFocus)
    assert len(codes(services)) == 5


def test_a_digit_on_a_detail_list_logs_a_visit_and_letters_keep_choosing(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_1, "1")
    tap(view.pad, Qt.Key.Key_Return)  # Enter: to "Orienté vers", a list that types no text
    combo = view.detail.orientation_combo
    qtbot.waitUntil(combo.hasFocus)
    assert view.pad_state.isHidden()
    view.monotonic.now += 5
    tap(combo, Qt.Key.Key_4, "4")
    assert codes(services) == ["rights", "jobs"]
    qtbot.waitUntil(view.pad.hasFocus)
    assert view.detail.visit.category_id == services.categories.find("jobs").id


def test_while_a_text_field_has_the_focus_the_keys_type_and_the_pad_says_so(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_1, "1")
    assert view.pad_state.isHidden() and not view.pad.dimmed
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Note
    note = view.detail.note_edit
    qtbot.waitUntil(note.hasFocus)
    qtbot.waitUntil(view.pad_state.isVisible)
    assert "Échap" in view.pad_state.text() and "« Note »" in view.pad_state.text()
    assert view.pad.dimmed
    assert "Échap" in view.pad.accessibleDescription()
    view.monotonic.now += 5
    tap(note, Qt.Key.Key_2, "2")
    tap(note, Qt.Key.Key_Eacute, "é")
    hold(note, Qt.Key.Key_3, "3", repeats=3)  # held in a text field: the repeats type
    tap(note, Qt.Key.Key_F2)  # types nothing, logs nothing
    tap(note, Qt.Key.Key_1, "1", Qt.KeyboardModifier.KeypadModifier)
    assert note.text() == "2é33331"
    assert codes(services) == ["rights"]
    tap(note, Qt.Key.Key_Escape)  # Échap: the keys go back to the pad, the note is kept
    qtbot.waitUntil(view.pad.hasFocus)
    assert view.pad_state.isHidden() and not view.pad.dimmed
    assert services.visits.on_day(T0.date())[0].note == "2é33331"
    tap(view.pad, Qt.Key.Key_4, "4")
    assert codes(services) == ["rights", "jobs"]


def test_the_time_field_types_digits_too(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_1, "1")
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Heure
    qtbot.waitUntil(view.detail.time_edit.hasFocus)
    assert view.pad_state.isVisible() and "« Heure »" in view.pad_state.text()
    view.monotonic.now += 5
    tap(focused(), Qt.Key.Key_0, "0")
    tap(focused(), Qt.Key.Key_9, "9")
    assert codes(services) == ["rights"]
    assert view.detail.time_edit.time().hour() == 9


def test_the_keys_do_nothing_on_another_tab_nor_with_a_modifier(qtbot, window, services) -> None:
    view = window.reception
    tap(view.pad, Qt.Key.Key_1, "1", CTRL)
    tap(view.pad, Qt.Key.Key_1, "1", Qt.KeyboardModifier.AltModifier)
    window.tabs.setCurrentWidget(window.rota)
    qtbot.waitUntil(lambda: not view.isVisible())
    target = focused() or window
    tap(target, Qt.Key.Key_1, "1")
    tap(target, Qt.Key.Key_F2)
    assert codes(services) == []
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.pad.hasFocus)
    tap(view.pad, Qt.Key.Key_1, "1")
    assert codes(services) == ["rights"]


def test_no_shortcut_can_fire_a_category_key_and_none_repeats(window) -> None:
    """A QShortcut fires on every auto-repeat unless told not to: the keys are read in one place."""
    view = window.reception
    keys = [k for k in shortcut_keys(len(view.pad.buttons)) if k]
    category_keys = {
        QKeySequence(k).toString() for k in keys + [AZERTY_TOP_ROW[k] for k in keys if k in AZERTY_TOP_ROW]
    }
    bound = {s.key().toString() for s in window.findChildren(QShortcut)}
    bound |= {seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()}
    assert category_keys & bound == set()
    assert [s.key().toString() for s in view.findChildren(QShortcut) if s.autoRepeat()] == []


def test_a_category_key_counts_as_activity_for_the_idle_lock(qtbot, french_app, services) -> None:
    window = show_active(qtbot, MainWindow(services, idle_minutes=30))
    window.reception.focus_pad()
    qtbot.waitUntil(window.reception.pad.hasFocus)
    window.idle.timer.stop()
    tap(window.reception.pad, Qt.Key.Key_1, "1")
    assert codes(services) == ["rights"]
    assert window.idle.timer.isActive()  # the key reached the idle watcher: no lock mid-morning
