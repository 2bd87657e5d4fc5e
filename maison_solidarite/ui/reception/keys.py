"""Which category a key press logs, and whether the focused field takes the keys as text.

The reception reads its category keys here, in one place, rather than through QShortcut:
a shortcut fires again at each auto-repeat of a held key, and only where it was told to
listen, so that a click elsewhere silently disarmed the keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ...domain.categories import AZERTY_TOP_ROW

TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
MODIFIER_KEYS = frozenset(
    int(k.value)
    for k in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    )
)
_F1, _F35 = Qt.Key.Key_F1.value, Qt.Key.Key_F35.value
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


def _code(key: Qt.Key | int) -> int:
    """A Qt.Key, or the int that QKeyEvent.key() gives, as an int."""
    return int(key.value) if isinstance(key, Qt.Key) else int(key)


class CategoryKeys:
    """Key presses to category ids: 1-9 and 0 (top row, keypad, or the AZERTY characters
    that the top row types without Shift), then F2-F12."""

    def __init__(self) -> None:
        self._by_key: dict[int, int] = {}
        self._by_text: dict[str, int] = {}

    def assign(self, keys: Iterable[tuple[str, int]]) -> None:
        """``keys``: (key name as shortcut_keys() gives it, category id) pairs."""
        self._by_key.clear()
        self._by_text.clear()
        for name, category_id in keys:
            for sequence in filter(None, (name, AZERTY_TOP_ROW.get(name))):
                combination = QKeySequence(sequence)[0]  # type: ignore[index]  # Qt has QKeySequence[i]; its stubs miss it
                self._by_key[_code(combination.key())] = category_id
                if len(sequence) == 1:
                    self._by_text[sequence] = category_id

    def category_of(self, event: QKeyEvent) -> int | None:
        """The category ``event`` logs, or None: with Ctrl, Alt or Meta a key means something else."""
        key = _code(event.key())
        modifiers = event.modifiers() & ~_KEYPAD
        if _F1 <= key <= _F35:
            return None if modifiers != Qt.KeyboardModifier.NoModifier else self._by_key.get(key)
        if modifiers & ~_SHIFT != Qt.KeyboardModifier.NoModifier:
            return None
        found = self._by_key.get(key)
        return found if found is not None else self._by_text.get(event.text())


def text_field(widget: QWidget | None, within: QWidget) -> QWidget | None:
    """The field where ``widget`` (the focus) types text, up to ``within``; None if it types none.

    A line or text edit, a spin box (the time), an editable combo box; not a read-only one.
    The field returned is the one with the name: the combo box or spin box around an inner line edit.
    """
    while widget is not None and widget is not within:
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                return widget
        elif isinstance(widget, TEXT_FIELDS) and not widget.isReadOnly():
            outer = widget.parentWidget()
            if isinstance(outer, (QComboBox, QAbstractSpinBox)):
                return outer
            return widget
        widget = widget.parentWidget()
    return None
