"""ID numbers are never stored in clear: a keyed hash recognises a returning citizen.

The key is made once per installation and kept in a file beside the database, not in it, so a
copied database alone does not let anyone test guesses of ID numbers against the hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

KEY_BYTES = 32


@dataclass(frozen=True)
class IdHasher:
    """HMAC-SHA256 of a 12-digit ID number under this installation's key."""

    key: bytes

    def hash(self, digits: str) -> str:
        """The hex digest stored in place of the number."""
        return hmac.new(self.key, digits.encode("ascii"), hashlib.sha256).hexdigest()


def load_or_create_key(path: Path) -> IdHasher:
    """Read the installation key, creating it (readable by this user only) on first use."""
    if path.exists():
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(key) == KEY_BYTES:
            return IdHasher(key)
        raise ValueError(f"the ID-hash key file {path} is damaged")
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return IdHasher(key)
