"""A new visit's audit "after" is the text the json module writes, character for character."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from models.audit_json import AFTER_KEYS, after_json, json_value
from models.entities import Visit
from models.visits import snapshot

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(),
    st.lists(st.text(), max_size=4),
    st.lists(st.one_of(st.none(), st.integers(), st.text()), max_size=3),
    st.floats(allow_nan=True),
    st.datetimes(),
)


@given(st.lists(values, min_size=len(AFTER_KEYS), max_size=len(AFTER_KEYS)))
def test_after_json_is_what_json_dumps_writes(row: list[object]) -> None:
    expected = json.dumps(dict(zip(AFTER_KEYS, row, strict=True)), ensure_ascii=False, default=str)
    assert after_json(row) == expected


@given(values)
def test_each_value_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert json_value(value) == json.dumps(value, ensure_ascii=False, default=str)


def test_the_keys_are_the_snapshots_in_its_order() -> None:
    visit = Visit(occurred_at=datetime(2026, 11, 20, 8, 15, tzinfo=UTC), citizen_name="An")
    assert tuple(snapshot(visit)) == AFTER_KEYS
