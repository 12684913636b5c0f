"""Consolidation at the upper level: duplicates, revisions, tampered and malformed files, XLSX."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from models.commune import CommuneProfile
from models.consolidate import consolidate
from models.consolidate_files import ConsolidationError, read_expected
from models.consolidate_writers import write_consolidation_json, write_consolidation_xlsx
from models.daily_summary import DailySummary, ProcedureFigures
from models.reference import ReferenceData
from models.summary_document import (
    XLSX_DATA_SHEET,
    document_text,
    summary_document,
    verify_checksum,
    with_checksum,
)

DAY = date(2026, 11, 20)
MORNING = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NO_LABELS = ReferenceData()


def make_doc(
    code: str,
    name: str,
    visits: int,
    *,
    first: date = DAY,
    last: date = DAY,
    revision: int = 1,
    generated_at: datetime = MORNING,
    online: int = 1,
) -> dict[str, Any]:
    """A commune's document with ``visits`` visits, ``online`` of them online submissions."""
    summary = DailySummary(
        first=first,
        last=last,
        visits=visits,
        citizens=visits - 1,
        online_submitted=online,
        procedure_visits=visits - 1,
        not_completed=1,
        by_reason={"otp_not_received": 1, "other": 0},
        by_assistance={"vneid": visits, "digitize": 0},
        by_procedure=[ProcedureFigures("1.001193", "Đăng ký khai sinh", visits - 1, online)],
        by_channel={"online_full": online, "in_person": 1},
        by_outcome={"submitted": online + 1, "helped": visits - online - 2, "not_completed": 1},
    )
    profile = CommuneProfile(code=code, name=name)
    return summary_document(
        summary, profile, NO_LABELS, locked=True, generated_at=generated_at, revision=revision
    )


def save(folder: Path, name: str, doc: dict[str, Any] | str) -> Path:
    path = folder / name
    text = doc if isinstance(doc, str) else document_text(doc)
    path.write_text(text, encoding="utf-8")
    return path


def save_xlsx(folder: Path, name: str, doc: dict[str, Any] | None) -> Path:
    """A workbook as the app's XLSX export makes it: a visible report, a hidden data sheet."""
    book = openpyxl.Workbook()
    book.active.title = "Báo cáo"
    book.active.append(["Báo cáo tổng hợp ngày", 20])
    if doc is not None:
        data = book.create_sheet(XLSX_DATA_SHEET)
        data["A1"] = json.dumps(doc, ensure_ascii=False)
        data.sheet_state = "hidden"
    path = folder / name
    book.save(path)
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_two_communes_a_duplicate_and_a_newer_revision(inbox: Path) -> None:
    a1 = save(inbox, "BC-NGAY_00001_2026-11-20.json", make_doc("00001", "Xã An", 10))
    copy = save(inbox, "BC-NGAY_00001_2026-11-20 (1).json", make_doc("00001", "Xã An", 10))
    later = MORNING + timedelta(hours=2)
    a2 = save(
        inbox,
        "BC-NGAY_00001_2026-11-20_lan2.json",
        make_doc("00001", "Xã An", 12, revision=2, generated_at=later, online=3),
    )
    b = save(inbox, "BC-NGAY_00002_2026-11-20.json", make_doc("00002", "Xã Bình", 5))

    result = consolidate([a1, copy, a2, b])

    assert result.refused == []
    assert [(row.code, row.totals["visits"]) for row in result.rows] == [
        ("00001", 12),
        ("00002", 5),
    ]
    assert result.totals.totals["visits"] == 17  # not 10 + 10 + 12 + 5
    assert result.totals.totals["online_submitted"] == 3 + 1
    assert result.totals.procedure_visits == 11 + 4
    assert result.totals.online_share == pytest.approx(4 / 15)
    assert result.rows[0].online_share == pytest.approx(3 / 11)
    assert result.tables["by_assistance"] == {"vneid": 17, "digitize": 0}
    assert result.tables["by_channel"] == {"online_full": 4, "in_person": 2}
    assert result.tables["not_completed_reasons"] == {"otp_not_received": 2, "other": 0}
    assert result.procedures == [("1.001193", "Đăng ký khai sinh", 15, 4)]
    skipped = {note.file: note.reason for note in result.skipped}
    assert set(skipped) == {a1.name, copy.name}
    assert "lần xuất 2" in skipped[a1.name] and a2.name in skipped[a1.name]
    assert (result.first, result.last) == (DAY, DAY)


