"""Translations of the screens: loadable, and never dropping a placeholder."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from models.resources import resource_path
from tools.build_translations import lupdate
from views.app import install_translation

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TS_FILES = sorted(resource_path("translations").glob("*.ts"))


def test_qt_own_buttons_and_menus_speak_vietnamese(qapp: QApplication) -> None:
    before = QLocale()
    translator = install_translation(qapp, "vi")
    assert translator is not None
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
        )
        texts = {button.text() for button in box.buttons()}
        assert texts == {"Đóng", "Hủy"}
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        assert "Sao &chép" in [action.text().split("\t")[0] for action in menu.actions()]
        assert QLocale().language() is QLocale.Language.Vietnamese
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_english_loads_and_an_unknown_language_is_ignored(qapp: QApplication) -> None:
    translator = install_translation(qapp, "en")
    assert translator is not None
    qapp.removeTranslator(translator)
    assert install_translation(qapp, "xx") is None


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: object) -> None:
    root = ET.parse(str(ts)).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation:
            assert set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(source)), source


def test_the_translation_source_holds_texts_from_code_forms_and_tables() -> None:
    # One text from self.tr(), one from QT_TRANSLATE_NOOP, one from a Designer form.
    sources = {
        m.findtext("source") for ts in TS_FILES for m in ET.parse(str(ts)).getroot().iter("message")
    }
    assert {"Không lưu được", "Mã hồ sơ / Lý do", "Thông tin xã…"} <= sources


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(str(ts)).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


ENGLISH = resource_path("translations", "motcua_en.ts")


def test_every_text_on_screen_has_its_english(tmp_path: Path) -> None:
    # lupdate over today's code into a copy: a text added without its English shows up here.
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is part of PySide6; install the project to run this test")
    fresh = tmp_path / ENGLISH.name
    shutil.copyfile(ENGLISH, fresh)
    lupdate(fresh, "en")
    committed, current = _messages(ENGLISH), _messages(fresh)
    missing = sorted(key for key in current if key not in committed)
    assert not missing, f"run tools/build_translations.py and translate: {missing[:5]}"
    untranslated = sorted(
        key
        for key, message in current.items()
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    )
    assert not untranslated, f"texts without English: {untranslated[:5]}"


def test_the_compiled_english_is_the_translation_file(qapp: QApplication) -> None:
    # The .qm must be rebuilt with the .ts: a sample of texts read back through Qt.
    translator = QTranslator()
    assert translator.load(str(ENGLISH.with_suffix(".qm")))
    for (context, source), message in list(_messages(ENGLISH).items())[::25]:
        expected = message.findtext("translation") or ""
        assert translator.translate(context, source) == expected, source
