"""The daily summary against figures counted by hand from a fixture of known visits.

The fixture (``save_fixture_visits``) is shared by the export and CLI tests; its personal details
(``PERSONAL``) must never appear in a file that leaves the commune.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from models.daily_summary import compute_summary
from models.db import Database
from models.entities import Visit
from models.reference import ReferenceData
from models.visit_input import CleanVisit, VisitInput, validate_visit
from models.visits import delete_visits, save_visit

EVE = date(2026, 11, 19)
DAY = date(2026, 11, 20)
NEXT_DAY = date(2026, 11, 21)
ID_NUMBER = "001050123456"  # 001 Hà Nội, 0 = man born in the 1900s, 50 = 1950
NAMES = (
    "Hoàng Văn Khải",
    "Hoàng Văn Khai",
    "Lò Thị Mỷ",
    "Vàng A Sùng",
    "Trần Văn Bảo",
    "Phạm Thị Hạnh",
    "Nguyễn Thị Mai",
    "Đỗ Văn Xóa",
    "Hà Văn Tư",
    "Lê Văn Trước",
)
VILLAGES = ("Bản Khe Cóc", "Thôn Nậm Pầu")
CLERKS = ("Đinh Thị Quyên", "Mai Văn Toàn")
BIRTH_YEARS = ("1950", "1990", "1940", "1985", "1962", "1970", "1958", "1977")
PERSONAL = (*NAMES, *VILLAGES, *CLERKS, ID_NUMBER, "H12.34-261120-0001")


def clean_visit(ref: ReferenceData, when: datetime, name: str, **changes: Any) -> CleanVisit:
    """A validated visit at local time ``when``."""
    values: dict[str, Any] = {"occurred_at": when, "citizen_name": name, "outcome": "helped"}
    values.update(changes)
    visit, errors = validate_visit(VisitInput(**values), ref)
    assert visit is not None, errors
    return visit


def _submitted(procedure: str, channel: str, number: int) -> dict[str, Any]:
    return {
        "procedure_code": procedure,
        "channel": channel,
        "outcome": "submitted",
        "dossier_code": f"H12.34-261120-{number:04d}",
    }


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """Local time on ``day``."""
    return datetime(day.year, day.month, day.day, hour, minute)


def fixture_visits(ref: ReferenceData) -> list[CleanVisit]:
    """Eight live visits on DAY, one deleted on DAY, one on NEXT_DAY, one late on EVE."""
    quyen, toan = CLERKS
    khe_coc, nam_pau = VILLAGES
    return [
        # 1: 00:30 local is 17:30 UTC the day before; it belongs to DAY.
        clean_visit(ref, at(0, 30), "Hoàng Văn Khải", birth_year=1950, sex="male",
                    id_number=ID_NUMBER, village=khe_coc, ethnic_minority=True,
                    assistance=["vneid", "file_on_behalf"], clerk_name=quyen,
                    service_seconds=600, **_submitted("1.001193", "online_full", 1)),
        # 2: the same person by ID number, name typed without its accents.
        clean_visit(ref, at(8), "Hoàng Văn Khai", birth_year=1950, sex="male",
                    id_number=ID_NUMBER, procedure_code="1.000656",
                    assistance=["status_lookup"], clerk_name=quyen, service_seconds=300),
        clean_visit(ref, at(9), "Lò Thị Mỷ", birth_year=1990, sex="female", village=nam_pau,
                    ethnic_minority=True, assistance=["guided_self_filing", "online_payment"],
                    clerk_name=toan, service_seconds=900,
                    **_submitted("1.000894", "online_partial", 2)),
        # 4: the same person by name and birth year.
        clean_visit(ref, at(10), "Lò Thị Mỷ", birth_year=1990, sex="female", village=nam_pau,
                    ethnic_minority=True, procedure_code="1.000894", assistance=["portal_login"],
                    outcome="not_completed", reason_code="otp_not_received", clerk_name=toan),
        clean_visit(ref, at(11), "Vàng A Sùng", birth_year=1940, sex="male", village=khe_coc,
                    ethnic_minority=True, disability=True, assistance=["vneid"],
                    outcome="not_completed", reason_code="vneid_not_activated",
                    clerk_name=quyen, service_seconds=1200),
        # 6: submitted in person: not an online submission.
        clean_visit(ref, at(13), "Trần Văn Bảo", birth_year=1985, sex="male",
                    assistance=["file_on_behalf"], clerk_name=toan, service_seconds=450,
                    **_submitted("1.004222", "in_person", 3)),
        clean_visit(ref, at(14), "Phạm Thị Hạnh", birth_year=1962, sex="female",
                    procedure_code="2.000815", assistance=["digitize"], clerk_name=quyen,
                    service_seconds=300),
        clean_visit(ref, at(15), "Nguyễn Thị Mai", sex="female", procedure_code="1.001193",
                    assistance=["status_lookup"], outcome="not_completed",
                    reason_code="otp_not_received", clerk_name=toan),
        # 9: deleted below; it must count nowhere.
        clean_visit(ref, at(16), "Đỗ Văn Xóa", birth_year=1970, assistance=["vneid"],
                    clerk_name=toan, **_submitted("1.001193", "online_full", 4)),
        clean_visit(ref, at(9, day=NEXT_DAY), "Hà Văn Tư", birth_year=1958, sex="male",
                    village=khe_coc, assistance=["vneid", "file_on_behalf"], clerk_name=toan,
                    service_seconds=600, **_submitted("1.001193", "online_full", 5)),
        clean_visit(ref, at(23, 30, day=EVE), "Lê Văn Trước", birth_year=1977,
                    assistance=["status_lookup"], clerk_name=quyen),
    ]  # fmt: skip


def save_fixture_visits(db: Database, ref: ReferenceData) -> None:
    """Save :func:`fixture_visits` and delete the ninth."""
    ids = [save_visit(db, visit, actor="desk") for visit in fixture_visits(ref)]
    delete_visits(db, [ids[8]], actor="desk")


@pytest.fixture
def visits(db: Database, ref: ReferenceData) -> None:
    save_fixture_visits(db, ref)


@pytest.mark.usefixtures("visits")
def test_the_day_figures_equal_the_hand_count(db: Database, ref: ReferenceData) -> None:
    summary = compute_summary(db, ref, DAY, DAY)
    assert summary.is_single_day
    assert summary.visits == 8
    # Khải twice by ID number, Mỷ twice by name and birth year: 8 visits, 6 people.
    assert summary.citizens == 6
    assert summary.online_submitted == 2
    assert summary.procedure_visits == 7
    assert summary.online_share == pytest.approx(2 / 7)
    assert summary.not_completed == 3
    assert summary.by_reason == {
        "vneid_not_activated": 1,
        "missing_papers": 0,
        "otp_not_received": 2,
        "portal_error": 0,
        "network_down": 0,
        "payment_failed": 0,
        "citizen_declined": 0,
        "other": 0,
    }
    assert summary.by_assistance == {
        "vneid": 2,
        "portal_login": 1,
        "file_on_behalf": 2,
        "guided_self_filing": 1,
        "online_payment": 1,
        "status_lookup": 2,
        "digitize": 1,
        "other": 0,
    }
    assert [(p.code, p.visits, p.online_submitted) for p in summary.by_procedure] == [
        ("1.000894", 2, 1),
        ("1.001193", 2, 1),
        ("1.000656", 1, 0),
        ("1.004222", 1, 0),
        ("2.000815", 1, 0),
    ]
    assert summary.by_procedure[1].name == "Đăng ký khai sinh"
    assert summary.by_channel == {"online_full": 1, "online_partial": 1, "in_person": 1}
    assert summary.by_outcome == {"submitted": 3, "helped": 2, "not_completed": 3}
    inclusion = summary.inclusion
    # Born 1966 or earlier: visits 1, 2 (1950), 5 (1940) and 7 (1962).
    assert (inclusion.aged_60_plus, inclusion.women) == (4, 4)
    assert (inclusion.ethnic_minority, inclusion.disability) == (4, 1)
    timed = (600, 300, 900, 1200, 450, 300)  # visits 4 and 8 were not timed
    assert summary.average_service_seconds == pytest.approx(sum(timed) / len(timed))
    assert summary.handouts_printed == summary.documents_digitized == summary.pages_digitized == 0


@pytest.mark.usefixtures("visits")
def test_a_deleted_visit_counts_nowhere(db: Database, ref: ReferenceData) -> None:
    summary = compute_summary(db, ref, DAY, DAY)
    assert sum(summary.by_clerk.values()) == 8
    # The deleted visit was an online submission of 1.001193 with VNeID help.
    assert summary.online_submitted == 2
    assert summary.by_assistance["vneid"] == 2
    assert next(p for p in summary.by_procedure if p.code == "1.001193").visits == 2


@pytest.mark.usefixtures("visits")
def test_a_visit_at_half_past_midnight_counts_on_its_local_day(
    db: Database, ref: ReferenceData
) -> None:
    with db.reading() as session:
        stored = session.scalar(select(Visit).where(Visit.citizen_name == "Hoàng Văn Khải"))
        assert stored is not None
        assert stored.occurred_at.astimezone(UTC).date() == EVE  # in UTC it is the day before
    eve = compute_summary(db, ref, EVE, EVE)
    assert eve.visits == 1  # only Lê Văn Trước at 23:30
    assert eve.by_assistance["vneid"] == 0


@pytest.mark.usefixtures("visits")
def test_a_period_of_two_days(db: Database, ref: ReferenceData) -> None:
    summary = compute_summary(db, ref, DAY, NEXT_DAY)
    assert not summary.is_single_day
    assert (summary.visits, summary.citizens) == (9, 7)
    assert (summary.online_submitted, summary.procedure_visits) == (3, 8)
    assert summary.online_share == pytest.approx(3 / 8)
    assert summary.by_assistance["vneid"] == 3
    assert summary.by_assistance["file_on_behalf"] == 3
    assert summary.by_channel["online_full"] == 2
    assert [(p.code, p.visits, p.online_submitted) for p in summary.by_procedure[:2]] == [
        ("1.001193", 3, 2),
        ("1.000894", 2, 1),
    ]
    assert summary.inclusion.aged_60_plus == 5
    assert summary.average_service_seconds == pytest.approx((3750 + 600) / 7)


def test_an_empty_day_has_every_code_at_zero(db: Database, ref: ReferenceData) -> None:
    summary = compute_summary(db, ref, DAY, DAY)
    assert (summary.visits, summary.citizens, summary.online_share) == (0, 0, None)
    assert summary.average_service_seconds is None
    assert set(summary.by_assistance) == set(ref.codes("assistance"))
    assert not any(summary.by_assistance.values())
    assert summary.by_procedure == []
