"""The fields where an agent types a person's birth name, first name and birth date, or a card's code.

What is typed is discarded as soon as the key is computed: the fields are emptied (their
undo history with them), nothing is kept in an attribute, a log line or a message. The
reception's detail panel and the agenda's attendance both use it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..domain.person_key import NAME_MAX, read_code
from ..services import Services
from .forms import error_label, show_refusal


class PersonKeyEntry(QWidget):
    """Three fields and a card's code; ``compute`` gives the key and empties them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personKeyEntry")
        self._services = services
        self.birth_name = self._edit("personBirthName", NAME_MAX)
        self.first_name = self._edit("personFirstName", NAME_MAX)
        self.birth_date = self._edit("personBirthDate", 10)
        self.birth_date.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.code = self._edit("personCardCode", 20)
        self.code.setPlaceholderText("7K2M9-QXD4H-R")
        self.error = error_label("personKeyError")
        form = QFormLayout()
        for text, field in (
            (self.tr("Birth &name"), self.birth_name),
            (self.tr("&First name"), self.first_name),
            (self.tr("Birth &date"), self.birth_date),
            (self.tr("or card &code"), self.code),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.hint = QLabel(
            self.tr("Only the key is kept: what you type here is erased as soon as the key is computed.")
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    @staticmethod
    def _edit(name: str, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(length)
        return edit

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.birth_name, self.first_name, self.birth_date, self.code)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits())

    def compute(self, day: date) -> str | None:
        """The key for a visit or an event on ``day``; None, with the reason said inline, if refused.

        A key is computed from the card's code when one is typed, else from the three fields.
        The fields are emptied once the key is computed; a refusal leaves them to correct."""
        try:
            if self.code.text().strip():
                key = read_code(self.code.text())
            else:
                key = self._services.person_keys.key_of_typed(
                    self.birth_name.text(), self.first_name.text(), self.birth_date.text(), day
                )
        except UserError as exc:
            show_refusal(self.error, exc)
            return None
        self.discard()
        return key

    def discard(self) -> None:
        """Empty every field, and its undo history: nothing typed stays in the window."""
        for edit in self.edits():
            edit.setText("")  # setText clears the line's undo and redo history, clear() keeps it
            edit.setModified(False)
        self.error.hide()
