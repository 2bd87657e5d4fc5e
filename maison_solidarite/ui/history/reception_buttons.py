"""The reception's two paper-day buttons: print the tally sheet before, type it in after.

When the computer cannot be used (a breakdown, a power cut, an outreach day), the desk
counts on the paper sheet of the day; once it works again, the sheet's counts are typed
in beside the visits the desk logged that day.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QTabWidget, QWidget

from ...services import Services
from .paper_day_dialog import PaperDayDialog
from .tally_print import TallySheetDialog


class PaperButtons(QWidget):
    """« Print the tally sheet… » and « Enter a paper sheet… », side by side (see attach_to)."""

    paper_saved = Signal(int)  # visits added from a paper sheet

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperButtons")
        self._services = services
        self.print_button = QPushButton(self.tr("Print the &tally sheet…"), self)
        self.print_button.setObjectName("printTallySheet")
        self.print_button.setToolTip(self.tr("The sheet to count visits on paper when the computer cannot be used"))
        self.enter_button = QPushButton(self.tr("&Enter a paper sheet…"), self)
        self.enter_button.setObjectName("enterPaperDay")
        self.enter_button.setToolTip(self.tr("Type the counts of a paper tally sheet once the computer works again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.print_button, self.enter_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        self.hide()  # until attach_to puts it beside the tabs
        self.print_button.clicked.connect(lambda: self.open_tally_sheet().exec())
        self.enter_button.clicked.connect(lambda: self.open_paper_day().exec())

    def attach_to(self, tabs: QTabWidget, page: QWidget) -> None:
        """Show the buttons beside the tabs, in the tab bar's free room, while ``page`` is the
        current tab: the reception's keys, counters and fields keep every pixel they have."""
        tabs.setCornerWidget(self, Qt.Corner.TopRightCorner)
        tabs.currentChanged.connect(lambda _index: self.setVisible(tabs.currentWidget() is page))
        self.setVisible(tabs.currentWidget() is page)

    def open_tally_sheet(self) -> TallySheetDialog:
        return TallySheetDialog(self._services, self)

    def open_paper_day(self) -> PaperDayDialog:
        dialog = PaperDayDialog(self._services, self)
        dialog.saved.connect(self.paper_saved)
        return dialog
