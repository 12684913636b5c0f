"""How an old logbook's columns and words map onto ours: a file a clerk can save and reuse.

A mapping names, for each header of the file (as it reads after TCVN3/VNI conversion), the
column of the format it fills, or ``null`` to leave it out; and it can carry answers that would
otherwise be asked: procedure names as catalog codes, and assistance, channel and outcome labels
as codes. The JSON format is documented in docs/import-format.md ("Mapping file").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.records_format import COLUMNS, RecordsError
from models.text import clean, fold

FORMAT = "motcua-import-mapping"
VERSION = 1
# The reference lists whose unknown labels an import asks about (and a mapping may answer).
LABEL_KINDS: tuple[str, ...] = ("assistance", "channel", "outcome")
_KEYS = {"format", "version", "columns", "procedures", *LABEL_KINDS}


def key_of(text: str) -> str:
    """How a header, procedure name or label is looked up: accents, case and spaces ignored."""
    return " ".join(fold(text).split())


@dataclass
class ImportMapping:
    """The clerk's answers for one layout of logbook.

    ``columns``: header as read → canonical column (one of :data:`COLUMNS`), or ``None`` to
    leave the column out. ``procedures``: a procedure name as written → catalog code.
    ``labels``: kind (``assistance``, ``channel``, ``outcome``) → label as written → code.
    Keys keep the spelling they were given; lookups go through :func:`key_of`.
    """

    columns: dict[str, str | None] = field(default_factory=dict)
    procedures: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def column_for(self, header: str) -> tuple[bool, str | None]:
        """``(True, column or None)`` when the mapping decides ``header``, else ``(False, None)``.

        ``None`` as the column: the clerk left this column out.
        """
        wanted = key_of(header)
        for name, column in self.columns.items():
            if key_of(name) == wanted:
                return True, column
        return False, None

    def procedure_for(self, name: str) -> str | None:
        """The code the mapping gives a procedure name, if any."""
        return _lookup(self.procedures, name)

    def label_for(self, kind: str, label: str) -> str | None:
        """The code the mapping gives a label of ``kind``, if any."""
        return _lookup(self.labels.get(kind, {}), label)

    def merged(self, other: ImportMapping) -> ImportMapping:
        """This mapping with ``other``'s answers added on top (``other`` wins)."""
        labels = {kind: dict(self.labels.get(kind, {})) for kind in LABEL_KINDS}
        for kind, entries in other.labels.items():
            labels.setdefault(kind, {}).update(entries)
        return ImportMapping(
            {**self.columns, **other.columns},
            {**self.procedures, **other.procedures},
            {kind: entries for kind, entries in labels.items() if entries},
        )

    def to_json(self) -> dict[str, Any]:
        """The mapping as the JSON object of a mapping file."""
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "columns": self.columns}
        if self.procedures:
            data["procedures"] = self.procedures
        for kind in LABEL_KINDS:
            if self.labels.get(kind):
                data[kind] = self.labels[kind]
        return data


def _lookup(entries: Mapping[str, str], text: str) -> str | None:
    wanted = key_of(text)
    return next((code for name, code in entries.items() if key_of(name) == wanted), None)


def mapping_from_json(data: object, source: str) -> ImportMapping:
    """Read a mapping file's JSON object; a Vietnamese :class:`RecordsError` says what is wrong.

    Column names must be those of the format (accents and case ignored); codes are checked
    against the catalog only when the import uses them.
    """
    if not isinstance(data, dict) or data.get("format", FORMAT) != FORMAT:
        raise RecordsError(f"Tệp {source} không phải tệp cách ghép cột của Một Cửa Desk.")
    if data.get("version", VERSION) != VERSION:
        raise RecordsError(
            f"Tệp {source} là cách ghép cột phiên bản {data.get('version')}: phần mềm này chỉ "
            f"đọc phiên bản {VERSION}. Hãy cập nhật phần mềm."
        )
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        names = ", ".join(f"«{name}»" for name in unknown)
        raise RecordsError(
            f"Tệp {source} có mục không biết: {names}. Các mục được dùng: columns, procedures, "
            f"{', '.join(LABEL_KINDS)}."
        )
    columns = _entries(data.get("columns", {}), "columns", source, allow_null=True)
    by_key = {key_of(name): name for name in COLUMNS}
    mapped: dict[str, str | None] = {}
    for header, column in columns.items():
        if column is not None and key_of(column) not in by_key:
            raise RecordsError(
                f"Tệp {source}: cột «{header}» được ghép vào «{column}», không phải cột của mẫu. "
                f"Chọn một trong: {', '.join(COLUMNS)}; hoặc null để bỏ qua cột."
            )
        mapped[header] = None if column is None else by_key[key_of(column)]
    procedures = _entries(data.get("procedures", {}), "procedures", source)
    labels = {kind: _entries(data.get(kind, {}), kind, source) for kind in LABEL_KINDS}
    return ImportMapping(
        mapped,
        {k: v for k, v in procedures.items() if v is not None},
        {kind: {k: v for k, v in e.items() if v is not None} for kind, e in labels.items() if e},
    )


def _entries(
    value: object, section: str, source: str, *, allow_null: bool = False
) -> dict[str, str | None]:
    if not isinstance(value, dict):
        raise RecordsError(
            f'Tệp {source}: mục «{section}» phải là một bảng {{"tên trong tệp": "giá trị"}}.'
        )
    entries: dict[str, str | None] = {}
    for key, item in value.items():
        if item is None and allow_null:
            entries[clean(key)] = None
        elif isinstance(item, str) and clean(item) and clean(key):
            entries[clean(key)] = clean(item)
        else:
            raise RecordsError(
                f"Tệp {source}: mục «{section}», «{key}» phải ghi một giá trị chữ"
                + (" (hoặc null)." if allow_null else ".")
            )
    return entries


def load_mapping(path: Path) -> ImportMapping:
    """Read a mapping file (UTF-8 JSON); every problem is a Vietnamese :class:`RecordsError`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise RecordsError(f"Không tìm thấy tệp cách ghép cột {path}.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordsError(
            f"Không đọc được tệp cách ghép cột {path.name}: tệp phải là JSON, mã UTF-8."
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordsError(
            f"Tệp cách ghép cột {path.name} hỏng (dòng {exc.lineno}, cột {exc.colno}): "
            "hãy lưu lại từ trình nhập sổ cũ hoặc sửa theo docs/import-format.md."
        ) from exc
    return mapping_from_json(data, path.name)


def save_mapping(path: Path, mapping: ImportMapping) -> None:
    """Write ``mapping`` as a mapping file (UTF-8 JSON, readable and editable by hand)."""
    text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise RecordsError(
            f"Không ghi được tệp {path}: {exc.strerror or exc}. Kiểm tra thư mục và quyền ghi."
        ) from exc


def layout_key(headers: Iterable[str]) -> str:
    """A short fingerprint of a header row's non-empty names: one per layout of logbook."""
    names = "\x1f".join(key_of(h) for h in headers if key_of(h))
    return hashlib.sha256(names.encode("utf-8")).hexdigest()[:24]