def test_the_same_file_twice_counts_once(inbox: Path) -> None:
    path = save(inbox, "a.json", make_doc("00001", "Xã An", 10))
    result = consolidate([path, path])
    assert result.totals.totals["visits"] == 10
    assert [note.reason for note in result.skipped] == ["trùng hệt tệp a.json: chỉ tính một lần"]


def test_a_later_export_wins_at_equal_revision(inbox: Path) -> None:
    early = save(inbox, "early.json", make_doc("00001", "Xã An", 10))
    late_doc = make_doc("00001", "Xã An", 11, generated_at=MORNING + timedelta(minutes=5))
    late = save(inbox, "late.json", late_doc)
    assert consolidate([late, early]).totals.totals["visits"] == 11


def test_a_tampered_file_is_refused_by_name_and_the_others_go_on(inbox: Path) -> None:
    doc = make_doc("00001", "Xã An", 10)
    doc["totals"]["visits"] = 100  # changed by hand after the export
    tampered = save(inbox, "BC-NGAY_00001_2026-11-20.json", doc)
    good = save(inbox, "BC-NGAY_00002_2026-11-20.json", make_doc("00002", "Xã Bình", 5))

    result = consolidate([tampered, good])

    assert [row.code for row in result.rows] == ["00002"]
    assert result.totals.totals["visits"] == 5
    [note] = result.refused
    assert note.file == tampered.name
    assert "checksum" in note.reason and "không khớp" in note.reason
    assert note.describe().startswith(f"Tệp {tampered.name}: ")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{không phải JSON", "không phải JSON hợp lệ"),
        ("[1, 2, 3]", "không phải một báo cáo"),
        ('{"totals": {}}', "thiếu «schema»"),
        (with_checksum({"schema": "motcua.daily-summary/2"}), "lược đồ «motcua.daily-summary/2»"),
        ({"schema": "motcua.daily-summary/1"}, "thiếu mã kiểm tra"),
        (with_checksum({"schema": "motcua.daily-summary/1"}), "«commune.code»"),
        ('{"schema": "motcua.daily-summary/1", "x": NaN}', "NaN"),
    ],
)
def test_malformed_files_are_refused_with_the_reason(
    inbox: Path, content: str | dict[str, Any], reason: str
) -> None:
    bad = save(inbox, "bad.json", content if isinstance(content, str) else json.dumps(content))
    good = save(inbox, "good.json", make_doc("00002", "Xã Bình", 5))
    result = consolidate([bad, good])
    assert [note.file for note in result.refused] == ["bad.json"]
    assert reason in result.refused[0].reason
    assert result.totals.totals["visits"] == 5


def test_a_document_with_a_negative_count_is_refused(inbox: Path) -> None:
    doc = make_doc("00001", "Xã An", 10)
    doc["by_channel"]["in_person"] = -3
    bad = save(inbox, "bad.json", with_checksum(doc))  # sealed, but not a valid summary
    result = consolidate([bad])
    assert "by_channel.in_person" in result.refused[0].reason
    assert result.reports == []


def test_a_file_that_is_not_utf8_or_not_ours_is_refused(inbox: Path) -> None:
    latin = inbox / "latin.json"
    latin.write_bytes('{"name": "Tân"}'.encode("cp1258"))
    other = save(inbox, "notes.txt", "hello")
    result = consolidate([latin, other])
    reasons = {note.file: note.reason for note in result.refused}
    assert "UTF-8" in reasons["latin.json"]
    assert ".json hoặc .xlsx" in reasons["notes.txt"]


