"""Locking a day's figures ("chốt số liệu"): who locked it, when, and what a lock refuses.

A locked day refuses new visits dated on it, edits and deletions of its visits; a chair reopens it
with a reason. Both moves are audited. The visit services call :func:`refuse_if_locked` inside
their own transaction, so a lock taken at another desk a moment earlier is seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import LockedDay
from models.text import clean
from models.validation import format_date


@dataclass(frozen=True)
class DayLock:
    """A locked day: the chair who locked it, the moment (UTC), and an optional note."""

    day: date
    locked_by: str
    locked_at: datetime
    note: str = ""

    def describe(self, tz: ZoneInfo) -> str:
        """ "đã chốt số liệu lúc 16:35 ngày 20/11/2026 bởi Nguyễn Văn Chủ"."""
        local = self.locked_at.astimezone(tz)
        return (
            f"đã chốt số liệu lúc {local:%H:%M} ngày {format_date(local.date())} "
            f"bởi {self.locked_by}"
        )


class DayLocked(Exception):
    """A change touches a locked day; ``message`` says who locked it and what to do."""

    def __init__(self, lock: DayLock, tz: ZoneInfo) -> None:
        self.lock = lock
        self.message = (
            f"Ngày {format_date(lock.day)} {lock.describe(tz)}: không thể thêm, sửa hay xóa lượt "
            "hỗ trợ của ngày này. Nếu cần sửa, hãy đề nghị Chủ tịch mở lại ngày."
        )
        super().__init__(self.message)


class LockError(Exception):
    """A lock or reopen that cannot be done as asked; ``message`` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _as_lock(row: LockedDay) -> DayLock:
    return DayLock(day=row.day, locked_by=row.locked_by, locked_at=row.locked_at, note=row.note)


def lock_of(db: Database, day: date) -> DayLock | None:
    """The lock of ``day``, or ``None`` while it is open."""
    with db.reading() as session:
        row = session.get(LockedDay, day)
        return _as_lock(row) if row else None


def locks_between(db: Database, first: date, last: date) -> dict[date, DayLock]:
    """The locked days among ``first`` to ``last``."""
    with db.reading() as session:
        rows = session.scalars(
            select(LockedDay).where(LockedDay.day >= first, LockedDay.day <= last)
        )
        return {row.day: _as_lock(row) for row in rows}


def locks_in(session: Session, days: Iterable[date]) -> dict[date, DayLock]:
    """The locks of those of ``days`` that are locked, read inside the caller's transaction."""
    wanted = set(days)
    if not wanted:
        return {}
    rows = session.scalars(
        select(LockedDay).where(LockedDay.day >= min(wanted), LockedDay.day <= max(wanted))
    )
    return {row.day: _as_lock(row) for row in rows if row.day in wanted}


def refuse_if_locked(session: Session, db: Database, days: Iterable[date]) -> None:
    """Raise :class:`DayLocked` when any of ``days`` is locked (inside the caller's transaction)."""
    locks = locks_in(session, days)
    if locks:
        raise DayLocked(locks[min(locks)], db.tz)


def lock_day(db: Database, day: date, *, actor: Actor, note: str = "") -> DayLock:
    """Lock the figures of ``day`` (chair); audited. A day already locked is refused."""
    require(db, actor, Permission.LOCK_DAY)
    with db.transaction() as session:
        existing = session.get(LockedDay, day)
        if existing is not None:
            raise LockError(
                f"Ngày {format_date(day)} {_as_lock(existing).describe(db.tz)}: không cần chốt lại."
            )
        row = LockedDay(
            day=day, locked_by=actor.display, locked_at=datetime.now(UTC), note=clean(note)
        )
        session.add(row)
        audit.record(
            session,
            actor=actor.name,
            action="lock",
            entity="day",
            entity_id=day.isoformat(),
            after={"note": row.note},
        )
        return _as_lock(row)


def reopen_day(db: Database, day: date, *, actor: Actor, reason: str) -> None:
    """Reopen a locked day (chair); the reason is required and audited with the lock it ends."""
    require(db, actor, Permission.REOPEN_DAY)
    reason = clean(reason)
    if not reason:
        raise LockError("Hãy ghi lý do mở lại ngày đã chốt số liệu.")
    with db.transaction() as session:
        row = session.get(LockedDay, day)
        if row is None:
            raise LockError(f"Ngày {format_date(day)} chưa chốt số liệu: không cần mở lại.")
        before = {
            "locked_by": row.locked_by,
            "locked_at": row.locked_at.isoformat(),
            "note": row.note,
        }
        session.delete(row)
        audit.record(
            session,
            actor=actor.name,
            action="reopen",
            entity="day",
            entity_id=day.isoformat(),
            before=before,
            after={"reason": reason},
        )
