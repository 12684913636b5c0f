"""Where the app keeps its files on this machine (platformdirs: %LOCALAPPDATA% on Windows)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "MotCuaDesk"
APP_AUTHOR = "MotCuaDesk"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation; tests point all of them into a temporary folder."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's folders, or all under ``MOTCUA_HOME`` when that is set (portable use)."""
        home = os.environ.get("MOTCUA_HOME")
        if home:
            return cls.under(Path(home))
        data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        return cls(
            data_dir=data,
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            backup_dir=data / "backups",
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Every folder inside ``root``."""
        return cls(root / "data", root / "config", root / "logs", root / "data" / "backups")

    def ensure(self) -> None:
        """Create the folders that do not exist yet."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)

    @property
    def database_file(self) -> Path:
        """The embedded SQLite database."""
        return self.data_dir / "motcua.sqlite3"

    @property
    def id_key_file(self) -> Path:
        """The per-installation secret that keys ID-number hashes (kept out of the database)."""
        return self.data_dir / "id-hash.key"

    def default_database_url(self) -> str:
        """The SQLAlchemy URL of the embedded database."""
        return f"sqlite:///{self.database_file.as_posix()}"
