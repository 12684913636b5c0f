"""Appointment dates skip weekends."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.appointments import add_working_days


def test_examples() -> None:
    friday = date(2026, 11, 20)
    assert add_working_days(friday, 0) == friday
    assert add_working_days(friday, 1) == date(2026, 11, 23)  # Monday
    assert add_working_days(friday, 5) == date(2026, 11, 27)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1)), st.integers(1, 60))
def test_the_result_is_a_weekday_with_exactly_n_working_days_between(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert end.weekday() < 5
    between = [start + timedelta(days=k) for k in range(1, (end - start).days + 1)]
    assert sum(day.weekday() < 5 for day in between) == n
