"""The reception's pad: one large button per active category, each with its key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGraphicsOpacityEffect, QPushButton, QSizePolicy, QWidget

from ...domain.categories import Category, shortcut_keys
from ..fonts import KEYS_PX, clamped_font
from ..reflow import AdaptiveGrid
from .detail_panel import PROPOSAL_KEYS
from .keys import CategoryKeys

DIMMED_OPACITY = 0.45  # the pad while the keys type in a text field
READY_COLOUR = "#1d6b2f"  # the frame while the keys log visits
DIMMED_COLOUR = "#767676"  # the frame while they type text (the lightest grey at 4.5:1 on white)


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
        self._grid = AdaptiveGrid(self, max_columns=1, spacing=4)
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
        self._style(dimmed=False)

    def _style(self, dimmed: bool) -> None:
        """Ready: a green frame around the keys; typing elsewhere: a dashed grey one, and dimmed."""
        colour, line = (DIMMED_COLOUR, "dashed") if dimmed else (READY_COLOUR, "solid")
        self.setStyleSheet(
            f"#categoryPad {{ border: 4px {line} {colour}; border-radius: 6px; }}"
            "QPushButton[categoryButton='true'] { text-align: left; padding: 4px 12px; }"
        )

    def set_categories(self, categories: list[Category]) -> None:
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        active = [c for c in categories if c.active]
        font = clamped_font(self, KEYS_PX, KEYS_PX, bold=True)
        keys = shortcut_keys(len(active))
        self.keys.assign((key, category.id) for category, key in zip(active, keys, strict=False) if key)
        for category, key in zip(active, keys, strict=False):
            button = QPushButton(f"{key}   {category.label}" if key else category.label)
            button.setProperty("categoryButton", True)
            button.setObjectName(f"category_{category.code}")
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter or Space must never log twice
            button.setMinimumHeight(QFontMetrics(font).height() + 12)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setAccessibleName(category.label)
            button.setToolTip(
                self.tr("Key {key}: log a visit \u201c{label}\u201d").format(key=key, label=category.label)
            )
            button.clicked.connect(lambda _checked=False, cid=category.id: self.category_chosen.emit(cid))
            self._grid.addWidget(button)
            self.buttons[category.id] = button
        # Every key in sight: the pad never gives up height to its neighbours.
        self.setMinimumHeight(self._grid.heightForWidth(self._grid.minimumSize().width()) + 8)

    @property
    def dimmed(self) -> bool:
        return self._dim.isEnabled()

    def set_dimmed(self, dimmed: bool, why: str = "") -> None:
        """Dim the pad while the keys type text elsewhere; its buttons can still be clicked."""
        self._dim.setEnabled(dimmed)
        self._style(dimmed)
        self.setAccessibleDescription(why if dimmed else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_requested.emit()
            return
        super().keyPressEvent(event)
