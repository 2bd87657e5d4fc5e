"""Orientation at reception, by keyboard alone, ending in the database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)


@pytest.fixture
def window(qtbot, french_app, services, clock):
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.02)
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(win.reception.pad.hasFocus)
    return win


def last_visit(services) -> tuple:
    with services.db.read() as session:
        return session.execute(
            text(
                "SELECT c.code, v.outcome, o.acronym FROM visits v JOIN categories c ON c.id = v.category_id "
                "LEFT JOIN organisations o ON o.id = v.organisation_id WHERE v.desk_id = 'desk-test' ORDER BY v.id DESC LIMIT 1"
            )
        ).one()


def test_one_key_orients_the_visit_to_a_proposed_partner(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_2)  # Budget et surendettement
    panel = view.detail
    proposed = [p.sheet.acronym for p in panel.proposals]
    assert set(proposed) == {"CRESUS", "CRSS", "PIMMS", "SC"}
    assert "A&nbsp;&nbsp;" + proposed[0] in panel.proposals_label.text().replace("<b>", "").replace("</b>", "")
    with qtbot.waitSignal(panel.visit_changed):
        qtbot.keyClick(view.pad, Qt.Key.Key_B)
    assert last_visit(services) == ("finance", "oriented", proposed[1])
    assert view.pad.hasFocus()  # the next visitor can come
    assert window.statusBar().currentMessage() == f"Orienté vers {proposed[1]}."
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_5)  # Santé: other partners
    assert {p.sheet.acronym for p in panel.proposals} == {"CPAM", "CSI", "DVS"}


def test_a_letter_without_a_proposal_does_nothing(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_5)
    qtbot.keyClick(view.pad, Qt.Key.Key_E)  # three proposals only
    assert last_visit(services) == ("health", "answered", None)


def test_letters_typed_in_the_note_are_text(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    qtbot.keyClicks(view.detail.note_edit, "a b c")
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(view.detail.note_edit, Qt.Key.Key_Return)
    assert last_visit(services) == ("finance", "answered", None)


@pytest.fixture
def directory(qtbot, french_app, services, clock):
    from maison_solidarite.ui.directory.view import DirectoryView

    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.02)
    return show_active(qtbot, DirectoryView(services))


def test_search_as_you_type(qtbot, directory) -> None:
    directory.search.setFocus()
    qtbot.keyClicks(directory.search, "sante")
    assert [directory.model.index(r, 0).data() for r in range(directory.model.rowCount())][:3] == ["DVS", "CPAM", "CSI"]
    assert directory.model.index(1, 2).data().startswith("mar. 24 nov. 13:30")
    qtbot.keyClick(directory.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(directory.search, "surendettement banque")
    assert [directory.model.index(r, 0).data() for r in range(directory.model.rowCount())] == ["CRSS", "CRESUS"]
    assert directory.fields["acronym"].text() == "CRSS"


def test_the_results_model_passes_the_model_tester(qtmodeltester, directory) -> None:
    qtmodeltester.check(directory.model)


def test_a_bad_e_mail_is_refused_inline_and_nothing_saved(qtbot, directory, services) -> None:
    qtbot.keyClicks(directory.search, "cresus")
    email = directory.fields["referent_email"]
    email.clear()
    qtbot.keyClicks(email, "contact@cresus")
    directory.save()
    assert (
        directory.error.isVisible()
        and directory.error.text() == "« contact@cresus » n'est pas une adresse électronique."
    )
    assert (
        next(s for s in services.directory.sheets() if s.acronym == "CRESUS").referent_email
        == "contact@cresus.example.org"
    )


def test_booking_an_appointment_from_the_directory(qtbot, directory, services) -> None:
    from maison_solidarite.ui.directory.appointment_dialog import AppointmentDialog

    qtbot.keyClicks(directory.search, "cresus")
    assert directory.appointment_button.isEnabled()
    dialog = AppointmentDialog(services, directory._sheet, directory)
    qtbot.addWidget(dialog)
    assert dialog.slots.count() > 6
    qtbot.keyClicks(dialog.initials, "MD")
    dialog.book()
    assert dialog.result() == dialog.DialogCode.Accepted
    with services.db.read() as session:
        assert session.execute(text("SELECT initials, first_name, phone FROM appointments")).all() == [
            ("MD", None, None)
        ]


def test_an_agent_reads_the_directory_without_changing_it(qtbot, french_app, services, db, clock) -> None:
    from maison_solidarite.domain.roles import Role
    from maison_solidarite.services import Services
    from maison_solidarite.services.context import DeskContext
    from maison_solidarite.ui.directory.view import DirectoryView

    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.02)
    agent = Services.create(db, DeskContext("desk-2", "agent", clock, role=Role.AGENT))
    view = show_active(qtbot, DirectoryView(agent))
    assert view.model.rowCount() == 18
    assert not view.fields["name"].isEnabled() and not view.save_button.isVisible()
    assert view.guide_button.isVisible() and view.export_button.isVisible()


@pytest.fixture
def directory_window(qtbot, french_app, services, clock):
    """The directory in a main window of its own, with a status bar, at a desk screen's size."""
    from PySide6.QtWidgets import QMainWindow

    from maison_solidarite.ui.directory.view import DirectoryView

    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.02)
    window = QMainWindow()
    window.setCentralWidget(DirectoryView(services))
    return show_active(qtbot, window)


