"""The JSON document and the CSV table for the upper level: schema, checksum, no personal data."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.commune import CommuneProfile, save_profile
from models.daily_summary import DailySummary, Inclusion, ProcedureFigures, compute_summary
from models.db import Database
from models.reference import ReferenceData
from models.summary_document import (
    CSV_HEADER,
    SCHEMA,
    TOTAL_KEYS,
    export_file_name,
    summary_document,
    verify_checksum,
    with_checksum,
    write_csv,
    write_json,
)
from tests.actors import admin
from tests.models.test_daily_summary import (
    BIRTH_YEARS,
    DAY,
    NEXT_DAY,
    PERSONAL,
    save_fixture_visits,
)

GENERATED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # 16:30 in the commune
REQUIRED_KEYS = {
    "schema", "commune", "date", "locked", "generated_at", "totals", "by_assistance",
    "by_procedure", "by_channel", "by_outcome", "not_completed_reasons", "checksum",
}  # fmt: skip
EXTRA_KEYS = {
    "recipient", "revision", "inclusion", "online_share", "procedure_visits",
    "average_service_seconds", "digitization",
}  # fmt: skip


@pytest.fixture
def profile(db: Database) -> CommuneProfile:
    return save_profile(
        db, actor=admin("test"), code="04321", name="Xã Tân Hòa", upper_level="UBND tỉnh Lào Cai"
    )


@pytest.fixture
def day_summary(db: Database, ref: ReferenceData) -> DailySummary:
    save_fixture_visits(db, ref)
    return compute_summary(db, ref, DAY, DAY)


def _document(
    summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, **kw: Any
) -> dict[str, Any]:
    return summary_document(
        summary, profile, ref, locked=kw.pop("locked", True), generated_at=GENERATED, **kw
    )


def test_the_document_follows_the_schema(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData
) -> None:
    doc = _document(day_summary, profile, ref, revision=3)
    assert set(doc) == REQUIRED_KEYS | EXTRA_KEYS  # a single day has no "period"
    assert doc["schema"] == SCHEMA == "motcua.daily-summary/1"
    assert doc["commune"] == {"code": "04321", "name": "Xã Tân Hòa"}
    assert doc["recipient"] == "UBND tỉnh Lào Cai"
    assert (doc["date"], doc["locked"], doc["revision"]) == ("2026-11-20", True, 3)
    assert doc["generated_at"] == "2026-11-20T16:30:00+07:00"
    assert doc["totals"] == {
        "visits": 8,
        "citizens": 6,
        "online_submitted": 2,
        "not_completed": 3,
        "handouts_printed": 0,
        "documents_digitized": 0,
        "pages_digitized": 0,
    }
    assert doc["procedure_visits"] == 7
    assert doc["online_share"] == round(2 / 7, 4)
    assert doc["average_service_seconds"] == 625.0
    assert doc["inclusion"] == {
        "aged_60_plus": 4,
        "women": 4,
        "ethnic_minority": 4,
        "disability": 1,
    }
    assert doc["by_assistance"] == day_summary.by_assistance
    assert doc["by_assistance"]["other"] == 0  # zeros included
    assert doc["by_procedure"][0] == {
        "code": "1.000894",
        "name": "Đăng ký kết hôn",
        "visits": 2,
        "online_submitted": 1,
    }
    assert doc["by_channel"] == {"online_full": 1, "online_partial": 1, "in_person": 1}
    assert doc["by_outcome"] == {"submitted": 3, "helped": 2, "not_completed": 3}
    assert doc["not_completed_reasons"]["otp_not_received"] == 2
    assert list(doc)[-1] == "checksum"
    json.dumps(doc, allow_nan=False)  # plain JSON: no NaN, no dates, no objects


def test_a_period_carries_its_ends_and_the_last_day_as_date(
    db: Database, ref: ReferenceData, profile: CommuneProfile
) -> None:
    save_fixture_visits(db, ref)
    doc = _document(compute_summary(db, ref, DAY, NEXT_DAY), profile, ref, locked=False)
    assert doc["period"] == {"from": "2026-11-20", "to": "2026-11-21"}
    assert doc["date"] == "2026-11-21"
    assert (doc["totals"]["visits"], doc["locked"]) == (9, False)


def test_the_checksum_follows_the_documented_rule(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData
) -> None:
    doc = _document(day_summary, profile, ref)
    body = {key: value for key, value in doc.items() if key != "checksum"}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert doc["checksum"] == "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert verify_checksum(doc)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["totals"].update(visits=d["totals"]["visits"] + 1),
        lambda d: d["by_assistance"].update(vneid=0),
        lambda d: d["by_procedure"][0].update(online_submitted=2),
        lambda d: d["not_completed_reasons"].update(other=1),
        lambda d: d["commune"].update(code="04322"),
        lambda d: d.update(revision=2),
        lambda d: d.update(locked=False),
        lambda d: d.update(date="2026-11-21"),
        lambda d: d.pop("inclusion"),
        lambda d: d.pop("checksum"),
        lambda d: d.update(checksum="sha256:" + "0" * 64),
    ],
)
def test_any_change_breaks_the_checksum(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, change: Any
) -> None:
    doc = _document(day_summary, profile, ref)
    altered = copy.deepcopy(doc)
    change(altered)
    assert verify_checksum(doc)
    assert not verify_checksum(altered)
    assert verify_checksum(with_checksum(altered))  # re-sealed, it verifies again


def test_verify_refuses_what_is_not_a_document() -> None:
    assert not verify_checksum([1, 2])
    assert not verify_checksum({"checksum": 5})
    assert not verify_checksum({"checksum": "md5:abc"})


def _csv_table(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_the_json_file_reads_back_and_verifies(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "bc.json"
    write_json(path, _document(day_summary, profile, ref))
    text = path.read_text(encoding="utf-8")
    assert "Xã Tân Hòa" in text and "\\u" not in text  # Vietnamese kept as letters
    assert "\n  " in text  # pretty-printed for a person who opens it
    assert verify_checksum(json.loads(text))
    assert [p.name for p in folder.iterdir()] == ["bc.json"]  # no partial file left


def test_the_csv_reads_back(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, tmp_path: Path
) -> None:
    path = tmp_path / "bc.csv"
    write_csv(path, day_summary, profile, ref, locked=True)
    rows = _csv_table(path)
    assert tuple(rows[0]) == CSV_HEADER == ("section", "code", "label", "value", "online_submitted")
    assert all(len(row) == 5 for row in rows)
    cells = {(row[0], row[1]): row for row in rows[1:]}
    assert cells[("report", "commune_code")][3] == "04321"
    assert cells[("report", "locked")][3] == "1"
    assert cells[("totals", "visits")][2:4] == ["Lượt hỗ trợ", "8"]
    assert cells[("totals", "citizens")][3] == "6"
    assert cells[("totals", "online_share_percent")][3] == "28.6"
    assert cells[("totals", "average_service_seconds")][3] == "625"
    assert cells[("by_assistance", "vneid")][2:4] == ["Hỗ trợ cài đặt, kích hoạt VNeID", "2"]
    assert cells[("by_assistance", "other")][3] == "0"
    assert cells[("by_procedure", "1.001193")][2:] == ["Đăng ký khai sinh", "2", "1"]
    assert cells[("by_channel", "in_person")][2:4] == ["Trực tiếp", "1"]
    assert cells[("by_outcome", "not_completed")][3] == "3"
    assert cells[("not_completed_reasons", "otp_not_received")][3] == "2"
    assert cells[("inclusion", "disability")][2:4] == ["Người khuyết tật", "1"]
    sections = [row[0] for row in rows[1:]]
    assert sorted(set(sections), key=sections.index) == [
        "report", "totals", "by_assistance", "by_procedure", "by_channel", "by_outcome",
        "not_completed_reasons", "digitization", "digitization_backlog", "inclusion",
    ]  # fmt: skip


def test_no_personal_data_in_json_or_csv(
    day_summary: DailySummary, profile: CommuneProfile, ref: ReferenceData, tmp_path: Path
) -> None:
    assert day_summary.by_clerk and day_summary.by_village  # the summary has them ...
    doc = _document(day_summary, profile, ref)
    write_json(tmp_path / "bc.json", doc)
    write_csv(tmp_path / "bc.csv", day_summary, profile, ref, locked=True)
    json_text = (tmp_path / "bc.json").read_text(encoding="utf-8")
    csv_text = (tmp_path / "bc.csv").read_text(encoding="utf-8-sig")
    # ... the files do not. The checksum is hex and may hold any four digits: leave it out.
    without_checksum = json_text.replace(doc["checksum"], "")
    for text in (without_checksum, csv_text):
        for secret in (*PERSONAL, *BIRTH_YEARS, "by_clerk", "by_village"):
            assert secret not in text, secret


def test_file_names() -> None:
    profile = CommuneProfile(code="04321", name="Xã Tân Hòa")
    assert export_file_name(profile, DAY, DAY, "json") == "BC-NGAY_04321_2026-11-20.json"
    assert export_file_name(profile, DAY, NEXT_DAY, ".CSV") == (
        "BC-NGAY_04321_2026-11-20_2026-11-21.csv"
    )
    odd = CommuneProfile(code="04/321:x", name="")
    assert export_file_name(odd, DAY, DAY, "pdf") == "BC-NGAY_04-321-x_2026-11-20.pdf"


# --- property: any document built from any counts verifies, and any altered total does not ---

OFFLINE_REF = ReferenceData(
    labels={
        "assistance": {"vneid": "VNeID", "other": "Khác"},
        "channel": {"in_person": "Trực tiếp"},
    }
)
counts = st.integers(min_value=0, max_value=10**9)


@st.composite
def summaries(draw: st.DrawFn) -> DailySummary:
    first = draw(st.dates(min_value=date(2025, 7, 1), max_value=date(2030, 12, 31)))
    procedure_visits = draw(counts)
    return DailySummary(
        first=first,
        last=first,
        visits=draw(counts),
        citizens=draw(counts),
        online_submitted=draw(st.integers(0, procedure_visits)),
        procedure_visits=procedure_visits,
        not_completed=draw(counts),
        by_reason={"other": draw(counts)},
        by_assistance=draw(
            st.dictionaries(st.sampled_from(["vneid", "other", "digitize"]), counts)
        ),
        by_procedure=[ProcedureFigures("1.001193", "Đăng ký khai sinh", draw(counts), 0)],
        by_channel={"in_person": draw(counts)},
        by_outcome={"helped": draw(counts)},
        inclusion=Inclusion(draw(counts), draw(counts), draw(counts), draw(counts)),
        average_service_seconds=draw(st.none() | st.floats(0, 10**6)),
        handouts_printed=draw(counts),
        documents_digitized=draw(counts),
        pages_digitized=draw(counts),
    )


@given(
    summary=summaries(),
    name=st.text(max_size=40),
    key=st.sampled_from(TOTAL_KEYS),
    delta=st.integers(min_value=1, max_value=1000),
)
def test_property_checksum_verifies_and_any_flipped_total_breaks_it(
    summary: DailySummary, name: str, key: str, delta: int
) -> None:
    profile = CommuneProfile(code="00001", name=name)
    doc = summary_document(summary, profile, OFFLINE_REF, locked=False, generated_at=GENERATED)
    assert verify_checksum(with_checksum(doc))
    assert verify_checksum(json.loads(json.dumps(doc, ensure_ascii=False, indent=2)))
    flipped = copy.deepcopy(doc)
    flipped["totals"][key] += delta
    assert not verify_checksum(flipped)
