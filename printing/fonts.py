"""The serif family every printed document uses, registered with ReportLab once.

Decree 30/2020/NĐ-CP asks for Times New Roman. Windows has it (``%WINDIR%\\Fonts``), a Linux
desk may have it (ttf-mscorefonts); everywhere else the bundled Liberation Serif stands in: it is
metric-compatible with Times New Roman (same advance widths, so lines break in the same places),
covers every Vietnamese letter and is free to bundle and embed (SIL OFL 1.1, licence beside the
files in resources/fonts/). A system font is only taken when all four styles are there, can be
embedded, and cover the whole Vietnamese alphabet; otherwise the bundled family is used.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from models.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "MotCuaSerif"
STYLES = ("regular", "bold", "italic", "bold_italic")
_SUFFIX = {"regular": "", "bold": "-Bold", "italic": "-Italic", "bold_italic": "-BoldItalic"}

# File names of Times New Roman: Windows (times*.ttf), ttf-mscorefonts on Linux, macOS.
TIMES_FILES: Mapping[str, tuple[str, ...]] = {
    "regular": ("times.ttf", "times_new_roman.ttf", "times new roman.ttf"),
    "bold": ("timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf"),
    "italic": ("timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf"),
    "bold_italic": (
        "timesbi.ttf",
        "times_new_roman_bold_italic.ttf",
        "times new roman bold italic.ttf",
    ),
}
BUNDLED_FILES: Mapping[str, str] = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
BUNDLED_LICENCE = "LICENSE-LiberationSerif.txt"

# Every letter of the Vietnamese alphabet with every tone mark, both cases, plus the quotes and
# dashes the documents print.
_VOWELS = "aăâeêioôơuưy"
_TONED = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
VIETNAMESE_LETTERS = _VOWELS + _VOWELS.upper() + _TONED + _TONED.upper() + "đĐ–“”‘’…"


@dataclass(frozen=True)
class FontFamily:
    """The registered font names of the four styles and where the files came from."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str
    files: tuple[Path, ...]


def font_dirs() -> list[Path]:
    """The folders searched for Times New Roman, Windows first."""
    windows = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    dirs = [Path(windows) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    return dirs


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-cased file name to path; the first folder that has a name wins."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, names in os.walk(folder):
            for name in names:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def find_times_new_roman(dirs: Iterable[Path]) -> dict[str, Path] | None:
    """The four Times New Roman files under ``dirs``, or ``None`` unless all four are there."""
    index = _index(dirs)
    files: dict[str, Path] = {}
    for style in STYLES:
        path = next((index[n] for n in TIMES_FILES[style] if n in index), None)
        if path is None:
            return None
        files[style] = path
    return files


def bundled_files() -> dict[str, Path]:
    """The four bundled Liberation Serif files under resources/fonts/."""
    return {style: resource_path("fonts", name) for style, name in BUNDLED_FILES.items()}


def missing_letters(font: TTFont) -> str:
    """The Vietnamese letters ``font`` has no glyph for (empty when it covers them all)."""
    cmap: Mapping[int, int] = font.face.charToGlyph
    return "".join(ch for ch in VIETNAMESE_LETTERS if ord(ch) not in cmap)


def _load(files: Mapping[str, Path]) -> dict[str, TTFont] | None:
    """The four fonts loaded under our names, or ``None`` if one is unusable for Vietnamese."""
    fonts: dict[str, TTFont] = {}
    for style in STYLES:
        try:
            font = TTFont(FAMILY + _SUFFIX[style], str(files[style]))
        except (TTFError, OSError) as exc:  # not embeddable, damaged, unreadable
            log.info("font %s not usable: %s", files[style], exc)
            return None
        missing = missing_letters(font)
        if missing:
            log.info("font %s lacks Vietnamese letters %r", files[style], missing)
            return None
        fonts[style] = font
    return fonts


def choose_fonts(dirs: Iterable[Path]) -> tuple[str, dict[str, Path], dict[str, TTFont]]:
    """Times New Roman from ``dirs`` if usable, else the bundled family: (source, files, fonts)."""
    system = find_times_new_roman(dirs)
    if system is not None:
        fonts = _load(system)
        if fonts is not None:
            return "Times New Roman", system, fonts
    bundled = bundled_files()
    fonts = _load(bundled)
    if fonts is None:
        raise RuntimeError(f"bundled fonts missing or damaged: {bundled['regular'].parent}")
    return "Liberation Serif (bundled)", bundled, fonts


@functools.cache
def register_fonts() -> FontFamily:
    """Register the serif family with ReportLab (once per process) and return its names.

    ``<b>`` and ``<i>`` in paragraphs map to the bold and italic files through the registered
    family. ReportLab embeds a subset of each TrueType font it uses, with a ToUnicode map, so text
    copied out of the PDF is the Unicode that was written.
    """
    source, files, fonts = choose_fonts(font_dirs())
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    names = {style: FAMILY + _SUFFIX[style] for style in STYLES}
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    log.info("document font: %s", source)
    return FontFamily(
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        source=source,
        files=tuple(files[style] for style in STYLES),
    )
