"""Administration › Hub: join this desk to the hub where the desks meet, sync now, or leave.

Joining and syncing talk to the network: they run on the worker pool, and the dialog
says what happened in a line under its buttons (a French message, never a traceback).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
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

from ...domain.errors import UserError
from ...services import Services
from ...services.sync.rounds import RoundReport
from ..messages import render
from ..tasks import Job


class HubDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hubDialog")
        self.setWindowTitle(self.tr("Hub and desks"))
        self._services = services
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql+psycopg://accueil@hub.ville.fr/maison?sslmode=verify-full")
        self.address.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)  # an address reads whole
        self.desk_name = QLineEdit(self)
        self.desk_name.setMaxLength(60)
        self.site = QLineEdit(self)
        self.site.setMaxLength(60)
        self.site.setPlaceholderText(self.tr("the structure's name"))
        form = QFormLayout()
        form.addRow(self.tr("Hub &address:"), self.address)
        form.addRow(self.tr("&Name of this desk:"), self.desk_name)
        form.addRow(self.tr("&Maison (site):"), self.site)
        self.join_button = QPushButton(self.tr("&Join the hub"), self)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.leave_button = QPushButton(self.tr("&Leave the hub"), self)
        buttons = QHBoxLayout()
        for button in (self.join_button, self.sync_button, self.leave_button):
            buttons.addWidget(button)
        self.state = QLabel(self)
        self.state.setObjectName("hubState")
        self.state.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("hubOutcome")
        self.outcome.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self.job = Job(self, self.join_button, self.sync_button, self.leave_button)
        self.join_button.clicked.connect(self.join)
        self.sync_button.clicked.connect(self.sync_now)
        self.leave_button.clicked.connect(self.leave)
        self.show_state()

    def show_state(self) -> None:
        status = self._services.sync.status()
        joined = status is not None
        for field in (self.address, self.desk_name, self.site):
            field.setReadOnly(joined)
        self.join_button.setVisible(not joined)
        self.sync_button.setVisible(joined)
        self.leave_button.setVisible(joined)
        if status is None:
            self.state.setText(self.tr("This desk works alone: it has joined no hub."))
            return
        self.address.setText(status.hub)
        self.desk_name.setText(status.desk_name)
        self.site.setText(status.site)
        when = status.last_sync_at.strftime("%d/%m/%Y %H:%M") if status.last_sync_at else self.tr("never")
        self.state.setText(
            self.tr("This desk is on the hub. Last sync: {when}. Waiting to be sent: {count}.").format(
                when=when, count=status.waiting
            )
        )

    def _run(self, work: object, done_text: str) -> None:
        assert callable(work)
        signals = self.job.start(lambda _progress: work())
        if signals is None:
            return
        self.outcome.setText(self.tr("Talking to the hub…"))
        signals.finished.connect(lambda result: self._done(result, done_text))
        signals.failed.connect(self._failed)

    def _done(self, result: object, done_text: str) -> None:
        if isinstance(result, RoundReport):
            self.outcome.setText(
                done_text
                + " "
                + self.tr("Sent: {pushed}. Received: {pulled}.").format(pushed=result.pushed, pulled=result.pulled)
            )
        else:
            self.outcome.setText(done_text)
        self.show_state()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.outcome.setText(render(exc))
        self.show_state()

    def join(self) -> None:
        address, desk, site = self.address.text(), self.desk_name.text(), self.site.text().strip() or None
        self._run(lambda: self._services.sync.join(address, desk, site), self.tr("This desk joined the hub."))

    def sync_now(self) -> None:
        self._run(self._services.sync.run_round, self.tr("Synced."))

    def leave(self) -> None:
        self._run(self._services.sync.leave, self.tr("This desk works alone again."))
