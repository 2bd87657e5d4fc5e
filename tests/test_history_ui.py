"""The windows of past years and paper days, typed with real keys: the grid of past totals
(Administration menu), the paper day beside the live visits, and the tally sheet printed
from the reception."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from maison_solidarite.domain.history import Half
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.history.counts_grid import CountsGrid
from maison_solidarite.ui.history.paper_day_dialog import LIVE, PAPER, PAPER_BEFORE, PaperDayDialog
from maison_solidarite.ui.history.past_years_dialog import PastYearsDialog
from maison_solidarite.ui.history.tally_print import TallySheetDialog
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active
from .test_accessibility import mnemonics, unnamed
from .test_dialogs_fit import assert_nothing_cut, on_desk

NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key on whatever has the focus, as a person presses it (the grid's editor once it opens);
    the events it posts are handled before the next key, as between a person's key presses."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)
        QApplication.processEvents()


@pytest.fixture
def live(services, clock):
    """A desk that began logging live on 2 March 2026: two visits that day, three today."""
    clock.current = datetime(2026, 3, 2, 10, 0)
    codes = {c.code: c.id for c in services.categories.list()}
    for code in ("rights", "rights"):
        services.visits.log(codes[code])
    clock.current = NOW
    for code in ("rights", "health", "rights"):
        services.visits.log(codes[code])
    return services


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="0123456789 ,.-+e²٣\u00a0\u202f", max_size=7))
def test_whatever_is_typed_in_a_cell_is_a_count_or_named_as_wrong(qapp, text: str) -> None:
    grid = CountsGrid("grid", "grid")
    grid.set_grid([("rights", "Accès aux droits sociaux")], ["janv."], {0})
    grid.item(0, 0).setText(text)
    counts, bad = grid.counts(0)
    digits = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not text.strip():
        assert counts == {} and bad == []  # not known: nothing saved, nothing wrong
    elif digits.isascii() and digits.isdigit():
        assert counts == {"rights": int(digits)} and bad == []  # "1 200" as the paper writes it
    else:
        assert counts == {} and [(b.row, b.column, b.text) for b in bad] == [(0, 0, text.strip())]


def test_past_totals_typed_month_by_month_are_saved_and_counted(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PastYearsDialog(live), (1300, 700))
    assert dialog.year.value() == 2025  # the year before counting began
    dialog.year.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2024")
    assert dialog.year.value() == 2024
    press(qtbot, Qt.Key.Key_Tab)  # the grid's kind: by month
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Bilan 2024")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.grid and dialog.grid.currentColumn() == 0
    for figure in ("410", "385", "402"):  # January, February, March of "Accès aux droits sociaux"
        type_text(qtbot, figure)
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "396")
    press(qtbot, Qt.Key.Key_Return)  # the cell
    assert dialog.grid.text(0, 12) == str(410 + 385 + 402 + 396)  # the row's total, as on paper
    press(qtbot, Qt.Key.Key_Return)  # the dialog: saved
    stored = {(t.period.month, t.category_code): (t.count, t.source) for t in live.history.totals()}
    assert stored == {
        (1, "rights"): (410, "Bilan 2024"),
        (2, "rights"): (385, "Bilan 2024"),
        (3, "rights"): (402, "Bilan 2024"),
        (4, "rights"): (396, "Bilan 2024"),
    }
    assert dialog.saved_note.isVisible() and "2024" in dialog.saved_note.text()
    assert live.history.counting_start().day == date(2024, 1, 1)
    assert "1er janvier 2024" in dialog.start_note.text()
    review = live.statistics.annual_review(2025, lambda _context, text: text)  # the statistics count them
    assert dict(review.totals_by_year)[2024] == 410 + 385 + 402 + 396
    assert dict(review.totals_by_year)[2023] is None  # before counting began: not known, not 0


def test_a_cell_that_is_not_a_count_is_named_and_nothing_is_saved(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PastYearsDialog(live), (1300, 700))
    dialog.grid.setFocus()
    dialog.grid.setCurrentCell(1, 4)  # May, "Budget et surendettement"
    type_text(qtbot, "12,5")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "30")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert live.history.totals() == []  # all or nothing
    assert dialog.error.isVisible()
    message = dialog.error.text()
    assert "Budget et surendettement" in message and "12,5" in message, message
    assert dialog.grid.currentRow() == 1 and dialog.grid.currentColumn() == 4  # back on the bad cell
    assert dialog.grid.item(1, 4).background().color().name() != dialog.grid.item(1, 5).background().color().name()
    press(qtbot, Qt.Key.Key_Delete)  # the bad cell emptied: saved at last
    press(qtbot, Qt.Key.Key_Return)
    assert [(t.period.month, t.count) for t in live.history.totals()] == [(6, 30)]
    assert not dialog.error.isVisible()


def test_a_month_counted_live_already_is_refused_in_its_cell(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PastYearsDialog(live), (1300, 700))
    dialog.year.setValue(2026)
    dialog.grid.setFocus()
    dialog.grid.setCurrentCell(0, 0)
    type_text(qtbot, "300")  # January 2026: before counting began, taken
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "280")  # March 2026: the desk counted it live
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.save()
    assert live.history.totals() == []
    assert "2026-03" in dialog.error.text() and "Accès aux droits sociaux" in dialog.error.text()
    assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (0, 2)
    dialog.grid.typed = False  # left unsaved on purpose: closing asks nothing


def test_a_year_total_only_and_the_day_counting_began(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PastYearsDialog(live), (1300, 700))
    dialog.mode.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the year's total only
    assert dialog.grid.columnCount() == 1
    dialog.grid.setFocus()
    dialog.grid.setCurrentCell(4, 0)  # Santé
    type_text(qtbot, "351")
    press(qtbot, Qt.Key.Key_Return)
    dialog.start_set.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog.start_day.setDate(dialog.start_day.date().addYears(-3))
    assert dialog.save()
    totals = live.history.totals()
    assert [(t.period.year, t.period.month, t.category_code, t.count) for t in totals] == [(2025, None, "health", 351)]
    start = live.history.counting_start()
    assert start.set_day is not None and start.set_day.year == 2023 and start.day == start.set_day


def test_the_administration_menu_opens_the_past_years(qtbot, french_app, services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    action = next(
        a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.objectName() == "pastYearsAction"
    )
    assert action.isVisible() and "&" in action.text()


def test_the_paper_day_shows_the_live_visits_and_takes_the_extra_counts(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PaperDayDialog(live), (1000, 700))
    assert dialog.chosen_day() == NOW.date()
    rights = dialog.grid.codes.index("rights")
    assert dialog.grid.text(rights, LIVE) == "2" and dialog.grid.text(rights, PAPER_BEFORE) == "0"
    assert dialog.grid.verticalHeaderItem(0).text().startswith("1")  # the reception's keys
    dialog.half.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the morning
    dialog.grid.setFocus()
    assert dialog.grid.currentColumn() == PAPER
    type_text(qtbot, "14")
    press(qtbot, Qt.Key.Key_Tab)
    assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (1, PAPER)  # over the read-only columns
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.saved) as saved:
        press(qtbot, Qt.Key.Key_Return)
    assert saved.args == [17]
    tallies = live.tallies.on_day(NOW.date())
    assert {(t.category_code, t.count, t.half) for t in tallies} == {
        ("rights", 14, Half.MORNING),
        ("finance", 3, Half.MORNING),
    }
    assert all(t.entered_by == live.ctx.agent for t in tallies)
    assert dialog.grid.text(rights, PAPER_BEFORE) == "14" and dialog.grid.text(rights, PAPER) == ""
    assert dialog.grid.text(rights, LIVE) == "2"  # the live visits are left as they were


def test_a_paper_day_the_maison_was_closed_is_taken_only_when_confirmed(qtbot, french_app, live, dialogs) -> None:
    dialog = show_active(qtbot, PaperDayDialog(live, day=date(2026, 11, 11)), (1000, 700))  # Armistice
    assert dialog.closed_note.isVisible() and "11 novembre 2026" in dialog.closed_note.text()
    dialog.grid.setFocus()
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)
    dialogs.answers.append(QMessageBox.StandardButton.No)
    assert not dialog.save()
    assert live.tallies.on_day(date(2026, 11, 11)) == []
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    assert dialog.save()
    assert [(t.count, t.closed_day) for t in live.tallies.on_day(date(2026, 11, 11))] == [(9, True)]
    assert dialogs.seen and "11 novembre 2026" in dialogs.seen[0]


def test_a_bad_paper_count_writes_nothing_and_a_day_to_come_cannot_be_chosen(qtbot, french_app, live) -> None:
    dialog = show_active(qtbot, PaperDayDialog(live), (1000, 700))
    assert dialog.day.maximumDate() == dialog.day.date()  # today: a sheet is typed once the day is over
    dialog.grid.setFocus()
    type_text(qtbot, "-4")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.save()
    assert live.tallies.on_day(NOW.date()) == [] and "-4" in dialog.error.text()
    dialog.grid.setCurrentCell(0, PAPER)
    press(qtbot, Qt.Key.Key_Delete)
    assert not dialog.save()  # nothing typed at all: the service says so, nothing written
    assert dialog.error.isVisible() and live.tallies.on_day(NOW.date()) == []
    dialog.grid.typed = False  # left unsaved on purpose: closing asks nothing


def test_the_reception_prints_the_tally_sheet_of_a_day(qtbot, french_app, live, tmp_path: Path) -> None:
    window = MainWindow(live)
    qtbot.addWidget(window)
    buttons = window.reception.paper
    assert "&" in buttons.print_button.text() and "&" in buttons.enter_button.text()
    dialog = buttons.open_tally_sheet()
    qtbot.addWidget(dialog)
    pdf = tmp_path / "feuille.pdf"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    dialog.printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    data = dialog.document()
    assert data is not None and dialog.print_document(data)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    entries = [e for e in live.audit.trail() if e.entity == "tally_sheet"]
    assert len(entries) >= 2  # each sheet made is in the audit trail


def test_the_reception_opens_the_paper_grid_with_alt_and_its_letter(qtbot, french_app, live) -> None:
    window = show_active(qtbot, MainWindow(live))
    opened: list[PaperDayDialog] = []
    original = window.reception.paper.open_paper_day

    def spy() -> PaperDayDialog:
        dialog = original()
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.open()  # not exec(): the test goes on
        return dialog

    window.reception.paper.open_paper_day = spy  # type: ignore[method-assign]
    window.reception.paper.enter_button.clicked.disconnect()
    window.reception.paper.enter_button.clicked.connect(spy)
    text = window.reception.paper.enter_button.text()
    letter = text[text.index("&") + 1].upper()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].grid.rowCount() == len(live.categories.list(active_only=True))


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_both_dialogs_fit_a_desk_screen(qtbot, french_app, services, clock, percent: int) -> None:
    clock.current = NOW
    load_demo(services.db, services.ctx, until=NOW)
    app = QApplication.instance()
    apply_text_size(app, percent)
    try:
        for dialog in (PastYearsDialog(services), PaperDayDialog(services), TallySheetDialog(services)):
            qtbot.addWidget(dialog)
            on_desk(qtbot, dialog)
            assert_nothing_cut(dialog)
            assert unnamed(dialog) == []  # a screen reader names every field
            letters = mnemonics([*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)])
            assert len(letters) == len(set(letters)) >= 3, letters  # Alt and a letter reach one field each
            dialog.close()
    finally:
        apply_text_size(app, 100)


def test_counts_typed_are_not_dropped_without_asking(qtbot, french_app, live, dialogs) -> None:
    dialog = show_active(qtbot, PastYearsDialog(live), (1300, 700))
    dialog.grid.setFocus()
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)
    dialogs.answers.append(QMessageBox.StandardButton.No)
    press(qtbot, Qt.Key.Key_Escape)  # closing: asked, and kept
    assert dialog.isVisible() and dialog.grid.text(0, 0) == "120"
    dialogs.answers.append(QMessageBox.StandardButton.No)
    dialog.year.setValue(2024)  # another year: asked, and kept
    assert dialog.year.value() == 2025 and dialog.grid.text(0, 0) == "120"
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Escape)  # the question took the focus away
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert live.history.totals() == [] and len(dialogs.seen) == 3

    paper = show_active(qtbot, PaperDayDialog(live), (1000, 700))
    paper.grid.setFocus()
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)
    dialogs.answers.append(QMessageBox.StandardButton.No)
    paper.day.setDate(paper.day.date().addDays(-1))  # another day: asked, and kept
    assert paper.chosen_day() == NOW.date() and paper.grid.text(0, PAPER) == "4"
    assert paper.save() and not paper.grid.typed  # saved: closing asks nothing
    qtbot.keyClick(paper.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not paper.isVisible())
    assert len(dialogs.seen) == 4
