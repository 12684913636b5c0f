"""Sending exports by e-mail, against a real SMTP server on the loopback address."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from models.db import Database
from models.mail import (
    MailError,
    MailSettings,
    load_mail_settings,
    load_password,
    save_mail_settings,
    save_password,
    send_files,
)
from tests.actors import admin


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=policy.default)  # type: ignore[arg-type]
        )
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_files_arrive_attached(smtp: tuple[Inbox, int], tmp_path: Path) -> None:
    inbox, port = smtp
    report = tmp_path / "BC-NGAY_10507_2026-11-23.json"
    report.write_text('{"schema": "motcua.daily-summary/1"}', encoding="utf-8")
    settings = MailSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        sender="xa@example.org",
        recipient="tinh@example.org",
    )
    send_files(settings, "", "Báo cáo ngày 23/11/2026 — Xã Tân Lập", "Kính gửi", [report])
    (message,) = inbox.messages
    assert message["Subject"] == "Báo cáo ngày 23/11/2026 — Xã Tân Lập"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == report.name
    assert attachment.get_payload(decode=True) == report.read_bytes()


def test_an_unreachable_server_says_the_files_are_kept(tmp_path: Path) -> None:
    settings = MailSettings(
        host="127.0.0.1",
        port=free_port(),
        security="none",
        sender="xa@example.org",
        recipient="tinh@example.org",
    )
    with pytest.raises(MailError, match="đã được lưu"):
        send_files(settings, "", "x", "y", [])
    with pytest.raises(MailError, match="Chưa cài đặt"):
        send_files(MailSettings(), "", "x", "y", [])


def test_settings_in_the_database_password_on_the_machine(db: Database, tmp_path: Path) -> None:
    saved = save_mail_settings(
        db,
        MailSettings(
            host=" smtp.example.org ",
            port=465,
            security="ssl",
            user="xa",
            sender="xa@example.org",
            recipient="tinh@example.org",
        ),
        actor=admin("admin"),
    )
    assert load_mail_settings(db) == saved and saved.host == "smtp.example.org"
    save_password(tmp_path, "bí mật")
    save_password(tmp_path, "mới")  # replaced, never appended
    assert load_password(tmp_path) == "mới"
    assert (tmp_path / "smtp-password").stat().st_mode & 0o077 == 0
    with db.reading() as session:
        from models.entities import AuditEntry

        assert all("mới" not in (e.after or "") for e in session.query(AuditEntry))