def test_an_xlsx_is_read_when_its_json_is_missing(inbox: Path) -> None:
    workbook = save_xlsx(inbox, "BC-NGAY_00001_2026-11-20.xlsx", make_doc("00001", "Xã An", 10))
    result = consolidate([workbook])
    assert result.refused == []
    assert [(row.code, row.name, row.totals["visits"]) for row in result.rows] == [
        ("00001", "Xã An", 10)
    ]


def test_an_xlsx_document_split_over_column_a_is_joined(inbox: Path) -> None:
    text = json.dumps(make_doc("00001", "Xã An", 10), ensure_ascii=False)
    book = openpyxl.Workbook()
    data = book.create_sheet(XLSX_DATA_SHEET)
    for row, start in enumerate(range(0, len(text), 100), start=1):
        data.cell(row=row, column=1, value=text[start : start + 100])
    data.sheet_state = "hidden"
    book.save(inbox / "split.xlsx")
    result = consolidate([inbox / "split.xlsx"])
    assert result.refused == []
    assert result.totals.totals["visits"] == 10


def test_an_xlsx_beside_its_json_is_not_counted_again(inbox: Path) -> None:
    doc = make_doc("00001", "Xã An", 10)
    workbook = save_xlsx(inbox, "BC-NGAY_00001_2026-11-20.xlsx", doc)
    data = save(inbox, "BC-NGAY_00001_2026-11-20.json", doc)
    result = consolidate([workbook, data])
    assert result.totals.totals["visits"] == 10
    assert [note.file for note in result.skipped] == [workbook.name]


def test_an_xlsx_stands_in_for_a_refused_json(inbox: Path) -> None:
    doc = make_doc("00001", "Xã An", 10)
    tampered = dict(doc, locked=False)
    save(inbox, "BC-NGAY_00001_2026-11-20.json", tampered)
    save_xlsx(inbox, "BC-NGAY_00001_2026-11-20.xlsx", doc)
    result = consolidate(sorted(inbox.iterdir()))
    assert [note.file for note in result.refused] == ["BC-NGAY_00001_2026-11-20.json"]
    assert result.totals.totals["visits"] == 10


def test_an_xlsx_without_the_data_sheet_or_broken_is_refused(inbox: Path) -> None:
    plain = save_xlsx(inbox, "plain.xlsx", None)
    broken = inbox / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    result = consolidate([plain, broken])
    reasons = {note.file: note.reason for note in result.refused}
    assert XLSX_DATA_SHEET in reasons["plain.xlsx"]
    assert "hỏng" in reasons["broken.xlsx"]


def test_a_week_and_a_day_inside_it_are_not_both_counted(inbox: Path) -> None:
    week = save(
        inbox, "week.json", make_doc("00001", "Xã An", 50, first=DAY - timedelta(days=6), last=DAY)
    )
    day = save(inbox, "day.json", make_doc("00001", "Xã An", 10))
    after = DAY + timedelta(days=1)
    next_day = save(inbox, "next.json", make_doc("00001", "Xã An", 7, first=after, last=after))
    result = consolidate([day, week, next_day])
    assert result.rows[0].totals["visits"] == 57
    assert result.rows[0].days == 8
    assert [note.file for note in result.skipped] == ["day.json"]
    assert "week.json" in result.skipped[0].reason


def test_missing_and_unexpected_communes(inbox: Path) -> None:
    a = save(inbox, "a.json", make_doc("00001", "Xã An", 10))
    c = save(inbox, "c.json", make_doc("00009", "Xã Lạ", 3))
    # "1" as Excel shows 00001 once it dropped the leading zeros
    expected = {"1": "Xã An", "00002": "Xã Bình", "00003": "Xã Cường"}
    result = consolidate([a, c], expected)
    assert result.missing == {"00002": "Xã Bình", "00003": "Xã Cường"}
    assert result.unexpected == ["00009"]


