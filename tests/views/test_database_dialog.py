"""Tệp → Cơ sở dữ liệu…: choosing the embedded file or a server, testing it, keeping the
password out of the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models import db_password
from models.db import Database
from models.local_settings import FILE_NAME, load_settings
from tests.actors import admin, clerk
from views.database_dialog import DatabaseDialog
from views.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_password, "_keyring", lambda: None)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> DatabaseDialog:
    made = DatabaseDialog(tmp_path / "config", tmp_path / "data" / "motcua.sqlite3")
    qtbot.addWidget(made)
    return made


def fill_server(dialog: DatabaseDialog, port: int = 5432, password: str = "MatKhau-2026") -> None:
    dialog.ui.serverRadio.setChecked(True)
    dialog.ui.hostEdit.setText("127.0.0.1")
    dialog.ui.portSpin.setValue(port)
    dialog.ui.nameEdit.setText("motcua")
    dialog.ui.userEdit.setText("ban1")
    dialog.ui.passwordEdit.setText(password)


def test_the_embedded_file_is_the_default_and_the_server_fields_wait(
    dialog: DatabaseDialog,
) -> None:
    assert dialog.ui.embeddedRadio.isChecked()
    assert not dialog.ui.serverBox.isEnabled()
    assert "motcua.sqlite3" in dialog.ui.embeddedPathLabel.text()


def test_a_server_is_saved_without_its_password_in_the_settings(
    dialog: DatabaseDialog, tmp_path: Path
) -> None:
    fill_server(dialog)
    dialog.accept()
    assert dialog.saved
    config = tmp_path / "config"
    assert load_settings(config).database_url == "postgresql+psycopg://ban1@127.0.0.1:5432/motcua"
    assert "MatKhau" not in (config / FILE_NAME).read_text(encoding="utf-8")
    assert "MatKhau-2026" in (config / db_password.FILE_NAME).read_text(encoding="utf-8")


def test_reopened_it_shows_the_server_and_keeps_the_password(
    qtbot: QtBot, dialog: DatabaseDialog, tmp_path: Path
) -> None:
    fill_server(dialog)
    dialog.accept()
    again = DatabaseDialog(tmp_path / "config", tmp_path / "data" / "motcua.sqlite3")
    qtbot.addWidget(again)
    assert again.ui.serverRadio.isChecked() and again.ui.hostEdit.text() == "127.0.0.1"
    assert again.ui.passwordEdit.text() == ""  # never shown back
    assert "giữ mật khẩu đã lưu" in again.ui.passwordEdit.placeholderText()
    again.accept()  # an empty field keeps the saved password
    assert again.saved
    assert "MatKhau-2026" in (tmp_path / "config" / db_password.FILE_NAME).read_text("utf-8")


def test_a_server_needs_a_password_and_a_host(dialog: DatabaseDialog) -> None:
    fill_server(dialog, password="")
    dialog.accept()
    assert not dialog.saved and "mật khẩu" in dialog.ui.errorLabel.text()
    fill_server(dialog)
    dialog.ui.hostEdit.setText("")
    dialog.accept()
    assert not dialog.saved and "địa chỉ máy chủ" in dialog.ui.errorLabel.text()


def test_the_test_button_says_what_failed(dialog: DatabaseDialog) -> None:
    fill_server(dialog, port=1)  # nothing listens on port 1
    dialog.ui.testButton.click()
    assert dialog.last_check is not None and not dialog.last_check.ok
    assert "Không kết nối được tới máy chủ 127.0.0.1:1" in dialog.ui.resultLabel.text()
    assert dialog.ui.resultLabel.text().startswith("✖")


def test_the_test_button_on_the_embedded_file(dialog: DatabaseDialog) -> None:
    dialog.ui.testButton.click()
    assert dialog.ui.resultLabel.text().startswith("✔")


def test_going_back_to_the_embedded_file(dialog: DatabaseDialog, tmp_path: Path) -> None:
    fill_server(dialog)
    dialog.accept()
    dialog.ui.embeddedRadio.setChecked(True)
    dialog.accept()
    assert load_settings(tmp_path / "config").database_url == ""


def test_only_an_admin_reaches_it_from_the_file_menu(qtbot: QtBot, db: Database) -> None:
    for actor, allowed in ((admin(), True), (clerk(), False)):
        window = MainWindow(db, actor=actor)
        qtbot.addWidget(window)
        assert window.file_menu.databaseAction.isEnabled() is allowed
        assert window.file_menu.databaseAction in window.ui.fileMenu.actions()
    dialog = window.file_menu.choose_database()
    assert isinstance(dialog, DatabaseDialog)
    dialog.reject()
