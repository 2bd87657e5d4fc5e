"""F1: the user guides shipped with the application, and the About box."""

from __future__ import annotations

import platform
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImageReader, QResizeEvent, QTextBlock, QTextCursor, QTextFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..config import AppPaths
from ..domain.errors import QT_TRANSLATE_NOOP
from .fonts import emphasise
from .reflow import fit_to_screen

# The guides, in the order of the chooser: (file, title). Written in French: the agents and
# coordinators of a CCAS read French; the English interface opens the same guides.
GUIDES = (
    ("guide-agent.html", QT_TRANSLATE_NOOP("HelpDialog", "Reception agent's guide")),
    ("guide-coordination.html", QT_TRANSLATE_NOOP("HelpDialog", "Coordinator's guide")),
)
AGENT, COORDINATION = range(2)
LICENCE = "EUPL-1.2"
PICTURE_WIDTH = 960  # the guides' screenshots, in pixels (packaging/screenshots.py)


@cache
def guides_folder() -> Path:
    """The guides as files (extracted once, and kept for the session, if the app is zipped)."""
    return _extracted.enter_context(resources.as_file(resources.files("maison_solidarite.resources") / "help"))


_extracted = ExitStack()


class GuideBrowser(QTextBrowser):
    """A guide whose pictures are as wide as the window allows, up to their own width, never cut."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_pictures()

    def fit_pictures(self) -> None:
        """Each picture at its own width, or the page's if narrower, keeping its proportions."""
        room = max(120, self.viewport().width() - 2 * round(self.document().documentMargin()) - 8)
        document = self.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                picture = fragment.charFormat().toImageFormat()
                natural = QImageReader(self.source().resolved(QUrl(picture.name())).toLocalFile()).size()
                if not picture.isValid() or natural.width() <= 0:
                    continue
                width = min(natural.width(), room)
                picture.setWidth(width)
                picture.setHeight(natural.height() * width / natural.width())
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(picture)
            block = block.next()


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    """The block's pictures."""
    found = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().isImageFormat():
            found.append(fragment)
        it += 1
    return found


class HelpDialog(QDialog):
    """A guide in a browser with its pictures; non-modal, so it can stay open beside the work."""

    def __init__(self, guide: int = AGENT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help — Maison de la Solidarité"))
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("guideChooser")
        self.chooser.setAccessibleName(self.tr("Guide"))
        for _file, title in GUIDES:
            self.chooser.addItem(QCoreApplication.translate("HelpDialog", title))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        chooser_label = QLabel(self.tr("&Guide:"), self)
        chooser_label.setBuddy(self.chooser)
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.chooser.currentIndexChanged.connect(self.show_guide)
        self.chooser.setCurrentIndex(guide)
        self.show_guide(guide)
        # Wide enough for the pictures at their own size (960 px) and the text beside a
        # reading line; smaller screens get them scaled down to fit.
        fit_to_screen(self, PICTURE_WIDTH + 80, 900)

    def show_guide(self, index: int) -> None:
        path = guides_folder() / GUIDES[index][0]
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.browser.fit_pictures()
        self.browser.setFocus()


class AboutDialog(QDialog):
    def __init__(self, database: str, paths: AppPaths | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Maison de la Solidarité"))
        title = QLabel(self.tr("Maison de la Solidarité {version}").format(version=__version__), self)
        title.setObjectName("aboutTitle")
        emphasise(title, 1.4)
        purpose = QLabel(self.tr("Reception desk, weekly rota of the permanences and statistics of a CCAS."), self)
        purpose.setWordWrap(True)
        form = QFormLayout()
        rows = [
            (self.tr("Licence:"), self.tr("{licence} (European Union Public Licence)").format(licence=LICENCE)),
            (self.tr("Database:"), database),
        ]
        if paths is not None:
            rows.append((self.tr("Log files:"), str(paths.log_dir)))
            rows.append((self.tr("This desk's settings:"), str(paths.settings_file)))
        rows.append((self.tr("Built with:"), f"Python {platform.python_version()}, Qt for Python {pyside_version}"))
        self.values: dict[str, str] = {}
        for label, value in rows:
            field = QLabel(value, self)
            field.setWordWrap(True)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setAccessibleName(label.rstrip(" :"))
            form.addRow(label, field)
            self.values[label] = value
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(close)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
