"""The scanned file of a digitization item: attach it (size, SHA-256), optionally keep a copy in
the app's scan folder, and find files that went missing or changed since."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from models import audit
from models.db import Database
from models.digitization import DigitizationError
from models.entities import DigitizationItem
from models.paths import AppPaths

CHUNK = 1024 * 1024
ALLOWED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


def scan_folder(paths: AppPaths) -> Path:
    """The managed folder where copies of scans are kept, beside the database."""
    return paths.data_dir / "scans"


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks (a scanned book can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_into(source: Path, folder: Path, item_id: str) -> Path:
    target_dir = folder / item_id
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    partial = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, partial)
    partial.replace(target)  # never half a scan under the real name
    return target


def attach_file(
    db: Database, item_id: str, path: Path, *, actor: str, copy_to: Path | None = None
) -> Path:
    """Attach the scan at ``path`` to the item (replacing any earlier one); with ``copy_to``
    (see :func:`scan_folder`) a copy is kept there and that copy is what is recorded.

    Returns the path recorded.
    """
    source = Path(path)
    if not source.is_file():
        raise DigitizationError(f"Không tìm thấy tệp {source}. Hãy chọn lại tệp đã quét.")
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        raise DigitizationError(
            "Chỉ đính kèm tệp PDF hoặc ảnh (JPG, PNG, TIFF). Hãy lưu bản quét ở một trong "
            "các dạng đó."
        )
    try:
        recorded = _copy_into(source, copy_to, item_id) if copy_to is not None else source
        size = recorded.stat().st_size
        digest = sha256_of(recorded)
    except OSError as exc:
        raise DigitizationError(
            f"Không đọc hoặc chép được tệp {source}: {exc.strerror or exc}. Kiểm tra tệp và chỗ "
            "trống trên ổ đĩa."
        ) from exc
    recorded = recorded.resolve()
    with db.transaction() as session:
        item = session.get(DigitizationItem, item_id)
        if item is None:
            raise DigitizationError(f"Không tìm thấy tài liệu mã {item_id}.")
        before = {"file": item.file_path, "sha256": item.file_sha256}
        item.file_path = str(recorded)
        item.file_size = size
        item.file_sha256 = digest
        item.updated_at = datetime.now(UTC)
        audit.record(
            session,
            actor=actor,
            action="attach-file",
            entity="digitization_item",
            entity_id=item.id,
            before=before,
            after={"file": str(recorded), "size": size, "sha256": digest},
        )
    return recorded


@dataclass(frozen=True)
class FileProblem:
    """An attached file that is not as it was recorded: ``missing`` or ``changed``."""

    item_id: str
    reference: str
    path: str
    problem: str

    def describe(self) -> str:
        """Vietnamese, for the screen and the command line."""
        what = "không còn tệp" if self.problem == "missing" else "tệp đã bị thay đổi"
        return f"{self.reference}: {what} ({self.path})"


def verify_files(db: Database) -> tuple[int, list[FileProblem]]:
    """Check every attached file's size and SHA-256: (files checked, problems found)."""
    with db.reading() as session:
        rows = session.execute(
            select(
                DigitizationItem.id,
                DigitizationItem.reference,
                DigitizationItem.file_path,
                DigitizationItem.file_size,
                DigitizationItem.file_sha256,
            )
            .where(DigitizationItem.file_path.is_not(None))
            .order_by(DigitizationItem.reference)
        ).all()
    problems: list[FileProblem] = []
    for item_id, reference, path_text, size, digest in rows:
        path = Path(path_text)
        try:
            if not path.is_file():
                problems.append(FileProblem(item_id, reference, path_text, "missing"))
            elif path.stat().st_size != size or sha256_of(path) != digest:
                problems.append(FileProblem(item_id, reference, path_text, "changed"))
        except OSError:
            problems.append(FileProblem(item_id, reference, path_text, "missing"))
    return len(rows), problems
