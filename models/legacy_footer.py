"""The rows under a logbook's table: totals, the signature block, counts. Not visits, not errors.

A hand-kept sheet ends with "Tổng cộng: 125 lượt", a place-and-date line, "NGƯỜI LẬP BIỂU",
"(Ký, ghi rõ họ tên)" and the clerk's name, often in the name column. None of these has a visit
date, which every visit row has; that is what keeps a visit from ever being taken for a footer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from models.legacy_header import header_fold
from models.validation import Invalid, parse_date

# Totals: "Tổng cộng", "Tổng số: 25", "Cộng tháng 1", "Cộng: 12" (but not "Công dân ...").
_TOTAL = re.compile(
    r"^(tong cong|tong so|tong|cong|luy ke)(?=$|\s*\d|\s+(thang|quy|nam|ngay|tuan|luot|so|ca)\b)"
)
# The signature block: after it, every row belongs to it (the signer's name included).
_SIGNATURE = re.compile(
    r"^(nguoi lap( bieu| bang| so)?|nguoi ghi so|nguoi tong hop|ky ten|ky ghi ro ho ten|"
    r"ky va ghi ro ho ten|ky ho ten|xac nhan cua|thu truong|truong bo phan|lanh dao|"
    r"chu tich|pho chu tich|tm ubnd|tm uy ban|kt chu tich|can bo lap bieu|"
    r"\w+( \w+){0,3} ngay( \d+| \.+)? thang( \d+)?)\b"
)


def is_total(texts: Iterable[str]) -> bool:
    """Whether one of a row's text cells opens a total ("Tổng cộng", "Cộng tháng 1"…)."""
    return any(_TOTAL.match(header_fold(text)) for text in texts)


def is_signature(texts: Iterable[str]) -> bool:
    """Whether one of a row's text cells opens a signature block or the place-and-date line."""
    return any(_SIGNATURE.match(header_fold(text)) for text in texts)


def has_date(value: object) -> bool:
    """Whether a date cell reads as a day: such a row is a visit, whatever else it holds."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    try:
        parse_date(value)
    except Invalid:
        return False
    return True


_FOOTER_CELLS = 3


class FooterFinder:
    """Tells footer rows apart, row after row, from the top of the data down."""

    def __init__(self) -> None:
        self.signed = False
        self.count = 0

    def is_footer(
        self,
        date_cell: object,
        name_cell: object,
        values: list[object],
        mapped: list[object] | None = None,
    ) -> bool:
        """Whether the row is a footer row: ``values`` are all its cells, ``mapped`` those of
        the format's columns (all of them when not given)."""
        if has_date(date_cell):
            return False
        filled = [v for v in values if _filled(v)]
        texts = [v for v in filled if isinstance(v, str) and not _is_number(v)]
        # A signature row fills a cell or three; a visit with a bad date fills many, and stays
        # an error for the clerk to fix rather than vanishing as a "footer".
        few = len({repr(v) for v in filled}) <= _FOOTER_CELLS
        if few and is_signature(texts):
            self.signed = True
            footer = True
        elif self.signed:
            footer = few
        elif is_total(texts):
            # "Tổng cộng" (merged over a few columns, so repeated) and its counts: few words.
            footer = len(set(texts)) <= 2
        else:
            # A count alone under a column of ours (a number alone in "STT" is an empty row).
            ours = [v for v in (values if mapped is None else mapped) if _filled(v)]
            footer = bool(ours) and all(_is_number(v) for v in ours) and not _filled(name_cell)
        if footer:
            self.count += 1
        return footer


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and value.strip().replace(".", "").replace(",", "").isdigit()
