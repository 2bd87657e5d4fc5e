"""Screenshots of the real windows, on demonstration data, offscreen.

    .venv/bin/python packaging/screenshots.py help            # the user guides' pictures
    .venv/bin/python packaging/screenshots.py review OUT_DIR  # every screen at 100, 150 and
                                                               # 200 %, in English, high contrast

"help" writes resources/help/*.png, which ship with the application (F1). The clock is
fixed on a Tuesday morning so that the pictures do not change from one run to the next.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from maison_solidarite.config import DeskSettings
from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.demo import load_demo
from maison_solidarite.ui.app import install_translators
from maison_solidarite.ui.first_run import FirstRunWizard
from maison_solidarite.ui.fonts import apply_text_size
from maison_solidarite.ui.main_window import MainWindow
from maison_solidarite.ui.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 17, 10, 30)
HELP = Path(__file__).resolve().parent.parent / "resources" / "help"


def high_contrast() -> QPalette:
    """White on black with yellow selection, like the high-contrast themes of Windows and GNOME."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    return palette


def demo_services(folder: Path) -> Services:
    prepared = prepare_database(str(folder / "demo.sqlite3"), folder / "backups")
    ctx = DeskContext("screenshots", "claire.m", lambda: NOW, role=Role.ADMINISTRATOR)
    load_demo(prepared.db, ctx)
    services = Services.create(prepared.db, ctx)
    services.settings.set_structure("CCAS de Dijon", "Maison de la Solidarité\n1 place de la Mairie, 21000 Dijon")
    return services


def save(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> Path:
    """Show, let the figures computed in the background arrive, and grab at a desk screen's size."""
    if size is None and isinstance(widget, MainWindow):
        size = (1366, 768)
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def main_window(services: Services, folder: Path, language: str = "fr") -> MainWindow:
    window = MainWindow(services, language, backup_dir=folder / "backups", settings_file=folder / "desk.json")
    window.resize(1366, 768)
    return window


def shoot_help(services: Services, folder: Path) -> list[Path]:
    """The guides' pictures, 960 px wide: sharp enough in the help window, small in the bundle."""
    HELP.mkdir(parents=True, exist_ok=True)
    window = main_window(services, folder)
    shots = [save(window, HELP / "accueil.png")]
    window.tabs.setCurrentWidget(window.rota)
    shots.append(save(window, HELP / "planning.png"))
    window.tabs.setCurrentWidget(window.directory)
    window.directory.search.setText("logement")
    shots.append(save(window, HELP / "annuaire.png"))
    window.tabs.setCurrentWidget(window.statistics)
    shots.append(save(window, HELP / "statistiques.png"))
    window.close()
    settings = SettingsDialog(services, DeskSettings())
    settings.show_tab(SettingsDialog.DESK)
    shots.append(save(settings, HELP / "reglages.png"))
    for path in shots:
        image = QImage(str(path))
        if image.width() > 960:
            image.scaledToWidth(960, Qt.TransformationMode.SmoothTransformation).save(str(path))
    return shots


def shoot_review(services: Services, folder: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    fresh = prepare_database(str(folder / "new.sqlite3"), folder / "backups").db  # the wizard's first start
    empty = Services.create(fresh, services.ctx)
    shots = []
    for percent in (100, 150, 200):
        apply_text_size(app, percent)
        window = main_window(services, folder)
        for name, tab in (
            ("accueil", window.reception),
            ("planning", window.rota),
            ("annuaire", window.directory),
            ("statistiques", window.statistics),
        ):
            window.tabs.setCurrentWidget(tab)
            shots.append(save(window, out / f"{name}-{percent}.png"))
        hint = window.minimumSizeHint()
        print(f"{percent} %: the main window needs at least {hint.width()} x {hint.height()} px")
        window.close()
        settings = SettingsDialog(services, DeskSettings())
        for tab in range(4):
            settings.show_tab(tab)
            shots.append(save(settings, out / f"reglages-{tab}-{percent}.png"))
        wizard = FirstRunWizard(empty)
        for n in range(len(wizard.pageIds())):
            shots.append(save(wizard, out / f"assistant-{n + 1}-{percent}.png"))
            wizard.next()
    apply_text_size(app, 100)
    install_translators(app, "en")
    window = main_window(services, folder, "en")
    shots.append(save(window, out / "english-reception.png"))
    window.tabs.setCurrentWidget(window.statistics)
    shots.append(save(window, out / "english-statistics.png"))
    window.close()
    install_translators(app, "fr")
    app.setPalette(high_contrast())
    window = main_window(services, folder)
    shots.append(save(window, out / "contraste-accueil.png"))
    window.tabs.setCurrentWidget(window.rota)
    shots.append(save(window, out / "contraste-planning.png"))
    window.close()
    fresh.dispose()
    return shots


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("help", "review") or (argv[0] == "review" and len(argv) < 2):
        print(__doc__, file=sys.stderr)
        return 2
    app = QApplication(["screenshots"])
    app.setStyle("Fusion")  # the look of the Linux desks; stable from one machine to the next
    install_translators(app, "fr")
    QCoreApplication.setApplicationName("Maison de la Solidarité")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = demo_services(folder)
        shots = shoot_help(services, folder) if argv[0] == "help" else shoot_review(services, folder, Path(argv[1]))
        services.db.dispose()
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
