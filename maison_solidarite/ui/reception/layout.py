"""Where the reception's parts go, each with a size that does not change while the desk works.

    date            | the keys' state (ready, typing in a field, a second press)
    category keys   | details of the visit | permanences today, counters
    hint / partners | today's visits

Every part is as large as what it may ever show (all categories, five proposals, two lines
of a message), so that logging, selecting, proposing and undoing move nothing; and the
whole fits a 1366 x 768 screen at every text size (see fonts.READABLE_MAX_PX).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..fonts import READABLE_MAX_PX, READABLE_PX, clamped_font, readable
from ..forms import error_colour

READY_COLOUR = "#1d6b2f"  # green: the keys log visits (contrast 6.6:1 on white)
TYPING_COLOUR = "#8a4b00"  # amber: the keys type text (contrast 6.4:1 on white)
MESSAGE_LINES = 2  # the state bar's height, in lines: its longest message at 1366 px wide
PROPOSAL_LINES = 6  # the heading and five partners (keys A to E)


def _translate(text: str) -> str:
    return QCoreApplication.translate("ReceptionView", text)


def _message_label(name: str, colour: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setFont(clamped_font(label, READABLE_PX, READABLE_MAX_PX, bold=True))
    label.setStyleSheet(
        f"#{name} {{ color: {colour}; background: palette(base); border: 2px solid {colour};"
        " border-radius: 4px; padding: 2px 8px; }"
    )
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return label


class KeyStateBar(QWidget):
    """One place, always the same height, that says what the keys do now.

    ``ready``: they log visits; ``typing``: they type in a field, Escape gives them back;
    ``warning``: the same request was logged twice in a row. One shows at a time, the
    warning first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyStateBar")
        self.ready = _message_label("padReady", READY_COLOUR, self)
        self.ready.setText(_translate("Ready: each key logs a visit."))
        self.typing = _message_label("padState", TYPING_COLOUR, self)
        self.warning = _message_label("repeatWarning", error_colour(), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for label in (self.ready, self.typing, self.warning):
            grid.addWidget(label, 0, 0)
        self.typing.hide()
        self.warning.hide()
        lines = self.ready.fontMetrics().lineSpacing() * MESSAGE_LINES
        self.setFixedHeight(lines + 12)  # the border and the padding
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_state(self) -> None:
        """The ready message only when neither of the others shows (the warning, opaque, covers the typing one)."""
        self.ready.setVisible(self.typing.isHidden() and self.warning.isHidden())


def proposals_slot(hint: QLabel, proposals: QLabel) -> QWidget:
    """The hint, or the partners proposed for the visit (A to E): same place, same height."""
    slot = QWidget()
    slot.setObjectName("proposalsSlot")
    grid = QGridLayout(slot)
    grid.setContentsMargins(0, 0, 0, 0)
    for label in (hint, proposals):
        readable(label)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        grid.addWidget(label, 0, 0)
    slot.setMinimumHeight(proposals.fontMetrics().lineSpacing() * PROPOSAL_LINES + 8)
    return slot


class Page(QWidget):
    """The screen's parts, sized by their minimum: a scroll area around it scrolls only on a
    screen too small for them, not because wrapped text would like more lines."""

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1  # none: the minimum size holds (QScrollArea asks the layout, which has one)


def boxed(title: str, widget: QWidget, name: str) -> QGroupBox:
    box = QGroupBox(title)
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box
