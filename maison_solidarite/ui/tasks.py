"""Slow work on a worker thread (QThreadPool); its result comes back through a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    progressed = Signal(int, int)  # done, total


class _Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], object], signals: TaskSignals) -> None:
        super().__init__()
        self._work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit)
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(work: Callable[[Callable[[int, int], None]], object], owner: QObject) -> TaskSignals:
    """Start ``work(progress)`` on the global pool; connect to the returned signals.

    The signals object is parented to ``owner`` so that it lives as long as the screen.
    """
    signals = TaskSignals(owner)
    QThreadPool.globalInstance().start(_Task(work, signals))
    return signals
