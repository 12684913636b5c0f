"""Writing a consolidation: JSON for scripts, XLSX for the upper level's own records.

Kept apart from :mod:`models.consolidate`, which reads and adds up; both are machine formats for
the upper level, not documents for people to sign, so they live in models/.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from models.cell_safety import text_only
from models.consolidate import CONSOLIDATION_SCHEMA, TABLE_KEYS, CommuneRow, Consolidation
from models.db import COMMUNE_TZ
from models.reference import ReferenceData
from models.summary_document import atomic_write, document_text, with_checksum
from models.validation import format_date


def _row_json(row: CommuneRow) -> dict[str, Any]:
    share = row.online_share
    return {
        "code": row.code,
        "name": row.name,
        "reports": row.reports,
        "days": row.days,
        "locked": row.locked,
        "totals": dict(row.totals),
        "procedure_visits": row.procedure_visits,
        "online_share": None if share is None else round(share, 4),
    }


def consolidation_document(c: Consolidation, generated_at: datetime) -> dict[str, Any]:
    """The consolidation as a JSON-ready document, checksummed by the daily summary's rule."""
    first, last = c.first, c.last
    doc: dict[str, Any] = {
        "schema": CONSOLIDATION_SCHEMA,
        "generated_at": generated_at.astimezone(COMMUNE_TZ).isoformat(timespec="seconds"),
        "period": {"from": first.isoformat(), "to": last.isoformat()} if first and last else None,
        "communes": [_row_json(row) for row in c.rows],
        "totals": {**_row_json(c.totals), "communes": len(c.rows)},
        **{key: dict(c.tables.get(key, {})) for key in TABLE_KEYS},
        "by_procedure": [
            {"code": code, "name": name, "visits": visits, "online_submitted": online}
            for code, name, visits, online in c.procedures
        ],
        "digitization": {**c.digitization, "backlog": dict(c.backlog)},
        "files": [
            {
                "file": r.file,
                "commune": r.code,
                "from": r.first.isoformat(),
                "to": r.last.isoformat(),
                "revision": r.revision,
                "checksum": r.checksum,
            }
            for r in c.reports
        ],
        "refused": [{"file": n.file, "reason": n.reason} for n in c.refused],
        "skipped": [{"file": n.file, "reason": n.reason} for n in c.skipped],
        "missing": [{"code": code, "name": name} for code, name in c.missing.items()],
        "unexpected": list(c.unexpected),
    }
    return with_checksum(doc)


def write_consolidation_json(
    path: Path, c: Consolidation, *, generated_at: datetime | None = None
) -> None:
    """Write the consolidation as UTF-8 JSON (schema ``motcua.consolidation/1``), atomically."""
    text = document_text(consolidation_document(c, generated_at or datetime.now(COMMUNE_TZ)))
    atomic_write(path, lambda target: target.write_text(text, encoding="utf-8", newline="\n"))


COMMUNE_COLUMNS = (
    ("STT", 6), ("Mã xã", 10), ("Tên xã", 28), ("Số báo cáo", 10), ("Số ngày", 9),
    ("Đã chốt", 9), ("Lượt hỗ trợ", 12), ("Người dân", 11), ("Nộp trực tuyến", 14),
    ("Lượt có thủ tục", 14), ("Tỷ lệ trực tuyến", 14), ("Chưa hoàn thành", 15),
    ("Tờ hướng dẫn đã in", 16), ("Tài liệu số hóa", 15), ("Trang số hóa", 13),
)  # fmt: skip
SHARE_COLUMN = 11  # 1-based column of "Tỷ lệ trực tuyến", shown as a percentage
TABLE_TITLES = {
    "by_assistance": ("Hình thức hỗ trợ", "assistance"),
    "by_channel": ("Kênh nộp", "channel"),
    "by_outcome": ("Kết quả", "outcome"),
    "not_completed_reasons": ("Lý do chưa hoàn thành", "reason"),
}


def _commune_cells(number: int | str, row: CommuneRow) -> list[object]:
    t = row.totals
    return [
        number, row.code, row.name, row.reports, row.days, "Có" if row.locked else "Chưa",
        t["visits"], t["citizens"], t["online_submitted"], row.procedure_visits, row.online_share,
        t["not_completed"], t["handouts_printed"], t["documents_digitized"], t["pages_digitized"],
    ]  # fmt: skip


def _summary_sheet(sheet: Any, c: Consolidation) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    first, last = c.first, c.last
    period = f"Từ ngày {format_date(first)} đến ngày {format_date(last)}" if first and last else ""
    sheet.title = "Tổng hợp"
    sheet.append(["TỔNG HỢP BÁO CÁO NGÀY CỦA CÁC XÃ"])
    sheet.append([period])
    sheet.append([f"Xã đã báo cáo: {len(c.rows)}; chưa báo cáo: {len(c.missing)}; "
                  f"tệp bị từ chối: {len(c.refused)}"])  # fmt: skip
    sheet.append([])
    sheet.append([name for name, _width in COMMUNE_COLUMNS])
    for number, row in enumerate(c.rows, start=1):
        sheet.append(_commune_cells(number, row))
    sheet.append(_commune_cells("", c.totals))
    for cell in (*sheet[1], *sheet[5], *sheet[sheet.max_row]):
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(COMMUNE_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for (cell,) in sheet.iter_rows(min_row=6, min_col=SHARE_COLUMN, max_col=SHARE_COLUMN):
        cell.number_format = "0.0%"
    sheet.freeze_panes = "D6"


def _tables_sheet(sheet: Any, c: Consolidation, ref: ReferenceData | None) -> None:
    from openpyxl.styles import Font

    for key, (title, kind) in TABLE_TITLES.items():
        sheet.append([title])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for code, count in c.tables.get(key, {}).items():
            sheet.append([code, ref.label(kind, code) if ref else code, count])
        sheet.append([])
    sheet.append(["Thủ tục", "Tên thủ tục", "Lượt hỗ trợ", "Nộp trực tuyến"])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for procedure in c.procedures:
        sheet.append(list(procedure))
    for letter, width in (("A", 24), ("B", 50), ("C", 12), ("D", 14)):
        sheet.column_dimensions[letter].width = width


def _list_sheet(sheet: Any, header: list[str], rows: list[list[object]], widths: list[int]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def write_consolidation_xlsx(
    path: Path, c: Consolidation, *, ref: ReferenceData | None = None
) -> None:
    """Write the consolidation as a workbook, atomically: the commune table, the summed tables,
    the refused and skipped files, and the communes that have not reported.

    Numbers are numbers (the share a real percentage); ``ref`` gives Vietnamese labels to codes.
    """
    import openpyxl

    book = openpyxl.Workbook()
    _summary_sheet(book.active, c)
    _tables_sheet(book.create_sheet("Phân loại"), c, ref)
    notes: list[list[object]] = [[n.file, "Từ chối", n.reason] for n in c.refused]
    notes += [[n.file, "Không tính", n.reason] for n in c.skipped]
    _list_sheet(book.create_sheet("Tệp bị từ chối"), ["Tệp", "Xử lý", "Lý do"], notes, [44, 12, 90])
    missing: list[list[object]] = [[code, name] for code, name in c.missing.items()]
    if not c.expected_given:
        missing = [["", "Không có danh sách xã cần báo cáo (--expected): chưa kiểm tra."]]
    _list_sheet(book.create_sheet("Chưa báo cáo"), ["Mã xã", "Tên xã"], missing, [12, 40])
    text_only(book)  # commune names come from other communes' files
    atomic_write(path, book.save)
