"""Translations of the screens: loadable, and never dropping a placeholder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from models.resources import resource_path
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
