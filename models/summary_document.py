"""The daily summary as files for the upper level: the JSON document and the CSV table.

Aggregates only: no citizen names, no clerks, no villages (a village name can point at a person in a
small village). Every key of a table is a stable code, so files from different communes line up.
The schema, the checksum rule and the CSV layout are documented in docs/daily-summary-schema.md.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from models.cell_safety import csv_text
from models.commune import CommuneProfile
from models.daily_summary import DailySummary
from models.db import COMMUNE_TZ
from models.digitization_figures import FLOW_KEYS, FLOW_LABELS
from models.digitization_workflow import STATE_LABELS
from models.reference import ReferenceData

SCHEMA = "motcua.daily-summary/1"
CHECKSUM_PREFIX = "sha256:"
FILE_PREFIX = "BC-NGAY"
# An XLSX export carries the JSON document in cell A1 of this hidden sheet, so that the upper level
# can consolidate a workbook when the commune sent no JSON file.
XLSX_DATA_SHEET = "motcua-data"
TOTAL_KEYS = (
    "visits",
    "citizens",
    "online_submitted",
    "not_completed",
    "handouts_printed",
    "documents_digitized",
    "pages_digitized",
)
INCLUSION_KEYS = ("aged_60_plus", "women", "ethnic_minority", "disability")
CSV_HEADER = ("section", "code", "label", "value", "online_submitted")

TOTAL_LABELS = {
    "visits": "Lượt hỗ trợ",
    "citizens": "Người dân được hỗ trợ",
    "online_submitted": "Hồ sơ nộp trực tuyến",
    "not_completed": "Lượt chưa hoàn thành",
    "handouts_printed": "Tờ hướng dẫn đã in",
    "documents_digitized": "Tài liệu đã số hóa",
    "pages_digitized": "Trang đã số hóa",
    "procedure_visits": "Lượt hỗ trợ có thủ tục",
    "online_share_percent": "Tỷ lệ nộp trực tuyến trên lượt có thủ tục (%)",
    "average_service_seconds": "Thời gian hỗ trợ trung bình (giây)",
}
INCLUSION_LABELS = {
    "aged_60_plus": "Người từ 60 tuổi trở lên",
    "women": "Phụ nữ",
    "ethnic_minority": "Người dân tộc thiểu số",
    "disability": "Người khuyết tật",
}


class ExportError(Exception):
    """A file that cannot be written as asked; ``message`` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _local_iso(moment: datetime) -> str:
    # A naive moment is UTC, as in printing/: the document always shows the commune's offset.
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(COMMUNE_TZ).isoformat(timespec="seconds")


def _rounded(value: float | None, digits: int) -> float | None:
    # Rounded so that the text of a float is short and the same in every JSON implementation.
    return None if value is None else round(value, digits)


def summary_document(
    summary: DailySummary,
    profile: CommuneProfile,
    ref: ReferenceData,
    *,
    locked: bool,
    generated_at: datetime,
    revision: int = 1,
) -> dict[str, Any]:
    """The machine-readable document of ``summary``, with its checksum (schema in docs/).

    ``locked`` says whether every day of the summary is locked; ``revision`` numbers the exports
    of the same date(s) (1 for the first); a naive ``generated_at`` is taken as UTC.
    """
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "commune": {"code": profile.code, "name": profile.name},
        "recipient": profile.upper_level,
        "date": summary.last.isoformat(),
    }
    if not summary.is_single_day:
        doc["period"] = {"from": summary.first.isoformat(), "to": summary.last.isoformat()}
    inclusion = summary.inclusion
    doc.update(
        {
            "locked": locked,
            "revision": revision,
            "generated_at": _local_iso(generated_at),
            "totals": {key: int(getattr(summary, key)) for key in TOTAL_KEYS},
            "procedure_visits": summary.procedure_visits,
            "online_share": _rounded(summary.online_share, 4),
            "average_service_seconds": _rounded(summary.average_service_seconds, 1),
            "inclusion": {key: int(getattr(inclusion, key)) for key in INCLUSION_KEYS},
            "by_assistance": dict(summary.by_assistance),
            "by_procedure": [
                {
                    "code": item.code,
                    "name": item.name,
                    "visits": item.visits,
                    "online_submitted": item.online_submitted,
                }
                for item in summary.by_procedure
            ],
            "by_channel": dict(summary.by_channel),
            "by_outcome": dict(summary.by_outcome),
            "not_completed_reasons": dict(summary.by_reason),
            "digitization": summary.digitization.as_dict(),
        }
    )
    return with_checksum(doc)


def canonical_bytes(doc: dict[str, Any]) -> bytes:
    """The bytes the checksum covers: the document without ``checksum``, canonically serialised."""
    body = {key: value for key, value in doc.items() if key != "checksum"}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def compute_checksum(doc: dict[str, Any]) -> str:
    """``"sha256:<hex>"`` over :func:`canonical_bytes`."""
    return CHECKSUM_PREFIX + hashlib.sha256(canonical_bytes(doc)).hexdigest()