def test_booking_says_so_in_the_status_bar_and_the_day_and_the_week_list_the_bookings(
    qtbot, directory_window, services
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from maison_solidarite.ui.directory.appointment_dialog import AppointmentDialog
    from maison_solidarite.ui.forms import qdate

    directory = directory_window.centralWidget()
    qtbot.keyClicks(directory.search, "cresus")
    panel = directory.bookings
    assert panel.isVisible() and panel.today_button.isChecked() and panel.list.count() == 0
    assert panel.empty.isVisible()
    answered: list[AppointmentDialog] = []

    def answer() -> None:  # types the initials in the booking dialog, then Enter
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AppointmentDialog) and not answered:
            answered.append(dialog)
            qtbot.keyClicks(dialog.initials, "MD")
            qtbot.keyClick(dialog.initials, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        with qtbot.waitSignal(directory.appointment_booked) as booked:
            qtbot.mouseClick(directory.appointment_button, Qt.MouseButton.LeftButton)
    finally:
        timer.stop()
    (appointment,) = services.appointments.between(answered[0]._sheet.id, NOW.date(), NOW.date() + timedelta(days=90))
    assert appointment.contact.initials == "MD"
    day = QLocale().toString(qdate(appointment.day), "dddd dd/MM")
    expected = QCoreApplication.translate("AppointmentDialog", "Appointment booked: {partner}, {day} at {time}").format(
        partner="CRESUS", day=day, time=f"{appointment.start:%H:%M}"
    )
    assert booked.args == [expected] and directory_window.statusBar().currentMessage() == expected
    in_week = appointment.day <= NOW.date() + timedelta(days=6 - NOW.weekday())
    qtbot.mouseClick(panel.week_button, Qt.MouseButton.LeftButton)
    line = f"{appointment.start:%H:%M}–{appointment.end:%H:%M} — MD"
    assert [line in panel.list.item(n).text() for n in range(panel.list.count())] == ([True] if in_week else [])
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == (1 if appointment.day == NOW.date() else 0)


def test_the_bookings_panel_lists_the_day_and_the_week_with_what_each_booking_stores(
    qtbot, directory, services
) -> None:
    from maison_solidarite.domain.directory import Contact

    cresus = next(o.id for o in services.organisations.list() if o.acronym == "CRESUS")
    permanences = services.appointments.open_permanences(cresus)
    this_week = [p for p in permanences if p.occurrence.day <= NOW.date() + timedelta(days=6 - NOW.weekday())]
    later = [p for p in permanences if p not in this_week]
    for permanence, contact in (
        ((this_week or later)[0], Contact("Marie", "06 12 34 56 78")),
        (later[-1], Contact(initials="JB")),
    ):
        occurrence = permanence.occurrence
        services.appointments.book(
            cresus, occurrence.series_id, occurrence.original_date, permanence.free[0][0], contact
        )
    qtbot.keyClicks(directory.search, "cresus")
    panel = directory.bookings
    panel.week_button.setFocus()
    qtbot.keyClick(panel.week_button, Qt.Key.Key_Space)
    texts = [panel.list.item(n).text() for n in range(panel.list.count())]
    assert any("Marie, 06 12 34 56 78" in t for t in texts) == bool(this_week)
    assert not any("JB" in t for t in texts)  # a later week
    qtbot.keyClicks(directory.search, "x")  # another search: no partner, no list
    qtbot.keyClick(directory.search, Qt.Key.Key_Backspace)
    assert panel.isVisible()
