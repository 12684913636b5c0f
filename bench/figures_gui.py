"""Figures of the screens, each in a fresh process: start-up, and the desk list's first rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.datasets import Workspace
from bench.result import Figure, median

ROOT = Path(__file__).resolve().parent.parent


def run_probe(name: str, *args: str, wait_for: str | None = None) -> tuple[float, dict[str, Any]]:
    """Run ``bench.probes NAME ARGS``; return the seconds until it printed and its JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.probes", name, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - started
    _out, err = process.communicate(timeout=600)
    if process.returncode != 0 or not line:
        raise RuntimeError(f"probe {name} failed: {err.strip()[-2000:]}")
    return seconds, json.loads(line)


def startup_figure(ws: Workspace) -> Figure:
    """Process start to the main window shown, on five years of a busy commune, vs a bare window.

    The details add the floor under it: the bare window plus SQLAlchemy imported and connected.
    """
    db_file = str(ws.busy_commune())
    run_probe("startup-app", db_file)  # the first start after the demo warms the file cache
    times: dict[str, list[float]] = {"app": [], "bare": [], "floor": []}
    reportlab = False
    for _ in range(ws.sizes.repeats):
        seconds, _said = run_probe("startup-bare")
        times["bare"].append(seconds * 1000)
        seconds, said = run_probe("startup-app", db_file)
        times["app"].append(seconds * 1000)
        reportlab = reportlab or bool(said.get("imported_reportlab"))
        seconds, _said = run_probe("startup-floor", db_file)
        times["floor"].append(seconds * 1000)
    app_ms, bare_ms, floor_ms = (median(times[key]) for key in ("app", "bare", "floor"))
    return Figure(
        "startup",
        f"start-up to the main window shown, {ws.sizes.busy_commune:,} visits, vs a bare window",
        app_ms / bare_ms,
        1.5,
        "×",
        details={
            "app_ms": times["app"],
            "bare_ms": times["bare"],
            "floor_ms": times["floor"],
            "app_median_ms": app_ms,
            "bare_median_ms": bare_ms,
            "floor_median_ms": floor_ms,
            "floor_ratio": floor_ms / bare_ms,
            "reportlab_imported_before_shown": reportlab,
        },
    )


def desk_list_figures(ws: Workspace) -> list[Figure]:
    """The day's list and a full-history search on the large history: first rows, memory."""
    _seconds, said = run_probe("desk-list", str(ws.history()), "nguyen")
    first_rows = max(said["day_list_ms"], said["search_first_rows_ms"])
    return [
        Figure(
            "desk_list",
            f"desk list and full-history search, {ws.sizes.history:,} visits: first rows shown",
            first_rows,
            200.0,
            "ms",
            details=said,
        ),
        Figure(
            "desk_list_memory",
            f"desk list and full-history search, {ws.sizes.history:,} visits: memory growth",
            said["memory_growth_mib"],
            100.0,
            "MiB",
            details=said,
        ),
    ]
