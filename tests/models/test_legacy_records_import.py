"""Importing old logbooks: TCVN3 and VNI workbooks end to end, dry runs, and importing twice."""

from __future__ import annotations

import csv
import dataclasses
import tempfile
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.day_lock import lock_day
from models.db import Database
from models.entities import AuditEntry, Village, Visit
from models.records_format import NAME
from models.records_import import ImportReport, import_records
from models.visit_queries import visits_between
from tests.actors import chair
from tests.models.legacy_books import DAYS, NAMES, ROWS, logbook, same, xls_logbook
from tests.models.test_legacy_text import encode_tcvn3, encode_vni

NOW = datetime(2026, 1, 1, 12, 0)
ENCODERS = {"tcvn3": encode_tcvn3, "vni": encode_vni, "none": same}


def counts(db: Database) -> tuple[int, int, int]:
    """Visits, audit entries and villages: a run that writes nothing changes none of them."""
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Visit, AuditEntry, Village)
        )


def day_list(db: Database) -> list[str]:
    return [visit.citizen_name for visit in visits_between(db, *DAYS)]


@pytest.mark.parametrize(
    ("encoding", "header_font"),
    [("tcvn3", None), ("tcvn3", ".VnTimeH"), ("vni", None), ("vni", "VNI-Times")],
)
def test_a_legacy_workbook_puts_every_name_with_its_accents_in_the_days_list(
    db: Database, tmp_path: Path, encoding: str, header_font: str | None
) -> None:
    path = logbook(tmp_path / "so-cu.xlsx", ENCODERS[encoding], header_font=header_font)
    report = import_records(db, path, actor="nhap", now=NOW)
    assert report.invalid == [], [e.describe() for e in report.invalid]
    assert (report.written, report.added, report.header_row) == (True, 3, 3)
    assert report.sheet == "Năm 2025"
    assert report.encodings[NAME] == encoding
    assert "none" not in report.encodings.values()
    stored = day_list(db)
    assert stored == ["Nguyễn Văn Hùng", "Trần Thị Hường", "Giàng A Páo"]
    assert all(unicodedata.is_normalized("NFC", name) for name in stored)
    first, second, third = visits_between(db, *DAYS)
    assert first.village is not None and first.village.name == "Thôn Thượng Điền"
    assert (first.outcome, first.procedure_code, first.clerk_name) == (
        "submitted", "1.001193", "Lê Thị Lan",
    )  # fmt: skip
    assert (second.reason_code, second.reason_text) == ("missing_papers", "mất bản chính")
    assert third.note == "Người già, đi cùng cháu"


def test_an_old_excel_file_is_imported(db: Database, tmp_path: Path) -> None:
    report = import_records(db, xls_logbook(tmp_path / "so.xls"), actor="nhap", now=NOW)
    assert (report.written, report.added, report.invalid) == (True, 3, [])
    assert day_list(db) == NAMES


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "none"])
def test_importing_the_same_logbook_twice_adds_nothing_the_second_time(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    path = logbook(tmp_path / "so.xlsx", ENCODERS[encoding])
    assert import_records(db, path, actor="nhap", now=NOW).added == 3
    before = counts(db)
    again = import_records(db, path, actor="nhap", now=NOW)
    assert (again.written, again.added, again.duplicates) == (True, 0, 3)
    visits, audits, villages = counts(db)
    assert (visits, audits, villages) == (before[0], before[1] + 1, before[2])  # the import's own
    # The same visits in another encoding are the same visits.
    other = "vni" if encoding == "tcvn3" else "tcvn3"
    path = logbook(tmp_path / "khac.xlsx", ENCODERS[other])
    assert import_records(db, path, actor="nhap", now=NOW).duplicates == 3
    assert day_list(db) == NAMES


def comparable(report: ImportReport) -> dict[str, object]:
    """A report's content, leaving out only whether it was a dry run and was committed."""
    fields = dataclasses.asdict(report)
    for name in ("dry_run", "written"):
        fields.pop(name)
    return fields


def test_a_dry_run_writes_nothing_and_reports_what_the_real_run_then_does(
    db: Database, tmp_path: Path
) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3)
    before = counts(db)
    dry = import_records(db, path, actor="nhap", now=NOW, dry_run=True)
    assert counts(db) == before
    assert (dry.dry_run, dry.written, dry.accepted, dry.added) == (True, False, True, 3)
    real = import_records(db, path, actor="nhap", now=NOW)
    assert (real.dry_run, real.written, real.accepted) == (False, True, True)
    assert comparable(dry) == comparable(real)
    assert counts(db)[0] == before[0] + 3


