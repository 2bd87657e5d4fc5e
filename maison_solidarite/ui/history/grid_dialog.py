"""What the dialogs typing counts from paper share: their notes, their Save and Close buttons,
their size fitted to the grid, and closing only once the counts typed may be left unsaved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from ..reflow import fit_to_screen
from .counts_grid import CountsGrid, may_drop_typed


def wrapped_label(name: str = "", text: str = "") -> QLabel:
    """A label whose words wrap to the dialog's width."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


class GridDialog(QDialog):
    """A dialog around a ``CountsGrid``; the subclass sets ``self.grid`` before using these."""

    grid: CountsGrid
    save_button: QPushButton

    def save(self) -> bool:
        raise NotImplementedError

    def save_buttons(self, text: str, name: str) -> QDialogButtonBox:
        """Close, and the default button ``text`` that saves the grid."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName(name)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def fit_to_grid(self, min_width: int = 0) -> None:
        """As wide as the grid's columns and as tall as its rows (``min_width`` at least): less on a small screen."""
        self.grid.setMinimumHeight(self.grid.horizontalHeader().sizeHint().height() * 4)
        extra = self.sizeHint().height() - self.grid.sizeHint().height()
        width = max(self.grid.needed_width() + 24, min_width)
        fit_to_screen(self, width, extra + self.grid.needed_height())

    def reject(self) -> None:
        if may_drop_typed(self.grid, self):
            super().reject()
