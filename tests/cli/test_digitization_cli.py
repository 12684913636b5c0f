"""``digitization list|add|move|attach|reuse|verify-files`` through the real parser."""

from __future__ import annotations

import re
from pathlib import Path

from models.db import Database
from models.digitization_queries import ItemFilter, list_items
from tests.actors import clerk
from tests.cli.runner import Runner


def _ids(text: str) -> list[str]:
    return re.findall(r"^([0-9a-f]{8})  ", text, flags=re.MULTILINE)


def test_a_clerk_registers_moves_and_sends_back(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=clerk("thu"))
    assert run("digitization", "add", "--reference", "H12-0001", "--document", "Giấy chứng sinh",
               "--pages", "3", "--owner", "Lê Thị Hoa") == 0  # fmt: skip
    assert run("digitization", "add", "--reference", "Sổ đăng ký khai sinh", "--year", "1998",
               "--volumes", "2", "--pages", "120", "95") == 0  # fmt: skip
    assert "Đã ghi nhận 2 tài liệu." in run.out.getvalue()
    assert run("digitization", "list") == 0
    listed = run.out.getvalue()
    ids = _ids(listed)
    assert len(ids) == 3
    assert "Đã nhận 3" in listed
    assert "Lê Thị Hoa" not in listed  # the owner stays off the terminal
    assert run("digitization", "move", *ids, "--to", "scanned") == 0
    assert "Đã chuyển 3 tài liệu." in run.out.getvalue()
    assert run("digitization", "move", ids[0], "--to", "checked") == 0
    assert run("digitization", "move", ids[0], "--to", "scan_again", "--reason", "thiếu trang") == 0
    assert run("digitization", "list", "--state", "scan_again") == 0
    assert "TRẢ LẠI: Thiếu trang" in run.out.getvalue()
    today = db.local_now().date()
    states = sorted(r.state for r in list_items(db, ItemFilter(), today=today))
    assert states == ["scan_again", "scanned", "scanned"]


def test_a_refused_move_moves_nothing_and_says_why(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=clerk())
    run("digitization", "add", "--reference", "A", "--pages", "1")
    run("digitization", "add", "--reference", "B", "--pages", "1")
    run("digitization", "list")
    first, second = _ids(run.out.getvalue())
    assert run("digitization", "move", first, "--to", "next") == 0
    assert run("digitization", "move", first, second, "--to", "checked") == 1
    assert "không chuyển tài liệu nào" in run.err.getvalue().lower()
    assert run("digitization", "move", first, "--to", "scan_again") == 1
    assert "lý do" in run.err.getvalue()
    assert run("digitization", "move", "ffffffff", "--to", "next") == 2
    assert "Không tìm thấy" in run.err.getvalue()


def test_overdue_items_are_listed(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=clerk())
    run("digitization", "add", "--reference", "CU", "--pages", "2", "--received", "02/01/2026",
        "--due", "05/01/2026")  # fmt: skip
    run("digitization", "add", "--reference", "MOI", "--pages", "2")
    assert run("digitization", "list", "--overdue") == 0
    text = run.out.getvalue()
    assert "CU" in text and "QUÁ HẠN" in text and "MOI" not in text


def test_verify_files_finds_a_changed_scan(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=clerk())
    run("digitization", "add", "--reference", "A", "--pages", "1")
    run("digitization", "list")
    [item] = _ids(run.out.getvalue())
    scan = tmp_path / "a.pdf"
    scan.write_bytes(b"%PDF-1.4 one")
    assert run("digitization", "attach", item, scan, "--copy") == 0
    assert run("digitization", "verify-files") == 0
    assert "Đã kiểm tra 1 tệp: 0 tệp có vấn đề." in run.out.getvalue()
    [copy] = (tmp_path / "home" / "data" / "scans").rglob("a.pdf")
    copy.write_bytes(b"%PDF-1.4 two")
    assert run("digitization", "verify-files") == 1
    assert "tệp đã bị thay đổi" in run.out.getvalue()


def test_reuse_after_scanning(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=clerk())
    run("digitization", "add", "--reference", "A", "--pages", "1")
    run("digitization", "list")
    [item] = _ids(run.out.getvalue())
    assert run("digitization", "reuse", item, "--dossier", "H12-9") == 1
    run("digitization", "move", item, "--to", "next")
    assert run("digitization", "reuse", item, "--dossier", "H12-9") == 0
