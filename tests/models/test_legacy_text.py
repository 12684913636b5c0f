"""Tests of the TCVN3 and VNI decoders and of the encoding detection.

The legacy tables are written out here a second time, as byte values, and the test encodes with
them: a wrong byte in ``models.legacy_text`` fails a round trip. Sentences come from a syllable
grammar written here (onset, rhyme, tone), not from the one the detector uses.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from models.legacy_text import (
    ConvertedColumn,
    Encoding,
    analyse_encoding,
    convert,
    convert_column,
    decode_tcvn3,
    decode_vni,
    detect_encoding,
    is_syllable,
)

# ------------------------------------------------------------------------------ the tables

# TCVN 5712:1993 VN3 (the ABC fonts .VnTime/.VnArial): letter, then its byte in hex.
TCVN3_BYTES = """
ă A8  â A9  ê AA  ô AB  ơ AC  ư AD  đ AE
Ă A1  Â A2  Ê A3  Ô A4  Ơ A5  Ư A6  Đ A7
à B5  ả B6  ã B7  á B8  ạ B9
ằ BB  ẳ BC  ẵ BD  ắ BE  ặ C6
ầ C7  ẩ C8  ẫ C9  ấ CA  ậ CB
è CC  ẻ CE  ẽ CF  é D0  ẹ D1
ề D2  ể D3  ễ D4  ế D5  ệ D6
ì D7  ỉ D8  ĩ DC  í DD  ị DE
ò DF  ỏ E1  õ E2  ó E3  ọ E4
ồ E5  ổ E6  ỗ E7  ố E8  ộ E9
ờ EA  ở EB  ỡ EC  ớ ED  ợ EE
ù EF  ủ F1  ũ F2  ú F3  ụ F4
ừ F5  ử F6  ữ F7  ứ F8  ự F9
ỳ FA  ỷ FB  ỹ FC  ý FD  ỵ FE
"""

# VNI-Windows (VNI-Times), lower case: letter, then its bytes in hex. A capital is the same bytes
# with bit 0x20 cleared (a F9 → A D9, that is aù → AÙ).
VNI_BYTES = """
á 61F9  à 61F8  ả 61FB  ã 61F5  ạ 61EF
ă 61EA  ắ 61E9  ằ 61E8  ẳ 61FA  ẵ 61FC  ặ 61EB
â 61E2  ấ 61E1  ầ 61E0  ẩ 61E5  ẫ 61E3  ậ 61E4
é 65F9  è 65F8  ẻ 65FB  ẽ 65F5  ẹ 65EF
ê 65E2  ế 65E1  ề 65E0  ể 65E5  ễ 65E3  ệ 65E4
í ED    ì EC    ỉ E6    ĩ F3    ị F2
ó 6FF9  ò 6FF8  ỏ 6FFB  õ 6FF5  ọ 6FEF
ô 6FE2  ố 6FE1  ồ 6FE0  ổ 6FE5  ỗ 6FE3  ộ 6FE4
ơ F4    ớ F4F9  ờ F4F8  ở F4FB  ỡ F4F5  ợ F4EF
ú 75F9  ù 75F8  ủ 75FB  ũ 75F5  ụ 75EF
ư F6    ứ F6F9  ừ F6F8  ử F6FB  ữ F6F5  ự F6EF
ý 79F9  ỳ 79F8  ỷ 79FB  ỹ 79F5  ỵ EE
đ F1
"""


def _table(text: str) -> dict[str, bytes]:
    fields = text.split()
    return {
        letter: bytes.fromhex(code) for letter, code in zip(fields[::2], fields[1::2], strict=True)
    }


TCVN3 = _table(TCVN3_BYTES)
VNI_LOWER = _table(VNI_BYTES)
VNI = {
    **VNI_LOWER,
    **{letter.upper(): bytes(b & ~0x20 for b in code) for letter, code in VNI_LOWER.items()},
}

ENCODINGS: tuple[Encoding, ...] = ("tcvn3", "vni", "none")
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang huyền hỏi ngã sắc nặng
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
LOWER_LETTERS = [unicodedata.normalize("NFC", v + tone) for v in VOWELS for tone in TONES] + ["đ"]
ALPHABET = LOWER_LETTERS + [letter.upper() for letter in LOWER_LETTERS]
# Letters outside latin-1: a word holding one cannot be legacy bytes read as cp1252 or latin-1.
UNICODE_ONLY = [letter for letter in ALPHABET if ord(letter) > 0xFF]
VIETNAMESE_OR_ASCII = frozenset(ALPHABET) | frozenset(map(chr, range(128)))


def read(raw: bytes, codec: str = "cp1252") -> str:
    """What openpyxl or the csv module hands over for a cell holding these bytes."""
    return raw.decode(codec)


def encode_tcvn3(text: str, uppercase_font: bool = False) -> str:
    """Unicode → TCVN3 as read from a file; in an H font, capitals are typed as small letters."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if uppercase_font:
            char = char.lower()
        if char in TCVN3:
            out.append(read(TCVN3[char]))
        elif char.isascii():
            out.append(char)
        else:
            raise ValueError(f"TCVN3 has no code for {char!r}")
    return "".join(out)


