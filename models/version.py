"""The app's version: one number, written once in pyproject.toml.

The frozen build carries pyproject.toml in its bundle (packaging/motcua.spec), so the source
tree and the Windows package read the same line; an installed distribution's metadata is the
fallback.
"""

from __future__ import annotations

import tomllib
from importlib import metadata

from models.resources import app_root

DISTRIBUTION = "motcua-desk"


def app_version() -> str:
    """The version of this app, e.g. ``0.1.0`` (``không rõ`` when nothing says)."""
    pyproject = app_root() / "pyproject.toml"
    try:
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "không rõ"
