"""The person key at the reception, typed with real key presses; and no typed name in any file the app wrote."""

from __future__ import annotations

import contextlib
import io
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from maison_solidarite.__main__ import main
from maison_solidarite.domain.person_key import normalise_name, printable_code
from maison_solidarite.logs import start_logging
from maison_solidarite.services.backups import back_up_now
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.reception.person_key_dialog import PersonKeyDialog

from .conftest import T0, show_active

BIRTH_NAME, FIRST_NAME, BORN = "Quastrelli-Vauzoux", "Zéphyrine", "04/03/1961"
CLI_NAME, CLI_FIRST = "Ombrevallée", "Théodulphe"
ATTENDING, ATTENDING_FIRST = "Kerbrat-Ollivro", "Gwenaëlle"


@pytest.fixture
def window(qtbot, french_app, home, services):
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(lambda: win.reception.pad.hasFocus())
    return win


def person_keys(services) -> list[str | None]:
    with services.db.read() as session:
        return list(session.scalars(text("SELECT person_key FROM visits ORDER BY id")))


def open_key_dialog(qtbot, window) -> PersonKeyDialog:
    """A visit logged with a key press, then Alt+E (the field's letter in French): the dialog."""
    view = window.reception
    window.activateWindow()  # as the window manager does when a dialog closes (offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Escape gives the keys back to the pad
    qtbot.waitUntil(view.pad.hasFocus)
    with qtbot.waitSignal(view.visit_logged, timeout=2000):
        qtbot.keyClick(view.pad, Qt.Key.Key_2)
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)  # to the details
    qtbot.waitUntil(lambda: view.detail.isAncestorOf(QApplication.focusWidget()))
    # The field's letter opens the dialog at once (a label's letter clicks the button it names).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    button = view.detail.person_key_button
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible())
    dialog = button.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.entry.birth_name.hasFocus)
    return dialog


def type_text(qtbot, widget, typed: str) -> None:
    """Key presses as a French keyboard sends them: QTest types ASCII only, so a letter with an
    accent goes as the key event its key sends (its key code and its text)."""
    for char in typed:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = Qt.Key(ord(char.upper())) if ord(char.upper()) < 0x100 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def type_person(qtbot, dialog: PersonKeyDialog, name: str, first: str, born: str) -> None:
    entry = dialog.entry
    type_text(qtbot, entry.birth_name, name)
    qtbot.keyClick(entry.birth_name, Qt.Key.Key_Tab)
    qtbot.waitUntil(entry.first_name.hasFocus)
    type_text(qtbot, entry.first_name, first)
    qtbot.keyClick(entry.first_name, Qt.Key.Key_Tab)
    qtbot.waitUntil(entry.birth_date.hasFocus)
    type_text(qtbot, entry.birth_date, born)


def test_the_key_is_typed_in_the_detail_panel_and_only_the_key_is_kept(qtbot, window, services) -> None:
    dialog = open_key_dialog(qtbot, window)
    type_person(qtbot, dialog, BIRTH_NAME, FIRST_NAME, BORN)
    left: list[tuple[str, bool]] = []
    dialog.finished.connect(lambda _r: left.extend((e.text(), e.isUndoAvailable()) for e in dialog.entry.edits()))
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_Return)
    [key] = person_keys(services)
    assert key == services.person_keys.key_of_typed("QUASTRELLI VAUZOUX", "zephyrine", "1961-03-04", T0.date())
    assert left == [("", False)] * 4  # emptied, and nothing to undo back into them
    button = window.reception.detail.person_key_button
    qtbot.waitUntil(lambda: button.dialog is None)  # and the dialog itself is gone
    assert button.text() != "" and window.reception.detail.visit.person_key == key


def test_a_card_code_gives_the_same_key(qtbot, window, services) -> None:
    key = services.person_keys.key_of_typed(BIRTH_NAME, FIRST_NAME, BORN, T0.date())
    dialog = open_key_dialog(qtbot, window)
    qtbot.keyClick(dialog.entry.birth_name, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "or card code"
    qtbot.waitUntil(dialog.entry.code.hasFocus)
    qtbot.keyClicks(dialog.entry.code, printable_code(key).lower())
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(dialog.entry.code, Qt.Key.Key_Return)
    assert person_keys(services) == [key]


@pytest.mark.parametrize(
    ("name", "first", "born"),
    [
        ("", FIRST_NAME, BORN),
        (BIRTH_NAME, "", BORN),
        (BIRTH_NAME, FIRST_NAME, "31/02/1961"),
        (BIRTH_NAME, FIRST_NAME, "01/01/2030"),
    ],
)
def test_bad_input_is_said_inline_and_nothing_is_written(qtbot, window, services, name, first, born) -> None:
    dialog = open_key_dialog(qtbot, window)
    type_person(qtbot, dialog, name, first, born)
    qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.entry.error.isVisible)
    assert dialog.isVisible() and dialog.entry.error.text()
    assert BIRTH_NAME not in dialog.entry.error.text() and FIRST_NAME not in dialog.entry.error.text()
    assert person_keys(services) == [None]
    left: list[str] = []
    dialog.finished.connect(lambda _r: left.extend(e.text() for e in dialog.entry.edits()))
    qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_Escape)  # cancelled: the fields are emptied too
    qtbot.waitUntil(lambda: left != [])
    assert left == [""] * 4
    assert person_keys(services) == [None]


