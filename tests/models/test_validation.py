"""Property tests of the validators: ID numbers, phones, dates, times, text normalisation.

The strategies build their expected values independently of the code under test (the ID number
layout and the letter-to-ASCII table of Vietnamese are written out here), so a wrong rule in
``models.validation`` or ``models.text`` shows up as a counterexample.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from models.text import clean, fold, title_name
from models.validation import (
    PROVINCE_CODES,
    Invalid,
    check_birth_year,
    check_id_number,
    check_phone,
    mask_id,
    mask_phone,
    parse_date,
    parse_time,
)

TODAY = date(2026, 11, 23)
LENGTH_MESSAGE = "Số định danh phải có 12 chữ số."
PROVINCES = sorted(PROVINCE_CODES)
EXCEL_EPOCH = date(1899, 12, 30)

# ---------------------------------------------------------------- ID numbers


@st.composite
def id_numbers(draw: st.DrawFn, provinces: st.SearchStrategy[str] | None = None) -> tuple[str, int]:
    """A 12-digit ID number laid out as DOMAIN.md says, with the birth year it encodes."""
    province = draw(st.sampled_from(PROVINCES) if provinces is None else provinces)
    year = draw(st.integers(1900, TODAY.year))
    female = draw(st.booleans())
    century_sex = 2 * (year // 100 - 19) + int(female)
    serial = draw(st.integers(0, 999_999))
    return f"{province}{century_sex}{year % 100:02d}{serial:06d}", year


@given(id_numbers())
def test_valid_id_with_matching_birth_year_passes(case: tuple[str, int]) -> None:
    digits, year = case
    result = check_id_number(digits, year, TODAY)
    assert result.digits == digits
    assert result.last4 == digits[-4:]
    assert result.warnings == ()


@given(id_numbers())
def test_valid_id_without_birth_year_passes_with_separators(case: tuple[str, int]) -> None:
    digits, _ = case
    typed = f"{digits[:3]} {digits[3:6]}.{digits[6:9]}-{digits[9:]}"
    assert check_id_number(typed, None, TODAY).digits == digits


@given(id_numbers(), st.integers(1900, TODAY.year))
def test_id_with_another_birth_year_fails(case: tuple[str, int], other_year: int) -> None:
    digits, year = case
    assume(other_year != year)
    with pytest.raises(Invalid) as caught:
        check_id_number(digits, other_year, TODAY)
    assert str(year) in caught.value.message and str(other_year) in caught.value.message


def test_id_encoding_a_future_birth_year_fails() -> None:
    with pytest.raises(Invalid):
        check_id_number("001299012345", None, TODAY)  # born 2099


@given(st.text(alphabet="0123456789", max_size=30).filter(lambda s: len(s) != 12))
def test_id_of_wrong_length_fails_in_vietnamese(text: str) -> None:
    with pytest.raises(Invalid) as caught:
        check_id_number(text, None, TODAY)
    assert caught.value.message == LENGTH_MESSAGE


# Letters, symbols and digits of other scripts (full-width, Arabic-Indic, superscript), which
# str.isdigit() accepts but are not the 12 digits of an ID card.
NOT_ASCII_DIGITS = "abcxyzđĐ/_#+()١٢٣０１２３²³"


@given(
    st.text(alphabet="0123456789" + NOT_ASCII_DIGITS, min_size=12, max_size=12).filter(
        lambda s: not re.fullmatch(r"[0-9]{12}", s)
    )
)
def test_id_with_anything_but_digits_fails_in_vietnamese(text: str) -> None:
    with pytest.raises(Invalid) as caught:
        check_id_number(text, None, TODAY)
    assert caught.value.message == LENGTH_MESSAGE


@given(id_numbers())
def test_masked_form_keeps_the_last_four_digits_only(case: tuple[str, int]) -> None:
    digits, year = case
    masked = mask_id(check_id_number(digits, year, TODAY).last4)
    assert masked == "********" + digits[-4:]
    assert digits[:8] not in masked
    again = check_id_number(masked, year, TODAY)
    assert again.digits is None
    assert again.last4 == digits[-4:]


@pytest.mark.parametrize("text", ["********١٢٣٤", "*******12345", "****1234"])
def test_broken_masked_forms_fail(text: str) -> None:
    with pytest.raises(Invalid):
        check_id_number(text, None, TODAY)


@given(id_numbers(st.integers(0, 999).map("{:03d}".format).filter(lambda c: c not in PROVINCES)))
def test_unknown_province_code_warns_but_passes(case: tuple[str, int]) -> None:
    digits, year = case
    result = check_id_number(digits, year, TODAY)
    assert result.digits == digits
    assert len(result.warnings) == 1 and digits[:3] in result.warnings[0]


@given(st.integers(1900, TODAY.year))
def test_birth_year_in_range_passes(year: int) -> None:
    assert check_birth_year(year, TODAY) == year
    assert check_birth_year(f" {year} ", TODAY) == year
    assert check_birth_year(f"{year}.0", TODAY) == year


@given(
    st.one_of(
        st.integers(0, 1899).map(str),
        st.integers(TODAY.year + 1, 9999).map(str),
        st.text(alphabet="0123456789" + NOT_ASCII_DIGITS, min_size=1, max_size=6).filter(
            lambda s: not re.fullmatch(r"[0-9]{4}", s) and s.strip()
        ),
    )
)
def test_birth_year_out_of_range_or_not_four_digits_fails(text: str) -> None:
    with pytest.raises(Invalid):
        check_birth_year(text, TODAY)


@pytest.mark.parametrize("text", ["¹⁹⁶⁵", "１９６５", "19 65", "65", "1965.5"])
def test_birth_year_that_is_not_four_plain_digits_fails(text: str) -> None:
    with pytest.raises(Invalid):
        check_birth_year(text, TODAY)


# ---------------------------------------------------------------- phones

DIGITS = st.text(alphabet="0123456789", min_size=8, max_size=8)
MOBILES = st.builds(lambda second, rest: f"0{second}{rest}", st.sampled_from("35789"), DIGITS)
SEPARATORS = st.sampled_from(["", "", " ", ".", "-"])


@given(MOBILES)
def test_valid_mobile_passes_unchanged(mobile: str) -> None:
    assert check_phone(mobile) == mobile


@given(MOBILES, st.sampled_from(["0", "+84", "84", "+84 "]), st.lists(SEPARATORS, min_size=9))
def test_mobile_is_normalised_from_country_code_spaces_and_dots(
    mobile: str, prefix: str, separators: list[str]
) -> None:
    rest = "".join(digit + sep for digit, sep in zip(mobile[1:], separators, strict=False))
    assert check_phone(f"{prefix}{rest}".strip(" .-")) == mobile


@given(st.sampled_from("01246"), DIGITS)
def test_ten_digits_with_another_prefix_fail(second: str, rest: str) -> None:
    with pytest.raises(Invalid):
        check_phone(f"0{second}{rest}")


@given(MOBILES, st.integers(0, 12).filter(lambda n: n != 8))
def test_mobile_of_wrong_length_fails(mobile: str, length: int) -> None:
    with pytest.raises(Invalid):
        check_phone(mobile[:2] + (mobile[2:] * 2)[:length])


@given(MOBILES, st.integers(1, 9), st.sampled_from("abxĐ*#١０"))
def test_phone_with_a_foreign_character_fails(mobile: str, where: int, char: str) -> None:
    with pytest.raises(Invalid):
        check_phone(mobile[:where] + char + mobile[where + 1 :])


def test_landline_passes_and_mask_shows_last_three() -> None:
    assert check_phone("024 3825 1234") == "02438251234"
    assert mask_phone("0912345678") == "•••••••678"


# ---------------------------------------------------------------- dates and times

DATES = st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31))


@given(DATES, st.sampled_from(["/", "-", "."]))
def test_day_month_year_parses_back(day: date, sep: str) -> None:
    assert parse_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}") == day
    assert parse_date(f"{day.day}{sep}{day.month}{sep}{day.year}") == day


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)))
def test_short_year_parses_back(day: date) -> None:
    assert parse_date(f"{day.day}/{day.month}/{day.year % 100:02d}") == day


@given(DATES)
def test_iso_date_parses_back(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.isoformat()} 00:00:00") == day


@given(DATES)
def test_excel_serial_parses_back(day: date) -> None:
    serial = (day - EXCEL_EPOCH).days
    assert parse_date(serial) == day
    assert parse_date(float(serial)) == day
    assert parse_date(str(serial)) == day


@given(st.integers(1, 12), st.integers(32, 99), st.integers(1900, 2100))
def test_impossible_dates_fail(month: int, day: int, year: int) -> None:
    with pytest.raises(Invalid):
        parse_date(f"{day}/{month}/{year}")


@pytest.mark.parametrize("text", ["", "   ", "31/02/2026", "hôm qua", "2026/13/01", "0"])
def test_nonsense_dates_fail(text: str) -> None:
    with pytest.raises(Invalid):
        parse_date(text)


@given(st.times())
def test_times_parse_back(moment: time) -> None:
    whole = moment.replace(microsecond=0)
    assert parse_time(whole.strftime("%H:%M:%S")) == whole
    assert parse_time(whole.strftime("%H:%M")) == whole.replace(second=0)
    assert parse_time(f"{whole.hour}h{whole.minute:02d}") == whole.replace(second=0)
    seconds = whole.hour * 3600 + whole.minute * 60 + whole.second
    assert parse_time(seconds / 86400) == whole
    assert parse_time(moment) == whole


@given(st.one_of(st.integers(24, 99).map("{}:00".format), st.integers(60, 99).map("8:{}".format)))
def test_impossible_times_fail(text: str) -> None:
    with pytest.raises(Invalid):
        parse_time(text)


def test_excel_serial_of_a_date_and_time() -> None:
    assert parse_date(46000.5) == date(1899, 12, 30) + timedelta(days=46000)


# ---------------------------------------------------------------- text

# Vietnamese letters and what they are without accents, written out rather than computed.
BASE_VOWELS = {
    "a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i",
    "o": "o", "ô": "o", "ơ": "o", "u": "u", "ư": "u", "y": "y",
}  # fmt: skip
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
CONSONANTS = {c: c for c in "bcdghklmnpqrstvx"} | {"đ": "d"}
LETTERS = [
    (unicodedata.normalize("NFC", vowel + tone), bare)
    for vowel, bare in BASE_VOWELS.items()
    for tone in TONE_MARKS
] + list(CONSONANTS.items())


@st.composite
def vietnamese(draw: st.DrawFn) -> tuple[str, str]:
    """Words of Vietnamese letters in any case, and the same words without accents."""
    words = draw(
        st.lists(
            st.lists(st.tuples(st.sampled_from(LETTERS), st.booleans()), min_size=1, max_size=7),
            min_size=1,
            max_size=5,
        )
    )
    text, bare = [], []
    for word in words:
        text.append("".join(ch.upper() if up else ch for (ch, _), up in word))
        bare.append("".join(b.upper() if up else b for (_, b), up in word))
    return " ".join(text), " ".join(bare)


def test_fold_of_a_procedure_name() -> None:
    assert fold("Đăng ký kết hôn") == fold("dang ky ket hon") == "dang ky ket hon"
    assert fold("ĐỖ") == fold("do")


@given(vietnamese())
def test_fold_ignores_accents_and_case(case: tuple[str, str]) -> None:
    text, bare = case
    assert fold(text) == bare.casefold()
    assert fold(text.upper()) == fold(text.lower()) == fold(bare) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


@given(vietnamese())
def test_decomposed_input_is_stored_composed(case: tuple[str, str]) -> None:
    text, _ = case
    decomposed = unicodedata.normalize("NFD", text)
    assert clean(decomposed) == text
    assert clean(f"  {decomposed}\t\n ") == text


@given(st.text())
def test_clean_is_idempotent_and_nfc(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip() and "  " not in once


@given(st.text())
def test_fold_is_stable(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_title_name_of_decomposed_lowercase_text() -> None:
    name = unicodedata.normalize("NFD", "  nguyễn   thị  ÁNH ")
    assert title_name(name) == "Nguyễn Thị Ánh"
    assert unicodedata.is_normalized("NFC", title_name(name))
