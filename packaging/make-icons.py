"""Render resources/icons/maison-solidarite.svg to the PNG and ICO files the builds use.

Run again after changing the drawing: .venv/bin/python packaging/make-icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QImage and QPainter need it
    renderer = QSvgRenderer(str(ICONS / "maison-solidarite.svg"))
    if not renderer.isValid():
        print("the SVG icon does not parse", file=sys.stderr)
        return 2
    for size in (256, 48):
        render(renderer, size).save(str(ICONS / f"maison-solidarite-{size}.png"))
    render(renderer, 128).save(str(ICONS / "maison-solidarite.ico"))  # 66 kB; 256 would be 270 kB
    return 0


if __name__ == "__main__":
    sys.exit(main())
