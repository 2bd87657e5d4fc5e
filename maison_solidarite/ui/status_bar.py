"""The window's status bar: passing messages on the left, what always shows on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from .admin.accounts_dialog import role_label


class DeskStatusBar(QStatusBar):
    """Who is logged in, and at which desk, for anyone at the desk to see at a glance.

    Other permanent indicators join them through ``add_permanent``, left of the person."""

    def __init__(self, login: str, role: str, desk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskStatusBar")
        self.presence = QLabel(self)
        self.presence.setObjectName("presenceLabel")
        self.presence.setText(
            self.tr("Session: {login} ({role}) · Desk: {desk}").format(login=login, role=role_label(role), desk=desk)
        )
        self.presence.setAccessibleName(self.tr("Person logged in and desk"))
        self.add_permanent(self.presence)

    def add_permanent(self, widget: QWidget) -> None:
        """Show ``widget`` for good, at the right: the first added stays the rightmost."""
        widget.setContentsMargins(8, 0, 8, 0)
        self.insertPermanentWidget(0, widget)
