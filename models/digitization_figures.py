"""Digitization figures of a day or a period, in one place: the daily summary, its exports and
the digitization screen read them from here.

Definitions (docs/daily-summary-schema.md): a document is *digitized* on the day of its first scan
(received → scanned); re-scans after a send-back are counted apart, so a document never counts
twice. *Checked*, *sent back* and *reused* count moves and reuse records of the period. The
*backlog* is the open items per state at the end of the last day, rebuilt from the events, so a
past day's report reads the same tomorrow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from models.db import Database
from models.digitization_workflow import (
    CHECKED,
    OPEN_STATES,
    RECEIVED,
    SCAN_AGAIN,
    SCANNED,
)
from models.entities import DigitizationEvent, DigitizationItem, DigitizationReuse

FLOW_KEYS = (
    "documents_scanned",
    "pages_scanned",
    "documents_rescanned",
    "documents_checked",
    "pages_checked",
    "sent_back",
    "reused",
    "results_digitized",
)
FLOW_LABELS = {
    "documents_scanned": "Tài liệu quét lần đầu",
    "pages_scanned": "Trang quét lần đầu",
    "documents_rescanned": "Tài liệu quét lại",
    "documents_checked": "Tài liệu đã kiểm tra",
    "pages_checked": "Trang đã kiểm tra",
    "sent_back": "Tài liệu trả lại quét lại",
    "reused": "Lượt tái sử dụng dữ liệu số hóa",
    "results_digitized": "Kết quả giải quyết đã số hóa",
}


@dataclass
class DigitizationFigures:
    """The digitization figures of the local days ``first`` to ``last``."""

    documents_scanned: int = 0
    pages_scanned: int = 0
    documents_rescanned: int = 0
    documents_checked: int = 0
    pages_checked: int = 0
    sent_back: int = 0
    reused: int = 0
    results_digitized: int = 0
    backlog: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OPEN_STATES, 0))

    @property
    def backlog_total(self) -> int:
        """Open items at the end of the period."""
        return sum(self.backlog.values())

    def as_dict(self) -> dict[str, object]:
        """The ``digitization`` section of the JSON document."""
        return {
            **{key: int(getattr(self, key)) for key in FLOW_KEYS},
            "backlog": dict(self.backlog),
        }


def _end_of(db: Database, day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=db.tz)


def digitization_figures(db: Database, first: date, last: date) -> DigitizationFigures:
    """Every digitization figure of the local days ``first`` to ``last``."""
    figures = DigitizationFigures()
    window = (DigitizationEvent.local_date >= first, DigitizationEvent.local_date <= last)
    with db.reading() as session:
        moves = session.execute(
            select(
                DigitizationEvent.from_state,
                DigitizationEvent.to_state,
                DigitizationItem.pages,
                DigitizationItem.kind,
            )
            .join(DigitizationItem, DigitizationItem.id == DigitizationEvent.item_id)
            .where(*window)
        ).all()
        figures.reused = int(
            session.scalar(
                select(func.count())
                .select_from(DigitizationReuse)
                .where(DigitizationReuse.local_date >= first, DigitizationReuse.local_date <= last)
            )
            or 0
        )
        history = session.execute(
            select(DigitizationEvent.item_id, DigitizationEvent.to_state)
            .where(DigitizationEvent.at < _end_of(db, last))
            .order_by(DigitizationEvent.at, DigitizationEvent.id)
        ).all()
    for from_state, to_state, pages, kind in moves:
        if to_state == SCANNED and from_state == RECEIVED:
            figures.documents_scanned += 1
            figures.pages_scanned += pages
            figures.results_digitized += kind == "result"
        elif to_state == SCANNED:
            figures.documents_rescanned += 1
        elif to_state == CHECKED:
            figures.documents_checked += 1
            figures.pages_checked += pages
        elif to_state == SCAN_AGAIN:
            figures.sent_back += 1
    state_at_end = {item_id: state for item_id, state in history}
    counts = Counter(state_at_end.values())
    figures.backlog = {state: counts.get(state, 0) for state in OPEN_STATES}
    return figures


@dataclass(frozen=True)
class PagesDay:
    """Pages first scanned on one day (the 30-day chart)."""

    day: date
    documents: int
    pages: int


def pages_series(db: Database, first: date, last: date) -> list[PagesDay]:
    """Documents and pages first scanned per day, every day present (zeros included)."""
    query = (
        select(DigitizationEvent.local_date, func.count(), func.sum(DigitizationItem.pages))
        .join(DigitizationItem, DigitizationItem.id == DigitizationEvent.item_id)
        .where(
            DigitizationEvent.local_date >= first,
            DigitizationEvent.local_date <= last,
            DigitizationEvent.from_state == RECEIVED,
            DigitizationEvent.to_state == SCANNED,
        )
        .group_by(DigitizationEvent.local_date)
    )
    with db.reading() as session:
        found = {day: (int(n), int(p or 0)) for day, n, p in session.execute(query)}
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return [PagesDay(day, *found.get(day, (0, 0))) for day in days]


def pages_per_clerk(db: Database, first: date, last: date) -> list[tuple[date, str, int, int]]:
    """(day, clerk, documents, pages) scanned, first scans and re-scans, newest day first."""
    query = (
        select(
            DigitizationEvent.local_date,
            DigitizationEvent.actor,
            func.count(),
            func.sum(DigitizationItem.pages),
        )
        .join(DigitizationItem, DigitizationItem.id == DigitizationEvent.item_id)
        .where(
            DigitizationEvent.local_date >= first,
            DigitizationEvent.local_date <= last,
            DigitizationEvent.to_state == SCANNED,
        )
        .group_by(DigitizationEvent.local_date, DigitizationEvent.actor)
    )
    with db.reading() as session:
        rows = [(day, actor, int(n), int(p or 0)) for day, actor, n, p in session.execute(query)]
    return sorted(rows, key=lambda row: (-row[0].toordinal(), -row[3], row[1]))
