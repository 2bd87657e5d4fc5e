"""Details of the visit just logged (or chosen in today's list), all by keyboard.

Each change is saved at once, so nothing is lost when the next visitor steps up.
Escape, or Enter in a text field, hands the keyboard back to the category pad.
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import Category
from ...domain.errors import UserError
from ...domain.organisations import Organisation, partner_label
from ...domain.visits import (
    NEIGHBOURHOOD_MAX,
    NOTE_MAX,
    AgeBand,
    Channel,
    Outcome,
    ProfileField,
    Visit,
    listed_neighbourhood,
)
from ...services import Services
from ...services.directory import Proposal
from ...services.visits import VisitChange
from ..fonts import READABLE_MAX_PX, READABLE_PX, clamped_font, readable
from ..forms import error_label, qdate, select_data, show_refusal
from ..messages import age_band_label, channel_label, outcome_label
from .person_key_dialog import PersonKeyButton

PROPOSAL_KEYS = "ABCDE"  # letters: the digits are the categories'
NO_NEIGHBOURHOOD = "—"  # the first choice of the neighbourhoods: none noted
FIELD_CHARS = 21  # the fields' width, in average characters: "Orienté vers un partenaire"


class DetailPanel(QGroupBox):
    visit_changed = Signal(str)
    finished = Signal()
    proposals_shown = Signal(bool)  # whether partners are proposed (the reception shows them beside the keys)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self._services = services
        self._visit: Visit | None = None
        self._categories: list[Category] = []
        self._organisations: list[Organisation] = []
        self._office_names: dict[int, str] = {}
        readable(self)  # read from the visitor's side of the desk; the fields inherit it

        self._build_fields()
        self._lay_out()
        self._connect()
        self.set_profile_fields(frozenset(ProfileField))
        self.show_visit(None)

    def _build_fields(self) -> None:
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.category_combo = QComboBox()
        self.secondary_button = QToolButton()
        self.secondary_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.secondary_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.secondary_button.setText(self.tr("None"))  # its height, before any visit
        self.secondary_menu = QMenu(self.secondary_button)
        self.secondary_button.setMenu(self.secondary_menu)
        self.channel_combo = QComboBox()
        self.outcome_combo = QComboBox()
        self.orientation_combo = QComboBox()
        self.first_visit_combo = QComboBox()
        self.age_band_combo = QComboBox()
        # The coordinator's list, "—" for none; another name can be typed, and one typed as
        # "gresilles" is kept as the list spells it.
        self.neighbourhood_combo = QComboBox()
        self.neighbourhood_edit = QLineEdit()
        self.neighbourhood_combo.setLineEdit(self.neighbourhood_edit)  # editable
        self.neighbourhood_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.neighbourhood_edit.setMaxLength(NEIGHBOURHOOD_MAX)
        self.neighbourhood_edit.setPlaceholderText(self.tr("None, or type another name"))
        self._neighbourhoods: list[str] = []
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_count = QLabel()
        self.person_key_button = PersonKeyButton(self._services)  # the key only: the dialog forgets the name
        self.error_label = error_label("detailError")

        # Sized by a number of characters, not by their longest item: the labels keep their room.
        for combo in (
            self.category_combo,
            self.channel_combo,
            self.outcome_combo,
            self.orientation_combo,
            self.first_visit_combo,
            self.age_band_combo,
            self.neighbourhood_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), channel)
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome_label(outcome), outcome)
        self.first_visit_combo.addItem("—", None)
        self.first_visit_combo.addItem(self.tr("First visit"), True)
        self.first_visit_combo.addItem(self.tr("Known visitor"), False)
        self.age_band_combo.addItem("—", None)
        for band in AgeBand:
            self.age_band_combo.addItem(age_band_label(band), band)

    def _lay_out(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        self.heading.setFont(clamped_font(self.heading, READABLE_PX, READABLE_MAX_PX, bold=True))
        self.heading.setWordWrap(True)
        # Three lines, whatever it says: choosing a visit moves nothing below it.
        self.heading.setFixedHeight(self.heading.fontMetrics().lineSpacing() * 3 + 4)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(3)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addStretch(1)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_count)
        for key, text, field, layout in (
            ("time", self.tr("&Time"), self.time_edit, time_row),
            ("category", self.tr("&Request"), self.category_combo, None),
            ("secondary", self.tr("Othe&r requests"), self.secondary_button, None),
            ("channel", self.tr("&Channel"), self.channel_combo, None),
            ("outcome", self.tr("Out&come"), self.outcome_combo, None),
            ("orientation", self.tr("&Oriented to"), self.orientation_combo, None),
            ("first_visit", self.tr("First &visit"), self.first_visit_combo, None),
            ("age_band", self.tr("A&ge band"), self.age_band_combo, None),
            ("neighbourhood", self.tr("Neigh&bourhood"), self.neighbourhood_combo, None),
            ("note", self.tr("&Note"), self.note_edit, note_row),
            ("person_key", self.tr("Person &key"), self.person_key_button, None),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(label.text().replace("&", ""))
            if layout is not None:
                form.addRow(label, layout)
            else:
                form.addRow(label, field)
            self._rows[key] = (label, field)
        self._form = form
        self.proposals_label = QLabel()
        self.proposals_label.setObjectName("proposalsLabel")
        self.proposals_label.setWordWrap(True)
        self.proposals_label.setTextFormat(Qt.TextFormat.RichText)
        self.proposals_label.hide()
        self.proposals: list[Proposal] = []
        # Proposals by category, kept until the rota or the directory may have changed
        # (set_choices, and the reception's periodic refresh): they cost 8 ms to compute.
        self._proposal_cache: dict[int, list[Proposal]] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(form)
        outer.addWidget(self.error_label)  # the proposals go beside the keys (see layout.py)
        self.note_count.setFixedWidth(self.note_count.fontMetrics().horizontalAdvance(f"{NOTE_MAX}/{NOTE_MAX}") + 4)
        labels = max(label.sizeHint().width() for label, _field in self._rows.values())
        fields = self.fontMetrics().averageCharWidth() * FIELD_CHARS
        self.setFixedWidth(labels + fields + 50)  # margins and spacing; the same width whatever the visit shown

    def _connect(self) -> None:
        self.category_combo.activated.connect(
            lambda _i: self._save(VisitChange(category_id=self.category_combo.currentData()))
        )
        self.channel_combo.activated.connect(
            lambda _i: self._save(VisitChange(channel=self.channel_combo.currentData()))
        )
        self.outcome_combo.activated.connect(
            lambda _i: self._save(VisitChange(outcome=self.outcome_combo.currentData()))
        )
        self.orientation_combo.activated.connect(
            lambda _i: self._save(VisitChange(organisation_id=self.orientation_combo.currentData()))
        )
        self.first_visit_combo.activated.connect(
            lambda _i: self._save(VisitChange(first_visit=self.first_visit_combo.currentData()))
        )
        self.age_band_combo.activated.connect(
            lambda _i: self._save(VisitChange(age_band=self.age_band_combo.currentData()))
        )
        self.time_edit.editingFinished.connect(self._on_time_edit_editing_finished)
        self.neighbourhood_edit.editingFinished.connect(self._on_neighbourhood_edit_editing_finished)
        self.neighbourhood_combo.activated.connect(lambda _i: self._on_neighbourhood_edit_editing_finished())
        self.note_edit.editingFinished.connect(self._on_note_edit_editing_finished)
        self.note_edit.textChanged.connect(self._update_note_count)
        for edit in (self.neighbourhood_edit, self.note_edit):
            edit.returnPressed.connect(self.finished)
        self.secondary_menu.triggered.connect(self._on_secondary_menu_triggered)
        self.person_key_button.key_chosen.connect(lambda key: self._save(VisitChange(person_key=key)))
        escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        escape.setContext(escape.context().WidgetWithChildrenShortcut)
        escape.setAutoRepeat(False)
        escape.activated.connect(self.finished)

    # -- what the panel offers -----------------------------------------------------
    def set_choices(self, categories: list[Category], organisations: list[Organisation]) -> None:
        self._categories = categories
        self._organisations = [o for o in organisations if o.active]
        self._office_names = {o.id: o.name for o in self._services.rota.offices(active_only=False)}
        self._proposal_cache.clear()
        self.orientation_combo.clear()
        self.orientation_combo.addItem("—", None)
        for organisation in self._organisations:
            self.orientation_combo.addItem(partner_label(organisation.acronym, organisation.name), organisation.id)
        self.show_visit(self._visit)

    def set_neighbourhoods(self, names: list[str]) -> None:
        """The coordinator's list, offered first; "—" says none was noted."""
        self._neighbourhoods = list(names)
        self.neighbourhood_combo.clear()
        self.neighbourhood_combo.addItem(NO_NEIGHBOURHOOD)
        self.neighbourhood_combo.addItems(self._neighbourhoods)
        completer = self.neighbourhood_combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._show_neighbourhood(self._visit.neighbourhood if self._visit else None)

    def _show_neighbourhood(self, name: str | None) -> None:
        index = self.neighbourhood_combo.findText(name or NO_NEIGHBOURHOOD, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.neighbourhood_combo.setCurrentIndex(index)
        self.neighbourhood_edit.setText(name or "")  # none: the placeholder says so

    def set_profile_fields(self, enabled: frozenset[ProfileField]) -> None:
        for field in ProfileField:
            label, _widget = self._rows[field.value]
            self._form.setRowVisible(label, field in enabled)

    def first_field(self) -> QWidget:
        return self.orientation_combo

    @property
    def visit(self) -> Visit | None:
        return self._visit

    def show_visit(self, visit: Visit | None) -> None:
        self._visit = visit
        self.error_label.hide()
        self._show_proposals(visit)
        self.person_key_button.show_visit(visit)
        for _label, widget in self._rows.values():
            widget.setEnabled(visit is not None)
        if visit is None:
            self.heading.setText(self.tr("No visit selected: press a category key to log one."))
            return
        category_labels = {c.id: c.label for c in self._categories}
        when = visit.visited_at.strftime("%H:%M")
        self.heading.setText(
            self.tr("Visit at {time}: {category}").format(
                time=when, category=category_labels.get(visit.category_id, "?")
            )
        )
        self.time_edit.setTime(QTime(visit.visited_at.hour, visit.visited_at.minute))
        self.category_combo.clear()
        for category in self._categories:
            if category.active or category.id == visit.category_id:
                self.category_combo.addItem(category.label, category.id)
        select_data(self.category_combo, visit.category_id)
        self.secondary_menu.clear()
        for category in self._categories:
            if category.active and category.id != visit.category_id:
                action = QAction(category.label, self.secondary_menu)
                action.setCheckable(True)
                action.setChecked(category.id in visit.secondary_ids)
                action.setData(category.id)
                self.secondary_menu.addAction(action)
        count = len(visit.secondary_ids)
        self.secondary_button.setText(self.tr("None") if not count else self.tr("%n more", "", count))
        select_data(self.channel_combo, visit.channel)
        select_data(self.outcome_combo, visit.outcome)
        select_data(self.orientation_combo, visit.organisation_id)
        select_data(self.first_visit_combo, visit.first_visit)
        select_data(self.age_band_combo, visit.age_band)
        self._show_neighbourhood(visit.neighbourhood)
        self.note_edit.setText(visit.note or "")

    # -- orientation proposals -----------------------------------------------------
    def _show_proposals(self, visit: Visit | None) -> None:
        """The partners for the visit's request, soonest permanence first, each with its key."""
        if visit is None:
            self.proposals = []
        else:
            if visit.category_id not in self._proposal_cache:
                self._proposal_cache[visit.category_id] = self._services.directory.proposals(
                    visit.category_id, len(PROPOSAL_KEYS)
                )
            self.proposals = self._proposal_cache[visit.category_id]
        if not self.proposals:
            self.proposals_label.hide()
            self.proposals_shown.emit(False)
            return
        locale = QLocale()
        lines = []
        for key, proposal in zip(PROPOSAL_KEYS, self.proposals, strict=False):
            occurrence = proposal.next_occurrence
            when = (
                self.tr("{day} {time}, {office}").format(
                    day=locale.toString(qdate(occurrence.day), "ddd d MMM"),
                    time=f"{occurrence.start:%H:%M}",
                    office=self._office_names.get(occurrence.office_id, ""),
                )
                if occurrence
                else self.tr("no permanence planned")
            )
            chosen = visit is not None and visit.organisation_id == proposal.sheet.id
            line = f"<b>{key}</b>&nbsp;&nbsp;{escape(proposal.sheet.acronym)} — {escape(when)}"
            lines.append(f"<u>{line}</u> ✔" if chosen else line)
        self.proposals_label.setText(self.tr("Orient to (key on the pad):") + "<br>" + "<br>".join(lines))
        self.proposals_label.show()
        self.proposals_shown.emit(True)

    def forget_proposals(self) -> None:
        self._proposal_cache.clear()

    def choose_proposal(self, index: int) -> bool:
        """Record the orientation to proposal ``index``; False if there is none."""
        if self._visit is None or not 0 <= index < len(self.proposals):
            return False
        self._save(VisitChange(organisation_id=self.proposals[index].sheet.id))
        return True

    # -- saving --------------------------------------------------------------------
    def _save(self, change: VisitChange) -> None:
        if self._visit is None:
            return
        try:
            visit = self._services.visits.update(self._visit.uid, change)
        except UserError as exc:
            self.show_visit(self._visit)
            show_refusal(self.error_label, exc)
            return
        self.show_visit(visit)
        self.visit_changed.emit(visit.uid)

    def _on_time_edit_editing_finished(self) -> None:
        if self._visit is None:
            return
        t = self.time_edit.time()
        when = datetime.combine(self._visit.visited_at.date(), datetime.min.time()).replace(
            hour=t.hour(), minute=t.minute()
        )
        if when.replace(second=0) != self._visit.visited_at.replace(second=0):
            self._save(VisitChange(visited_at=when))

    def _on_neighbourhood_edit_editing_finished(self) -> None:
        """Save what was chosen or typed, in the list's spelling when it names a listed neighbourhood."""
        if self._visit is None:
            return
        typed = self.neighbourhood_edit.text().strip()
        try:
            name = listed_neighbourhood(None if typed in ("", NO_NEIGHBOURHOOD) else typed, self._neighbourhoods)
        except UserError as exc:
            show_refusal(self.error_label, exc)
            return
        if name != self._visit.neighbourhood:
            self._save(VisitChange(neighbourhood=name or ""))
        else:
            self._show_neighbourhood(name)

    def _on_note_edit_editing_finished(self) -> None:
        if self._visit is not None and self.note_edit.text().strip() != (self._visit.note or ""):
            self._save(VisitChange(note=self.note_edit.text()))

    def _on_secondary_menu_triggered(self, _action: QAction) -> None:
        ids = tuple(a.data() for a in self.secondary_menu.actions() if a.isChecked())
        self._save(VisitChange(secondary_ids=ids))

    def _update_note_count(self, text: str) -> None:
        self.note_count.setText(f"{len(text)}/{NOTE_MAX}")
