"""The start, in fresh processes: the real `maison_solidarite` entry point with its login.

Each round starts, in turn, a bare Qt window and the app at each size (bare, 60k, 1m, 5m,
bare, 60k, ...). The app's child watches the first paint of the login dialog (the start
to the login), types the password there, and watches the main window's first paint (the
start to the reception screen after login), where it reads its resident memory.

The children's per-user folders are benchmarks/data/home: the first start of a day makes
that day's copy and the purges due; a warm-up start at each size absorbs them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time

from .datasets import DATA, PASSWORD, SIZES, dataset
from .run import Figure, percentile

ROUNDS = 7
TIMEOUT_S = 180  # a first start at 5M copies 1.7 GB for the day

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window and not hasattr(self, "done"):
            self.done = True
            print("LOGIN", flush=True)
            print("RECEPTION", rss_mb(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
app.installEventFilter(watch)
window.resize(1366, 768)
window.show()
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["maison-solidarite"])
seen = set()
def log_in(dialog):
    QTest.keyClicks(dialog.form.password, sys.argv[1])
    QTest.keyClick(dialog.form.password, Qt.Key.Key_Return)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if watched.objectName() == "loginDialog" and "login" not in seen:
                seen.add("login")
                print("LOGIN", flush=True)
                QTimer.singleShot(0, lambda: log_in(watched))
            elif isinstance(watched, QMainWindow) and "window" not in seen:
                seen.add("window")
                print("RECEPTION", rss_mb(), flush=True)
                QTimer.singleShot(0, watched.close)
        return False
watch = Watch()
app.installEventFilter(watch)
from maison_solidarite.__main__ import main
sys.exit(main([]))
"""

RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""


def child(code: str, database: str | None) -> tuple[float, float, float]:
    """Seconds to the login's paint, to the reception's paint, and the RSS there (MB)."""
    home = DATA / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "MAISON_SOLIDARITE_LANG": "fr",
    }
    if database:
        env["MAISON_SOLIDARITE_DB"] = database
    login = reception = rss = 0.0
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", RSS + code, PASSWORD],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a dialog left open (a crash) ends the child
        watchdog.start()
        for line in process.stdout:
            if line.startswith("LOGIN"):
                login = time.perf_counter() - started
            elif line.startswith("RECEPTION"):
                reception, rss = time.perf_counter() - started, float(line.split()[1])
        process.wait()
        watchdog.cancel()
    assert login and reception, f"the child did not reach its window ({database}): see the log in {home}"
    return login, reception, rss


def start_figures() -> list[Figure]:
    paths = {size: str(dataset(size)) for size in SIZES}
    for path in paths.values():  # the day's copy and purges, made once
        child(APP, path)
    runs: dict[str, list[tuple[float, float, float]]] = {"bare": [], **{size: [] for size in SIZES}}
    for _ in range(ROUNDS):
        runs["bare"].append(child(BARE, None))
        for size in SIZES:
            runs[size].append(child(APP, paths[size]))
    bare = [r[0] for r in runs["bare"]]
    bare_rss = statistics.median(r[2] for r in runs["bare"])
    base, base_p99 = statistics.median(bare), percentile(bare, 0.99)
    figures = []
    for size in SIZES:
        login, reception = [r[0] for r in runs[size]], [r[1] for r in runs[size]]
        rss = statistics.median(r[2] for r in runs[size])
        to_login, to_desk = statistics.median(login), statistics.median(reception)
        figures += [
            Figure(
                f"start: to the login dialog, {size}",
                to_login,
                "s",
                base,
                "bare QMainWindow, fresh process",
                "≤ 2×",
                to_login / base <= 2,
                percentile(login, 0.99),
                base_p99,
                size,
            ),
            Figure(
                f"start: to the reception screen after login, {size}",
                to_desk,
                "s",
                base,
                "bare QMainWindow, fresh process",
                "≤ 4×",
                to_desk / base <= 4,
                percentile(reception, 0.99),
                base_p99,
                size,
            ),
            Figure(
                f"start: resident memory with the reception screen, {size}",
                rss,
                "MB",
                bare_rss,
                "bare QMainWindow",
                "≤ +80 MB",
                rss - bare_rss <= 80,
                size=size,
            ),
        ]
    if not {"60k", "5m"} <= set(SIZES):
        return figures
    small = statistics.median(r[1] for r in runs["60k"])
    big = statistics.median(r[1] for r in runs["5m"])
    figures.append(
        Figure(
            "start: to the reception screen, 5m against 60k",
            big,
            "s",
            small,
            "the same start at 60k",
            "≤ 1.2×",
            big / small <= 1.2,
        )
    )
    return figures
