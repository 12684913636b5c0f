"""Writing synthetic visits in bulk: many rows per statement, one transaction per demo run.

The demo fills years of history for trying the app and for the benchmarks (``python -m bench``
needs a million visits), so it cannot afford the desk's one-visit-at-a-time path: an ORM object,
a lock check, a village look-up and an audit entry per visit run at a few hundred visits a
second. The generator only draws visits that :func:`models.visit_input.validate_visit` accepts
unchanged (the tests validate every stored demo visit and compare its natural key), so this
module turns them straight into rows and inserts them with ``executemany``. One audit entry
names the run (seed and counts) instead of one per visit.

A person's columns and a form of help's are worked out once (:mod:`models.demo_draw` shares
them); a visit adds its id, moment, day, dossier, clerk, service time and natural key.
"""

from __future__ import annotations

import gc
import hashlib
import random
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.orm import Session

from models import audit
from models.bulk_visits import binder, placeholders
from models.day_lock import refuse_if_locked
from models.db import Database
from models.demo_draw import DemoVisit, Help, Person
from models.demo_indexes import bulk_pragmas, rebuild_indexes, set_indexes_aside
from models.entities import Visit, VisitAssistance, uuid7_text
from models.reference import ensure_village
from models.text import fold
from models.visit_input import is_online_submission

CHUNK_ROWS = 5_000

# The visit's columns in the order a row is put together: the visit's own, its person's, its
# help's, then the rest (deleted_at is left NULL).
LEAD_COLUMNS = ("id", "occurred_at", "local_date")
PERSON_COLUMNS = (
    "citizen_name name_folded birth_year sex phone phone_consent id_hash id_last4 village_id "
    "ethnic_minority disability"
).split()
HELP_COLUMNS = "procedure_code channel outcome reason_code reason_text note".split()
TAIL_COLUMNS = "dossier_code clerk_name service_seconds dedup_key".split()
VISIT_COLUMNS = (*LEAD_COLUMNS, *PERSON_COLUMNS, *HELP_COLUMNS, *TAIL_COLUMNS)
# The same for every row of a run: written into the statement, not bound three times a row.
CONSTANT_COLUMNS = ("version", "created_at", "updated_at")
ASSISTANCE_COLUMNS = ("visit_id", "assistance_code")
# Optional text columns. On SQLite they are sent as '' and stored NULL by the statement's NULLIF:
# the driver binds None through its adapter look-up (a failed attribute search per value), a
# third of the cost of binding a whole row.
NULLABLE = frozenset(
    "sex phone id_hash id_last4 procedure_code channel dossier_code reason_code".split()
)
_EPOCH_DAY = date(1970, 1, 1).toordinal()
_NONE: Mapping[str, Any] = {}


@dataclass
class DemoCounts:
    """Running totals of what the demo wrote."""

    visits: int = 0
    submitted: int = 0
    online_submissions: int = 0
    not_completed: int = 0
    days: set[date] = field(default_factory=set)

    def add(self, help: Help, visits: int) -> None:
        """Count ``visits`` visits given ``help``."""
        self.visits += visits
        self.submitted += visits * (help.outcome == "submitted")
        self.not_completed += visits * (help.outcome == "not_completed")
        self.online_submissions += visits * is_online_submission(help.outcome, help.channel)


def statement(
    dialect: Dialect, table: str, columns: Sequence[str], constants: Mapping[str, Any] = _NONE
) -> str:
    """An INSERT of ``columns`` in the driver's parameter style (NULLIF for SQLite's optionals),
    and of ``constants``: each column's one value for every row, written as an SQL literal."""
    marks = placeholders(dialect, columns)
    if dialect.name == "sqlite":
        marks = [
            f"NULLIF({m}, '')" if name in NULLABLE else m
            for m, name in zip(marks, columns, strict=True)
        ]
    names = [*columns, *constants]
    marks += [_literal(value) for value in constants.values()]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(marks)})"


def _literal(value: Any) -> str:
    """An integer, or text or a moment (ISO) quoted: the values a run's constants take."""
    if isinstance(value, int):
        return str(value)
    text = value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)
    return "'" + text.replace("'", "''") + "'"


