"""Vietnamese text normalisation: what is stored (NFC) and what is compared (folded)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Return ``text`` as NFC with surrounding space stripped and inner runs of space collapsed.

    Keyboards such as Unikey in "Unicode tổ hợp" mode send decomposed letters; everything the app
    stores goes through here so that one word has one spelling in the database.
    """
    if text is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str | None) -> str:
    """Return a search key: no diacritics, đ as d, case-folded, spaces collapsed.

    "Đăng ký kết hôn" and "dang ky ket hon" fold to the same key, so a clerk can type without
    accents and still find the procedure.
    """
    decomposed = unicodedata.normalize("NFD", clean(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D").casefold()


def title_name(text: str | None) -> str:
    """Return a person's name as written on papers: each word capitalised ("nguyễn văn a")."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in clean(text).split(" "))


def excerpt(value: object, limit: int = 60) -> str:
    """``value`` as quoted in a message: at most ``limit`` characters, cut with "…".

    A hostile file may hold a cell of a megabyte; a message quoting it whole would not fit a
    dialog, yet the person still needs to recognise which value is meant.
    """
    text = clean(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
