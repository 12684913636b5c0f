"""Reading the files a consolidation is made of: communes' exports and the expected list.

Every problem with one export file is a :class:`Refusal`: that file is refused with the reason and
the others go on.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from models.summary_document import XLSX_DATA_SHEET

SUFFIXES = (".json", ".xlsx")
MAX_JSON_BYTES = 5_000_000  # a daily summary is a few kilobytes; anything huge is not one


class ConsolidationError(Exception):
    """A request that cannot be carried out (not one bad file); ``message`` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Refusal(Exception):
    """Why one file is refused (Vietnamese, without the file name)."""


def _reject_constant(name: str) -> None:
    raise Refusal(f"nội dung có giá trị «{name}» không hợp lệ trong JSON")


def _json_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise Refusal("tệp quá lớn, không phải một báo cáo tổng hợp ngày")
        # utf-8-sig: a file opened and saved again in Notepad gains a byte-order mark.
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refusal("tệp không phải văn bản UTF-8") from exc
    except OSError as exc:
        raise Refusal(f"không mở được tệp ({exc.strerror or exc})") from exc


def _xlsx_text(path: Path) -> str:
    import openpyxl  # lazily: start-up stays fast

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        # A third-party parser on a file from outside: whatever it raises, only this file is
        # refused and the others go on.
        raise Refusal("tệp Excel hỏng hoặc không phải .xlsx") from exc
    try:
        if XLSX_DATA_SHEET not in book.sheetnames:
            raise Refusal(
                f"tệp Excel không có trang dữ liệu «{XLSX_DATA_SHEET}» (không phải tệp do "
                "Một Cửa Desk xuất); hãy đề nghị xã gửi tệp JSON"
            )
        # A1 holds the document; one longer than Excel's 32,767 characters per cell continues in
        # A2, A3 ... (printing.daily_report_xlsx writes it so): join column A up to its first gap.
        chunks: list[str] = []
        for (value,) in book[XLSX_DATA_SHEET].iter_rows(max_col=1, values_only=True):
            if not isinstance(value, str) or not value:
                break
            chunks.append(value)
    finally:
        book.close()
    if not chunks:
        raise Refusal(f"ô A1 của trang «{XLSX_DATA_SHEET}» không có dữ liệu báo cáo")
    return "".join(chunks)


def read_document(path: Path) -> dict[str, Any]:
    """The JSON document of an export: a .json file, or cell A1 of an .xlsx's hidden data sheet.

    Raises ``Refusal`` (caught by :func:`consolidate`) when the file cannot be a document.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise Refusal("chỉ đọc được tệp .json hoặc .xlsx do Một Cửa Desk xuất")
    text = _json_text(path) if suffix == ".json" else _xlsx_text(path)
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise Refusal(
            f"nội dung không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})"
        ) from exc
    except (ValueError, RecursionError) as exc:
        # Python's own limits: a number thousands of digits long, or lists nested thousands deep.
        raise Refusal("nội dung JSON có số quá dài hoặc lồng nhau quá sâu") from exc
    if not isinstance(doc, dict):
        raise Refusal("nội dung không phải một báo cáo (cần một đối tượng JSON)")
    return doc


def read_expected(path: Path) -> dict[str, str]:
    """The communes that should report, from a CSV ``code,name`` (header row optional).

    UTF-8 with or without BOM, "," or ";". A first row whose code has no digit is a header.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ConsolidationError(f"Không mở được tệp danh sách xã {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise ConsolidationError(
            f"Tệp danh sách xã {path.name} không phải văn bản UTF-8: hãy lưu lại dạng CSV UTF-8."
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if row]
    except csv.Error as exc:  # a cell longer than the csv module's limit: not a list of communes
        raise ConsolidationError(
            f"Tệp danh sách xã {path.name} không đọc được ({exc}): cần các dòng «mã xã,tên xã»."
        ) from exc
    if rows and not any(ch.isdigit() for ch in rows[0][0]):
        rows = rows[1:]
    expected = {row[0].strip(): (row[1].strip() if len(row) > 1 else "") for row in rows}
    expected.pop("", None)
    if not expected:
        raise ConsolidationError(
            f"Tệp danh sách xã {path.name} không có dòng nào: cần các dòng «mã xã,tên xã»."
        )
    return expected


# --- writing the result ----------------------------------------------------------------------


def input_files(paths: list[Path], out: Path | None = None) -> list[Path]:
    """Every file to read: files as given, a folder's .json and .xlsx files (not ``out``).

    Raises :class:`ConsolidationError` for a path that does not exist.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                child
                for child in path.iterdir()
                if child.is_file()
                and child.suffix.lower() in SUFFIXES
                # Excel's lock files (~$…), our own partial files (.…part) and the result itself
                and not child.name.startswith(("~$", "."))
                and (out is None or child.resolve() != out.resolve())
            )
        elif path.is_file():
            files.append(path)
        else:
            raise ConsolidationError(f"Không tìm thấy tệp hoặc thư mục {path}.")
    return files
