"""The first start: structure, opening hours, offices, data, administrator, in one wizard."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from maison_solidarite.db.models import OrganisationRow, SettingRow, VisitRow
from maison_solidarite.domain.roles import Role
from maison_solidarite.ui.first_run import FirstRunWizard

from .conftest import show_active

GOOD = "Accueil-2026!mds"


def type_in(qtbot, widget, text: str, clear: bool = True) -> None:
    widget.setFocus()
    if clear:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def next_page(qtbot, wizard: FirstRunWizard) -> None:
    before = wizard.currentId()
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def fill_structure_hours_offices(qtbot, wizard: FirstRunWizard) -> None:
    type_in(qtbot, wizard.structure.name, "CCAS de Dijon")
    type_in(qtbot, wizard.structure.address, "1 place Emile Zola")
    qtbot.keyClick(wizard.structure.address, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.structure.address, "21000 Dijon")
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.hours.days[5], "09:00-12:00")  # Saturday mornings
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.offices.names, "Bureau Rimbaud")
    qtbot.keyClick(wizard.offices.names, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.offices.names, "Bureau Verlaine")
    qtbot.keyClick(wizard.offices.names, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.offices.names, "Salle Colette")
    next_page(qtbot, wizard)


def fill_administrator(qtbot, wizard: FirstRunWizard, password: str = GOOD) -> None:
    page = wizard.administrator
    type_in(qtbot, page.login, "claire.m")
    type_in(qtbot, page.name, "Claire Martin")
    type_in(qtbot, page.password, password)
    type_in(qtbot, page.confirm, password)


def test_the_wizard_sets_the_structure_up_and_logs_the_administrator_in(qtbot, french_app, services) -> None:
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    assert wizard.currentPage() is wizard.structure
    fill_structure_hours_offices(qtbot, wizard)
    assert wizard.currentPage() is wizard.data and wizard.data.empty.isChecked()
    next_page(qtbot, wizard)
    fill_administrator(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.account is not None and wizard.account.login == "claire.m"
    assert wizard.account.role == Role.ADMINISTRATOR
    structure = services.settings.structure()
    assert (structure.name, structure.address) == ("CCAS de Dijon", "1 place Emile Zola\n21000 Dijon")
    assert services.rota.opening_hours()[5] == ((time(9), time(12)),)
    assert [o.name for o in services.rota.offices()] == ["Bureau Rimbaud", "Bureau Verlaine", "Salle Colette"]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(VisitRow)) == 0


def test_wrong_hours_and_a_duplicate_office_are_said_on_their_page(qtbot, french_app, services) -> None:
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.hours.days[0], "09:00-12:00, 11:00-13:00")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.hours
    assert wizard.hours.error.text() == "Les heures d'ouverture du lundi se chevauchent."
    type_in(qtbot, wizard.hours.days[0], "9h00-12h00")
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.offices.names, "Bureau 1")
    qtbot.keyClick(wizard.offices.names, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.offices.names, "bureau 1")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.offices
    assert wizard.offices.error.text() == "Un bureau s'appelle déjà « bureau 1 »." and wizard.offices.error.isVisible()


def test_a_weak_password_keeps_the_wizard_open_and_writes_nothing(qtbot, french_app, services) -> None:
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    fill_structure_hours_offices(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_administrator(qtbot, wizard, "court")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentPage() is wizard.administrator
    assert "au moins 12 caractères" in wizard.administrator.error.text()
    assert wizard.administrator.confirm.text() == ""  # typed again, not guessed
    assert not services.accounts.exists()
    with services.db.read() as session:
        assert session.scalars(select(SettingRow.key)).all() == []
    assert [o.name for o in services.rota.offices()] == ["Bureau 1", "Bureau 2"]


def test_demonstration_data_is_loaded_when_chosen(qtbot, french_app, services) -> None:
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    for _ in range(3):
        next_page(qtbot, wizard)
    wizard.data.demo.setFocus()
    qtbot.keyClick(wizard.data.demo, Qt.Key.Key_Space)
    assert wizard.data.demo.isChecked()
    next_page(qtbot, wizard)
    fill_administrator(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted, timeout=60_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OrganisationRow)) == 18
        assert session.scalar(select(func.count()).select_from(VisitRow)) > 4000


def test_a_database_with_visits_skips_the_data_page(qtbot, french_app, services, category_ids) -> None:
    services.visits.log(next(iter(category_ids.values())))
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    assert wizard.data.wizard() is None or wizard.data not in [wizard.page(i) for i in wizard.pageIds()]
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.administrator


def test_with_a_planned_rota_the_pages_refuse_what_the_rota_would_refuse(qtbot, french_app, services) -> None:
    from maison_solidarite.services.demo import load_demo

    load_demo(services.db, services.ctx, years=0.05)  # the offices hold permanences
    wizard = show_active(qtbot, FirstRunWizard(services), (700, 520))
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.hours.days[1], "09:00-12:00")  # Tuesday afternoons hold permanences
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.hours and "mardi" in wizard.hours.error.text()
    type_in(qtbot, wizard.hours.days[1], "09:00-12:00, 13:30-17:00")
    next_page(qtbot, wizard)
    type_in(qtbot, wizard.offices.names, "Bureau 2")  # Bureau 1 would close with its permanences
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.offices and wizard.offices.error.text().startswith("Bureau 1 ")
    assert not services.accounts.exists()
    assert [(o.name, o.active) for o in services.rota.offices(active_only=False)] == [
        ("Bureau 1", True),
        ("Bureau 2", True),
    ]
