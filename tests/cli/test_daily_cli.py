"""``export-daily`` and ``consolidate`` through the real parser, services and files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from models.commune import save_profile
from models.day_lock import lock_day
from models.db import Database
from models.entities import AuditEntry
from models.reference import ReferenceData
from models.summary_document import verify_checksum
from models.visits import save_visit
from tests.actors import admin, chair
from tests.cli.runner import Runner
from tests.models.test_daily_summary import (
    BIRTH_YEARS,
    DAY,
    PERSONAL,
    clean_visit,
    save_fixture_visits,
)

DAY_FILE = "BC-NGAY_04321_2026-11-20.json"


@pytest.fixture
def run(db: Database, ref: ReferenceData, tmp_path: Path) -> Runner:
    save_profile(db, actor=admin("test"), code="04321", name="Xã Tân Hòa", upper_level="UBND tỉnh")
    save_fixture_visits(db, ref)
    return Runner(db, tmp_path / "home")


def export_entries(db: Database) -> list[dict[str, object]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "export-daily"))
        return [json.loads(row.after or "{}") | {"id": row.entity_id} for row in rows]


def test_export_a_day_as_json_into_a_folder(run: Runner, usb: Path) -> None:
    assert run("export-daily", "--date", "20/11/2026", "--format", "json", "--out", usb) == 0
    doc = json.loads((usb / DAY_FILE).read_text(encoding="utf-8"))
    assert verify_checksum(doc)
    assert (doc["date"], doc["revision"], doc["locked"]) == ("2026-11-20", 1, False)
    assert doc["totals"]["visits"] == 8 and doc["totals"]["citizens"] == 6
    assert "lần xuất 1" in run.out.getvalue() and "chưa chốt" in run.out.getvalue()
    [entry] = export_entries(run.db)
    assert entry == {
        "file": DAY_FILE,
        "from": "2026-11-20",
        "to": "2026-11-20",
        "format": "json",
        "revision": 1,
        "locked": False,
        "id": "2026-11-20",
    }


def test_the_revision_increases_on_each_export_of_the_date(run: Runner, usb: Path) -> None:
    for _ in range(2):
        assert run("export-daily", "--date", "2026-11-20", "--format", "csv", "--out", usb) == 0
    lock_day(run.db, DAY, actor=chair("Chủ tịch"))
    assert run("export-daily", "--date", "2026-11-20", "--format", "json", "--out", usb) == 0
    doc = json.loads((usb / DAY_FILE).read_text(encoding="utf-8"))
    assert (doc["revision"], doc["locked"]) == (3, True)
    assert "chưa chốt" not in run.out.getvalue()
    # Another date starts at 1 again.
    assert run("export-daily", "--date", "2026-11-21", "--format", "json", "--out", usb) == 0
    other = json.loads((usb / "BC-NGAY_04321_2026-11-21.json").read_text(encoding="utf-8"))
    assert other["revision"] == 1
    assert [e["revision"] for e in export_entries(run.db)] == [1, 2, 3, 1]


def test_export_a_period_as_csv_and_json(run: Runner, usb: Path) -> None:
    period = ("--from", "2026-11-20", "--to", "2026-11-21")
    assert run("export-daily", *period, "--format", "csv", "--out", usb) == 0
    text = (usb / "BC-NGAY_04321_2026-11-20_2026-11-21.csv").read_text(encoding="utf-8-sig")
    cells = {(row[0], row[1]): row[3] for row in csv.reader(io.StringIO(text))}
    assert (cells[("totals", "visits")], cells[("report", "to")]) == ("9", "2026-11-21")
    target = usb / "tuan.json"
    assert run("export-daily", *period, "--format", "json", "--out", target) == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["period"] == {"from": "2026-11-20", "to": "2026-11-21"}
    assert doc["revision"] == 2  # the CSV of the same period was the first export
    for path in usb.iterdir():
        content = path.read_text(encoding="utf-8-sig").replace(doc["checksum"], "")
        for secret in (*PERSONAL, *BIRTH_YEARS):
            assert secret not in content, (path.name, secret)


def test_a_new_folder_is_created_for_a_path_without_suffix(run: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "E" / "BaoCao"
    assert run("export-daily", "--date", "2026-11-20", "--format", "json", "--out", folder) == 0
    assert (folder / DAY_FILE).is_file()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--date", "2026-11-20", "--from", "2026-11-19"), "không dùng cả hai"),
        ((), "--date DATE"),
        (("--from", "2026-11-20"), "--date DATE"),
        (("--from", "2026-11-21", "--to", "2026-11-20"), "sau ngày kết thúc"),
    ],
)
def test_export_usage_errors(run: Runner, usb: Path, argv: tuple[str, ...], message: str) -> None:
    assert run("export-daily", *argv, "--format", "json", "--out", usb) == 2
    assert message in run.err.getvalue()
    assert list(usb.iterdir()) == []
    assert export_entries(run.db) == []


def test_a_file_whose_suffix_disagrees_with_the_format_is_refused(run: Runner, usb: Path) -> None:
    assert run("export-daily", "--date", "20/11/2026", "--format", "json", "--out", usb / "a.csv")
    assert "đuôi .json" in run.err.getvalue()


def test_export_needs_the_commune_profile(other_db: Database, usb: Path, tmp_path: Path) -> None:
    run = Runner(other_db, tmp_path / "home")
    assert run("export-daily", "--date", "20/11/2026", "--format", "json", "--out", usb) == 2
    assert "configure" in run.err.getvalue()


def test_consolidate_a_folder_of_two_communes(
    run: Runner, other_db: Database, ref: ReferenceData, usb: Path, tmp_path: Path
) -> None:
    assert run("export-daily", "--date", "2026-11-20", "--format", "json", "--out", usb) == 0
    assert run("export-daily", "--date", "2026-11-20", "--format", "json", "--out", usb) == 0
    save_profile(other_db, actor=admin("test"), code="04322", name="Xã Bình Minh")
    for hour in (8, 9):
        visit = clean_visit(
            ref, datetime(2026, 11, 20, hour), "Người Thứ Hai", assistance=["vneid"]
        )
        save_visit(other_db, visit, actor="desk")
    other = Runner(other_db, tmp_path / "home2")
    assert other("export-daily", "--date", "2026-11-20", "--format", "json", "--out", usb) == 0
    (usb / "~$lock.xlsx").write_bytes(b"")  # Excel's lock file of an open workbook: ignored
    expected = tmp_path / "communes.csv"
    expected.write_text("code,name\n04321,Xã Tân Hòa\n04322,Xã Bình Minh\n04323,Xã Hạ\n", "utf-8")
    out = usb / "tong-hop.xlsx"

    assert run("consolidate", usb, "--out", out, "--expected", expected) == 0

    printed = run.out.getvalue()
    assert "1 báo cáo của 2 xã" not in printed and "2 báo cáo của 2 xã" in printed
    assert "10 lượt hỗ trợ" in printed  # 8 + 2, the day's figures counted once
    assert "Chưa báo cáo (1 xã): 04323 Xã Hạ" in printed
    sheet = openpyxl.load_workbook(out)["Tổng hợp"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=6, max_col=7)]
    assert [(r[1], r[6]) for r in rows] == [("04321", 8), ("04322", 2), (None, 10)]
    # Running again with the result in the same folder does not read the result.
    assert run("consolidate", usb, "--out", out) == 0
    assert run.err.getvalue() == ""


def test_consolidate_reports_refused_files_and_exit_codes(
    run: Runner, usb: Path, tmp_path: Path
) -> None:
    (usb / "hong.json").write_text("{", encoding="utf-8")
    assert run("consolidate", usb, "--out", tmp_path / "kq.json") == 1
    assert "hong.json" in run.err.getvalue() and "chưa ghi" in run.err.getvalue()
    assert not (tmp_path / "kq.json").exists()
    assert run("export-daily", "--date", "2026-11-20", "--format", "json", "--out", usb) == 0
    assert run("consolidate", usb, "--out", tmp_path / "kq.json") == 0
    assert "Từ chối Tệp hong.json" in run.err.getvalue()
    assert verify_checksum(json.loads((tmp_path / "kq.json").read_text(encoding="utf-8")))
    assert run("consolidate", usb, "--out", tmp_path / "kq.txt") == 2
    assert run("consolidate", tmp_path / "khong-co", "--out", tmp_path / "kq.json") == 2
    assert "khong-co" in run.err.getvalue()
    empty = tmp_path / "trong"
    empty.mkdir()
    assert run("consolidate", empty, "--out", tmp_path / "kq.json") == 1


def _file_text(path: Path) -> str:
    """Everything a person or a program could read out of an export file."""
    if path.suffix == ".pdf":
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
        )
        return done.stdout + path.read_bytes().decode("latin-1")
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        cells = [
            str(cell.value)
            for sheet in book.worksheets  # the hidden data sheet included
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        return "\n".join(cells)
    return path.read_text(encoding="utf-8-sig")


def test_no_export_format_carries_personal_data(run: Runner, usb: Path) -> None:
    for fmt in ("json", "csv", "xlsx", "pdf"):
        assert run("export-daily", "--date", "20/11/2026", "--format", fmt, "--out", usb) == 0
    files = sorted(usb.iterdir())
    assert {path.suffix for path in files} == {".json", ".csv", ".xlsx", ".pdf"}
    checksum = json.loads((usb / DAY_FILE).read_text(encoding="utf-8"))["checksum"]
    for path in files:
        content = _file_text(path).replace(checksum, "")
        for secret in (*PERSONAL, *BIRTH_YEARS):
            assert secret not in content, (path.name, secret)
