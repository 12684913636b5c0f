"""Automatic backups at the first start of a day and on exit; a damaged database is offered the
newest good backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models.backup import check_database_file
from models.db import Database, sqlite_file
from tests.models.test_backup_rotation import flip_middle_page
from views.recovery import AutoBackup, offer_restore

MORNING = datetime(2026, 11, 23, 7, 30)


def db_file(db: Database) -> Path:
    path = sqlite_file(db.url)
    assert path is not None
    return path


def test_one_backup_a_day_then_the_last_work_on_exit(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    said: list[str] = []
    backups = AutoBackup(db_file(db), folder, lambda: MORNING, said.append)
    made = backups.at_start()
    assert made == folder / "motcua-2026-11-23.sqlite3" and check_database_file(made) is None
    assert backups.at_start() is None  # the second start of the day adds nothing
    assert backups.at_exit() == made
    assert said == []


def test_a_missing_backup_folder_is_said_and_work_goes_on(db: Database, tmp_path: Path) -> None:
    said: list[str] = []
    backups = AutoBackup(db_file(db), tmp_path / "usb-rut-ra", lambda: MORNING, said.append)
    assert backups.at_start() is None
    assert said and "sao lưu" in said[0]
    assert not (tmp_path / "usb-rut-ra").exists()


def test_a_damaged_database_is_replaced_by_the_newest_good_backup(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    path = db_file(db)
    AutoBackup(path, folder, lambda: MORNING, print).at_start()
    db.dispose()
    flip_middle_page(path, path)  # a power cut in the middle of a page
    problem = check_database_file(path)
    assert problem is not None
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert offer_restore(path, folder, problem, MORNING)
    assert "motcua-2026-11-23.sqlite3" in asked[0]
    assert check_database_file(path) is None
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM procedure").fetchone()[0] > 0
        restores = connection.execute(
            "SELECT actor, entity_id FROM audit_entry WHERE action = 'restore'"
        ).fetchall()
    assert restores == [("desk:recovery", "motcua-2026-11-23.sqlite3")]
    assert list(tmp_path.glob("*truoc-khoi-phuc*"))  # the damaged file is kept aside
