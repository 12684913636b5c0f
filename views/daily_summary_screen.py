"""Tổng hợp ngày: the chair's figures, charts and the day lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from models.access import Actor, Permission, PermissionDenied
from models.commune import load_profile
from models.daily_summary import DailySummary, DayPoint, compute_summary, daily_series
from models.day_lock import DayLock, LockError, lock_day, lock_of, reopen_day
from models.db import Database
from models.reference import ReferenceData, load_reference
from models.validation import format_date
from models.visit_input import is_online_submission
from models.visit_queries import VisitRow, visits_on
from ui.ui_daily_summary import Ui_DailySummaryScreen
from views.charts import ranked_bars, show_in, trend_chart
from views.export_dialog import ExportDialog
from views.qt_dates import from_qdate, to_qdate
from views.visit_list_dialog import VisitListDialog

TREND_DAYS = 30

# Which visits stand behind each tile, for the drill-down list.
TILE_FILTERS: dict[str, Callable[[VisitRow], bool]] = {
    "visits": lambda row: True,
    "online": lambda row: is_online_submission(row.outcome, row.channel),
    "not_completed": lambda row: row.outcome == "not_completed",
}


def minutes(summary: DailySummary) -> str:
    """Average service time in minutes, with a decimal comma ("—" without timed visits)."""
    if summary.average_service_seconds is None:
        return "—"
    return f"{summary.average_service_seconds / 60:.1f}".replace(".", ",")


def average(values: list[int]) -> float | None:
    """The mean over the days that had visits (closed days would drag it down)."""
    worked = [value for value in values if value]
    return sum(worked) / len(worked) if worked else None


class DailySummaryScreen(QWidget):
    """Key figures beside the previous day and the 30-day average, four charts, the lock."""

    lock_changed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        actor: Actor,
        clock: Callable[[], datetime] | None = None,
        export_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.export_folder = export_folder or Path.home() / "BaoCaoMotCua"
        self._clock = clock or db.local_now
        self.ui = Ui_DailySummaryScreen()
        self.ui.setupUi(self)
        self.ref: ReferenceData = load_reference(db)
        self.summary: DailySummary | None = None
        self.lock: DayLock | None = None
        self.tiles: dict[str, QPushButton] = {}
        self._make_tiles()
        self._connect()
        # Silently: the figures are computed once below, not also by the date's signal.
        blocked = self.ui.dayEdit.blockSignals(True)
        self.ui.dayEdit.setDate(to_qdate(self._clock().date()))
        self.ui.dayEdit.blockSignals(blocked)
        # The figures of 30 days are computed when the screen is first shown, not at start.

    def showEvent(self, event: QShowEvent) -> None:
        """Compute the figures the first time the screen is shown."""
        super().showEvent(event)
        if self.summary is None:
            self.refresh()

    def _make_tiles(self) -> None:
        for key in ("visits", "citizens", "online", "not_completed", "service", "digitized"):
            tile = QPushButton(self.ui.tilesBar)
            tile.setProperty("role", "tile")
            tile.setObjectName(f"tile_{key}")
            if key in TILE_FILTERS:
                tile.setToolTip(self.tr("Bấm để xem các lượt hỗ trợ"))
                tile.clicked.connect(lambda _c=False, k=key: self.show_visits_behind(k))
            else:  # a figure with no list behind it
                tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.ui.tilesLayout.addWidget(tile)
            self.tiles[key] = tile

    def _connect(self) -> None:
        ui = self.ui
        ui.dayEdit.dateChanged.connect(lambda _d: self.refresh())
        ui.prevDayButton.clicked.connect(lambda: self._shift(-1))
        ui.nextDayButton.clicked.connect(lambda: self._shift(1))
        ui.todayButton.clicked.connect(lambda: ui.dayEdit.setDate(to_qdate(self._clock().date())))
        ui.lockButton.clicked.connect(self.lock_shown_day)
        ui.reopenButton.clicked.connect(self.reopen_shown_day)
        ui.exportButton.clicked.connect(self.open_export)

    def current_day(self) -> date:
        """The day shown."""
        return from_qdate(self.ui.dayEdit.date())

    def _shift(self, days: int) -> None:
        self.ui.dayEdit.setDate(to_qdate(self.current_day() + timedelta(days=days)))

    # -- figures ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the figures and charts of the day shown."""
        day = self.current_day()
        self.ref = load_reference(self.db)
        self.summary = compute_summary(self.db, self.ref, day, day)
        points = daily_series(self.db, day - timedelta(days=TREND_DAYS - 1), day)
        # "The day before" is the last working day: a Monday compares with Friday, not Sunday.
        worked = [p.day for p in points[:-1] if p.visits]
        before = worked[-1] if worked else day - timedelta(days=1)
        previous = compute_summary(self.db, self.ref, before, before)
        self._fill_tiles(self.summary, previous, points[:-1])
        self._draw_charts(self.summary, points)
        self._show_lock(lock_of(self.db, day))

    def _fill_tiles(
        self, today: DailySummary, previous: DailySummary, history: list[DayPoint]
    ) -> None:
        def text(label: str, value: str, before: str, mean: float | None) -> str:
            mean_text = "—" if mean is None else f"{mean:.1f}".replace(".", ",")
            return self.tr("{value}\n{label}\nNgày {day}: {before} · TB 30 ngày: {mean}").format(
                day=previous_day, value=value, label=label, before=before, mean=mean_text
            )

        previous_day = previous.first.strftime("%d/%m")
        share = "" if today.online_share is None else f" ({today.online_share:.0%})"
        self.tiles["visits"].setText(
            text(
                self.tr("Lượt hỗ trợ"),
                str(today.visits),
                str(previous.visits),
                average([p.visits for p in history]),
            )
        )
        self.tiles["citizens"].setText(
            self.tr("{value}\nNgười dân\nNgày {day}: {before}").format(
                value=today.citizens, day=previous_day, before=previous.citizens
            )
        )
        self.tiles["online"].setText(
            text(
                self.tr("Nộp trực tuyến"),
                f"{today.online_submitted}{share}",
                str(previous.online_submitted),
                average([p.online_submitted for p in history]),
            )
        )
        self.tiles["not_completed"].setText(
            text(
                self.tr("Chưa hoàn thành"),
                str(today.not_completed),
                str(previous.not_completed),
                average([p.not_completed for p in history]),
            )
        )
        self.tiles["service"].setText(
            self.tr("{value} phút\nThời gian hỗ trợ TB\nNgày {day}: {before} phút").format(
                day=previous_day, value=minutes(today), before=minutes(previous)
            )
        )
        digitized = today.digitization
        self.tiles["digitized"].setText(
            self.tr(
                "{pages} trang\nSố hóa ({documents} tài liệu)\nTồn: {backlog} · Trả lại: {back}"
            ).format(
                pages=today.pages_digitized,
                documents=today.documents_digitized,
                backlog=digitized.backlog_total,
                back=digitized.sent_back,
            )
        )

    def _draw_charts(self, summary: DailySummary, points: list[DayPoint]) -> None:
        ref = self.ref
        target = load_profile(self.db).online_target
        charts = (
            (self.ui.trendHost, trend_chart(points, target)),
            (
                self.ui.assistanceHost,
                ranked_bars(
                    self.tr("Lượt theo hình thức hỗ trợ"),
                    [
                        (ref.short_label("assistance", c), n)
                        for c, n in summary.by_assistance.items()
                    ],
                ),
            ),
            (
                self.ui.proceduresHost,
                ranked_bars(
                    self.tr("Thủ tục nhiều nhất"),
                    [(p.name, p.visits) for p in summary.by_procedure],
                ),
            ),
            (
                self.ui.reasonsHost,
                ranked_bars(
                    self.tr("Lý do chưa hoàn thành"),
                    [(ref.short_label("reason", c), n) for c, n in summary.by_reason.items() if n],
                ),
            ),
        )
        for host, chart in charts:
            show_in(host, chart)

    def show_visits_behind(self, key: str) -> VisitListDialog:
        """List the visits a tile counts, with personal data masked."""
        rows = [row for row in visits_on(self.db, self.current_day()) if TILE_FILTERS[key](row)]
        title = self.tiles[key].text().split("\n")[1]
        dialog = VisitListDialog(
            self.tr("{title}, ngày {day}").format(title=title, day=format_date(self.current_day())),
            rows,
            self.ref,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog:
        """The export dialog for the day shown (or its week, month, a custom period)."""
        dialog = ExportDialog(
            self.db, self.current_day(), self.export_folder, actor=self.actor, parent=self
        )
        dialog.exported.connect(self.lock_changed)  # the reminder looks at exports too
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the lock ---------------------------------------------------------------------------

    def _show_lock(self, lock: DayLock | None) -> None:
        self.lock = lock
        day = format_date(self.current_day())
        ui = self.ui
        ui.lockButton.setVisible(lock is None)
        ui.reopenButton.setVisible(lock is not None)
        ui.lockButton.setEnabled(self.actor.can(Permission.LOCK_DAY))
        ui.reopenButton.setEnabled(self.actor.can(Permission.REOPEN_DAY))
        if not self.actor.can(Permission.LOCK_DAY):
            ui.lockButton.setToolTip(self.tr("Chỉ Chủ tịch (lãnh đạo) được chốt số liệu ngày."))
        ui.lockButton.setText(self.tr("Chốt số liệu ngày {day}").format(day=day))
        if lock is None:
            ui.lockStateLabel.setText(self.tr("Chưa chốt số liệu."))
        else:
            ui.lockStateLabel.setText(
                self.tr("🔒 Số liệu {lock}.").format(lock=lock.describe(self.db.tz))
            )

    def lock_shown_day(self) -> None:
        """Lock the day shown, with an optional note."""
        day = self.current_day()
        note, ok = QInputDialog.getText(
            self,
            self.tr("Chốt số liệu"),
            self.tr(
                "Chốt số liệu ngày {day}? Sau khi chốt, không thêm, sửa, xóa được lượt hỗ trợ "
                "của ngày này.\nGhi chú (không bắt buộc):"
            ).format(day=format_date(day)),
        )
        if not ok:
            return
        try:
            lock_day(self.db, day, actor=self.actor, note=note)
        except (LockError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Không chốt được"), exc.message)
        self.refresh()
        self.lock_changed.emit()

    def reopen_shown_day(self) -> None:
        """Reopen the day shown; the reason is required."""
        day = self.current_day()
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Mở lại ngày đã chốt"),
            self.tr("Lý do mở lại ngày {day} (bắt buộc):").format(day=format_date(day)),
        )
        if not ok:
            return
        try:
            reopen_day(self.db, day, actor=self.actor, reason=reason)
        except (LockError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Không mở lại được"), exc.message)
        self.refresh()
        self.lock_changed.emit()
