"""Mapping a logbook's columns by hand: the mapping file, the preview's columns, the import."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.db import Database
from models.import_mapping import (
    FORMAT,
    LABEL_KINDS,
    ImportMapping,
    layout_key,
    load_mapping,
    mapping_from_json,
    save_mapping,
)
from models.import_memory import load_memory
from models.legacy_import import read_legacy_table, read_source, table_from
from models.records_format import COLUMNS, NAME, NOTE, RecordsError
from models.records_import import ImportOptions, import_records
from models.text import clean
from models.visit_queries import visits_between
from tests.models.legacy_books import DAYS, ODD_NAMES, odd_logbook

NOW = datetime(2026, 1, 1, 12, 0)
BY_HAND = ImportMapping(columns={"Người đến làm việc": NAME, "Việc cần làm": None})

texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda t: bool(clean(t)) and t == clean(t)
)  # as a clerk's text is stored: NFC
mappings = st.builds(
    ImportMapping,
    columns=st.dictionaries(texts, st.one_of(st.none(), st.sampled_from(COLUMNS)), max_size=6),
    procedures=st.dictionaries(texts, texts, max_size=4),
    labels=st.dictionaries(
        st.sampled_from(LABEL_KINDS), st.dictionaries(texts, texts, min_size=1, max_size=3)
    ),
)


@given(mappings)
def test_a_saved_mapping_reloads_equal(mapping: ImportMapping) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ghep-cot.json"
        save_mapping(path, mapping)
        assert load_mapping(path) == mapping


def test_the_file_is_readable_json_with_vietnamese_as_written(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    save_mapping(path, BY_HAND)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "format": FORMAT,
        "version": 1,
        "columns": {"Người đến làm việc": "Họ và tên", "Việc cần làm": None},
    }
    assert "Người đến" in path.read_text(encoding="utf-8")  # not \u escapes


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "hỏng (dòng 1"),
        ("[1, 2]", "không phải tệp cách ghép cột"),
        ('{"format": "other"}', "không phải tệp cách ghép cột"),
        ('{"version": 9}', "phiên bản 9"),
        ('{"columns": {"A": "Tên"}}', "không phải cột của mẫu"),
        ('{"columns": ["A"]}', "phải là một bảng"),
        ('{"columns": {"A": 5}}', "phải ghi một giá trị chữ"),
        ('{"procedures": {"A": null}}', "phải ghi một giá trị chữ"),
        ('{"colums": {}}', "mục không biết: «colums»"),
    ],
)
def test_a_bad_mapping_file_is_refused_in_vietnamese(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecordsError) as refused:
        load_mapping(path)
    assert says in refused.value.message


def test_a_missing_mapping_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="Không tìm thấy tệp cách ghép cột"):
        load_mapping(tmp_path / "none.json")


def test_column_names_in_a_mapping_may_lack_accents() -> None:
    mapping = mapping_from_json({"columns": {"Người đến": "ho va ten"}}, "m.json")
    assert mapping.columns == {"Người đến": NAME}
    assert mapping.column_for("NGUOI  DEN") == (True, NAME)
    assert mapping.column_for("Khác") == (False, None)


def test_without_a_mapping_an_unknown_required_column_is_refused(tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    with pytest.raises(RecordsError, match="thiếu cột bắt buộc «Họ và tên»"):
        read_legacy_table(path)


def test_the_wizard_reads_it_anyway_and_the_mapping_fills_the_column(tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    source = read_source(path, strict=False)
    assert source.header_index == 1  # under the title, found by the names it does know
    assert "Người đến làm việc" in source.headers
    unmapped = table_from(source, strict=False)
    assert any("«Họ và tên»" in problem for problem in unmapped.problems)
    mapped = table_from(source, BY_HAND)
    assert mapped.problems == []
    assert [row.get(NAME) for row in mapped.rows] == ODD_NAMES
    assert mapped.column_mapping()["Người đến làm việc"] == NAME
    assert mapped.column_mapping()["Việc cần làm"] is None
    to_note = table_from(source, ImportMapping({**BY_HAND.columns, "Việc cần làm": NOTE}))
    assert to_note.rows[0].get(NOTE) == "Làm giấy khai sinh"


def test_one_column_of_ours_filled_twice_is_a_problem(tmp_path: Path) -> None:
    source = read_source(odd_logbook(tmp_path / "so.xlsx"), strict=False)
    twice = ImportMapping({**BY_HAND.columns, "Việc cần làm": NAME})
    assert "nhiều cột của tệp" in table_from(source, twice, strict=False).problems[0]
    with pytest.raises(RecordsError, match="nhiều cột của tệp"):
        table_from(source, twice)


def test_leaving_out_a_recognised_column(tmp_path: Path) -> None:
    source = read_source(odd_logbook(tmp_path / "so.xlsx"), strict=False)
    table = table_from(source, ImportMapping({**BY_HAND.columns, "Kết quả": None}), strict=False)
    assert "Kết quả" in table.ignored_columns
    assert any("«Kết quả»" in problem for problem in table.problems)  # required


def test_the_layout_key_ignores_accents_case_and_blank_cells() -> None:
    assert layout_key(["Ngày", "", "Họ tên"]) == layout_key(["NGAY", "ho  ten"])
    assert layout_key(["Ngày", "Họ tên"]) != layout_key(["Họ tên", "Ngày"])


def test_an_import_with_a_mapping_is_remembered_for_the_layout(
    db: Database, tmp_path: Path
) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    mapping = ImportMapping(
        BY_HAND.columns,
        procedures={"Dang ky khai sinh cho tre": "1.001193"},
        labels={"assistance": {"Cài app trên điện thoại": "vneid"}},
    )
    dry = import_records(
        db, path, actor="nhap", now=NOW, dry_run=True, options=ImportOptions(mapping=mapping)
    )
    assert dry.accepted and dry.added == 3
    assert load_memory(db).layouts == {}  # a dry run remembers nothing
    report = import_records(db, path, actor="nhap", now=NOW, options=ImportOptions(mapping=mapping))
    assert report.written, [e.describe() for e in report.invalid]
    assert sorted(v.citizen_name for v in visits_between(db, *DAYS)) == sorted(ODD_NAMES)
    memory = load_memory(db)
    layout = read_source(path, strict=False).layout
    remembered = memory.mapping_for(layout)
    assert remembered is not None
    assert remembered.columns["Người đến làm việc"] == NAME
    assert remembered.columns["Việc cần làm"] is None
    assert memory.aliases.procedure_for("DANG KY KHAI SINH CHO TRE") == "1.001193"
    assert memory.aliases.label_for("assistance", "cai app tren dien thoai") == "vneid"
