"""Logging to a rotating file in the user log folder: programming errors with tracebacks.

Nothing personal is ever passed to a logger: messages name visits by id, never by person.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "motcua-desk.log"


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send the app's log records to ``log_dir``/motcua-desk.log (1 MB × 5 files)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
