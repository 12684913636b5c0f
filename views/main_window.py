"""The main window: navigation on the left, one screen at a time, status bar below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.access import ROLE_LABELS, Actor, Permission
from models.commune import CommuneProfile, load_profile
from models.day_lock import lock_of
from models.db import Database
from models.summary import DayCounters, day_counters
from ui.ui_main_window import Ui_MainWindow
from views.counters_text import format_counters
from views.desk_log import DeskLogScreen
from views.file_menu import FileMenu
from views.lazy_pages import LazyPages
from views.look import name_symbol_buttons

# The secondary screens and the dialogs are imported and built when first used: a start with
# five years of history shows the desk log before anything else (docs/performance.md).
if TYPE_CHECKING:
    from views.audit_screen import AuditScreen
    from views.commune_dialog import CommuneDialog
    from views.consolidation_screen import ConsolidationScreen
    from views.daily_summary_screen import DailySummaryScreen
    from views.digitization_screen import DigitizationScreen
    from views.handouts_screen import HandoutsScreen

REMINDER_CHECK_MS = 60_000
SHORTCUTS_HELP = QT_TRANSLATE_NOOP(
    "MainWindow",
    """<b>Tiếp dân</b><br>
Tab / Shift+Tab: sang ô sau / ô trước<br>
Enter hoặc Ctrl+S: lưu lượt hỗ trợ<br>
Esc: xóa trắng (hoặc hủy sửa)<br>
Alt+1 … Alt+8: bật/tắt hình thức hỗ trợ<br>
Ctrl+D: lặp lại thủ tục, hỗ trợ, kênh nộp của lượt trước<br>
F5 … F9: mẫu nhanh (các nút trên cùng)<br>
Ctrl+F: tìm trong danh sách; Alt+← / Alt+→: ngày trước / sau<br>
Delete: xóa lượt đã chọn (có hỏi lại)<br>
Ctrl+1 …: chuyển màn hình<br>
Shift+F1: hướng dẫn sử dụng""",
)


class MainWindow(QMainWindow):
    """Holds the screens a user may use."""

    def __init__(
        self,
        db: Database,
        *,
        actor: Actor,
        clerk: str = "",
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._clock = clock or db.local_now
        self._reminded_on: date | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.desk_log = DeskLogScreen(db, actor=actor, clerk=clerk, clock=clock, parent=self)
        self._add_screen(self.tr("Tiếp dân"), self.desk_log)
        # Screen name → (row, builder, built widget or None): built on first navigation or use.
        self._lazy = LazyPages(self.ui.pages)
        self._screen_clock = clock
        self._add_lazy("digitization", self.tr("Số hóa"), self._build_digitization)
        self.desk_log.digitization_offered.connect(
            lambda visit_id: self.digitization.offer_for_visit(visit_id)
        )
        self._add_lazy("handouts", self.tr("Tờ hướng dẫn"), self._build_handouts)
        self.desk_log.handout_requested.connect(self.print_handout_for)
        self._add_lazy("daily", self.tr("Tổng hợp ngày"), self._build_daily)
        self._add_lazy("consolidation", self.tr("Tổng hợp cấp trên"), self._build_consolidation)
        if actor.can(Permission.REVIEW):
            self._add_lazy("audit", self.tr("Nhật ký thao tác"), self._build_audit)
        self.ui.pages.currentChanged.connect(self._screen_shown)
        self.ui.navList.currentRowChanged.connect(self._lazy.go_to)
        self.ui.navList.setCurrentRow(0)
        self._db_label = QLabel(self._database_text())
        self._counters_label = QLabel()
        self.ui.statusBar.addWidget(self._db_label)
        role = ROLE_LABELS[actor.role]
        self._user_label = QLabel(
            self.tr("Đăng nhập: {who} ({role})").format(who=actor.display, role=role)
        )
        self.ui.statusBar.addWidget(self._user_label)
        self.ui.statusBar.addPermanentWidget(self._counters_label)
        # A shared server out of reach: said until it answers again (views/desk_sync.py).
        self._sync_label = QLabel()
        self._sync_label.setProperty("role", "error")
        self._sync_label.setVisible(False)
        self.ui.statusBar.addPermanentWidget(self._sync_label)
        self.desk_log.sync.status_changed.connect(self._show_sync_status)
        self.desk_log.sync.note.connect(lambda text: self.ui.statusBar.showMessage(text, 8000))
        self.desk_log.counters_changed.connect(self._show_counters)
        if self.desk_log.today_counters is not None:  # loaded by the desk log: not read again
            self._show_counters(self.desk_log.today_counters)
        # Tệp's dialogs (commune, mail, database, import, catalog, users, a citizen's request,
        # one's own password): views/file_menu.py.
        self.file_menu = FileMenu(self)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.shortcutsAction.triggered.connect(self._show_shortcuts)
        # Cài đặt and the rest of Trợ giúp need this PC's folders: views/settings_menu.py and
        # views/help_menu.py connect them (views/app.py).
        self.settings_menu: object | None = None
        self.help_menu: object | None = None
        self.set_profile(load_profile(db))
        name_symbol_buttons(self)
        self._reminder_timer = QTimer(self)
        self._reminder_timer.timeout.connect(self.check_reminder)
        self._reminder_timer.start(REMINDER_CHECK_MS)

    def _add_lazy(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        """A navigation row whose screen is an empty placeholder until first shown or used."""
        self._add_screen(title, self._lazy.placeholder(name, build))

    def _screen(self, name: str) -> QWidget:
        return self._lazy.get(name)

    def _build_digitization(self) -> QWidget:
        from views.digitization_screen import DigitizationScreen

        return DigitizationScreen(self.db, actor=self.actor, clock=self._screen_clock, parent=self)

    def _build_handouts(self) -> QWidget:
        from views.handouts_screen import HandoutsScreen

        return HandoutsScreen(self.db, actor=self.actor, parent=self)

    def _build_daily(self) -> QWidget:
        from views.daily_summary_screen import DailySummaryScreen

        daily = DailySummaryScreen(self.db, actor=self.actor, clock=self._screen_clock, parent=self)
        # A lock taken on one screen shows on the other at once.
        daily.lock_changed.connect(lambda: self.desk_log.load_day(self.desk_log.current_day()))
        return daily

    def _build_consolidation(self) -> QWidget:
        from views.consolidation_screen import ConsolidationScreen

        return ConsolidationScreen(self.db, parent=self)

    def _build_audit(self) -> QWidget:
        from views.audit_screen import AuditScreen

        return AuditScreen(self.db, actor=self.actor, parent=self)

    @property
    def digitization(self) -> DigitizationScreen:
        """The digitization screen (built on first use)."""
        return self._screen("digitization")  # type: ignore[return-value]

    @property
    def handouts(self) -> HandoutsScreen:
        """The handouts screen (built on first use)."""
        return self._screen("handouts")  # type: ignore[return-value]

    @property
    def daily(self) -> DailySummaryScreen:
        """The daily summary screen (built on first use)."""
        return self._screen("daily")  # type: ignore[return-value]

    @property
    def consolidation(self) -> ConsolidationScreen:
        """The consolidation screen (built on first use)."""
        return self._screen("consolidation")  # type: ignore[return-value]

    @property
    def audit(self) -> AuditScreen | None:
        """The audit screen (built on first use); ``None`` for a user who may not review."""
        if "audit" not in self._lazy:
            return None
        return self._screen("audit")  # type: ignore[return-value]

    def _built(self, name: str) -> QWidget | None:
        return self._lazy.built(name)

    def _add_screen(self, title: str, screen: QWidget) -> None:
        number = self.ui.pages.count() + 1
        self.ui.pages.addWidget(screen)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} (Ctrl+{number})")
        self.ui.navList.addItem(item)
        self.fit_navigation()
        shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
        shortcut.activated.connect(lambda row=number - 1: self.ui.navList.setCurrentRow(row))

    def fit_navigation(self) -> None:
        """Wide enough for the longest name at the user's text size (the .ui width is a minimum)."""
        nav = self.ui.navList
        nav.ensurePolished()
        wanted = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 16
        nav.setFixedWidth(max(nav.minimumWidth(), wanted))

    def check_reminder(self) -> bool:
        """Once a day, after the reminder time: today has visits but is neither locked nor sent."""
        from printing.daily_export import was_exported  # with the export: not before the paint

        now = self._clock()
        today = now.date()
        if self._reminded_on == today:
            return False
        try:
            hour, minute = (int(part) for part in load_profile(self.db).reminder_time.split(":"))
            if now.time() < time(hour, minute) or day_counters(self.db, today).visits == 0:
                return False
            if lock_of(self.db, today) is not None or was_exported(self.db, today):
                return False
        except SQLAlchemyError:  # the server is out of reach: the status bar says so; next minute
            return False
        self._reminded_on = today
        text = self.tr(
            "Đã {time}: số liệu hôm nay chưa chốt và chưa gửi cấp trên. Vào «Tổng hợp ngày» để "
            "chốt số liệu và xuất báo cáo."
        ).format(time=f"{now:%H:%M}")
        self.ui.statusBar.showMessage(text)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Nhắc chốt số liệu"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never blocks the desk: the clerk may be mid-entry
        return True

    def print_handout_for(self, visit_id: str) -> None:
        """Show the handout of a saved visit and open the print dialog (Ctrl+P at the desk)."""
        if not self.handouts.prefill_for_visit(visit_id):
            self.ui.statusBar.showMessage(
                self.tr("Lượt này không có thủ tục nên không có tờ hướng dẫn."), 8000
            )
            return
        self.ui.navList.setCurrentRow(self.ui.pages.indexOf(self.handouts))

    def _screen_shown(self, index: int) -> None:
        page = self.ui.pages.widget(index)
        daily, audit = self._built("daily"), self._built("audit")
        if daily is not None and page is daily:
            self.daily.refresh()
        elif audit is not None and page is audit:
            self.audit.refresh()  # type: ignore[union-attr]  # visits saved since last drawn

    def _database_text(self) -> str:
        if self.db.is_sqlite:
            return self.tr("Cơ sở dữ liệu: tệp trên máy này")
        url = self.db.engine.url
        return self.tr("Cơ sở dữ liệu: PostgreSQL {host}").format(host=url.host or "")

    def _show_sync_status(self, text: str) -> None:
        self._sync_label.setText(text)
        self._sync_label.setVisible(bool(text))

    def _show_counters(self, counters: DayCounters) -> None:
        self._counters_label.setText(
            self.tr("Hôm nay: {counters}").format(counters=format_counters(counters))
        )

    def set_profile(self, profile: CommuneProfile) -> None:
        """Show the commune's name in the title."""
        name = (
            profile.name
            if profile.is_set
            else self.tr("chưa đặt thông tin xã (Tệp → Thông tin xã)")
        )
        self.setWindowTitle(self.tr("Một Cửa Desk — {name}").format(name=name))

    def ask_profile_if_missing(self) -> CommuneDialog | None:
        """On a first start, ask for the commune's code and name (Cancel leaves it for later)."""
        if load_profile(self.db).is_set or not self.actor.can(Permission.EDIT_SETTINGS):
            return None
        return self.file_menu.edit_commune()

    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self, self.tr("Phím tắt"), QCoreApplication.translate("MainWindow", str(SHORTCUTS_HELP))
        )
