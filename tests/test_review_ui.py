"""The review's windows: the observations of each year, and the logo in the settings."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from maison_solidarite.config import DeskSettings
from maison_solidarite.db.models import AuditRow
from maison_solidarite.domain.review import OBSERVATIONS_MAX
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.ui.settings_dialog import SettingsDialog
from maison_solidarite.ui.statistics.observations import ObservationsDialog, observations_entry
from tests.conftest import show_active


def press_save(qtbot, dialog) -> None:
    """Tab to the dialog's Save button and press it with the space bar, as a keyboard user does."""
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def logo_file(folder: Path, name: str = "logo.png", size: tuple[int, int] = (400, 160)) -> Path:
    path = folder / name
    out = io.BytesIO()
    Image.new("RGB", size, (30, 60, 120)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def test_observations_are_typed_for_two_years_and_saved_together(qtbot, french_app, services: Services, clock) -> None:
    clock.current = datetime(2026, 11, 26, 10, 0)
    services.review.set_observations(2025, "Déjà écrit.")
    dialog = show_active(qtbot, ObservationsDialog(services, 2026))
    assert dialog.text.toPlainText() == ""
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Une bonne annee.")  # QTest types ASCII only
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Merci aux benevoles.")
    assert dialog.count.text().startswith("38 ")
    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Down)  # to 2025: what was typed for 2026 waits
    assert dialog.year.value() == 2025 and dialog.text.toPlainText() == "Déjà écrit."
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, " Et complete.")
    qtbot.keyClick(dialog.year, Qt.Key.Key_Up)
    assert dialog.text.toPlainText() == "Une bonne annee.\n\nMerci aux benevoles."
    assert services.review.observations(2026) == ""  # nothing written before Save
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert services.review.observations(2026) == "Une bonne annee.\n\nMerci aux benevoles."
    assert services.review.observations(2025) == "Déjà écrit. Et complete."
    with services.db.read() as session:
        keys = [e.entity_key for e in session.scalars(select(AuditRow).where(AuditRow.entity == "annual_review"))]
    assert keys.count("2026") == 1 and keys.count("2025") == 2


def test_observations_too_long_are_refused_with_a_message_and_nothing_written(
    qtbot, french_app, services: Services
) -> None:
    dialog = show_active(qtbot, ObservationsDialog(services, 2026))
    dialog.text.setPlainText("x" * (OBSERVATIONS_MAX + 5))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "y")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert " 6 " in dialog.error.text()  # characters too many
    assert services.review.observations(2026) == ""


def test_the_menu_entry_is_shown_to_coordinators_not_to_agents(qtbot, french_app, services: Services) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    text, name, _open, shown = observations_entry(services, parent)
    assert "&" in text and name == "observationsAction" and shown
    agent = services.as_acting(DeskContext("desk-test", "nadia", role=Role.AGENT))
    assert observations_entry(agent, parent)[3] is False


def test_the_logo_is_chosen_in_the_settings_and_saved_with_them(
    qtbot, french_app, services: Services, tmp_path: Path
) -> None:
    dialog = show_active(qtbot, SettingsDialog(services, DeskSettings(desk_id="desk-1")))
    panel = dialog.structure.logo
    assert panel.preview.pixmap().isNull() and not panel.remove.isEnabled()
    bad = tmp_path / "notes.png"
    bad.write_text("pas une image", encoding="utf-8")
    assert not panel.choose_file(bad)
    assert panel.error.isVisible() and "notes.png" in panel.error.text()
    assert panel.choose_file(logo_file(tmp_path))
    assert not panel.error.isVisible() and not panel.preview.pixmap().isNull() and panel.remove.isEnabled()
    assert services.review.logo() is None  # written by Save only
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert services.review.logo() is not None
    again = show_active(qtbot, SettingsDialog(services, DeskSettings(desk_id="desk-1")))
    assert not again.structure.logo.preview.pixmap().isNull()
    again.structure.logo.remove.setFocus()
    qtbot.keyClick(again.structure.logo.remove, Qt.Key.Key_Space)
    with qtbot.waitSignal(again.accepted):
        press_save(qtbot, again)
    assert services.review.logo() is None


@pytest.mark.parametrize("percent", [100, 200])
def test_the_structure_tab_with_its_logo_fits_a_desk_screen(
    qtbot, french_app, services: Services, tmp_path: Path, percent: int
) -> None:
    from maison_solidarite.ui.fonts import apply_text_size

    apply_text_size(french_app, percent)
    try:
        services.review.set_logo_file(logo_file(tmp_path))
        dialog = show_active(qtbot, SettingsDialog(services, DeskSettings(desk_id="desk-1")), (1366, 768))
        panel = dialog.structure.logo
        assert panel.choose.isVisible() and panel.remove.isVisible()
        for widget in (panel.choose, panel.remove, panel.preview):
            corner = widget.mapTo(dialog, widget.rect().bottomRight())
            assert dialog.rect().contains(corner), widget.objectName()
        assert dialog.minimumSizeHint().height() <= 768 - 48 and dialog.minimumSizeHint().width() <= 1366
    finally:
        apply_text_size(french_app, 100)
