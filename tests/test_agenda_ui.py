"""The agenda beside the rota, driven with the keyboard and checked in the database: events
planned and cancelled, a partner present, a headcount, a participant by person key only."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from maison_solidarite.domain.events import EventDraft, EventKind, EventStatus, PartnerStatus, PersonStatus
from maison_solidarite.domain.person_key import printable_code
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.rota import RecurrenceKind
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.agenda.attendance_dialog import AttendanceDialog
from maison_solidarite.ui.agenda.event_dialog import OTHER, EventDialog
from maison_solidarite.ui.agenda.view import AgendaView, period_after, period_of
from maison_solidarite.ui.main_window import MainWindow

from .conftest import show_active

NOW = datetime(2026, 11, 24, 10, 42)  # a Tuesday morning
PAST = date(2026, 11, 19)  # the Thursday before


@pytest.fixture
def demo(services: Services, clock, home) -> Services:
    """A few weeks of demonstration data; the person keys' secret under tmp_path (``home``)."""
    clock.current = NOW
    load_demo(services.db, services.ctx, years=0.05)
    return services


def alt(qtbot, widget: QWidget, letter: str) -> None:
    """Alt and an underlined letter, as a person presses it."""
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_in(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest's keyClicks knows no lower-case accented letter."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def partner(services: Services, acronym: str) -> int:
    return next(o.id for o in services.organisations.list() if o.acronym == acronym)


def plan(services: Services, kind: EventKind, title: str, day: date = PAST, **kw: object) -> int:
    values: dict[str, object] = {"kind": kind, "title": title, "day": day, "start": time(9), "end": time(11)}
    values |= {"place": "Salle des fêtes"} | kw
    [made] = services.events.add(EventDraft(**values))  # type: ignore[arg-type]
    return made.id


def test_a_coordinator_plans_a_series_of_breakfasts_with_the_keyboard(qtbot, french_app, demo) -> None:
    dialog = show_active(qtbot, EventDialog(demo, day=date(2026, 12, 1)), (1200, 700))
    alt(qtbot, dialog, "t")
    assert dialog.title.hasFocus()
    type_in(qtbot, dialog.title, "Petit-déjeuner santé")
    alt(qtbot, dialog, "h")
    type_in(qtbot, dialog.theme, "Santé")  # a combo box chooses by the letters typed
    alt(qtbot, dialog, "l")
    qtbot.keyClick(dialog.place, Qt.Key.Key_End)  # « Elsewhere: », the last choice
    assert dialog.place.currentData() == OTHER and dialog.elsewhere.isVisible()
    qtbot.keyClick(dialog.place, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Salle Jean Moulin")
    alt(qtbot, dialog, "p")
    assert dialog.partners.hasFocus()
    dialog.partners.setCurrentRow(0)
    qtbot.keyClick(dialog.partners, Qt.Key.Key_Space)  # the first partner leads it
    alt(qtbot, dialog, "r")
    qtbot.keyClicks(dialog.recurrence.kind, "Certaines")  # some weeks of the month
    assert dialog.recurrence.kind.currentData() == RecurrenceKind.WEEKS_OF_MONTH
    dialog.recurrence.week_checks[1].setFocus()
    qtbot.keyClick(dialog.recurrence.week_checks[1], Qt.Key.Key_Space)
    dialog.recurrence.week_checks[3].setFocus()
    qtbot.keyClick(dialog.recurrence.week_checks[3], Qt.Key.Key_Space)
    dialog.recurrence.until.setFocus()
    qtbot.keyClick(dialog.recurrence.until, Qt.Key.Key_Home)
    qtbot.keyClicks(dialog.recurrence.until, "31/01/2027")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recurrence.until, Qt.Key.Key_Return)
    events = [e for e in demo.events.between(date(2026, 12, 1), date(2027, 1, 31)) if e.title == "Petit-déjeuner santé"]
    assert [e.day for e in events] == [date(2026, 12, 1), date(2026, 12, 15), date(2027, 1, 5), date(2027, 1, 19)]
    health = next(c.id for c in demo.categories.list() if c.code == "health")
    first = events[0]
    assert first.place == "Salle Jean Moulin" and first.office_id is None and first.category_id == health
    assert first.partner_ids == (dialog.partners.item(0).data(Qt.ItemDataRole.UserRole),)
    assert first.kind == EventKind.ACTION and first.status == EventStatus.PLANNED and first.series_id is not None


def test_an_office_a_permanence_takes_is_refused_in_french_with_nothing_written(qtbot, french_app, demo) -> None:
    caf = next(o for o in demo.rota.occurrences(NOW.date(), NOW.date()) if o.office_id is not None)
    dialog = show_active(qtbot, EventDialog(demo, day=caf.day), (1200, 700))
    qtbot.keyClicks(dialog.title, "Atelier budget")
    dialog.place.setCurrentIndex(dialog.place.findData(caf.office_id))
    dialog.start.setTime(dialog.start.time().fromString(f"{caf.start:%H:%M}", "HH:mm"))
    dialog.end.setTime(dialog.end.time().fromString(f"{caf.end:%H:%M}", "HH:mm"))
    before = len(demo.events.between(caf.day, caf.day))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and dialog.isVisible()
    assert any(w in dialog.error.text() for w in ("Rien n'a été enregistré", "Nothing was saved"))
    assert len(demo.events.between(caf.day, caf.day)) == before
    dialog.title.setText("")
    dialog.save()
    assert "titre" in dialog.error.text() or "title" in dialog.error.text()  # French once translated


def test_an_agent_records_a_partner_present_with_the_people_it_sent(qtbot, french_app, demo) -> None:
    meeting = plan(demo, EventKind.MEETING, "Réunion plénière", partner_ids=(partner(demo, "CAF"),))
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(meeting)), (1000, 700))
    caf = dialog.partners.row_of("CAF")
    assert dialog.partners.rows[0] is caf  # the partners leading it come first
    caf.status.setFocus()
    qtbot.keyClicks(caf.status, "P")  # Présent
    assert caf.status.currentData() == PartnerStatus.PRESENT and caf.people.value() == 1
    qtbot.keyClick(caf.status, Qt.Key.Key_Tab)
    assert caf.people.hasFocus()
    qtbot.keyClick(caf.people, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(caf.people, "3")
    qtbot.keyClick(caf.people, Qt.Key.Key_Tab)
    qtbot.keyClick(caf.speaker, Qt.Key.Key_Space)
    cpam = dialog.partners.row_of("CPAM")
    cpam.status.setFocus()
    qtbot.keyClicks(cpam.status, "E")  # Excusé
    alt(qtbot, dialog, "e")  # the button clicks a moment after its key, as it shows itself pressed
    qtbot.waitUntil(lambda: len(demo.attendance.of(meeting).partners) == 2)
    attendance = demo.attendance.of(meeting)
    assert {(p.organisation_id, p.status, p.people, p.speaker) for p in attendance.partners} == {
        (partner(demo, "CAF"), PartnerStatus.PRESENT, 3, True),
        (partner(demo, "CPAM"), PartnerStatus.EXCUSED, None, False),
    }
    assert demo.events.event(meeting).status == EventStatus.HELD  # people came: it was held
    assert "1" in dialog.summary.text() and "3" in dialog.summary.text()
    alt(qtbot, dialog, "e")  # nothing changed: nothing written again
    qtbot.wait(300)
    assert len(demo.audit.trail(entity="partner_attendance")) == 2


def test_a_headcount_is_recorded_with_the_keyboard(qtbot, french_app, demo) -> None:
    action = plan(demo, EventKind.ACTION, "Matinée Santé")
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(action)), (1000, 700))
    alt(qtbot, dialog, "e")
    assert dialog.headcount.hasFocus()
    qtbot.keyClick(dialog.headcount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.headcount, "38")
    alt(qtbot, dialog, "t")
    qtbot.waitUntil(lambda: demo.attendance.of(action).headcount == 38)
    assert dialog.changed and demo.events.event(action).status == EventStatus.HELD


