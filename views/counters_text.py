"""The day's counters as one line of text (desk log status, reminders)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.summary import DayCounters


def format_counters(counters: DayCounters) -> str:
    """ "Lượt 12 · Nộp trực tuyến 7 (58%) · Chưa hoàn thành 2"."""
    share = f" ({counters.online_share:.0%})" if counters.online_share is not None else ""
    return QCoreApplication.translate(
        "DeskLogScreen",
        "Lượt {visits} · Nộp trực tuyến {online}{share} · Chưa hoàn thành {not_completed}",
    ).format(
        visits=counters.visits,
        online=counters.online_submissions,
        share=share,
        not_completed=counters.not_completed,
    )
