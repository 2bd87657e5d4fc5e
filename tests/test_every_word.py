"""Every word of every screen and dialog is in the window's language.

Each screen and dialog is opened offscreen, in French and then in English, with
demonstration data, and every text a person may read is collected: window titles, labels,
buttons, group boxes, tab titles, menus and actions, tooltips, placeholders, accessible
names, combo items, the headers and cells of every table and list (through their models),
the wizard's pages and buttons, spin box suffixes.

How a text of the program is told from a data value (a partner's name, a date, a figure):
the catalogue (resources/translations/*.ts) holds every source string of the program with
its French. In French, a text equal to a source string (or matching a source template such
as "{count} visits") whose French is different, and that is no French translation either,
is English left untranslated: looked up under the wrong context, or not looked up at all.
In English, a text equal to a French translation that is no source string is French left
behind. Qt's own button words are checked the same way. A data value that happens to be a
catalogue string is listed in DATA_VALUES with its reason.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from maison_solidarite.domain.errors import QT_TRANSLATE_NOOP
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import Period, number_format
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "maison_solidarite_fr.ts"
PASSWORD = "Accueil-2026!mds"

# Texts that are both a catalogue string and a data value, with the reason they may show.
DATA_VALUES: dict[str, str] = {}
# Qt's own words for its standard buttons and wizard buttons (from qtbase's catalogue).
QT_ENGLISH = {"Cancel", "&Cancel", "Close", "&Close", "Save", "&Save", "Yes", "&Yes", "No", "&No", "Apply", "&Apply"}
QT_ENGLISH |= {"Discard", "Reset", "Restore Defaults", "Help", "&Help", "Open", "&Open", "< &Back", "&Next >"}
QT_ENGLISH |= {"&Finish", "&Commit", "Abort", "Retry", "Ignore", "Save All", "Yes to &All", "N&o to All"}
QT_FRENCH = {"Annuler", "&Annuler", "Fermer", "&Fermer", "Enregistrer", "&Enregistrer", "Oui", "&Oui", "Non", "&Non"}
QT_FRENCH |= {"Appliquer", "&Appliquer", "< &Précédent", "&Suivant >", "&Terminer", "Ouvrir", "&Ouvrir", "Aide"}


@dataclass
class Catalogue:
    """The shipped catalogue: every source string, and every French translation of one."""

    sources: set[str] = field(default_factory=set)
    french: set[str] = field(default_factory=set)  # translations that differ from their source
    english_templates: list[re.Pattern[str]] = field(default_factory=list)
    french_templates: list[re.Pattern[str]] = field(default_factory=list)
    translations: set[str] = field(default_factory=set)  # every translation, equal to its source or not
    pending: set[str] = field(default_factory=set)  # sources new in the code, not yet in the catalogue

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        catalogue = cls()
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            texts = forms or [node.text or "" if node is not None else ""]
            if node is None or node.get("type") or not all(texts):  # not translated yet
                catalogue.pending.add(source)
                continue
            for text in texts:
                catalogue.add(source, text)
        return catalogue

    def add(self, source: str, translation: str) -> None:
        self.sources.add(source)
        self.translations.add(translation)
        if translation and translation != source:
            self.french.add(translation)
            for text, templates in ((source, self.english_templates), (translation, self.french_templates)):
                pattern = template(text)
                if pattern is not None:
                    templates.append(pattern)


def template(text: str) -> re.Pattern[str] | None:
    """A source such as "{count} visits" or "%n entries" as a pattern; None if it has no slot
    or too few words of its own to tell it from a data value."""
    parts = re.split(r"\{\w*\}|%n|%L?\d", text)
    if len(parts) < 2 or len(re.findall(r"[^\W\d_]{3,}", "".join(parts))) < 2:
        return None
    return re.compile("^" + "(.+?)".join(re.escape(part) for part in parts) + "$", re.DOTALL)


def strings_in_code(folder: Path) -> set[tuple[str, str]]:
    """(context, source) of every string the code marks for translation, as lupdate reads them."""
    fresh = folder / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "maison_solidarite").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The shipped catalogue. A string the code has under a context the catalogue does not
    have yet, or has without its French yet, is pending: test_translations asks for it
    ("run make translations, then translate"), not this test."""
    loaded = Catalogue.load(TS)
    shipped = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
    }
    loaded.pending |= {source for _context, source in strings_in_code(tmp_path_factory.mktemp("lupdate")) - shipped}
    return loaded


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def untranslated(text: str, catalogue: Catalogue) -> bool:
    """In French: an English source string (or template) shown as is."""
    if text in DATA_VALUES or text in catalogue.translations or text in catalogue.pending:
        return False
    if text in QT_ENGLISH:
        return True
    if text in catalogue.sources:
        return True
    if any(p.match(text) for p in catalogue.french_templates):
        return False
    return any(p.match(text) for p in catalogue.english_templates)