def test_a_participant_is_listed_by_key_and_what_was_typed_is_wiped(qtbot, french_app, demo) -> None:
    action = plan(demo, EventKind.ACTION, "Petit-déjeuner santé")
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(action)), (1000, 700))
    person = dialog.person
    alt(qtbot, dialog, "n")
    qtbot.keyClicks(person.birth_name, "N'Diaye-Martin")
    alt(qtbot, dialog, "p")
    type_in(qtbot, person.first_name, "Élodie")
    alt(qtbot, dialog, "d")
    qtbot.keyClicks(person.birth_date, "12/03/1975")
    qtbot.keyClick(person.birth_date, Qt.Key.Key_Return)  # Enter adds the person
    key = demo.person_keys.key_of_typed("ndiaye martin", "ELODIE", "1975-03-12", PAST)
    assert [(p.person_key, p.status) for p in demo.attendance.of(action).people] == [(key, PersonStatus.PRESENT)]
    for field in person.edits():
        assert field.text() == "" and not field.isUndoAvailable()  # Ctrl+Z brings nothing back
    assert dialog.people.item(0).text().startswith(printable_code(key))
    assert "Diaye" not in dialog.people.item(0).text()
    # The same person again is refused, in French, with nothing written.
    qtbot.keyClicks(person.birth_name, "NDIAYE MARTIN")
    qtbot.keyClicks(person.first_name, "elodie")
    qtbot.keyClicks(person.birth_date, "1975-03-12")
    qtbot.keyClick(person.birth_date, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and any(w in dialog.error.text() for w in ("deux fois", "twice"))
    assert len(demo.attendance.of(action).people) == 1 and person.is_empty()
    # A birth date in the future: the fields stay for the agent to correct, nothing is written.
    qtbot.keyClicks(person.birth_name, "Martin")
    qtbot.keyClicks(person.first_name, "Paul")
    qtbot.keyClicks(person.birth_date, "01/01/2030")
    qtbot.keyClick(person.birth_date, Qt.Key.Key_Return)
    assert person.error.isVisible() and "futur" in person.error.text()  # « future » or « futur »
    assert person.birth_name.text() == "Martin" and len(demo.attendance.of(action).people) == 1
    # A card's code instead of the name, excused.
    person.discard()
    other = demo.person_keys.key_of_typed("Martin", "Paul", "01/01/1980", PAST)
    alt(qtbot, dialog, "c")
    qtbot.keyClicks(person.code, printable_code(other).lower())
    dialog.person_status.setCurrentIndex(dialog.person_status.findData(PersonStatus.EXCUSED))
    qtbot.keyClick(person.code, Qt.Key.Key_Return)
    assert {(p.person_key, p.status) for p in demo.attendance.of(action).people} == {
        (key, PersonStatus.PRESENT),
        (other, PersonStatus.EXCUSED),
    }


def test_attendance_on_an_event_to_come_is_refused_and_invitations_are_not(qtbot, french_app, demo) -> None:
    meeting = plan(demo, EventKind.MEETING, "Groupe de travail", day=date(2026, 12, 3))
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(meeting)), (1000, 700))
    assert dialog.note.isVisible()
    caf, cpam = dialog.partners.row_of("CAF"), dialog.partners.row_of("CPAM")
    caf.status.setCurrentIndex(caf.status.findData(PartnerStatus.INVITED))
    cpam.status.setCurrentIndex(cpam.status.findData(PartnerStatus.PRESENT))
    assert not dialog.record_partners()
    assert dialog.error.isVisible() and demo.attendance.of(meeting).partners == ()  # all or nothing
    cpam.status.setCurrentIndex(cpam.status.findData(PartnerStatus.INVITED))
    assert dialog.record_partners()
    assert {p.status for p in demo.attendance.of(meeting).partners} == {PartnerStatus.INVITED}
    assert demo.events.event(meeting).status == EventStatus.PLANNED


