"""Digitization services: register, batch moves (all or nothing), the send-back loop, reuse,
files and their checksums, events and audit, figures in the daily summary, personal data."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.appointments import add_working_days
from models.commune import CommuneProfile
from models.daily_summary import compute_summary
from models.db import Database
from models.digitization import (
    DigitizationError,
    NewItem,
    book_volumes,
    create_items,
    due_working_days,
    move_items,
    reason_code,
    record_reuse,
    set_due_working_days,
)
from models.digitization_figures import digitization_figures, pages_per_clerk, pages_series
from models.digitization_files import attach_file, scan_folder, verify_files
from models.digitization_queries import (
    ItemFilter,
    events_of,
    list_items,
    resolve_ids,
    state_counts,
)
from models.digitization_workflow import WorkflowError
from models.entities import AuditEntry, DigitizationItem
from models.paths import AppPaths
from models.reference import ReferenceData
from models.retention import erase_old_personal_data
from models.summary_document import summary_document, write_csv
from tests.actors import admin, clerk


def _paper(reference: str = "H12.001-261123-0001", pages: int = 3, **extra: object) -> NewItem:
    fields: dict[str, object] = {
        "kind": "dossier_component",
        "reference": reference,
        "document_name": "Giấy chứng sinh",
        "pages": pages,
    }
    fields.update(extra)
    return NewItem(**fields)  # type: ignore[arg-type]


def _today(db: Database) -> date:
    return db.local_now().date()


def test_create_sets_received_due_date_event_and_audit(db: Database) -> None:
    [item_id] = create_items(db, [_paper(owner_name="Lê Thị Hoa")], actor="thu")
    [row] = list_items(db, today=_today(db))
    assert row.state == "received"
    assert row.received_date == _today(db)
    assert row.due_date == add_working_days(_today(db), 2)
    assert row.last_actor == "thu"
    [event] = events_of(db, item_id)
    assert (event.from_state, event.to_state, event.actor) == (None, "received", "thu")
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == item_id)).one()
    assert entry.action == "create"
    assert "Lê Thị Hoa" not in (entry.after or "")  # the audit names the paper, not its owner


def test_the_due_date_follows_the_setting(db: Database) -> None:
    assert due_working_days(db) == 2
    set_due_working_days(db, 5, actor=admin())
    assert due_working_days(db) == 5
    create_items(db, [_paper()], actor="thu")
    [row] = list_items(db, today=_today(db))
    assert row.due_date == add_working_days(_today(db), 5)
    with pytest.raises(Exception, match="quản trị"):
        set_due_working_days(db, 3, actor=clerk())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"reference": "  "}, "số hiệu"),
        ({"document_name": ""}, "tên tài liệu"),
        ({"pages": 0}, "Số trang"),
        ({"kind": "photo"}, "Loại tài liệu"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, change: dict[str, object], message: str
) -> None:
    with pytest.raises(DigitizationError, match=message):
        create_items(db, [_paper(), _paper(**change)], actor="thu")
    assert list_items(db, today=_today(db)) == []


def test_a_whole_book_is_one_item_per_volume(db: Database) -> None:
    items = book_volumes("Sổ đăng ký khai sinh", 1998, 3, [120, 98, 143])
    ids = create_items(db, items, actor="thu")
    rows = list_items(db, today=_today(db))
    assert len(ids) == 3
    assert sorted(r.reference for r in rows) == [
        f"Sổ đăng ký khai sinh – quyển {n}/3 – 1998" for n in (1, 2, 3)
    ]
    assert sum(r.pages for r in rows) == 361
    assert {r.kind for r in rows} == {"civil_status_book"}
    with pytest.raises(DigitizationError):
        book_volumes("Sổ", 1998, 3, [1, 2])


def test_a_batch_moves_one_step_each(db: Database) -> None:
    ids = create_items(db, [_paper("A"), _paper("B")], actor="thu")
    move_items(db, ids, actor="thu")
    assert state_counts(db)["scanned"] == 2
    move_items(db, ids[:1], actor="lan")
    assert {r.reference: r.state for r in list_items(db, today=_today(db))} == {
        "A": "checked",
        "B": "scanned",
    }


def test_a_batch_with_one_refused_item_moves_nothing(db: Database) -> None:
    ids = create_items(db, [_paper("A"), _paper("B")], actor="thu")
    move_items(db, ids[:1], actor="thu")  # A scanned, B still received
    with pytest.raises(WorkflowError) as refused:
        move_items(db, ids, to_state="checked", actor="thu")
    assert "cả lô" in refused.value.message
    assert "B" in refused.value.message
    states = {r.reference: r.state for r in list_items(db, today=_today(db))}
    assert states == {"A": "scanned", "B": "received"}
    assert len(events_of(db, ids[0])) == 2  # no event was written for the refused batch


def test_the_send_back_loop(db: Database) -> None:
    [item_id] = create_items(db, [_paper()], actor="thu")
    move_items(db, [item_id], actor="thu")  # scanned
    move_items(db, [item_id], actor="lan")  # checked
    move_items(db, [item_id], to_state="scan_again", reason="missing_page", note="thiếu trang 2",
               actor="lan")  # fmt: skip
    [row] = list_items(db, today=_today(db))
    assert (row.state, row.flag_reason, row.flag_note) == ("scan_again", "missing_page",
                                                             "thiếu trang 2")  # fmt: skip
    with pytest.raises(WorkflowError):
        move_items(db, [item_id], to_state="checked", actor="thu")
    move_items(db, [item_id], actor="thu")  # scanned again, still flagged for the checker
    [row] = list_items(db, today=_today(db))
    assert row.state == "scanned" and row.flagged
    move_items(db, [item_id], actor="lan")  # passes the check
    [row] = list_items(db, today=_today(db))
    assert row.state == "checked" and not row.flagged
    path = [(e.from_state, e.to_state) for e in events_of(db, item_id)]
    assert path == [
        (None, "received"),
        ("received", "scanned"),
        ("scanned", "checked"),
        ("checked", "scan_again"),
        ("scan_again", "scanned"),
        ("scanned", "checked"),
    ]
    assert events_of(db, item_id)[3].reason == "missing_page"


def test_a_send_back_without_a_reason_is_refused(db: Database) -> None:
    ids = create_items(db, [_paper()], actor="thu")
    move_items(db, ids, actor="thu")
    with pytest.raises(WorkflowError, match="lý do"):
        move_items(db, ids, to_state="scan_again", actor="lan")


def test_final_items_leave_the_open_list(db: Database) -> None:
    ids = create_items(db, [_paper()], actor="thu")
    for _ in range(5):
        move_items(db, ids, actor="thu")
    assert list_items(db, today=_today(db)) == []
    [row] = list_items(db, ItemFilter(include_final=True), today=_today(db))
    assert row.state == "returned"
    with pytest.raises(WorkflowError, match="bước cuối"):
        move_items(db, ids, actor="thu")


def test_filters_overdue_kind_clerk_text(db: Database) -> None:
    today = _today(db)
    old = today - timedelta(days=10)
    create_items(
        db,
        [
            _paper("CU", received_date=old, owner_name="Trần Văn Bình"),
            _paper("MOI", kind="result"),
        ],
        actor="thu",
    )
    assert [r.reference for r in list_items(db, ItemFilter(overdue=True), today=today)] == ["CU"]
    [late] = list_items(db, ItemFilter(overdue=True), today=today)
    assert late.overdue(today) and late.age_days(today) == 10
    assert [r.reference for r in list_items(db, ItemFilter(kind="result"), today=today)] == ["MOI"]
    assert len(list_items(db, ItemFilter(clerk="THU"), today=today)) == 2
    assert list_items(db, ItemFilter(clerk="lan"), today=today) == []
    assert [r.reference for r in list_items(db, ItemFilter(text="tran van"), today=today)] == ["CU"]


def test_reuse_is_recorded_and_counted(db: Database) -> None:
    [item_id] = create_items(db, [_paper()], actor="thu")
    with pytest.raises(DigitizationError, match="chưa có"):
        record_reuse(db, item_id, "H12-0002", actor="thu")
    move_items(db, [item_id], actor="thu")
    record_reuse(db, item_id, "h12-0002", actor="thu")
    record_reuse(db, item_id, "H12-0003", actor="thu")
    [row] = list_items(db, today=_today(db))
    assert row.reused == 2
    assert digitization_figures(db, _today(db), _today(db)).reused == 2


def test_reason_text_maps_to_codes() -> None:
    assert reason_code("blurred") == ("blurred", "")
    assert reason_code("Ảnh mờ") == ("blurred", "")
    assert reason_code("thieu trang") == ("missing_page", "")
    assert reason_code("Nhầm tài liệu") == ("wrong_document", "")
    assert reason_code("giấy bị rách") == ("other", "giấy bị rách")
    assert reason_code("") == (None, "")


def test_ids_resolve_from_prefixes(db: Database) -> None:
    [item_id] = create_items(db, [_paper()], actor="thu")
    assert resolve_ids(db, [item_id[:8], "zzzz"]) == ([item_id], ["zzzz"])


# --- files -------------------------------------------------------------------------------------


def test_a_changed_or_missing_file_is_found(db: Database, tmp_path: Path) -> None:
    a, b = create_items(db, [_paper("A"), _paper("B")], actor="thu")
    scan_a, scan_b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    scan_a.write_bytes(b"%PDF-1.4 trang 1")
    scan_b.write_bytes(b"%PDF-1.4 trang 1")
    attach_file(db, a, scan_a, actor="thu")
    attach_file(db, b, scan_b, actor="thu")
    assert verify_files(db) == (2, [])
    scan_a.write_bytes(b"%PDF-1.4 trang 2")  # same size, other bytes
    scan_b.unlink()
    checked, problems = verify_files(db)
    assert checked == 2
    assert {(p.reference, p.problem) for p in problems} == {("A", "changed"), ("B", "missing")}
    assert "đã bị thay đổi" in next(p for p in problems if p.reference == "A").describe()


def test_a_copy_in_the_scan_folder_is_what_is_recorded(db: Database, tmp_path: Path) -> None:
    [item_id] = create_items(db, [_paper()], actor="thu")
    scan = tmp_path / "quet.pdf"
    scan.write_bytes(b"%PDF-1.4 ban quet")
    folder = scan_folder(AppPaths.under(tmp_path / "home"))
    kept = attach_file(db, item_id, scan, actor="thu", copy_to=folder)
    assert kept.parent.parent == folder.resolve()
    scan.unlink()  # the USB stick is gone: the copy stays
    [row] = list_items(db, today=_today(db))
    assert row.file_path == str(kept) and row.file_size == len(b"%PDF-1.4 ban quet")
    assert verify_files(db) == (1, [])


def test_attaching_a_missing_or_wrong_kind_of_file_is_refused(db: Database, tmp_path: Path) -> None:
    [item_id] = create_items(db, [_paper()], actor="thu")
    with pytest.raises(DigitizationError, match="Không tìm thấy tệp"):
        attach_file(db, item_id, tmp_path / "khong-co.pdf", actor="thu")
    doc = tmp_path / "van-ban.docx"
    doc.write_bytes(b"x")
    with pytest.raises(DigitizationError, match="PDF"):
        attach_file(db, item_id, doc, actor="thu")


# --- figures -----------------------------------------------------------------------------------


def _day_of_work(db: Database) -> list[str]:
    ids = create_items(
        db,
        [
            _paper("A", pages=4),
            _paper("B", pages=6),
            _paper("KQ", pages=2, kind="result"),
            _paper("CHO", pages=9),
        ],
        actor="thu",
    )
    move_items(db, ids[:3], actor="thu")  # 3 scanned, 12 pages
    move_items(db, ids[:2], actor="lan")  # 2 checked
    move_items(db, ids[1:2], to_state="scan_again", reason="blurred", actor="lan")
    move_items(db, ids[1:2], actor="thu")  # re-scanned
    record_reuse(db, ids[0], "H12-9", actor="thu")
    return ids


def test_the_day_figures(db: Database) -> None:
    _day_of_work(db)
    today = _today(db)
    figures = digitization_figures(db, today, today)
    assert figures.as_dict() == {
        "documents_scanned": 3,
        "pages_scanned": 12,
        "documents_rescanned": 1,
        "documents_checked": 2,
        "pages_checked": 10,
        "sent_back": 1,
        "reused": 1,
        "results_digitized": 1,
        "backlog": {
            "received": 1,
            "scan_again": 0,
            "scanned": 2,
            "checked": 1,
            "signed": 0,
            "uploaded": 0,
        },
    }
    yesterday = today - timedelta(days=1)
    before = digitization_figures(db, yesterday, yesterday)
    assert before.documents_scanned == 0 and before.backlog_total == 0
    assert pages_series(db, yesterday, today)[-1].pages == 12
    assert pages_series(db, yesterday, today)[0].pages == 0
    assert pages_per_clerk(db, today, today) == [(today, "thu", 4, 18)]


def test_the_figures_are_in_the_daily_summary_and_its_files(
    db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    _day_of_work(db)
    today = _today(db)
    summary = compute_summary(db, ref, today, today)
    assert (summary.documents_digitized, summary.pages_digitized) == (3, 12)
    profile = CommuneProfile(code="04321", name="Xã Tân Hòa", upper_level="UBND tỉnh Lào Cai")
    from datetime import datetime

    doc = summary_document(summary, profile, ref, locked=False, generated_at=datetime(2026, 11, 23))
    assert doc["totals"]["documents_digitized"] == 3
    assert doc["totals"]["pages_digitized"] == 12
    assert doc["digitization"]["sent_back"] == 1
    assert doc["digitization"]["backlog"]["scanned"] == 2
    json.dumps(doc)  # serialisable as it stands
    write_csv(tmp_path / "bc.csv", summary, profile, ref, locked=False)
    text = (tmp_path / "bc.csv").read_text(encoding="utf-8-sig")
    assert "digitization,pages_scanned,Trang quét lần đầu,12" in text
    assert "digitization_backlog,scanned,Đã quét,2" in text


# --- personal data -----------------------------------------------------------------------------


def test_retention_erases_old_owner_names(db: Database) -> None:
    today = _today(db)
    create_items(
        db,
        [
            _paper("CU", received_date=today - timedelta(days=800), owner_name="Lê Văn Cũ"),
            _paper("MOI", owner_name="Lê Văn Mới"),
        ],
        actor="thu",
    )
    erase_old_personal_data(db, today, actor="admin")
    with db.reading() as session:
        names = dict(session.execute(select(DigitizationItem.reference,
                                            DigitizationItem.owner_name)).all())  # fmt: skip
        assert session.scalar(select(func.count()).select_from(DigitizationItem)) == 2
    assert names == {"CU": "", "MOI": "Lê Văn Mới"}


def test_a_persons_erase_request_clears_the_owner_of_their_papers(
    db: Database, ref: ReferenceData
) -> None:
    from models.person_request import PersonQuery, erase_person, find_person
    from tests.actors import chair
    from tests.models.test_daily_summary import ID_NUMBER, save_fixture_visits

    save_fixture_visits(db, ref)
    query = PersonQuery(id_number=ID_NUMBER)
    visit_id = find_person(db, chair(), query)[0]
    create_items(
        db,
        [_paper("CUA-HO", visit_id=visit_id, owner_name="Chủ giấy"),
         _paper("KHAC", owner_name="Người khác")],
        actor="thu",
    )  # fmt: skip
    erase_person(db, chair(), query)
    owners = {r.reference: r.owner_name for r in list_items(db, today=_today(db))}
    assert owners == {"CUA-HO": "", "KHAC": "Người khác"}


def test_a_locked_day_takes_no_more_moves(db: Database) -> None:
    from models.day_lock import lock_day, reopen_day
    from tests.actors import chair

    ids = create_items(db, [_paper()], actor="thu")
    lock_day(db, _today(db), actor=chair())
    with pytest.raises(WorkflowError, match="đã chốt số liệu"):
        move_items(db, ids, actor="thu")
    with pytest.raises(WorkflowError, match="đã chốt số liệu"):
        create_items(db, [_paper("B")], actor="thu")
    assert state_counts(db)["received"] == 1
    reopen_day(db, _today(db), actor=chair(), reason="quét thêm")
    move_items(db, ids, actor="thu")
    assert state_counts(db)["scanned"] == 1
