"""Hostile and malformed files: every reader answers with its own error or a report, never more.

The promise: every file the app reads (imports, consolidation inputs, restore files, settings) is
checked; a malformed or hostile file gives a clear message naming what is wrong, never a
traceback and never a partial write. Each reader is fuzzed here with random bytes, text in the
wrong encoding, broken spreadsheets, huge cells, deep JSON and cells starting with = + - @.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.backup import backup_problem, check_database_file
from models.commune import CommuneProfile
from models.consolidate import consolidate, parse_report
from models.consolidate_files import ConsolidationError, Refusal, read_document, read_expected
from models.daily_summary import DailySummary, ProcedureFigures
from models.db import Database
from models.entities import AuditEntry, Village, Visit
from models.handout_edits import read_text_files
from models.handout_texts import handout_json, load_handout_text
from models.local_settings import FILE_NAME, LocalSettings, load_settings
from models.records_format import COLUMNS, RecordsError
from models.records_import import export_records, import_records
from models.reference import ReferenceData
from models.summary_document import document_text, summary_document, with_checksum
from models.text import clean, title_name
from models.visit_queries import visits_between

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NOW = datetime(2026, 1, 1, 12, 0)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1258", "cp1252", "latin-1", "shift_jis"]
FORMULA_PREFIXES = ["=", "+", "-", "@"]
HANDOUT_CODE = "1.001193"

# --------------------------------------------------------------------------- hostile content

# Deep nesting and huge numbers break Python's json module in ways a JSONDecodeError does not
# cover (RecursionError, ValueError on integers longer than 4300 digits).
DEEP_JSON = ("[" * 100_000).encode()
DEEP_OBJECT = ('{"a":' * 50_000).encode()
BIG_INT_JSON = ("9" * 5000).encode()
BIG_INT_IN_OBJECT = ('{"code": ' + "9" * 5000 + "}").encode()
HOSTILE_JSON = [DEEP_JSON, DEEP_OBJECT, BIG_INT_JSON, BIG_INT_IN_OBJECT, b"NaN", b"\xef\xbb\xbf"]


def huge(size: int) -> str:
    return "Đ" * size


def _formula_cell() -> st.SearchStrategy[str]:
    return st.builds(
        lambda prefix, rest: prefix + rest,
        st.sampled_from(FORMULA_PREFIXES),
        st.sampled_from(["1+2", "SUM(A1:A9)", "cmd|' /C calc'!A0", 'HYPERLINK("http://x";"bấm")']),
    )


cells = st.one_of(
    st.text(max_size=40),
    _formula_cell(),
    st.sampled_from(["10/03/2025", "08:30", "Đã hỗ trợ xong", "Số hóa", "Nam", "1960", ""]),
    st.sampled_from([40_000, 140_000]).map(huge),  # beyond Excel's cell limit, CSV's field limit
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV with the canonical header (or part of it) and random rows, in a random encoding."""
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, unique=True)) + draw(
        st.lists(st.text(max_size=10), max_size=2)
    )
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 1), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    if draw(st.booleans()):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
        text = buffer.getvalue()
    else:  # no quoting at all: stray quotes and delimiters inside cells
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


def _base_xlsx() -> dict[str, bytes]:
    """The parts of a small, valid canonical workbook."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    sheet.append([date(2025, 3, 10), "08:30", "Lê Văn An", 1960])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


BASE_XLSX = _base_xlsx()


@st.composite
def broken_xlsx(draw: st.DrawFn) -> bytes:
    """A workbook with one part replaced by garbage, cut short, or removed; or a truncated file."""
    parts = dict(BASE_XLSX)
    name = draw(st.sampled_from(sorted(parts)))
    action = draw(st.sampled_from(["garbage", "cut", "remove", "truncate-file"]))
    if action == "garbage":
        parts[name] = draw(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
    elif action == "cut":
        parts[name] = parts[name][: draw(st.integers(0, max(0, len(parts[name]) - 1)))]
    else:
        parts.pop(name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    data = buffer.getvalue()
    if action == "truncate-file":
        data = data[: draw(st.integers(0, len(data) - 1))]
    return data


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

file_contents = st.one_of(
    st.binary(max_size=2000),
    st.builds(
        lambda text, encoding: text.encode(encoding, errors="replace"),
        st.text(max_size=300),
        st.sampled_from(ENCODINGS),
    ),
    csv_files(),
    broken_xlsx(),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.sampled_from(HOSTILE_JSON),
)


@contextmanager
def hostile_file(name: str, content: bytes) -> Iterator[Path]:
    """``content`` saved as ``name`` in a folder of its own (hypothesis reuses the fixtures)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        yield path


