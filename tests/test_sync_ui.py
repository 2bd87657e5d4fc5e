"""The window of a desk that joined a hub: rounds in the background, a light, a banner,
and the administrator's Hub dialog, with a real hub and real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction

from maison_solidarite.services import Services
from maison_solidarite.ui.admin.hub_dialog import HubDialog
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.sync_status import BACKOFF_MAX_MS, INTERVAL_MS
from tests.conftest import show_active
from tests.hub_support import needs_server, open_desk
from tests.test_reception_keys import tap
from tests.test_sync import _bring_hub_back, _category, _take_hub_away

pytestmark = needs_server


@pytest.fixture
def two_desks(tmp_path: Path, clock, hub: str) -> Iterator[tuple[Services, Services]]:
    a = open_desk(tmp_path / "a.sqlite3", clock, "a")
    b = open_desk(tmp_path / "b.sqlite3", clock, "b")
    a.sync.join(hub, "Accueil 1")
    b.sync.join(hub, "Accueil 2")
    a, b = Services.create(a.db, a.ctx, a.sync), Services.create(b.db, b.ctx, b.sync)
    yield a, b
    for services in (a, b):
        services.sync.close()
        services.close()


def test_the_window_syncs_in_the_background_and_shows_it(qtbot, french_app, two_desks, hub: str) -> None:
    a, b = two_desks
    window = show_active(qtbot, MainWindow(b))
    sync = window.background_sync
    light = sync.light
    qtbot.waitUntil(lambda: light.isVisible() and "Synchronisé" in light.text(), timeout=15_000)
    assert "Accueil 2" in window.statusBar().presence.text()  # the desk's name on the hub
    assert sync.banner.isHidden()
    logged = a.visits.log(_category(a))
    a.sync.run_round()
    # The next round brings it to this desk's list of the day, with nobody acting.
    qtbot.waitUntil(lambda: logged.uid in {v.uid for v in b.visits.today()}, timeout=20_000)
    sync.timer.stop()
    qtbot.waitUntil(lambda: not sync.job.running, timeout=20_000)  # no round of before under way
    away = _take_hub_away(hub)
    try:
        with qtbot.waitSignal(sync.state_changed, timeout=20_000) as answered:
            sync.run_now()
        assert answered.args == [False]
        assert sync.banner.isVisible() and "lecture seule" in sync.banner.text()
        assert "injoignable" in light.text()
        # Backing off while the hub does not answer, up to five minutes.
        first = sync.next_delay_ms()
        sync.failures += 3
        assert INTERVAL_MS < first < sync.next_delay_ms() <= BACKOFF_MAX_MS
        sync.failures = 50
        assert sync.next_delay_ms() == BACKOFF_MAX_MS
        # The desk still logs visits by keyboard while offline.
        before = len(b.visits.today())
        with qtbot.waitSignal(window.reception.visit_logged):
            tap(window.reception.pad, Qt.Key.Key_1, "1")
        assert len(b.visits.today()) == before + 1
    finally:
        _bring_hub_back(hub, away)
    sync.failures = 0
    with qtbot.waitSignal(sync.state_changed, timeout=20_000) as answered:
        sync.run_now()
    assert answered.args == [True] and sync.banner.isHidden()
    qtbot.waitUntil(lambda: " 0 en attente" in light.text(), timeout=5_000)
    window.background_sync.timer.stop()


def test_an_administrator_joins_from_the_hub_dialog(qtbot, french_app, tmp_path: Path, clock, hub: str) -> None:
    desk = open_desk(tmp_path / "c.sqlite3", clock, "c")
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        assert window.findChild(QAction, "hubAction").isVisible()
        assert not window.background_sync.light.isVisible()  # alone: no light
        dialog = HubDialog(desk, window)
        qtbot.addWidget(dialog)
        assert "aucun hub" in dialog.state.text()
        qtbot.keyClicks(dialog.address, hub)
        qtbot.keyClicks(dialog.desk_name, "Bureau de la coordination")
        with qtbot.waitSignal(dialog.job.ended, timeout=20_000):
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "a rejoint le hub" in dialog.outcome.text(), dialog.outcome.text()
        assert not dialog.sync_button.isHidden() and dialog.join_button.isHidden()
        status = desk.sync.status()
        assert status is not None and status.desk_name == "Bureau de la coordination"
        # A wrong address is said in the dialog, in French, and nothing is written.
        other = open_desk(tmp_path / "d.sqlite3", clock, "d")
        second = HubDialog(other, window)
        qtbot.addWidget(second)
        qtbot.keyClicks(second.address, "pas une adresse")
        qtbot.keyClicks(second.desk_name, "D")
        with qtbot.waitSignal(second.job.ended, timeout=10_000):
            qtbot.mouseClick(second.join_button, Qt.MouseButton.LeftButton)
        assert "n'est pas l'adresse d'un hub" in second.outcome.text()
        assert other.sync.status() is None
        other.close()
        window.background_sync.timer.stop()
    finally:
        desk.sync.close()
        desk.close()


def hub_of(services: Services) -> str:
    from sqlalchemy import select

    from maison_solidarite.db.sync_models import SyncStateRow

    with services.db.read() as session:
        return str(session.scalar(select(SyncStateRow.hub)))


def test_the_statistics_say_which_desks_they_cover(qtbot, french_app, two_desks) -> None:
    from datetime import datetime

    from maison_solidarite.domain.statistics import Period
    from maison_solidarite.ui.statistics.view import StatisticsView

    a, b = two_desks
    a.visits.log(_category(a), datetime(2026, 11, 16, 10, 0))
    a.sync.run_round()
    b.sync.run_round()
    view = StatisticsView(b)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.statistics is not None, timeout=10_000)
    text = view.coverage.text()
    assert view.coverage.isVisible()
    assert text.startswith("Postes inclus : Accueil 1 (synchronisé le ") and "Accueil 2 (ce poste)" in text, text
    # Every Maison of the hub on request: another site's visit counts then.
    other = open_desk(Path(str(b.db.engine.url.database)).with_name("c.sqlite3"), b.ctx.clock, "c")
    try:
        other.sync.join(hub_of(b), "Accueil", "Chenôve")
        other.visits.log(_category(other), datetime(2026, 11, 16, 11, 0))
        other.sync.run_round()
    finally:
        other.sync.close()
        other.close()
    november = Period.month(2026, 11)
    view.set_period(november)
    qtbot.waitUntil(lambda: view.statistics is not None and view.statistics.period == november, timeout=10_000)
    assert view.statistics.total == 1
    qtbot.mouseClick(view.coverage.all_sites, Qt.MouseButton.LeftButton)
    assert view.coverage.all_sites.isChecked() and "Toutes les Maisons du hub" in view.coverage.text()
    qtbot.waitUntil(lambda: view.statistics is not None and view.statistics.total == 2, timeout=10_000)


def test_a_desk_alone_shows_no_coverage_line(qtbot, french_app, services) -> None:
    from maison_solidarite.ui.statistics.view import StatisticsView

    view = StatisticsView(services)
    qtbot.addWidget(view)
    view.show()
    assert view.coverage.isHidden() and view.coverage.text() == ""


@pytest.mark.parametrize("role", ["administrator", "coordinator", "agent"])
def test_the_settings_open_the_hub_dialog_for_an_administrator_only(qtbot, french_app, services, role) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from maison_solidarite.config import DeskSettings
    from maison_solidarite.domain.roles import Role
    from maison_solidarite.ui.settings_dialog import SettingsDialog

    acting = Services.create(services.db, replace(services.ctx, role=Role(role)))
    dialog = SettingsDialog(acting, DeskSettings())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(SettingsDialog.DESK)
    dialog.show()
    button = dialog.desk_tab.hub
    assert button.isVisible() is (role == "administrator")
    if role != "administrator":
        return
    opened: list[HubDialog] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, HubDialog):
            opened.append(modal)
            modal.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened and "aucun hub" in opened[0].state.text()
