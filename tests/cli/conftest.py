"""Fixtures of the command tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """An empty folder standing for a USB stick."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
