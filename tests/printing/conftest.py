"""A day of visits saved through the real services, and its summary, for the report tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from models.commune import CommuneProfile
from models.daily_summary import DailySummary, compute_summary
from models.day_lock import DayLock
from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 17, 0)  # the commune's local time, naive
GENERATED_AT = datetime(2026, 11, 23, 10, 5, tzinfo=UTC)  # 17:05 in Vietnam
PROFILE = CommuneProfile(
    code="10507", name="Xã Tân Lập", upper_level="UBND tỉnh Phú Thọ", unit_name="Bộ phận Một cửa"
)
LOCK = DayLock(day=DAY, locked_by="Lê Văn Chủ", locked_at=datetime(2026, 11, 23, 9, 45, tzinfo=UTC))
# Personal data that must never reach a report for the upper level.
CITIZENS = ("Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lò Văn Páo", "Hoàng Thị Mến", "Đỗ Văn Khác")
CLERK = "Phạm Thị Thư"
VILLAGES = ("Thôn Đồng Sặt", "Bản Nà Hiêng")
PHONE = "0912345678"


@dataclass(frozen=True)
class ReportCase:
    """The saved day: its summary and what the writers need beside it."""

    db: Database
    ref: ReferenceData
    summary: DailySummary
    profile: CommuneProfile = PROFILE


_AT = datetime(2026, 11, 23, 8, 0)
_COMMON = {"clerk_name": CLERK, "village": VILLAGES[0]}
VISITS = (
    VisitInput(
        occurred_at=_AT,
        citizen_name=CITIZENS[0],
        birth_year=1960,
        sex="male",
        phone=PHONE,
        phone_consent=True,
        procedure_code="1.001193",
        assistance=["file_on_behalf", "online_payment"],
        channel="online_full",
        outcome="submitted",
        dossier_code="H12.34-261123-0001",
        service_seconds=900,
        **_COMMON,
    ),
    VisitInput(
        occurred_at=_AT.replace(hour=9),
        citizen_name=CITIZENS[1],
        birth_year=1990,
        sex="female",
        ethnic_minority=True,
        assistance=["vneid", "portal_login"],
        outcome="helped",
        service_seconds=300,
        **_COMMON,
    ),
    VisitInput(
        occurred_at=_AT.replace(hour=10),
        citizen_name=CITIZENS[2],
        birth_year=1955,
        sex="male",
        disability=True,
        procedure_code="1.000894",
        assistance=["guided_self_filing"],
        outcome="not_completed",
        reason_code="missing_papers",
        clerk_name=CLERK,
        village=VILLAGES[1],
    ),
    VisitInput(
        occurred_at=_AT.replace(hour=14),
        citizen_name=CITIZENS[3],
        birth_year=1948,
        sex="female",
        procedure_code="1.001193",
        assistance=["file_on_behalf"],
        channel="online_partial",
        outcome="submitted",
        dossier_code="H12.34-261123-0002",
        service_seconds=600,
        **_COMMON,
    ),
    # The day before: in a period's report, never in the day's.
    VisitInput(
        occurred_at=datetime(2026, 11, 22, 9, 0),
        citizen_name=CITIZENS[4],
        birth_year=1980,
        sex="male",
        procedure_code="1.000656",
        assistance=["file_on_behalf"],
        channel="in_person",
        outcome="submitted",
        dossier_code="H12.34-261122-0001",
        **_COMMON,
    ),
)


@pytest.fixture
def case(db: Database, ref: ReferenceData) -> ReportCase:
    """Four visits on 23/11/2026 and one on 22/11/2026, saved and summarised for the 23rd."""
    for raw in VISITS:
        clean, errors = validate_visit(raw, ref, NOW)
        assert clean is not None, errors
        save_visit(db, clean, actor="test")
    return ReportCase(db=db, ref=ref, summary=compute_summary(db, ref, DAY, DAY))