def _binder(column: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """The column type's own conversion (:func:`models.bulk_visits.binder`), or none needed."""
    return binder(column, dialect) or (lambda value: value)


_PROBE = datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC)
_PROBE_TEXT = "2020-02-03 04:05:06.000000"


@cache
def _clock_texts() -> tuple[str, ...]:
    """Every second of a day as SQLite stores a moment's time: 'HH:MM:SS.000000'."""
    return tuple(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400))


MINUTE_TEXTS = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(1440))


def fixed_offset(day: date, tz: tzinfo | None) -> timedelta | None:
    """The UTC offset of ``tz`` all through ``day``, or None when it changes that day."""
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day, time.max, tz)
    offset = start.utcoffset()
    return offset if offset is not None and offset == end.utcoffset() else None


class RowMaker:
    """Turns drawn visits into driver-ready rows, each person's and help's columns made once.

    The rows bypass SQLAlchemy's per-row parameter handling, the slowest part of a bulk insert;
    values go through their column type's own bind conversion (or, on SQLite, are made as it
    would make them: the tests compare), so SQLite and PostgreSQL get what the ORM would send.
    """

    def __init__(self, db: Database, session: Session, rng: random.Random, actor: str) -> None:
        self.db = db
        self.session = session
        self.random_bits = rng.getrandbits
        self.actor = actor
        self.villages: dict[str, int] = {}
        self.people: dict[Person, tuple[tuple[Any, ...], str]] = {}
        self.helps: dict[Help, tuple[tuple[Any, ...], str]] = {}
        dialect = db.engine.dialect
        columns = Visit.__table__.c
        self.moment = _binder(columns.occurred_at, dialect)
        self.day = _binder(columns.local_date, dialect)
        self.stamp = _binder(columns.created_at, dialect)(datetime.now(UTC))
        # On SQLite an optional value is sent as '' (see NULLABLE) and a flag as the 0 or 1
        # SQLite stores for it (a bool is bound through the adapter look-up too).
        self.none: Any = "" if db.is_sqlite else None
        self.flag: Callable[[bool], Any] = int if db.is_sqlite else bool
        # SQLite stores a moment as ISO text with microseconds: made from tables of text
        # instead of the type's Python formatting, for the whole seconds the generator draws.
        self.text_moments = db.is_sqlite and self.moment(_PROBE) == _PROBE_TEXT

    def constants(self) -> dict[str, Any]:
        """The values of CONSTANT_COLUMNS, bound as the column types bind them."""
        return {"version": 1, "created_at": self.stamp, "updated_at": self.stamp}

    def _village_id(self, name: str) -> int | None:
        if not name:
            return None
        found = self.villages.get(name)
        if found is None:
            found = self.villages[name] = ensure_village(self.session, name, actor=self.actor).id
        return found

    def person(self, person: Person) -> tuple[tuple[Any, ...], str]:
        """The person's columns (PERSON_COLUMNS) and their part of the natural key."""
        none, flag = self.none, self.flag
        folded = fold(person.name)
        digits = person.id_number
        columns = (
            person.name,
            folded,
            person.birth_year,
            person.sex or none,
            person.phone or none,
            flag(bool(person.phone)),
            self.db.hasher.hash(digits) if digits else none,
            digits[-4:] if digits else none,
            self._village_id(person.village),
            flag(person.ethnic_minority),
            flag(person.disability),
        )
        made = self.people[person] = (columns, f"{folded}|{person.birth_year}")
        return made

    def help(self, help: Help) -> tuple[tuple[Any, ...], str]:
        """The help's columns (HELP_COLUMNS) and its part of the natural key."""
        none = self.none
        not_completed = help.outcome == "not_completed"
        columns = (
            help.procedure_code or none,
            help.channel or none,
            help.outcome,
            help.reason_code if not_completed else none,
            help.reason_text if not_completed else "",
            help.note,
        )
        made = self.helps[help] = (columns, f"{help.procedure_code}|{','.join(help.assistance)}")
        return made

    def moments(self, day: date, seconds: list[int]) -> tuple[list[Any], list[int]]:
        """The driver values of a day's moments and their Unix milliseconds (for the ids)."""
        offset = fixed_offset(day, self.db.tz)
        if offset is None or not self.text_moments:  # the type's own conversion
            midnight = datetime.combine(day, time.min)
            aware = [(midnight + timedelta(seconds=s)).replace(tzinfo=self.db.tz) for s in seconds]
            return [self.moment(a) for a in aware], [int(a.timestamp()) * 1000 for a in aware]
        shift = int(offset.total_seconds())
        prefix = {n: f"{date.fromordinal(day.toordinal() + n)} " for n in (-1, 0, 1)}
        clock = _clock_texts()
        texts = [prefix[(s - shift) // 86_400] + clock[(s - shift) % 86_400] for s in seconds]
        base = (day.toordinal() - _EPOCH_DAY) * 86_400 - shift
        return texts, [(base + s) * 1000 for s in seconds]

    def day_rows(
        self,
        day: date,
        visits: list[DemoVisit],
        rows: list[tuple[Any, ...]],
        kinds: list[tuple[str, str]],
        tally: dict[Help, int],
    ) -> None:
        """Add the rows of one day's visits to ``rows`` and ``kinds``; count each help given."""
        texts, millis = self.moments(day, [visit.seconds for visit in visits])
        day_value = self.day(day)
        day_text = f"{day.isoformat()} "
        people, helps, minutes = self.people, self.helps, MINUTE_TEXTS
        bits, sha256, none = self.random_bits, hashlib.sha256, self.none
        add_row, add_kind = rows.append, kinds.append
        for (seconds, person, help, clerk, service, dossier), text, ms in zip(
            visits, texts, millis, strict=True
        ):
            person_columns, person_key = people.get(person) or self.person(person)
            help_columns, help_key = helps.get(help) or self.help(help)
            key = f"{day_text}{minutes[seconds // 60]}|{person_key}|{help_key}"
            visit_id = uuid7_text(ms, bits(80))
            add_row(
                (
                    visit_id,
                    text,
                    day_value,
                    *person_columns,
                    *help_columns,
                    dossier or none,
                    clerk,
                    service,
                    sha256(key.encode()).hexdigest(),
                )
            )
            for code in help.assistance:
                add_kind((visit_id, code))
            tally[help] = tally.get(help, 0) + 1


@contextmanager
def _cycles_left_alone() -> Iterator[None]:
    """No cyclic garbage collection in the block.

    A million visits allocate tens of millions of tuples and strings, none in a reference cycle
    (reference counting frees them); the collector's passes over them took a seventh of the
    drawing and row making.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_demo_visits(
    db: Database,
    days: Iterable[tuple[date, list[DemoVisit]]],
    *,
    seed: int,
    actor: str,
    first: date,
    last: date,
) -> DemoCounts:
    """Insert the drawn visits of ``days`` in one transaction; return what was written.

    ``days`` is consumed lazily, so a million visits never sit in memory at once. A locked day
    among them refuses the whole run (:class:`models.day_lock.DayLocked`), as the desk would.
    """
    counts = DemoCounts()
    tally: dict[Help, int] = {}
    dialect = db.engine.dialect
    kind_sql = statement(dialect, VisitAssistance.__tablename__, ASSISTANCE_COLUMNS)
    with db.transaction() as session:
        refuse_if_locked(session, db, _every_day(first, last))
        maker = RowMaker(db, session, random.Random(seed), actor)
        visit_sql = statement(dialect, Visit.__tablename__, VISIT_COLUMNS, maker.constants())
        connection = session.connection()
        with bulk_pragmas(db, connection), _cycles_left_alone():
            aside = set_indexes_aside(connection) if db.is_sqlite else None
            rows: list[tuple[Any, ...]] = []
            kinds: list[tuple[str, str]] = []
            for day, visits in days:
                if not visits:
                    continue
                counts.days.add(day)
                maker.day_rows(day, visits, rows, kinds, tally)
                if len(rows) >= CHUNK_ROWS:
                    connection.exec_driver_sql(visit_sql, rows)
                    connection.exec_driver_sql(kind_sql, kinds)
                    rows, kinds = [], []
            if rows:
                connection.exec_driver_sql(visit_sql, rows)
                connection.exec_driver_sql(kind_sql, kinds)
            if aside is not None:
                rebuild_indexes(connection, aside)
        for help, given in tally.items():
            counts.add(help, given)
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
