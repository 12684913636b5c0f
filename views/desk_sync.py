"""Keeping one desk in step with a shared database server.

Two timers, both only when the database is a server (the embedded file has one desk):
- every few seconds a cheap fingerprint of the shown day (``day_stamp``) tells whether another
  desk saved, edited, deleted or locked; the desk log then reloads its list;
- while the server cannot be reached, new visits go to the offline outbox (``models.outbox``)
  and a retry sends them when it answers again.
Database work runs off the GUI thread (a dead server takes seconds to time out).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from models.db import Database
from models.outbox import Outbox, SendReport, is_connection_error, outbox_file
from models.paths import AppPaths
from models.visit_input import CleanVisit
from models.visit_queries import day_stamp
from views.workers import Background

POLL_MS = 5_000
RETRY_MS = 15_000


class DeskSync(QObject):
    """Polls the shown day and runs the outbox of one desk."""

    day_changed = Signal()  # another desk changed the shown day
    status_changed = Signal(str)  # lasting state for the status bar; "" when all is well
    note = Signal(str)  # a passing message (visits sent)
    sent = Signal(int)

    def __init__(
        self,
        db: Database,
        shown_day: Callable[[], date],
        *,
        outbox: Outbox | None = None,
        server: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._shown_day = shown_day
        self.enabled = (not db.is_sqlite) if server is None else server
        if self.enabled and outbox is None:
            outbox = Outbox(outbox_file(AppPaths.default().data_dir))
        self.outbox = outbox if self.enabled else None
        self.offline = False
        self.status = ""
        self._stamp: tuple[date, object] | None = None
        self._polling = False
        self._sending = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
        if self.enabled:
            self.poll_timer.start()
            if self.waiting():
                self.retry_timer.start()
                QTimer.singleShot(0, self, self.retry)  # visits left from the last session

    def waiting(self) -> int:
        """Visits in the outbox."""
        return self.outbox.count() if self.outbox is not None else 0

    # -- other desks ------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask for the shown day's fingerprint; a change made elsewhere emits ``day_changed``."""
        if not self.enabled or self.offline or self._polling:
            return
        day = self._shown_day()
        self._polling = True
        Background.run(
            self, lambda: day_stamp(self.db, day), lambda s: self._polled(day, s), self._poll_failed
        )

    def _polled(self, day: date, stamp: object) -> None:
        self._polling = False
        previous, self._stamp = self._stamp, (day, stamp)
        changed = previous is not None and previous[0] == day and previous[1] != stamp
        if changed and day == self._shown_day():
            self.day_changed.emit()

    def _poll_failed(self, exc: Exception) -> None:
        self._polling = False
        if is_connection_error(exc):
            self.go_offline()

    # -- the outbox -------------------------------------------------------------------------

    def queued(self, clean: CleanVisit, actor: str, failure: Exception | None = None) -> bool:
        """Keep a new visit in the outbox when the server is out of reach; True when kept.

        With ``failure`` (a save that just failed) the visit is kept only if the failure means
        the server is unreachable; without it, only while this desk already knows it is offline.
        """
        if self.outbox is None:
            return False
        if failure is not None and not is_connection_error(failure):
            return False
        if failure is None and not self.offline:
            return False
        self.outbox.put(clean, self.db.hasher, actor=actor)
        self.go_offline()
        return True

    def go_offline(self) -> None:
        """Say so, and retry until the server answers."""
        self.offline = True
        self._set_status(self._offline_text())
        if not self.retry_timer.isActive():
            self.retry_timer.start()

    def _offline_text(self) -> str:
        text = self.tr("Mất kết nối máy chủ — lượt mới được lưu tạm trên máy này")
        waiting = self.waiting()
        if waiting:
            text += self.tr(" (đang chờ gửi: {n})").format(n=waiting)
        return text

    def retry(self) -> None:
        """Send what waits; the answer says whether the server is back."""
        if self.outbox is None or self._sending:
            return
        outbox = self.outbox
        self._sending = True
        Background.run(self, lambda: outbox.send_all(self.db), self._retried, self._retry_failed)

    def _retried(self, report: SendReport) -> None:
        self._sending = False
        if report.unreachable:
            self.go_offline()
            return
        self.offline = False
        if report.left == 0:
            self.retry_timer.stop()
            self._set_status("")
        else:
            reason = next(iter(report.refused.values()), "")
            self._set_status(
                self.tr("{n} lượt lưu tạm chưa gửi được: {reason}").format(
                    n=report.left, reason=reason
                )
            )
        if report.sent:
            self.note.emit(
                self.tr("Đã gửi {n} lượt lưu tạm lên máy chủ.").format(n=len(report.sent))
            )
        if report.sent or report.already_there:
            self.sent.emit(len(report.sent))

    def _retry_failed(self, _exc: Exception) -> None:
        self._sending = False
        self.go_offline()

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)
