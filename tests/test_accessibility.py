"""Keyboard and accessibility: names for screen readers, mnemonics, a visible focus, a logical
tab order, readable colours under a high-contrast theme, and screens that fit at 200 % text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from maison_solidarite.config import DeskSettings
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.admin.accounts_dialog import AccountsDialog
from maison_solidarite.ui.admin.audit_dialog import AuditDialog
from maison_solidarite.ui.admin.categories_dialog import CategoriesDialog
from maison_solidarite.ui.first_run import FirstRunWizard
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.forms import error_colour
from maison_solidarite.ui.help import HelpDialog
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.rota.view import RotaView
from maison_solidarite.ui.settings_dialog import SettingsDialog

from .conftest import show_active

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services.db, services.ctx, years=0.25)
    return services


def unnamed(root: QWidget) -> list[str]:
    """Focusable fields a screen reader could not name: no accessible name, no label, no text."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not isinstance(widget, INPUTS):
            continue
        parents, parent = [], widget.parentWidget()
        while parent is not None:
            parents.append(parent)
            parent = parent.parentWidget()
        if any(isinstance(p, (QComboBox, QAbstractSpinBox)) for p in parents):
            continue  # the inner line edit or list of a combo box or spin box: named by it
        if widget.accessibleName() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName()!r} in {type(parents[0]).__name__ if parents else '-'}"
        )
    return missing


def test_every_field_of_every_screen_has_a_name(qtbot, french_app, demo) -> None:
    screens = [
        MainWindow(demo),
        SettingsDialog(demo, DeskSettings()),
        FirstRunWizard(demo),
        AccountsDialog(demo),
        AuditDialog(demo),
        CategoriesDialog(demo),
        HelpDialog(),
    ]
    for screen in screens:
        qtbot.addWidget(screen)
    missing = [f"{type(s).__name__}: {m}" for s in screens for m in unnamed(s)]
    assert missing == []


def test_every_menu_and_menu_entry_has_a_key(qtbot, french_app, demo) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        letters = [a.text().split("&")[1][:1].lower() for a in menu_action.menu().actions() if not a.isSeparator()]
        assert all(letters), f"an entry of {menu_action.text()} has no underlined letter"
        assert len(letters) == len(set(letters)), f"two entries of {menu_action.text()} share a letter: {letters}"
    tops = [a.text().split("&")[1][:1].lower() for a in window.menuBar().actions()]
    assert len(tops) == len(set(tops))
    shortcuts = {
        a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    }
    assert (
        shortcuts["helpAction"] == "F1"
        and shortcuts["settingsAction"] == "Ctrl+,"
        and shortcuts["lockAction"] == "Ctrl+L"
    )


def test_the_keyboard_focus_is_drawn(qtbot, french_app, demo) -> None:
    dialog = show_active(qtbot, SettingsDialog(demo, DeskSettings()), (700, 600))
    button = dialog.offices.add_button
    dialog.tabs.setCurrentIndex(SettingsDialog.OFFICES)
    without = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != without  # the focused button looks different
    window = show_active(qtbot, MainWindow(demo))
    view, pad = window.reception, window.reception.pad
    qtbot.waitUntil(pad.hasFocus)
    around = pad.geometry().adjusted(-6, -6, 6, 6)  # the ring is drawn over the view, around the pad
    focused = view.grab(around).toImage()
    window.reception.today_table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not pad.hasFocus())
    assert view.grab(around).toImage() != focused  # the focus ring leaves the pad with the focus


def tab_through(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets that take the focus, one real Tab key press after the other."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    reached = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_tab_goes_down_the_forms_in_reading_order(qtbot, french_app, demo) -> None:
    wizard = show_active(qtbot, FirstRunWizard(demo), (800, 600))
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.administrator
    assert tab_through(qtbot, page.login, 3) == [page.login, page.name, page.password, page.confirm]
    dialog = show_active(qtbot, SettingsDialog(demo, DeskSettings()), (700, 600))
    dialog.tabs.setCurrentIndex(SettingsDialog.DESK)
    tab = dialog.desk_tab
    chain = tab_through(qtbot, tab.language, 4)
    assert chain == [tab.language, tab.text_size, tab.idle, tab.backup_folder, tab.browse]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in chain]
    assert tops == sorted(tops)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("black"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor("white"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("yellow"))
    return palette


@pytest.mark.parametrize("theme", ["light", "high contrast"])
def test_text_painted_in_our_colours_stays_readable(qtbot, french_app, demo, theme: str) -> None:
    app = QApplication.instance()
    before = app.palette()
    if theme == "high contrast":
        app.setPalette(high_contrast_palette())
    try:
        palette = app.palette()
        assert contrast(QColor(error_colour()), palette.window().color()) >= 4.5
        view = RotaView(demo)
        qtbot.addWidget(view)
        view.reload()
        week = view.model
        checked = 0
        for row in range(week.rowCount()):
            for column in range(week.columnCount()):
                index = week.index(row, column)
                background = week.data(index, Qt.ItemDataRole.BackgroundRole)
                if background is None:
                    continue
                foreground = week.data(index, Qt.ItemDataRole.ForegroundRole)
                text = foreground.color() if foreground is not None else palette.text().color()
                assert contrast(text, background.color()) >= 4.5, (row, column)
                checked += 1
        assert checked > 100
    finally:
        app.setPalette(before)


@pytest.mark.parametrize("percent", [150, 200])
def test_at_large_text_the_window_fits_a_1366_by_768_screen(qtbot, french_app, demo, percent: int) -> None:
    app = QApplication.instance()
    apply_text_size(app, percent)
    try:
        admin = Services.create(demo.db, replace(demo.ctx, role=Role.ADMINISTRATOR))
        window = show_active(qtbot, MainWindow(admin))
        for tab in (window.reception, window.rota, window.directory, window.statistics):
            window.tabs.setCurrentWidget(tab)
            qtbot.wait(0)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (type(tab).__name__, hint)
        assert window.reception.pad.font().pointSizeF() > 0
        buttons = list(window.reception.pad.buttons.values())
        for button in buttons:  # every category's name is shown whole
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()
    finally:
        apply_text_size(app, 100)


def mnemonics(widgets: list[QWidget]) -> list[str]:
    letters = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        match = text.replace("&&", "").split("&")
        if len(match) > 1 and match[1] and widget.isVisibleTo(widget.window()):
            letters.append(match[1][0].lower())
    return letters


def test_no_two_keys_of_a_page_share_their_underlined_letter(qtbot, french_app, services) -> None:
    """Alt+letter must reach one field: the wizard's Finish button once shared C with Confirmation."""
    wizard = show_active(qtbot, FirstRunWizard(services), (800, 600))
    buttons = [
        wizard.button(b)
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        visible = [b for b in buttons if b.isVisible()] if wizard.currentPage() is page else buttons
        letters = mnemonics([*page.findChildren(QLabel), *page.findChildren(QAbstractButton), *visible])
        assert len(letters) == len(set(letters)), (page.objectName(), letters)
        wizard.next()
    dialog = SettingsDialog(services, DeskSettings())
    show_active(qtbot, dialog, (800, 600))
    tab_letters = [dialog.tabs.tabText(i).split("&")[1][0].lower() for i in range(dialog.tabs.count())]
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        tab = dialog.tabs.widget(index)
        letters = mnemonics([*tab.findChildren(QLabel), *tab.findChildren(QAbstractButton)]) + tab_letters
        assert len(letters) == len(set(letters)), (tab.objectName(), letters)
