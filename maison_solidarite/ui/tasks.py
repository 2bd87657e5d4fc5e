"""Slow work on a worker thread (QThreadPool); its result comes back through a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

Work = Callable[[Callable[[int, int], None]], object]


class TaskSignals(QObject):
    """What a job says, in the thread of the screen that started it.

    The worker emits the relays, connected here before the job starts; they reach the
    public signals through the event loop, after the caller has connected to them: a job
    quicker than those connections is never missed."""

    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    progressed = Signal(int, int)  # done, total
    succeeded_relay = Signal(object)
    raised_relay = Signal(object)
    progressed_relay = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.succeeded_relay.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self.raised_relay.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self.progressed_relay.connect(self.progressed, Qt.ConnectionType.QueuedConnection)


class _Task(QRunnable):
    def __init__(self, work: Work, signals: TaskSignals) -> None:
        super().__init__()
        self._work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed_relay.emit)
        except Exception as exc:
            self.signals.raised_relay.emit(exc)
        else:
            self.signals.succeeded_relay.emit(result)


def run_in_background(work: Work, owner: QObject) -> TaskSignals:
    """Start ``work(progress)`` on the global pool; connect to the returned signals.

    The signals object is parented to ``owner`` so that it lives as long as the screen.
    """
    signals = TaskSignals(owner)
    QThreadPool.globalInstance().start(_Task(work, signals))
    return signals


class Job(QObject):
    """One slow job at a time for a group of buttons and actions.

    While the job runs on the worker pool, the controls that start it are disabled and the
    window's status bar says what is under way: two quick clicks start one job only.
    """

    started = Signal()
    ended = Signal()

    def __init__(self, owner: QWidget, *controls: QWidget | QAction) -> None:
        super().__init__(owner)
        self._owner = owner
        self._controls = list(controls)
        self._message = ""
        self._enabled: list[bool] = []
        self.running = False

    def add(self, *controls: QWidget | QAction) -> None:
        self._controls.extend(controls)

    def start(self, work: Work, message: str = "") -> TaskSignals | None:
        """Start ``work`` unless a job of this group runs already (then None)."""
        if self.running:
            return None
        self.running = True
        self._enabled = [control.isEnabled() for control in self._controls]
        for control in self._controls:
            control.setEnabled(False)
        self._message = message
        self._status(message)
        signals = run_in_background(work, self)
        # Connected first, so the controls are back before the caller's slots run.
        signals.finished.connect(self._end)
        signals.failed.connect(self._end)
        self.started.emit()
        return signals

    def _status(self, message: str) -> None:
        window = self._owner.window()
        if isinstance(window, QMainWindow) and message:
            window.statusBar().showMessage(message)

    def _end(self, _outcome: object) -> None:
        self.running = False
        for control, enabled in zip(self._controls, self._enabled, strict=True):
            control.setEnabled(enabled)  # as they were: a role may not use some
        window = self._owner.window()
        if isinstance(window, QMainWindow) and self._message and window.statusBar().currentMessage() == self._message:
            window.statusBar().clearMessage()
        self.ended.emit()
