"""The upper level's screen: a folder of communes' exports, one row per commune, refusals."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from models.commune import save_profile
from models.db import Database
from models.reference import load_reference
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from printing.daily_export import export_daily
from tests.actors import admin
from views.consolidation_screen import ConsolidationScreen

DAY = date(2026, 11, 23)


def commune_export(db: Database, folder: Path, code: str, name: str, visits: int) -> Path:
    save_profile(db, actor=admin("t"), code=code, name=name)
    ref = load_reference(db)
    for minute in range(visits):
        clean, _ = validate_visit(
            VisitInput(
                occurred_at=datetime(2026, 11, 23, 8, minute),
                citizen_name="Lê Văn Tám",
                assistance=["vneid"],
                outcome="helped",
            ),
            ref,
        )
        assert clean is not None
        save_visit(db, clean, actor="desk")
    path = folder / f"BC-NGAY_{code}_{DAY.isoformat()}.json"
    export_daily(db, DAY, DAY, "json", path, actor="chair")
    return path


def test_a_folder_of_exports_gives_a_row_per_commune_and_refuses_a_tampered_one(
    qtbot: QtBot, db: Database, other_db: Database, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    commune_export(db, inbox, "10507", "Xã Tân Lập", 3)
    second = commune_export(other_db, inbox, "10509", "Xã Minh Hòa", 2)
    tampered = json.loads(second.read_text("utf-8"))
    tampered["totals"]["visits"] = 200
    (inbox / "sua.json").write_text(json.dumps(tampered, ensure_ascii=False), "utf-8")

    screen = ConsolidationScreen(db)
    qtbot.addWidget(screen)
    screen.add_sources([inbox])
    table = screen.model
    rows = {table.index(r, 0).data(): table.index(r, 4).data() for r in range(table.rowCount())}
    assert rows == {"10507": 3, "10509": 2, "": 5}  # the totals row last, not doubled
    assert "sua.json" in screen.ui.notesEdit.toPlainText()
    assert "2 báo cáo của 2 xã" in screen.ui.summaryLabel.text()
    screen.save(tmp_path / "tong-hop.xlsx")
    assert (tmp_path / "tong-hop.xlsx").exists()
