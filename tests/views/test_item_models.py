"""The day's table model and its filter, without a window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from models.reference import ReferenceData
from models.visit_queries import VisitRow
from views.item_models import SearchKeyRole, VisitFilterProxy, VisitIdRole, VisitTableModel


def make_row(**changes: object) -> VisitRow:
    values: dict[str, object] = {
        "id": "a",
        "version": 1,
        "occurred_at": datetime(2026, 11, 23, 8, 5),
        "citizen_name": "Đặng Văn Ánh",
        "birth_year": 1950,
        "village": "Bản Nà Hang",
        "procedure_code": "1.001193",
        "procedure_name": "Đăng ký khai sinh",
        "assistance": ("file_on_behalf", "online_payment"),
        "channel": "online_full",
        "outcome": "submitted",
        "dossier_code": "H1-0001",
        "reason_code": None,
        "reason_text": "",
        "clerk_name": "Lê Thị Hoa",
        "phone_masked": "",
        "id_masked": "",
        "note": "",
    }
    values.update(changes)
    return VisitRow(**values)  # type: ignore[arg-type]


def test_cells_show_labels_from_the_reference_data(ref: ReferenceData) -> None:
    model = VisitTableModel(ref)
    model.set_rows([make_row()])
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == [
        "08:05",
        "Đặng Văn Ánh",
        "1950",
        "Bản Nà Hang",
        "Đăng ký khai sinh",
        "Nộp thay, Thanh toán",
        "Toàn trình",
        "Đã nộp",
        "H1-0001",
        "Lê Thị Hoa",
    ]
    assert model.index(0, 0).data(VisitIdRole) == "a"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "1.001193 · Đăng ký khai sinh"


def test_not_completed_rows_show_the_reason_and_stand_out(ref: ReferenceData) -> None:
    model = VisitTableModel(ref)
    model.set_rows(
        [
            make_row(
                outcome="not_completed",
                dossier_code=None,
                reason_code="other",
                reason_text="Mất sổ hộ khẩu",
            )
        ]
    )
    assert model.index(0, 8).data() == "Lý do khác: Mất sổ hộ khẩu"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_filter_matches_every_word_without_accents(ref: ReferenceData) -> None:
    model = VisitTableModel(ref)
    model.set_rows(
        [
            make_row(),
            make_row(
                id="b",
                citizen_name="Lò Thị Dung",
                village="Bản Pác",
                procedure_name="Đăng ký kết hôn",
                dossier_code="H2",
            ),
        ]
    )
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("dang anh")
    assert [proxy.index(r, 0).data(VisitIdRole) for r in range(proxy.rowCount())] == ["a"]
    proxy.set_query("  ")
    assert proxy.rowCount() == 2
    assert "ban na hang" in model.index(0, 0).data(SearchKeyRole)


def test_sorting_by_birth_year_is_numeric(ref: ReferenceData) -> None:
    model = VisitTableModel(ref)
    model.set_rows([make_row(id="a", birth_year=1999), make_row(id="b", birth_year=950 + 1000)])
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(VisitIdRole) for r in range(2)] == ["b", "a"]
