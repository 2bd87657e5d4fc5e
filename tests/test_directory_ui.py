"""Orientation at reception, by keyboard alone, ending in the database."""

from __future__ import annotations

from datetime import datetime

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
    from maison_solidarite.ui.directory.view import AppointmentDialog

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