def test_read_expected_with_a_header_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "communes.csv"
    path.write_text("Mã xã;Tên xã\n00001;Xã An\n\n00002;Xã Bình\n", encoding="utf-8-sig")
    assert read_expected(path) == {"00001": "Xã An", "00002": "Xã Bình"}
    headerless = tmp_path / "plain.csv"
    headerless.write_text("00003,Xã Cường\n", encoding="utf-8")
    assert read_expected(headerless) == {"00003": "Xã Cường"}
    empty = tmp_path / "empty.csv"
    empty.write_text("code,name\n", encoding="utf-8")
    with pytest.raises(ConsolidationError, match="không có dòng nào"):
        read_expected(empty)


def _consolidated(inbox: Path) -> Any:
    a = save(inbox, "a.json", make_doc("00001", "Xã An", 10))
    b = save(inbox, "b.json", make_doc("00002", "Xã Bình", 5, online=0))
    bad = save(inbox, "bad.json", "{")
    return consolidate([a, b, bad], {"00001": "Xã An", "00003": "Xã Cường"})


def test_the_consolidated_workbook_reads_back(inbox: Path, tmp_path: Path) -> None:
    path = tmp_path / "tong-hop.xlsx"
    labels = ReferenceData(labels={"assistance": {"vneid": "Hỗ trợ VNeID"}})
    write_consolidation_xlsx(path, _consolidated(inbox), ref=labels)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tổng hợp", "Phân loại", "Tệp bị từ chối", "Chưa báo cáo"]
    sheet = book["Tổng hợp"]
    header = [cell.value for cell in sheet[5]]
    assert header[:3] == ["STT", "Mã xã", "Tên xã"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=6)]
    visits, share = header.index("Lượt hỗ trợ"), header.index("Tỷ lệ trực tuyến")
    assert [(r[1], r[2], r[visits]) for r in rows] == [
        ("00001", "Xã An", 10),
        ("00002", "Xã Bình", 5),
        (None, "Tổng cộng", 15),
    ]
    assert isinstance(rows[2][visits], int)  # numbers as numbers
    assert rows[2][share] == pytest.approx(1 / 13)
    assert sheet.cell(row=8, column=share + 1).number_format == "0.0%"
    tables = [[c.value for c in row] for row in book["Phân loại"].iter_rows()]
    assert ["vneid", "Hỗ trợ VNeID", 15, None] in tables  # code, label, count
    refused = [[c.value for c in row] for row in book["Tệp bị từ chối"].iter_rows(min_row=2)]
    assert refused[0][:2] == ["bad.json", "Từ chối"]
    missing = [[c.value for c in row] for row in book["Chưa báo cáo"].iter_rows(min_row=2)]
    assert missing == [["00003", "Xã Cường"]]


def test_the_consolidated_json_reads_back(inbox: Path, tmp_path: Path) -> None:
    path = tmp_path / "tong-hop.json"
    write_consolidation_json(path, _consolidated(inbox), generated_at=MORNING)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert verify_checksum(doc)
    assert doc["schema"] == "motcua.consolidation/1"
    assert doc["generated_at"] == "2026-11-20T16:00:00+07:00"
    assert doc["period"] == {"from": "2026-11-20", "to": "2026-11-20"}
    assert [c["code"] for c in doc["communes"]] == ["00001", "00002"]
    assert doc["totals"]["totals"]["visits"] == 15 and doc["totals"]["communes"] == 2
    assert doc["refused"][0]["file"] == "bad.json"
    assert doc["missing"] == [{"code": "00003", "name": "Xã Cường"}]
    assert doc["unexpected"] == ["00002"]
