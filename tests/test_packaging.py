"""The installed program checks itself, and the build files name everything the app reads."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_self_test_creates_a_database_logs_a_visit_renders_a_sheet_and_exits_0(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "MAISON_SOLIDARITE_LANG": "en",  # the lines below are the English ones; French: test_cli_french.py
    }
    result = subprocess.run(
        [sys.executable, "-m", "maison_solidarite", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("ok ") for line in lines) == 6
    assert any("monthly sheet rendered" in line for line in lines)
    assert lines[-1].endswith("self-test passed (6 steps).")
    assert not (tmp_path / "data").exists()  # the user's real folders are not touched


def test_the_spec_ships_every_resource_folder_and_the_migrations() -> None:
    spec = (ROOT / "packaging" / "maison-solidarite.spec").read_text(encoding="utf-8")
    shipped = set(re.findall(r'^\s*"(\w+)": \(', spec, re.MULTILINE))
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= shipped, f"resource folders the bundle would miss: {sorted(folders - shipped)}"
    assert '"versions"' in spec and "script.py.mako" in spec


def test_the_desktop_file_starts_the_program_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(ROOT / "resources" / "maison-solidarite.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "maison-solidarite"
    assert entry["Name"] == "Maison de la Solidarité"
    assert entry["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}-256.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.ico").is_file()
