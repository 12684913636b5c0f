"""Reading old logbooks: file encodings, workbooks and sheets, the header, legacy fonts, merges."""

from __future__ import annotations

import codecs
import tempfile
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from models.legacy_csv import choose_delimiter, decode_csv_bytes
from models.legacy_header import ALIASES, HEADER_SCAN_ROWS, column_named, header_fold
from models.legacy_import import read_legacy_table
from models.records_format import (
    ASSISTANCE,
    BIRTH_YEAR,
    CLERK,
    COLUMNS,
    DATE,
    NAME,
    NOTE,
    OUTCOME,
    REQUIRED,
    TIME,
    VILLAGE,
    RecordsError,
)
from models.records_rows import convert_row
from models.reference import ReferenceData
from models.text import fold
from tests.models.legacy_books import (
    NAMES,
    ROWS,
    encode_cp1258,
    h_font,
    logbook,
    same,
    serial,
    xls_logbook,
)
from tests.models.test_legacy_text import encode_tcvn3, encode_vni

NOW = datetime(2026, 1, 1, 12, 0)
SAMPLE = [["Ngày", "Họ và tên", "Hình thức hỗ trợ", "Kết quả", "Thôn/Tổ dân phố"],
          ["05/02/2025", "Nguyễn Văn Hùng", "VNeID", "Đã hỗ trợ xong", "Thôn Thượng Điền"],
          ["06/02/2025", "Trần Thị Hường", "VNeID; Tra cứu", "Đã hỗ trợ xong", "Bản Nà Lừa"],
          ["07/02/2025", "Lò Thị Ỷ", "Số hóa", "Đã hỗ trợ xong", "Bản Ủng"]]  # fmt: skip


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if delimiter in text else text

    return "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"


def names(path: Path, **options: object) -> list[object]:
    return [row.get(NAME) for row in read_legacy_table(path, **options).rows]  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ CSV encodings

CSV_ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),  # with its byte-order mark
    "utf-16-be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "cp1258": encode_cp1258,
}


