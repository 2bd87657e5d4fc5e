"""The structure's logo in the settings: a preview, a button to choose an image, one to remove it.

The image chosen is checked (a PNG or JPEG, 5 MB at most) and reduced when it is chosen, so that
a bad file is named at once, beside the preview; it is written with the other settings by Save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..services import Services
from ..services.review import LOGO_FILE_MAX, logo_png
from .forms import error_label, show_refusal


class LogoPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logoPanel")
        self._services = services
        self.stored = services.review.logo()
        self.logo = self.stored  # what Save will keep: the PNG chosen, or None
        self.preview = QLabel(self)
        self.preview.setObjectName("logoPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(self.fontMetrics().averageCharWidth() * 24, self.fontMetrics().lineSpacing() * 4)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose = QPushButton(self.tr("Choose the &logo…"), self)
        self.choose.setAccessibleName(self.tr("Choose the logo printed on the sheets"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove = QPushButton(self.tr("Re&move the logo"), self)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.error = error_label("logoError")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        self._show()

    def _show(self) -> None:
        self.remove.setEnabled(self.logo is not None)
        if self.logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.logo, "PNG")
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _on_choose_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> bool:
        """Take the image at ``path`` (checked and reduced now); a bad file is named under the preview."""
        self.error.hide()
        try:
            with path.open("rb") as file:
                data = file.read(LOGO_FILE_MAX + 1)
            self.logo = logo_png(data, path.name)
        except OSError:
            self.error.setText(self.tr('"{name}" cannot be read.').format(name=path.name))
            self.error.show()
            return False
        except UserError as exc:
            show_refusal(self.error, exc)
            return False
        self._show()
        return True

    def _on_remove_clicked(self) -> None:
        self.logo = None
        self.error.hide()
        self._show()
        self.choose.setFocus()

    def save(self) -> None:
        """Write the logo chosen, or its removal, if it changed (the caller shows a refusal)."""
        if self.logo != self.stored:
            self.stored = self._services.review.set_logo(self.logo)
