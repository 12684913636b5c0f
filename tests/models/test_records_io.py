"""The canonical visit file: header matching, reading cells, and row ↔ visit conversion."""

from __future__ import annotations

import dataclasses
import tempfile
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.records_format import (
    COLUMNS,
    PERSONAL,
    REQUIRED,
    RecordsError,
    SourceRow,
    build_table,
    match_header,
    read_table,
    write_table,
)
from models.records_rows import convert_row, input_to_cells, parse_reason
from models.reference import ReferenceData
from models.validation import PROVINCE_CODES
from models.visit_input import CleanVisit, VisitInput, validate_visit

# A function-scoped ``ref`` is fine here: the examples only read it.
FIXTURE_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)

SYLLABLES = [
    "nguyễn", "văn", "thị", "an", "bình", "hoàng", "đức", "minh", "thủy", "lê", "trần",
    "phạm", "ngọc", "hương", "quỳnh", "dũng", "ếch", "ỷ", "đặng", "giàng", "a", "páo",
]  # fmt: skip
VILLAGES = ["Thôn Đông", "Tổ dân phố 3", "Bản Nà Lừa", "Thôn Thượng Điền"]
NOW = datetime(2026, 1, 1, 12, 0)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def words(min_size: int = 1, max_size: int = 4) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(SYLLABLES), min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def id_numbers(draw: st.DrawFn, birth_year: int | None) -> str:
    """An ID number as a file may hold it: empty, masked, or 12 digits agreeing with the year."""
    kind = draw(st.sampled_from(["none", "masked", "full"]))
    if kind == "none":
        return ""
    if kind == "masked" or birth_year is None:
        return "********" + draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    century = (birth_year - 1900) // 100 * 2 + draw(st.integers(0, 1))
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    tail = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    return f"{province}{century}{birth_year % 100:02d}{tail}"


@st.composite
def visit_inputs(draw: st.DrawFn, ref: ReferenceData) -> VisitInput:
    """A valid visit with only the fields the canonical file carries."""
    day = draw(st.dates(date(2020, 1, 1), date(2025, 12, 31)))
    moment = time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    birth_year = draw(st.none() | st.integers(1930, 2010))
    outcome = draw(st.sampled_from(ref.codes("outcome")))
    submitted, not_completed = outcome == "submitted", outcome == "not_completed"
    channels = ref.codes("channel")
    procedures = [p.code for p in ref.procedures]
    reason = draw(st.sampled_from(ref.codes("reason"))) if not_completed else None
    reason_text = draw(words()) if reason == "other" else draw(st.just("") | words())
    phone = draw(st.just("") | st.from_regex(r"0[35789][0-9]{8}", fullmatch=True))
    procedure = st.sampled_from(procedures) if submitted else st.sampled_from(["", *procedures])
    channel = st.sampled_from(channels) if submitted else st.none() | st.sampled_from(channels)
    assistance = st.lists(
        st.sampled_from(ref.codes("assistance")), min_size=1, max_size=3, unique=True
    )
    dossier = st.from_regex(r"H[0-9]{2}\.[0-9]{2}-[0-9]{6}-[0-9]{4}", fullmatch=True)
    return VisitInput(
        occurred_at=datetime.combine(day, moment),
        citizen_name=draw(words(2, 4)),
        birth_year=birth_year,
        sex=draw(st.none() | st.sampled_from(ref.codes("sex"))),
        phone=phone,
        phone_consent=bool(phone),
        id_number=draw(id_numbers(birth_year)),
        village=draw(st.just("") | st.sampled_from(VILLAGES)),
        procedure_code=draw(procedure),
        assistance=draw(assistance),
        channel=draw(channel),
        outcome=outcome,
        dossier_code=draw(dossier) if submitted else "",
        reason_code=reason,
        reason_text=reason_text if not_completed else "",
        clerk_name=draw(st.just("") | words(2, 3)),
        note=draw(st.just("") | words(1, 6)),
    )


