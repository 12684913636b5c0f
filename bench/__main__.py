"""``python -m bench [--quick] [--out FILE] [--only KEY ...] [--keep DIR]``: measure, print, save.

Prints a table (figure, measured, target, pass/fail) and writes the results with a description of
the machine as JSON (default bench/results.json; bench/results-quick.json with --quick). Exit
status 0 when every target holds, 1 otherwise. A full run takes about ten minutes on two cores;
``--quick`` uses small data sets and takes about a minute (its figures mean nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.datasets import Sizes, Workspace
from bench.figures_db import demo_figure, export_figure, save_figure, search_figure
from bench.figures_docs import consolidation_figure, handout_figures, import_figures
from bench.figures_gui import desk_list_figures, startup_figure
from bench.machine import describe_machine
from bench.result import Figure

HERE = Path(__file__).resolve().parent
# In the order they run: the large history (and the demo's rate) is made by the first that needs it.
FIGURES: dict[str, Callable[[Workspace], Figure | list[Figure]]] = {
    "demo": demo_figure,
    "search": search_figure,
    "desk_list": desk_list_figures,
    "export": export_figure,
    "import": import_figures,
    "startup": startup_figure,
    "save": save_figure,
    "handout": handout_figures,
    "consolidation": consolidation_figure,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data sets: a smoke test")
    parser.add_argument("--out", type=Path, help="the JSON results file")
    parser.add_argument(
        "--only", nargs="+", choices=sorted(FIGURES), metavar="KEY", help="run these figures only"
    )
    parser.add_argument(
        "--keep", type=Path, help="make the data sets in DIR and keep them (reused when there)"
    )
    return parser


def table(figures: list[Figure]) -> str:
    """The results as a plain-text table."""
    rows = [("figure", "measured", "target", "")]
    for figure in figures:
        sign = "≤" if figure.at_most else "≥"
        rows.append(
            (
                figure.title,
                figure.shown(figure.measured),
                f"{sign} {figure.shown(figure.target)}",
                "pass" if figure.passed else "FAIL",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def run(
    root: Path, sizes: Sizes, keys: list[str], say: Callable[[str], None] = print
) -> list[Figure]:
    """Measure the figures ``keys`` with data sets of ``sizes`` made under ``root``."""
    workspace = Workspace(root, sizes)
    figures: list[Figure] = []
    for key in keys:
        started = time.perf_counter()
        made = FIGURES[key](workspace)
        batch = made if isinstance(made, list) else [made]
        figures += batch
        for figure in batch:
            verdict = "pass" if figure.passed else "FAIL"
            say(f"  {figure.key}: {figure.shown(figure.measured)} ({verdict}) "
                f"[{time.perf_counter() - started:.0f} s]")  # fmt: skip
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; 0 when every target holds."""
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = Sizes.quick() if args.quick else Sizes.full()
    keys = args.only or list(FIGURES)
    out = args.out or HERE / ("results-quick.json" if args.quick else "results.json")
    machine = describe_machine()
    print(f"Measuring {len(keys)} figure(s) on {machine['cpu']} ({machine['cores']} cores)...")
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = run(args.keep, sizes, keys)
    else:
        # On the working disk, not a RAM-backed /tmp: saves are timed with real fsyncs.
        with tempfile.TemporaryDirectory(prefix="motcua-bench-", dir=HERE) as folder:
            figures = run(Path(folder), sizes, keys)
    print()
    print(table(figures))
    results = {
        "command": "python -m bench" + (" --quick" if args.quick else ""),
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine,
        "figures": [figure.as_json() for figure in figures],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nResults: {out}")
    return 0 if all(figure.passed for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
