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
    """Process start to the main window shown, on five years of a busy commune, vs a bare window."""
    db_file = str(ws.busy_commune())
    run_probe("startup-app", db_file)  # the first start after the demo warms the file cache
    app_times: list[float] = []
    bare_times: list[float] = []
    reportlab = False
    for _ in range(ws.sizes.repeats):
        seconds, _said = run_probe("startup-bare")
        bare_times.append(seconds * 1000)
        seconds, said = run_probe("startup-app", db_file)
        app_times.append(seconds * 1000)
        reportlab = reportlab or bool(said.get("imported_reportlab"))
    app_ms, bare_ms = median(app_times), median(bare_times)
    return Figure(
        "startup",
        f"start-up to the main window shown, {ws.sizes.busy_commune:,} visits, vs a bare window",
        app_ms / bare_ms,
        1.5,
        "×",
        details={
            "app_ms": app_times,
            "bare_ms": bare_times,
            "app_median_ms": app_ms,
            "bare_median_ms": bare_ms,
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
