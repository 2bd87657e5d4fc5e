"""The reception's pad: one large button per active category, each with its key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGraphicsOpacityEffect, QPushButton, QSizePolicy, QWidget

from ...domain.categories import Category, shortcut_keys
from ..fonts import relative_font
from ..reflow import AdaptiveGrid
from .detail_panel import PROPOSAL_KEYS
from .keys import CategoryKeys

DIMMED_OPACITY = 0.45  # the pad while the keys type in a text field


class CategoryPad(QWidget):
    """Large buttons, one per active category, each with its key."""

    category_chosen = Signal(int)
    details_requested = Signal()
    proposal_chosen = Signal(int)  # index of the orientation proposal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # to draw the focus frame
        self.setAccessibleName(self.tr("Request categories"))
        self._grid = AdaptiveGrid(self, max_columns=2, spacing=8)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self.buttons: dict[int, QPushButton] = {}
        # The category keys are read by the reception view (see ReceptionView.eventFilter).
        self.keys = CategoryKeys()
        for index, letter in enumerate(PROPOSAL_KEYS):
            proposal = QShortcut(QKeySequence(letter), self)
            proposal.setContext(Qt.ShortcutContext.WidgetShortcut)
            proposal.setAutoRepeat(False)
            proposal.activated.connect(lambda i=index: self.proposal_chosen.emit(i))
        self._dim = QGraphicsOpacityEffect(self)
        self._dim.setOpacity(DIMMED_OPACITY)
        self._dim.setEnabled(False)
        self.setGraphicsEffect(self._dim)
        self.setStyleSheet(
            "#categoryPad { border: 3px solid transparent; border-radius: 6px; }"
            "#categoryPad:focus { border: 3px solid palette(highlight); }"
            "QPushButton[categoryButton='true'] { text-align: left; padding: 6px 12px; }"
        )

    def set_categories(self, categories: list[Category]) -> None:
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        active = [c for c in categories if c.active]
        font = relative_font(self, 1.45, bold=True)
        keys = shortcut_keys(len(active))
        self.keys.assign((key, category.id) for category, key in zip(active, keys, strict=False) if key)
        for category, key in zip(active, keys, strict=False):
            button = QPushButton(f"{key}   {category.label}" if key else category.label)
            button.setProperty("categoryButton", True)
            button.setObjectName(f"category_{category.code}")
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter or Space must never log twice
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setAccessibleName(category.label)
            button.setToolTip(
                self.tr("Key {key}: log a visit \u201c{label}\u201d").format(key=key, label=category.label)
            )
            button.clicked.connect(lambda _checked=False, cid=category.id: self.category_chosen.emit(cid))
            self._grid.addWidget(button)
            self.buttons[category.id] = button

    @property
    def dimmed(self) -> bool:
        return self._dim.isEnabled()

    def set_dimmed(self, dimmed: bool, why: str = "") -> None:
        """Dim the pad while the keys type text elsewhere; its buttons can still be clicked."""
        self._dim.setEnabled(dimmed)
        self.setAccessibleDescription(why if dimmed else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_requested.emit()
            return
        super().keyPressEvent(event)