@pytest.fixture
def agenda(qtbot, french_app, demo) -> AgendaView:
    view = show_active(qtbot, AgendaView(demo), (1366, 700))
    view.show_period(PAST)
    return view


def test_the_model_passes_the_model_tester(qtmodeltester, agenda, demo) -> None:
    plan(demo, EventKind.ACTION, "Atelier numérique")
    agenda.reload()
    qtmodeltester.check(agenda.model)


def test_a_coordinator_cancels_an_event_after_saying_yes(qtbot, agenda, demo, dialogs) -> None:
    event_id = plan(demo, EventKind.ACTION, "Atelier cuisine", day=date(2026, 11, 26))
    agenda.reload()
    assert agenda.select(event_id)
    agenda.table.setFocus()
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(agenda.agenda_changed):
        alt(qtbot, agenda, "u")
    assert "Atelier cuisine" in dialogs.seen[0]
    assert demo.events.event(event_id).status == EventStatus.CANCELLED
    assert agenda.selected() is not None and agenda.selected().id == event_id
    assert not agenda.attendance_button.isEnabled() and not agenda.sheet_button.isEnabled()
    row = agenda.model.row_of(event_id)
    assert agenda.model.index(row, agenda.model.STATUS).data() == QCoreApplication.translate("Labels", "Cancelled")
    assert agenda.model.index(row, agenda.model.TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()
    agenda.activateWindow()  # back from the question
    qtbot.waitUntil(lambda: QApplication.activeWindow() is agenda)
    with qtbot.waitSignal(agenda.agenda_changed):
        alt(qtbot, agenda, "u")  # the same key undoes the cancellation
    assert demo.events.event(event_id).status == EventStatus.PLANNED and agenda.attendance_button.isEnabled()
    assert len(dialogs.seen) == 1


def test_the_list_follows_the_period_and_the_kind(qtbot, agenda, demo) -> None:
    action = plan(demo, EventKind.ACTION, "Atelier numérique")
    meeting = plan(demo, EventKind.MEETING, "Réunion thématique", start=time(14), end=time(16))
    agenda.reload()
    assert agenda.select(action) and agenda.select(meeting)
    agenda.kind.setCurrentIndex(agenda.kind.findData(EventKind.MEETING))
    assert agenda.model.row_of(action) < 0 and agenda.model.row_of(meeting) >= 0
    agenda.kind.setCurrentIndex(0)
    agenda.span.setCurrentIndex(agenda.span.findData("week"))
    alt(qtbot, agenda, "s")  # the next week
    qtbot.waitUntil(lambda: agenda.period()[0] == date(2026, 11, 23))
    assert agenda.model.row_of(meeting) < 0
    alt(qtbot, agenda, "p")  # the week before
    qtbot.waitUntil(lambda: agenda.model.row_of(meeting) >= 0)


def test_an_agent_reads_the_agenda_and_records_but_plans_nothing(qtbot, french_app, demo, db, clock) -> None:
    plan(demo, EventKind.ACTION, "Atelier numérique")
    agent = Services.create(db, DeskContext("desk-2", "agent.two", clock, role=Role.AGENT))
    view = show_active(qtbot, AgendaView(agent), (1366, 700))
    view.show_period(PAST)
    assert not view.new_button.isVisible() and not view.cancel_button.isVisible()
    assert view.read_only_label.isVisible()
    assert view.attendance_button.isVisible() and view.held_button.isEnabled()
    event_id = view.selected().id  # type: ignore[union-attr]
    alt(qtbot, view, "e")  # mark as held
    qtbot.waitUntil(lambda: agent.events.event(event_id).status == EventStatus.HELD)
    assert not view.held_button.isEnabled()


def test_the_sign_in_sheet_is_saved_as_a_pdf(qtbot, agenda, demo, tmp_path: Path) -> None:
    plan(demo, EventKind.ACTION, "Petit-déjeuner santé")
    agenda.reload()
    sheet = agenda.sign_in_sheet()
    assert sheet is not None
    target = tmp_path / "emargement.pdf"
    with qtbot.waitSignal(sheet.saved):
        assert sheet.save(target)
    assert target.read_bytes().startswith(b"%PDF")
    for dialog in QApplication.topLevelWidgets():
        if dialog.objectName() == "previewDialog":
            dialog.close()


# -- keys, names and sizes -----------------------------------------------------------------
def mnemonics(widgets: list[QWidget]) -> list[str]:
    letters = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        parts = text.replace("&&", "").split("&")
        if len(parts) > 1 and parts[1] and widget.isVisibleTo(widget.window()):
            letters.append(parts[1][0].lower())
    return letters


def test_no_two_keys_share_a_letter_on_the_agenda_tab_or_in_its_dialogs(qtbot, french_app, demo) -> None:
    window = show_active(qtbot, MainWindow(demo))
    window.tabs.setCurrentWidget(window.agenda)
    tabs = [window.tabs.tabText(i).split("&")[1][0].lower() for i in range(window.tabs.count())]
    menus = [a.text().split("&")[1][0].lower() for a in window.menuBar().actions()]
    page = window.agenda
    letters = mnemonics([*page.findChildren(QLabel), *page.findChildren(QAbstractButton)])
    assert len(letters) == len(set(letters)) >= 8, letters
    assert not set(letters) & set(tabs + menus), (letters, tabs, menus)
    meeting = plan(demo, EventKind.MEETING, "Réunion plénière")
    action = plan(demo, EventKind.ACTION, "Atelier")
    for dialog in (
        EventDialog(demo),
        EventDialog(demo, event=demo.events.event(action)),
        AttendanceDialog(demo, demo.events.event(meeting)),
        AttendanceDialog(demo, demo.events.event(action)),
    ):
        show_active(qtbot, dialog, (1000, 700))
        letters = mnemonics([*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)])
        assert len(letters) == len(set(letters)), (dialog.objectName(), letters)
        dialog.close()


