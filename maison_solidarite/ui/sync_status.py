"""The window's side of several desks: a sync in the background, a light, and a banner.

A round runs on the worker pool, never on the key-press path: every few seconds while
the hub answers, then less and less often while it does not (5 s, 10 s, 20 s... up to
five minutes). The light in the status bar says when the last round succeeded and how
many changes wait; the banner says, while the hub does not answer, what this desk can
still do and what waits for the hub.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..services import Services
from ..services.sync import DeskSync
from ..services.sync.rounds import RoundReport
from .status_bar import DeskStatusBar
from .tasks import Job

INTERVAL_MS = 5_000
BACKOFF_MAX_MS = 300_000
OK_STYLE = "color: #1b5e20; font-weight: bold;"
WAITING_STYLE = "color: #8a4b00; font-weight: bold;"
BANNER_STYLE = "background: #fff3cd; color: #4a3500; padding: 6px; border: 1px solid #c9a227; font-weight: bold;"


def _time(moment: datetime | None) -> str:
    return moment.strftime("%d/%m %H:%M") if moment else "—"


class BackgroundSync(QObject):
    """Runs the rounds of a desk that joined a hub; does nothing on a desk that works alone."""

    arrived = Signal()  # visits or shared records came from the hub: the screens read again
    state_changed = Signal(bool)  # whether the hub answered the last round

    def __init__(self, services: Services, owner: QWidget) -> None:
        super().__init__(owner)
        self._services = services
        self.failures = 0
        self.light = QLabel(owner)
        self.light.setObjectName("syncLight")
        self.banner = QLabel(owner)
        self.banner.setObjectName("syncBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.job = Job(owner)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        self.show_state()
        if self.joined:
            self.timer.start(500)  # the first round soon after the window shows

    @property
    def joined(self) -> bool:
        return self._services.sync.status() is not None

    def use(self, services: Services) -> None:
        """Another person at the desk: the same hub, their rights."""
        self._services = services

    def run_now(self) -> None:
        signals = self.job.start(lambda _progress: self._services.sync.run_round())
        if signals is None:
            return
        signals.finished.connect(self._on_round_finished)
        signals.failed.connect(self._on_round_failed)

    def _on_round_finished(self, report: RoundReport) -> None:
        self.failures = 0
        self.show_state()
        self.state_changed.emit(True)
        if report.pulled or report.shared_copied:
            self.arrived.emit()
        self.timer.start(INTERVAL_MS)

    def _on_round_failed(self, exc: Exception) -> None:
        self.failures += 1
        self.show_state(exc if isinstance(exc, UserError) else None)
        self.state_changed.emit(False)
        self.timer.start(self.next_delay_ms())
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog shows it (the rounds go on, spaced out)

    def next_delay_ms(self) -> int:
        return int(min(INTERVAL_MS * 2 ** min(self.failures, 10), BACKOFF_MAX_MS))

    def show_state(self, error: UserError | None = None) -> None:
        status = self._services.sync.status()
        self.light.setVisible(status is not None)
        if status is None:
            self.banner.hide()
            return
        answered = error is None and status.last_error is None
        self.light.setText(self._light_text(status, answered))
        self.light.setStyleSheet(OK_STYLE if answered else WAITING_STYLE)
        self.light.setToolTip(
            self.tr("Hub: {hub}\nThis desk: {desk} ({site})\nLast sync: {time}").format(
                hub=status.hub, desk=status.desk_name, site=status.site, time=_time(status.last_sync_at)
            )
        )
        self.light.setAccessibleName(self.light.text())
        self.banner.setVisible(not answered)
        self.banner.setText(
            self.tr(
                "The hub does not answer: the rota, the directory, the categories, the accounts and the settings "
                "are read-only on this desk. Visits are logged as usual and leave as soon as it answers."
            )
        )

    def _light_text(self, status: DeskSync, answered: bool) -> str:
        """Short, so that it fits beside the person's name at every text size."""
        if answered:
            return self.tr("● Synced {time} · {count} waiting").format(
                time=_time(status.last_sync_at), count=status.waiting
            )
        return self.tr("● Hub unreachable · {count} waiting").format(count=status.waiting)


def install_background_sync(window: QMainWindow, services: Services, stack: QWidget) -> BackgroundSync:
    """The light in ``window``'s status bar, the banner above ``stack`` (the window's
    central widget), and the rounds; the caller connects ``arrived`` to its screens."""
    sync = BackgroundSync(services, window)
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(sync.banner)
    layout.addWidget(stack)
    window.setCentralWidget(holder)
    bar = window.statusBar()
    if isinstance(bar, DeskStatusBar):
        bar.add_permanent(sync.light)
    else:
        bar.addPermanentWidget(sync.light)
    return sync
