"""The benchmark suite still runs (python -m bench): a few figures on tiny data, no timings checked.

The figures themselves are measured by hand (docs/performance.md); this keeps the code from rotting
as the app changes under it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bench.__main__ import main, run, table
from bench.datasets import Sizes

TINY = Sizes(
    busy_commune=300, history=600, small=200, import_rows=50, communes=4, saves=3, handouts=2,
    repeats=1,
)  # fmt: skip


@pytest.fixture(autouse=True)
def _tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Sizes, "quick", classmethod(lambda cls: TINY))


def test_data_layer_figures_run(tmp_path: Path) -> None:
    figures = run(tmp_path, TINY, ["demo", "search", "export", "save"], say=lambda _t: None)
    assert [f.key for f in figures] == ["demo", "search", "export", "save"]
    for figure in figures:
        assert math.isfinite(figure.measured) and figure.measured > 0, figure
    assert figures[1].details["rows_on_first_page"]["nguyen thi hoa"] >= 0
    text = table(figures)
    assert "demo generating visits" in text and ("pass" in text or "FAIL" in text)


def test_document_figures_run(tmp_path: Path) -> None:
    figures = run(tmp_path, TINY, ["handout", "consolidation"], say=lambda _t: None)
    assert [f.key for f in figures] == ["handout", "handouts_stack", "consolidation"]
    assert figures[-1].details == {"communes": 4, "refused": 0}


def test_the_command_writes_its_results_file(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    status = main(
        ["--quick", "--only", "consolidation", "--out", str(out), "--keep", str(tmp_path)]
    )
    assert status in (0, 1)
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["quick"] is True
    assert {"cpu", "cores", "ram_gib", "os", "python", "qt", "sqlite", "date"} <= set(
        results["machine"]
    )
    assert results["figures"][0]["key"] == "consolidation"


def test_figures_measured_in_fresh_processes_run(tmp_path: Path) -> None:
    figures = run(tmp_path, TINY, ["startup", "desk_list", "import"], say=lambda _t: None)
    by_key = {figure.key: figure for figure in figures}
    assert set(by_key) == {"startup", "desk_list", "desk_list_memory", "import", "import_memory"}
    startup = by_key["startup"].details
    assert startup["floor_median_ms"] > 0 and startup["app_median_ms"] > 0
    assert startup["reportlab_imported_before_shown"] is False
    assert by_key["desk_list"].details["day_rows"] >= 0
    assert by_key["import"].details["full"]["invalid"] == 0