def test_a_dry_run_finds_the_locked_day_a_real_run_would(db: Database, tmp_path: Path) -> None:
    lock_day(db, DAYS[1], actor=chair("chair"))
    path = logbook(tmp_path / "so.xlsx", encode_vni)
    before = counts(db)
    dry = import_records(db, path, actor="nhap", now=NOW, dry_run=True)
    assert counts(db) == before
    assert (dry.accepted, dry.added, [e.row for e in dry.invalid]) == (False, 0, [6])
    real = import_records(db, path, actor="nhap", now=NOW)
    assert comparable(dry) == comparable(real) and counts(db) == before
    skipping = import_records(db, path, actor="nhap", now=NOW, dry_run=True, skip_invalid=True)
    assert (skipping.accepted, skipping.added, skipping.written) == (True, 2, False)
    assert counts(db) == before


def csv_logbook(path: Path, rows: list[list[object]]) -> Path:
    header = ["Ngày", "Giờ", "Họ tên", "Hình thức hỗ trợ", "Kết quả"]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["Sổ tiếp dân"], header, *rows])
    return path


ROW_CHOICES = [
    [f"0{day}/02/2025", f"08:{minute:02d}", name, "VNeID", outcome]
    for day in (5, 6)
    for minute in (0, 30)
    for name in ("Lò Thị Ỷ", "Hoàng Đức Mạnh")
    for outcome in ("Đã hỗ trợ xong", "Xong")  # "Xong" is no outcome: an invalid row
]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.sampled_from(ROW_CHOICES), min_size=1, max_size=6),
    skip_invalid=st.booleans(),
)
def test_any_dry_run_reports_exactly_the_real_run_and_changes_nothing(
    db: Database, rows: list[list[object]], skip_invalid: bool
) -> None:
    # The database keeps what earlier examples imported: the property holds in any state.
    with tempfile.TemporaryDirectory() as folder:
        path = csv_logbook(Path(folder) / "so.csv", rows)
        before = counts(db)
        dry = import_records(
            db, path, actor="nhap", now=NOW, dry_run=True, skip_invalid=skip_invalid
        )
        assert counts(db) == before
        real = import_records(db, path, actor="nhap", now=NOW, skip_invalid=skip_invalid)
    assert comparable(dry) == comparable(real)
    assert not dry.written and real.written == real.accepted
    assert counts(db)[0] == before[0] + real.added


def test_the_audit_entry_names_the_sheet_and_the_encodings_but_no_person(
    db: Database, tmp_path: Path
) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3)
    import_records(db, path, actor="nhap", now=NOW)
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
    assert '"sheet": "Năm 2025"' in (entry.after or "")
    assert '"Họ và tên": "tcvn3"' in (entry.after or "")
    assert all(name not in (entry.after or "") for name in NAMES)


def test_rows_keep_their_dates_in_the_day_list(db: Database, tmp_path: Path) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_vni, rows=ROWS[2:])
    assert import_records(db, path, actor="nhap", now=NOW).added == 1
    assert [v.citizen_name for v in visits_between(db, date(2025, 2, 6), date(2025, 2, 6))] == [
        "Giàng A Páo"
    ]
