"""The document font: Times New Roman when the system has a usable one, else the bundled serif."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from printing import fonts
from printing.fonts import (
    BUNDLED_LICENCE,
    STYLES,
    TIMES_FILES,
    bundled_files,
    choose_fonts,
    find_times_new_roman,
    missing_letters,
    register_fonts,
)


def fake_times(folder: Path, names: dict[str, str] | None = None) -> dict[str, Path]:
    """Copies of the bundled family under Times New Roman's file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = names or {style: TIMES_FILES[style][0] for style in STYLES}
    copies = {}
    for style, source in bundled_files().items():
        if style in names:
            copies[style] = folder / names[style]
            shutil.copyfile(source, copies[style])
    return copies


def test_the_bundled_family_is_there_with_its_licence() -> None:
    files = bundled_files()
    assert set(files) == set(STYLES)
    for path in files.values():
        assert path.is_file() and path.stat().st_size > 100_000, path
    licence = next(iter(files.values())).parent / BUNDLED_LICENCE
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_the_bundled_family_covers_every_vietnamese_letter() -> None:
    for path in bundled_files().values():
        assert missing_letters(TTFont("probe", str(path))) == "", path


def test_registration_happens_once_and_maps_bold_and_italic() -> None:
    family = register_fonts()
    assert register_fonts() is family
    assert family.source in ("Times New Roman", "Liberation Serif (bundled)")
    for name in (family.regular, family.bold, family.italic, family.bold_italic):
        assert pdfmetrics.getFont(name) is not None
    assert len(set(family.files)) == 4


def test_times_new_roman_is_found_by_its_windows_names(tmp_path: Path) -> None:
    copies = fake_times(tmp_path / "Windows" / "Fonts")
    assert find_times_new_roman([tmp_path / "missing", tmp_path / "Windows" / "Fonts"]) == copies
    source, files, _fonts = choose_fonts([tmp_path / "Windows" / "Fonts"])
    assert (source, files) == ("Times New Roman", copies)


def test_times_new_roman_is_found_by_its_linux_names_in_subfolders(tmp_path: Path) -> None:
    names = {
        "regular": "Times_New_Roman.ttf",
        "bold": "Times_New_Roman_Bold.ttf",
        "italic": "Times_New_Roman_Italic.ttf",
        "bold_italic": "Times_New_Roman_Bold_Italic.ttf",
    }
    copies = fake_times(tmp_path / "truetype" / "msttcorefonts", names)
    assert find_times_new_roman([tmp_path]) == copies


def test_an_incomplete_family_is_not_taken(tmp_path: Path) -> None:
    fake_times(tmp_path, {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf"})
    assert find_times_new_roman([tmp_path]) is None
    source, files, _fonts = choose_fonts([tmp_path])
    assert (source, files) == ("Liberation Serif (bundled)", bundled_files())


def test_a_damaged_times_falls_back_to_the_bundled_family(tmp_path: Path) -> None:
    for style in STYLES:
        (tmp_path / TIMES_FILES[style][0]).write_bytes(b"not a font")
    assert find_times_new_roman([tmp_path]) is not None
    assert choose_fonts([tmp_path])[0] == "Liberation Serif (bundled)"


def test_a_times_without_vietnamese_letters_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_times(tmp_path)
    real = fonts.missing_letters

    def old_times(font: TTFont) -> str:
        # An old Times New Roman (before Vietnamese was added) lacks the precomposed letters.
        return "ạảấ" if Path(font.face.filename).parent == tmp_path else real(font)

    monkeypatch.setattr(fonts, "missing_letters", old_times)
    assert choose_fonts([tmp_path])[0] == "Liberation Serif (bundled)"


def test_times_new_roman_is_taken_from_the_windows_fonts_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # %WINDIR%\Fonts on a Windows desk PC; a fake Windows folder stands in for it here.
    windows = tmp_path / "Windows"
    copies = fake_times(windows / "Fonts")
    monkeypatch.setenv("WINDIR", str(windows))
    assert fonts.font_dirs()[0] == windows / "Fonts"
    source, files, _fonts = choose_fonts(fonts.font_dirs())
    assert (source, files) == ("Times New Roman", copies)


def test_without_windir_the_system_root_names_the_windows_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path / "Win"))
    assert fonts.font_dirs()[0] == tmp_path / "Win" / "Fonts"
