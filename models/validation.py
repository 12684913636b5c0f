"""Validators for what a clerk types or a file brings: ID numbers, phones, years, dates, times.

Each returns the normalised value or raises :class:`Invalid` with a Vietnamese message that says
what to do; warnings (an unknown province code) come back beside the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from models.text import clean

# Province codes of birth registration for the 63 provinces before the 2025 reform
# (Circular 59/2021/TT-BCA). Codes after the reform are not published: unknown codes warn only.
PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 "
    "035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 "
    "070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096".split()
)

EARLIEST_BIRTH_YEAR = 1900
_PHONE_MOBILE = re.compile(r"0[35789][0-9]{8}")
_PHONE_LANDLINE = re.compile(r"02[0-9]{9}")
_MASKED_ID = re.compile(r"\*{8}([0-9]{4})")
_ID_SEPARATORS = re.compile(r"[\s.\-]")
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_TWELVE_DIGITS = re.compile(r"[0-9]{12}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_DMY_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_SERIAL = re.compile(r"\d+(\.0+)?")
_HOUR_MINUTE = re.compile(r"(\d{1,2})[:hH](\d{2})(?::(\d{2}))?")
_EXCEL_EPOCH = date(1899, 12, 30)


class Invalid(ValueError):
    """A value a person must correct; ``message`` is Vietnamese and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class IdNumber:
    """A checked personal ID number, or only its last four digits when it came masked."""

    digits: str | None
    last4: str
    warnings: tuple[str, ...] = field(default=())


def _digits_only(text: str) -> str:
    return _ID_SEPARATORS.sub("", clean(text))


def check_birth_year(value: int | str | None, today: date | None = None) -> int | None:
    """Return the birth year, ``None`` when empty; refuse years outside 1900..this year."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if text.endswith(".0"):  # a year read from a spreadsheet cell as a float
        text = text[:-2]
    if not _FOUR_DIGITS.fullmatch(text):  # isdigit() also takes "²" and "１"
        raise Invalid("Năm sinh phải là 4 chữ số, ví dụ 1965.")
    year = int(text)
    this_year = (today or date.today()).year
    if not EARLIEST_BIRTH_YEAR <= year <= this_year:
        raise Invalid(f"Năm sinh phải trong khoảng {EARLIEST_BIRTH_YEAR}–{this_year}.")
    return year


def check_id_number(
    value: str, birth_year: int | None = None, today: date | None = None
) -> IdNumber:
    """Check a 12-digit personal ID number (CCCD / số định danh cá nhân).

    Digits 4 to 6 encode the century (with sex) and the two last digits of the birth year; when a
    birth year is given they must agree. The masked form ``********1234`` that exports write is
    accepted and keeps the last four digits only.
    """
    text = _digits_only(value)
    masked = _MASKED_ID.fullmatch(text)
    if masked:
        return IdNumber(digits=None, last4=masked.group(1))
    if not _TWELVE_DIGITS.fullmatch(text):  # isdigit() also takes "²" and "１"
        raise Invalid("Số định danh phải có 12 chữ số.")
    warnings: list[str] = []
    if text[:3] not in PROVINCE_CODES:
        warnings.append(
            f"Mã tỉnh {text[:3]} không có trong danh sách 63 tỉnh cũ: hãy kiểm tra lại."
        )
    century = 1900 + 100 * (int(text[3]) // 2)
    encoded_year = century + int(text[4:6])
    if encoded_year > (today or date.today()).year:
        raise Invalid(
            f"Số định danh ghi năm sinh {encoded_year}, chưa tới: kiểm tra chữ số thứ 4 đến 6."
        )
    if birth_year is not None and encoded_year != birth_year:
        raise Invalid(
            f"Số định danh ghi năm sinh {encoded_year}, khác năm sinh {birth_year}: "
            "kiểm tra lại một trong hai."
        )
    return IdNumber(digits=text, last4=text[-4:], warnings=tuple(warnings))


def check_phone(value: str) -> str:
    """Return a phone number as bare digits: a mobile (10 digits) or a landline (11, ``02…``)."""
    text = _digits_only(value)
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) in (11, 12):
        text = "0" + text[2:]
    if _PHONE_MOBILE.fullmatch(text) or _PHONE_LANDLINE.fullmatch(text):
        return text
    raise Invalid(
        "Số điện thoại di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 "
        "(máy bàn: 11 chữ số, bắt đầu bằng 02)."
    )


def mask_phone(phone: str | None) -> str:
    """Show only the last three digits of a phone number, as lists do."""
    if not phone:
        return ""
    return "•" * (len(phone) - 3) + phone[-3:]


def mask_id(last4: str | None) -> str:
    """The masked form of an ID number: what screens show and exports write."""
    return f"********{last4}" if last4 else ""


def parse_date(value: object) -> date:
    """Read a date as a person or a spreadsheet writes it.

    Accepts dd/mm/yyyy (also with - or .), d/m/yy, yyyy-mm-dd, Excel serial numbers and
    ``date``/``datetime`` values from a spreadsheet cell.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise Invalid("Ngày không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/02/2026.")
    if value is None:
        value = ""
    return _date_of_text(value if isinstance(value, str) else str(value))


# A file repeats each day's date for every visit of the day: each text is read once.
@lru_cache(maxsize=4096)
def _date_of_text(value: str) -> date:
    text = clean(value)
    if not text:
        raise Invalid("Chưa có ngày: hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/02/2026.")
    iso = _ISO_DATE.fullmatch(text)
    dmy = _DMY_DATE.fullmatch(text)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dmy:
            year = int(dmy.group(3))
            if len(dmy.group(3)) == 2:
                year += 2000 if year <= 69 else 1900
            return date(year, int(dmy.group(2)), int(dmy.group(1)))
        if _SERIAL.fullmatch(text):
            return parse_date(float(text))
    except ValueError:
        pass
    raise Invalid(
        f"Ngày «{text}» không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/02/2026."
    )


def parse_time(value: object) -> time:
    """Read a time of day: ``HH:MM`` or ``HH:MM:SS``, an Excel fraction of a day, or a ``time``."""
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        seconds = min(round(value * 86400), 86399)  # 0.999999 is 23:59:59, not 24:00
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if value is None:
        value = ""
    return _time_of_text(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=4096)
def _time_of_text(value: str) -> time:
    text = clean(value)
    match = _HOUR_MINUTE.fullmatch(text)
    if match:
        hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise Invalid(f"Giờ «{text}» không hợp lệ: hãy ghi giờ:phút, ví dụ 08:30.")


def format_date(value: date) -> str:
    """dd/mm/yyyy, the way every date is shown on screen and in files for people."""
    return value.strftime("%d/%m/%Y")


def mask_name(name: str) -> str:
    """A name for lists beyond the desk: family name, then initials ("Nguyễn V. A.")."""
    words = name.split()
    if len(words) <= 1:
        return name[:1] + "." if name else ""
    return " ".join([words[0], *(word[:1] + "." for word in words[1:])])