def when_shown(kind: type, act) -> None:
    """Act on the next modal dialog of ``kind`` once it shows (its exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_a_coordinator_changes_an_event_from_the_agenda(qtbot, agenda, demo) -> None:
    event_id = plan(demo, EventKind.ACTION, "Atelier cuisine", day=date(2026, 11, 26))
    agenda.reload()
    agenda.select(event_id)

    def retitle(dialog: EventDialog) -> None:
        assert not dialog.kind.isEnabled() and not dialog.recurrence.kind.isVisible()  # one event, same kind
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.title, "Atelier cuisine du monde")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    when_shown(EventDialog, retitle)
    with qtbot.waitSignal(agenda.agenda_changed, timeout=10_000):
        alt(qtbot, agenda, "o")
    changed = demo.events.event(event_id)
    assert changed.title == "Atelier cuisine du monde" and changed.version == 2 and changed.place == "Salle des fêtes"
    assert agenda.selected() == changed


def test_enter_on_an_event_that_began_opens_its_attendance(qtbot, agenda, demo) -> None:
    event_id = plan(demo, EventKind.ACTION, "Matinée Santé")
    agenda.reload()
    agenda.select(event_id)
    agenda.table.setFocus()
    seen: list[str] = []

    def count(dialog: AttendanceDialog) -> None:
        seen.append(dialog.heading.text())
        dialog.headcount.setFocus()
        qtbot.keyClick(dialog.headcount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.headcount, "41")
        dialog.record_headcount()
        dialog.reject()

    when_shown(AttendanceDialog, count)
    with qtbot.waitSignal(agenda.agenda_changed, timeout=10_000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    assert "Matinée Santé" in seen[0]
    assert demo.attendance.of(event_id).headcount == 41
    row = agenda.model.row_of(event_id)
    assert "41" in agenda.model.index(row, agenda.model.ATTENDANCE).data()


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.sampled_from(["week", "month"]), st.integers(-30, 30))
def test_the_periods_hold_their_day_follow_one_another_and_come_back(day: date, span: str, step: int) -> None:
    first, last = period_of(day, span)
    assert first <= day <= last
    assert (last - first).days == 6 if span == "week" else (first.day, (last + timedelta(days=1)).day) == (1, 1)
    following = period_after(day, span, 1)
    assert following[0] == last + timedelta(days=1)  # no day left out, none twice
    assert period_after(period_after(day, span, step)[0], span, -step) == (first, last)


def test_no_file_the_app_wrote_holds_a_name_typed_in_the_attendance(qtbot, french_app, demo, tmp_path) -> None:
    action = plan(demo, EventKind.ACTION, "Petit-déjeuner santé")
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(action)), (1000, 700))
    person = dialog.person
    qtbot.keyClicks(person.birth_name, "Quasimodova")
    type_in(qtbot, person.first_name, "Zéphyrine")
    qtbot.keyClicks(person.birth_date, "29/02/1988")
    qtbot.keyClick(person.birth_date, Qt.Key.Key_Return)
    assert len(demo.attendance.of(action).people) == 1
    dialog.close()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    # The search reads what the app wrote: the event's title is there, in the database or its WAL.
    assert any("Petit-déjeuner santé".encode() in p.read_bytes() for p in written)
    for path in written:
        data = path.read_bytes()
        for word in ("quasimodova", "zéphyrine", "zephyrine", "1988-02-29", "29/02/1988"):
            for variant in {word, word.upper(), word.capitalize()}:
                for encoded in (variant.encode(), variant.encode("utf-16-le")):
                    assert encoded not in data, (path.name, variant)


def test_the_agenda_reads_again_when_the_sync_brings_events(qtbot, french_app, demo) -> None:
    window = show_active(qtbot, MainWindow(demo))
    window.tabs.setCurrentWidget(window.agenda)
    window.agenda.show_period(PAST)
    event_id = plan(demo, EventKind.MEETING, "Réunion venue d'un autre poste")  # as the hub's copy would
    assert window.agenda.model.row_of(event_id) < 0
    window.background_sync.arrived.emit()
    assert window.agenda.model.row_of(event_id) >= 0


def test_an_action_to_come_takes_no_participant_yet(qtbot, french_app, demo) -> None:
    action = plan(demo, EventKind.ACTION, "Atelier numérique", day=date(2026, 12, 3))
    dialog = show_active(qtbot, AttendanceDialog(demo, demo.events.event(action)), (1000, 700))
    assert dialog.note.isVisible() and "action" in dialog.note.text()
    assert not dialog.person.birth_name.isEnabled() and not dialog.headcount.isEnabled()
    alt(qtbot, dialog, "n")
    qtbot.keyClicks(QApplication.focusWidget() or dialog, "Martin")
    assert dialog.person.birth_name.text() == ""
    assert demo.attendance.of(action).people == () and demo.attendance.of(action).headcount is None
