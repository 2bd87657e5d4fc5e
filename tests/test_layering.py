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


def _ui_data_access(path, root) -> list[str]:
    """What in one module of ui/ reaches the database around the services."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(("maison_solidarite", *path.parent.relative_to(root).parts))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        for name in names:
            if name.split(".")[0] == "sqlalchemy" or name.startswith("maison_solidarite.db"):
                found.append(f"{path.name}:{node.lineno} imports {name}")
        if isinstance(node, ast.Attribute) and node.attr in ("db", "engine", "session", "Session"):
            holder = ast.unparse(node.value)
            # The start-up hands the database it opened to the bundle, and nothing else.
            if not (
                path.name == "app.py" and path.parent == root / "ui" and holder == "prepared" and node.attr == "db"
            ):
                found.append(f"{path.name}:{node.lineno} uses {holder}.{node.attr}")
        if isinstance(node, ast.Name) and node.id in ("session", "Session", "engine"):
            found.append(f"{path.name}:{node.lineno} uses {node.id}")
    return found


def test_the_screens_reach_their_data_through_the_services_only() -> None:
    """No module of ui/ imports the database layer or SQLAlchemy, or touches services.db, a session, an engine."""
    from pathlib import Path

    root = Path(maison_solidarite.__file__).parent
    modules = sorted((root / "ui").rglob("*.py"))
    assert len(modules) > 20
    offenders = [finding for path in modules for finding in _ui_data_access(path, root)]
    assert offenders == []


def test_the_scan_of_the_screens_finds_what_it_looks_for(tmp_path) -> None:
    """The scan above would see each way around the services."""
    from pathlib import Path

    root = tmp_path / "maison_solidarite"
    screen = root / "ui" / "reception" / "view.py"
    screen.parent.mkdir(parents=True)
    screen.write_text(
        "from ...db.engine import Database\n"
        "import sqlalchemy\n"
        "from maison_solidarite.db import models\n"
        "def f(services):\n"
        "    with services.db.read() as session:\n"
        "        return self._services.db\n",
        encoding="utf-8",
    )
    found = _ui_data_access(Path(screen), root)
    assert any("maison_solidarite.db.engine" in f for f in found)
    assert any("imports sqlalchemy" in f for f in found)
    assert any("maison_solidarite.db" in f and ":3 " in f for f in found)
    assert any("uses services.db" in f for f in found) and any("uses self._services.db" in f for f in found)
    assert any("uses session" in f for f in found)
