"""The reception screen at a desk's 1366 x 768, at 100, 150 and 200 % text: every key, counter
and label in sight and its text within its width, readable at a metre, a thick focus ring,
and nothing that moves as visits are logged, selected, oriented and undone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.focus_ring import RING_WIDTH

from .conftest import T0, show_active

SIZES = (100, 150, 200)


@pytest.fixture(params=SIZES, ids=lambda p: f"{p}%")
def text_size(request, qapp) -> Iterator[int]:
    apply_text_size(qapp, request.param)
    yield request.param
    apply_text_size(qapp, 100)


@pytest.fixture
def window(qtbot, french_app, services, text_size) -> MainWindow:
    load_demo(services.db, services.ctx, until=datetime(2026, 11, 17, 10, 0), years=0.1)
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(lambda: win.reception.pad.hasFocus())
    return win


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` that its ancestors do not clip, in ``top``'s coordinates."""
    rect = rect_in(widget, top)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        rect = rect.intersected(rect_in(parent, top))
        parent = parent.parentWidget()
    return rect.intersected(top.rect())


def assert_whole(widget: QWidget, top: QWidget, what: str) -> None:
    assert widget.isVisible(), what
    assert visible_rect(widget, top) == rect_in(widget, top), f"{what} is cut off: {rect_in(widget, top)}"


def text_width(widget: QWidget, text: str) -> int:
    lines = text.replace("&", "").split("\n")
    return max(QFontMetrics(widget.font()).horizontalAdvance(line) for line in lines)


def test_every_key_counter_and_detail_label_is_whole_and_its_text_fits(window, text_size) -> None:
    view = window.reception
    assert window.size().width() == 1366 and window.size().height() == 768
    area = view.findChild(QScrollArea)
    assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible(), "it scrolls"
    buttons = list(view.pad.buttons.values())
    assert len(buttons) == 11
    for button in buttons:
        assert_whole(button, window, f"key {button.text()!r}")
        assert text_width(button, button.text()) + 24 <= button.width(), f"key {button.text()!r} too narrow"
        assert QFontMetrics(button.font()).height() <= button.height()
    rects = [rect_in(b, window) for b in buttons]
    assert all(not a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :]), "keys overlap"
    counters = view.counter_table
    assert_whole(counters, window, "the counters")
    side, header = counters.verticalHeader(), counters.horizontalHeader()
    assert counters.model().rowCount() == 12  # the total and the eleven categories
    for row in range(counters.model().rowCount()):
        label = str(counters.model().headerData(row, Qt.Orientation.Vertical))
        assert side.sectionViewportPosition(row) + side.sectionSize(row) <= side.height(), f"row {label} cut off"
        assert text_width(side, label) <= side.width(), f"counter {label!r} cut off"
    for column in range(3):
        title = str(counters.model().headerData(column, Qt.Orientation.Horizontal))
        assert text_width(header, title) <= header.sectionSize(column), f"heading {title!r} cut off"
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= header.width()
    for label, field in view.detail._rows.values():
        assert_whole(label, window, f"detail label {label.text()!r}")
        assert_whole(field, window, f"detail field {label.text()!r}")
        assert text_width(label, label.text()) <= label.width(), f"detail label {label.text()!r} cut off"
    for label in (view.date_label, view.detail.heading):
        assert_whole(label, window, label.objectName())
    assert_whole(view.today_table, window, "today's list")
    assert_whole(view.key_state, window, "the keys' state")


def test_text_reads_at_a_metre(window, text_size) -> None:
    view = window.reception
    body = [view.today_table, view.detail.time_edit, view.detail.channel_combo, view.today_panel]
    body += [label for label, _field in view.detail._rows.values()]
    for widget in body:
        assert QFontInfo(widget.font()).pixelSize() >= 16, widget
    assert QFontInfo(view.counter_table.font()).pixelSize() >= 18  # the figures, larger
    for button in view.pad.buttons.values():
        assert QFontInfo(button.font()).pixelSize() >= 18 and button.font().bold()


def test_the_focus_is_a_thick_ring_on_every_focusable_widget(qtbot, window, text_size) -> None:
    view, ring = window.reception, window.reception.focus_ring
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_1)  # the details' fields take the focus once a visit is shown
    visited: list[QWidget] = []
    for _ in range(14):  # the pad, then every field of the details and today's list
        focus = QApplication.focusWidget()
        assert focus is not None
        if not view.isAncestorOf(focus):
            break
        qtbot.waitUntil(lambda f=focus: ring.target is f and ring.isVisible())
        expected = rect_in(focus, view).adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        assert ring.geometry() == expected.intersected(view.rect())
        visited.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert RING_WIDTH >= 3
    assert view.pad in visited and view.detail.orientation_combo in visited and view.today_table in visited
    combo = view.detail.orientation_combo
    combo.setFocus()
    qtbot.waitUntil(lambda: ring.target is combo and ring.isVisible())
    image = view.grab().toImage()
    colour = image.pixelColor(ring.geometry().left() + 1, ring.geometry().center().y())
    assert colour.blue() > 150 and colour.red() < 40  # dark blue, not a faint dotted line


