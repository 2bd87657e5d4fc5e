"""Today at the Maison: who holds a permanence in which office now, and who comes next."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain.permanences import Closure, ClosurePart
from ...domain.rota import Occurrence
from ...services import Services
from ...services.reception import ReceptionDay
from ...services.rota import OfficeToday


class TodayPanel(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.setTitle(self.tr("Permanences today"))
        self._services = services
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self.lines: list[QLabel] = []

    def _name(self, occurrence: Occurrence, names: dict[int, str]) -> str:
        return names.get(occurrence.organisation_id, "?")

    def refresh(self) -> None:
        """Read the day again (the reception view reads it once for all its parts)."""
        self.show_day(self._services.reception.day())

    def show_day(self, day: ReceptionDay) -> None:
        names = day.acronyms()
        texts = []
        if day.closed:
            texts.append(self.tr("The Maison is closed today ({reason}).").format(reason=day.closed))
        texts.extend(self._closing(closure) for closure in day.closing)
        for office in day.offices:
            texts.append(self._describe(office, names))
        while len(self.lines) < len(texts):
            label = QLabel()
            label.setWordWrap(True)
            self._layout.addWidget(label)
            self.lines.append(label)
        for label, text in zip(self.lines, texts, strict=False):
            label.setText(text)
            label.show()
        for label in self.lines[len(texts) :]:
            label.hide()

    def _closing(self, closure: Closure) -> str:
        """A closure of part of today, as the desk says it to a visitor."""
        if closure.part == ClosurePart.AFTERNOON:
            return self.tr("The Maison closes this afternoon ({reason}).").format(reason=closure.label)
        if closure.part == ClosurePart.MORNING:
            return self.tr("The Maison is closed this morning ({reason}).").format(reason=closure.label)
        if closure.end is None:
            start = f"{closure.start:%H:%M}"
            return self.tr("The Maison closes at {start} today ({reason}).").format(start=start, reason=closure.label)
        start = f"{closure.start:%H:%M}" if closure.start else "00:00"
        return self.tr("The Maison is closed from {start} to {end} today ({reason}).").format(
            start=start, end=f"{closure.end:%H:%M}", reason=closure.label
        )

    def _describe(self, office: OfficeToday, names: dict[int, str]) -> str:
        parts = []
        if office.now is not None:
            parts.append(
                self.tr("now {partner} until {end}").format(
                    partner=self._name(office.now, names), end=f"{office.now.end:%H:%M}"
                )
            )
        if office.next is not None:
            parts.append(
                self.tr("next {partner} at {start}").format(
                    partner=self._name(office.next, names), start=f"{office.next.start:%H:%M}"
                )
            )
        if not parts:
            parts.append(self.tr("no more permanence today") if office.day else self.tr("no permanence today"))
        return f"<b>{office.office.name}</b> : " + " · ".join(parts)
