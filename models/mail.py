"""Sending export files upward by e-mail (SMTP), with messages a chair can act on.

The server settings are commune-wide (in the database, shared by every desk); the password is kept
on this machine only, in a file readable by this user alone, never in the database or plain
settings.
"""

from __future__ import annotations

import json
import mimetypes
import os
import smtplib
import ssl
from dataclasses import asdict, dataclass, fields
from email.message import EmailMessage
from pathlib import Path

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import Setting
from models.text import clean

MAIL_KEY = "mail"
PASSWORD_FILE = "smtp-password"
TIMEOUT_SECONDS = 30
SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class MailSettings:
    """Where report e-mails go and through which server."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # one of SECURITY
    user: str = ""
    sender: str = ""
    recipient: str = ""

    @property
    def is_set(self) -> bool:
        """True once a server, a sender and a recipient are known."""
        return bool(self.host and self.sender and self.recipient)


class MailError(Exception):
    """Sending failed; ``message`` is Vietnamese and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def load_mail_settings(db: Database) -> MailSettings:
    """The commune's mail settings (empty until set)."""
    with db.reading() as session:
        row = session.get(Setting, MAIL_KEY)
        if row is None:
            return MailSettings()
        known = {f.name for f in fields(MailSettings)}
        return MailSettings(**{k: v for k, v in json.loads(row.value).items() if k in known})


def save_mail_settings(db: Database, settings: MailSettings, *, actor: Actor) -> MailSettings:
    """Store the mail settings (admin); audited (no password here)."""
    require(db, actor, Permission.EDIT_SETTINGS)
    if settings.security not in SECURITY:
        raise ValueError(f"unknown security {settings.security!r}")
    cleaned = MailSettings(
        host=clean(settings.host),
        port=int(settings.port),
        security=settings.security,
        user=clean(settings.user),
        sender=clean(settings.sender),
        recipient=clean(settings.recipient),
    )
    with db.transaction() as session:
        before = session.get(Setting, MAIL_KEY)
        session.merge(Setting(key=MAIL_KEY, value=json.dumps(asdict(cleaned))))
        audit.record(
            session,
            actor=actor.name,
            action="configure",
            entity="mail",
            before=json.loads(before.value) if before else None,
            after=asdict(cleaned),
        )
    return cleaned


def load_password(config_dir: Path) -> str:
    """The SMTP password kept on this machine ("" when none)."""
    path = config_dir / PASSWORD_FILE
    return path.read_text(encoding="utf-8") if path.exists() else ""


def save_password(config_dir: Path, password: str) -> None:
    """Keep the SMTP password in a file only this user can read (0600 where the OS has modes)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / PASSWORD_FILE
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password)


def build_message(
    settings: MailSettings, subject: str, body: str, files: list[Path]
) -> EmailMessage:
    """The e-mail with every file attached."""
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = settings.recipient
    message["Subject"] = subject
    message.set_content(body)
    for path in files:
        kind, _encoding = mimetypes.guess_type(path.name)
        main, sub = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=main, subtype=sub, filename=path.name)
    return message


def send_files(
    settings: MailSettings, password: str, subject: str, body: str, files: list[Path]
) -> None:
    """Send ``files`` to the recipient; raises :class:`MailError` with what to do."""
    if not settings.is_set:
        raise MailError("Chưa cài đặt thư điện tử: hãy vào Tệp → Thư điện tử gửi báo cáo.")
    message = build_message(settings, subject, body, files)
    where = f"{settings.host}:{settings.port}"
    try:
        _deliver(settings, password, message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(
            f"Máy chủ thư {where} không nhận tên đăng nhập hoặc mật khẩu: hãy kiểm tra lại trong "
            "Tệp → Thư điện tử gửi báo cáo."
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(
            f"Máy chủ thư từ chối địa chỉ người nhận {settings.recipient}: hãy kiểm tra địa chỉ."
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(
            f"Không gửi được thư qua {where} ({type(exc).__name__}). Có thể mạng đang mất: các tệp "
            "đã được lưu trong thư mục, hãy gửi lại sau hoặc mang USB lên cấp trên."
        ) from exc


def _deliver(settings: MailSettings, password: str, message: EmailMessage) -> None:
    if settings.security == "ssl":
        context = ssl.create_default_context()
        with smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context
        ) as server:
            _login_and_send(server, settings, password, message)
        return
    with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS) as server:
        if settings.security == "starttls":
            server.starttls(context=ssl.create_default_context())
        _login_and_send(server, settings, password, message)


def _login_and_send(
    server: smtplib.SMTP, settings: MailSettings, password: str, message: EmailMessage
) -> None:
    if settings.user:
        server.login(settings.user, password)
    server.send_message(message)
