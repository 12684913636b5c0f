"""The demo's tables: what a commune desk's visitors and visits look like, with their weights.

Names with their published frequencies, villages with their share of ethnic-minority residents,
procedures, kinds of visit and their failure rates, office hours. :mod:`models.demo_draw` draws
from them.
"""

from __future__ import annotations

from datetime import date, time

DEMO_UNIT_CODE = "H12.34"
# The adults of a merged commune who ever come to the desk: once all have come, every visit is a
# return (years of history then reuse people, as a real commune's do, and cost less to draw).
DEMO_POPULATION = 20_000

# (name, weight): the usual published shares of Vietnamese family names, in percent.
FAMILY_NAMES = (
    ("Nguyễn", 38.4), ("Trần", 12.1), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 3.0),
    ("Huỳnh", 2.1), ("Phan", 4.5), ("Vũ", 2.2), ("Võ", 1.7), ("Đặng", 2.1), ("Bùi", 2.0),
    ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5),
)  # fmt: skip
# Family names common among ethnic minorities of the northern uplands (Tày, Thái, Nùng, Mông).
MINORITY_FAMILY_NAMES = ("Lò", "Lường", "Hà", "Vi", "Nông", "Lục", "Triệu", "Sầm", "Giàng", "Vàng")
# The traditional middle names Văn (men) and Thị (women) dominate among older people.
MIDDLE_NAMES = {
    "male": ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Đình", "Thanh", "Trọng"),
    "female": ("Thị", "Ngọc", "Thu", "Thanh", "Phương", "Hồng", "Kim", "Minh", "Mai", "Bích"),
}
GIVEN_NAMES = {
    "male": (
        "Hùng Dũng Tuấn Nam Hải Long Sơn Thắng Bình Cường Phong Khánh Tâm Hiếu Trung Quân Lâm "
        "Huy Đạt Phúc Thành Toàn Vinh Khoa Tùng Hòa Lợi Chiến Hưng"
    ).split(),
    "female": (
        "Lan Hoa Hương Mai Hạnh Thảo Linh Trang Hằng Nhung Thu Yến Loan Phương Ngân Huyền Vân "
        "Dung Hiền Nga Liên Hồng Oanh Thủy Tuyết Xuân Anh Chi Quyên Hà"
    ).split(),
}
# (village, weight, share of ethnic-minority residents): about 15% of visitors overall.
VILLAGES = (
    ("Thôn Đồng Tâm", 16, 0.03), ("Thôn Tân Lập", 15, 0.03), ("Thôn Hòa Bình", 13, 0.05),
    ("Thôn Trung Tâm", 12, 0.02), ("Tổ dân phố 1", 14, 0.02), ("Tổ dân phố 2", 12, 0.02),
    ("Bản Nà Ngòi", 9, 0.85), ("Bản Phiêng Lơi", 9, 0.8),
)  # fmt: skip
CLERKS = (("Nguyễn Thị Hà", 45), ("Trần Văn Nam", 35), ("Lò Thị Mai", 20))
# (national code, weight): birth and residence registration and certification come first.
PROCEDURES = (
    ("1.001193", 14), ("3.000722", 8), ("1.004222", 12), ("1.004194", 9), ("2.000815", 11),
    ("2.000884", 5), ("1.004873", 9), ("1.000656", 3), ("2.002913", 2), ("1.000894", 4),
    ("2.000635", 5), ("1.010038", 3), ("1.001776", 4), ("1.001731", 1), ("1.001699", 1),
    ("1.004884", 1), ("1.004859", 2), ("2.000908", 1), ("1.004837", 0.5), ("1.001612", 2),
)  # fmt: skip
# Procedures with a fee or a charge: paid online when filed online.
PAID_PROCEDURES = frozenset(
    "1.004222 1.004194 1.010038 2.000635 1.004873 2.000815 2.000884 1.001612".split()
)
# (kind of visit, weight, chance of not completing it).
SCENARIOS = (
    ("filing", 55, 0.13), ("vneid", 20, 0.12), ("lookup", 12, 0.02), ("digitize", 5, 0.02),
    ("payment", 4, 0.05), ("login", 2, 0.05), ("other", 2, 0.0),
)  # fmt: skip
FILING_REASONS = (
    ("vneid_not_activated", 25), ("missing_papers", 25), ("otp_not_received", 10),
    ("portal_error", 12), ("network_down", 8), ("payment_failed", 8), ("citizen_declined", 7),
    ("other", 5),
)  # fmt: skip
VNEID_REASONS = (("otp_not_received", 40), ("network_down", 20), ("other", 40))
OTHER_REASON_TEXTS = (
    "Chưa mang thẻ căn cước gắn chip",
    "Điện thoại không có NFC, không quét được thẻ",
    "Người dân cần hỏi ý kiến gia đình",
    "Giấy tờ bị mờ, không đọc được",
)
OTHER_HELP_NOTES = (
    "Hướng dẫn cài ứng dụng VssID",
    "Hướng dẫn tra cứu thông tin bảo hiểm y tế",
    "Hỏi thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất",
)
MOBILE_PREFIXES = (
    "032 033 034 035 036 037 038 039 070 076 077 078 079 081 082 083 084 085 086 088 089 "
    "090 091 093 094 096 097 098"
).split()
# (youngest, oldest, weight): desks see many elderly citizens.
AGE_BANDS = ((18, 29, 20), (30, 44, 25), (45, 59, 20), (60, 74, 25), (75, 92, 10))
# Office hours (local time): Monday to Friday both sessions, Saturday mornings only.
MORNING = (time(7, 30), time(11, 30))
AFTERNOON = (time(13, 30), time(17, 0))
WEEKDAY_FACTORS = (1.2, 1.0, 1.0, 0.95, 0.9, 0.25, 0.0)
SOLAR_HOLIDAYS = frozenset({(1, 1), (30, 4), (1, 5), (2, 9)})  # (day, month); Tết not modelled
# Median and spread of the service time by kind of visit (log-normal), in seconds.
SERVICE_SECONDS = {
    "filing": (900, 0.45), "vneid": (480, 0.4), "lookup": (150, 0.5), "digitize": (360, 0.4),
    "payment": (300, 0.4), "login": (240, 0.4), "other": (300, 0.6),
}  # fmt: skip


def is_working_day(day: date) -> bool:
    """Monday to Saturday, except the fixed-date public holidays."""
    return day.weekday() < 6 and (day.day, day.month) not in SOLAR_HOLIDAYS
