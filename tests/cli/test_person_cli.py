"""``person find|export|erase`` through the real parser."""

from __future__ import annotations

from pathlib import Path

from models.db import Database
from models.reference import ReferenceData
from tests.actors import chair
from tests.cli.runner import Runner
from tests.models.test_daily_summary import ID_NUMBER, save_fixture_visits


def test_find_copy_then_erase_one_person(db: Database, ref: ReferenceData, tmp_path: Path) -> None:
    save_fixture_visits(db, ref)
    run = Runner(db, tmp_path / "home", user=chair())
    assert run("person", "find", "--id-number", ID_NUMBER) == 0
    assert "Tìm thấy 2 lượt" in run.out.getvalue()
    out = tmp_path / "ban-sao.xlsx"
    assert run("person", "export", "--id-number", ID_NUMBER, "--out", out) == 0
    assert out.exists()
    assert run("person", "erase", "--id-number", ID_NUMBER) == 1
    assert "--yes" in run.err.getvalue()
    assert run("person", "erase", "--id-number", ID_NUMBER, "--yes") == 0
    assert run("person", "find", "--id-number", ID_NUMBER) == 0
    assert "Tìm thấy 0 lượt" in run.out.getvalue()
    assert run("person", "find", "--name", "Lò Thị Mỷ") == 1
    assert "năm sinh" in run.err.getvalue()
