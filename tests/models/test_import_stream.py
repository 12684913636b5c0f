"""A CSV is imported a chunk at a time: the same rows and the same report as the whole file.

The sizes (rows that decide a column's encoding, rows a chunk holds) are made small here, so that
a file of a few dozen rows crosses every boundary a file of 100,000 crosses.
"""

from __future__ import annotations

import csv
import dataclasses
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font
from sqlalchemy import func, select

import models.legacy_csv
import models.records_import
from models.day_lock import lock_day
from models.db import Database
from models.entities import AuditEntry, Visit
from models.import_mapping import ImportMapping
from models.legacy_header import HEADER_SCAN_ROWS
from models.legacy_import import read_legacy_table
from models.legacy_stream import streamed_tables
from models.records_format import COLUMNS, RecordsError
from models.records_import import ImportReport, import_records
from tests.actors import chair
from tests.models.legacy_books import ROWS, encode_cp1258, logbook, odd_logbook, same
from tests.models.test_legacy_text import encode_tcvn3, encode_vni

NOW = datetime(2026, 1, 1, 12, 0)
SAMPLE = 3
SMALL = {
    "models.legacy_rows.SAMPLE_ROWS": SAMPLE,
    "models.legacy_stream.PREFIX_ROWS": HEADER_SCAN_ROWS + SAMPLE,
}


@dataclasses.dataclass
class Small:
    """Small sizes for the reading and the chunks, patched in for the block."""

    chunk: int = 4

    def __enter__(self) -> Small:
        self.patches = [mock.patch(name, value) for name, value in SMALL.items()]
        self.patches.append(mock.patch.object(models.records_import, "CHUNK", self.chunk))
        for patch in self.patches:
            patch.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for patch in self.patches:
            patch.stop()


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Visit)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Visit.citizen_name)))


# ------------------------------------------------------------------ the rows of an old logbook

# TCVN3 has no capital with a tone mark: none here.
PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Hường", "Lò Thị Yến", "Hoàng Đức Mạnh", "Giàng A Páo"]
LINES = {
    "visit": lambda n: [f"0{n % 9 + 1}/02/2025", PEOPLE[n % 5], "VNeID", "Đã hỗ trợ xong", "Đông"],
    "bad date": lambda n: ["32/02/2025", PEOPLE[n % 5], "VNeID", "Đã hỗ trợ xong", ""],
    "blank": lambda n: ["", "", "", "", ""],
    "stt alone": lambda n: [str(n), "", "", "", ""],
    "header again": lambda n: ["Ngày", "Họ tên", "Hình thức hỗ trợ", "Kết quả", "Thôn"],
    "total": lambda n: ["Tổng cộng: 25 lượt", "", "", "", ""],
    "signature": lambda n: ["", "Người lập biểu", "", "", ""],
}  # fmt: skip
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-16": lambda text: text.encode("utf-16"),
    "cp1258": encode_cp1258,
    "tcvn3": lambda text: encode_tcvn3(text).encode("cp1252"),
    "vni": lambda text: encode_vni(text).encode("cp1252"),
}


