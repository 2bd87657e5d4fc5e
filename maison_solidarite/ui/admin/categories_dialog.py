"""Categories: add, rename, reorder, switch off; delete only those no visit uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import Category
from ...domain.errors import UserError
from ...services import Services
from ..messages import show_error


class CategoriesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Request categories"))
        self._services = services
        self.changed = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Request categories"))
        explanation = QLabel(
            self.tr(
                "The order here is the order of the buttons and keys at reception. "
                "A category used by visits cannot be deleted: switch it off instead."
            )
        )
        explanation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.toggle_button = QPushButton(self.tr("Switch &on/off"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.toggle_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(body)
        layout.addWidget(close)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.resize(560, 420)
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        self.list.clear()
        for category in self._services.categories.list():
            text = category.label if category.active else self.tr("{label} (switched off)").format(label=category.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, category)
            if not category.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if category.id == select_id:
                self.list.setCurrentItem(item)

    def _current(self) -> Category | None:
        item = self.list.currentItem()
        if item is None:
            return None
        category: Category = item.data(Qt.ItemDataRole.UserRole)
        return category

    def _apply(self, action: Callable[[], object], select_id: int | None = None) -> None:
        try:
            result = action()
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._load(select_id if select_id is not None else getattr(result, "id", None))

    def _on_add_button_clicked(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Label:"))
        if ok:
            self._apply(lambda: self._services.categories.add(label))

    def _on_rename_button_clicked(self) -> None:
        category = self._current()
        if category is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Rename a category"), self.tr("Label:"), text=category.label)
        if ok:
            self._apply(lambda: self._services.categories.rename(category.id, label))

    def _on_toggle_button_clicked(self) -> None:
        category = self._current()
        if category is not None:
            self._apply(lambda: self._services.categories.set_active(category.id, not category.active))

    def _on_delete_button_clicked(self) -> None:
        category = self._current()
        if category is not None:
            self._apply(lambda: self._services.categories.delete(category.id))

    def _move(self, step: int) -> None:
        category = self._current()
        if category is None:
            return
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(self.list.count())]
        index = ids.index(category.id)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        self._apply(lambda: self._services.categories.reorder(ids), select_id=category.id)
