"""This PC's folders and settings, as the screens that change them share them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.local_settings import LocalSettings, save_settings
from models.paths import AppPaths


@dataclass
class Machine:
    """The folders of this installation and its machine settings (saved on every change)."""

    paths: AppPaths
    settings: LocalSettings

    def save(self) -> None:
        """Write the settings file now (atomically)."""
        save_settings(self.paths.config_dir, self.settings)

    @property
    def backup_folder(self) -> Path:
        """Where the automatic backups go: the chosen folder, else the data folder's."""
        chosen = self.settings.backup_dir
        return Path(chosen) if chosen else self.paths.backup_dir
