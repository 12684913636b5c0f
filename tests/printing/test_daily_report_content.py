"""What the report says: the Decree 30 date line, names, lock status, figures and tables."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.daily_summary import DailySummary
from models.day_lock import DayLock
from printing.daily_report_content import (
    date_line,
    in_sentence,
    key_figures,
    lock_status,
    place_of,
    report_tables,
    title_lines,
    unit_name,
)
from printing.daily_report_pdf import figure_text
from tests.printing.conftest import CITIZENS, CLERK, VILLAGES, ReportCase


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 5), "Tân Lập, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 1), "Tân Lập, ngày 01 tháng 01 năm 2026"),
        (date(2026, 3, 5), "Tân Lập, ngày 05 tháng 3 năm 2026"),
        (date(2026, 11, 23), "Tân Lập, ngày 23 tháng 11 năm 2026"),
        (date(2026, 10, 9), "Tân Lập, ngày 09 tháng 10 năm 2026"),
        (date(2026, 12, 31), "Tân Lập, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_the_date_line_pads_days_under_10_and_months_1_and_2(day: date, expected: str) -> None:
    assert date_line("Tân Lập", day) == expected


@pytest.mark.parametrize(
    ("name", "place", "unit", "sentence"),
    [
        ("Xã Tân Lập", "Tân Lập", "Xã Tân Lập", "xã Tân Lập"),
        ("Tân Lập", "Tân Lập", "Xã Tân Lập", "xã Tân Lập"),
        ("Phường Hùng Vương", "Hùng Vương", "Phường Hùng Vương", "phường Hùng Vương"),
        ("Thị trấn Hưng Hóa", "Hưng Hóa", "Thị trấn Hưng Hóa", "thị trấn Hưng Hóa"),
        ("Xã Xuân Xa", "Xuân Xa", "Xã Xuân Xa", "xã Xuân Xa"),  # "Xa" alone is no prefix
    ],
)
def test_commune_names(name: str, place: str, unit: str, sentence: str) -> None:
    assert (place_of(name), unit_name(name), in_sentence(name)) == (place, unit, sentence)


def test_lock_status_is_in_local_time() -> None:
    lock = DayLock(date(2026, 11, 23), "Lê Văn Chủ", datetime(2026, 11, 23, 18, 30, tzinfo=UTC))
    # 18:30 UTC is 01:30 the next morning in Vietnam.
    assert lock_status(lock) == "Số liệu đã chốt lúc 01:30 ngày 24/11/2026 bởi Lê Văn Chủ"
    naive = DayLock(date(2026, 11, 23), "Lê Văn Chủ", datetime(2026, 11, 23, 9, 45))
    assert lock_status(naive) == "Số liệu đã chốt lúc 16:45 ngày 23/11/2026 bởi Lê Văn Chủ"
    assert lock_status(None) == "Số liệu chưa chốt"


def test_title_names_the_day_or_the_period() -> None:
    day = DailySummary(first=date(2026, 2, 5), last=date(2026, 2, 5))
    assert title_lines(day) == ("BÁO CÁO TỔNG HỢP NGÀY", "Ngày 05/02/2026")
    period = DailySummary(first=date(2026, 11, 1), last=date(2026, 11, 30))
    assert title_lines(period) == ("BÁO CÁO TỔNG HỢP", "Từ ngày 01/11/2026 đến ngày 30/11/2026")


def test_key_figures_follow_the_summary(case: ReportCase) -> None:
    figures = {figure.label: figure for figure in key_figures(case.summary)}
    assert figures["Tổng số lượt hỗ trợ"].value == 4
    assert figures["Số người dân được hỗ trợ"].value == 4
    assert figures["Số hồ sơ nộp trực tuyến"].value == 2
    assert figures["Số lượt hỗ trợ có thủ tục hành chính"].value == 3
    share = figures["Tỷ lệ nộp trực tuyến trên số lượt có thủ tục hành chính"]
    assert figure_text(share) == "66,7%"
    minutes = figures["Thời gian hỗ trợ bình quân (phút/lượt)"]
    assert figure_text(minutes) == "10,0"  # (900 + 300 + 600) / 3 seconds


def test_figures_of_an_empty_day_are_not_invented() -> None:
    figures = key_figures(DailySummary(first=date(2026, 2, 5), last=date(2026, 2, 5)))
    by_label = {figure.label: figure for figure in figures}
    share = by_label["Tỷ lệ nộp trực tuyến trên số lượt có thủ tục hành chính"]
    assert share.value is None and figure_text(share) == "không có số liệu"


def test_tables_list_every_code_with_its_label_and_no_personal_data(case: ReportCase) -> None:
    tables = {table.title: table for table in report_tables(case.summary, case.ref)}
    assistance = tables["Theo hình thức hỗ trợ"]
    assert [row[0] for row in assistance.rows] == [
        case.ref.label("assistance", code) for code in case.ref.codes("assistance")
    ]
    assert dict(assistance.rows)["Nộp hồ sơ trực tuyến thay"] == 2
    assert dict(assistance.rows)["Hỗ trợ cài đặt, kích hoạt VNeID"] == 1
    assert dict(assistance.rows)["Số hóa giấy tờ"] == 0
    procedures = tables["Theo thủ tục hành chính"]
    assert procedures.rows[0] == ("1.001193", "Đăng ký khai sinh", 2, 2)
    assert procedures.total == ("Tổng cộng", "", 3, 2)
    assert tables["Theo kết quả hỗ trợ"].total == ("Tổng cộng", 4)
    assert dict(tables["Lý do chưa hoàn thành"].rows)["Thiếu giấy tờ"] == 1
    assert dict(tables["Người dân thuộc nhóm cần quan tâm"].rows) == {
        "Người từ 60 tuổi trở lên": 3,
        "Phụ nữ": 2,
        "Người dân tộc thiểu số": 1,
        "Người khuyết tật": 1,
    }
    everything = repr(tables)
    for secret in (*CITIZENS, CLERK, *VILLAGES):
        assert secret not in everything
