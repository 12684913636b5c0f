"""The offline outbox: visits typed while the database server cannot be reached.

A small SQLite file of its own in the data folder (not the commune's database): each row holds one
validated visit as JSON under the UUID it will keep on the server. The ID number is hashed with
the installation key before it is written, as the server would store it; the number itself is
never kept. Sending is idempotent (:func:`models.visits.save_visit_once`), so a visit sent twice
(a reply lost with the network) is stored once, and a row leaves the outbox only after the server
has it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from models.day_lock import DayLocked
from models.db import Database
from models.entities import new_id
from models.idhash import IdHasher
from models.visit_input import CleanVisit
from models.visits import save_visit_once

log = logging.getLogger(__name__)
FILE_NAME = "outbox.sqlite3"
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending_visit (
    id TEXT PRIMARY KEY,
    queued_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
)
"""


def is_connection_error(exc: BaseException) -> bool:
    """True when ``exc`` means the server cannot be reached (not a refused or invalid save)."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


@dataclass(frozen=True)
class PendingVisit:
    """One visit waiting in the outbox."""

    id: str
    queued_at: datetime
    actor: str
    clean: CleanVisit
    id_hash: str | None
    attempts: int
    last_error: str


@dataclass
class SendReport:
    """What one attempt to empty the outbox did."""

    sent: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # id -> Vietnamese reason, kept
    unreachable: bool = False
    left: int = 0


def _to_json(clean: CleanVisit, id_hash: str | None) -> str:
    data = asdict(clean)
    data["id_digits"] = None  # the number itself never reaches the disk
    data["occurred_at"] = clean.occurred_at.isoformat()
    data["id_hash"] = id_hash
    return json.dumps(data, ensure_ascii=False)


def _from_json(text: str) -> tuple[CleanVisit, str | None]:
    data: dict[str, Any] = json.loads(text)
    id_hash = data.pop("id_hash", None)
    data["occurred_at"] = datetime.fromisoformat(data["occurred_at"])
    data["assistance"] = tuple(data["assistance"])
    data["warnings"] = tuple(data.get("warnings", ()))
    return CleanVisit(**data), id_hash


class Outbox:
    """The outbox file of this machine; every call opens and closes its own connection, so
    the GUI thread and a background sender may both use it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.execute(_SCHEMA)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as connection:
            connection.execute("PRAGMA synchronous = FULL")  # a queued visit survives a power cut
            with connection:  # one transaction, committed on leaving
                yield connection

    def put(self, clean: CleanVisit, hasher: IdHasher, *, actor: str) -> str:
        """Keep a visit for later; return the id it will have on the server."""
        visit_id = new_id()
        id_hash = hasher.hash(clean.id_digits) if clean.id_digits else None
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO pending_visit (id, queued_at, actor, payload) VALUES (?, ?, ?, ?)",
                (visit_id, datetime.now(UTC).isoformat(), actor, _to_json(clean, id_hash)),
            )
        return visit_id

    def pending(self) -> list[PendingVisit]:
        """The waiting visits, oldest first."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id, queued_at, actor, payload, attempts, last_error FROM pending_visit "
                "ORDER BY queued_at, id"
            ).fetchall()
        visits = []
        for visit_id, queued_at, actor, payload, attempts, last_error in rows:
            clean, id_hash = _from_json(payload)
            visits.append(
                PendingVisit(
                    visit_id,
                    datetime.fromisoformat(queued_at),
                    actor,
                    clean,
                    id_hash,
                    attempts,
                    last_error,
                )
            )
        return visits

    def count(self) -> int:
        """How many visits wait."""
        with self._connect() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM pending_visit").fetchone()[0])

    def _done(self, visit_id: str) -> None:
        with self._connect() as connection:
            connection.execute("DELETE FROM pending_visit WHERE id = ?", (visit_id,))

    def _failed(self, visit_id: str, reason: str) -> None:
        with self._connect() as connection:
            connection.execute(
                "UPDATE pending_visit SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (reason, visit_id),
            )

    def send_all(self, db: Database) -> SendReport:
        """Send every waiting visit; stop at the first sign that the server is unreachable.

        A visit the server refuses (its day was locked meanwhile) stays, with the reason, so
        nothing typed is lost; the chair can reopen the day and it goes at the next attempt.
        """
        report = SendReport()
        for item in self.pending():
            try:
                stored = save_visit_once(
                    db, item.clean, visit_id=item.id, id_hash=item.id_hash, actor=item.actor
                )
            except DayLocked as exc:
                self._failed(item.id, exc.message)
                report.refused[item.id] = exc.message
                continue
            except Exception as exc:
                if is_connection_error(exc):
                    report.unreachable = True
                    break
                log.exception("an outbox visit could not be sent")
                reason = "Máy chủ không nhận lượt này; chi tiết trong nhật ký."
                self._failed(item.id, reason)
                report.refused[item.id] = reason
                continue
            self._done(item.id)
            (report.sent if stored else report.already_there).append(item.id)
        report.left = self.count()
        return report


def outbox_file(data_dir: Path) -> Path:
    """Where this machine's outbox lives."""
    return data_dir / FILE_NAME