# --------------------------------------------------------------------------- (i) import_records


def db_counts(db: Database) -> tuple[int, int, int]:
    """Visits, audit entries and villages: an import that writes nothing changes none of them."""
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Visit, AuditEntry, Village)
        )


@FUZZ
@given(
    content=file_contents,
    suffix=st.sampled_from([".csv", ".xlsx", ".json", ".CSV", ".xls", ".txt"]),
)
@example(content=b"x" * 10, suffix=".csv")
@example(content=("Ngày,Họ và tên\n" + huge(200_000)).encode(), suffix=".csv")
@example(content=b"PK\x03\x04" + b"\x00" * 40, suffix=".xlsx")
def test_an_import_of_any_file_answers_with_a_message_and_writes_nothing_half(
    db: Database, content: bytes, suffix: str
) -> None:
    before = db_counts(db)
    with hostile_file(f"nhap{suffix}", content) as path:
        try:
            report = import_records(db, path, actor="fuzz", now=NOW)
        except RecordsError as error:
            assert error.message.strip()
            assert db_counts(db) == before
            return
    visits_before, audit_before, _ = before
    visits_after, audit_after, _ = db_counts(db)
    if report.written:
        assert not report.invalid
        assert visits_after == visits_before + report.added
        assert audit_after == audit_before + report.added + 1  # one per visit, one for the import
    else:
        # Refused as a whole: at least one row says why, and the database is as it was.
        assert report.invalid and all(error.describe().strip() for error in report.invalid)
        assert db_counts(db) == before


