"""Writing synthetic visits in bulk: many rows per statement, one transaction per demo run.

The demo fills years of history for trying the app and for the benchmarks (``python -m bench``
needs a million visits), so it cannot afford the desk's one-visit-at-a-time path: an ORM object,
a lock check, a village look-up and an audit entry per visit run at a few hundred visits a
second. The generator only makes visits that :func:`models.visit_input.validate_visit` accepts
unchanged (tests/models/test_demo_writer.py checks that every field written here is the one the
validated path would store), so this module turns them straight into rows and inserts them with
``executemany``. One audit entry names the run (seed and counts) instead of one per visit.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.orm import Session

from models import audit
from models.bulk_visits import NAME_INDEX_TRIGGER, index_names_since
from models.day_lock import refuse_if_locked
from models.db import Database
from models.entities import Visit, VisitAssistance
from models.reference import ensure_village
from models.text import fold
from models.visit_input import VisitInput, is_online_submission

CHUNK_ROWS = 5_000
# The random primary and dedup keys land all over their indexes: a larger page cache than
# SQLite's 2 MB default keeps the insert rate flat as the table grows (this connection only).
BULK_CACHE_KIB = 256 * 1024


@dataclass
class DemoCounts:
    """Running totals of what the demo wrote."""

    visits: int = 0
    submitted: int = 0
    online_submissions: int = 0
    not_completed: int = 0
    days: set[date] = field(default_factory=set)


VISIT_COLUMNS = (
    "id version occurred_at local_date citizen_name name_folded birth_year sex phone "
    "phone_consent id_hash id_last4 village_id ethnic_minority disability procedure_code channel "
    "outcome dossier_code reason_code reason_text clerk_name note service_seconds dedup_key "
    "created_at updated_at"
).split()
ASSISTANCE_COLUMNS = ("visit_id", "assistance_code")


def _statement(dialect: Dialect, table: str, columns: Sequence[str]) -> str:
    mark = {"qmark": "?", "numeric": ":{n}", "named": ":{name}"}.get(dialect.paramstyle, "%s")
    marks = ", ".join(mark.format(n=n, name=name) for n, name in enumerate(columns, 1))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _binder(column: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """The column type's own conversion to what the driver takes (dates as text on SQLite)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda value: value)


_PROBE = datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC)
_PROBE_TEXT = "2020-02-03 04:05:06.000000"
# The version (4) and variant (10) bits of a random UUID.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid4(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))`` without the UUID object."""
    text = f"{(bits & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _fixed_offset(day: date, tz: tzinfo | None) -> timedelta | None:
    """The UTC offset of ``tz`` all through ``day``, or None when it changes that day."""
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day, time.max, tz)
    offset = start.utcoffset()
    return offset if offset is not None and offset == end.utcoffset() else None


class _RowMaker:
    """Turns generated visits into driver-ready rows, caching what repeats (names, villages).

    The rows bypass SQLAlchemy's per-row parameter handling, the slowest part of a bulk insert;
    each value goes through its column type's own bind conversion, so SQLite and PostgreSQL get
    what the ORM would have sent.
    """

    def __init__(self, db: Database, session: Session, rng: random.Random, actor: str) -> None:
        self.db = db
        self.session = session
        self.rng = rng
        self.actor = actor
        self.folded: dict[str, str] = {}
        self.villages: dict[str, int] = {}
        self.id_hashes: dict[str, str] = {}
        self.days: dict[date, Any] = {}
        self.offsets: dict[date, timedelta | None] = {}
        dialect = db.engine.dialect
        columns = Visit.__table__.c
        self.moment = _binder(columns.occurred_at, dialect)
        self.day = _binder(columns.local_date, dialect)
        self.stamp = _binder(columns.created_at, dialect)(datetime.now(UTC))
        # SQLite stores a moment as ISO text with microseconds: made from isoformat (C code)
        # instead of the type's Python formatting, for the whole seconds the generator draws.
        self.text_moments = db.is_sqlite and self.moment(_PROBE) == _PROBE_TEXT

    def _village_id(self, name: str) -> int | None:
        if not name:
            return None
        found = self.villages.get(name)
        if found is None:
            found = self.villages[name] = ensure_village(self.session, name, actor=self.actor).id
        return found

    def _fold(self, name: str) -> str:
        found = self.folded.get(name)
        if found is None:
            found = self.folded[name] = fold(name)
        return found

    def _id_hash(self, digits: str) -> str:
        found = self.id_hashes.get(digits)
        if found is None:
            found = self.id_hashes[digits] = self.db.hasher.hash(digits)
        return found

    def _utc(self, local: datetime) -> Any:
        """The driver value of a local moment, with the day's UTC offset worked out once."""
        day = local.date()
        if day in self.offsets:
            offset = self.offsets[day]
        else:
            offset = self.offsets[day] = _fixed_offset(day, self.db.tz)
        if offset is None or local.microsecond:  # a change of offset that day: the slow way
            return self.moment(local.replace(tzinfo=self.db.tz))
        utc = local - offset
        return utc.isoformat(" ") + ".000000" if self.text_moments else utc.replace(tzinfo=UTC)

    def _day(self, day: date) -> Any:
        found = self.days.get(day)
        if found is None:
            found = self.days[day] = self.day(day)
        return found

    def rows(self, raw: VisitInput) -> tuple[tuple[Any, ...], list[tuple[str, str]]]:
        """The visit row and its assistance rows (the same values the validated path stores)."""
        local = raw.occurred_at
        folded = self._fold(raw.citizen_name)
        assistance = sorted(set(raw.assistance))
        key = "|".join(
            (
                local.isoformat(" ")[:16],
                folded,
                str(raw.birth_year or ""),
                raw.procedure_code or "",
                ",".join(assistance),
            )
        )
        not_completed = raw.outcome == "not_completed"
        visit_id = _uuid4(self.rng.getrandbits(128))
        row = (
            visit_id,
            1,
            self._utc(local),
            self._day(local.date()),
            raw.citizen_name,
            folded,
            raw.birth_year,
            raw.sex or None,
            raw.phone or None,
            bool(raw.phone),
            self._id_hash(raw.id_number) if raw.id_number else None,
            raw.id_number[-4:] if raw.id_number else None,
            self._village_id(raw.village),
            raw.ethnic_minority,
            raw.disability,
            raw.procedure_code or None,
            raw.channel or None,
            raw.outcome,
            raw.dossier_code or None,
            raw.reason_code if not_completed else None,
            raw.reason_text if not_completed else "",
            raw.clerk_name,
            raw.note,
            raw.service_seconds,
            hashlib.sha256(key.encode("utf-8")).hexdigest(),
            self.stamp,
            self.stamp,
        )
        kinds = [(visit_id, code) for code in assistance]
        return row, kinds


