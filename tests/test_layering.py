"""The non-UI packages never load Qt: they run in the CLI and in tests without a screen."""

import pkgutil
import subprocess
import sys

import maison_solidarite


def test_no_pyside6_outside_ui() -> None:
    modules = [
        info.name
        for info in pkgutil.walk_packages(maison_solidarite.__path__, "maison_solidarite.")
        if not info.name.startswith("maison_solidarite.ui") and ".migrations" not in info.name
    ]
    assert "maison_solidarite.services.visits" in modules
    assert "maison_solidarite.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_ui_is_the_only_package_importing_pyside6() -> None:
    from pathlib import Path

    root = Path(maison_solidarite.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8") and path.relative_to(root).parts[0] != "ui"
    ]
    assert offenders == []


def test_every_package_is_declared_for_installation() -> None:
    """A folder missing from pyproject's list works in development and is absent from a wheel."""
    import tomllib
    from pathlib import Path

    root = Path(maison_solidarite.__file__).parent
    on_disk = {
        ".".join(("maison_solidarite", *path.parent.relative_to(root).parts)) for path in root.rglob("__init__.py")
    }
    declared = set(tomllib.loads((root.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    assert on_disk - declared == set()