def encode_vni(text: str) -> str:
    """Unicode → VNI as read from a file."""
    return "".join(
        read(VNI[char]) if char in VNI else char for char in unicodedata.normalize("NFC", text)
    )


# ------------------------------------------------------------------------- the tables: cover


def test_the_test_tables_cover_the_whole_alphabet() -> None:
    assert len(ALPHABET) == 146
    lower_with_codes = set(TCVN3) - set("ĂÂÊÔƠƯĐ")
    assert lower_with_codes == set(LOWER_LETTERS) - set("aeiouy")
    assert set(VNI) == set(ALPHABET) - set("aeiouyAEIOUY")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_tcvn3_decodes_every_lower_case_letter(codec: str) -> None:
    wrong = {
        letter: decode_tcvn3(TCVN3[letter].decode(codec))
        for letter in LOWER_LETTERS
        if letter in TCVN3 and decode_tcvn3(TCVN3[letter].decode(codec)) != letter
    }
    assert wrong == {}


def test_tcvn3_decodes_the_seven_capitals_of_the_normal_font() -> None:
    for capital in "ĂÂÊÔƠƯĐ":
        assert decode_tcvn3(read(TCVN3[capital])) == capital


def test_tcvn3_upper_case_font_decodes_every_capital() -> None:
    wrong = {}
    for letter in ALPHABET:
        if letter.isupper():
            typed = encode_tcvn3(letter, uppercase_font=True)
            if decode_tcvn3(typed, uppercase_font=True) != letter:
                wrong[letter] = decode_tcvn3(typed, uppercase_font=True)
    assert wrong == {}


def test_tcvn3_upper_case_font_upper_cases_ascii_too() -> None:
    # In .VnTimeH the clerk typed small letters and saw capitals.
    assert decode_tcvn3("Céng hßa", uppercase_font=True) == "CỘNG HÒA"
    assert decode_tcvn3("Céng hßa") == "Cộng hòa"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_vni_decodes_every_letter_in_both_cases(codec: str) -> None:
    wrong = {
        letter: decode_vni(VNI[letter].decode(codec))
        for letter in ALPHABET
        if letter in VNI and decode_vni(VNI[letter].decode(codec)) != letter
    }
    assert wrong == {}


@pytest.mark.parametrize(
    ("letter", "typed"),
    [("Á", "AÙ"), ("Ặ", "AË"), ("Ự", "ÖÏ"), ("Ỵ", "Î"), ("Đ", "Ñ"), ("Ĩ", "Ó"), ("Ờ", "ÔØ")],
)
def test_vni_capitals_as_the_font_lays_them_out(letter: str, typed: str) -> None:
    assert decode_vni(typed) == letter


def test_the_example_of_the_domain_notes() -> None:
    expected = "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert decode_tcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam") == expected
    assert encode_tcvn3(expected) == "Céng hßa x· héi chñ nghÜa ViÖt Nam"
    assert decode_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == expected


def test_decoders_leave_ascii_and_stray_marks_alone() -> None:
    assert decode_vni("ê") == "ê"  # a breve with no a under it
    assert decode_vni("Tel. 0905 123 456") == "Tel. 0905 123 456"
    assert decode_tcvn3("Tel. 0905 123 456") == "Tel. 0905 123 456"


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_output_is_nfc(encoding: Encoding) -> None:
    assert convert(unicodedata.normalize("NFD", "Nguyễn Ủy"), encoding) == "Nguyễn Ủy"


# -------------------------------------------------------------------------- sentences