def expected_clean(raw: VisitInput, ref: ReferenceData) -> CleanVisit:
    """What the database should hold after a file round trip: the ID number only masked."""
    clean, errors = validate_visit(raw, ref, NOW)
    assert clean is not None, errors
    return dataclasses.replace(clean, id_digits=None, warnings=())


@FIXTURE_OK
@given(data=st.data(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_valid_visit_round_trips_through_a_file(
    ref: ReferenceData, data: st.DataObject, suffix: str
) -> None:
    raws = data.draw(st.lists(visit_inputs(ref), min_size=1, max_size=4))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"visits{suffix}"
        write_table(path, [input_to_cells(r, ref, with_personal_data=True) for r in raws])
        rows = read_table(path).rows
    assert [row.number for row in rows] == list(range(2, len(raws) + 2))
    for raw, row in zip(raws, rows, strict=True):
        clean, errors = convert_row(row, ref, NOW)
        assert errors == []
        assert clean == expected_clean(raw, ref)


@FIXTURE_OK
@given(data=st.data())
def test_decomposed_text_is_stored_composed(ref: ReferenceData, data: st.DataObject) -> None:
    raw = data.draw(visit_inputs(ref))
    cells = input_to_cells(raw, ref, with_personal_data=True)
    decomposed = {nfd(k): nfd(v) if isinstance(v, str) else v for k, v in cells.items()}
    table = build_table([list(decomposed), list(decomposed.values())])
    clean, errors = convert_row(table.rows[0], ref, NOW)
    assert errors == []
    assert clean == expected_clean(raw, ref)
    for value in dataclasses.asdict(clean).values():
        if isinstance(value, str):
            assert is_nfc(value)


@st.composite
def spelled_headers(draw: st.DrawFn) -> list[str]:
    """The canonical header in any order, any case, NFC or NFD, with stray spaces."""
    names = draw(st.permutations(COLUMNS))
    spelled = []
    for name in names:
        chars = [c.upper() if draw(st.booleans()) else c.lower() for c in name]
        text = "".join(chars).replace(" ", draw(st.sampled_from([" ", "  ", "\u00a0"])))
        text = draw(st.sampled_from([" ", ""])) + text + draw(st.sampled_from([" ", "\t", ""]))
        spelled.append(nfd(text) if draw(st.booleans()) else text)
    return spelled


@given(header=spelled_headers())
def test_header_names_match_whatever_the_case_and_normal_form(header: list[str]) -> None:
    mapping, ignored = match_header(header)
    assert ignored == []
    assert len(mapping) == len(COLUMNS)
    for index, column in mapping.items():
        assert unicodedata.normalize("NFC", header[index]).casefold().split() == (
            column.casefold().split()
        )


@pytest.mark.parametrize("missing", REQUIRED)
def test_a_file_without_a_required_column_is_refused(missing: str) -> None:
    with pytest.raises(RecordsError, match=f"thiếu cột bắt buộc «{missing}»"):
        match_header([c for c in COLUMNS if c != missing])


def test_a_column_given_twice_is_refused_and_unknown_columns_are_ignored() -> None:
    with pytest.raises(RecordsError, match="«Ngày» có hai lần"):
        match_header([*COLUMNS, "ngày"])
    mapping, ignored = match_header(["STT", *REQUIRED])
    assert ignored == ["STT"]
    assert sorted(mapping) == [1, 2, 3, 4]


def row(number: int = 2, **cells: object) -> SourceRow:
    base: dict[str, object] = {
        "Ngày": "05/02/2025",
        "Họ và tên": "Nguyễn Văn An",
        "Hình thức hỗ trợ": "VNeID",
        "Kết quả": "Đã hỗ trợ xong",
    }
    named = {c.replace("_", " "): v for c, v in cells.items()}
    for key, value in named.items():
        base[next(c for c in COLUMNS if c.casefold() == key.casefold())] = value
    return SourceRow(number, base)


@pytest.mark.parametrize(
    ("text", "code", "detail"),
    [
        ("Thiếu giấy tờ", "missing_papers", ""),
        ("thiếu giấy tờ: mất bản chính", "missing_papers", "mất bản chính"),
        ("otp_not_received", "otp_not_received", ""),
        ("Không nhớ mật khẩu", "other", "Không nhớ mật khẩu"),
        ("Lỗi: mất điện", "other", "Lỗi: mất điện"),
        ("Lý do khác: a: b", "other", "a: b"),
        ("", None, ""),
    ],
)
def test_reason_cell(ref: ReferenceData, text: str, code: str | None, detail: str) -> None:
    assert parse_reason(text, ref) == (code, detail)


def test_cells_become_codes_and_the_time_defaults_to_midnight(ref: ReferenceData) -> None:
    clean, errors = convert_row(
        row(
            Giới_tính="nữ",
            Hình_thức_hỗ_trợ="Nộp hồ sơ trực tuyến thay;  tra cứu ; digitize",
            Tên_thủ_tục="dang ky ket hon",
            Kênh_nộp="TRỰC TUYẾN MỘT PHẦN",
            Kết_quả="submitted",
            Mã_hồ_sơ=" h12.34-250205-0001 ",
            Số_điện_thoại="0912 345 678",
            Năm_sinh=1965.0,  # a spreadsheet's number
        ),
        ref,
        NOW,
    )
    assert errors == []
    assert clean is not None
    assert clean.occurred_at == datetime(2025, 2, 5, 0, 0)
    assert clean.sex == "female"
    assert clean.assistance == ("digitize", "file_on_behalf", "status_lookup")
    assert clean.procedure_code == "1.000894"
    assert (clean.channel, clean.outcome) == ("online_partial", "submitted")
    assert clean.dossier_code == "H12.34-250205-0001"
    assert (clean.phone, clean.phone_consent) == ("0912345678", True)
    assert clean.birth_year == 1965


def test_every_problem_of_a_row_is_reported_in_column_order(ref: ReferenceData) -> None:
    clean, errors = convert_row(
        row(7, Ngày="31/02/2025", Năm_sinh="65", Kết_quả="Xong", Hình_thức_hỗ_trợ="Bay"), ref, NOW
    )
    assert clean is None
    assert [(e.row, e.column) for e in errors] == [
        (7, "Ngày"),
        (7, "Năm sinh"),
        (7, "Hình thức hỗ trợ"),
        (7, "Kết quả"),
    ]
    assert errors[0].describe().startswith("Dòng 7, cột «Ngày»: ")


def test_contradictory_and_future_rows_are_refused(ref: ReferenceData) -> None:
    _, errors = convert_row(row(Lý_do_chưa_hoàn_thành="Thiếu giấy tờ"), ref, NOW)
    assert [e.column for e in errors] == ["Lý do chưa hoàn thành"]
    _, errors = convert_row(row(Ngày="02/01/2026"), ref, NOW)
    assert [e.column for e in errors] == ["Ngày"]
    _, errors = convert_row(row(Kết_quả="Chưa hoàn thành"), ref, NOW)
    assert [e.column for e in errors] == ["Lý do chưa hoàn thành"]


def test_a_lookup_keeps_the_dossier_code_it_concerned(ref: ReferenceData) -> None:
    visit, errors = convert_row(row(Mã_hồ_sơ="h1 -2611"), ref, NOW)
    assert errors == []
    assert visit is not None and visit.outcome == "helped" and visit.dossier_code == "H1-2611"


def test_csv_with_bom_and_semicolons_and_without_bom_read_alike(tmp_path: Path) -> None:
    lines = [
        "Ngày;Họ và tên;Hình thức hỗ trợ;Kết quả",
        '05/02/2025;An;"VNeID; Tra cứu";Đã hỗ trợ xong',
    ]
    with_bom = tmp_path / "a.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
    plain = tmp_path / "b.csv"
    plain.write_text(
        "Ngày,Họ và tên,Hình thức hỗ trợ,Kết quả\n"
        "05/02/2025,An,VNeID; Tra cứu,Đã hỗ trợ xong\n\n,,,\n",
        encoding="utf-8",
    )
    first, second = read_table(with_bom), read_table(plain)
    assert first.rows == second.rows
    assert first.rows[0].get("Hình thức hỗ trợ") == "VNeID; Tra cứu"


def test_empty_rows_are_skipped_and_numbers_stay_spreadsheet_rows() -> None:
    table = build_table([list(REQUIRED), [None, None, None, None], ["", " ", "", ""], ["x"]])
    assert [r.number for r in table.rows] == [4]


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(RecordsError, match="Excel"):
        read_table(broken)
    with pytest.raises(RecordsError, match=r"\.csv"):
        read_table(tmp_path / "notes.txt")
    with pytest.raises(RecordsError, match="Không tìm thấy"):
        read_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(RecordsError, match="trống"):
        read_table(empty)


def test_excel_cells_keep_dates_times_and_leading_zeros(tmp_path: Path, ref: ReferenceData) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*REQUIRED, "Giờ", "Số điện thoại", "Số định danh", "Năm sinh", "Mã thủ tục"])
    sheet.append([datetime(2025, 2, 5), "Lò Thị Ỷ", "VNeID", "Đã hỗ trợ xong", time(14, 5),
                  912345678, 1085012345, 1985, 1.000894])  # fmt: skip
    sheet.append([datetime(2025, 2, 6, 9, 15), "Lò Văn Páo", "VNeID", "Đã hỗ trợ xong"])
    path = tmp_path / "excel.xlsx"
    book.save(path)
    first, second = (convert_row(r, ref, NOW) for r in read_table(path).rows)
    assert first[1] == [] and second[1] == []
    assert first[0] is not None and second[0] is not None
    assert first[0].occurred_at == datetime(2025, 2, 5, 14, 5)
    assert first[0].phone == "0912345678"
    assert first[0].id_last4 == "2345" and first[0].id_digits == "001085012345"
    assert (first[0].birth_year, first[0].procedure_code) == (1985, "1.000894")
    assert second[0].occurred_at == datetime(2025, 2, 6, 9, 15)


