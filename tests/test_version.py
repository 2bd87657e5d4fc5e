"""One version: the newest released section of the changelog, the package and the About box."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

from maison_solidarite import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_newest_release_of_the_changelog_is_the_package_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, flags=re.MULTILINE)
    assert releases, "no released section in CHANGELOG.md"
    assert releases[0][0] == __version__
    assert [r[1] for r in releases] == sorted((r[1] for r in releases), reverse=True)


def test_the_installed_metadata_reads_the_same_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project.get("dynamic", [])
    assert version("maison-solidarite") == __version__
