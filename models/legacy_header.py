"""Finding the header of an old logbook: under title rows, in any of the names clerks gave it.

Each canonical column has a list of names seen in communes' own sheets. Names are compared
folded (no accents, đ as d, no case) with punctuation and extra spaces removed, so "HỌ VÀ TÊN",
"Ho va ten" and "Họ, tên" are one name; and each header cell is also tried as TCVN3 and VNI text,
because a header typed in .VnTime reads "Hä vµ tªn" until it is converted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from models.import_mapping import ImportMapping
from models.legacy_grid import Grid
from models.legacy_text import convert
from models.records_format import (
    ASSISTANCE,
    BIRTH_YEAR,
    CHANNEL,
    CLERK,
    COLUMNS,
    DATE,
    DOSSIER_CODE,
    ID_NUMBER,
    NAME,
    NOTE,
    OUTCOME,
    PHONE,
    PROCEDURE_CODE,
    PROCEDURE_NAME,
    REASON,
    REQUIRED,
    SEX,
    TIME,
    VILLAGE,
    RecordsError,
)
from models.text import fold

HEADER_SCAN_ROWS = 30

# The canonical name first; among two cells naming one column, the earlier name here wins. A
# column is named here only when it means the same: "Địa chỉ" is no village (it would add every
# address to the village list), "Ngày sinh" is no visit date.
ALIASES: dict[str, tuple[str, ...]] = {
    DATE: ("Ngày", "Ngày tiếp nhận", "Ngày hỗ trợ", "Ngày tiếp dân", "Ngày đến", "Ngày tháng",
           "Ngày tháng năm", "Ngày/tháng/năm", "Ngày thực hiện", "Date"),
    TIME: ("Giờ", "Giờ tiếp nhận", "Giờ đến", "Giờ hỗ trợ", "Thời gian", "Time"),
    NAME: ("Họ và tên", "Họ tên", "Họ, tên", "Tên người dân", "Họ tên người dân",
           "Họ và tên người dân", "Họ tên công dân", "Họ và tên công dân", "Tên công dân",
           "Người dân", "Công dân", "Người nộp hồ sơ", "Họ tên người nộp", "Tên tổ chức, cá nhân",
           "Tổ chức, cá nhân"),
    BIRTH_YEAR: ("Năm sinh", "Sinh năm", "NS", "Năm sinh người dân"),
    SEX: ("Giới tính", "Giới", "Nam/Nữ", "Phái"),
    PHONE: ("Số điện thoại", "Điện thoại", "SĐT", "Số ĐT", "ĐT", "Điện thoại liên hệ",
            "Số điện thoại liên hệ", "Di động"),
    ID_NUMBER: ("Số định danh", "Số định danh cá nhân", "Mã định danh", "CCCD", "Số CCCD",
                "Căn cước công dân", "Số căn cước", "Số căn cước công dân", "CMND/CCCD",
                "Số CMND/CCCD", "CMND", "Số CMND"),
    VILLAGE: ("Thôn/Tổ dân phố", "Thôn, tổ dân phố", "Thôn/TDP", "Thôn", "Tổ dân phố", "Thôn/xóm",
              "Thôn, xóm", "Thôn/bản", "Thôn, bản", "Thôn/tổ", "Xóm", "Bản", "Ấp", "Khu phố"),
    PROCEDURE_CODE: ("Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính", "Mã TT", "Mã số thủ tục"),
    PROCEDURE_NAME: ("Tên thủ tục", "Tên thủ tục hành chính", "Thủ tục", "Thủ tục hành chính",
                     "Tên TTHC", "TTHC", "Tên hồ sơ", "Loại hồ sơ"),
    ASSISTANCE: ("Hình thức hỗ trợ", "Nội dung hỗ trợ", "Loại hỗ trợ", "Hỗ trợ", "Công việc hỗ trợ",
                 "Nội dung công việc", "Nội dung"),
    CHANNEL: ("Kênh nộp", "Kênh nộp hồ sơ", "Hình thức nộp", "Hình thức nộp hồ sơ", "Cách nộp",
              "Kênh"),
    OUTCOME: ("Kết quả", "Kết quả hỗ trợ", "Kết quả xử lý", "Kết quả giải quyết", "Tình trạng",
              "Trạng thái", "Tình trạng hồ sơ"),
    DOSSIER_CODE: ("Mã hồ sơ", "Số hồ sơ", "Mã HS", "Mã số hồ sơ", "Số biên nhận", "Mã biên nhận"),
    REASON: ("Lý do chưa hoàn thành", "Lí do chưa hoàn thành", "Lý do", "Lí do", "Lý do chưa xong",
             "Nguyên nhân", "Vướng mắc"),
    CLERK: ("Cán bộ hỗ trợ", "Cán bộ", "Người hỗ trợ", "Cán bộ tiếp nhận", "Người tiếp nhận",
            "Cán bộ tiếp dân", "CB hỗ trợ", "Người thực hiện"),
    NOTE: ("Ghi chú", "Ghi chú khác", "Chú thích", "GC"),
}  # fmt: skip

_PUNCTUATION = re.compile(r"[^\w\s]|_")


def header_fold(name: object) -> str:
    """How header names are compared: folded, punctuation gone, one space between words."""
    if not isinstance(name, str):
        return ""
    return _header_fold(name)


# Every row's date cell is asked whether it names the date column (a header pasted again):
# a file's dates repeat, day after day.
@lru_cache(maxsize=4096)
def _header_fold(name: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(name)).split())


def _alias_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for column in COLUMNS:
        for rank, alias in enumerate(ALIASES[column]):
            key = header_fold(alias)
            if index.get(key, (column, 0))[0] != column:
                raise ValueError(f"header name {alias!r} given to two columns")
            index.setdefault(key, (column, rank))
    return index


_ALIASES = _alias_index()


def column_named(unicode_cell: object, legacy_cell: object) -> tuple[str, int] | None:
    """The canonical column a header cell names and the rank of the name, or ``None``.

    The cell is tried as it reads, then as TCVN3 and as VNI text, whatever encoding the person
    chose for the cells: a match is an exact known name, so more readings cannot invent one.
    """
    readings = [unicode_cell] if isinstance(unicode_cell, str) else []
    if isinstance(legacy_cell, str):
        readings += [convert(legacy_cell, "tcvn3"), convert(legacy_cell, "vni")]
    for reading in readings:
        found = _ALIASES.get(header_fold(reading))
        if found is not None:
            return found
    return None


@dataclass
class HeaderMatch:
    """One row read as a header: its index (from 0), columns by cell index, and problems."""

    index: int
    mapping: dict[int, str] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        """The required columns this row does not name."""
        return [name for name in REQUIRED if name not in self.mapping.values()]


def _mapped(mapping: ImportMapping | None, unicode_cell: object, legacy_cell: object) -> object:
    """What the clerk's mapping says of a header cell: a column, ``None`` (leave out), or
    :data:`_UNDECIDED`. The cell is tried in every reading, as :func:`column_named` does."""
    if mapping is None:
        return _UNDECIDED
    readings = [unicode_cell] if isinstance(unicode_cell, str) else []
    if isinstance(legacy_cell, str):
        readings += [convert(legacy_cell, "tcvn3"), convert(legacy_cell, "vni")]
    for reading in readings:
        if isinstance(reading, str) and header_fold(reading):
            decided, column = mapping.column_for(reading)
            if decided:
                return column
    return _UNDECIDED


_UNDECIDED = object()


def match_row(grid: Grid, index: int, mapping: ImportMapping | None = None) -> HeaderMatch:
    """Read row ``index`` of ``grid`` as a header (``mapping``: the clerk's names come first).

    Two cells naming one column: the canonical name (or the better-known name) wins and the
    other column is ignored; two cells with equally good names are a duplicate.
    """
    match = HeaderMatch(index)
    ranks: dict[str, tuple[int, int]] = {}  # column → (rank, cell index)
    for cell_index in range(len(grid.rows[index]) if index < len(grid.rows) else 0):
        if (index, cell_index) in grid.merge_copies:
            continue  # one header cell spread over several columns names the first one
        unicode_cell = grid.cell(index, cell_index)
        legacy_cell = grid.cell(index, cell_index, legacy=True)
        decided = _mapped(mapping, unicode_cell, legacy_cell)
        if decided is None:
            continue  # the clerk left this column out
        found = (
            (str(decided), -1)
            if decided is not _UNDECIDED
            else column_named(unicode_cell, legacy_cell)
        )
        if found is None:
            continue
        column, rank = found
        if column in ranks and ranks[column][0] == rank:
            match.duplicates.append(column)
        if column not in ranks or rank < ranks[column][0]:
            ranks[column] = (rank, cell_index)
    match.mapping = {cell_index: column for column, (_rank, cell_index) in ranks.items()}
    match.mapping = dict(sorted(match.mapping.items()))
    return match


def find_header(
    grid: Grid, file_name: str, mapping: ImportMapping | None = None, *, strict: bool = True
) -> HeaderMatch:
    """The first of the first 30 rows that names every required column.

    Raises :class:`RecordsError` naming the missing columns of the row that came closest, or a
    column the header row names twice. Not ``strict`` (the wizard, where the clerk can map
    columns by hand), the row that came closest is returned instead; or, when no row names any
    column, the row with the most text cells.
    """
    best: HeaderMatch | None = None
    for index in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        match = match_row(grid, index, mapping)
        if not match.missing and not strict:
            return match
        if not match.missing:
            if match.duplicates:
                raise RecordsError(
                    f"Cột «{match.duplicates[0]}» có hai lần ở dòng tiêu đề (dòng {index + 1}): "
                    "hãy xóa một cột."
                )
            return match
        if match.mapping and (best is None or len(match.missing) < len(best.missing)):
            best = match
    if strict:
        raise _no_header(best, file_name)
    return best or HeaderMatch(_widest_text_row(grid))


def _widest_text_row(grid: Grid) -> int:
    def texts(index: int) -> int:
        return sum(
            1
            for column, value in enumerate(grid.rows[index])
            if isinstance(value, str) and value.strip() and (index, column) not in grid.merge_copies
        )

    rows = range(min(HEADER_SCAN_ROWS, len(grid.rows)))
    return max(rows, key=lambda index: (texts(index), -index), default=0)


def _no_header(best: HeaderMatch | None, file_name: str) -> RecordsError:
    expected = ", ".join(f"«{name}»" for name in REQUIRED)
    if best is None:
        return RecordsError(
            f"Không tìm thấy dòng tiêu đề trong {HEADER_SCAN_ROWS} dòng đầu của tệp {file_name}: "
            f"dòng tiêu đề phải có các cột {expected} (xem docs/import-format.md)."
        )
    names = ", ".join(f"«{name}»" for name in best.missing)
    return RecordsError(
        f"Tệp thiếu cột bắt buộc {names}: dòng {best.index + 1} giống dòng tiêu đề nhất nhưng "
        f"không có cột đó. Dòng tiêu đề phải có các cột {expected}; đặt tên cột theo mẫu "
        "(xem docs/import-format.md)."
    )