def test_export_cells_hold_labels_and_no_personal_data_unless_asked(ref: ReferenceData) -> None:
    raw = VisitInput(
        occurred_at=datetime(2025, 2, 5, 8, 30),
        citizen_name="Nguyễn Văn An",
        birth_year=1985,
        phone="0912345678",
        phone_consent=True,
        id_number="001085012345",
        assistance=["status_lookup", "vneid"],
        outcome="not_completed",
        reason_code="missing_papers",
        reason_text="mất bản chính",
        note="Con trai đi cùng",
    )
    cells = input_to_cells(raw, ref, with_personal_data=True)
    assert cells["Số định danh"] == "********2345"
    assert cells["Hình thức hỗ trợ"] == "Hỗ trợ cài đặt, kích hoạt VNeID; Tra cứu tình trạng hồ sơ"
    assert cells["Lý do chưa hoàn thành"] == "Thiếu giấy tờ: mất bản chính"
    assert cells["Kết quả"] == "Chưa hoàn thành"
    anonymous = input_to_cells(raw, ref, with_personal_data=False)
    assert all(anonymous[column] is None for column in PERSONAL)
    assert anonymous["Ngày"] == date(2025, 2, 5)
    assert anonymous["Giờ"] == "08:30"


def test_writing_refuses_other_suffixes_and_leaves_no_partial_file(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match=r"\.csv hoặc \.xlsx"):
        write_table(tmp_path / "visits.ods", [])
    with pytest.raises(RecordsError, match="Không ghi được"):
        write_table(tmp_path / "no-such-folder" / "visits.csv", [])
    assert list(tmp_path.iterdir()) == []
