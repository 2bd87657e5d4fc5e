"""The Qt binding keeps Python's singletons alive.

PySide6 6.12.0 returned None from every Qt method that returns nothing without taking a
reference to it. On Python 3.11, where None, True and False are not immortal, a session
of a few thousand calls then aborted ("deallocating None"). pyproject.toml keeps PySide6
below 6.12; this test fails if a version with that fault comes back.
"""

import gc
import sys

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


def test_qt_calls_do_not_eat_references_to_none(qapp) -> None:
    widget = QWidget()
    form = QFormLayout(widget)
    label, edit = QLabel("x"), QLineEdit()
    form.addRow(label, edit)
    gc.collect()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        label.setVisible(True)
        edit.setEnabled(False)
        form.setRowVisible(label, True)
        edit.setText("")
    gc.collect()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    lost = [b - a for a, b in zip(after, before, strict=False)]
    assert max(lost) < 50, f"references lost over 4,000 calls (None, True, False): {lost}"
