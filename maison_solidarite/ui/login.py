"""Logging in at a shared desk: the login form and the idle lock."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.accounts import Account
from ..domain.errors import UserError
from .fonts import emphasise
from .forms import error_label
from .messages import render

if TYPE_CHECKING:  # the login paints before the database layer is loaded
    from ..services.accounts import AccountService


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class LoginForm(QWidget):
    """A login and a password; the logins of the desk are offered for a quick switch.

    Without accounts yet (the database opens while the login paints), the form takes what
    is typed and logs in once ``accounts`` is set."""

    signed_in = Signal(object)  # Account

    def __init__(self, accounts: AccountService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._waiting = False
        self.login = QComboBox(self)
        self.login.setObjectName("loginCombo")
        self.login.setEditable(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("loginError")
        form = QFormLayout(self)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.error)
        self.password.returnPressed.connect(self.submit)

    def set_accounts(self, accounts: AccountService) -> None:
        self._accounts = accounts
        if self._waiting:  # Enter was pressed while the database opened
            self._waiting = False
            self.submit()

    def reset(self, login: str = "", logins: Sequence[str] | None = None) -> None:
        self.login.clear()
        if logins is None and self._accounts is not None:
            logins = self._accounts.logins()
        self.login.addItems(list(logins or ()))
        self.login.setCurrentText(login)
        self.password.clear()
        _say(self.error, "")
        (self.password if login else self.login).setFocus()

    def submit(self) -> None:
        if self._accounts is None:
            self._waiting = True  # the database is opening: submitted as soon as it is open
            return
        try:
            account = self._accounts.log_in(self.login.currentText(), self.password.text())
        except UserError as exc:
            self.password.clear()
            _say(self.error, render(exc))
            self.password.setFocus()
            return
        self.password.clear()
        _say(self.error, "")
        self.signed_in.emit(account)


def logo(parent: QWidget, height: int) -> QLabel:
    """The application's logo, ``height`` pixels high (it follows the text size)."""
    label = QLabel(parent)
    label.setObjectName("logoLabel")
    source = resources.files("maison_solidarite.resources") / "icons" / "maison-solidarite-256.png"
    with resources.as_file(source) as path:
        pixmap = QPixmap(str(path))
    if not pixmap.isNull():
        label.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
    return label


class LoginDialog(QDialog):
    """The start of a session at the desk: the structure's name and logo, then who logs in.

    Made without accounts, it shows the ``logins`` and ``last_login`` it is given and says
    ``painted`` once it is on screen: the start opens the database then, and sets them."""

    painted = Signal()

    def __init__(
        self,
        accounts: AccountService | None,
        parent: QWidget | None = None,
        *,
        structure: str = "",
        logins: Sequence[str] = (),
        last_login: str = "",
    ) -> None:
        super().__init__(parent)
        self._painted = False
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Maison de la Solidarité"))
        self.account: Account | None = None
        self.form = LoginForm(accounts, self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole).clicked.connect(self.form.submit)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(structure))
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.signed_in.connect(self._on_form_signed_in)
        if accounts is None:
            self.form.reset(last_login, logins)
        else:
            self.form.reset(accounts.last_login())  # the password field has the focus
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def _header(self, structure: str) -> QHBoxLayout:
        self.logo = logo(self, self.fontMetrics().height() * 4)
        self.structure = QLabel(structure or QCoreApplication.translate("Messages", "Maison de la Solidarité"), self)
        self.structure.setObjectName("structureLabel")
        self.structure.setWordWrap(True)
        emphasise(self.structure, 1.6)
        header = QHBoxLayout()
        header.addWidget(self.logo)
        header.addWidget(self.structure, 1)
        return header

    def _on_form_signed_in(self, account: Account) -> None:
        self.account = account
        self.accept()


class IdleWatcher(QObject):
    """Fires ``idle`` when no key, click or mouse movement has reached the application for a while."""

    idle = Signal()
    ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel})

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY:
            self.timer.start()
        return False


class LockPage(QWidget):
    """Shown in place of the window's content while the session is locked: no data shows."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        title = QLabel(self.tr("Session locked"), self)
        emphasise(title, 2.2)
        hint = QLabel(self.tr("Type your password to go on, or log in as someone else."), self)
        self.form = LoginForm(accounts, self)
        width = self.fontMetrics().averageCharWidth()  # in characters: it grows with the text size
        self.form.setMinimumWidth(width * 55)
        self.form.setMaximumWidth(width * 65)
        button = QPushButton(self.tr("&Log in"), self)
        button.setObjectName("unlockButton")
        button.clicked.connect(self.form.submit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.form, button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
