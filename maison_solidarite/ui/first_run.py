"""The first start: the structure, its opening hours and offices, its data, its administrator.

Each page checks what was typed before the next one shows, and nothing is written until
the last page is accepted: quitting half-way leaves the database as it was, and the
wizard comes back at the next start.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.accounts import Account, check_confirmation, check_password, normalise_login
from ..domain.errors import UserError
from ..domain.structure import check_structure
from ..services import Services
from ..services.setup import FirstStart
from .forms import error_label, show_refusal
from .rota.offices_panel import add_hour_fields, read_hour_fields
from .settings_dialog import address_edit


def _say(label: QLabel, error: UserError | None) -> bool:
    """Show the error under the page's fields; True when there was none."""
    if error is None:
        label.hide()
    else:
        show_refusal(label, error)
    return error is None


class Page(QWizardPage):
    """A page with a title and, under it, an explanation that wraps (a wizard's own subtitle
    is cut after two lines at large text sizes)."""

    def __init__(self, title: str, explanation: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.intro = QLabel(explanation, self)
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addSpacing(8)
        self.error = error_label("pageError")

    def check(self) -> None:
        """Raise UserError when what the page holds cannot be accepted."""

    def validatePage(self) -> bool:
        try:
            self.check()
        except UserError as exc:
            return _say(self.error, exc)
        return _say(self.error, None)


class StructurePage(Page):
    def __init__(self, services: Services) -> None:
        super().__init__(
            QCoreApplication.translate("StructurePage", "Your structure"),
            QCoreApplication.translate(
                "StructurePage",
                "Its name and address head every printed sheet. You can change them later in the settings.",
            ),
        )
        self.setObjectName("structurePage")
        current = services.settings.structure()
        self.name = QLineEdit(current.name, self)
        self.name.setObjectName("structureName")
        self.name.setAccessibleName(self.tr("Name of the structure"))
        self.address = address_edit(current.address, self)
        self.address.setPlaceholderText(self.tr("1 place de la Mairie\n21000 Dijon"))
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Postal &address:"), self.address)
        form.addRow(self.error)
        self.body.addStretch(1)

    def check(self) -> None:
        check_structure(self.name.text(), self.address.toPlainText())


class HoursPage(Page):
    def __init__(self, services: Services) -> None:
        super().__init__(
            QCoreApplication.translate("HoursPage", "Opening hours"),
            QCoreApplication.translate(
                "HoursPage",
                "For example 09:00-12:00, 13:30-17:00. Leave a day empty when the Maison is closed.",
            ),
        )
        self.setObjectName("hoursPage")
        self._services = services
        form = QFormLayout()
        self.body.addLayout(form)
        self.days = add_hour_fields(form, services.rota.opening_hours())
        form.addRow(self.error)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        self.days[0].selectAll()  # typing replaces the example instead of adding to it

    def hours(self) -> dict[int, tuple[tuple[time, time], ...]]:
        return read_hour_fields(self.days)

    def check(self) -> None:
        self._services.rota.check_hours(self.hours())  # also against the permanences already planned


class OfficesPage(Page):
    def __init__(self, services: Services) -> None:
        super().__init__(
            QCoreApplication.translate("OfficesPage", "Permanence offices"),
            QCoreApplication.translate(
                "OfficesPage",
                "The rooms where the partners receive visitors, one name per line.",
            ),
        )
        self.setObjectName("officesPage")
        self._services = services
        self.names = QPlainTextEdit("\n".join(o.name for o in services.rota.offices()), self)
        self.names.setObjectName("officeNames")
        self.names.setAccessibleName(self.tr("Office names, one per line"))
        self.names.setTabChangesFocus(True)
        self.body.addWidget(self.names)
        self.body.addWidget(self.error)

    def offices(self) -> list[str]:
        return self.names.toPlainText().splitlines()

    def check(self) -> None:
        self._services.rota.plan_offices(self.offices())  # an office that holds permanences stays open


class DataPage(Page):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("DataPage", "Your data"),
            QCoreApplication.translate(
                "DataPage",
                "Start empty to log real visits from today. Demonstration data (eighteen partners, a rota and "
                "three years of invented visits) lets you try the application first. It is fictitious: use it to learn "
                "or to train, on a desk that does not serve the public.",
            ),
        )
        self.setObjectName("dataPage")
        self.empty = QRadioButton(self.tr("Start &empty"), self)
        self.empty.setObjectName("startEmpty")
        self.demo = QRadioButton(self.tr("Load &demonstration data"), self)
        self.demo.setObjectName("startDemo")
        self.empty.setChecked(True)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.demo)
        self.body.addStretch(1)


class AdministratorPage(Page):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("AdministratorPage", "The administrator's account"),
            QCoreApplication.translate(
                "AdministratorPage",
                "The administrator manages the accounts, the settings and the backups. The password needs at least "
                "12 characters with a capital letter, a small letter, a digit and a special character, or a phrase "
                "of at least 7 words.",
            ),
        )
        self.setObjectName("administratorPage")
        self.login = QLineEdit(self)
        self.login.setObjectName("newLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        self.name.setMaxLength(80)
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmPassword")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name (optional):"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("A&gain:"), self.confirm)
        form.addRow(self.error)
        self.body.addStretch(1)

    def check(self) -> None:
        try:
            login = normalise_login(self.login.text())
            check_confirmation(self.password.text(), self.confirm.text())
            check_password(self.password.text(), login)
        except UserError:
            self.confirm.clear()  # typed again, not guessed
            raise

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        wizard = self.wizard()
        return wizard.apply() if isinstance(wizard, FirstRunWizard) else True


class FirstRunWizard(QWizard):
    """Shown while the database has no account: a new database, or demonstration data only."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("First start — Maison de la Solidarité"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every system
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._services = services
        self.account: Account | None = None
        # No parent: addPage() adopts the pages shown; the data page, when left out, must not
        # be a stray child drawn over the wizard.
        self.structure = StructurePage(services)
        self.hours = HoursPage(services)
        self.offices = OfficesPage(services)
        self.data = DataPage()
        self.administrator = AdministratorPage()
        pages = [self.structure, self.hours, self.offices]
        if not services.holds_visits():  # a database that holds visits keeps them, and no demo is added
            pages.append(self.data)
        pages.append(self.administrator)
        for page in pages:
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        for number, page in enumerate(pages, start=1):  # where one is, and how far to go
            page.setTitle(
                self.tr("Step {number} of {count}: {title}").format(number=number, count=len(pages), title=page.title())
            )
        metrics = self.fontMetrics()
        self.setMinimumSize(max(640, metrics.averageCharWidth() * 85), max(540, metrics.lineSpacing() * 26))

    def apply(self) -> bool:
        """Write what the pages hold, as the new administrator; False (and a message) on failure."""
        page = self.administrator
        start = FirstStart(
            structure_name=self.structure.name.text(),
            address=self.structure.address.toPlainText(),
            hours=self.hours.hours(),
            office_names=self.offices.offices(),
            login=page.login.text(),
            password=page.password.text(),
            display_name=page.name.text(),
            demo=self.data.demo.isChecked(),
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.account = self._services.set_up(start)
        except UserError as exc:
            return _say(page.error, exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True