@FUZZ
@given(bad_rows=st.lists(st.lists(cells, min_size=1, max_size=len(COLUMNS)), min_size=1))
def test_good_rows_beside_hostile_ones_are_not_imported_either(
    db: Database, bad_rows: list[list[str]]
) -> None:
    good = ["10/03/2025", "08:30", "Lê Văn An", "1960"]
    header = ["Ngày", "Giờ", "Họ và tên", "Năm sinh", "Hình thức hỗ trợ", "Kết quả"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for minute in range(5):
        writer.writerow([*good[:1], f"08:{minute:02d}", *good[2:], "Số hóa", "Đã hỗ trợ xong"])
    writer.writerows(bad_rows)
    before = db_counts(db)
    with hostile_file("tron.csv", buffer.getvalue().encode("utf-8")) as path:
        try:
            report = import_records(db, path, actor="fuzz", now=NOW)
        except RecordsError as error:  # a cell beyond CSV's field limit refuses the whole file
            assert error.message.strip()
            report = None
    if report is not None and report.written:
        assert not report.invalid  # every random row happened to be blank or a valid visit
    else:
        assert db_counts(db) == before


def workbook_with(part: str, data: bytes | None) -> bytes:
    """The small valid workbook with ``part`` replaced by ``data`` (removed when ``None``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in BASE_XLSX.items():
            if name != part:
                archive.writestr(name, content)
            elif data is not None:
                archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.filterwarnings("ignore:Workbook contains no stylesheet:UserWarning")
@pytest.mark.parametrize("part", sorted(BASE_XLSX))
@pytest.mark.parametrize("data", [b"<not xml", b"<x/>", None], ids=["garbage", "wrong", "missing"])
def test_a_workbook_with_a_broken_part_is_refused_with_a_message(
    db: Database, tmp_path: Path, part: str, data: bytes | None
) -> None:
    path = tmp_path / "hong.xlsx"
    path.write_bytes(workbook_with(part, data))
    before = db_counts(db)
    try:
        report = import_records(db, path, actor="fuzz", now=NOW)
    except RecordsError as error:
        assert error.message.strip()
    else:  # the part was not needed: the file reads, and its one row is incomplete
        assert not report.written and report.invalid
    assert db_counts(db) == before
    read_one(path)  # the consolidation reader refuses it with a reason as well


# --------------------------------------------------------------------------- cells like formulas

FORMULA_TEXTS = [
    "=1+2",
    "+84 912 345 678",
    "-5 ngày",
    "@SUM(A1:A9)",
    '=HYPERLINK("http://x.vn";"bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "-",
    "@",
]


def formula_csv(folder: Path) -> Path:
    """One visit per hostile text, the text in every free-text column."""
    header = ["Ngày", "Giờ", "Họ và tên", "Thôn/Tổ dân phố", "Hình thức hỗ trợ", "Kết quả"]
    header += ["Lý do chưa hoàn thành", "Cán bộ hỗ trợ", "Ghi chú"]
    path = folder / "cong-thuc.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for minute, text in enumerate(FORMULA_TEXTS):
            row = ["10/03/2025", f"08:{minute:02d}", text, text, "Số hóa", "Chưa hoàn thành"]
            writer.writerow([*row, text, text, text])
    return path


def stored_texts(db: Database) -> list[tuple[str, str, str, str, str]]:
    visits = visits_between(db, date(2025, 3, 10), date(2025, 3, 10))
    return [
        (
            visit.citizen_name,
            visit.village.name if visit.village else "",
            visit.reason_text,
            visit.clerk_name,
            visit.note,
        )
        for visit in visits
    ]


def test_cells_starting_with_formula_marks_are_imported_as_text_and_kept(
    db: Database, other_db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    report = import_records(db, formula_csv(tmp_path), actor="nhap", now=NOW)
    assert report.invalid == []
    assert (report.written, report.added) == (True, len(FORMULA_TEXTS))
    expected = [(title_name(t), clean(t), clean(t), clean(t), clean(t)) for t in FORMULA_TEXTS]
    assert stored_texts(db) == expected
    # Out to a workbook and back in: still text, not a formula Excel would compute (or lose).
    workbook = tmp_path / "ra.xlsx"
    export_records(db, date(2025, 3, 10), date(2025, 3, 10), workbook, True, actor="xuat")
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    again = import_records(other_db, workbook, actor="nhap", now=NOW)
    assert (again.written, again.added, again.invalid) == (True, len(FORMULA_TEXTS), [])
    assert stored_texts(other_db) == expected


# --------------------------------------------------------------------------- (ii) consolidation


def valid_document(code: str = "01234") -> dict[str, Any]:
    summary = DailySummary(
        first=date(2026, 11, 20),
        last=date(2026, 11, 20),
        visits=5,
        citizens=4,
        online_submitted=1,
        procedure_visits=3,
        not_completed=1,
        by_reason={"other": 1},
        by_assistance={"vneid": 5},
        by_procedure=[ProcedureFigures(HANDOUT_CODE, "Đăng ký khai sinh", 3, 1)],
        by_channel={"online_full": 1},
        by_outcome={"submitted": 2, "helped": 2, "not_completed": 1},
    )
    return summary_document(
        summary,
        CommuneProfile(code=code, name="Xã Thử"),
        ReferenceData(),
        locked=True,
        generated_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )


def read_one(path: Path) -> None:
    """What consolidation does with one file: a report, or a Refusal with a reason."""
    try:
        parse_report(path.name, read_document(path))
    except Refusal as refusal:
        assert str(refusal).strip()


@FUZZ
@given(content=file_contents, suffix=st.sampled_from([".json", ".xlsx", ".JSON", ".csv"]))
@example(content=DEEP_JSON, suffix=".json")
@example(content=DEEP_OBJECT, suffix=".json")
@example(content=BIG_INT_JSON, suffix=".json")
@example(content=BIG_INT_IN_OBJECT, suffix=".json")
def test_a_consolidation_input_is_read_or_refused_with_a_reason(
    content: bytes, suffix: str
) -> None:
    with hostile_file(f"BC-NGAY{suffix}", content) as path:
        read_one(path)


@FUZZ
@given(data=st.data())
def test_a_document_with_a_matching_checksum_but_hostile_fields_is_refused_or_read(
    data: st.DataObject,
) -> None:
    # Anyone can recompute a checksum: the fields must be checked all the same.
    doc = valid_document()
    key = data.draw(st.sampled_from([*doc, "period", "extra"]))
    inner = doc.get(key)
    if isinstance(inner, dict) and inner and data.draw(st.booleans()):
        inner[data.draw(st.sampled_from(sorted(inner)))] = data.draw(json_values)
    elif data.draw(st.booleans()):
        doc[key] = data.draw(json_values)
    else:
        doc.pop(key, None)
    with tempfile.TemporaryDirectory() as folder:
        good = Path(folder) / "good.json"
        good.write_text(document_text(valid_document("99999")), encoding="utf-8")
        path = Path(folder) / "hostile.json"
        path.write_text(document_text(with_checksum(doc)), encoding="utf-8")
        read_one(path)
        result = consolidate([good, path])
    # The good file is always counted, whatever the other one holds.
    assert "good.json" in {report.file for report in result.reports}
    assert {note.file for note in result.refused} <= {"hostile.json"}


@pytest.mark.parametrize("depth", [800, 900, 950, 970, 980, 990, 995])
def test_a_deep_document_near_the_recursion_limit_is_refused(tmp_path: Path, depth: int) -> None:
    # Parsed at one stack depth, re-serialised for the checksum at a deeper one.
    nested = "[" * depth + "]" * depth
    path = tmp_path / "deep.json"
    path.write_text(
        '{"schema": "motcua.daily-summary/1", "checksum": "sha256:00", "x": ' + nested + "}",
        encoding="utf-8",
    )
    read_one(path)
    assert [note.file for note in consolidate([path]).refused] == ["deep.json"]


@FUZZ
@given(content=file_contents)
def test_the_expected_communes_list_is_read_or_refused_with_a_message(content: bytes) -> None:
    with hostile_file("danh-sach.csv", content) as path:
        try:
            expected = read_expected(path)
        except ConsolidationError as error:
            assert error.message.strip()
        else:
            assert expected and all(isinstance(code, str) and code for code in expected)


# --------------------------------------------------------------------------- (iii) handout texts


def handout_with(**changes: object) -> bytes:
    data = json.loads(handout_json(load_handout_text(HANDOUT_CODE)))
    data.update(changes)
    return json.dumps(data, ensure_ascii=False).encode()


@FUZZ
@given(content=file_contents)
@example(content=DEEP_JSON)
@example(content=DEEP_OBJECT)
@example(content=BIG_INT_JSON)
@example(content=BIG_INT_IN_OBJECT)
@example(content=b'{"code": "' + b"9" * 3_000_000 + b'"}')
@example(content=handout_with(title=huge(5_000_000)))
@example(content=handout_with(steps=[huge(1_000_000)] * 3))
@example(content=handout_with(tips=["x"] * 200_000))
def test_a_handout_file_is_read_or_its_problem_named(db: Database, content: bytes) -> None:
    with hostile_file("to-huong-dan.json", content) as path:
        result = read_text_files(db, [path])
    assert len(result.problems) + len(result.texts) == 1
    for problem in result.problems:
        assert problem.startswith("to-huong-dan.json: ")


# --------------------------------------------------------------------------- (iv) restore files


def mutated(original: bytes) -> st.SearchStrategy[bytes]:
    """``original`` with a few bytes overwritten, or cut short."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = bytearray(original)
        if draw(st.booleans()):
            return bytes(data[: draw(st.integers(0, len(data)))])
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            patch = draw(st.binary(min_size=1, max_size=64))
            data[at : at + len(patch)] = patch
        return bytes(data[: len(original)])

    return build()


SQLITE_HEADER = b"SQLite format 3\x00"


def check_restore_file(path: Path) -> None:
    """Both checks answer ``None`` or a reason, never raise, and never change the file."""
    content = path.read_bytes()
    reason = check_database_file(path)
    assert reason is None or reason.strip()
    problem = backup_problem(path)
    assert problem is None or problem.strip()
    if reason is not None:
        assert problem is not None
    assert path.read_bytes() == content


@FUZZ
@given(content=st.binary(max_size=4096) | st.binary(max_size=4096).map(SQLITE_HEADER.__add__))
def test_a_restore_file_of_random_bytes_gets_a_reason(content: bytes) -> None:
    with hostile_file("sao-luu.sqlite3", content) as path:
        check_restore_file(path)


@FUZZ
@given(data=st.data())
def test_a_damaged_copy_of_a_real_database_gets_a_reason_or_passes(
    template_db: Path, data: st.DataObject
) -> None:
    content = data.draw(mutated(template_db.read_bytes()))
    with hostile_file("sao-luu.sqlite3", content) as path:
        check_restore_file(path)


def test_a_restore_file_whose_damaged_schema_is_not_text_gets_a_reason(tmp_path: Path) -> None:
    # SQLite's message about a malformed schema quotes the entry's name: here bytes that are not
    # UTF-8, which Python's sqlite3 module fails to decode (UnicodeDecodeError, no sqlite3.Error).
    path = tmp_path / "sao-luu.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE t(x)")
        connection.execute("CREATE INDEX idxAAAA ON t(x)")
        connection.commit()
    damaged = path.read_bytes().replace(b"idxAAAA", b"idx\xff\xfe\xfd\xfc")
    path.write_bytes(damaged.replace(b"ON t(x)", b"ON q(x)"))
    check_restore_file(path)
    assert check_database_file(path) is not None


