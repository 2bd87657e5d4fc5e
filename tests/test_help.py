"""F1 opens the guide that fits the tab, with its pictures; the About box says where the data is."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from maison_solidarite import __version__
from maison_solidarite.ui.help import AboutDialog
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active

HELP = Path(str(resources.files("maison_solidarite.resources") / "help"))


def test_every_picture_and_link_of_the_guides_is_shipped() -> None:
    for guide in ("guide-agent.html", "guide-coordination.html"):
        html = (HELP / guide).read_text(encoding="utf-8")
        targets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert targets, guide
        for target in targets:
            assert (HELP / target).is_file(), f"{guide} points to {target}, which is missing"
        assert all(alt for alt in re.findall(r'<img [^>]*alt="([^"]*)"', html))  # read aloud by screen readers
        assert len(re.findall(r"<img ", html)) == len(re.findall(r'<img [^>]*alt="[^"]+"', html))


def test_f1_opens_the_agent_guide_at_the_reception_and_the_coordinator_guide_elsewhere(
    qtbot, french_app, services
) -> None:
    window = show_active(qtbot, MainWindow(services))
    qtbot.keyClick(window.reception.pad, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window._help is not None and window._help.isVisible())
    help_dialog = window._help
    qtbot.addWidget(help_dialog)
    assert help_dialog.chooser.currentText() == "Guide de l'agent d'accueil"
    document = help_dialog.browser.document()
    assert document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == "Guide de l'agent d'accueil"
    assert "Une touche suffit pour un passage" in document.toPlainText()
    picture = help_dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("accueil.png"))
    assert picture is not None and not picture.isNull()
    window.tabs.setCurrentWidget(window.rota)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.rota, Qt.Key.Key_F1)
    assert window._help is help_dialog and help_dialog.chooser.currentText() == "Guide de la coordinatrice"
    assert "Le planning des deux bureaux" in help_dialog.browser.document().toPlainText()


def test_about_shows_the_version_the_licence_and_the_database(qtbot, french_app, services) -> None:
    about = AboutDialog(services.db.where)
    qtbot.addWidget(about)
    texts = "\n".join(about.values.values())
    assert services.db.where in texts and services.db.where.endswith(".sqlite3")
    assert "EUPL-1.2" in texts
    assert about.findChild(QLabel, "aboutTitle").text() == f"Maison de la Solidarité {__version__}"
