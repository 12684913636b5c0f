"""``import-records`` and ``export-records`` run through the real parser and services."""

from __future__ import annotations

import csv
import json
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from models.db import Database
from models.entities import AuditEntry, Visit
from models.records_format import COLUMNS, PERSONAL
from models.visit_queries import visits_between
from models.visits import delete_visits
from tests.cli.runner import Runner

HEADER = list(COLUMNS)
FEBRUARY = (date(2025, 2, 1), date(2025, 2, 28))
FEBRUARY_ARGS = ("--from", "2025-02-01", "--to", "2025-02-28")
VALID_ROWS = [
    ["05/02/2025", "08:30", "nguyễn văn an", "1985", "Nam", "0912345678", "001085012345",
     "Thôn Đông", "1.001193", "", "Nộp hồ sơ trực tuyến thay; VNeID", "Trực tuyến toàn trình",
     "Đã nộp", "h12.34-250205-0001", "", "Lê Thị Lan", "Con đi cùng"],
    ["2025-02-05", "", "Trần Thị Bình", "", "nữ", "", "********4321", "", "",
     "đăng ký kết hôn", "Tra cứu tình trạng hồ sơ", "", "Chưa hoàn thành", "",
     "Thiếu giấy tờ: mất bản chính", "Lê Thị Lan", ""],
    ["06/02/2025", "14:05", "Giàng A Páo", "1950", "", "", "", "Bản Nà Lừa", "", "",
     "vneid", "", "helped", "", "", "", ""],
]  # fmt: skip


@pytest.fixture
def run(db: Database, tmp_path: Path) -> Runner:
    return Runner(db, tmp_path / "home")


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def count_visits(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Visit)) or 0


def audit_entries(db: Database, action: str) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_valid_file_is_imported_with_codes_and_nfc_names(run: Runner, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "visits.csv", VALID_ROWS)
    assert run("import-records", str(path)) == 0, run.err.getvalue()
    assert "đã nhập 3 lượt hỗ trợ" in run.out.getvalue()
    # Bình's row has no time: 00:00, so hers comes first.
    second, first, third = visits_between(run.db, *FEBRUARY)
    assert (first.citizen_name, first.birth_year, first.sex) == ("Nguyễn Văn An", 1985, "male")
    assert first.assistance_codes == ["file_on_behalf", "vneid"]
    assert (first.dossier_code, first.id_last4, first.phone) == (
        "H12.34-250205-0001", "2345", "0912345678",
    )  # fmt: skip
    assert first.id_hash is not None and first.village is not None
    assert (second.procedure_code, second.reason_code, second.reason_text) == (
        "1.000894", "missing_papers", "mất bản chính",
    )  # fmt: skip
    assert (second.id_last4, second.id_hash) == ("4321", None)
    assert third.village is not None and third.village.name == "Bản Nà Lừa"
    [entry] = audit_entries(run.db, "import")
    assert json.loads(entry.after or "{}")["added"] == 3
    assert "Nguyễn" not in (entry.after or "")


def test_invalid_rows_are_all_listed_and_nothing_is_written(run: Runner, tmp_path: Path) -> None:
    assert run("import-records", str(write_csv(tmp_path / "ok.csv", VALID_ROWS[:1]))) == 0
    bad_year = [*VALID_ROWS[1][:3], "65", *VALID_ROWS[1][4:]]
    bad_outcome = [*VALID_ROWS[2][:12], "Xong", *VALID_ROWS[2][13:]]
    empty = [""] * len(HEADER)
    rows = [VALID_ROWS[2], bad_year, empty, bad_outcome]
    before = count_visits(run.db)
    status = run("import-records", str(write_csv(tmp_path / "bad.csv", rows)))
    assert status == 1
    err = run.err.getvalue()
    assert "Dòng 3, cột «Năm sinh»: Năm sinh phải là 4 chữ số" in err
    assert "Dòng 5, cột «Kết quả»: Kết quả «Xong» không có trong danh mục" in err
    assert "Dòng 2" not in err and "Dòng 4" not in err
    assert "Không nhập dòng nào: 2/3 dòng có lỗi" in err
    assert count_visits(run.db) == before
    assert len(audit_entries(run.db, "import")) == 1


def test_skip_invalid_imports_the_valid_rows(run: Runner, tmp_path: Path) -> None:
    bad = [*VALID_ROWS[0][:10], "Bay", *VALID_ROWS[0][11:]]
    path = write_csv(tmp_path / "mixed.csv", [VALID_ROWS[1], bad, VALID_ROWS[2]])
    assert run("import-records", str(path), "--skip-invalid") == 0
    assert "Dòng 3, cột «Hình thức hỗ trợ»" in run.err.getvalue()
    assert "đã nhập 2 lượt hỗ trợ" in run.out.getvalue()
    assert "1 dòng có lỗi không nhập" in run.out.getvalue()
    assert count_visits(run.db) == 2


def test_importing_the_same_visits_again_adds_nothing(run: Runner, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "visits.csv", [*VALID_ROWS, VALID_ROWS[0]])
    assert run("import-records", str(path)) == 0
    assert "đã nhập 3 lượt hỗ trợ, bỏ qua 1 lượt đã có" in run.out.getvalue()
    # Same visit spelled differently: no accents in the name, code instead of label, XLSX.
    again = tmp_path / "again.xlsx"
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    for row in VALID_ROWS:
        book.active.append(row)
    book.active.cell(row=2, column=3, value="NGUYEN VAN AN")
    book.save(again)
    assert run("import-records", str(again)) == 0
    assert "đã nhập 0 lượt hỗ trợ, bỏ qua 3 lượt đã có" in run.out.getvalue()
    assert count_visits(run.db) == 3