def left_in_french(text: str, catalogue: Catalogue) -> bool:
    """In English: a French translation (or template) shown instead of the source."""
    if text in DATA_VALUES or text in catalogue.sources:
        return False
    if text in QT_FRENCH or text in catalogue.french:
        return True
    if any(p.match(text) for p in catalogue.english_templates):
        return False
    return any(p.match(text) for p in catalogue.french_templates)


# -- reading what a person reads ------------------------------------------------------------
def model_texts(model: QAbstractItemModel | None, rows: int = 40) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    display, tooltip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model: one column, kept private
        columns = 1
    for section in range(columns):
        for role in (display, tooltip):
            yield "header", str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(top), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (display, tooltip):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "cell", value


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text ``widget`` shows itself (not its children's)."""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "status tip", widget.statusTip()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
        yield "label", widget.text()
    elif isinstance(widget, QLabel):
        yield from (("label", line) for line in re.split(r"<[^>]+>", widget.text()))
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group box", widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        yield from (("spin box", widget.suffix()), ("spin box", widget.prefix()))
    if isinstance(widget, QAbstractSpinBox):
        yield "spin box", widget.specialValueText()
    if isinstance(widget, QAbstractItemView):
        yield from model_texts(widget.model())
    if isinstance(widget, QWizard):
        for page_id in widget.pageIds():
            page = widget.page(page_id)
            yield from (("wizard page", page.title()), ("wizard page", page.subTitle()))
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
            yield "wizard button", widget.buttonText(button)
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield "wizard button", widget.buttonText(button)
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    for action in widget.actions():
        yield from (("action", action.text()), ("action tooltip", action.toolTip()))
        if action.menu() is not None:
            yield from (("menu", action.menu().title()),)


def every_text(top: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, what, text) for ``top`` and every widget inside it, hidden ones included."""
    widgets = [top, *top.findChildren(QWidget)]
    if isinstance(top, QMainWindow):
        widgets += [menu for action in top.menuBar().actions() if (menu := action.menu()) is not None]
        widgets += [child for menu in list(widgets) if isinstance(menu, QMenu) for child in menu.findChildren(QMenu)]
    for widget in widgets:
        where = f"{type(top).__name__} > {type(widget).__name__}({widget.objectName()})"
        for what, text in widget_texts(widget):
            for line in text.splitlines() or [text]:
                if line.strip() and re.search(r"[^\W\d_]", line):
                    yield where, what, line.strip()
            if "\n" in text:
                yield where, what, text.strip()


def wrong_words(top: QWidget, language: str, catalogue: Catalogue) -> list[str]:
    check = untranslated if language == "fr" else left_in_french
    found = set()
    for where, what, text in every_text(top):
        if text in catalogue.pending:
            continue  # new in the code: test_translations asks for its French
        if check(text, catalogue) or (check(plain(text), catalogue) and plain(text) != text):
            found.add(f"{where} {what}: {text!r}")
    return sorted(found)


# -- the screens and dialogs ------------------------------------------------------------------
NOW = datetime(2026, 11, 26, 10, 42)


@dataclass
class World:
    services: Services
    folder: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One database for every screen: demonstration data, two accounts, a backup, an audit trail."""
    from maison_solidarite.db.schema import prepare_database
    from maison_solidarite.services.context import DeskContext

    folder = tmp_path_factory.mktemp("every_word")
    prepared = prepare_database(str(folder / "maison.sqlite3"), folder / "backups", busy_timeout_ms=2000)
    ctx = DeskContext(desk_id="desk-test", agent="admin", clock=lambda: NOW, role=Role.ADMINISTRATOR)
    services = Services.create(prepared.db, ctx)
    services.accounts.create_first_administrator("admin", PASSWORD)
    services.accounts.create("nadia", Role.AGENT, "Bonjour-Accueil-2026")
    load_demo(prepared.db, ctx, years=0.1, per_year=2000)
    sheet = services.directory.sheets()[0]
    services.directory.save(replace(sheet, appointments_enabled=True, by_appointment=True))
    (folder / "backups").mkdir(exist_ok=True)
    services.backups.back_up_now(folder / "backups")
    yield World(services, folder)
    prepared.db.dispose()


def main_window(world: World, language: str) -> QWidget:
    from maison_solidarite.ui.main_window import MainWindow

    return MainWindow(
        world.services, language, backup_dir=world.folder / "backups", settings_file=world.folder / "desk.json"
    )


def lock_page(world: World, language: str) -> QWidget:
    window = main_window(world, language)
    window.lock()
    return window


def login(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.login import LoginDialog

    return LoginDialog(world.services.accounts, structure=world.services.settings.structure().name)


def first_run(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.first_run import FirstRunWizard

    return FirstRunWizard(world.services)


def settings(world: World, _language: str) -> QWidget:
    from maison_solidarite.config import DeskSettings
    from maison_solidarite.ui.settings_dialog import SettingsDialog

    return SettingsDialog(world.services, DeskSettings(), None, with_desk=True)


def help_guide(_world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.help import HelpDialog

    return HelpDialog()


def about(world: World, _language: str) -> QWidget:
    from maison_solidarite.config import AppPaths
    from maison_solidarite.ui.help import AboutDialog

    return AboutDialog(world.services.location, AppPaths(world.folder, world.folder, world.folder))


def accounts(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.accounts_dialog import AccountsDialog

    return AccountsDialog(world.services)


def account_form(_world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.accounts_dialog import AccountForm

    parent = QWidget()
    form = AccountForm(parent, "")
    form.setParent(None)
    return form


def audit(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.audit_dialog import AuditDialog

    dialog = AuditDialog(world.services)
    dialog.since.setDate(dialog.since.date().addYears(-1))  # the demonstration's entries too
    return dialog


def hub(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.hub_dialog import HubDialog

    return HubDialog(world.services)


def categories(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.categories_dialog import CategoriesDialog

    return CategoriesDialog(world.services)


def restore(world: World, language: str) -> QWidget:
    from maison_solidarite.ui.admin.restore_dialog import RestoreDialog

    return RestoreDialog(world.folder / "backups", language)


def visits_import(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.admin.visits_import import VisitsImport

    parent = QWidget()  # the progress dialog is the import's window
    parent.setProperty("import", VisitsImport(world.services, parent))
    return parent


def series(world: World, _language: str, editing: bool = False) -> QWidget:
    from maison_solidarite.ui.rota.series_dialog import SeriesDialog

    rota = world.services.rota
    occurrence = rota.occurrences(NOW.date(), NOW.date().replace(day=28))[0] if editing else None
    organisations = world.services.organisations.list()
    return SeriesDialog(world.services, organisations, rota.offices(), occurrence=occurrence)


def series_edit(world: World, language: str) -> QWidget:
    return series(world, language, editing=True)


def scope(_world: World, _language: str) -> QWidget:
    dialogs = pytest.importorskip("maison_solidarite.ui.rota.scope_dialog")  # the question before an edit

    return dialogs.ScopeDialog("CRESUS — lundi 23/11, 13:30–16:30, Bureau 1")


def closures(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.rota.closures_dialog import ClosuresDialog

    return ClosuresDialog(world.services)


def appointment(world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.directory.appointment_dialog import AppointmentDialog

    sheet = next(s for s in world.services.directory.sheets() if s.appointments_enabled)
    return AppointmentDialog(world.services, sheet)


def sheet_preview(world: World, language: str) -> QWidget:
    from maison_solidarite.ui.statistics.widgets import PreviewDialog

    period = Period.month(2026, 11)
    data = world.services.statistics_outputs.monthly_pdf(period, QCoreApplication.translate, number_format(language))
    return PreviewDialog(data, QCoreApplication.translate("StatisticsView", "Statistics sheet"))


def crash(_world: World, _language: str) -> QWidget:
    from maison_solidarite.ui.crash import CrashDialog

    return CrashDialog("Traceback (most recent call last): …", None)


SCREENS = {
    f.__name__: f
    for f in (
        main_window,
        lock_page,
        login,
        first_run,
        settings,
        help_guide,
        about,
        accounts,
        account_form,
        audit,
        hub,
        categories,
        restore,
        visits_import,
        series,
        series_edit,
        scope,
        closures,
        appointment,
        sheet_preview,
        crash,
    )
}


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, french_app: QApplication) -> Iterator[str]:
    from maison_solidarite.ui.app import install_translators

    install_translators(french_app, request.param)
    yield request.param
    install_translators(french_app, "fr")


def open_every_tab(qtbot, window: QWidget) -> None:
    """Show each tab of the main window as a person would, so that each loads its content."""
    from maison_solidarite.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        return
    tabs = window.tabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
    statistics = window.statistics
    qtbot.waitUntil(lambda: statistics.job.running is False, timeout=10_000)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_word_is_in_the_window_s_language(
    qtbot, world: World, language: str, catalogue: Catalogue, screen: str
) -> None:
    widget = SCREENS[screen](world, language)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    open_every_tab(qtbot, widget)
    texts = list(every_text(widget))
    assert any(what in ("window title", "button", "label") for _where, what, _text in texts)  # the walk reads it
    assert wrong_words(widget, language, catalogue) == []
    widget.close()


# -- the walk itself catches what it is for ----------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        ("fr", QT_TRANSLATE_NOOP("AccountsDialog", "reception agent"), True),  # looked up under another context
        ("fr", "agent d'accueil", False),
        ("fr", "Close", True),  # Qt's own button word, untranslated
        ("fr", "CCAS de Dijon", False),  # a data value
        ("fr", "Santé", False),
        ("fr", "%n visites", False),
        ("en", "agent d'accueil", True),  # French left in English
        ("en", "Fermer", True),
        ("en", "reception agent", False),
        ("en", "CCAS de Dijon", False),
    ],
)
def test_the_walk_tells_program_words_from_data(
    qtbot, french_app, catalogue: Catalogue, language: str, text: str, wrong: bool
) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    dialog = QWidget()
    dialog.setWindowTitle("Maison de la Solidarité")
    QVBoxLayout(dialog).addWidget(QLabel(text, dialog))
    qtbot.addWidget(dialog)
    assert bool(wrong_words(dialog, language, catalogue)) is wrong


def test_a_template_shown_in_english_is_caught_in_french(catalogue: Catalogue) -> None:
    assert untranslated("Backup written: /media/cle/maison.sqlite3", catalogue)
    assert not untranslated("Sauvegarde écrite : /media/cle/maison.sqlite3", catalogue)
    assert left_in_french("Sauvegarde écrite : /media/cle/maison.sqlite3", catalogue)
