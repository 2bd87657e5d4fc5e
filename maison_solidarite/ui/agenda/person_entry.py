"""The person-key fields: a participant typed as birth name, first name and birth date, or as the
code of their card; only the key leaves this widget, and what was typed is wiped at once.

The key is computed by services/person_keys.py with the structure's secret; the fields are
cleared (and their undo history with them) as soon as it is, refused or not afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ...domain.person_key import NAME_MAX, read_code
from ...services import Services


class PersonEntry(QWidget):
    """Three fields and a card code; ``take_key`` gives the key and wipes them."""

    submitted = Signal()  # Enter in one of the fields: add the person

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.birth_name = QLineEdit()
        self.birth_name.setObjectName("personBirthName")
        self.first_name = QLineEdit()
        self.first_name.setObjectName("personFirstName")
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("personBirthDate")
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.code = QLineEdit()
        self.code.setObjectName("personCode")
        self.code.setPlaceholderText(self.tr("for example 7K2M9-QXD4H-R"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (text, field) in enumerate(
            (
                (self.tr("Birth &name"), self.birth_name),
                (self.tr("&First name"), self.first_name),
                (self.tr("&Birth date"), self.birth_date),
                (self.tr("or card c&ode"), self.code),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
            field.returnPressed.connect(self.submitted)
            field.setMaxLength(NAME_MAX)
        for field in self.fields():
            # Nothing typed here may be kept anywhere: no input method's memory either.
            field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        grid.setColumnStretch(1, 1)

    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.birth_name, self.first_name, self.birth_date, self.code)

    def is_empty(self) -> bool:
        return not any(field.text().strip() for field in self.fields())

    def take_key(self, day: date) -> str:
        """The key of the person typed, for an event on ``day``; the fields are wiped once it is
        computed. A refusal (an empty name, a birth date in the future, a mistyped code) leaves
        them for the agent to correct and raises its French message."""
        code = self.code.text().strip()
        if code:
            key = read_code(code)
        else:
            key = self._services.person_keys.key_of_typed(
                self.birth_name.text(), self.first_name.text(), self.birth_date.text(), day
            )
        self.wipe()
        return key

    def wipe(self) -> None:
        for field in self.fields():
            # setText, not clear(): clear() keeps the text in the undo history, where Ctrl+Z
            # would bring the name back; setText forgets the history with the text.
            field.setText("")
            field.setModified(False)
        self.birth_name.setFocus()
