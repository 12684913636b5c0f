"""The commune's own handout wording: it wins over the bundled file, is audited, exports and
imports all or nothing."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models.db import Database
from models.entities import AuditEntry, HandoutTextEdit
from models.handout_edits import (
    current_text,
    edited_codes,
    export_texts,
    import_texts,
    read_text_files,
    reset_text,
    save_text,
)
from models.handout_texts import HandoutTextError, handout_json, load_handout_text
from tests.actors import admin

CODE = "1.001193"


def audit_actions(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "handout_text"))
        return [(row.action, row.entity_id) for row in rows]


def test_an_edit_wins_and_a_reset_goes_back(db: Database) -> None:
    bundled = load_handout_text(CODE)
    new_step = "Mở ứng dụng VNeID, chọn «Thủ tục hành chính»."
    edited = replace(bundled, steps=(new_step, *bundled.steps[1:]))
    assert save_text(db, edited, actor=admin("Thư"))
    assert current_text(db, CODE).steps[0] == new_step
    assert edited_codes(db) == {CODE}
    assert not save_text(db, edited, actor=admin("Thư"))  # the same words again change nothing
    assert reset_text(db, CODE, actor=admin("Thư"))
    assert current_text(db, CODE) == bundled
    assert edited_codes(db) == set()
    assert audit_actions(db) == [("edit", CODE), ("reset", CODE)]


def test_saving_the_bundled_words_removes_the_edit(db: Database) -> None:
    bundled = load_handout_text(CODE)
    save_text(db, replace(bundled, fee="Miễn phí"), actor=admin("Thư"))
    save_text(db, bundled, actor=admin("Thư"))
    with db.reading() as session:
        assert session.scalars(select(HandoutTextEdit)).all() == []


def test_an_unknown_procedure_is_refused(db: Database) -> None:
    text = replace(load_handout_text(CODE), code="9.999999")
    with pytest.raises(HandoutTextError, match=r"9\.999999"):
        save_text(db, text, actor=admin("Thư"))


def test_export_then_import_elsewhere_carries_the_edit(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    edited = replace(load_handout_text(CODE), fee="Miễn lệ phí")
    save_text(db, edited, actor=admin("Thư"))
    written = export_texts(db, tmp_path / "texts")
    assert tmp_path / "texts" / f"{CODE}.json" in written
    result = import_texts(other_db, [tmp_path / "texts"], actor=admin("Lan"))
    assert result.problems == []
    assert result.changed == 1  # the other files are the bundled words: nothing to store
    assert current_text(other_db, CODE).fee == "Miễn lệ phí"
    assert audit_actions(other_db) == [("import", CODE)]


def test_one_bad_file_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    good = replace(load_handout_text(CODE), fee="Miễn lệ phí")
    (tmp_path / "a.json").write_text(handout_json(good), encoding="utf-8")
    broken = json.loads(handout_json(load_handout_text("1.000656")))
    broken["steps"] = []
    (tmp_path / "b.json").write_text(json.dumps(broken), encoding="utf-8")
    (tmp_path / "c.json").write_text("{", encoding="utf-8")
    result = import_texts(db, [tmp_path], actor=admin("Lan"))
    assert result.changed == 0
    assert [problem.split(":")[0] for problem in result.problems] == ["b.json", "c.json"]
    assert "chưa có dòng nào" in result.problems[0]
    assert "dòng 1" in result.problems[1]
    assert edited_codes(db) == set()


def test_a_procedure_twice_or_unknown_is_reported(db: Database, tmp_path: Path) -> None:
    text = load_handout_text(CODE)
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(handout_json(text), encoding="utf-8")
    unknown = replace(text, code="9.999999")
    (tmp_path / "c.json").write_text(handout_json(unknown), encoding="utf-8")
    problems = read_text_files(db, [tmp_path]).problems
    assert problems == [
        f"b.json: thủ tục {CODE} đã có trong a.json.",
        "c.json: không có thủ tục mã «9.999999» trong danh mục.",
    ]


def test_an_empty_folder_is_reported(db: Database, tmp_path: Path) -> None:
    assert read_text_files(db, [tmp_path]).problems == ["Không thấy tệp .json nào để nhập."]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=200))
def test_reading_any_bytes_never_raises(db: Database, data: bytes) -> None:
    # The database is shared by the examples: reading never writes to it.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        path.write_bytes(data)
        result = read_text_files(db, [path])
    assert len(result.problems) + len(result.texts) == 1
