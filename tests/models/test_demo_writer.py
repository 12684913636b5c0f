"""The demo writer's bulk run leaves the process as it found it."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from models.db import Database
from models.demo import generate_demo
from models.demo_writer import write_demo_visits


def test_the_demo_collects_cycles_again_after_its_run(db: Database) -> None:
    assert gc.isenabled()
    generate_demo(db, days=3, seed=1)
    assert gc.isenabled()


def test_a_failed_demo_collects_cycles_again(db: Database) -> None:
    def failing() -> object:
        assert not gc.isenabled()  # the run itself goes without
        raise RuntimeError
        yield

    with pytest.raises(RuntimeError):
        write_demo_visits(
            db, failing(), seed=1, actor="demo", first=date(2026, 1, 1), last=date(2026, 1, 2)
        )  # type: ignore[arg-type]
    assert gc.isenabled()
