"""Plan an event, or a series of them, or change one (coordinators)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...domain.events import KIND_LABELS, PLACE_MAX, THEME_MAX, TITLE_MAX, Event, EventDraft, EventKind
from ...domain.organisations import partner_label
from ...services import Services
from ..forms import error_label, pydate, pytime, qdate, select_data, show_refusal
from ..reflow import fit_to_screen
from .recurrence_fields import RecurrenceFields

OTHER = -1  # the theme in free words, or a place elsewhere

# What a coordinator may call an event of each kind; free words are welcome too.
SUBKINDS = {
    EventKind.ACTION: (
        QT_TRANSLATE_NOOP("Labels", "Workshop"),
        QT_TRANSLATE_NOOP("Labels", "Health breakfast"),
        QT_TRANSLATE_NOOP("Labels", "Information session"),
    ),
    EventKind.MEETING: (
        QT_TRANSLATE_NOOP("Labels", "Plenary meeting"),
        QT_TRANSLATE_NOOP("Labels", "Themed meeting"),
        QT_TRANSLATE_NOOP("Labels", "Working group"),
    ),
}


class EventDialog(QDialog):
    """``event`` set: change that event (its kind stays); otherwise plan one or a series."""

    def __init__(
        self,
        services: Services,
        *,
        event: Event | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._services = services
        self._event = event
        self.saved: list[Event] = []
        self.setWindowTitle(self.tr("Change an event") if event else self.tr("New event"))
        self._build()
        self.recurrence = RecurrenceFields(self)
        self.error = error_label("eventError")
        self._lay_out()
        self._fill(day or services.ctx.now().date())
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 130, metrics.height() * 30)

    def _build(self) -> None:
        self.kind = QComboBox()
        for kind, text in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("Labels", text), kind)
        self.subkind = QComboBox()
        self.subkind.setEditable(True)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("No theme"), None)
        for category in self._services.categories.list(active_only=True):
            self.theme.addItem(category.label, category.id)
        self.theme.addItem(self.tr("Another theme, in words:"), OTHER)
        self.free_theme = QLineEdit()
        self.free_theme.setMaxLength(THEME_MAX)
        self.free_theme.setAccessibleName(self.tr("Theme in words"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start, self.end = QTimeEdit(), QTimeEdit()
        self.end.setAccessibleName(self.tr("End"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.place = QComboBox()
        for office in self._services.rota.offices():
            self.place.addItem(office.name, office.id)
        self.place.addItem(self.tr("Elsewhere:"), OTHER)
        self.elsewhere = QLineEdit()
        self.elsewhere.setMaxLength(PLACE_MAX)
        self.elsewhere.setAccessibleName(self.tr("Place elsewhere"))
        self.elsewhere.setPlaceholderText(self.tr("for example: Salle des fêtes, 2 rue de la Gare"))
        self.partners = QListWidget()
        self.partners.setObjectName("eventPartners")
        self.partners.setWordWrap(True)  # a long name takes two lines rather than a scroll bar
        self.partners.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for organisation in self._services.organisations.list(active_only=True):
            item = QListWidgetItem(partner_label(organisation.acronym, organisation.name))
            item.setData(Qt.ItemDataRole.UserRole, organisation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_subkinds())
        self.theme.currentIndexChanged.connect(lambda _i: self._update_rows())
        self.place.currentIndexChanged.connect(lambda _i: self._update_rows())

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        for text, field in (
            (self.tr("&Kind"), self.kind),
            (self.tr("T&ype"), self.subkind),
            (self.tr("&Title"), self.title),
            (self.tr("T&heme"), self.theme),
            ("", self.free_theme),
            (self.tr("&Day"), self.day),
            (self.tr("Ti&mes"), times),
            (self.tr("&Place"), self.place),
            ("", self.elsewhere),
        ):
            caption = QLabel(text)
            caption.setBuddy(self.start if field is times else field)  # type: ignore[arg-type]
            form.addRow(caption, field)
        if self._event is None:
            self.recurrence.add_rows(form)
        partners = QVBoxLayout()
        caption = QLabel(self.tr("Partners &leading it (space ticks)"))
        caption.setWordWrap(True)
        caption.setBuddy(self.partners)
        partners.addWidget(caption)
        partners.addWidget(self.partners, 1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(partners, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # -- filling ---------------------------------------------------------------------
    def _fill_subkinds(self) -> None:
        typed = self.subkind.currentText()
        self.subkind.clear()
        self.subkind.addItem("")
        self.subkind.addItems([_label(text) for text in SUBKINDS[self.kind.currentData()]])
        self.subkind.setCurrentText(typed if typed not in _all_subkinds() else "")

    def _fill(self, day: date) -> None:
        event = self._event
        if event is None:
            self._fill_subkinds()
            self.day.setDate(qdate(day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(11, 0))
            self.recurrence.set_first_day(day)
            self._update_rows()
            return
        select_data(self.kind, event.kind)
        self.kind.setEnabled(False)  # an action stays an action
        self._fill_subkinds()
        self.subkind.setCurrentText(event.subkind)
        self.title.setText(event.title)
        select_data(self.theme, event.category_id if event.category_id else (OTHER if event.theme else None))
        self.free_theme.setText(event.theme)
        self.day.setDate(qdate(event.day))
        self.start.setTime(QTime(event.start.hour, event.start.minute))
        self.end.setTime(QTime(event.end.hour, event.end.minute))
        select_data(self.place, event.office_id if event.office_id else OTHER)
        self.elsewhere.setText(event.place)
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in event.partner_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._update_rows()

    def _update_rows(self) -> None:
        self._form.setRowVisible(self.free_theme, self.theme.currentData() == OTHER)
        self._form.setRowVisible(self.elsewhere, self.place.currentData() == OTHER)

    # -- saving ----------------------------------------------------------------------
    def draft(self) -> EventDraft:
        office = self.place.currentData()
        theme = self.theme.currentData()
        partners = tuple(
            int(self.partners.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.partners.count())
            if self.partners.item(r).checkState() == Qt.CheckState.Checked
        )
        return EventDraft(
            kind=EventKind(self.kind.currentData()),
            title=self.title.text(),
            day=pydate(self.day.date()),
            start=pytime(self.start.time()),
            end=pytime(self.end.time()),
            office_id=None if office == OTHER else int(office),
            place=self.elsewhere.text() if office == OTHER else "",
            category_id=None if theme in (None, OTHER) else int(theme),
            theme=self.free_theme.text() if theme == OTHER else "",
            subkind=self.subkind.currentText(),
            partner_ids=partners,
        )

    def save(self) -> None:
        try:
            if self._event is not None:
                self.saved = [self._services.events.edit(self._event.id, self.draft())]
            else:
                rule = self.recurrence.recurrence()
                until = self.recurrence.last_day() if rule is not None else None
                self.saved = self._services.events.add(self.draft(), rule, until)
        except UserError as exc:
            show_refusal(self.error, exc)
            return
        self.accept()


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _all_subkinds() -> set[str]:
    return {_label(text) for texts in SUBKINDS.values() for text in texts}
