"""Báo lỗi: a zip of the log files and a description of the machine, with personal data scrubbed.

The app never logs personal data on purpose (models/applog.py), but a log can still hold what a
library quoted back (a value in an error message, a file name typed by a clerk). So every text
that goes into the zip passes through :func:`scrub` first: ID numbers, phone numbers, e-mail
addresses and the Windows account name in folder paths are replaced by a placeholder.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from models.applog import LOG_FILE

REPORT_PREFIX = "bao-loi-motcua"

# Longest patterns first: a 12-digit ID would otherwise lose only its first 10 digits as a phone.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"(?<!\d)\d{9,}(?!\d)")  # ID (12), old ID card (9), phones (10-11)
_PHONE = re.compile(r"(?<![\w+])(?:\+84|0084|0)(?:[\s.-]?\d){8,10}(?!\d)")
_HOME = re.compile(r"(?i)([\\/](?:Users|home|Documents and Settings)[\\/])[^\\/\s\"']+")


def scrub(text: str) -> str:
    """``text`` without ID numbers, phone numbers, e-mail addresses and account names."""
    text = _EMAIL.sub("[thư điện tử]", text)
    text = _PHONE.sub(lambda m: "[số]" if _digits(m.group()) >= 9 else m.group(), text)
    text = _LONG_NUMBER.sub("[số]", text)
    return _HOME.sub(r"\1[tài khoản]", text)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def log_files(log_dir: Path) -> list[Path]:
    """The current log and its rotated copies (motcua-desk.log, .log.1 … .log.5)."""
    if not log_dir.is_dir():
        return []
    return sorted(p for p in log_dir.glob(LOG_FILE + "*") if p.is_file())


def describe(machine: Mapping[str, str]) -> str:
    """The machine description as lines ``key: value``, scrubbed."""
    return "".join(f"{key}: {scrub(str(value))}\n" for key, value in machine.items())


def write_problem_report(
    log_dir: Path, out_dir: Path, machine: Mapping[str, str], now: datetime
) -> Path:
    """Write ``bao-loi-motcua-<time>.zip`` into ``out_dir`` and return its path.

    Written to a partial file first and renamed, so a half-written zip never lies around.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{REPORT_PREFIX}-{now:%Y%m%d-%H%M%S}.zip"
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("may-tinh.txt", describe(machine))
        for path in log_files(log_dir):
            text = path.read_text(encoding="utf-8", errors="replace")
            archive.writestr(f"nhat-ky/{path.name}", scrub(text))
    partial.replace(target)
    return target
