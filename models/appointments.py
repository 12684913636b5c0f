"""Appointment dates for results: a number of working days after the filing day."""

from __future__ import annotations

from datetime import date, timedelta


def add_working_days(start: date, days: int) -> date:
    """``days`` working days (Monday to Friday) after ``start``; 0 gives ``start`` itself.

    Public holidays are not known here, so the clerk can always change the date on the handout.
    """
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current