ONSETS = ["", *"b c ch d đ g h kh l m n ng nh ph r s t th tr v x".split()]
RHYMES = (
    "a ai ao au ay an ang anh am ac ach at ap ăn ăng ăm ăc ăt ăp ân âng âm âc ât âp âu ây "
    "e eo en em ec et ep eng ê êu ên ênh êm êch êt êp i ia iu in inh im ich it ip "
    "iêu iên iêng iêm iêc iêt iêp o oi on ong om oc ot op oa oai oan oang oanh oat oac oach "
    "oe oen oet oay oăn oăng oăt ô ôi ôn ông ôm ôc ôt ôp ơ ơi ơn ơm ơt ơp "
    "u ua ui un ung um uc ut up uân uât uê uy uya uyên uyêt uynh uôi uôn uông uôm uôc uôt "
    "ư ưa ưi ưu ưng ưc ưt ươi ươn ương ươm ươc ươt ươu"
).split()
QU_RHYMES = "a an ang anh at ai ay ăn ăng ăt ân ât ây e en et eo ê ênh êt y yên yêt ynh".split()
MODIFIED = "ăâêôơư"


def _spell(onset: str, rhyme: str) -> str:
    """c/k, g/gh, ng/ngh before e, ê, i, as Vietnamese writes them."""
    if rhyme[0] in "eêi" and onset in ("c", "g", "ng"):
        onset = {"c": "k", "g": "gh", "ng": "ngh"}[onset]
    return onset


def _with_tone(rhyme: str, tone: str, old_style: bool) -> str:
    """Put the tone where Vietnamese spelling does.

    On the vowel with a mark (ươ: ơ), else before a final consonant, else on the first vowel (of
    three: the middle); oa, oe, uy take it on the first vowel in the old style.
    """
    vowels = [i for i, char in enumerate(rhyme) if char in "aăâeêioôơuưy"]
    marked = [i for i in vowels if rhyme[i] in MODIFIED]
    if marked:
        at = marked[-1]
    elif rhyme[-1] in "cgmnpth":
        at = vowels[-1]
    elif rhyme in ("oa", "oe", "uy"):
        at = 0 if old_style else 1
    else:
        at = vowels[1] if len(vowels) == 3 else vowels[0]
    return rhyme[:at] + unicodedata.normalize("NFC", rhyme[at] + tone) + rhyme[at + 1 :]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """A well-formed Vietnamese syllable, in lower case."""
    kind = draw(st.integers(0, 19))
    if kind < 2:
        onset, rhyme = "qu", draw(st.sampled_from(QU_RHYMES))
    elif kind == 2:
        onset, rhyme = draw(st.sampled_from(["", "h", "l", "m", "s", "t", "v"])), "y"
    elif kind == 3:
        onset, rhyme = "", draw(st.sampled_from(["yên", "yêu", "yêt"]))
    else:
        rhyme = draw(st.sampled_from(RHYMES))
        onset = _spell(draw(st.sampled_from(ONSETS)), rhyme)
    stop = rhyme.endswith(("c", "ch", "p", "t"))
    tone = draw(st.sampled_from(("\u0301", "\u0323") if stop else TONES))
    return onset + _with_tone(rhyme, tone, draw(st.booleans()))


def _cased(syllable: str, style: int) -> str:
    return [syllable, syllable[:1].upper() + syllable[1:], syllable.upper()][style]


@st.composite
def sentences(draw: st.DrawFn, capitals: bool = True, min_words: int = 1) -> str:
    """Words separated by spaces and now and then punctuation, in mixed case when allowed."""
    words = draw(st.lists(syllables(), min_size=min_words, max_size=12))
    out = []
    for word in words:
        style = draw(st.integers(0, 2)) if capitals else 0
        out.append(_cased(word, style))
        out.append(draw(st.sampled_from([" ", " ", " ", ", ", ". ", " - ", " (5) "])))
    return "".join(out).strip()


@st.composite
def tcvn3_sentences(draw: st.DrawFn) -> str:
    """Sentences the normal .VnTime font can show: a capital only where it has a code."""
    words = draw(sentences(capitals=False)).split(" ")
    for i, word in enumerate(words):
        if draw(st.booleans()) and (word[:1].isascii() or word[:1] in "ăâêôơưđ"):
            words[i] = word[:1].upper() + word[1:]
    return " ".join(words)


TCVN3_READ = {read(code): letter for letter, code in TCVN3.items()}
VNI_READ = {read(code): letter for letter, code in VNI.items()}


def read_tcvn3(word: str) -> str:
    return "".join(TCVN3_READ.get(char, char) for char in word)