def with_checksum(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``doc`` whose ``checksum`` (last key) matches its content; any old one replaced."""
    body = {key: value for key, value in doc.items() if key != "checksum"}
    return {**body, "checksum": compute_checksum(body)}


def verify_checksum(doc: object) -> bool:
    """True when ``doc`` is a document whose ``checksum`` matches its content."""
    if not isinstance(doc, dict):
        return False
    stated = doc.get("checksum")
    if not isinstance(stated, str) or not stated.startswith(CHECKSUM_PREFIX):
        return False
    try:
        expected = compute_checksum(doc)
    except (TypeError, ValueError, RecursionError):  # not serialisable, or nested too deep
        return False
    return hmac.compare_digest(stated.lower(), expected)


def document_text(doc: dict[str, Any]) -> str:
    """The document as written to a file: pretty-printed, Vietnamese letters kept as they are."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a hidden partial file, then move it onto ``path`` in one step.

    A failed or interrupted export never leaves half a file where the upper level would read it.
    """
    partial = path.with_name(f".{path.name}.part")
    try:
        write(partial)
        os.replace(partial, path)
    except OSError as exc:
        raise ExportError(
            f"Không ghi được tệp {path}: {exc.strerror or exc}. Kiểm tra thư mục, quyền ghi và chỗ "
            "trống (USB), và đóng tệp nếu đang mở trong Excel."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)  # already gone after a successful replace


def write_json(path: Path, doc: dict[str, Any]) -> None:
    """Write ``doc`` as UTF-8 JSON, atomically; the checksum is recomputed so the file verifies."""
    text = document_text(with_checksum(doc))
    atomic_write(path, lambda target: target.write_text(text, encoding="utf-8", newline="\n"))


def _csv_rows(
    summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, locked: bool
) -> Iterator[tuple[object, ...]]:
    yield ("report", "commune_code", "Mã xã", profile.code)
    yield ("report", "commune_name", "Tên xã", profile.name)
    yield ("report", "recipient", "Nơi nhận", profile.upper_level)
    yield ("report", "from", "Từ ngày", summary.first.isoformat())
    yield ("report", "to", "Đến ngày", summary.last.isoformat())
    yield ("report", "locked", "Đã chốt số liệu (1: có, 0: chưa)", int(locked))
    for key in TOTAL_KEYS:
        yield ("totals", key, TOTAL_LABELS[key], int(getattr(summary, key)))
    yield ("totals", "procedure_visits", TOTAL_LABELS["procedure_visits"], summary.procedure_visits)
    share = summary.online_share
    percent = "" if share is None else f"{share * 100:.1f}"
    yield ("totals", "online_share_percent", TOTAL_LABELS["online_share_percent"], percent)
    seconds = summary.average_service_seconds
    average = "" if seconds is None else round(seconds)
    yield ("totals", "average_service_seconds", TOTAL_LABELS["average_service_seconds"], average)
    yield from _coded_rows("by_assistance", "assistance", summary.by_assistance, ref)
    for item in summary.by_procedure:
        yield ("by_procedure", item.code, item.name, item.visits, item.online_submitted)
    yield from _coded_rows("by_channel", "channel", summary.by_channel, ref)
    yield from _coded_rows("by_outcome", "outcome", summary.by_outcome, ref)
    yield from _coded_rows("not_completed_reasons", "reason", summary.by_reason, ref)
    for key in FLOW_KEYS:
        yield ("digitization", key, FLOW_LABELS[key], int(getattr(summary.digitization, key)))
    for state, count in summary.digitization.backlog.items():
        yield ("digitization_backlog", state, STATE_LABELS[state], count)
    # Inclusion stays last: a reader takes its last row as the sign of a whole file.
    for key in INCLUSION_KEYS:
        yield ("inclusion", key, INCLUSION_LABELS[key], int(getattr(summary.inclusion, key)))


def _coded_rows(
    section: str, kind: str, counts: dict[str, int], ref: ReferenceData
) -> Iterator[tuple[object, ...]]:
    for code, count in counts.items():
        yield (section, code, ref.label(kind, code), count)


def _write_csv_rows(handle: TextIO, rows: Iterator[tuple[object, ...]]) -> None:
    writer = csv.writer(handle)
    writer.writerow(CSV_HEADER)
    for row in rows:
        # Every row has the five columns, so a spreadsheet filter on any of them works.
        cells = [csv_text(cell) if isinstance(cell, str) else cell for cell in row]
        writer.writerow([*cells, *([""] * (len(CSV_HEADER) - len(row)))])


def write_csv(
    path: Path,
    summary: DailySummary,
    profile: CommuneProfile,
    ref: ReferenceData,
    locked: bool,
) -> None:
    """Write the summary as one CSV table ``section,code,label,value,online_submitted``.

    UTF-8 with a byte-order mark (so Excel shows Vietnamese letters), written atomically. The
    ``online_submitted`` column is filled on ``by_procedure`` rows only (layout in docs/).
    """
    rows = _csv_rows(summary, profile, ref, locked)

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            _write_csv_rows(handle, rows)

    atomic_write(path, write)


def _safe_code(code: str) -> str:
    # The code goes into a file name: anything Windows refuses in a name becomes "-".
    return re.sub(r"[^0-9A-Za-z._-]+", "-", code).strip(".-") or "xa"


def export_file_name(profile: CommuneProfile, first: date, last: date, ext: str) -> str:
    """``BC-NGAY_<code>_<YYYY-MM-DD>.<ext>`` for a day, ``..._<first>_<last>.<ext>`` for a period.

    ISO dates sort in date order in a folder listing; the period keeps both ends so that a week
    and its last day never share a name.
    """
    days = first.isoformat() if first == last else f"{first.isoformat()}_{last.isoformat()}"
    return f"{FILE_PREFIX}_{_safe_code(profile.code)}_{days}.{ext.lstrip('.').lower()}"