@pytest.mark.parametrize("encoding", sorted(CSV_ENCODINGS))
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_every_encoding_reads_the_same_nfc_rows(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "so.csv"
    path.write_bytes(CSV_ENCODINGS[encoding](csv_text(SAMPLE, delimiter)))
    table = read_legacy_table(path)
    assert [row.number for row in table.rows] == [2, 3, 4]
    assert [row.get(NAME) for row in table.rows] == [r[1] for r in SAMPLE[1:]]
    assert [row.get(VILLAGE) for row in table.rows] == [r[4] for r in SAMPLE[1:]]
    assert table.rows[1].get(ASSISTANCE) == "VNeID; Tra cứu"
    assert table.encodings == {}
    for row in table.rows:
        assert all(unicodedata.is_normalized("NFC", str(v)) for v in row.cells.values())


def test_windows_1258_is_read_as_windows_writes_it() -> None:
    # Windows-1258 has no "ễ": it writes ê and a combining tilde, which must come back composed.
    assert encode_cp1258("Nguyễn") == b"Nguy\xea\xden"
    decoded = decode_csv_bytes(b"Nguy\xea\xden", "a.csv")
    assert (decoded.text, decoded.encoding) == ("Nguyễn", "cp1258")
    assert decoded.legacy_text == "Nguy\xea\xden"  # each byte as itself, for legacy fonts


@pytest.mark.parametrize(
    ("encoder", "encoding"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")], ids=["tcvn3", "vni"]
)
def test_an_8bit_csv_typed_in_a_legacy_font_is_converted(
    tmp_path: Path, encoder: object, encoding: str
) -> None:
    # Excel on an English Windows saves the font's bytes as they are (cp1252).
    legacy = [[encoder(cell) for cell in row] for row in SAMPLE[:3]]  # type: ignore[operator]
    path = tmp_path / "cu.csv"
    path.write_bytes(csv_text(legacy, ",").encode("cp1252"))
    table = read_legacy_table(path)
    assert [row.get(NAME) for row in table.rows] == ["Nguyễn Văn Hùng", "Trần Thị Hường"]
    assert table.rows[0].get(OUTCOME) == "Đã hỗ trợ xong"
    assert table.encodings[NAME] == encoding
    assert table.text_encoding == "cp1258"


@settings(deadline=None, max_examples=40)
@given(
    people=st.lists(st.sampled_from([*NAMES, "Lò Thị Ỷ", "Hoàng Đức Mạnh", "Vừ A Dính"]),
                    min_size=1, max_size=6),
    encoding=st.sampled_from(sorted(CSV_ENCODINGS)),
    delimiter=st.sampled_from([",", ";"]),
)  # fmt: skip
# Found by hypothesis: Windows-1258 writes tones as separate bytes, some of them TCVN3 letters.
@example(people=["Nguyễn Văn Hùng"] * 3 + ["Lò Thị Ỷ"] * 2, encoding="cp1258", delimiter=",")
def test_any_names_survive_any_csv_encoding(
    people: list[str], encoding: str, delimiter: str
) -> None:
    rows = [SAMPLE[0]] + [["05/02/2025", name, "VNeID", "Đã hỗ trợ xong", ""] for name in people]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.csv"
        path.write_bytes(CSV_ENCODINGS[encoding](csv_text(rows, delimiter)))
        assert names(path) == people


def test_the_delimiter_is_the_one_that_splits_the_header_not_the_title() -> None:
    text = "Sổ theo dõi; năm 2025\n\nNgày,Họ và tên,Hình thức hỗ trợ,Kết quả\n"
    assert choose_delimiter(text + '05/02/2025,An,"VNeID; Tra cứu; Số hóa",Xong\n') == ","
    assert choose_delimiter("Ngày;Họ và tên;Hình thức hỗ trợ;Kết quả\n1;An, Bình;x;y\n") == ";"


# ------------------------------------------------------------------------------ the header


@st.composite
def spellings(draw: st.DrawFn, name: str) -> str:
    """``name`` as a clerk may have typed it: case, accents dropped, punctuation and spaces."""
    text = name if draw(st.booleans()) else fold(name)
    text = "".join(c.upper() if draw(st.booleans()) else c for c in text)
    text = text.replace(" ", draw(st.sampled_from([" ", "  ", " - ", ", ", "\u00a0"])))
    text = draw(st.sampled_from(["", " ", "(*) "])) + text + draw(st.sampled_from(["", ":", " "]))
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


@given(data=st.data())
def test_every_known_name_of_a_column_is_recognised_however_spelled(data: st.DataObject) -> None:
    column = data.draw(st.sampled_from(COLUMNS))
    name = data.draw(st.sampled_from(ALIASES[column]))
    spelled = data.draw(spellings(name))
    found = column_named(spelled, spelled)
    assert found is not None and found[0] == column, (spelled, found)


@pytest.mark.parametrize("name", ["Họ tên", "HỌ VÀ TÊN", "Ho va ten", "Họ, tên", "Tên người dân"])
def test_the_issue_names_of_the_name_column(name: str) -> None:
    found = column_named(name, name)
    assert found is not None and found[0] == NAME


def test_every_column_has_names_and_no_name_serves_two_columns() -> None:
    assert set(ALIASES) == set(COLUMNS)
    owners: dict[str, str] = {}
    for column, aliases in ALIASES.items():
        assert aliases[0] == column  # the canonical name comes first
        for alias in aliases:
            assert owners.setdefault(header_fold(alias), column) == column, alias


@pytest.mark.parametrize("word", ["Ngày sinh", "Địa chỉ", "STT", "Số TT", "", "Họ và tên chủ hộ"])
def test_other_columns_are_not_taken_for_ours(word: str) -> None:
    assert column_named(word, word) is None


def book_of(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_header_is_found_under_title_rows_and_row_numbers_stay_the_sheets(
    tmp_path: Path, ref: ReferenceData
) -> None:
    rows: list[list[object]] = [["UBND XÃ HÒA TIẾN"], [], ["Sổ tiếp dân", None, "năm 2025"]]
    rows += [["Họ tên", "Ngày", "Nội dung hỗ trợ", "Kết quả", "STT"]]
    rows += [["An", "05/02/2025", "VNeID", "Xong", 1], [None, None, None, None, 2]]
    rows += [["Bình", "06/02/2025", "VNeID", "Đã hỗ trợ xong", 3]]
    table = read_legacy_table(book_of(tmp_path / "so.xlsx", rows))
    assert table.header_row == 4
    assert [row.number for row in table.rows] == [5, 7]  # row 6 holds an STT alone: empty
    assert table.ignored_columns == ["STT"]
    _, errors = convert_row(table.rows[0], ref, NOW)
    assert [error.describe()[:22] for error in errors] == ["Dòng 5, cột «Kết quả»:"]


def test_a_header_further_down_than_30_rows_or_incomplete_is_refused(tmp_path: Path) -> None:
    late = [[f"ghi chú {n}"] for n in range(HEADER_SCAN_ROWS)] + [list(REQUIRED)]
    with pytest.raises(RecordsError, match="Không tìm thấy dòng tiêu đề trong 30 dòng đầu"):
        read_legacy_table(book_of(tmp_path / "muon.xlsx", late))
    partial = [["Sổ"], ["Ngày", "Họ tên", "Hỗ trợ"], ["05/02/2025", "An", "VNeID"]]
    with pytest.raises(RecordsError, match="thiếu cột bắt buộc «Kết quả»: dòng 2"):
        read_legacy_table(book_of(tmp_path / "thieu.xlsx", partial))


def test_two_names_of_one_column_the_better_one_wins_and_the_same_name_twice_is_refused(
    tmp_path: Path,
) -> None:
    rows = [["Thôn", "Thôn/Tổ dân phố", *REQUIRED], ["Đông", "Thôn Đông", "05/02/2025", "An"]]
    table = read_legacy_table(book_of(tmp_path / "hai.xlsx", rows))
    assert table.rows[0].get(VILLAGE) == "Thôn Đông"
    assert table.ignored_columns == ["Thôn"]
    with pytest.raises(RecordsError, match="«Ngày» có hai lần ở dòng tiêu đề"):
        read_legacy_table(book_of(tmp_path / "trung.xlsx", [[*REQUIRED, "NGÀY"]]))


def test_a_repeated_header_is_skipped(tmp_path: Path) -> None:
    rows: list[list[object]] = [list(REQUIRED), ["05/02/2025", "An", "VNeID", "Xong"]]
    rows += [list(REQUIRED), ["06/02/2025", "Bình", "VNeID", "Xong"]]
    table = read_legacy_table(book_of(tmp_path / "lap.xlsx", rows))
    assert [(row.number, row.get(NAME)) for row in table.rows] == [(2, "An"), (4, "Bình")]


# ------------------------------------------------------------------------------ legacy fonts


@pytest.mark.parametrize(
    ("encoder", "header_font", "encoding"),
    [(encode_tcvn3, ".VnTimeH", "tcvn3"), (encode_tcvn3, ".VnTime", "tcvn3"),
     (encode_vni, "VNI-Times", "vni"), (same, None, None)],
    ids=["tcvn3-capitals-header", "tcvn3", "vni", "unicode"],
)  # fmt: skip
def test_a_legacy_workbook_reads_as_unicode_headers_included(
    tmp_path: Path, encoder: object, header_font: str | None, encoding: str | None
) -> None:
    path = logbook(tmp_path / "so.xlsx", encoder, header_font=header_font)  # type: ignore[arg-type]
    table = read_legacy_table(path)
    assert table.header_row == 3
    assert [row.number for row in table.rows] == [4, 5, 6]
    text_columns = {NAME: 3, VILLAGE: 6, OUTCOME: 10, CLERK: 13, NOTE: 14}
    for column, index in text_columns.items():
        assert [row.get(column) for row in table.rows] == [r[index] or None for r in ROWS], column
    for row in table.rows:
        assert all(
            unicodedata.is_normalized("NFC", v) for v in row.cells.values() if isinstance(v, str)
        )
    assert table.rows[0].get(BIRTH_YEAR) == 1985  # numbers stay numbers
    assert table.ignored_columns == ["STT"]  # in capitals, as .VnTimeH drew it
    if encoding is None:
        assert table.encodings == {}
    else:
        # "Ngày tiếp nhận" was typed in the font too, above dates that are plain digits.
        assert table.encodings[NAME] == table.encodings[DATE] == encoding


def test_the_choice_of_encoding_overrides_detection(tmp_path: Path) -> None:
    path = logbook(tmp_path / "so.xlsx", encode_tcvn3)
    assert names(path, legacy_encoding="tcvn3") == NAMES
    left = read_legacy_table(path, legacy_encoding="none")  # the person says: it is Unicode
    assert [row.get(NAME) for row in left.rows] == [encode_tcvn3(name) for name in NAMES]
    assert left.encodings == {}
    vni = logbook(tmp_path / "vni.xlsx", encode_vni)
    assert names(vni, legacy_encoding="vni") == NAMES
    with pytest.raises(RecordsError, match="Bảng mã «abc» không có"):
        read_legacy_table(vni, legacy_encoding="abc")  # type: ignore[arg-type]


def test_text_in_a_tcvn3_capitals_font_is_read_in_capitals(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append([encode_tcvn3(n) for n in REQUIRED])
    book.active.append(["05/02/2025", h_font("Nguyễn Văn Hùng"), "VNeID", encode_tcvn3("Đã nộp")])
    book.active["B2"].font = Font(name=".VnTimeH")
    table = read_legacy_table(book_of_saved(book, tmp_path / "hoa.xlsx"))
    assert table.rows[0].get(NAME) == "NGUYỄN VĂN HÙNG"


def book_of_saved(book: openpyxl.Workbook, path: Path) -> Path:
    book.save(path)
    return path


# ------------------------------------------------------------------------------ merged cells


def test_merged_cells_give_their_value_to_the_whole_range(
    tmp_path: Path, ref: ReferenceData
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["SỔ THEO DÕI"])
    sheet.append(["Tháng 2 năm 2025"])
    sheet.merge_cells("A1:E1")
    sheet.merge_cells("A2:E2")
    sheet.append(["Ngày", "Họ và tên", None, "Hình thức hỗ trợ", "Kết quả"])
    sheet.merge_cells("B3:C3")  # one header over two columns names the first one only
    sheet.append([date(2025, 2, 5), "Nguyễn Văn Hùng", "(con)", "VNeID", "Đã hỗ trợ xong"])
    sheet.append([None, "Trần Thị Hường", None, "Số hóa", None])
    sheet.append([None, "Giàng A Páo", None, "VNeID", None])
    sheet.merge_cells("A4:A6")  # the day written once beside its visits
    sheet.merge_cells("E4:E6")
    table = read_legacy_table(book_of_saved(book, tmp_path / "gop.xlsx"))
    assert table.header_row == 3
    assert [row.number for row in table.rows] == [4, 5, 6]
    assert [row.get(DATE) for row in table.rows] == [datetime(2025, 2, 5)] * 3
    assert [row.get(OUTCOME) for row in table.rows] == ["Đã hỗ trợ xong"] * 3
    assert [row.get(NAME) for row in table.rows] == NAMES
    for row in table.rows:
        visit, errors = convert_row(row, ref, NOW)
        assert errors == [] and visit is not None
        assert visit.occurred_at == datetime(2025, 2, 5, 0, 0)


# ------------------------------------------------------------------------------ dates


def test_excel_serials_and_text_dates_are_read(tmp_path: Path, ref: ReferenceData) -> None:
    rows: list[list[object]] = [["Ngày", "Giờ", *REQUIRED[1:]]]
    day = serial(date(2025, 2, 5))
    cells: list[object] = [day, int(day), str(int(day)), "05/02/2025", "5/2/25", "2025-02-05"]
    rows += [[c, "08:30", f"Người {n}", "VNeID", "Đã hỗ trợ xong"] for n, c in enumerate(cells)]
    rows += [[serial(datetime(2025, 2, 5, 14, 15)), None, "Chiều", "VNeID", "Đã hỗ trợ xong"]]
    table = read_legacy_table(book_of(tmp_path / "ngay.xlsx", rows))
    moments = []
    for row in table.rows:
        visit, errors = convert_row(row, ref, NOW)
        assert errors == [], row
        assert visit is not None
        moments.append(visit.occurred_at)
    assert moments[:-1] == [datetime(2025, 2, 5, 8, 30)] * len(cells)
    assert moments[-1] == datetime(2025, 2, 5, 14, 15)  # a serial's fraction is its time


# ------------------------------------------------------------------------------ sheets and XLS


def two_sheets(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Ghi chú"
    book.active.append(["Sổ này có hai trang"])
    second = book.create_sheet(encode_tcvn3("Năm 2024"))
    second.append(list(REQUIRED))
    second.append(["05/02/2024", "An", "VNeID", "Đã hỗ trợ xong"])
    book.save(path)
    return path


def test_a_sheet_is_chosen_by_name_with_or_without_accents(tmp_path: Path) -> None:
    path = two_sheets(tmp_path / "hai.xlsx")
    with pytest.raises(RecordsError, match="Không tìm thấy dòng tiêu đề"):
        read_legacy_table(path)  # the first sheet by default: notes, no header
    for name in (encode_tcvn3("Năm 2024"), "Năm 2024", "nam 2024"):
        table = read_legacy_table(path, sheet=name)
        assert table.sheet == encode_tcvn3("Năm 2024") and names(path, sheet=name) == ["An"]
    with pytest.raises(RecordsError, match=r"không có trang tính «2023».*«Ghi chú»"):
        read_legacy_table(path, sheet="2023")
    csv_path = tmp_path / "a.csv"
    csv_path.write_text(",".join(REQUIRED), encoding="utf-8")
    with pytest.raises(RecordsError, match="chỉ có một trang"):
        read_legacy_table(csv_path, sheet="Năm 2024")


def test_an_old_excel_file_reads_like_a_new_one(tmp_path: Path, ref: ReferenceData) -> None:
    table = read_legacy_table(xls_logbook(tmp_path / "cu.xls"))
    assert (table.header_row, table.sheet) == (3, "Sheet1")
    assert [row.number for row in table.rows] == [4, 5, 6]
    assert [row.get(NAME) for row in table.rows] == NAMES
    assert table.encodings[NAME] == "tcvn3"
    assert table.ignored_columns == ["STT"]
    visits = [convert_row(row, ref, NOW) for row in table.rows]
    assert [errors for _, errors in visits] == [[], [], []]
    assert [visit.occurred_at for visit, _ in visits if visit] == [
        datetime(2025, 2, 5, 8, 30), datetime(2025, 2, 5, 9, 10), datetime(2025, 2, 6, 14, 5),
    ]  # fmt: skip
    assert visits[0][0] is not None and visits[0][0].birth_year == 1985


def test_broken_or_misnamed_workbooks_are_refused_with_a_message(tmp_path: Path) -> None:
    fake = tmp_path / "hong.xls"
    fake.write_bytes(b"not a workbook at all")
    with pytest.raises(RecordsError, match=r"Excel cũ hong\.xls"):
        read_legacy_table(fake)
    renamed = tmp_path / "moi.xls"
    renamed.write_bytes(logbook(tmp_path / "moi.xlsx", same).read_bytes())
    with pytest.raises(RecordsError, match=r"đổi lại đuôi \.xlsx"):
        read_legacy_table(renamed)
    with pytest.raises(RecordsError, match=r"\.csv, \.xlsx hoặc \.xls"):
        read_legacy_table(tmp_path / "so.ods")
    empty = tmp_path / "rong.csv"
    empty.write_bytes(codecs.BOM_UTF8 + b",,\r\n")
    with pytest.raises(RecordsError, match="trống"):
        read_legacy_table(empty)


def test_the_time_column_keeps_excel_times(tmp_path: Path, ref: ReferenceData) -> None:
    rows: list[list[object]] = [[*REQUIRED, "Giờ"], ["05/02/2025", "An", "VNeID", "Xong", time(7)]]
    table = read_legacy_table(book_of(tmp_path / "gio.xlsx", rows))
    assert table.rows[0].get(TIME) == time(7, 0)
