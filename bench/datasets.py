"""The data sets of a run, generated once in a temporary folder by the app's own demo."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from models.access import Actor, Role
from models.commune import save_profile
from models.db import Database
from models.idhash import IdHasher
from models.opening import open_database

BENCH_KEY = IdHasher(b"bench-key-".ljust(32, b"."))
ACTOR = "bench"
ADMIN = Actor(username="bench", role=Role.ADMIN, full_name="Người đo")
HISTORY_DAYS = 3650


def url_of(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path.as_posix()}"


def open_bench_db(path: Path) -> Database:
    """Open (and migrate) a bench database as the app opens its own."""
    return open_database(url_of(path), hasher=BENCH_KEY)


@dataclass(frozen=True)
class Sizes:
    """How big each data set is: the issue's sizes, or small ones for ``--quick``."""

    busy_commune: int  # five years of a busy commune: start-up and saves
    history: int  # the large history: export, search, the desk list
    small: int  # the small history export-daily is compared with
    import_rows: int
    communes: int
    saves: int
    handouts: int
    repeats: int  # runs of each start-up, median taken

    @classmethod
    def full(cls) -> Sizes:
        return cls(275_000, 1_000_000, 10_000, 100_000, 3_321, 1_000, 100, 5)

    @classmethod
    def quick(cls) -> Sizes:
        return cls(5_000, 20_000, 2_000, 2_000, 100, 50, 5, 1)


@dataclass
class Workspace:
    """The temporary folder of one run, and the databases made in it (each made once)."""

    root: Path
    sizes: Sizes
    made: dict[str, Path] = field(default_factory=dict)
    demo_rates: dict[str, float] = field(default_factory=dict)

    def database(self, name: str, visits: int, days: int) -> Path:
        """A database of about ``visits`` demo visits over ``days`` days, made on first use."""
        if name in self.made:
            return self.made[name]
        path = self.root / f"{name}.sqlite3"
        if path.exists():  # made by an earlier run with --keep: reused (no demo rate then)
            self.made[name] = path
            return path
        db = open_bench_db(path)
        try:
            save_profile(db, actor=ADMIN, code="99999", name="Xã Thử Nghiệm")
            # The demo is imported here: the start-up probe imports this module, and the app
            # does not load the demo generator at start.
            from models.demo import generate_demo
            from models.demo_tables import WEEKDAY_FACTORS

            # The share of calendar days a desk works, weighted as the demo weights them.
            day_weight = sum(WEEKDAY_FACTORS) / 7 * 0.99
            per_day = max(1.0, visits / (days * day_weight))
            started = time.perf_counter()
            summary = generate_demo(db, days=days, seed=9, per_day_mean=per_day, actor=ACTOR)
            self.demo_rates[name] = summary.visits / (time.perf_counter() - started)
        finally:
            db.dispose()
        self.made[name] = path
        return path

    def busy_commune(self) -> Path:
        """Five years of a busy commune (the start-up and save figures)."""
        return self.database("busy5y", self.sizes.busy_commune, 5 * 365)

    def history(self) -> Path:
        """Ten years of a very busy desk: the large history."""
        return self.database("history", self.sizes.history, HISTORY_DAYS)

    def small(self) -> Path:
        """The small history the export is compared with: as busy a desk, for fewer days.

        So a day of each holds about as many visits, and only the history behind it differs.
        """
        days = max(7, round(self.sizes.small * HISTORY_DAYS / self.sizes.history))
        return self.database("small", self.sizes.small, days)

    def copy(self, source: Path, name: str) -> Path:
        """A copy of a database, for a figure that writes into it."""
        target = self.root / f"{name}.sqlite3"
        shutil.copyfile(source, target)
        return target
