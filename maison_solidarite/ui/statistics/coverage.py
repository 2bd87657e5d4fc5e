"""The line under the statistics that says which desks they cover, on a desk that joined a hub."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...services import Services


class CoverageLine(QLabel):
    """ "Postes inclus : Accueil 1 (ce poste), Accueil 2 (synchronisé le 26/11 à 10:42)"; hidden alone."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageLabel")
        self.setWordWrap(True)
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        text = self._services.sync.coverage(QCoreApplication.translate)
        self.setText(text)
        self.setVisible(bool(text))
