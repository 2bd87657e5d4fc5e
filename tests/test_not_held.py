"""Permanences held, cancelled in advance, and not held: counted up to now, said at the desk in one key."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime, time, timedelta

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from maison_solidarite.db.engine import open_database
from maison_solidarite.db.models import ChangeRow
from maison_solidarite.db.schema import _alembic_config
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.permanences import (
    Occurrence,
    Status,
    absence_candidates,
    tally_permanences,
)
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.statistics import FRENCH_NUMBERS, Period
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.ui.main_window import MainWindow

from .conftest import T0, show_active

FRENCH = load_catalog("fr").translate
TUESDAY = T0.date()  # 17 November 2026, 10:00


@pytest.fixture
def rota(services: Services) -> dict[str, int]:
    """CRESUS on Tuesdays 9:00-12:00 in the first office, ADIL on Tuesdays 14:00-16:00 in the second."""
    offices = services.rota.offices()
    cresus = services.organisations.add("CRESUS", "CRESUS Bourgogne")
    adil = services.organisations.add("ADIL", "Agence départementale d'information sur le logement")
    first = date(2026, 11, 3)
    morning = services.rota.add_series(cresus.id, offices[0].id, 1, time(9), time(12), first)
    afternoon = services.rota.add_series(adil.id, offices[1].id, 1, time(14), time(16), first)
    return {"cresus": cresus.id, "adil": adil.id, "morning": morning.id, "afternoon": afternoon.id}


def change_rows(services: Services) -> list[tuple[int, date, bool, bool, date | None]]:
    with services.db.read() as session:
        return [
            (r.series_id, r.original_date, r.cancelled, r.not_held, r.new_date)
            for r in session.scalars(select(ChangeRow).order_by(ChangeRow.id))
        ]


# -- the rule ---------------------------------------------------------------------------
STATUSES = st.sampled_from(list(Status))
OCCURRENCES = st.lists(
    st.builds(
        lambda org, offset, hour, status: Occurrence(
            series_id=org,
            organisation_id=org,
            office_id=1,
            day=TUESDAY + timedelta(days=offset),
            start=time(hour),
            end=time(hour + 1),
            original_date=TUESDAY + timedelta(days=offset),
            status=status,
        ),
        st.integers(1, 3),
        st.integers(-20, 20),
        st.integers(8, 17),
        STATUSES,
    ),
    max_size=40,
)


@given(OCCURRENCES)
def test_only_what_has_started_counts_as_held_and_every_permanence_is_counted_once(occurrences) -> None:
    tallies = tally_permanences(occurrences, T0)
    for organisation, tally in tallies.items():
        mine = [o for o in occurrences if o.organisation_id == organisation]
        assert tally.held + tally.cancelled + tally.not_held + tally.planned == len(mine)
        assert tally.held == sum(1 for o in mine if o.status == Status.SCHEDULED and o.starts_at <= T0)
        assert tally.planned == sum(1 for o in mine if o.status == Status.SCHEDULED and o.starts_at > T0)
        assert tally.not_held == sum(1 for o in mine if o.status == Status.NOT_HELD)
        assert tally.minutes == 60 * tally.held
    assert set(tallies) == {o.organisation_id for o in occurrences}


@given(OCCURRENCES)
def test_the_key_acts_on_a_permanence_of_today_that_has_begun(occurrences) -> None:
    candidates = absence_candidates(occurrences, T0)
    for o in candidates:
        assert o.day == TUESDAY and o.starts_at <= T0
        assert o.status in (Status.SCHEDULED, Status.NOT_HELD)
    running = [o for o in candidates if o.ends_at > T0]
    assert candidates[: len(running)] == running  # the ones in progress come first


# -- the service -------------------------------------------------------------------------
def test_a_partner_absent_is_recorded_audited_and_undone(services: Services, rota) -> None:
    marked = services.rota.mark_not_held(rota["morning"], TUESDAY)
    assert marked.status == Status.NOT_HELD
    assert change_rows(services) == [(rota["morning"], TUESDAY, False, True, None)]
    [occurrence] = [o for o in services.rota.occurrences(TUESDAY, TUESDAY) if o.series_id == rota["morning"]]
    assert occurrence.status == Status.NOT_HELD and not occurrence.held and not occurrence.moved
    services.rota.mark_not_held(rota["morning"], TUESDAY)  # again: nothing changes, nothing audited
    services.rota.mark_not_held(rota["morning"], TUESDAY, not_held=False)
    assert change_rows(services) == []
    entries = services.audit.trail(entity="permanence_change")
    assert [e.action for e in entries][-2:] in (["create", "delete"], ["delete", "create"])
    assert len(entries) == 2


def test_a_move_is_kept_when_the_partner_is_said_absent(services: Services, rota) -> None:
    last_week = TUESDAY - timedelta(days=7)
    services.rota.move_occurrence(rota["afternoon"], last_week, new_date=last_week + timedelta(days=2))
    services.rota.mark_not_held(rota["afternoon"], last_week)
    assert change_rows(services) == [(rota["afternoon"], last_week, False, True, last_week + timedelta(days=2))]
    services.rota.mark_not_held(rota["afternoon"], last_week, not_held=False)
    assert change_rows(services) == [(rota["afternoon"], last_week, False, False, last_week + timedelta(days=2))]


def test_a_permanence_to_come_or_cancelled_cannot_be_said_not_held(services: Services, rota) -> None:
    with pytest.raises(ValidationError) as later:
        services.rota.mark_not_held(rota["afternoon"], TUESDAY)  # 14:00, and it is 10:00
    assert str(later.value) == (
        "The permanence of 17/11/2026 at 14:00 has not begun yet: say that the partner did not come once it has."
    )
    services.rota.cancel_occurrence(rota["morning"], TUESDAY - timedelta(days=7))
    with pytest.raises(ValidationError):
        services.rota.mark_not_held(rota["morning"], TUESDAY - timedelta(days=7))
    assert change_rows(services) == [(rota["morning"], TUESDAY - timedelta(days=7), True, False, None)]


def test_an_agent_may_say_a_partner_did_not_come(services: Services, rota, clock) -> None:
    agent = Services.create(services.db, DeskContext("desk-test", "nadia", clock, role=Role.AGENT))
    agent.rota.mark_not_held(rota["morning"], TUESDAY)
    assert change_rows(services)[0][3] is True


# -- the statistics and the sheets -------------------------------------------------------
def test_the_month_counts_held_cancelled_not_held_and_planned(services: Services, rota) -> None:
    # November 2026 on Tuesdays: 3, 10, 17 (today, 10:00), 24.
    services.rota.cancel_occurrence(rota["morning"], date(2026, 11, 3))
    services.rota.mark_not_held(rota["morning"], date(2026, 11, 10))
    stats = services.statistics.compute(Period.month(2026, 11), FRENCH)
    figures = {p.acronym: (p.held, p.minutes, p.cancelled, p.not_held, p.planned) for p in stats.permanences}
    assert figures == {"CRESUS": (1, 180, 1, 1, 1), "ADIL": (2, 240, 0, 0, 2)}
    assert sum(o.minutes_held for o in stats.offices) == 180 + 240
    figures_json = json.loads(services.statistics_outputs.as_json(Period.month(2026, 11), FRENCH))["permanences"]
    assert {p["acronym"]: (p["held"], p["cancelled"], p["not_held"], p["planned"]) for p in figures_json} == {
        "CRESUS": (1, 1, 1, 1),
        "ADIL": (2, 0, 0, 2),
    }


def test_the_monthly_sheet_prints_held_cancelled_not_held_and_to_come(services: Services, rota, tmp_path) -> None:
    services.rota.cancel_occurrence(rota["morning"], date(2026, 11, 3))
    services.rota.mark_not_held(rota["morning"], date(2026, 11, 10))
    path = tmp_path / "mois.pdf"
    path.write_bytes(services.statistics_outputs.monthly_pdf(Period.month(2026, 11), FRENCH, FRENCH_NUMBERS))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert "Non tenues" in text
    row = next(line for line in text.splitlines() if "CRESUS" in line and "Bourgogne" in line)
    assert row.split()[-5:] == ["1", "3,0", "1", "1", "1"]  # held, hours, cancelled, not held, to come


# -- the desk: one key --------------------------------------------------------------------
@pytest.fixture
def window(qtbot, french_app, services, rota):
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(lambda: win.reception.pad.hasFocus())
    return win


def test_one_key_says_the_partner_did_not_come_and_the_same_key_undoes_it(qtbot, window, services, rota) -> None:
    panel = window.reception.today_panel
    assert panel.absent_link.isVisible()
    assert "CRESUS" in panel.absent_link.text() and "Ctrl" in panel.absent_link.text()
    with qtbot.waitSignal(panel.permanence_marked, timeout=2000):
        qtbot.keyClick(
            window.reception.pad, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert change_rows(services) == [(rota["morning"], TUESDAY, False, True, None)]
    absent = panel.tr("{partner} did not come").format(partner="CRESUS")  # as the installed catalogue says it
    assert any(absent in line.text() and line.isVisible() for line in panel.lines)
    assert window.reception.pad.hasFocus()  # the next visitor is logged at once
    with qtbot.waitSignal(panel.permanence_marked, timeout=2000):
        qtbot.keyClick(
            window.reception.pad, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert change_rows(services) == []
    assert [e.action for e in services.audit.trail(entity="permanence_change")].count("create") == 1
    with qtbot.waitSignal(window.reception.visit_logged, timeout=2000):
        qtbot.keyClick(window.reception.pad, Qt.Key.Key_1)  # and the category keys still log visits


def test_no_permanence_begun_today_no_key(qtbot, window, services, rota, clock) -> None:
    clock.current = datetime.combine(TUESDAY, time(8, 30))
    window.reception.today_panel.refresh()
    assert not window.reception.today_panel.absent_link.isVisible()
    qtbot.keyClick(
        window.reception.pad, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert change_rows(services) == []


# -- the migration -----------------------------------------------------------------------
def test_exceptions_written_before_0013_are_not_marked_and_a_downgrade_keeps_them(
    services: Services, rota, db_path, tmp_path
) -> None:
    last_week = TUESDAY - timedelta(days=7)
    services.rota.cancel_occurrence(rota["afternoon"], last_week)
    services.rota.mark_not_held(rota["morning"], last_week)
    services.db.dispose()
    db = open_database(str(db_path))
    config = _alembic_config()
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
        kept = connection.exec_driver_sql("SELECT series_id, cancelled FROM permanence_changes ORDER BY id").fetchall()
        command.upgrade(config, "0013")
        marks = connection.exec_driver_sql("SELECT not_held FROM permanence_changes ORDER BY id").fetchall()
    db.dispose()
    assert kept == [(rota["afternoon"], 1)]  # the exception that only said "not held" goes; the cancellation stays
    assert marks == [(0,)]


def test_two_permanences_at_once_the_other_is_marked_from_the_panels_menu(qtbot, window, services, rota) -> None:
    offices = services.rota.offices()
    adil = services.organisations.find("ADIL")
    second = services.rota.add_series(adil.id, offices[1].id, 1, time(9, 30), time(11), date(2026, 11, 3))
    panel = window.reception.today_panel
    panel.refresh()
    assert [o.series_id for o in panel.candidates] == [rota["morning"], second.id]  # the earliest first
    menu = panel.absence_menu()
    said = [
        panel.tr("{partner} did not come ({key})").format(partner=p, key="").replace(" ()", "")
        for p in ("CRESUS", "ADIL")
    ]
    assert [a.text() for a in menu.actions()] == said
    with qtbot.waitSignal(panel.permanence_marked, timeout=2000):
        menu.actions()[1].trigger()
    assert change_rows(services) == [(second.id, TUESDAY, False, True, None)]
    assert "CRESUS" in panel.absent_link.text()  # the key still names the first
