"""Today at the Maison: who holds a permanence in which office now, and who comes next.

One key (Ctrl+Shift+A, shown on the panel's last line, which a click follows too) records that the partner of the
permanence in progress did not come; the same key again says the partner came after all.
It asks nothing: that line names the permanence it acts on before the key is pressed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QVBoxLayout, QWidget

from ...domain.errors import UserError
from ...domain.permanences import Closure, ClosurePart, Status, absence_candidates
from ...domain.rota import Occurrence
from ...services import Services
from ...services.reception import ReceptionDay
from ...services.rota import OfficeToday
from ..messages import show_error

ABSENT_KEY = "Ctrl+Shift+A"  # A for absent; no category key, proposal key or shortcut uses it


class TodayPanel(QGroupBox):
    permanence_marked = Signal()  # a partner said absent, or present after all

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.setTitle(self.tr("Permanences today"))
        self._services = services
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self.lines: list[QLabel] = []
        self._lines = QVBoxLayout()
        self._lines.setSpacing(2)
        self._layout.addLayout(self._lines)
        self._names: dict[int, str] = {}
        self.target: Occurrence | None = None  # the permanence the key acts on
        self.candidates: list[Occurrence] = []  # every permanence of today the desk may mark
        self._build_absent_key()

    def _build_absent_key(self) -> None:
        key = QKeySequence(ABSENT_KEY)
        self._key_text = key.toString(QKeySequence.SequenceFormat.NativeText)
        # A line of the panel, not a button: the panel keeps its height, the counters below theirs.
        self.absent_link = QLabel()
        self.absent_link.setObjectName("absentLink")
        self.absent_link.setTextFormat(Qt.TextFormat.RichText)
        self.absent_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.absent_link.linkActivated.connect(lambda _link: self.toggle_absent())
        self.absent_link.hide()
        self._layout.addWidget(self.absent_link)
        shortcut = QShortcut(key, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # wherever the focus is on the reception
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(lambda: self.toggle_absent())
        # Two permanences at once: the others are marked from the panel's context menu.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda point: self.absence_menu().exec(self.mapToGlobal(point)))

    def absence_menu(self) -> QMenu:
        """One action per permanence of today that has begun: did not come, or came after all."""
        menu = QMenu(self)
        for occurrence in self.candidates:
            action = menu.addAction(self._absence_text(occurrence).replace(f" ({self._key_text})", ""))
            action.triggered.connect(lambda _checked=False, o=occurrence: self.toggle_absent(o))
        return menu

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
            self._lines.addWidget(label)
            self.lines.append(label)
        for label, text in zip(self.lines, texts, strict=False):
            label.setText(text)
            label.show()
        for label in self.lines[len(texts) :]:
            label.hide()
        self._names = names
        occurrences = [o for office in day.offices for o in office.day]
        self.candidates = absence_candidates(occurrences, self._services.ctx.now())
        self._show_target(next(iter(self.candidates), None))

    def _show_target(self, target: Occurrence | None) -> None:
        """Name on the panel the permanence the key acts on, or hide that line when there is none."""
        self.target = target
        if target is None:
            self.absent_link.hide()
            return
        partner = self._name(target, self._names)
        self.absent_link.setText(f'<a href="absent">{escape(self._absence_text(target))}</a>')
        self.absent_link.setAccessibleName(self._absence_text(target))
        self.absent_link.setToolTip(
            self.tr("The permanence of {partner} from {start} to {end}").format(
                partner=partner, start=f"{target.start:%H:%M}", end=f"{target.end:%H:%M}"
            )
        )
        self.absent_link.show()

    def _absence_text(self, occurrence: Occurrence) -> str:
        partner = self._name(occurrence, self._names)
        if occurrence.status == Status.NOT_HELD:
            return self.tr("{partner} came after all ({key})").format(partner=partner, key=self._key_text)
        return self.tr("{partner} did not come ({key})").format(partner=partner, key=self._key_text)

    def toggle_absent(self, occurrence: Occurrence | None = None) -> None:
        """Say that the partner of a permanence (the one the panel names) did not come, or did after all."""
        target = occurrence or self.target
        if target is None:
            return
        try:
            self._services.rota.mark_not_held(target.series_id, target.original_date, target.status != Status.NOT_HELD)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.permanence_marked.emit()

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
        now = self._services.ctx.now()
        for absent in (o for o in office.day if o.status == Status.NOT_HELD and o.starts_at <= now < o.ends_at):
            parts.insert(0, self.tr("{partner} did not come").format(partner=self._name(absent, names)))
        if not parts:
            parts.append(self.tr("no more permanence today") if office.day else self.tr("no permanence today"))
        return f"<b>{office.office.name}</b> : " + " · ".join(parts)
