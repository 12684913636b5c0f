"""Locking a day's figures ("chốt số liệu"): who locked it, when, and what a lock refuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DayLock:
    """A locked day: the chair who locked it, the moment (UTC), and an optional note."""

    day: date
    locked_by: str
    locked_at: datetime
    note: str = ""
