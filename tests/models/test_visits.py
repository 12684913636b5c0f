"""The visit services: validation rules, save/update/delete with their audit trail, queries."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.entities import AuditEntry, Visit
from models.reference import ReferenceData
from models.summary import day_counters
from models.visit_input import CleanVisit, VisitInput, validate_visit
from models.visit_queries import (
    QuickTemplate,
    frequent_templates,
    latest_template,
    load_for_edit,
    visits_between,
    visits_on,
)
from models.visits import VisitChanged, VisitNotFound, delete_visits, save_visit, update_visit
from tests.conftest import TEST_KEY

NOW = datetime(2026, 11, 23, 16, 0)  # the commune's local time, naive
ID_DIGITS = "001060012345"  # Hà Nội, a man born in 1960


def visit_input(**changes: Any) -> VisitInput:
    """A valid submitted visit, with ``changes`` applied."""
    base = VisitInput(
        occurred_at=datetime(2026, 11, 20, 9, 15),
        citizen_name="Nguyễn Văn An",
        birth_year=1960,
        sex="male",
        village="Thôn Đông",
        procedure_code="1.001193",
        assistance=["file_on_behalf"],
        channel="online_full",
        outcome="submitted",
        dossier_code="H12.34-261120-0001",
        clerk_name="Trần Thị Bình",
    )
    return dataclasses.replace(base, **changes)


def clean_visit(ref: ReferenceData, **changes: Any) -> CleanVisit:
    """The validated form of :func:`visit_input`; fails the test if it does not validate."""
    clean, errors = validate_visit(visit_input(**changes), ref, NOW)
    assert clean is not None, errors
    return clean


def error_fields(ref: ReferenceData, **changes: Any) -> set[str]:
    clean, errors = validate_visit(visit_input(**changes), ref, NOW)
    assert (clean is None) == bool(errors)
    return {error.field for error in errors}


def audit_entries(db: Database, visit_id: str) -> list[AuditEntry]:
    with db.reading() as session:
        query = select(AuditEntry).where(AuditEntry.entity_id == visit_id)
        return list(session.scalars(query.order_by(AuditEntry.id)))


def visit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


# ---------------------------------------------------------------- validation rules


def test_a_complete_submission_validates_and_normalises(ref: ReferenceData) -> None:
    clean = clean_visit(ref, dossier_code=" h12.34 -261120-0001 ", assistance=["digitize"] * 2)
    assert clean.dossier_code == "H12.34-261120-0001"
    assert clean.assistance == ("digitize",)
    assert clean.reason_code is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"procedure_code": ""}, "procedure"),
        ({"channel": None}, "channel"),
        ({"dossier_code": "   "}, "dossier_code"),
        ({"procedure_code": "9.999999"}, "procedure"),
        ({"assistance": []}, "assistance"),
        ({"assistance": ["teleport"]}, "assistance"),
        ({"outcome": ""}, "outcome"),
        ({"citizen_name": "   "}, "citizen_name"),
        ({"birth_year": "65"}, "birth_year"),
    ],
)
def test_a_submission_needs_its_fields(
    ref: ReferenceData, changes: dict[str, Any], field: str
) -> None:
    assert error_fields(ref, **changes) == {field}


def test_not_completed_needs_a_reason(ref: ReferenceData) -> None:
    assert error_fields(ref, outcome="not_completed", dossier_code="") == {"reason"}
    clean = clean_visit(ref, outcome="not_completed", reason_code="missing_papers")
    assert clean.reason_code == "missing_papers"


def test_other_reason_needs_its_text(ref: ReferenceData) -> None:
    changes = {"outcome": "not_completed", "reason_code": "other"}
    assert error_fields(ref, **changes, reason_text="  ") == {"reason"}
    clean = clean_visit(ref, **changes, reason_text=" Quên  mang giấy tờ ")
    assert clean.reason_text == "Quên mang giấy tờ"


def test_a_reason_is_dropped_when_the_visit_was_completed(ref: ReferenceData) -> None:
    clean = clean_visit(ref, reason_code="missing_papers", reason_text="x")
    assert clean.reason_code is None and clean.reason_text == ""


def test_a_phone_is_kept_only_with_consent(ref: ReferenceData) -> None:
    assert error_fields(ref, phone="0912345678", phone_consent=False) == {"phone"}
    assert error_fields(ref, phone="0912 345", phone_consent=True) == {"phone"}
    kept = clean_visit(ref, phone="+84 912.345.678", phone_consent=True)
    assert (kept.phone, kept.phone_consent) == ("0912345678", True)
    nothing = clean_visit(ref, phone="", phone_consent=True)
    assert (nothing.phone, nothing.phone_consent) == (None, False)


def test_a_visit_in_the_future_is_refused(ref: ReferenceData) -> None:
    assert error_fields(ref, occurred_at=NOW + timedelta(minutes=10)) == {"occurred_at"}
    # A desk clock a little behind the server is tolerated; earlier days are fine (paper log).
    assert error_fields(ref, occurred_at=NOW + timedelta(minutes=4)) == set()
    assert error_fields(ref, occurred_at=NOW - timedelta(days=400), birth_year=1960) == set()


def test_an_id_number_must_agree_with_the_birth_year(ref: ReferenceData) -> None:
    assert error_fields(ref, id_number=ID_DIGITS, birth_year=1961) == {"id_number"}
    clean = clean_visit(ref, id_number=" 001 060 012345 ")
    assert (clean.id_digits, clean.id_last4) == (ID_DIGITS, "2345")


def test_every_error_is_reported_at_once(ref: ReferenceData) -> None:
    fields = error_fields(
        ref, citizen_name="", procedure_code="", channel=None, dossier_code="", phone="09"
    )
    assert fields == {"citizen_name", "procedure", "channel", "dossier_code", "phone"}


def test_a_decomposed_name_is_stored_composed_and_title_cased(
    db: Database, ref: ReferenceData
) -> None:
    typed = unicodedata.normalize("NFD", "  nguyễn   THỊ ánh ")
    visit_id = save_visit(db, clean_visit(ref, citizen_name=typed, sex="female"), actor="t")
    with db.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        assert visit.citizen_name == "Nguyễn Thị Ánh"
        assert unicodedata.is_normalized("NFC", visit.citizen_name)
        assert visit.name_folded == "nguyen thi anh"


# ---------------------------------------------------------------- writes and the audit trail


def test_save_writes_the_visit_and_its_audit_entry(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean_visit(ref), actor="clerk-1")
    [entry] = audit_entries(db, visit_id)
    assert (entry.action, entry.entity, entry.actor) == ("create", "visit", "clerk-1")
    assert entry.before is None
    assert entry.after is not None and json.loads(entry.after)["citizen_name"] == "Nguyễn Văn An"
    [row] = visits_on(db, date(2026, 11, 20))
    assert (row.id, row.village, row.assistance) == (visit_id, "Thôn Đông", ("file_on_behalf",))


def _failing_audit(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("audit table unavailable")


def test_a_save_whose_audit_entry_fails_leaves_nothing(
    db: Database, ref: ReferenceData, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("models.audit.record", _failing_audit)
    with pytest.raises(RuntimeError):
        save_visit(db, clean_visit(ref), actor="t")
    assert visit_count(db) == 0


def test_update_and_delete_whose_audit_entry_fails_change_nothing(
    db: Database, ref: ReferenceData, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = save_visit(db, clean_visit(ref), actor="t")
    monkeypatch.setattr("models.audit.record", _failing_audit)
    with pytest.raises(RuntimeError):
        update_visit(db, visit_id, clean_visit(ref, note="sửa"), expected_version=1, actor="t")
    with pytest.raises(RuntimeError):
        delete_visits(db, [visit_id], actor="t")
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None
    assert (loaded[0].note, loaded[1]) == ("", 1)


def test_update_records_before_and_after(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean_visit(ref), actor="t")
    changed = clean_visit(
        ref, outcome="not_completed", reason_code="portal_error", channel=None, dossier_code=""
    )
    assert update_visit(db, visit_id, changed, expected_version=1, actor="clerk-2") == 2
    entry = audit_entries(db, visit_id)[-1]
    assert (entry.action, entry.actor) == ("update", "clerk-2")
    assert entry.before is not None and entry.after is not None
    assert json.loads(entry.before)["outcome"] == "submitted"
    assert json.loads(entry.after)["outcome"] == "not_completed"
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None
    form, version = loaded
    assert (form.outcome, form.reason_code, form.dossier_code, version) == (
        "not_completed",
        "portal_error",
        "",
        2,
    )


def test_a_stale_edit_raises_visit_changed(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean_visit(ref), actor="t")
    update_visit(db, visit_id, clean_visit(ref, note="bàn 1"), expected_version=1, actor="desk-1")
    with pytest.raises(VisitChanged):
        update_visit(db, visit_id, clean_visit(ref, note="bàn 2"), expected_version=1, actor="d2")
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None and loaded[0].note == "bàn 1"
    assert [e.action for e in audit_entries(db, visit_id)] == ["create", "update"]


def test_deleted_visits_vanish_from_the_day_and_its_counters(
    db: Database, ref: ReferenceData
) -> None:
    day = date(2026, 11, 20)
    kept = save_visit(db, clean_visit(ref), actor="t")
    second = clean_visit(ref, occurred_at=datetime(2026, 11, 20, 10, 0), citizen_name="Lê Thị Hoa")
    gone = save_visit(db, second, actor="t")
    assert day_counters(db, day).online_submissions == 2
    assert delete_visits(db, [gone], actor="clerk-3") == 1
    assert [row.id for row in visits_on(db, day)] == [kept]
    counters = day_counters(db, day)
    assert (counters.visits, counters.online_submissions, counters.not_completed) == (1, 1, 0)
    assert load_for_edit(db, gone) is None
    entry = audit_entries(db, gone)[-1]
    assert (entry.action, entry.actor, entry.after) == ("delete", "clerk-3", None)
    assert visit_count(db) == 2  # a soft delete: the row stays for the audit trail
    with pytest.raises(VisitNotFound):
        delete_visits(db, [gone], actor="t")
    with pytest.raises(VisitNotFound):
        update_visit(db, gone, clean_visit(ref), expected_version=1, actor="t")


def _database_files(db: Database) -> list[Path]:
    main = Path(str(db.engine.url.database))
    return [path for path in main.parent.glob(main.name + "*") if path.is_file()]


def test_the_id_number_is_never_stored_in_clear(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean_visit(ref, id_number="001 060 012 345"), actor="t")
    again = clean_visit(ref, id_number=ID_DIGITS, note="x")
    update_visit(db, visit_id, again, expected_version=1, actor="t")
    delete_visits(db, [visit_id], actor="t")
    with db.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        assert (visit.id_hash, visit.id_last4) == (TEST_KEY.hash(ID_DIGITS), "2345")
    files = _database_files(db)
    assert files, "the database file was not found"
    for path in files:  # the main file, and the -wal file while it exists
        content = path.read_bytes()
        assert ID_DIGITS.encode() not in content, path.name
        assert ID_DIGITS[:8].encode() not in content, path.name
    db.dispose()  # checkpoints the WAL into the main file
    for path in _database_files(db):
        assert ID_DIGITS.encode() not in path.read_bytes(), path.name


# ---------------------------------------------------------------- days and templates


def test_a_day_is_a_local_calendar_day(db: Database, ref: ReferenceData) -> None:
    just_after_midnight = datetime(2026, 3, 10, 0, 30)  # 17:30 UTC on 9 March
    late_evening = datetime(2026, 3, 10, 23, 50)  # 16:50 UTC on 10 March
    early = save_visit(db, clean_visit(ref, occurred_at=just_after_midnight), actor="t")
    save_visit(db, clean_visit(ref, occurred_at=late_evening, citizen_name="B"), actor="t")
    with db.reading() as session:
        visit = session.get(Visit, early)
        assert visit is not None
        assert visit.occurred_at == datetime(2026, 3, 9, 17, 30, tzinfo=UTC)
        assert visit.local_date == date(2026, 3, 10)
    rows = visits_on(db, date(2026, 3, 10))
    assert [row.occurred_at for row in rows] == [just_after_midnight, late_evening]
    assert visits_on(db, date(2026, 3, 9)) == []
    assert visits_on(db, date(2026, 3, 11)) == []
    assert day_counters(db, date(2026, 3, 10)).visits == 2
    assert day_counters(db, date(2026, 3, 9)).visits == 0
    assert len(visits_between(db, date(2026, 3, 9), date(2026, 3, 11))) == 2


def _save_combo(
    db: Database, ref: ReferenceData, day: date, times: int, **changes: Any
) -> list[str]:
    start = datetime.combine(day, time(8, 0))
    return [
        save_visit(
            db, clean_visit(ref, occurred_at=start + timedelta(minutes=n), **changes), actor="t"
        )
        for n in range(times)
    ]


VNEID = {"procedure_code": "", "assistance": ["vneid"], "channel": None, "outcome": "helped"}
RESIDENCE = {"procedure_code": "1.004222", "assistance": ["online_payment", "file_on_behalf"]}


def test_frequent_templates_count_the_last_30_days(db: Database, ref: ReferenceData) -> None:
    today = date(2026, 11, 20)
    _save_combo(db, ref, today - timedelta(days=29), 1)  # first day of the window
    _save_combo(db, ref, today, 2)
    _save_combo(db, ref, today - timedelta(days=3), 2, **VNEID)
    _save_combo(db, ref, today - timedelta(days=1), 1, **RESIDENCE)
    _save_combo(db, ref, today - timedelta(days=30), 4, **VNEID)  # just before the window
    deleted = _save_combo(db, ref, today, 5, procedure_code="1.004194")
    delete_visits(db, deleted, actor="t")
    assert frequent_templates(db, today) == [
        QuickTemplate("1.001193", ("file_on_behalf",), "online_full", 3),
        QuickTemplate(None, ("vneid",), None, 2),
        QuickTemplate("1.004222", ("file_on_behalf", "online_payment"), "online_full", 1),
    ]
    assert len(frequent_templates(db, today, limit=2)) == 2
    assert frequent_templates(db, today - timedelta(days=60)) == []


def test_frequent_templates_counted_by_sqlite_equal_those_counted_in_python(
    db: Database, ref: ReferenceData, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date(2026, 11, 20)
    _save_combo(db, ref, today, 3)
    _save_combo(db, ref, today - timedelta(days=2), 2, **VNEID)
    _save_combo(db, ref, today - timedelta(days=1), 4, **RESIDENCE)
    _save_combo(db, ref, today, 1, assistance=["vneid", "portal_login"])  # two codes, one set
    grouped = frequent_templates(db, today)
    assert db.is_sqlite
    monkeypatch.setattr(type(db), "is_sqlite", property(lambda _self: False))
    assert frequent_templates(db, today) == grouped
    assert [t.uses for t in grouped] == [4, 3, 2, 1]


def test_latest_template_is_the_last_saved_visit(db: Database, ref: ReferenceData) -> None:
    assert latest_template(db) is None
    _save_combo(db, ref, date(2026, 11, 20), 1)
    # Copied from the paper log afterwards: an earlier day, but the latest save.
    [older_day] = _save_combo(db, ref, date(2026, 11, 2), 1, **VNEID)
    assert latest_template(db) == QuickTemplate(None, ("vneid",), None)
    delete_visits(db, [older_day], actor="t")
    assert latest_template(db) == QuickTemplate("1.001193", ("file_on_behalf",), "online_full")
