"""Where this machine keeps the database server's password: never in the settings file.

The OS keyring (Windows Credential Manager, the Secret Service on Linux) when a usable backend
exists; else a file of its own in the config folder, readable by this user only (0600 where the
OS has modes). The settings file holds the server's URL without the password, so it can be
copied, shown or sent to a helper without giving the password away.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)
SERVICE = "MotCuaDesk database"
FILE_NAME = "db-password.json"


def secret_key(url: URL) -> str:
    """What a password is filed under: user, server and database (one password per login)."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _keyring() -> Any | None:
    """The keyring module when its backend can really store secrets, else ``None``."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # no backend at all, a broken D-Bus: the file serves instead
        log.info("no usable keyring")
        return None
    if getattr(backend, "priority", 0) <= 0:  # keyring's "fail" and "null" backends
        return None
    return keyring


def _file(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


def _read_file(config_dir: Path) -> dict[str, str]:
    path = _file(config_dir)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        log.warning("the database password file cannot be read")
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_file(config_dir: Path, data: dict[str, str]) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = _file(config_dir)
    if not data:
        path.unlink(missing_ok=True)
        return
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    partial.replace(path)


def save_password(config_dir: Path, url: URL, password: str) -> str:
    """Keep ``password`` for ``url``'s login; return where: "keyring" or "file"."""
    key = secret_key(url)
    ring = _keyring()
    stored = _read_file(config_dir)
    if ring is not None:
        try:
            ring.set_password(SERVICE, key, password)
        except Exception:
            log.warning("the keyring refused the password; using the protected file")
        else:
            if stored.pop(key, None) is not None:
                _write_file(config_dir, stored)
            return "keyring"
    stored[key] = password
    _write_file(config_dir, stored)
    return "file"


def load_password(config_dir: Path, url: URL) -> str | None:
    """The password kept for ``url``'s login, or ``None``."""
    key = secret_key(url)
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(SERVICE, key)
        except Exception:
            found = None
        if found is not None:
            return str(found)
    return _read_file(config_dir).get(key)


def url_with_password(url: str, config_dir: Path) -> str:
    """``url`` with the kept password filled in, for a server URL that names none."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return url
    password = load_password(config_dir, parsed)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
