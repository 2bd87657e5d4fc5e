"""Choose the backup to restore: the copies of the backup folder, or another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.statistics import number_format
from ...services.audit_seal import AuditSeal
from ...services.backups import BackupService, backups_in
from ..messages import show_error


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        self._folder = folder
        explanation = QLabel(
            self.tr(
                "Choose the copy to put in the place of the database. The database in use now is kept "
                "aside first, and the application closes once the copy is restored."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        numbers = number_format(language)
        for backup in sorted(backups_in(folder) if folder.is_dir() else [], key=lambda b: b.taken, reverse=True):
            size = backup.path.stat().st_size / 1_000_000
            template = (
                self.tr("{taken} — {size} MB — made on demand") if backup.manual else self.tr("{taken} — {size} MB")
            )
            text = template.format(taken=backup.taken.strftime("%d/%m/%Y %H:%M"), size=numbers.number(size))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        self.list.setCurrentRow(0)
        other = QPushButton(self.tr("&Other file…"), self)
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self._accept_current)
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(self._accept_current)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.list, other, buttons):
            layout.addWidget(widget)
        self.resize(520, 380)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self._folder),
            self.tr("SQLite databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def restore_chosen(parent: QWidget, backups: BackupService, chosen: Path, folder: Path, seal: AuditSeal | None) -> bool:
    """Check the copy, ask, keep the current database aside and restore: True once restored."""
    title = QCoreApplication.translate("MainWindow", "Restore a backup")
    try:
        backups.check_restorable(chosen)
    except UserError as exc:
        show_error(parent, exc)
        return False
    question = QCoreApplication.translate(
        "MainWindow",
        "Put the copy {name} in the place of the database? The changes made since that copy leave the database; "
        "they are kept aside in a file of the backup folder.",
    )
    if QMessageBox.question(parent, title, question.format(name=chosen.name)) != QMessageBox.StandardButton.Yes:
        return False
    try:
        replaced = backups.restore_and_record(chosen, folder, seal)
    except UserError as exc:
        show_error(parent, exc)
        return False
    done = QCoreApplication.translate(
        "MainWindow",
        "The copy is restored. What the database held before is kept in {path}, with {count} visit(s) that the copy "
        "does not hold. The application closes now: start it again.",
    )
    QMessageBox.information(parent, title, done.format(path=replaced.kept_aside, count=replaced.visits_only_aside))
    return True
