"""Work off the GUI thread: a job runs in Qt's thread pool and reports back on the GUI thread.

Each job opens its own sessions through the services (never one shared with the GUI). Tests set
``Background.synchronous`` so that a job has finished when the call returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the GUI thread, which shows a message
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Background:
    """Runs jobs in the global thread pool, or at once when ``synchronous`` (tests)."""

    synchronous = False

    @classmethod
    def run(
        cls,
        parent: QObject,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work``; then call ``on_done(result)`` or ``on_failed(error)`` on the GUI thread."""
        signals = _Signals(parent)  # owned by the parent: no callback into a closed window
        signals.done.connect(on_done)
        signals.failed.connect(on_failed)
        job = _Job(work, signals)
        if cls.synchronous:
            job.run()
        else:
            QThreadPool.globalInstance().start(job)
