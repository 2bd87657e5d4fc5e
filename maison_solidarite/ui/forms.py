"""Small pieces every form shares: the inline error line, choosing a combo item by its value."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from ..domain.errors import UserError
from .messages import render


def error_colour() -> str:
    """Dark red on a light theme, light red on a dark or high-contrast one: readable on both."""
    background = QApplication.palette().window().color()
    return "#ff9a9a" if background.lightnessF() < 0.5 else "#a40000"


def error_label(name: str) -> QLabel:
    """A hidden red line under a form, where a refusal is explained in the user's language."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
    label.hide()
    return label


def show_refusal(label: QLabel, exc: UserError) -> None:
    label.setText(render(exc))
    label.show()


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the item whose data is ``value``; the first item if none is."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    combo.setCurrentIndex(0 if combo.count() else -1)
    return False


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())
