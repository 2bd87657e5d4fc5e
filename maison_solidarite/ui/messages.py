"""Showing errors and domain labels in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import UserError
from ..domain.visits import AGE_BAND_LABELS, CHANNEL_LABELS, OUTCOME_LABELS, AgeBand, Channel, Outcome


def render(exc: UserError) -> str:
    return exc.render(QCoreApplication.translate)


def show_error(parent: QWidget | None, exc: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Maison de la Solidarité"),
        render(exc),
        parent=parent,
    )
    box.setObjectName("errorDialog")
    box.exec()


def channel_label(channel: Channel) -> str:
    return QCoreApplication.translate("Labels", CHANNEL_LABELS[channel])


def outcome_label(outcome: Outcome) -> str:
    return QCoreApplication.translate("Labels", OUTCOME_LABELS[outcome])


def age_band_label(band: AgeBand) -> str:
    return QCoreApplication.translate("Labels", AGE_BAND_LABELS[band])
