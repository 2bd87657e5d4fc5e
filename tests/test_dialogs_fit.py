"""The sheet preview, the help window and the settings on a 1366 x 768 screen at 100, 150 and
200 % text: each fits, shows every label, button and field whole, and the preview prints and
saves from inside it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QImageReader, QTextCursor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from maison_solidarite.config import DeskSettings
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.help import HelpDialog, guides_folder
from maison_solidarite.ui.reflow import PREFERRED_SIZE
from maison_solidarite.ui.settings_dialog import SettingsDialog
from maison_solidarite.ui.statistics.view import PreviewDialog, StatisticsView

from .conftest import show_active

DESK = QSize(1366, 768 - 40)  # a desk's screen, less its task bar
NOW = datetime(2026, 11, 24, 10, 42)


@pytest.fixture(params=(100, 150, 200), ids=lambda p: f"{p}%")
def text_size(request, qapp) -> Iterator[int]:
    apply_text_size(qapp, request.param)
    yield request.param
    apply_text_size(qapp, 100)


def on_desk(qtbot, dialog: QDialog) -> QDialog:
    """Show ``dialog`` at the size it takes on a desk's 1366 x 768 screen (the test screen is smaller)."""
    preferred = dialog.property(PREFERRED_SIZE)
    assert isinstance(preferred, QSize), "the dialog sizes itself with fit_to_screen"
    size = preferred.boundedTo(DESK - QSize(0, 48)).expandedTo(dialog.minimumSizeHint())
    assert dialog.minimumSizeHint().width() <= DESK.width(), "wider than the screen"
    assert dialog.minimumSizeHint().height() <= DESK.height(), "taller than the screen"
    return show_active(qtbot, dialog, (size.width(), size.height()))


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def clipped(widget: QWidget, top: QWidget) -> bool:
    rect, parent = rect_in(widget, top), widget.parentWidget()
    visible = rect.intersected(top.rect())
    while parent is not None and parent is not top:
        visible = visible.intersected(rect_in(parent, top))
        parent = parent.parentWidget()
    return visible != rect


def text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def assert_nothing_cut(dialog: QDialog) -> None:
    """Every visible label, button and field inside the window, not cut by a parent, its text within it."""
    checked = 0
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox)):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a scroll area's viewport…)
            continue
        assert not clipped(widget, dialog), f"{type(widget).__name__} {text_of(widget)!r} is cut off"
        text = text_of(widget)
        if text and isinstance(widget, QLabel) and widget.wordWrap():
            assert widget.heightForWidth(widget.width()) <= widget.height() + 1, f"{text!r}: lines cut off"
        elif text and "<" not in text:
            room = widget.width() - (24 if isinstance(widget, (QCheckBox,)) else 0)
            assert QFontMetrics(widget.font()).horizontalAdvance(text) <= room, f"{text!r} is wider than its place"
        checked += 1
    assert checked >= 3
    for bar in dialog.findChildren(QTabBar):
        shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
        assert all(bar.tabRect(i).right() < bar.width() for i in shown), "a tab is out of sight"


@pytest.fixture
def statistics(qtbot, french_app, services, clock):
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.2)
    view = StatisticsView(services)
    with qtbot.waitSignal(view.computed, timeout=10_000):
        show_active(qtbot, view)
    with qtbot.waitSignal(view.document_ready, timeout=20_000) as ready:
        view.make_document()
    return view, ready.args[0]


def test_the_sheet_preview_fits_with_its_print_and_save_buttons(qtbot, statistics, text_size) -> None:
    view, data = statistics
    preview = view.open_preview(data)
    qtbot.addWidget(preview)
    assert isinstance(preview, PreviewDialog)
    room = preview.screen().availableGeometry()
    assert preview.height() < room.height() and preview.width() <= room.width()  # never past the screen
    on_desk(qtbot, preview)
    assert "&" in preview.print_button.text() and "&" in preview.save_button.text()  # Alt and a letter
    assert_nothing_cut(preview)
    assert preview.view.height() > preview.height() // 2  # the page takes the room
    preview.close()


def press_mnemonic(qtbot, window: QWidget, button: QAbstractButton) -> None:
    """Alt and the button's underlined letter, as a person presses it."""
    letter = button.text()[button.text().index("&") + 1].upper()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)


def answer_next(kind: type, answer, within_ms: int = 10_000) -> None:
    """Answer the next modal dialog of ``kind`` when it appears (its exec() blocks the test)."""
    left = [within_ms // 20]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        elif left[0] > 0:
            left[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_the_preview_saves_and_prints_the_sheet_it_shows(qtbot, statistics, tmp_path: Path) -> None:
    view, data = statistics
    preview = on_desk(qtbot, view.open_preview(data))
    saved_to = tmp_path / "fiche.pdf"

    def save_as(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(tmp_path))
        name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible())
        name.setText(saved_to.name)  # typed in the file name field, as a person does
        dialog.accept()

    answer_next(QFileDialog, save_as)
    with qtbot.waitSignal(view.saved, timeout=10_000) as saved:
        press_mnemonic(qtbot, preview, preview.save_button)
    assert saved.args[0] == str(saved_to) and saved_to.read_bytes() == data
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    printed_to = tmp_path / "imprime.pdf"
    view.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    view.printer.setOutputFileName(str(printed_to))
    seen: list[str] = []

    def print_to_file(dialog: QPrintDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.accept()

    answer_next(QPrintDialog, print_to_file)
    with qtbot.waitSignal(view.printed, timeout=15_000, raising=False) as printed:
        press_mnemonic(qtbot, preview, preview.print_button)
    assert printed.signal_triggered, seen
    assert printed.args[0] >= 1
    if printed_to.exists():  # no printer on this computer: the dialog printed to the file
        assert printed_to.read_bytes().startswith(b"%PDF")
    else:  # a printer (make test's CUPS test printer) took the job: its queue holds it
        assert os.environ.get("MAISON_SOLIDARITE_TEST_PRINTER"), "printed neither to the file nor to a printer"
    preview.close()


def test_the_help_window_fits_and_scales_its_pictures_to_it(qtbot, french_app, text_size) -> None:
    dialog = on_desk(qtbot, HelpDialog())
    assert_nothing_cut(dialog)
    browser = dialog.browser
    room = browser.viewport().width()
    pictures = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                pictures.append(fragment.charFormat().toImageFormat())
            it += 1
        block = block.next()
    assert pictures
    for picture in pictures:
        natural = QImageReader(str(guides_folder() / picture.name())).size()
        assert 0 < picture.width() <= room, picture.name()
        assert picture.width() == min(natural.width(), picture.width())  # never blown up
        assert abs(picture.height() / picture.width() - natural.height() / natural.width()) < 0.01
    # Narrower, the pictures follow.
    dialog.resize(700, dialog.height())
    qtbot.waitUntil(lambda: browser.viewport().width() < room)
    cursor = QTextCursor(browser.document())
    assert cursor is not None
    widths = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                widths.append(it.fragment().charFormat().toImageFormat().width())
            it += 1
        block = block.next()
    assert max(widths) <= browser.viewport().width()


@pytest.mark.parametrize("tab", range(5), ids=["structure", "offices", "data", "neighbourhoods", "desk"])
def test_the_settings_fit_with_nothing_clipped(qtbot, french_app, services, text_size, tab) -> None:
    dialog = SettingsDialog(services, DeskSettings())
    dialog.show_tab(tab)
    on_desk(qtbot, dialog)
    assert dialog.tabs.currentIndex() == tab
    assert_nothing_cut(dialog)