def test_a_deleted_visit_is_imported_again(run: Runner, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "visits.csv", VALID_ROWS)
    assert run("import-records", str(path)) == 0
    deleted = visits_between(run.db, *FEBRUARY)[0]
    delete_visits(run.db, [deleted.id], actor="test")
    assert run("import-records", str(path)) == 0
    assert "đã nhập 1 lượt hỗ trợ, bỏ qua 2 lượt đã có" in run.out.getvalue()
    assert len(visits_between(run.db, *FEBRUARY)) == 3


def _xlsx_values(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _csv_values(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_database_round_trips(
    run: Runner, other_db: Database, tmp_path: Path, suffix: str
) -> None:
    assert run("import-records", str(write_csv(tmp_path / "src.csv", VALID_ROWS))) == 0
    first = tmp_path / f"first{suffix}"
    args = ["--from", "01/02/2025", "--to", "2025-02-28", "--with-personal-data"]
    assert run("export-records", *args, "--out", str(first)) == 0
    assert "Đã xuất 3 lượt hỗ trợ" in run.out.getvalue()
    other = Runner(other_db, tmp_path / "home")
    assert other("import-records", str(first)) == 0, other.err.getvalue()
    second = tmp_path / f"second{suffix}"
    assert other("export-records", *args, "--out", str(second)) == 0
    if suffix == ".csv":
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes().startswith(b"\xef\xbb\xbf")
    else:
        assert _xlsx_values(first) == _xlsx_values(second)
    rows = _xlsx_values(first) if suffix == ".xlsx" else _csv_values(first)
    assert list(rows[0]) == HEADER
    assert rows[2][2] == "Nguyễn Văn An" and rows[2][6] == "********2345"
    assert rows[2][10] == "Hỗ trợ cài đặt, kích hoạt VNeID; Nộp hồ sơ trực tuyến thay"
    assert rows[1][1] == "00:00" and rows[1][14] == "Thiếu giấy tờ: mất bản chính"


def test_xlsx_export_has_real_dates_and_a_bold_header(run: Runner, tmp_path: Path) -> None:
    assert run("import-records", str(write_csv(tmp_path / "src.csv", VALID_ROWS))) == 0
    out = tmp_path / "out.xlsx"
    assert run("export-records", *FEBRUARY_ARGS, "--out", str(out)) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].font.bold
    assert sheet["A2"].is_date and sheet["A2"].number_format.lower() == "dd/mm/yyyy"


def test_export_without_personal_data_holds_no_names_phones_or_ids(
    run: Runner, tmp_path: Path
) -> None:
    assert run("import-records", str(write_csv(tmp_path / "src.csv", VALID_ROWS))) == 0
    out = tmp_path / "anonymous.csv"
    assert run("export-records", *FEBRUARY_ARGS, "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    for secret in ("Nguyễn", "Bình", "Páo", "0912345678", "2345", "4321", "1985", "Con đi cùng"):
        assert secret not in text
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) == 4
    personal = [HEADER.index(name) for name in PERSONAL]
    assert all(row[i] == "" for row in rows[1:] for i in personal)
    assert rows[2][4] == "Nam" and rows[2][7] == "Thôn Đông" and rows[2][15] == "Lê Thị Lan"
    [entry] = audit_entries(run.db, "export")
    assert json.loads(entry.after or "{}")["with_personal_data"] is False


def test_decomposed_text_and_headers_are_stored_composed(run: Runner, tmp_path: Path) -> None:
    def nfd(items: list[str]) -> list[str]:
        return [unicodedata.normalize("NFD", text).upper() for text in items]

    path = write_csv(tmp_path / "nfd.csv", [nfd(VALID_ROWS[1])], header=nfd(HEADER))
    assert run("import-records", str(path)) == 0, run.err.getvalue()
    [visit] = visits_between(run.db, *FEBRUARY)
    assert visit.citizen_name == "Trần Thị Bình"
    assert unicodedata.is_normalized("NFC", visit.reason_text)
    assert visit.reason_text == "MẤT BẢN CHÍNH"
    assert visit.clerk_name == "LÊ THỊ LAN"


def test_files_that_cannot_be_read_are_refused_with_status_2(run: Runner, tmp_path: Path) -> None:
    no_outcome = write_csv(tmp_path / "short.csv", [VALID_ROWS[0][:12]], header=HEADER[:12])
    assert run("import-records", str(no_outcome)) == 2
    assert "thiếu cột bắt buộc «Kết quả»" in run.err.getvalue()
    assert run("import-records", str(tmp_path / "missing.csv")) == 2
    assert run("export-records", "--from", "01/02/2025", "--to", "28/02/2025",
               "--out", str(tmp_path / "out.pdf")) == 2  # fmt: skip
    assert "phải có đuôi .csv hoặc .xlsx" in run.err.getvalue()
    assert run("export-records", "--from", "28/02/2025", "--to", "01/02/2025",
               "--out", str(tmp_path / "out.csv")) == 2  # fmt: skip
    assert count_visits(run.db) == 0
    assert not (tmp_path / "out.csv").exists()


def test_a_bad_date_argument_is_an_argparse_error(
    run: Runner, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run("export-records", "--from", "31/02/2025", "--to", "01/03/2025", "--out", "x.csv")
    assert "31/02/2025" in capsys.readouterr().err
