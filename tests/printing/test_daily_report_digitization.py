"""The daily report's digitization table: flows of the day and the backlog at its end."""

from __future__ import annotations

from datetime import date

from models.daily_summary import DailySummary
from models.digitization_figures import DigitizationFigures
from models.reference import ReferenceData
from printing.daily_report_content import key_figures, report_tables


def test_the_report_has_a_digitization_table() -> None:
    figures = DigitizationFigures(documents_scanned=3, pages_scanned=12, sent_back=1)
    figures.backlog["scanned"] = 2
    summary = DailySummary(
        first=date(2026, 11, 23),
        last=date(2026, 11, 23),
        documents_digitized=3,
        pages_digitized=12,
        digitization=figures,
    )
    [table] = [t for t in report_tables(summary, ReferenceData()) if t.title.startswith("Số hóa")]
    rows = dict(table.rows)
    assert rows["Trang quét lần đầu"] == 12
    assert rows["Tài liệu trả lại quét lại"] == 1
    assert rows["Tồn cuối kỳ: đã quét"] == 2
    assert {f.label: f.value for f in key_figures(summary)}["Số trang tài liệu đã số hóa"] == 12
