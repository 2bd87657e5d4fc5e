"""On a desk that joined a hub: which desks the statistics cover, and every Maison on request.

The line says "Postes inclus : Accueil 1 (ce poste), Accueil 2 (synchronisé le 26/11 à
10:42)"; the box beside it computes the figures of every Maison of the hub, on the hub.
A desk that works alone shows neither.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ...domain.errors import Translate, UserError
from ...domain.statistics import NumberFormat, Period, Statistics
from ...services import Services
from ...services.statistics_outputs import StatisticsOutputs
from ..messages import show_error


class SiteChoice:
    """The figures of this desk's site, or of every site on the hub: what the screen computes."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._hub: StatisticsOutputs | None = None

    @property
    def current(self) -> StatisticsOutputs:
        return self._hub or self._services.statistics_outputs

    def choose(self, all_sites: bool) -> None:
        """Every site (on the hub, which must answer: UserError otherwise), or this desk's."""
        self._hub = self._services.sync.all_sites() if all_sites else None

    def compute(self, period: Period, translate: Translate) -> Statistics:
        return self.current.statistics.compute(period, translate)

    def monthly_pdf(self, period: Period, translate: Translate, numbers: NumberFormat) -> bytes:
        return self.current.monthly_pdf(period, translate, numbers)

    def annual_pdf(self, year: int, translate: Translate, numbers: NumberFormat) -> bytes:
        return self.current.annual_pdf(year, translate, numbers)

    def annual_xlsx(self, year: int, translate: Translate, numbers: NumberFormat) -> bytes:
        return self.current.annual_xlsx(year, translate, numbers)


class CoverageLine(QWidget):
    """The line and the box; ``changed`` when the box switches between this site and all."""

    changed = Signal()

    def __init__(self, services: Services, sites: SiteChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageLine")
        self._services, self._sites = services, sites
        self.label = QLabel(self)
        self.label.setObjectName("coverageLabel")
        self.label.setWordWrap(True)
        self.all_sites = QCheckBox(self.tr("Every &Maison of the hub"), self)
        self.all_sites.setToolTip(self.tr("The figures of every Maison, computed on the hub (it must answer)."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.all_sites)
        self.all_sites.toggled.connect(self._on_all_sites_toggled)
        self.refresh()

    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        """Say which desks the figures cover; hidden on a desk that works alone."""
        if self.all_sites.isChecked():
            text = self.tr("Every Maison of the hub, computed on the hub.")
        else:
            text = self._services.sync.coverage(QCoreApplication.translate)
        self.label.setText(text)
        self.setVisible(bool(text))

    def _on_all_sites_toggled(self, checked: bool) -> None:
        try:
            self._sites.choose(checked)
        except UserError as exc:
            show_error(self, exc)
            self.all_sites.blockSignals(True)
            self.all_sites.setChecked(False)
            self.all_sites.blockSignals(False)
            return
        self.refresh()
        self.changed.emit()