def read_vni(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        size = 2 if word[i : i + 2] in VNI_READ else 1
        out.append(VNI_READ.get(word[i : i + size], word[i : i + size]))
        i += size
    return "".join(out)


def reads_one_way(legacy: str, encoding: str) -> bool:
    """Whether some word reads as Vietnamese in ``encoding`` only: not as Unicode nor the other way.

    Without one the text is ambiguous: "ö bö" is ử bử in TCVN3 and ư bư in VNI, and the detector
    rightly leaves it alone (see ``test_a_word_that_reads_both_ways_is_left_alone``).
    """
    other = read_vni if encoding == "tcvn3" else read_tcvn3
    words = [word.strip(",.()-5") for word in legacy.split()]
    return any(not is_syllable(word) and not is_syllable(other(word)) for word in words if word)


@given(syllables())
def test_the_syllable_check_takes_every_well_formed_syllable(syllable: str) -> None:
    assert is_syllable(syllable)
    assert is_syllable(syllable.upper())


@pytest.mark.parametrize(
    "word", ["café", "crème", "Müller", "garçon", "été", "cem", "nge", "ghan", "bánhh", "xy", "bƯt"]
)
def test_the_syllable_check_refuses_what_is_not_vietnamese(word: str) -> None:
    assert not is_syllable(word)


@given(tcvn3_sentences())
def test_tcvn3_round_trip(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text


@given(sentences())
def test_tcvn3_upper_case_font_round_trip(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text, uppercase_font=True), uppercase_font=True) == (
        text.upper()
    )


@given(sentences())
def test_vni_round_trip(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text


@given(tcvn3_sentences())
def test_tcvn3_text_is_detected_and_converted(text: str) -> None:
    legacy = encode_tcvn3(text)
    assume(reads_one_way(legacy, "tcvn3"))
    assert detect_encoding([legacy]) == "tcvn3"
    result = convert_column([legacy, None], "auto")
    assert result.encoding == "tcvn3"
    assert result.values == (text, None)


@given(sentences())
def test_tcvn3_upper_case_font_text_is_detected(text: str) -> None:
    legacy = encode_tcvn3(text, uppercase_font=True)
    assume(reads_one_way(legacy, "tcvn3"))
    assert detect_encoding([legacy]) == "tcvn3"
    assert convert_column([legacy], uppercase_font=True).values == (text.upper(),)


@given(sentences())
def test_vni_text_is_detected_and_converted(text: str) -> None:
    legacy = encode_vni(text)
    assume(reads_one_way(legacy, "vni"))
    assert detect_encoding([legacy]) == "vni"
    assert convert_column([legacy]).values == (text,)


@given(st.data())
def test_legacy_text_is_never_taken_for_the_other_encoding(data: st.DataObject) -> None:
    tcvn3 = [encode_tcvn3(text) for text in data.draw(st.lists(tcvn3_sentences(), max_size=4))]
    h_font = [encode_tcvn3(text, True) for text in data.draw(st.lists(sentences(), max_size=4))]
    vni = [encode_vni(text) for text in data.draw(st.lists(sentences(), max_size=4))]
    assert detect_encoding(tcvn3) in ("tcvn3", "none")
    assert detect_encoding(h_font) in ("tcvn3", "none")
    assert detect_encoding(vni) in ("vni", "none")


@given(st.lists(sentences(), min_size=1, max_size=5))
def test_unicode_vietnamese_is_never_taken_for_legacy(cells: list[str]) -> None:
    assert detect_encoding(cells) == "none"
    decomposed = [unicodedata.normalize("NFD", cell) for cell in cells]
    assert detect_encoding(decomposed) == "none"
    assert convert_column(decomposed).values == tuple(cells)


@st.composite
def unicode_gibberish(draw: st.DrawFn) -> str:
    """Random letters of the alphabet, each word holding at least one letter beyond latin-1."""
    words = []
    for _ in range(draw(st.integers(1, 8))):
        letters = draw(st.lists(st.sampled_from(ALPHABET + list("bcdghklmnpqrstvx")), max_size=5))
        letters.insert(draw(st.integers(0, len(letters))), draw(st.sampled_from(UNICODE_ONLY)))
        words.append("".join(letters))
    return " ".join(words)


@given(unicode_gibberish())
def test_words_with_letters_beyond_latin1_are_unicode(text: str) -> None:
    assert detect_encoding([text]) == "none"


@given(st.lists(st.text(st.characters(min_codepoint=0, max_codepoint=127)), max_size=5))
def test_ascii_is_never_taken_for_legacy(cells: list[str]) -> None:
    assert detect_encoding(cells) == "none"
    assert convert_column(cells, "tcvn3").values == tuple(cells)
    assert convert_column(cells, "vni").values == tuple(cells)


# ---------------------------------------------------------------------- detection: examples

COLUMN = [
    "Nguyễn Văn Hùng",
    "Trần Thị Hường",
    "Đăng ký khai sinh",
    "Chứng thực bản sao từ bản chính",
    "Giấy chứng nhận quyền sử dụng đất",
    "Ủy ban nhân dân xã Hòa Tiến",
    "Quyết định số 15/QĐ-UBND",
]


def test_real_columns_are_detected_in_each_encoding() -> None:
    assert detect_encoding(COLUMN) == "none"
    assert detect_encoding(encode_vni(cell) for cell in COLUMN) == "vni"
    h_font = [encode_tcvn3(cell, uppercase_font=True) for cell in COLUMN]
    assert detect_encoding(h_font) == "tcvn3"
    assert convert_column(h_font, uppercase_font=True).values == tuple(c.upper() for c in COLUMN)


def test_unicode_header_over_legacy_cells_is_legacy() -> None:
    cells = [encode_tcvn3(name) for name in ("Nguyễn Văn Hùng", "Trần Thị Hường", "Lê Thị Mỹ")]
    result = convert_column(["Họ và tên", *cells])
    assert result.encoding == "tcvn3"
    assert result.values[1:] == ("Nguyễn Văn Hùng", "Trần Thị Hường", "Lê Thị Mỹ")


@pytest.mark.parametrize(
    "cells",
    [
        ["Café crème à la française", "Noël à Paris", "garçon", "Müller", "Señor Núñez"],
        ["Ngày «05/02/2026» không hợp lệ", "«Hà Nội»", "Tel. 0905 123 456"],
        ["Hà", "Tú", "cô", "Lê", "ý kiến"],  # Unicode words that also read as legacy
        ["naïve résumé", "déjà vu", "Straße", "½ price – 10 € • ™"],
        [],
        ["", "   "],
    ],
)
def test_other_text_is_not_taken_for_legacy(cells: list[str]) -> None:
    assert detect_encoding(cells) == "none"


def test_a_word_that_reads_both_ways_is_left_alone() -> None:
    detection = analyse_encoding(["ö bö"])  # TCVN3 ử bử, VNI ư bư
    assert (detection.tcvn3_words, detection.vni_words) == (2, 2)
    assert detection.encoding == "none"
    assert detect_encoding(["bæ", "cña"]) == "tcvn3"  # của: ñ is đ in VNI, "cđa" is no word


@pytest.mark.parametrize(
    ("cell", "encoding"),
    [
        ("bÖt", "tcvn3"),  # bệt; VNI would make it "bƯt", a capital inside a word
        ("quaû", "vni"),  # quả; TCVN3 would make it "quaỷ", the tone on the glide
        ("ViÖt", "tcvn3"),
        ("Vieät", "vni"),
    ],
)
def test_one_word_is_enough_when_only_one_reading_is_vietnamese(cell: str, encoding: str) -> None:
    assert detect_encoding([cell]) == encoding


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("hòa", True),  # old and new tone placement are both in use
        ("hoà", True),
        ("thủy", True),
        ("thuỷ", True),
        ("quả", True),
        ("người", True),
        ("quaỷ", False),
        ("qúa", False),
        ("ngừơi", False),
        ("tồt", False),  # a final c, ch, p, t takes only sắc or nặng
    ],
)
def test_the_syllable_check_knows_where_the_tone_goes(word: str, expected: bool) -> None:
    assert is_syllable(word) is expected


def test_analysis_explains_its_choice() -> None:
    detection = analyse_encoding(["Céng hßa x· héi chñ nghÜa ViÖt Nam"])
    assert detection.encoding == "tcvn3"
    assert detection.words == detection.tcvn3_words == 7
    assert detection.confidence == 1.0
    assert analyse_encoding(["plain ASCII"]).confidence == 1.0


def test_override_wins_over_detection() -> None:
    legacy = encode_tcvn3("Việt Nam")
    assert convert_column([legacy], "none") == ConvertedColumn("none", (legacy,), None)
    assert convert_column([legacy], "tcvn3").values == ("Việt Nam",)
    assert convert_column([encode_vni("Hà Nội")], "vni").values == ("Hà Nội",)
    assert convert_column(["cô"], "vni").values == ("cơ",)  # the person said so
