"""Neighbourhoods from the coordinator's list: kept in the settings, offered at the reception,
matched without minding accents or case, and counted under the list's spelling."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from maison_solidarite.config import DeskSettings
from maison_solidarite.domain.demo import NEIGHBOURHOOD_LIST
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.domain.statistics import Period, PeriodKind
from maison_solidarite.domain.visits import (
    NEIGHBOURHOOD_MAX,
    NEIGHBOURHOODS_MAX,
    by_listed_spelling,
    check_neighbourhoods,
    listed_neighbourhood,
    neighbourhood_key,
)
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.messages import render
from maison_solidarite.ui.settings_dialog import SettingsDialog

from .conftest import T0, show_active

LIST = ["Grésilles", "Fontaine d'Ouche", "Chenôve Le Mail", "Talant Belvédère"]


def strip_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@given(
    st.sampled_from(LIST),
    st.lists(st.booleans(), min_size=30, max_size=30),
    st.booleans(),
    st.sampled_from(["", " ", "  "]),
)
def test_any_case_and_accents_give_the_lists_spelling(name: str, upper: list[bool], accents: bool, pad: str) -> None:
    typed = name if accents else strip_accents(name)
    typed = "".join(c.upper() if u else c.lower() for c, u in zip(typed, upper, strict=False))
    typed = pad + typed.replace(" ", "  ") + pad
    assert listed_neighbourhood(typed, LIST) == name
    assert neighbourhood_key(typed) == neighbourhood_key(name)


def test_a_name_not_listed_is_kept_as_typed_and_blank_is_none() -> None:
    assert listed_neighbourhood("  Port   du Canal ", LIST) == "Port du Canal"
    assert listed_neighbourhood("Fontaine d\u2019Ouche", LIST) == "Fontaine d'Ouche"  # a typographic apostrophe
    assert listed_neighbourhood("   ", LIST) is None and listed_neighbourhood(None, LIST) is None


def test_the_list_drops_blank_lines_and_second_spellings_and_refuses_too_many() -> None:
    assert check_neighbourhoods(["Grésilles", "", "  gresilles ", "Fontaine  d'Ouche"]) == [
        "Grésilles",
        "Fontaine d'Ouche",
    ]
    with pytest.raises(ValidationError):
        check_neighbourhoods([f"Quartier {n}" for n in range(NEIGHBOURHOODS_MAX + 1)])
    with pytest.raises(ValidationError):
        check_neighbourhoods(["x" * (NEIGHBOURHOOD_MAX + 1)])


def test_counts_are_added_up_under_the_lists_spelling() -> None:
    counts = [("grésilles", 2), ("Gresilles", 3), ("Grésilles", 1), ("Port du Canal", 4), ("port du canal", 1)]
    assert by_listed_spelling(counts, LIST) == [("Grésilles", 6), ("Port du Canal", 5)]


def test_the_settings_keep_the_list_and_the_demonstration_has_dijons(services) -> None:
    assert services.settings.neighbourhoods() == []
    kept = services.settings.set_neighbourhoods(["Grésilles", "GRESILLES", "", "Fontaine d'Ouche"])
    assert kept == ["Grésilles", "Fontaine d'Ouche"] == services.settings.neighbourhoods()
    with services.db.read() as session:
        logged = session.execute(text("SELECT entity_key FROM audit_log WHERE entity = 'setting'")).scalars().all()
    assert "neighbourhoods" in logged
    load_demo(services.db, services.ctx, until=T0, years=0.05)
    assert services.settings.neighbourhoods() == ["Grésilles", "Fontaine d'Ouche"]  # the coordinator's, kept


def test_the_demonstration_lists_the_neighbourhoods_of_dijon(services) -> None:
    load_demo(services.db, services.ctx, until=T0, years=0.05)
    names = services.settings.neighbourhoods()
    assert names == list(NEIGHBOURHOOD_LIST)
    assert {"Grésilles", "Fontaine d'Ouche", "Chenôve Le Mail"} <= set(names)


def test_the_statistics_count_each_neighbourhood_under_the_lists_spelling(services, category_ids) -> None:
    services.settings.set_neighbourhoods(LIST)
    for typed in ("grésilles", "Gresilles", "Grésilles", "Port du Canal"):
        services.visits.log(category_ids["rights"], T0 - timedelta(hours=1), neighbourhood=typed)
    stats = services.statistics.compute(Period.containing(PeriodKind.MONTH, T0.date()), QCoreApplication.translate)
    lines = {line.label: line.count for line in stats.profile["neighbourhood"]}
    assert lines["Grésilles"] == 3 and lines["Port du Canal"] == 1
    assert "grésilles" not in lines and "Gresilles" not in lines


@pytest.fixture
def window(qtbot, french_app, services):
    services.settings.set_neighbourhoods(LIST)
    win = show_active(qtbot, MainWindow(services))
    win.reception.focus_pad()
    qtbot.waitUntil(win.reception.pad.hasFocus)
    return win


def type_text(qtbot, widget, typed: str) -> None:
    """Key presses, accented letters too (QTest types ASCII only), as a French keyboard sends them."""
    for char in typed:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def stored_neighbourhoods(services) -> list[str | None]:
    with services.db.read() as session:
        return list(session.execute(text("SELECT neighbourhood FROM visits ORDER BY id")).scalars())


def to_neighbourhood(qtbot, view) -> None:
    """From the pad, Enter to the details, then Tab down to the neighbourhood, as an agent does."""
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)
    qtbot.waitUntil(view.detail.orientation_combo.hasFocus)
    for _ in range(3):  # first visit, age band, neighbourhood
        qtbot.keyClick(view.window().focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(view.detail.neighbourhood_edit.hasFocus)


def test_the_reception_offers_the_list_and_maps_what_is_typed(qtbot, window, services) -> None:
    view = window.reception
    combo = view.detail.neighbourhood_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", *LIST]
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_1)
    to_neighbourhood(qtbot, view)
    assert view.pad.dimmed  # the keys type in the field
    qtbot.keyClicks(view.detail.neighbourhood_edit, "gresilles")
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(view.detail.neighbourhood_edit, Qt.Key.Key_Return)
    assert stored_neighbourhoods(services) == ["Grésilles"]
    qtbot.waitUntil(view.pad.hasFocus)  # Enter hands the keys back
    assert combo.currentText() == "Grésilles"


def test_a_name_from_the_list_by_the_arrows_another_typed_and_none(qtbot, window, services) -> None:
    view = window.reception
    with qtbot.waitSignal(view.visit_logged):
        qtbot.keyClick(view.pad, Qt.Key.Key_3)
    to_neighbourhood(qtbot, view)
    field = view.detail.neighbourhood_edit
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(field, Qt.Key.Key_Down)  # the first of the list
        qtbot.keyClick(field, Qt.Key.Key_Down)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored_neighbourhoods(services) == ["Fontaine d'Ouche"]
    to_neighbourhood(qtbot, view)
    field.selectAll()
    qtbot.keyClicks(field, "Port du Canal")
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored_neighbourhoods(services) == ["Port du Canal"]
    to_neighbourhood(qtbot, view)
    field.selectAll()
    with qtbot.waitSignal(view.detail.visit_changed):
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored_neighbourhoods(services) == [None]
    assert field.text() == "" and field.placeholderText()


def test_the_coordinator_keeps_the_list_in_the_settings(qtbot, french_app, services, ctx) -> None:
    coordinator = Services.create(services.db, replace(ctx, role=Role.COORDINATOR))
    dialog = show_active(qtbot, SettingsDialog(coordinator, DeskSettings()), (1000, 700))
    assert dialog.tabs.isTabVisible(SettingsDialog.NEIGHBOURHOODS)
    assert not dialog.tabs.isTabVisible(SettingsDialog.DATA)  # the retention periods are the administrator's
    dialog.show_tab(SettingsDialog.NEIGHBOURHOODS)
    edit = dialog.places.names
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(qtbot, edit, "Grésilles")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "gresilles")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Fontaine d'Ouche")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert services.settings.neighbourhoods() == ["Grésilles", "Fontaine d'Ouche"]


def test_an_agent_reads_the_list_but_may_not_change_it(qtbot, french_app, services, ctx) -> None:
    services.settings.set_neighbourhoods(LIST)
    agent = Services.create(services.db, replace(ctx, role=Role.AGENT))
    assert agent.settings.neighbourhoods() == LIST
    with pytest.raises(PermissionDenied):
        agent.settings.set_neighbourhoods(["Ailleurs"])
    dialog = SettingsDialog(agent, DeskSettings())
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isTabVisible(SettingsDialog.NEIGHBOURHOODS)


def test_a_list_too_long_is_refused_with_a_french_message_and_nothing_is_written(qtbot, french_app, services) -> None:
    services.settings.set_neighbourhoods(LIST)
    dialog = show_active(qtbot, SettingsDialog(services, DeskSettings()), (1000, 700))
    dialog.places.names.setPlainText("\n".join(f"Quartier {n}" for n in range(NEIGHBOURHOODS_MAX + 1)))
    dialog.structure.name.setText("CCAS de Dijon")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == SettingsDialog.NEIGHBOURHOODS and dialog.places.error.isVisible()
    assert "quartiers" in dialog.places.error.text() or "neighbourhoods" in dialog.places.error.text()
    assert services.settings.neighbourhoods() == LIST  # nothing written
    assert services.settings.structure().name != "CCAS de Dijon"
    with pytest.raises(ValidationError) as caught:
        check_neighbourhoods([f"Quartier {n}" for n in range(NEIGHBOURHOODS_MAX + 1)])
    assert str(NEIGHBOURHOODS_MAX) in render(caught.value)
