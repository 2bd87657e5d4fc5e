"""The statistics screen's sheet for the wall: the period on one page, in large type, previewed
before it is printed or saved (reports/wall_sheet.py writes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ..tasks import TaskSignals

if TYPE_CHECKING:
    from .view import StatisticsView


def wall_sheet_button(view: StatisticsView) -> QPushButton:
    """The button that makes the sheet for the wall of the period shown, then previews it."""
    button = QPushButton(QCoreApplication.translate("StatisticsView", "Sheet for the &wall…"))
    button.setObjectName("wallButton")
    button.setToolTip(
        QCoreApplication.translate(
            "StatisticsView", "One page to pin up: the total and the first requests, readable from two metres"
        )
    )
    button.clicked.connect(lambda: make_wall_sheet(view))
    return button


def make_wall_sheet(view: StatisticsView) -> TaskSignals | None:
    """Make the sheet on a worker, then open it in the preview; None while another document is made."""
    period, numbers, translate = view.period, view._numbers, QCoreApplication.translate
    signals = view.job.start(
        lambda _progress: view.sites.current.wall_pdf(period, translate, numbers),
        QCoreApplication.translate("StatisticsView", "Preparing the sheet…"),
    )
    if signals is not None:
        signals.finished.connect(view.open_preview)
        signals.failed.connect(view._on_failed)
    return signals
