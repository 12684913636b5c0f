"""Folders named in Vietnamese, with spaces, as on a commune's Windows PC ("Dữ liệu Một Cửa")."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from main import main
from models.backup_rotation import daily_backup, newest_good_backup
from models.commune import load_profile
from models.opening import open_database
from models.paths import AppPaths
from models.reference import catalog_details
from printing.handout import write_handout
from printing.handout_request import request_for

FOLDER = "Dữ liệu Một Cửa"


def test_database_backup_and_pdf_live_under_a_vietnamese_folder_with_spaces(
    tmp_path: Path,
) -> None:
    root = tmp_path / FOLDER
    paths = AppPaths.under(root)
    paths.ensure()
    db = open_database(paths.default_database_url(), key_file=paths.id_key_file)
    try:
        assert paths.database_file.is_file()
        (root / "sao lưu").mkdir()  # chosen in the setup wizard, which creates it
        backup = daily_backup(paths.database_file, root / "sao lưu", datetime(2026, 11, 23, 8))
        assert backup is not None and backup.parent == root / "sao lưu"
        assert newest_good_backup(root / "sao lưu") == backup
        details = catalog_details(db)[0]
        pdf = write_handout(
            root / "Tờ hướng dẫn" / "khai sinh – bản in.pdf",
            request_for(db, details),
            load_profile(db),
        )
        assert pdf.read_bytes().startswith(b"%PDF")
    finally:
        db.dispose()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_app_runs_with_its_home_in_such_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOTCUA_HOME", str(tmp_path / FOLDER))
    out = tmp_path / FOLDER / "báo cáo"
    assert main(["configure", "--commune-code", "1", "--commune-name", "Xã Tân Lập"]) == 0
    assert main(["export-daily", "--date", "23/11/2026", "--format", "pdf", "--out", str(out)]) == 0
    assert list(out.glob("*.pdf"))
    assert (tmp_path / FOLDER / "data" / "motcua.sqlite3").is_file()
    assert (tmp_path / FOLDER / "logs" / "motcua-desk.log").is_file()