def test_the_pad_shows_whether_the_keys_log_visits(qtbot, window, text_size) -> None:
    view = window.reception
    assert view.key_state.ready.isVisible() and view.key_state.ready.text()
    armed = view.pad.grab().toImage()
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_1)
    view.detail.note_edit.setFocus()
    qtbot.waitUntil(lambda: view.pad.dimmed)
    assert view.pad_state.isVisible() and not view.key_state.ready.isVisible()
    assert "Échap" in view.pad_state.text()
    dimmed = view.pad.grab().toImage()
    # The frame: green and solid when armed, grey and faded when the keys type.
    left = (2, armed.height() // 2)
    assert armed.pixelColor(*left).green() > armed.pixelColor(*left).red() + 40
    faded = dimmed.pixelColor(*left)
    assert abs(faded.green() - faded.red()) < 30
    qtbot.keyClick(view.detail.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.pad.dimmed)
    assert view.key_state.ready.isVisible()


def geometry(view) -> dict[str, object]:
    """Everything that could move: the list's columns, the panes' and the parts' rectangles."""
    header = view.today_table.horizontalHeader()
    parts: dict[str, object] = {
        "columns": [header.sectionSize(c) for c in range(header.count())],
        "counter columns": [view.counter_table.horizontalHeader().sectionSize(c) for c in range(3)],
    }
    for name in ("pad", "detail", "counter_table", "today_table", "today_panel", "key_state", "date_label"):
        parts[name] = rect_in(getattr(view, name), view)
    parts["proposals"] = rect_in(view.detail.proposals_label.parentWidget(), view)
    for label, field in view.detail._rows.values():
        parts[label.text()] = (rect_in(label, view), rect_in(field, view))
    for category_id, button in view.pad.buttons.items():
        parts[f"key {category_id}"] = rect_in(button, view)
    return parts


def settle(qtbot, window) -> None:
    QApplication.processEvents()
    qtbot.wait(1)  # one turn of the event loop: the layouts apply what changed


def test_nothing_moves_as_visits_are_logged_selected_oriented_and_undone(qtbot, window, text_size) -> None:
    view = window.reception
    settle(qtbot, window)
    before = geometry(view)
    steps = []
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_2)  # finance: the demonstration's partners are proposed
    settle(qtbot, window)
    assert view.detail.proposals, "the demonstration data proposes partners for this request"
    steps.append(("logged, partners proposed", geometry(view)))
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_7)
    settle(qtbot, window)
    steps.append(("logged again", geometry(view)))
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_7)  # the same key again: the second press is pointed out
    settle(qtbot, window)
    assert view.repeat_warning.isVisible()
    steps.append(("logged twice in a row, warned", geometry(view)))
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(view.pad, Qt.Key.Key_A)  # orient to the first partner proposed
    settle(qtbot, window)
    steps.append(("oriented", geometry(view)))
    view.today_table.setFocus()
    qtbot.waitUntil(view.today_table.hasFocus)
    for _ in range(4):
        qtbot.keyClick(view.today_table, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert view.detail.visit is not None
    steps.append(("another visit selected", geometry(view)))
    qtbot.keyClick(view.today_table, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.pad.hasFocus)
    for _ in range(3):
        qtbot.keyClick(view.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert view.detail.visit is None or view.detail.visit.visited_at < T0
    steps.append(("all three undone", geometry(view)))
    for step, after in steps:
        moved = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
        assert not moved, f"{step}: {moved}"


@pytest.mark.parametrize("label_text", ["Tranche d'âge", "Première visite", "Autres motifs"])
def test_the_longest_detail_labels_are_whole_at_200(qtbot, french_app, services, qapp, label_text) -> None:
    apply_text_size(qapp, 200)
    try:
        win = show_active(qtbot, MainWindow(services))
        labels = [w for w in win.reception.detail.findChildren(QLabel) if w.text().replace("&", "") == label_text]
        assert labels, label_text
        assert text_width(labels[0], labels[0].text()) <= labels[0].width()
        assert_whole(labels[0], win, label_text)
    finally:
        apply_text_size(qapp, 100)


def test_category_buttons_take_no_focus(window) -> None:
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in window.reception.pad.findChildren(QAbstractButton))


def test_in_english_too_every_detail_label_and_key_is_whole(qtbot, french_app, services, text_size) -> None:
    from maison_solidarite.ui.app import install_translators

    app = QApplication.instance()
    install_translators(app, "en")
    try:
        win = show_active(qtbot, MainWindow(services, "en"))
        view = win.reception
        assert view.detail._rows["neighbourhood"][0].text() == "Neigh&bourhood"
        for label, field in view.detail._rows.values():
            assert_whole(label, win, label.text())
            assert_whole(field, win, label.text())
            assert text_width(label, label.text()) <= label.width(), f"{label.text()!r} cut off"
        for button in view.pad.buttons.values():
            assert_whole(button, win, button.text())
        assert_whole(view.counter_table, win, "the counters")
    finally:
        install_translators(app, "fr")


def test_a_smaller_screen_scrolls_instead_of_piling_the_parts_up(qtbot, french_app, services) -> None:
    win = show_active(qtbot, MainWindow(services), (1024, 600))
    view = win.reception
    area = view.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().isVisible() and area.verticalScrollBar().isVisible())
    rects = [rect_in(b, view) for b in view.pad.buttons.values()]
    assert all(not a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])
    assert not rect_in(view.pad, view).intersects(rect_in(view.detail, view))
    assert not rect_in(view.detail, view).intersects(rect_in(view.counter_table, view))
