"""The administrator's accounts screen: create, change the role, set a password, unlock, switch off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import Account, check_confirmation
from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...domain.roles import Role
from ...services import Services
from ..forms import error_label
from ..messages import render, show_error

ROLE_LABELS = {
    Role.AGENT: QT_TRANSLATE_NOOP("AccountsDialog", "reception agent"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("AccountsDialog", "coordinator"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("AccountsDialog", "administrator"),
}


def role_label(role: Role | str) -> str:
    """The role in words, in the window's language (its strings live under AccountsDialog)."""
    try:
        return QCoreApplication.translate("AccountsDialog", ROLE_LABELS[Role(role)])
    except ValueError:  # a role this version does not know
        return str(role)


class AccountForm(QDialog):
    """A new account, or a new password for one (then the login and role are fixed)."""

    def __init__(self, parent: QWidget, title: str, *, login: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.setWindowTitle(title)
        self.login = QLineEdit(login or "", self)
        self.login.setReadOnly(login is not None)
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("accountsError")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        if login is None:
            form.addRow(self.tr("&Name (optional):"), self.name)
            form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Again:"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.submit: Callable[[AccountForm], object] | None = None  # set by the caller; raises UserError

    def _check(self) -> None:
        try:
            check_confirmation(self.password.text(), self.confirm.text())
            if self.submit is not None:
                self.submit(self)
        except UserError as exc:
            self.error.setText(render(exc))
            self.error.show()
            return
        self.accept()


class AccountsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self._accounts = services.accounts
        self._me = services.ctx.agent
        self.list = QListWidget(self)
        self.list.setObjectName("accountList")
        self.list.setAccessibleName(self.tr("Accounts"))
        self.add_button = QPushButton(self.tr("&New…"), self)
        self.password_button = QPushButton(self.tr("&Password…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.toggle_button = QPushButton(self.tr("Switch &off/on"), self)
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role of the chosen account"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.add_button.clicked.connect(self.add)
        self.password_button.clicked.connect(self.set_password)
        self.unlock_button.clicked.connect(lambda: self._act(lambda a: self._accounts.unlock(a.id)))
        self.toggle_button.clicked.connect(lambda: self._act(lambda a: self._accounts.set_active(a.id, not a.active)))
        self.role_combo.activated.connect(self._on_role_combo_activated)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        side = QVBoxLayout()
        for widget in (self.add_button, self.role_combo, self.password_button, self.unlock_button, self.toggle_button):
            side.addWidget(widget)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 380)
        self.reload()

    def current(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        account: Account = item.data(Qt.ItemDataRole.UserRole)
        return account

    def reload(self, select: str | None = None) -> None:
        current = self.current()
        chosen = select or (current.login if current else None)
        self.list.clear()
        for account in self._accounts.list():
            state = (
                self.tr("locked")
                if account.locked
                else (self.tr("active") if account.active else self.tr("switched off"))
            )
            text = f"{account.login} — {role_label(account.role)} — {state}"
            if account.display_name:
                text += f" ({account.display_name})"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, account)
            if account.login == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _on_list_current_row_changed(self, _row: int) -> None:
        account = self.current()
        mine = account is not None and account.login == self._me
        for widget in (self.password_button, self.unlock_button, self.toggle_button, self.role_combo):
            widget.setEnabled(account is not None)
        if account is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(account.role.value))
            self.unlock_button.setEnabled(account.locked)
            self.toggle_button.setEnabled(not mine)  # the service refuses it too (for the CLI as well)
            self.role_combo.setEnabled(not mine)  # nor takes away their own rights

    def _on_role_combo_activated(self, _index: int) -> None:
        role = Role(self.role_combo.currentData())
        self._act(lambda a: self._accounts.set_role(a.id, role) if a.role != role else a)

    def _act(self, change: Callable[[Account], object]) -> None:
        account = self.current()
        if account is None:
            return
        try:
            change(account)
        except UserError as exc:
            show_error(self, exc)
        self.reload(account.login)

    def add(self) -> None:
        form = AccountForm(self, self.tr("New account"))
        form.submit = lambda f: self._accounts.create(
            f.login.text(), Role(f.role.currentData()), f.password.text(), f.name.text()
        )
        if form.exec():
            self.reload(form.login.text().strip().lower())

    def set_password(self) -> None:
        account = self.current()
        if account is None:
            return
        form = AccountForm(self, self.tr("New password"), login=account.login)
        form.submit = lambda f: self._accounts.set_password(account.id, f.password.text())
        if form.exec():
            self.reload(account.login)
