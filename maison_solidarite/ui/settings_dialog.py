"""Settings: the structure, hours and offices, personal data, and this desk's own choices.

Every field is checked before anything is written, including what the database would
refuse (hours that would strand a planned permanence): a refusal leaves everything as it
was. Each person sees the tabs their role may change;
everyone may choose the language and the text size of the desk they sit at.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..config import FONT_PERCENT_MAX, FONT_PERCENT_MIN, DeskSettings
from ..domain.errors import UserError
from ..domain.roles import Action
from ..domain.structure import ADDRESS_MAX_LINES, check_structure
from ..domain.visits import ProfileField, check_neighbourhoods
from ..services import Services
from .admin.hub_dialog import HubDialog
from .admin.retention_panel import RetentionPanel
from .forms import error_label, select_data, show_refusal
from .logo_setting import LogoPanel
from .messages import show_error
from .reflow import fit_to_screen, hold_wrapped_text
from .rota.offices_panel import OfficesHoursPanel

# The languages the application speaks, each named in its own language.
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


def address_edit(text: str, parent: QWidget) -> QPlainTextEdit:
    """The structure's postal address: four lines, Tab leaves the field."""
    edit = QPlainTextEdit(text, parent)
    edit.setObjectName("structureAddress")
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(QCoreApplication.translate("StructureTab", "Postal address"))
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (ADDRESS_MAX_LINES + 1) + 12)
    return edit


def _stack(tab: QWidget, explanation: str, form: QFormLayout) -> None:
    """An explanation, the form under it, and the room left below (a wrapped label spanning a
    form's row would take that room and push the fields down)."""
    hint = QLabel(explanation, tab)
    hint.setWordWrap(True)
    layout = QVBoxLayout(tab)
    layout.addWidget(hint)
    layout.addLayout(form)
    layout.addStretch(1)


class StructureTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("structureTab")
        structure = services.settings.structure()
        self.name = QLineEdit(structure.name, self)
        self.name.setObjectName("structureName")
        self.address = address_edit(structure.address, self)
        self.error = error_label("structureError")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Postal &address:"), self.address)
        self.logo = LogoPanel(services, self)
        form.addRow(self.tr("Logo:"), self.logo)
        form.addRow(self.error)
        _stack(self, self.tr("The name and the address head the monthly sheet, the annual review and the guide."), form)


