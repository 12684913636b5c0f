"""The import's shortcuts write what the plain formulas they replace wrote, for any input."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from models.records_rows import _RowReader, cell_text
from models.text import clean, title_name
from models.visit_input import minute_text, normalise_dossier_code

# Letters, marks, digits and every kind of space a file or a keyboard sends.
texts = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u2001\u2028\u3000"),
        st.sampled_from("aAeđĐ\u0300\u0301\u0303\u0309\u0323ßİ"),
    )
)


@given(st.one_of(st.none(), texts))
def test_title_name_is_each_cleaned_word_capitalised(text: str | None) -> None:
    words = clean(text).split(" ")
    assert title_name(text) == " ".join([w[:1].upper() + w[1:].lower() for w in words])


@given(texts)
def test_a_dossier_code_is_its_cleaned_text_without_spaces_in_capitals(text: str) -> None:
    assert normalise_dossier_code(text) == "".join(clean(text).split()).upper()


@given(st.datetimes(timezones=st.one_of(st.none(), st.timezones())))
def test_minute_text_is_strftime(at: datetime) -> None:
    assert minute_text(at) == at.strftime("%Y-%m-%d %H:%M")


@given(st.one_of(st.none(), texts, st.integers(), st.floats(allow_nan=False)))
def test_the_row_reader_reads_a_cell_as_cell_text(value: object) -> None:
    reader = _RowReader.__new__(_RowReader)  # text() needs the cells only
    reader.cells = {"x": value}  # type: ignore[dict-item]
    assert reader.text("x") == reader.repeated_text("x") == cell_text(value)
