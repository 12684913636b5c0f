"""Vietnamese typed with the legacy 8-bit fonts (TCVN3/ABC and VNI), turned into NFC Unicode.

Old spreadsheets were typed with .VnTime (TCVN3, one byte per precomposed letter) or VNI-Times
(VNI, a base letter followed by a byte that draws the marks). The file keeps the bytes; whatever
reads it (openpyxl, the csv module with ``cp1252`` or ``latin-1``) hands us a ``str`` in which each
byte became the character with the same code point. Every byte these tables use lies in
0xA1–0xFF, where cp1252 and latin-1 agree, so both readings work; bytes 0x80–0x9F (where they
differ) are not used. A file read on a Windows set to code page 1258 is not handled: that code page
turns some of these bytes into other letters and combining marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Literal

Encoding = Literal["tcvn3", "vni", "none"]
Override = Literal["auto", "tcvn3", "vni", "none"]

# --------------------------------------------------------------------------------------- TCVN3

# TCVN 5712:1993 VN3, the ABC fonts: each lower-case letter in the order plain, huyền, hỏi, ngã,
# sắc, nặng beside its bytes. Upper case has only the seven letters below; the .VnTimeH fonts draw
# capitals at the lower-case positions, so upper case there is typed with the lower-case bytes.
_TCVN3_ROWS = (
    ("aàảãáạ", "aµ¶·¸¹"),
    ("ăằẳẵắặ", "¨»¼½¾Æ"),
    ("âầẩẫấậ", "©ÇÈÉÊË"),
    ("eèẻẽéẹ", "eÌÎÏÐÑ"),
    ("êềểễếệ", "ªÒÓÔÕÖ"),
    ("iìỉĩíị", "i×ØÜÝÞ"),
    ("oòỏõóọ", "oßáâãä"),
    ("ôồổỗốộ", "«åæçèé"),
    ("ơờởỡớợ", "¬êëìíî"),
    ("uùủũúụ", "uïñòóô"),
    ("ưừửữứự", "\xadõö÷øù"),  # ư is 0xAD, the soft hyphen, which some programs hide
    ("yỳỷỹýỵ", "yúûüýþ"),
    ("đĂÂÊÔƠƯĐ", "®¡¢£¤¥¦§"),
)
_TCVN3 = {
    code: letter
    for letters, codes in _TCVN3_ROWS
    for letter, code in zip(letters, codes, strict=True)
    if not code.isascii()
}
_TCVN3_TRANSLATE = str.maketrans(_TCVN3)
_TCVN3_DELETE = str.maketrans(dict.fromkeys(_TCVN3, ""))

# ----------------------------------------------------------------------------------------- VNI

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_BREVE, _CIRCUMFLEX = "\u0306", "\u0302"

# VNI-Windows: the byte after a base letter draws its marks (tone alone, or breve/circumflex with
# or without a tone). Capitals take the upper-case form of the same byte (ù → Ù).
_VNI_MARKS = {
    "ù": ("", _ACUTE),
    "ø": ("", _GRAVE),
    "û": ("", _HOOK),
    "õ": ("", _TILDE),
    "ï": ("", _DOT),
    "ê": (_BREVE, ""),
    "é": (_BREVE, _ACUTE),
    "è": (_BREVE, _GRAVE),
    "ú": (_BREVE, _HOOK),
    "ü": (_BREVE, _TILDE),
    "ë": (_BREVE, _DOT),
    "â": (_CIRCUMFLEX, ""),
    "á": (_CIRCUMFLEX, _ACUTE),
    "à": (_CIRCUMFLEX, _GRAVE),
    "å": (_CIRCUMFLEX, _HOOK),
    "ã": (_CIRCUMFLEX, _TILDE),
    "ä": (_CIRCUMFLEX, _DOT),
}
# Base byte → the letter it is and the modifiers it takes; ô and ö alone are ơ and ư.
_VNI_BASES = {
    "a": ("a", ("", _BREVE, _CIRCUMFLEX)),
    "e": ("e", ("", _CIRCUMFLEX)),
    "o": ("o", ("", _CIRCUMFLEX)),
    "ô": ("ơ", ("",)),
    "u": ("u", ("",)),
    "ö": ("ư", ("",)),
    "y": ("y", ("",)),
}
# Letters that are one byte: i with its tones, ơ, ư, ỵ (y with nặng is not y + ï) and đ.
_VNI_SINGLE = {
    **{"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"},
    **{"ô": "ơ", "ö": "ư", "î": "ỵ", "ñ": "đ"},
}


def _vni_table() -> dict[str, str]:
    """Every VNI sequence (two bytes, then one) with its letter, in both cases."""
    table: dict[str, str] = {}
    for base, (letter, modifiers) in _VNI_BASES.items():
        for mark, (modifier, tone) in _VNI_MARKS.items():
            if modifier not in modifiers or (base == "y" and tone == _DOT):
                continue
            composed = unicodedata.normalize("NFC", letter + modifier + tone)
            table[base + mark] = composed
            table[base.upper() + mark.upper()] = composed.upper()
    for code, letter in _VNI_SINGLE.items():
        table[code] = letter
        table[code.upper()] = letter.upper()
    return table


_VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(key) for key in sorted(_VNI, key=len, reverse=True)))


def decode_tcvn3(text: str, uppercase_font: bool = False) -> str:
    """Return TCVN3 (ABC, .VnTime) text as NFC Unicode.

    TCVN3 has no code for a capital with a tone mark: such text was typed in the .VnTimeH font,
    which draws every letter as a capital. Pass ``uppercase_font=True`` for a column typed in an
    H font, and the result is upper-cased as the clerk saw it.
    """
    decoded = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANSLATE))
    return decoded.upper() if uppercase_font else decoded


def decode_vni(text: str) -> str:
    """Return VNI (VNI-Times) text as NFC Unicode; a mark byte with no base is left as it is."""
    decoded = _VNI_PATTERN.sub(lambda match: _VNI[match.group()], text)
    return unicodedata.normalize("NFC", decoded)


def convert(value: str, encoding: Encoding, *, uppercase_font: bool = False) -> str:
    """Return ``value`` read in ``encoding`` as NFC; ``"none"`` only normalises to NFC."""
    if encoding == "tcvn3":
        return decode_tcvn3(value, uppercase_font=uppercase_font)
    if encoding == "vni":
        return decode_vni(value)
    return unicodedata.normalize("NFC", value)


# ----------------------------------------------------------------------------------- detection

# A Vietnamese syllable is an onset and a rhyme, with at most one tone. Decoding a column both
# ways and counting the words that come out as real syllables tells legacy text from Unicode,
# where looking for odd characters alone would not: Unicode Vietnamese is full of à, é, ô, õ, and
# French quotes « » are ô and ằ in TCVN3.
_ONSETS = tuple("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q r s t th tr v x".split())
_RHYMES = frozenset(
    "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu "
    "i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu "
    "o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt "
    "oe oen oeo oet oc oi om on ong ooc oong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
    "u ua uân uâng uât uây uc uê uêch uênh ui um un ung uôc uôi uôm uôn uông uôt up ut uơ "
    "uy uya uych uyên uyêt uyn uynh uyt uyu ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt "
    "ươu ưt ưu y yêm yên yêng yêt yêu".split()
)
_LETTERS = frozenset("aăâbcdđeêghiklmnoôơpqrstuưvxy")
_VOWELS = frozenset("aăâeêioôơuưy")
_TONE_MARKS = frozenset((_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT))
_STOP_TONES = frozenset((_ACUTE, _DOT))  # the only tones after a final c, ch, p or t


def _spelled_right(onset: str, rhyme: str) -> bool:
    """Whether ``rhyme`` is one and the onset is spelled as it must be before it.

    k, gh, ngh go before e ê i (y), c, g, ng elsewhere; q is always qu, and the u of qu stands for
    the o of oa, oe (hoa, quan) or is the u of uy, uâ, uê (huy, quy).
    """
    first = rhyme[0]
    if onset == "q":
        return first == "u" and (rhyme in _RHYMES or rhyme[1:] in _RHYMES) and len(rhyme) > 1
    if rhyme not in _RHYMES:
        return False
    if onset == "c":
        return first not in "eêiy"
    if onset == "k":
        return first in "eêiy"
    if onset in ("gh", "ngh"):
        return first in "eêi"
    if onset == "ng":
        return first not in "eêi"
    if onset == "g":
        return first not in "eê"
    if rhyme == "y":
        return onset in ("", "h", "l", "m", "s", "t", "v")
    if first == "y":
        return onset == ""
    return True


def _tone_places(rhyme: str) -> frozenset[int]:
    """Where the tone of ``rhyme`` may sit.

    On the vowel with a mark (ươ: on ơ), else on the last vowel before a final consonant, else on
    the first vowel (the middle one of three); oa, oe, uy take it on either vowel, as the old and
    the new spelling rules do.
    """
    vowels = [i for i, char in enumerate(rhyme) if char in _VOWELS]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        return frozenset((marked[-1],))
    if rhyme[-1] not in _VOWELS:
        return frozenset((vowels[-1],))
    if rhyme in ("oa", "oe", "uy"):
        return frozenset((0, 1))
    return frozenset((1 if len(vowels) == 3 else 0,))


_TONE_PLACES = {rhyme: _tone_places(rhyme) for rhyme in _RHYMES}


def _tone_fits(onset: str, rhyme: str, tone_at: int | None) -> bool:
    """Whether a tone at index ``tone_at`` of the rhyme (None: no tone) sits where it must."""
    if tone_at is None:
        return True
    if onset == "q" and rhyme[1:] in _RHYMES:  # the u of qu is part of the onset: quả, quyết
        rhyme, tone_at = rhyme[1:], tone_at - 1
    return tone_at in _TONE_PLACES[rhyme]


def is_syllable(word: str) -> bool:
    """Whether ``word`` (NFC or not) is a well-formed Vietnamese syllable.

    Spelling, tone placement and case count (lower, UPPER or Title): a legacy text read in the
    wrong encoding mostly comes out with letters Vietnamese never puts together, the tone on the
    wrong vowel, or a capital inside a word (TCVN3 ệ is Ö, which VNI reads as Ư).
    """
    if word not in (word.lower(), word.upper(), word[:1].upper() + word[1:].lower()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    bases, tones, tone_at = -1, 0, None
    for char in decomposed:
        if not unicodedata.combining(char):
            bases += 1
        elif char in _TONE_MARKS:
            tones, tone_at = tones + 1, bases
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    if tones > 1 or not bare or not _LETTERS.issuperset(bare):
        return False
    for onset in ("", *_ONSETS):
        rhyme = bare[len(onset) :]
        if not bare.startswith(onset) or not rhyme or not _spelled_right(onset, rhyme):
            continue
        stop = rhyme.endswith(("c", "ch", "p", "t"))
        if stop and tone_at is not None and not _STOP_TONES.intersection(decomposed):
            continue
        at = None if tone_at is None else tone_at - len(onset)
        if (at is None or at >= 0) and _tone_fits(onset, rhyme, at):
            return True
    return False


_CP1252_EXTRAS = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
_LEGACY_CODES = frozenset(_TCVN3) | frozenset("".join(_VNI))
_HIGH_LETTERS = frozenset(
    ch for ch in map(chr, range(0xA1, 0x100)) if ch in _LEGACY_CODES or ch.isalpha()
)


def _is_word_char(char: str) -> bool:
    if char < "\x80":
        return char.isalpha()
    if char <= "\xff":
        return char in _HIGH_LETTERS
    return unicodedata.category(char)[0] in "LM"


def _words(value: str) -> list[str]:
    """The words of ``value`` that hold a non-ASCII character: the only ones that tell anything."""
    words: list[str] = []
    if value.isascii():  # most cells of a Unicode file (numbers, codes): no word to look at
        return words
    word = ""
    for char in value + " ":
        if _is_word_char(char):
            word += char
        elif word:
            if not word.isascii():
                words.append(word)
            word = ""
    return words


def _unicode_only(word: str) -> bool:
    """A letter or mark no legacy byte read as cp1252 or latin-1 can be: proof of Unicode."""
    return any(
        char > "\xff" and char not in _CP1252_EXTRAS and unicodedata.category(char)[0] in "LM"
        for char in word
    )


def _legacy_syllable(word: str, encoding: Literal["tcvn3", "vni"]) -> bool:
    """Whether every high byte of ``word`` is a code of ``encoding``, making a syllable."""
    if encoding == "tcvn3":
        rest, decoded = word.translate(_TCVN3_DELETE), decode_tcvn3(word)
    else:
        rest, decoded = _VNI_PATTERN.sub("", word), decode_vni(word)
    return rest.isascii() and is_syllable(decoded)


@lru_cache(maxsize=16384)
def _readings(word: str) -> tuple[bool, bool, bool]:
    """Whether ``word`` reads as Vietnamese as Unicode, in TCVN3 and in VNI.

    Cached: a column repeats a few thousand syllables at most, so a long one costs little more.
    """
    unicode = _unicode_only(word) or is_syllable(word)
    return unicode, _legacy_syllable(word, "tcvn3"), _legacy_syllable(word, "vni")


@dataclass(frozen=True)
class Detection:
    """What a column's words say about their encoding.

    ``words`` counts the words with a non-ASCII character; each of the other counts says how many
    of them read as Vietnamese that way. ``confidence`` is the share of those words that read as
    Vietnamese in the chosen encoding (1.0 when there was nothing to look at).
    """

    encoding: Encoding
    confidence: float
    words: int
    tcvn3_words: int
    vni_words: int
    unicode_words: int


# Enough words to tell the encodings apart many times over; a column of a 100,000-row logbook
# would otherwise be read word by word twice, once to decide and once to convert.
EVIDENCE_WORDS = 20_000


def analyse_encoding(values: Iterable[str | None]) -> Detection:
    """Decide how a column (its cells and header) was typed, and how sure that is.

    A legacy encoding wins only when more words read as Vietnamese syllables in it than as
    Unicode, more than in the other legacy encoding, and at least half of all the words with a
    non-ASCII character: ties and thin evidence leave the text alone ("none"), because converting
    Unicode text by mistake garbles it, while a wrong "none" is fixed by choosing the encoding.
    The first :data:`EVIDENCE_WORDS` words decide.
    """
    words = list(
        islice((word for value in values if value for word in _words(value)), EVIDENCE_WORDS)
    )
    if not words:
        return Detection("none", 1.0, 0, 0, 0, 0)
    votes = [_readings(word) for word in words]
    unicode_words, tcvn3, vni = (sum(column) for column in zip(*votes, strict=True))
    chosen: Encoding = "none"
    if tcvn3 > max(vni, unicode_words) and 2 * tcvn3 >= len(words):
        chosen = "tcvn3"
    elif vni > max(tcvn3, unicode_words) and 2 * vni >= len(words):
        chosen = "vni"
    chosen_votes = {"tcvn3": tcvn3, "vni": vni, "none": unicode_words}[chosen]
    return Detection(chosen, chosen_votes / len(words), len(words), tcvn3, vni, unicode_words)


def detect_encoding(values: Iterable[str | None]) -> Encoding:
    """The encoding ``analyse_encoding`` decides for a column's cells and header."""
    return analyse_encoding(values).encoding


@dataclass(frozen=True)
class ConvertedColumn:
    """A column's cells as NFC text, the encoding they were read in, and the evidence if any."""

    encoding: Encoding
    values: tuple[str | None, ...]
    detection: Detection | None


def convert_column(
    values: Iterable[str | None], override: Override = "auto", *, uppercase_font: bool = False
) -> ConvertedColumn:
    """Convert a whole column: detected (``"auto"``) or as the person chose; empty cells stay None.

    Pass the header among the values when it comes from the same file: it is evidence too.
    ``uppercase_font`` says the column was typed in a TCVN3 capitals font (.VnTimeH).
    """
    cells = list(values)
    detection = None
    if override == "auto":
        detection = analyse_encoding(cells)
        encoding = detection.encoding
    else:
        encoding = override
    converted = tuple(
        None if cell is None else convert(cell, encoding, uppercase_font=uppercase_font)
        for cell in cells
    )
    return ConvertedColumn(encoding, converted, detection)
