"""Báo lỗi: the zip of logs and machine facts carries no personal data."""

from __future__ import annotations

import logging
import zipfile
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from models.applog import setup_logging
from models.db import Database
from models.problem_report import log_files, scrub, write_problem_report
from models.reference import ReferenceData
from models.visits import save_visit
from tests.models.test_visits import NOW, clean_visit

ID_NUMBER = "001203012345"
PHONE = "0912345678"


def test_a_log_line_with_an_id_number_and_a_phone_is_scrubbed() -> None:
    line = (
        f"2026-11-23 09:30:00,123 ERROR views.desk_log: value {ID_NUMBER!r} refused; "
        f"callback 0912 345 678, +84 912345678, lan.nguyen@gmail.com, "
        r"C:\Users\lan.nguyen\AppData\Local\MotCuaDesk visit 42 saved, dossier H12-261120-0001"
    )
    out = scrub(line)
    for secret in (ID_NUMBER, "0912 345 678", "912345678", "lan.nguyen"):
        assert secret not in out, secret
    # What a technician needs stays: the time, the level, the module, ids and codes.
    assert out.startswith("2026-11-23 09:30:00,123 ERROR views.desk_log")
    assert "visit 42 saved" in out and "H12-261120-0001" in out
    assert r"C:\Users\[tài khoản]\AppData" in out


@given(st.from_regex(r"0[35789][0-9]{8}", fullmatch=True), st.text(alphabet="abc :", max_size=5))
def test_every_mobile_number_is_scrubbed(phone: str, around: str) -> None:
    assert phone not in scrub(around + phone + around)


@given(st.from_regex(r"[0-9]{12}", fullmatch=True))
def test_every_id_number_is_scrubbed(number: str) -> None:
    assert number not in scrub(f"id={number}.")


def test_the_zip_holds_the_logs_and_the_machine_but_nothing_personal(
    db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    # A fixture with personal data: a visit in the database and a log that quotes it.
    clean = clean_visit(
        ref, id_number="", phone=PHONE, phone_consent=True, citizen_name="Nguyễn Văn An"
    )
    save_visit(db, clean, actor="clerk")
    log_dir = tmp_path / "logs"
    setup_logging(log_dir)
    logging.getLogger("motcua.test").error("phone %s and id %s refused", PHONE, ID_NUMBER)
    logging.getLogger("motcua.test").info("visit saved at %s", NOW)
    for handler in logging.getLogger().handlers:
        handler.flush()
    (log_dir / "motcua-desk.log.1").write_text(f"old line {ID_NUMBER}\n", encoding="utf-8")
    machine = {"Hệ điều hành": "Windows-10", "Thư mục dữ liệu": "/home/lan/.local/share/x"}

    path = write_problem_report(log_dir, tmp_path / "out", machine, datetime(2026, 11, 23, 9))
    assert path.name == "bao-loi-motcua-20261123-090000.zip"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        text = "".join(archive.read(name).decode("utf-8") for name in names)
    assert set(names) == {"may-tinh.txt", "nhat-ky/motcua-desk.log", "nhat-ky/motcua-desk.log.1"}
    assert "Windows-10" in text and "phone [số] and id [số] refused" in text
    for personal in (PHONE, ID_NUMBER, "Nguyễn Văn An", "/home/lan/"):
        assert personal not in text, personal
    assert not list((tmp_path / "out").glob("*.part"))
    logging.getLogger().handlers.clear()


def test_without_a_log_folder_the_zip_still_describes_the_machine(tmp_path: Path) -> None:
    assert log_files(tmp_path / "none") == []
    path = write_problem_report(tmp_path / "none", tmp_path, {"a": "b"}, datetime(2026, 1, 2))
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["may-tinh.txt"]
