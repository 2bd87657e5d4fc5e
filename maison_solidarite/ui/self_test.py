"""The part of ``--self-test`` that needs Qt: the window opens, offscreen, in French."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from ..services import Services


def open_window_offscreen(
    services: Services, step: Callable[[str], object], translate: Callable[[str, str], str]
) -> None:
    """The self-test's last steps: the main window in French, and the printing support.
    ``translate`` words the steps in the language of the command line, which may not be
    the window's."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from .app import install_translators
    from .main_window import MainWindow

    def quiet(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform says it of every window
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(["maison-solidarite", "--self-test"])
    install_translators(app, "fr")
    window = MainWindow(services, "fr")
    window.show()
    app.processEvents()
    title = window.tabs.tabText(0)
    if title.replace("&", "") != "Accueil":
        raise AssertionError(translate("SelfTest", "the first tab reads {title}, not Accueil").format(title=title))
    platform = app.platformName()
    step(
        translate("SelfTest", "main window opened offscreen in French (platform {platform})").format(platform=platform)
    )
    printers = QPrinterInfo.availablePrinterNames()
    step(translate("SelfTest", "print support loaded ({count} printer(s) known)").format(count=len(printers)))
    window.close()
    window.deleteLater()
    app.processEvents()
