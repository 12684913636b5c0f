"""Settings of this machine only (which database, backup folder), as a JSON file.

A file that fails to parse is renamed aside and never overwritten, so a person can still recover
what was in it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"

# The screens' text size for older eyes, in points: what Cài đặt → Cỡ chữ offers.
TEXT_SIZES: dict[str, int] = {"normal": 11, "large": 13, "very_large": 16}


@dataclass
class LocalSettings:
    """What differs from one desk PC to the next."""

    database_url: str = ""
    backup_dir: str = ""
    ui_font_pt: int = 11
    language: str = "vi"  # the screens' language; "en" loads resources/translations/motcua_en.qm
    last_clerk: str = ""
    idle_lock_minutes: int = 10  # the screen locks after this long without use; 0: never
    desk_name: str = ""  # this PC's desk ("Quầy 1"), set by the first-run wizard


def load_settings(config_dir: Path) -> LocalSettings:
    """Read the settings file; defaults when there is none or it is damaged (renamed aside)."""
    path = config_dir / FILE_NAME
    if not path.exists():
        return LocalSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the settings file does not hold a JSON object")
        defaults = LocalSettings()
        for f in fields(LocalSettings):
            # A value of another type (a font size "to", a URL 5) would fail later, far away.
            if f.name in data and type(data[f.name]) is not type(getattr(defaults, f.name)):
                raise TypeError(f"{f.name} holds a {type(data[f.name]).__name__}")
        known = {f.name for f in fields(LocalSettings)}
        return LocalSettings(**{k: v for k, v in data.items() if k in known})
    except (ValueError, TypeError, RecursionError) as exc:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        counter = 1
        while aside.exists():  # damaged twice in one second: keep both copies
            aside = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
            counter += 1
        path.rename(aside)
        log.warning("settings file could not be read (%s); renamed to %s", exc, aside.name)
        return LocalSettings()


def save_settings(config_dir: Path, settings: LocalSettings) -> None:
    """Write the settings atomically (a power cut leaves the old file or the new one)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / FILE_NAME
    partial = path.with_suffix(".json.part")
    partial.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(path)
