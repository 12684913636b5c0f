"""Client-made keys are RFC 9562 version-7 UUIDs: unique, and ordered by the time they were made."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from models.entities import new_id, uuid7_text


@given(st.integers(0, 2**48 - 1), st.integers(0, 2**80 - 1))
def test_the_text_is_a_version_7_uuid_carrying_its_milliseconds(ms: int, bits: int) -> None:
    made = uuid.UUID(uuid7_text(ms, bits))
    assert made.version == 7
    assert made.variant == uuid.RFC_4122
    assert made.int >> 80 == ms
    assert str(made) == uuid7_text(ms, bits)


@given(st.integers(0, 2**48 - 2), st.integers(0, 2**80 - 1), st.integers(0, 2**80 - 1))
def test_a_later_millisecond_sorts_later_as_text(ms: int, first: int, second: int) -> None:
    assert uuid7_text(ms, first) < uuid7_text(ms + 1, second)


def test_new_ids_are_unique_and_time_ordered() -> None:
    made = [new_id() for _ in range(2_000)]
    assert len(set(made)) == len(made)
    stamps = [uuid.UUID(value).int >> 80 for value in made]
    assert stamps == sorted(stamps)
