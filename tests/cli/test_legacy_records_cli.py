"""``import-records`` on old logbooks: --sheet, --legacy-encoding, --dry-run, through the parser."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from models.db import Database
from models.entities import AuditEntry, Visit
from models.visit_queries import visits_between
from tests.cli.runner import Runner
from tests.models.legacy_books import DAYS, NAMES, logbook, xls_logbook
from tests.models.test_legacy_text import encode_tcvn3, encode_vni


@pytest.fixture
def run(db: Database, tmp_path: Path) -> Runner:
    return Runner(db, tmp_path / "home")


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Visit)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def names(db: Database) -> list[str]:
    return [visit.citizen_name for visit in visits_between(db, *DAYS)]


def test_a_tcvn3_workbook_is_imported_and_the_conversion_is_told(
    run: Runner, tmp_path: Path
) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3, header_font=".VnTimeH")
    assert run("import-records", path) == 0, run.err.getvalue()
    out = run.out.getvalue()
    assert "Đọc trang tính «Năm 2025», dòng tiêu đề là dòng 3." in out
    assert "Đã chuyển từ mã TCVN3 (ABC, phông .VnTime) sang Unicode: cột «Ngày», «Họ và tên»" in out
    assert "Bỏ qua các cột không thuộc mẫu: «STT»." in out
    assert "đã nhập 3 lượt hỗ trợ" in out
    assert names(run.db) == NAMES


def test_a_dry_run_says_nothing_was_imported_and_writes_nothing(
    run: Runner, tmp_path: Path
) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_vni)
    before = counts(run.db)
    assert run("import-records", path, "--dry-run") == 0, run.err.getvalue()
    out = run.out.getvalue()
    assert "sẽ nhập 3 lượt hỗ trợ, bỏ qua 0 lượt đã có" in out
    assert "CHẠY THỬ (--dry-run): chưa nhập gì vào cơ sở dữ liệu." in out
    assert "VNI (phông VNI-Times)" in out
    assert counts(run.db) == before
    assert run("import-records", path) == 0
    assert "đã nhập 3 lượt hỗ trợ" in run.out.getvalue()
    assert "CHẠY THỬ" not in run.out.getvalue()
    assert run("import-records", path, "--dry-run") == 0
    assert "sẽ nhập 0 lượt hỗ trợ, bỏ qua 3 lượt đã có" in run.out.getvalue()


def test_a_dry_run_with_invalid_rows_lists_them_and_exits_1(run: Runner, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Sổ tiếp dân"])
    book.active.append(["Ngày", "Họ tên", "Nội dung hỗ trợ", "Kết quả"])
    book.active.append(["05/02/2025", "An", "VNeID", "Xong"])
    path = tmp_path / "loi.xlsx"
    book.save(path)
    assert run("import-records", path, "--dry-run") == 1
    assert "Dòng 3, cột «Kết quả»" in run.err.getvalue()
    assert "Không nhập dòng nào: 1/1 dòng có lỗi" in run.err.getvalue()
    assert "CHẠY THỬ" in run.out.getvalue()
    assert counts(run.db) == (0, 0)


def test_the_encoding_can_be_chosen(run: Runner, tmp_path: Path) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3)
    # Told it is Unicode, the importer leaves the text alone: the outcomes are not labels then.
    assert run("import-records", path, "--legacy-encoding", "none", "--dry-run") == 1
    assert "Đã chuyển" not in run.out.getvalue()
    assert f"Kết quả «{encode_tcvn3('Đã nộp')}» không có trong danh mục" in run.err.getvalue()
    assert run("import-records", path, "--legacy-encoding", "tcvn3") == 0
    assert names(run.db) == NAMES
    with pytest.raises(SystemExit):
        run("import-records", path, "--legacy-encoding", "abc")


def test_a_sheet_is_chosen_by_name(run: Runner, tmp_path: Path) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3, sheet=encode_tcvn3("Năm 2025"))
    assert run("import-records", path, "--sheet", "2024") == 2
    assert "không có trang tính «2024»" in run.err.getvalue()
    assert run("import-records", path, "--sheet", "Nam 2025") == 0, run.err.getvalue()
    assert names(run.db) == NAMES


def test_an_xls_file_is_imported(run: Runner, tmp_path: Path) -> None:
    assert run("import-records", xls_logbook(tmp_path / "cu.xls")) == 0, run.err.getvalue()
    assert "Đọc trang tính «Sheet1», dòng tiêu đề là dòng 3." in run.out.getvalue()
    assert names(run.db) == NAMES