def test_the_key_is_removed_from_the_visit(qtbot, window, services) -> None:
    dialog = open_key_dialog(qtbot, window)
    type_person(qtbot, dialog, BIRTH_NAME, FIRST_NAME, BORN)
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_Return)
    button = window.reception.detail.person_key_button
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible())
    second = button.dialog
    assert second is not None and second.remove_button.isVisible()
    qtbot.waitUntil(second.entry.birth_name.hasFocus)
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(second.entry.birth_name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # « Re&tirer la clé »
    assert person_keys(services) == [None]


def forms(*typed: str) -> set[bytes]:
    """Every way a name may have been written: as typed, in capitals, in small letters, without
    accents, normalised, in UTF-8 and UTF-16 (Qt's own strings)."""
    found: set[str] = set()
    for word in typed:
        bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        for form in (word, bare, normalise_name(word)):
            found |= {form, form.upper(), form.lower(), form.casefold()}
        found |= {part for part in word.replace("-", " ").split() if len(part) >= 5}
    return {f.encode(encoding) for f in found if len(f) >= 5 for encoding in ("utf-8", "utf-16-le")}


def test_no_typed_name_in_any_file_the_app_wrote(qtbot, window, services, home: Path, tmp_path: Path) -> None:
    start_logging(home / "state" / "log")
    dialog = open_key_dialog(qtbot, window)
    type_person(qtbot, dialog, BIRTH_NAME, FIRST_NAME, BORN)
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_Return)
    second = open_key_dialog(qtbot, window)  # typed wrong first, then corrected
    type_person(qtbot, second, BIRTH_NAME, FIRST_NAME, "04/03/2061")
    qtbot.keyClick(second.entry.birth_date, Qt.Key.Key_Return)
    qtbot.waitUntil(second.entry.error.isVisible)
    second.entry.birth_date.selectAll()
    type_text(qtbot, second.entry.birth_date, BORN)
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        qtbot.keyClick(second.entry.birth_date, Qt.Key.Key_Return)
    cli_db = str(tmp_path / "data" / "maison.sqlite3")
    person = f"{CLI_NAME};{CLI_FIRST};1979-12-24"
    assert main(["--db", cli_db, "visit", "add", "--category", "rights", "--person", person]) == 0
    assert main(["--db", cli_db, "visit", "add", "--category", "rights", "--person", f"{CLI_NAME};;1979-12-24"]) == 2
    (tmp_path / "backups").mkdir(exist_ok=True)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):  # a collective action held last week, with one participant
        assert main(["--db", cli_db, "event", "add", "--kind", "action", "--title", "Petit-déjeuner santé",
                     "--at", f"{date.today() - timedelta(days=7):%Y-%m-%d}T09:00"]) == 0  # fmt: skip
    event = out.getvalue().split()[-1]
    assert main(["--db", cli_db, "event", "status", event, "held"]) == 0
    assert (
        main(["--db", cli_db, "event", "attend", event, "--person", f"{ATTENDING};{ATTENDING_FIRST};1990-05-06"]) == 0
    )
    back_up_now(services.db, services.ctx, tmp_path / "backups")
    keys = person_keys(services)
    assert len(keys) == 3 and keys[0] == keys[1] and None not in keys
    window.close()
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    assert "maison.sqlite3" in names and "maison.sqlite3-wal" in names and "person-key.secret" in names
    assert any(path.suffix == ".log" for path in files) and any("backups" in path.parts for path in files)
    with services.db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM person_attendance")) == 1
    typed = forms(BIRTH_NAME, FIRST_NAME, CLI_NAME, CLI_FIRST, ATTENDING, ATTENDING_FIRST)
    typed |= {b"04/03/1961", b"1961-03-04", b"1979-12-24", b"1990-05-06"}
    for path in files:
        data = path.read_bytes()
        found = [form for form in typed if form in data]
        assert found == [], f"{path}: {found}"


def test_an_administrator_sets_the_keys_retention_and_period_in_the_settings(qtbot, french_app, services) -> None:
    from maison_solidarite.config import DeskSettings
    from maison_solidarite.services.audit import entries
    from maison_solidarite.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, DeskSettings(), with_desk=False)
    qtbot.addWidget(dialog)
    panel = dialog.data.retention
    assert panel.person_keys.value() == 24 and not panel.across_years.isChecked()
    assert (panel.person_keys.minimum(), panel.person_keys.maximum()) == (12, 120)
    panel.person_keys.setValue(36)
    panel.across_years.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert services.person_keys.retention_months() == 36 and services.person_keys.across_years()
    changed = [(e.key, e.after) for e in entries(services.db, "setting")]
    assert changed == [("person_key_retention_months", {"value": 36}), ("person_key_across_years", {"value": True})]


def test_a_card_is_previewed_from_the_dialog_and_the_key_recorded(qtbot, window, services) -> None:
    from maison_solidarite.services.audit import entries
    from maison_solidarite.ui.statistics.widgets import PreviewDialog

    dialog = open_key_dialog(qtbot, window)
    type_person(qtbot, dialog, BIRTH_NAME, FIRST_NAME, BORN)
    qtbot.keyClick(dialog.entry.birth_date, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Print a card…"
    qtbot.waitUntil(lambda: dialog.findChild(PreviewDialog) is not None)
    preview = dialog.findChild(PreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.document.pageCount() == 1
    assert all(edit.text() == "" for edit in dialog.entry.edits())  # the key is computed: the name is gone
    with qtbot.waitSignal(window.reception.detail.visit_changed, timeout=2000):
        preview.close_button.click()
    [key] = person_keys(services)
    assert key == services.person_keys.key_of_typed(BIRTH_NAME, FIRST_NAME, BORN, T0.date())
    assert [e.action for e in entries(services.db, "person_card")] == ["print"]
