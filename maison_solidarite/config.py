"""Where things live on this computer, and the settings that belong to this desk."""

from __future__ import annotations

import json
import os
import socket
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "maison-solidarite"
DB_ENV = "MAISON_SOLIDARITE_DB"
LANG_ENV = "MAISON_SOLIDARITE_LANG"
BUSY_TIMEOUT_ENV = "MAISON_SOLIDARITE_BUSY_TIMEOUT_MS"
FONT_PERCENT_MIN, FONT_PERCENT_MAX = 100, 200


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def database(self) -> Path:
        return self.data_dir / "maison-solidarite.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "desk.json"


@dataclass
class DeskSettings:
    """Settings of this desk only (the structure's settings are in the database)."""

    desk_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    language: str = "fr"
    # Minutes without a key or a click before the window locks (1 to 60).
    idle_minutes: int = 10
    # Where the daily copies go (a USB key, a network share); empty: beside the database.
    backup_folder: str = ""
    # Size of the text on screen, in percent of the system's (100 to 200).
    font_percent: int = 100
    # This desk's name as people say it ("Accueil 1"); empty: the computer's name.
    desk_name: str = ""

    def idle_lock_minutes(self) -> int:
        return self.idle_minutes if isinstance(self.idle_minutes, int) and 1 <= self.idle_minutes <= 60 else 10

    def text_size(self) -> int:
        value = self.font_percent
        return value if isinstance(value, int) and FONT_PERCENT_MIN <= value <= FONT_PERCENT_MAX else 100

    def display_name(self) -> str:
        name = self.desk_name.strip() if isinstance(self.desk_name, str) else ""
        return name or socket.gethostname()

    def desk_language(self) -> str:
        return self.language if self.language in ("fr", "en") else "fr"

    def backups(self, paths: AppPaths) -> Path:
        return Path(self.backup_folder).expanduser() if self.backup_folder else paths.backups

    @classmethod
    def load(cls, path: Path) -> DeskSettings:
        """Read the desk's settings, creating them (with a new desk id) on first use."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            settings = cls(**known)
        except (OSError, ValueError, TypeError):
            settings = cls()
            settings.save(path)
        return settings

    def save(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".part")
            partial.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            partial.replace(path)
        except OSError:
            pass  # a read-only profile: the desk id lives for this run only


def database_location(option: str | None, paths: AppPaths) -> str:
    """The --db option, else the environment variable, else the per-user data folder."""
    return option or os.environ.get(DB_ENV) or str(paths.database)


def busy_timeout_ms(default: int) -> int:
    try:
        return int(os.environ.get(BUSY_TIMEOUT_ENV, default))
    except ValueError:
        return default
