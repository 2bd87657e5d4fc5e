"""The coordinator's observations of a year, printed as the annual review's last chapter.

One text per year, kept with the structure's settings and audited at each change. The year
can be changed in the dialog: what was typed for each year is kept until it is saved, and
Save checks every year that changed before it writes any.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.review import OBSERVATIONS_MAX, check_observations
from ...domain.roles import Action
from ...services import Services
from ..forms import error_label, show_refusal
from ..reflow import fit_to_screen, hold_wrapped_text


class ObservationsDialog(QDialog):
    def __init__(self, services: Services, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationsDialog")
        self.setWindowTitle(self.tr("Observations of the annual review"))
        self._services = services
        this_year = services.ctx.now().year
        self.typed: dict[int, str] = {}  # year -> text typed, not saved yet
        self.year = QSpinBox(self)
        self.year.setObjectName("observationsYear")
        self.year.setRange(1990, this_year + 1)
        self.year.setValue(year or this_year)
        self.year.setAccessibleName(self.tr("Year of the review"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("observationsText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Observations"))
        self.text.setPlaceholderText(
            self.tr("What the figures do not say: the year's events, its difficulties, thanks…")
        )
        hint = QLabel(
            self.tr(
                "Printed as the last chapter of the review of that year, one paragraph for each block of text"
                " separated by a blank line. Each change is kept in the audit trail."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("observationsCount")
        self.error = error_label("observationsError")
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        text_label = QLabel(self.tr("&Observations:"), self)
        text_label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._shown = self.year.value()
        self._load(self._shown)
        self.year.valueChanged.connect(self._on_year_changed)
        self.text.textChanged.connect(self._on_text_changed)
        hold_wrapped_text(self)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 80, metrics.lineSpacing() * 30)

    def _stored(self, year: int) -> str:
        return self._services.review.observations(year)

    def _load(self, year: int) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(self.typed.get(year, self._stored(year)))
        self.text.blockSignals(False)
        self._on_text_changed()

    def _on_year_changed(self, year: int) -> None:
        self._keep_typed()
        self._shown = year
        self._load(year)

    def _keep_typed(self) -> None:
        text = self.text.toPlainText()
        if text != self._stored(self._shown):
            self.typed[self._shown] = text
        else:
            self.typed.pop(self._shown, None)

    def _on_text_changed(self) -> None:
        locale = QLocale()  # "12 000" in French
        self.count.setText(
            self.tr("{length} characters of {limit}").format(
                length=locale.toString(len(self.text.toPlainText())), limit=locale.toString(OBSERVATIONS_MAX)
            )
        )

    def save(self) -> None:
        """Check every year typed, then write them; on a refusal show the year and say why."""
        self.error.hide()
        self._keep_typed()
        for year, text in sorted(self.typed.items()):
            try:
                check_observations(text)
            except UserError as exc:
                self.year.setValue(year)
                show_refusal(self.error, exc)
                return
        try:
            for year, text in sorted(self.typed.items()):
                self._services.review.set_observations(year, text)
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.typed.clear()
        self.accept()


def observations_entry(services: Services, parent: QWidget) -> tuple[str, str, Callable[[], object], bool]:
    """The Administration menu's entry: its text, its name, what it opens, and whether it is shown."""
    return (
        QCoreApplication.translate("ObservationsDialog", "Review obser&vations…"),
        "observationsAction",
        lambda: ObservationsDialog(services, parent=parent).exec(),
        services.can(Action.READ_STATISTICS),
    )