class DataTab(QWidget):
    """What the reception records about a visitor, and how long personal data is kept."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataTab")
        fields = QGroupBox(self.tr("Profile fields recorded at the reception (all optional)"), self)
        labels = {
            ProfileField.FIRST_VISIT: self.tr("&First visit or known visitor"),
            ProfileField.AGE_BAND: self.tr("A&ge band"),
            ProfileField.NEIGHBOURHOOD: self.tr("Neigh&bourhood"),
        }
        enabled = services.settings.profile_fields()
        self.profile_boxes: dict[ProfileField, QCheckBox] = {}
        column = QVBoxLayout(fields)
        for field, label in labels.items():
            box = QCheckBox(label, fields)
            box.setChecked(field in enabled)
            column.addWidget(box)
            self.profile_boxes[field] = box
        retention = QGroupBox(self.tr("Retention periods"), self)
        self.retention = RetentionPanel(services, retention)
        QVBoxLayout(retention).addWidget(self.retention)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(retention)
        layout.addStretch(1)

    def profile_fields(self) -> set[ProfileField]:
        return {field for field, box in self.profile_boxes.items() if box.isChecked()}


class NeighbourhoodsTab(QWidget):
    """The neighbourhoods the reception offers, kept by the coordinators as the categories are."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neighbourhoodsTab")
        self.stored = services.settings.neighbourhoods()
        self.names = QPlainTextEdit("\n".join(self.stored), self)
        self.names.setObjectName("neighbourhoodsEdit")
        self.names.setTabChangesFocus(True)
        self.names.setAccessibleName(self.tr("Neighbourhoods, one per line"))
        self.error = error_label("neighbourhoodsError")
        label = QLabel(self.tr("Neighbourhoods, &one per line:"), self)
        label.setBuddy(self.names)
        hint = QLabel(
            self.tr(
                "The reception offers them in this order and spelling, and the statistics count them so;"
                " a name typed without accents or capitals is recorded as listed, another name as typed."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(label)
        layout.addWidget(self.names, 1)  # the whole list in sight, as long as the tab allows
        layout.addWidget(self.error)

    def neighbourhood_names(self) -> list[str]:
        return self.names.toPlainText().splitlines()


class DeskTab(QWidget):
    """This computer's own settings, kept in its desk.json."""

    def __init__(self, services: Services, desk: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTab")
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        select_data(self.language, desk.desk_language())
        self.text_size = QSpinBox(self)
        self.text_size.setObjectName("textSizeSpin")
        self.text_size.setRange(FONT_PERCENT_MIN, FONT_PERCENT_MAX)
        self.text_size.setSingleStep(25)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(desk.text_size())
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleSpin")
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(desk.idle_lock_minutes())
        self.idle.setEnabled(services.can(Action.MANAGE_SETTINGS))
        self.backup_folder = QLineEdit(desk.backup_folder, self)
        self.backup_folder.setObjectName("backupFolderEdit")
        self.backup_folder.setPlaceholderText(self.tr("Beside the database"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        may_back_up = services.can(Action.MANAGE_BACKUPS)
        self.backup_folder.setEnabled(may_back_up)
        self.browse.setEnabled(may_back_up)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.browse)
        self.error = error_label("deskError")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("&Lock the screen after:"), self.idle)
        folder_label = QLabel(self.tr("&Backup folder:"), self)
        folder_label.setBuddy(self.backup_folder)  # a row holding a layout gets no buddy of its own
        form.addRow(folder_label, folder_row)
        # Several desks: an administrator joins this computer to a hub, or leaves it, here too.
        self.hub = QPushButton(self.tr("&Hub and desks…"), self)
        self.hub.setVisible(services.can(Action.MANAGE_HUB))
        self.hub.clicked.connect(lambda: HubDialog(services, self).exec())
        form.addRow(self.hub)
        form.addRow(self.error)
        _stack(
            self,
            self.tr("The language and the text size apply to this computer, and the window opens again with them."),
            form,
        )

    def _on_browse_clicked(self) -> None:
        start = self.backup_folder.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_folder.setText(folder)


class SettingsDialog(QDialog):
    STRUCTURE, OFFICES, DATA, NEIGHBOURHOODS, DESK = range(5)

    def __init__(
        self,
        services: Services,
        desk: DeskSettings,
        parent: QWidget | None = None,
        *,
        with_desk: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._services = services
        self.desk = desk
        self.offices_changed = False
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.structure = StructureTab(services, self.tabs)
        self.offices = OfficesHoursPanel(services, self.tabs)
        self.data = DataTab(services, self.tabs)
        self.places = NeighbourhoodsTab(services, self.tabs)
        self.desk_tab = DeskTab(services, desk, self.tabs)
        self.tabs.addTab(self.structure, self.tr("&Structure"))
        self.tabs.addTab(self.offices, self.tr("&Offices and hours"))
        self.tabs.addTab(self.data, self.tr("&Personal data"))
        self.tabs.addTab(self.places, self.tr("Neig&hbourhoods"))
        self.tabs.addTab(self.desk_tab, self.tr("This &desk"))
        may_set = services.can(Action.MANAGE_SETTINGS)
        self.tabs.setTabVisible(self.STRUCTURE, may_set)
        self.tabs.setTabVisible(self.OFFICES, services.can(Action.EDIT_ROTA))
        self.tabs.setTabVisible(self.DATA, may_set)
        self.tabs.setTabVisible(self.NEIGHBOURHOODS, services.can(Action.EDIT_CATEGORIES))
        self.tabs.setTabVisible(self.DESK, with_desk)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        hold_wrapped_text(self)
        # Large text must not push the buttons off the screen.
        bar = self.tabs.tabBar()
        tabs = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i)) + 40  # no arrows
        fit_to_screen(
            self, max(self.fontMetrics().averageCharWidth() * 90, tabs), self.fontMetrics().lineSpacing() * 34
        )

    def show_tab(self, index: int) -> None:
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def _visible(self, index: int) -> bool:
        return self.tabs.isTabVisible(index)

    def _refuse(self, index: int, label: QLabel, exc: UserError) -> None:
        self.tabs.setCurrentIndex(index)
        show_refusal(label, exc)

    def save(self) -> None:
        """Check every tab, then write; on a refusal, show the tab and say what to change."""
        for label in (self.structure.error, self.offices.error, self.places.error, self.desk_tab.error):
            label.hide()
        if not self._checked():
            return
        services = self._services
        try:
            if self._visible(self.OFFICES) and not self.offices.save_hours():
                self.tabs.setCurrentIndex(self.OFFICES)
                return
            if self._visible(self.STRUCTURE):
                services.settings.set_structure(self.structure.name.text(), self.structure.address.toPlainText())
                self.structure.logo.save()
            if self._visible(self.DATA):
                if self.data.profile_fields() != services.settings.profile_fields():
                    services.settings.set_profile_fields(self.data.profile_fields())
                self.data.retention.save()
            if self._visible(self.NEIGHBOURHOODS) and check_neighbourhoods(self.places.neighbourhood_names()) != (
                self.places.stored
            ):
                services.settings.set_neighbourhoods(self.places.neighbourhood_names())
        except UserError as exc:
            show_error(self, exc)
            return
        self.offices_changed = self.offices.changed
        if self._visible(self.DESK):
            self.desk = DeskSettings(
                desk_id=self.desk.desk_id,
                language=self.desk_tab.language.currentData(),
                idle_minutes=self.desk_tab.idle.value(),
                backup_folder=self.desk_tab.backup_folder.text().strip(),
                font_percent=self.desk_tab.text_size.value(),
            )
        self.accept()

    def _checked(self) -> bool:
        """Every visible tab's fields, including what the database would refuse (hours that
        would strand a planned permanence, a backup folder that cannot take files)."""
        folder = self.desk_tab.backup_folder.text().strip()

        def check_folder_if_changed() -> None:
            if folder and folder != self.desk.backup_folder:
                self._services.backups.check_folder(Path(folder).expanduser())

        checks = (
            (
                self.STRUCTURE,
                self.structure.error,
                lambda: check_structure(self.structure.name.text(), self.structure.address.toPlainText()),
            ),
            (self.OFFICES, self.offices.error, lambda: self._services.rota.check_hours(self.offices.hours())),
            (self.NEIGHBOURHOODS, self.places.error, lambda: check_neighbourhoods(self.places.neighbourhood_names())),
            (self.DESK, self.desk_tab.error, check_folder_if_changed),
        )
        for tab, label, check in checks:
            if not self._visible(tab):
                continue
            try:
                check()
            except UserError as exc:
                self._refuse(tab, label, exc)
                return False
        return True