def _chunks(
    maker: _RowMaker, visits: Iterable[VisitInput], counts: DemoCounts
) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[str, str]]]]:
    rows: list[tuple[Any, ...]] = []
    kinds: list[tuple[str, str]] = []
    for raw in visits:
        row, row_kinds = maker.rows(raw)
        rows.append(row)
        kinds.extend(row_kinds)
        counts.visits += 1
        counts.days.add(raw.occurred_at.date())
        counts.submitted += raw.outcome == "submitted"
        counts.not_completed += raw.outcome == "not_completed"
        counts.online_submissions += is_online_submission(raw.outcome, raw.channel)
        if len(rows) >= CHUNK_ROWS:
            yield rows, kinds
            rows, kinds = [], []
    if rows:
        yield rows, kinds


def write_demo_visits(
    db: Database,
    days: Iterable[tuple[date, list[VisitInput]]],
    *,
    seed: int,
    actor: str,
    first: date,
    last: date,
) -> DemoCounts:
    """Insert the generated visits of ``days`` in one transaction; return what was written.

    ``days`` is consumed lazily, so a million visits never sit in memory at once. A locked day
    among them refuses the whole run (:class:`models.day_lock.DayLocked`), as the desk would.
    """
    counts = DemoCounts()
    with db.transaction() as session:
        refuse_if_locked(session, db, _every_day(first, last))
        if db.is_sqlite:
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        maker = _RowMaker(db, session, random.Random(seed), actor)
        visits = (raw for _day, day_visits in days for raw in day_visits)
        dialect = db.engine.dialect
        visit_sql = _statement(dialect, Visit.__tablename__, VISIT_COLUMNS)
        kind_sql = _statement(dialect, VisitAssistance.__tablename__, ASSISTANCE_COLUMNS)
        connection = session.connection()
        rebuilt = _set_aside_indexes(connection) if db.is_sqlite else None
        for rows, kinds in _chunks(maker, visits, counts):
            connection.exec_driver_sql(visit_sql, rows)
            connection.exec_driver_sql(kind_sql, kinds)
        if rebuilt is not None:
            _rebuild_indexes(connection, rebuilt)
        if db.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA cache_size = -2000")
        audit.record(
            session,
            actor=actor,
            action="demo",
            entity="visit",
            after={
                "seed": seed,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "visits": counts.visits,
            },
        )
    return counts


def _every_day(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


@dataclass(frozen=True)
class _SetAside:
    """What :func:`_set_aside_indexes` dropped, to make again in the same transaction."""

    statements: list[str]
    last_rowid: int
    name_index: bool


def _set_aside_indexes(connection: Connection) -> _SetAside:
    """Drop the visit tables' secondary indexes and the name index's insert trigger (SQLite).

    Keeping five indexes and the name search's FTS index (seven prefix lists per word) up to
    date row by row cost four fifths of the demo's time; building them once at the end, from
    sorted data, costs a fraction. DDL is transactional in SQLite: a failed run restores them.
    """
    found = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "((type = 'index' AND tbl_name IN ('visit', 'visit_assistance')) "
        "OR (type = 'trigger' AND name = ?))",
        (NAME_INDEX_TRIGGER,),
    ).all()
    last = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visit").scalar()
    for kind, name, _sql in found:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    return _SetAside(
        statements=[sql for _kind, _name, sql in found],
        last_rowid=int(last or 0),
        name_index=any(kind == "trigger" for kind, _name, _sql in found),
    )


def _rebuild_indexes(connection: Connection, aside: _SetAside) -> None:
    """Make again what :func:`_set_aside_indexes` dropped, the new visits' names indexed."""
    for sql in aside.statements:
        connection.exec_driver_sql(sql)
    if aside.name_index:
        index_names_since(connection, aside.last_rowid)
