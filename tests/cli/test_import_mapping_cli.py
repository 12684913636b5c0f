"""``import-records`` with --mapping, --all-sheets and --accept-near-matches, through the parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.db import Database
from tests.cli.runner import Runner
from tests.models.legacy_books import NEAR_NAME, OWN_LABEL, odd_logbook

COLUMNS = {"Người đến làm việc": "Họ và tên", "Việc cần làm": None}


@pytest.fixture
def run(db: Database, tmp_path: Path) -> Runner:
    return Runner(db, tmp_path / "home")


def mapping_file(tmp_path: Path, **sections: object) -> Path:
    path = tmp_path / "ghep-cot.json"
    path.write_text(json.dumps({"columns": COLUMNS, **sections}, ensure_ascii=False), "utf-8")
    return path


def test_without_a_mapping_the_unknown_name_column_is_refused(run: Runner, tmp_path: Path) -> None:
    assert run("import-records", odd_logbook(tmp_path / "so.xlsx")) == 2
    assert "thiếu cột bắt buộc «Họ và tên»" in run.err.getvalue()


def test_the_dry_run_lists_near_names_unknown_labels_and_footer_rows(
    run: Runner, tmp_path: Path
) -> None:
    book = odd_logbook(tmp_path / "so.xlsx")
    code = run("import-records", book, "--mapping", mapping_file(tmp_path), "--dry-run")
    assert code == 1
    err, out = run.err.getvalue(), run.out.getvalue()
    assert "Tên thủ tục gần giống (cần xác nhận):" in err
    assert f"«{NEAR_NAME}» → 1.001193 · Đăng ký khai sinh (dòng 3, 5)" in err
    assert f"Hình thức hỗ trợ: «{OWN_LABEL}» → (không có tên gần giống) (dòng 4)" in err
    assert "--accept-near-matches" in err
    assert "Bỏ qua 6 dòng cuối bảng (tổng cộng, người lập biểu, chữ ký)." in out
    assert "Bỏ qua các cột không thuộc mẫu: «STT», «Việc cần làm»." in out
    assert "CHẠY THỬ" in out


def test_near_matches_accepted_and_labels_mapped_import_and_are_remembered(
    run: Runner, tmp_path: Path
) -> None:
    book = odd_logbook(tmp_path / "so.xlsx", sheets=("Tháng 2", "Tháng 3"))
    mapping = mapping_file(tmp_path, assistance={OWN_LABEL: "vneid"})
    code = run(
        "import-records", book, "--mapping", mapping, "--accept-near-matches", "--sheet", "Tháng 2"
    )
    assert code == 0, run.err.getvalue()
    out = run.out.getvalue()
    assert "Đã nhận theo đề xuất (--accept-near-matches):" in out
    assert "đã nhập 3 lượt hỗ trợ" in out
    # Next month: only the columns are given, the answers are remembered.
    plain = mapping_file(tmp_path)
    assert run("import-records", book, "--mapping", plain, "--sheet", "Tháng 3") == 0, (
        run.err.getvalue()
    )
    assert "đã nhập 3 lượt hỗ trợ" in run.out.getvalue()
    assert "gần giống" not in run.err.getvalue()


def test_all_sheets_of_the_layout_are_imported_and_the_others_listed(
    run: Runner, tmp_path: Path
) -> None:
    book = odd_logbook(
        tmp_path / "so.xlsx", sheets=("Tháng 2", "Tháng 3"), other_sheets=("Tổng hợp",)
    )
    mapping = mapping_file(tmp_path, assistance={OWN_LABEL: "vneid"})
    code = run(
        "import-records", book, "--mapping", mapping, "--all-sheets", "--accept-near-matches"
    )
    assert code == 0, run.err.getvalue()
    out = run.out.getvalue()
    assert "Nhập các trang tính cùng mẫu: «Tháng 2», «Tháng 3»." in out
    assert "Bỏ qua trang tính «Tổng hợp»: không đọc được dòng tiêu đề" in out
    assert "6 dòng; đã nhập 6 lượt hỗ trợ" in out
    assert run("import-records", book, "--all-sheets", "--sheet", "Tháng 2") == 2
    assert "--sheet TÊN hoặc --all-sheets" in run.err.getvalue()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{oops", "hỏng (dòng 1"),
        ('{"columns": {"Người đến làm việc": "Tên"}}', "không phải cột của mẫu"),
        ('{"columns": COLUMNS, "procedures": {"Khai sinh": "9.9"}}', "danh mục thủ tục"),
        ('{"columns": COLUMNS, "assistance": {"App": "cai_app"}}', "danh mục hình thức hỗ trợ"),
    ],
)
def test_a_bad_mapping_file_exits_2_in_vietnamese(
    run: Runner, tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "hong.json"
    columns = json.dumps(COLUMNS, ensure_ascii=False)
    path.write_text(content.replace("COLUMNS", columns), encoding="utf-8")
    assert run("import-records", odd_logbook(tmp_path / "so.xlsx"), "--mapping", path) == 2
    assert says in run.err.getvalue() and "Traceback" not in run.err.getvalue()


def test_a_missing_mapping_file_exits_2(run: Runner, tmp_path: Path) -> None:
    book = odd_logbook(tmp_path / "so.xlsx")
    assert run("import-records", book, "--mapping", tmp_path / "khong-co.json") == 2
    assert "Không tìm thấy tệp cách ghép cột" in run.err.getvalue()
