"""Copying a commune's whole database from one engine to another (SQLite ⇄ PostgreSQL).

The target is brought to this app's schema first, then every table is copied in foreign-key
order, in batches, inside one transaction on the target: a copy that fails or does not verify
leaves the target as it was. Verification compares the row count and a content checksum of every
table on both sides; the checksum does not depend on row order (PostgreSQL's collation may sort
text keys differently from SQLite).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text

from models.db import DatabaseError
from models.entities import AuditEntry, Base
from models.migrate import current_revision, head_revision, upgrade

BATCH_ROWS = 1000
# Filled from resources/ by any desk that opened the database once: not the commune's data, so a
# target holding only these still counts as empty (they are replaced by the source's).
SEEDED_TABLES = frozenset({"code_label", "procedure"})
Progress = Callable[[str, int], None]


class TargetNotEmpty(Exception):
    """The target already holds rows and ``force`` was not given."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        listed = ", ".join(f"{name}: {n}" for name, n in counts.items() if n)
        self.message = (
            f"Cơ sở dữ liệu đích đã có dữ liệu ({listed}). Không chép đè để tránh mất dữ liệu. "
            "Nếu chắc chắn muốn xóa hết dữ liệu ở đích rồi chép lại, chạy lại lệnh với --force."
        )
        super().__init__(self.message)


class CopyMismatch(Exception):
    """The copy does not match its source; the target was rolled back."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        self.message = (
            f"Bản chép không khớp với nguồn ở bảng: {', '.join(tables)}. Đích đã được để nguyên "
            "như trước; không có gì bị ghi. Hãy báo người phụ trách kỹ thuật."
        )
        super().__init__(self.message)


@dataclass(frozen=True)
class TableSum:
    """What verification compares for one table."""

    rows: int
    checksum: str


@dataclass
class CopyReport:
    """Per table: rows copied and their checksum (identical on both sides when verified)."""

    tables: dict[str, TableSum] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        """Rows copied over every table."""
        return sum(t.rows for t in self.tables.values())


def tables_in_order() -> list[Table]:
    """The app's tables, parents before children (the order inserts must follow)."""
    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _row_digest(row: Any) -> str:
    canonical = json.dumps([_canonical(v) for v in row], ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def table_sum(connection: Connection, table: Table) -> TableSum:
    """Count and order-independent checksum of ``table``'s rows as the app reads them."""
    digests: list[str] = []
    result = connection.execution_options(yield_per=BATCH_ROWS).execute(select(table))
    for partition in result.partitions():
        digests.extend(_row_digest(row) for row in partition)
    digests.sort()
    whole = hashlib.sha256("".join(digests).encode("ascii")).hexdigest()
    return TableSum(len(digests), whole)


def database_sums(engine: Engine) -> dict[str, TableSum]:
    """Every table's count and checksum (tests compare two databases with it)."""
    with engine.connect() as connection:
        return {table.name: table_sum(connection, table) for table in tables_in_order()}


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table."""
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables_in_order()
    }


def _reset_sequences(connection: Connection) -> None:
    """Integer keys copied as they were: move PostgreSQL's counters past them."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables_in_order():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and column.type.python_type is int
            ):
                connection.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:t, :c), "
                        f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, '
                        "false)"
                    ),
                    {"t": table.name, "c": column.name},
                )


def _check_source(source: Engine) -> None:
    revision = current_revision(source)
    if revision != head_revision():
        raise DatabaseError(
            f"Cơ sở dữ liệu nguồn có lược đồ {revision or '(trống)'}, khác phiên bản này "
            f"({head_revision()}). Hãy mở nó bằng Một Cửa Desk phiên bản này một lần (để nâng "
            "cấp) rồi chép lại."
        )


def copy_database(
    source: Engine,
    target: Engine,
    *,
    force: bool = False,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> CopyReport:
    """Copy every row of ``source`` into ``target``; verify; commit only when all match.

    Raises :class:`TargetNotEmpty` (nothing written), :class:`CopyMismatch` (rolled back) or
    :class:`models.db.DatabaseError` (a source of another schema).
    """
    _check_source(source)
    upgrade(target)
    report = CopyReport()
    with source.connect() as reader, target.begin() as writer:
        counts = row_counts(writer)
        if any(counts.values()):
            data = {name: n for name, n in counts.items() if n and name not in SEEDED_TABLES}
            if data and not force:
                raise TargetNotEmpty(data)
            for table in reversed(tables_in_order()):
                writer.execute(table.delete())
        for table in tables_in_order():
            copied = 0
            result = reader.execution_options(yield_per=batch_rows).execute(select(table))
            for partition in result.partitions():
                writer.execute(table.insert(), [dict(row._mapping) for row in partition])
                copied += len(partition)
                if progress is not None:
                    progress(table.name, copied)
        _reset_sequences(writer)
        mismatched: list[str] = []
        for table in tables_in_order():
            expected = table_sum(reader, table)
            got = table_sum(writer, table)
            report.tables[table.name] = got
            if expected != got:
                mismatched.append(table.name)
        if mismatched:
            raise CopyMismatch(mismatched)
    return report


def audit_copy(target: Engine, *, actor: str, source_url: str, report: CopyReport) -> None:
    """Record the copy in the target's audit trail (after verification, so the sums held)."""
    after = {
        "from": source_url,
        "rows": report.total_rows,
        "tables": {name: s.rows for name, s in report.tables.items()},
    }
    with target.begin() as connection:
        connection.execute(
            Base.metadata.tables[AuditEntry.__tablename__]
            .insert()
            .values(
                at=datetime.now(UTC),
                actor=actor,
                action="migrate_db",
                entity="database",
                entity_id="",
                before=None,
                after=json.dumps(after, ensure_ascii=False),
            )
        )