# --------------------------------------------------------------------------- (v) local settings

DEFAULTS = LocalSettings()


def well_typed(loaded: LocalSettings) -> bool:
    """Every field has the type of its default (a bool is not a font size)."""
    return all(
        type(getattr(loaded, f.name)) is type(getattr(DEFAULTS, f.name)) for f in fields(loaded)
    )


settings_objects = st.dictionaries(
    st.sampled_from([f.name for f in fields(LocalSettings)]) | st.text(max_size=8),
    json_values,
    max_size=6,
).map(lambda data: json.dumps(data).encode())


@FUZZ
@given(content=file_contents | settings_objects)
@example(content=DEEP_JSON)
@example(content=DEEP_OBJECT)
@example(content=BIG_INT_IN_OBJECT)
@example(content=b'{"ui_font_pt": "to", "idle_lock_minutes": [10]}')
@example(content=b'{"ui_font_pt": true}')
@example(content=b'{"database_url": 5}')
def test_a_damaged_settings_file_gives_defaults_and_is_kept_aside(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder)
        (config / FILE_NAME).write_bytes(content)
        loaded = load_settings(config)
        remaining = sorted(path.name for path in config.iterdir())
        assert well_typed(loaded)
        if remaining == [FILE_NAME]:  # read as it is: its values were used
            assert (config / FILE_NAME).read_bytes() == content
        else:  # damaged: defaults, and the bytes kept aside for a person to look at
            assert loaded == DEFAULTS
            assert len(remaining) == 1 and remaining[0].startswith("settings.damaged-")
            assert (config / remaining[0]).read_bytes() == content


def test_good_settings_are_read_as_they_are(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"ui_font_pt": 14, "last_clerk": "Lan"}', encoding="utf-8")
    assert load_settings(tmp_path) == LocalSettings(ui_font_pt=14, last_clerk="Lan")
