"""Before one occurrence is edited: this permanence only, this one and the following, or all."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...services.rota import EditScope
from ..fonts import emphasise


class ScopeDialog(QDialog):
    """Asks which permanences an edit applies to; this one only is chosen until told otherwise."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopeDialog")
        self.setWindowTitle(self.tr("Edit a permanence"))
        what = QLabel(description)
        what.setObjectName("scopeDescription")
        what.setWordWrap(True)
        emphasise(what, 1.15)
        question = QLabel(self.tr("Which permanences does the change apply to?"))
        question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[EditScope, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(question)
        for scope, text in (
            (EditScope.OCCURRENCE, self.tr("&This permanence only")),
            (EditScope.FOLLOWING, self.tr("This one and the &following ones")),
            (EditScope.SERIES, self.tr("The &whole series")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"scope_{scope.value}")
            self.group.addButton(button)
            self.buttons[scope] = button
            layout.addWidget(button)
        self.buttons[EditScope.OCCURRENCE].setChecked(True)
        self.buttons[EditScope.OCCURRENCE].setFocus()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # wide enough for the question on one line, and as tall as the wrapped description needs
        width = min(self.fontMetrics().averageCharWidth() * 56, 1200)
        self.setMinimumSize(width, layout.heightForWidth(width))
        self.resize(self.minimumSize())

    @property
    def scope(self) -> EditScope:
        return next(scope for scope, button in self.buttons.items() if button.isChecked())
