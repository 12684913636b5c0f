"""Consolidation of the digitization figures: old files without the section still count."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from models.consolidate import consolidate
from models.consolidate_writers import consolidation_document
from models.summary_document import with_checksum
from tests.models.test_consolidate import make_doc, save


def _with_digitization(doc: dict[str, object], scanned: int, backlog: int) -> dict[str, object]:
    section = {
        "documents_scanned": scanned,
        "pages_scanned": scanned * 10,
        "sent_back": 1,
        "backlog": {"received": backlog, "scanned": 1},
    }
    totals = dict(doc["totals"])  # type: ignore[call-overload]
    totals.update({"documents_digitized": scanned, "pages_digitized": scanned * 10})
    return with_checksum({**doc, "totals": totals, "digitization": section})


def test_new_files_are_summed_and_old_files_still_count(tmp_path: Path) -> None:
    old = make_doc("00001", "Xã Cũ", 5)  # written before digitization existed
    old.pop("digitization")
    save(tmp_path, "old.json", with_checksum(old))
    save(tmp_path, "a.json", _with_digitization(make_doc("00002", "Xã A", 6), 3, 4))
    save(tmp_path, "b.json", _with_digitization(make_doc("00003", "Xã B", 7), 2, 5))
    result = consolidate(sorted(tmp_path.glob("*.json")))
    assert result.refused == []
    assert len(result.rows) == 3
    assert result.totals.totals["documents_digitized"] == 5
    assert result.totals.totals["pages_digitized"] == 50
    assert result.digitization == {"documents_scanned": 5, "pages_scanned": 50, "sent_back": 2}
    assert result.backlog == {"received": 9, "scanned": 2}
    doc = consolidation_document(result, datetime(2026, 11, 21, tzinfo=UTC))
    assert doc["digitization"]["backlog"] == {"received": 9, "scanned": 2}
    json.dumps(doc)


def test_a_backlog_is_taken_from_the_latest_day_of_a_commune(tmp_path: Path) -> None:
    day1 = make_doc("00002", "Xã A", 6, first=date(2026, 11, 19), last=date(2026, 11, 19))
    day2 = make_doc("00002", "Xã A", 6, first=date(2026, 11, 20), last=date(2026, 11, 20))
    save(tmp_path, "d1.json", _with_digitization(day1, 1, 7))
    save(tmp_path, "d2.json", _with_digitization(day2, 1, 3))
    result = consolidate(sorted(tmp_path.glob("*.json")))
    assert result.digitization["documents_scanned"] == 2  # a flow adds up over days
    assert result.backlog == {"received": 3, "scanned": 1}  # a stock does not


def test_a_malformed_section_refuses_the_file(tmp_path: Path) -> None:
    doc = with_checksum({**make_doc("00002", "Xã A", 6), "digitization": {"sent_back": -1}})
    save(tmp_path, "bad.json", doc)
    result = consolidate([tmp_path / "bad.json"])
    assert [note.file for note in result.refused] == ["bad.json"]