def logbook_text(titles: int, kinds: list[str], delimiter: str) -> str:
    rows = [["Sổ theo dõi hỗ trợ năm 2025"]] * titles
    rows += [["Ngày", "Họ tên", "Hình thức hỗ trợ", "Kết quả", "Thôn/xóm"]]
    rows += [LINES[kind](n) for n, kind in enumerate(kinds)]
    with tempfile.SpooledTemporaryFile(mode="w+", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
        handle.seek(0)
        return handle.read()


@settings(max_examples=40, deadline=None)
@given(
    titles=st.integers(0, 3),
    kinds=st.lists(st.sampled_from(sorted(LINES)), max_size=50),
    visits=st.integers(0, 40),
    encoding=st.sampled_from(sorted(ENCODINGS)),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_a_streamed_csv_gives_the_rows_of_the_whole_sheet(
    titles: int, kinds: list[str], visits: int, encoding: str, delimiter: str
) -> None:
    # Visits first, so that the encoding is decided on text; then anything, past the sample.
    text = logbook_text(titles, ["visit"] * visits + kinds, delimiter)
    with tempfile.TemporaryDirectory() as folder, Small():
        path = Path(folder) / "so.csv"
        path.write_bytes(ENCODINGS[encoding](text))
        whole = read_legacy_table(path)
        with streamed_tables(path) as read:
            rows = list(read.rows())
            streamed = read.tables[0].table
    assert rows == whole.rows
    assert streamed.footer_rows == whole.footer_rows
    assert (streamed.encodings, streamed.header_row) == (whole.encodings, whole.header_row)
    assert (streamed.ignored_columns, streamed.layout) == (whole.ignored_columns, whole.layout)
    assert streamed.text_encoding == whole.text_encoding


def test_an_empty_or_headless_csv_is_refused_as_before(tmp_path: Path) -> None:
    empty = tmp_path / "trong.csv"
    empty.write_text("\n" * (HEADER_SCAN_ROWS + SAMPLE + 5) + ",,\n", encoding="utf-8")
    late = tmp_path / "muon.csv"
    late.write_text("\n" * (HEADER_SCAN_ROWS + SAMPLE + 5) + "Ngày,Họ tên\n", encoding="utf-8")
    with Small():
        for path, words in ((empty, "trống"), (late, "Không tìm thấy dòng tiêu đề")):
            with pytest.raises(RecordsError, match=words):
                read_legacy_table(path)
            with pytest.raises(RecordsError, match=words), streamed_tables(path):
                pass


# ----------------------------------------------------------------- the import, chunk by chunk


def visit(day: int, minute: int, outcome: str = "Đã hỗ trợ xong") -> dict[str, str]:
    return {
        "Ngày": f"{day:02d}/11/2025",
        "Giờ": f"08:{minute:02d}",
        "Họ và tên": "Lý Văn Tài",
        "Hình thức hỗ trợ": "VNeID",
        "Kết quả": outcome,
    }


def canonical(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


FILE = [visit(day, minute) for day in (3, 4, 5) for minute in range(5)]
HELD = visit(4, 2)  # already in the database
BAD = visit(5, 59, outcome="Xong")  # no such outcome: an invalid row, late in the file
SCENARIOS = {
    "duplicates": FILE + FILE[:7],
    "invalid late": [*FILE, BAD, *FILE[:3]],
    "only duplicates and a bad row": FILE[:2] + FILE[:2] + [BAD],
}
LOCKED = date(2025, 11, 4)


def report_of(report: ImportReport) -> dict[str, object]:
    return dataclasses.asdict(report)


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("skip_invalid", [False, True])
@pytest.mark.parametrize("locked", [False, True])
@pytest.mark.parametrize("dry_run", [False, True])
def test_an_import_in_chunks_does_and_reports_what_the_whole_file_does(
    db: Database,
    other_db: Database,
    tmp_path: Path,
    scenario: str,
    skip_invalid: bool,
    locked: bool,
    dry_run: bool,
) -> None:
    path = canonical(tmp_path / "so.csv", SCENARIOS[scenario])
    results = []
    for database, chunk in ((db, 100_000), (other_db, 4)):
        import_records(database, canonical(tmp_path / "co.csv", [HELD]), actor="nhap", now=NOW)
        if locked:
            lock_day(database, LOCKED, actor=chair("chair"))
        before = counts(database)
        with Small(chunk):
            report = import_records(
                database, path, actor="nhap", now=NOW, skip_invalid=skip_invalid, dry_run=dry_run
            )
        results.append((report_of(report), counts(database)[0] - before[0], names(database)))
        written = counts(database)[0] - before[0]
        assert written == (report.added if report.written else 0)
    assert results[0] == results[1]


def test_a_cancel_after_chunks_were_written_writes_nothing(db: Database, tmp_path: Path) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2 * len(FILE) - 3  # in the last chunk's writing

    before = counts(db)
    options = models.records_import.ImportOptions(cancelled=cancelled)
    with Small():
        report = import_records(db, canonical(tmp_path / "so.csv", FILE), actor="nhap", now=NOW,
                                options=options)  # fmt: skip
    assert report.cancelled and not report.written and counts(db) == before


def test_a_file_broken_after_chunks_were_written_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = canonical(tmp_path / "so.csv", FILE)
    with path.open("a", encoding="utf-8") as handle:  # a cell past the csv module's limit
        handle.write("01/11/2025,08:00," + "x" * (csv.field_size_limit() + 1) + "\n")
    before = counts(db)
    with Small(), pytest.raises(RecordsError, match="Không đọc được tệp CSV"):
        import_records(db, path, actor="nhap", now=NOW)
    assert counts(db) == before


def test_an_import_holds_a_chunk_of_rows_at_a_time(db: Database, tmp_path: Path) -> None:
    """Each chunk is written before the next is read: the rows read from the file when a chunk
    is written never run more than the first rows (header and sample) and one chunk ahead."""
    rows = [visit(day, minute) for day in range(1, 21) for minute in range(10)]
    path = canonical(tmp_path / "so.csv", rows)
    read = 0
    ahead: list[int] = []
    real_iter = models.legacy_csv.CsvRows.__iter__
    real_insert = models.records_import.insert_visits

    def counting(self: models.legacy_csv.CsvRows) -> Iterator[tuple[list[object], None]]:
        nonlocal read
        for row in real_iter(self):
            read += 1
            yield row  # type: ignore[misc]

    def inserting(session, db, visits, *, actor):  # type: ignore[no-untyped-def]
        ahead.append(read - (len(ahead) + 1) * chunk)
        assert len(visits) <= chunk
        return real_insert(session, db, visits, actor=actor)

    chunk = 5
    with (
        Small(chunk),
        mock.patch.object(models.legacy_csv.CsvRows, "__iter__", counting),
        mock.patch.object(models.records_import, "insert_visits", inserting),
    ):
        report = import_records(db, path, actor="nhap", now=NOW)
    assert report.added == len(rows) and len(ahead) == len(rows) // chunk
    assert max(ahead) <= 1 + HEADER_SCAN_ROWS + SAMPLE  # the header row, the first rows


# ---------------------------------------------------------------- workbooks, row by row too


ODD = ImportMapping({"Người đến làm việc": "Họ và tên", "Việc cần làm": None})


def same_reading(path: Path, sheet: str | None = None) -> None:
    whole = read_legacy_table(path, sheet=sheet, mapping=ODD)
    with streamed_tables(path, sheet=sheet, mapping=ODD) as read:
        rows = list(read.rows())
        streamed = read.tables[0].table
    assert rows == whole.rows
    assert streamed.footer_rows == whole.footer_rows
    assert (streamed.encodings, streamed.header_row) == (whole.encodings, whole.header_row)
    assert (streamed.ignored_columns, streamed.sheet) == (whole.ignored_columns, whole.sheet)
    assert streamed.headers == whole.headers


@pytest.mark.parametrize(
    "build",
    [
        lambda path: logbook(path, encode_tcvn3, header_font=".VnTimeH"),
        lambda path: logbook(path, encode_vni),
        lambda path: logbook(path, same, rows=ROWS * 20),
        lambda path: odd_logbook(path, sheets=("Tháng 2", "Tháng 3")),
    ],
    ids=["tcvn3 capitals", "vni", "long", "footer merged"],
)
def test_a_streamed_workbook_gives_the_rows_of_the_whole_sheet(tmp_path: Path, build) -> None:  # type: ignore[no-untyped-def]
    path = build(tmp_path / "so.xlsx")
    with Small():
        same_reading(path)
        if "Tháng 3" in openpyxl.load_workbook(path, read_only=True).sheetnames:
            same_reading(path, "Tháng 3")


@settings(max_examples=25, deadline=None)
@given(
    titles=st.integers(0, 2),
    days=st.lists(st.integers(1, 6), min_size=1, max_size=12),  # visits of each day
    capitals=st.sets(st.integers(0, 60), max_size=6),
    header_span=st.booleans(),
)
def test_merged_days_and_capitals_stream_as_the_whole_sheet_reads_them(
    titles: int, days: list[int], capitals: set[int], header_span: bool
) -> None:
    """The day written once in a cell merged down beside its visits, over the first rows'
    boundary; names in a capitals font here and there; a header cell over two columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    for _ in range(titles):
        sheet.append([encode_tcvn3("Sổ theo dõi")])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row,
                          end_column=5)  # fmt: skip
    sheet.append(["Ngày", "Họ tên", None, "Hình thức hỗ trợ", "Kết quả"])
    if header_span:
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row,
                          end_column=3)  # fmt: skip
    for number, visits in enumerate(days):
        first = sheet.max_row + 1
        for n in range(visits):
            name = encode_tcvn3(PEOPLE[(number + n) % 5])
            day = date(2025, 2, number % 28 + 1) if n == 0 else None
            sheet.append([day, name, "(con)", "VNeID", "Đã hỗ trợ xong" if n == 0 else None])
            if sheet.max_row in capitals:
                sheet.cell(sheet.max_row, 2).font = Font(name=".VnTimeH")
        if visits > 1:
            sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row,
                              end_column=1)  # fmt: skip
            sheet.merge_cells(start_row=first, start_column=5, end_row=sheet.max_row,
                              end_column=5)  # fmt: skip
    with tempfile.TemporaryDirectory() as folder, Small():
        path = Path(folder) / "gop.xlsx"
        book.save(path)
        same_reading(path)


def test_progress_over_chunks_moves_forward_and_ends_at_every_row_counted(
    db: Database, tmp_path: Path
) -> None:
    rows = [visit(day, minute) for day in range(1, 11) for minute in range(10)]
    steps: list[tuple[int, int]] = []
    options = models.records_import.ImportOptions(progress=lambda *step: steps.append(step))
    with Small(7):
        report = import_records(db, canonical(tmp_path / "so.csv", rows), actor="nhap", now=NOW,
                                options=options)  # fmt: skip
    assert report.added == len(rows)
    assert [done for done, _total in steps] == list(range(2 * len(rows)))
    assert all(done < total for done, total in steps)
    assert steps[-1][1] == 2 * len(rows)
