"""Translations of the screens: loadable, and never dropping a placeholder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication

from models.resources import resource_path
from views.app import install_translation

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TS_FILES = sorted(resource_path("translations").glob("*.ts"))


def test_vietnamese_needs_no_translation_and_english_loads(qapp: QApplication) -> None:
    assert install_translation(qapp, "vi") is None
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
