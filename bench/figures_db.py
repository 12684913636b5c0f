"""Figures of the data layer: saving a visit, export-daily, the name search, the demo's rate."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bench.datasets import ACTOR, Workspace, open_bench_db
from bench.result import Figure, median, percentile
from models.db import BUSY_TIMEOUT_MS
from models.entities import Visit
from models.reference import load_reference
from models.visit_input import VisitInput, validate_visit
from models.visit_search import search_visits
from models.visits import save_visit
from printing.daily_export import export_daily

SEARCHES = ("nguyen thi hoa", "tran van", "lo thi mai", "hoang", "dang huy", "vu ngoc lan", "ha")


def _bare_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the app's durability settings (models/db.py)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, occurred_at TEXT, "
        "citizen_name TEXT, name_folded TEXT, birth_year INTEGER, outcome TEXT, note TEXT)"
    )
    return connection


def _bare_insert(connection: sqlite3.Connection, number: int) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO bare (occurred_at, citizen_name, name_folded, birth_year, outcome, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (f"2026-11-23 08:{number % 60:02d}:00", "Nguyễn Thị Hoa", "nguyen thi hoa", 1960,
         "helped", ""),
    )  # fmt: skip
    connection.execute("COMMIT")


def save_figure(ws: Workspace) -> Figure:
    """A visit saved through save_visit vs a bare insert and commit, interleaved, p95 of each."""
    path = ws.copy(ws.busy_commune(), "saves")
    db = open_bench_db(path)
    bare = _bare_connection(ws.root / "bare.sqlite3")
    try:
        ref = load_reference(db)
        now = db.local_now().replace(microsecond=0)
        raw = VisitInput(
            occurred_at=now - timedelta(minutes=5),
            citizen_name="Nguyễn Thị Hoa",
            birth_year=1958,
            sex="female",
            village="Thôn Đồng Tâm",
            procedure_code="1.001193",
            assistance=["file_on_behalf", "portal_login"],
            channel="online_full",
            outcome="submitted",
            dossier_code="H12.34-261123-0001",
            clerk_name="Người đo",
        )
        clean, errors = validate_visit(raw, ref, now)
        assert clean is not None, errors
        app_times: list[float] = []
        bare_times: list[float] = []
        for number in range(ws.sizes.saves + 10):
            started = time.perf_counter()
            save_visit(db, clean, actor=ACTOR)
            app_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            _bare_insert(bare, number)
            bare_ms = (time.perf_counter() - started) * 1000
            if number >= 10:  # the first few warm the caches of both
                app_times.append(app_ms)
                bare_times.append(bare_ms)
    finally:
        bare.close()
        db.dispose()
    details = {
        "saves": len(app_times),
        "save_median_ms": median(app_times),
        "save_p95_ms": percentile(app_times, 0.95),
        "bare_median_ms": median(bare_times),
        "bare_p95_ms": percentile(bare_times, 0.95),
        "median_ratio": median(app_times) / median(bare_times),
    }
    return Figure(
        "save",
        "one visit save (save_visit) vs a bare insert and commit, p95",
        details["save_p95_ms"] / details["bare_p95_ms"],
        3.0,
        "×",
        details=details,
    )


def _busiest_recent_day(path: Path) -> date:
    db = open_bench_db(path)
    try:
        with db.reading() as session:
            last = session.scalar(select(func.max(Visit.local_date)))
    finally:
        db.dispose()
    assert last is not None, "the bench database holds no visits"
    return last - timedelta(days=(last.weekday() + 7) % 7)  # that week's Monday


def _export_ms(ws: Workspace, path: Path, day: date, runs: int) -> float:
    db = open_bench_db(path)
    times: list[float] = []
    try:
        for run in range(runs + 1):
            target = ws.root / f"export-{path.stem}-{run}.json"
            started = time.perf_counter()
            export_daily(db, day, day, "json", target, actor=ACTOR)
            if run:  # the first warms the caches
                times.append((time.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    return median(times)


def export_figure(ws: Workspace) -> Figure:
    """export-daily of one day with the large history vs with the small one."""
    big, small = ws.history(), ws.small()
    day = _busiest_recent_day(big)
    small_day = _busiest_recent_day(small)
    runs = 7
    big_ms = _export_ms(ws, big, day, runs)
    small_ms = _export_ms(ws, small, small_day, runs)
    return Figure(
        "export",
        f"export-daily JSON, {ws.sizes.history:,} visits vs {ws.sizes.small:,} in the database",
        big_ms / small_ms,
        1.5,
        "×",
        details={"large_ms": big_ms, "small_ms": small_ms, "day": day.isoformat()},
    )


def search_figure(ws: Workspace) -> Figure:
    """The first page of an accent-insensitive name search over the large history (worst query)."""
    db = open_bench_db(ws.history())
    per_query: dict[str, float] = {}
    found: dict[str, int] = {}
    try:
        search_visits(db, "nguyen")  # opens the connection and warms the page cache
        for query in SEARCHES:
            times = []
            for _ in range(5):
                started = time.perf_counter()
                page = search_visits(db, query)
                times.append((time.perf_counter() - started) * 1000)
            per_query[query] = median(times)
            found[query] = len(page.rows)
    finally:
        db.dispose()
    worst = max(per_query, key=per_query.__getitem__)
    return Figure(
        "search",
        f"accent-insensitive name search over {ws.sizes.history:,} visits (first page, worst)",
        per_query[worst],
        100.0,
        "ms",
        details={"median_ms_by_query": per_query, "rows_on_first_page": found, "worst": worst},
    )


def demo_figure(ws: Workspace) -> Figure:
    """The demo's rate while it generated the large history."""
    ws.history()
    rate = ws.demo_rates.get("history", 0.0)
    return Figure(
        "demo",
        "demo generating visits",
        rate,
        50_000.0,
        "visits/s",
        at_most=False,
        details={"rates_by_data_set": ws.demo_rates, "at": datetime.now().isoformat()},
    )
