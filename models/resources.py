"""Finding the data files under resources/ and docs/, from source or a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds resources/, docs/ and pyproject.toml.

    From source: the repository. Frozen by PyInstaller (one folder): ``sys._MEIPASS``, the
    ``_internal`` folder beside MotCuaDesk.exe, where packaging/motcua.spec puts the same tree.
    """
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/."""
    return app_root().joinpath("resources", *parts)


def doc_path(*parts: str) -> Path:
    """The path of a file under docs/ (the user guide and its screenshots)."""
    return app_root().joinpath("docs", *parts)
