"""Which database this machine uses: the embedded file or a PostgreSQL server.

Saved in the machine settings as a URL without its password (see ``models.db_password``); the
app reads it at start, so a change takes effect when the app is opened again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from models.db_password import save_password
from models.local_settings import load_settings, save_settings

log = logging.getLogger(__name__)
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


class ChoiceError(ValueError):
    """A server setting that cannot be right; ``message`` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ServerSettings:
    """A PostgreSQL server and the login this desk uses on it."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "motcua"
    user: str = "motcua"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL; with ``password`` only for connecting, never for saving."""
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def check(self) -> None:
        """Refuse empty or impossible values before trying to connect."""
        if not self.host.strip():
            raise ChoiceError("Hãy nhập địa chỉ máy chủ, ví dụ 192.168.1.10.")
        if not 0 < self.port < 65536:
            raise ChoiceError("Cổng phải là một số từ 1 đến 65535 (thường là 5432).")
        if not self.database.strip():
            raise ChoiceError("Hãy nhập tên cơ sở dữ liệu, ví dụ motcua.")
        if not self.user.strip():
            raise ChoiceError("Hãy nhập tên người dùng trên máy chủ, ví dụ motcua.")


def server_of(url: str) -> ServerSettings | None:
    """The server settings a saved URL names, ``None`` for the embedded file (or empty)."""
    if not url:
        return None
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return None
    return ServerSettings(
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
    )


def choose_server(config_dir: Path, server: ServerSettings, password: str) -> str:
    """Use ``server`` from the next start; return where the password went ("keyring"/"file")."""
    server.check()
    where = save_password(config_dir, server.url(), password)
    settings = load_settings(config_dir)
    settings.database_url = server.url().render_as_string(hide_password=False)
    save_settings(config_dir, settings)
    log.info("database for the next start: %s (password in the %s)", settings.database_url, where)
    return where


def choose_embedded(config_dir: Path) -> None:
    """Use the embedded file of this machine from the next start."""
    settings = load_settings(config_dir)
    settings.database_url = ""
    save_settings(config_dir, settings)
    log.info("database for the next start: the embedded file")
