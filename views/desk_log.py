"""Tiếp dân, the home screen: the entry form on the left, the day's visits on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from models.access import Actor
from models.day_lock import DayLocked, lock_of
from models.db import Database
from models.outbox import Outbox, is_connection_error
from models.reference import ReferenceData, load_reference
from models.summary import DayCounters, day_counters
from models.validation import format_date
from models.visit_input import CleanVisit, FieldError, validate_visit
from models.visit_queries import (
    QuickTemplate,
    latest_template,
    load_for_edit,
    recent_clerks,
    visits_on,
)
from models.visits import VisitChanged, VisitNotFound, save_visit, update_visit
from ui.ui_desk_log import Ui_DeskLogScreen
from views.conflict_dialog import Choice, ask_about_conflict
from views.counters_text import format_counters
from views.desk_keys import add_desk_shortcuts
from views.desk_sync import DeskSync
from views.history_search import HistorySearchDialog
from views.item_models import VisitFilterProxy, VisitIdRole, VisitTableModel, select_visit_rows
from views.qt_dates import from_qdate, to_qdate
from views.template_bar import TemplateBar
from views.visit_deletion import ask_and_delete
from views.visit_form import VisitForm
from views.visit_table import setup_visit_table
from views.workers import Background

log = logging.getLogger(__name__)
FLASH_MS = 2000
TEMPLATES_DELAY_MS = 100


class DeskLogScreen(QWidget):
    """Records visits with the keyboard and lists the day's visits."""

    counters_changed = Signal(object)  # DayCounters of today
    clerk_used = Signal(str)
    handout_requested = Signal(str)  # visit id
    digitization_offered = Signal(str)  # a new visit with "Số hóa giấy tờ": register its papers

    def __init__(
        self,
        db: Database,
        *,
        actor: Actor,
        clerk: str = "",
        clock: Callable[[], datetime] | None = None,
        outbox: Outbox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._clock = clock or db.local_now
        self.ui = Ui_DeskLogScreen()
        self.ui.setupUi(self)
        self.ref: ReferenceData = load_reference(db)
        self.form = VisitForm(self.ui, self.ref)
        self.model = VisitTableModel(self.ref, self)
        self.proxy = VisitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.templates = TemplateBar(self.ui.templatesBar, self.ui.templatesLayout, self.ref, self)
        self.templates.chosen.connect(self.apply_template)
        self._editing: tuple[str, int] | None = None
        self.last_saved_id: str | None = None
        # Today's counters as last loaded: the main window shows them without loading again.
        self.today_counters: DayCounters | None = None
        # Owned by the screen, so it never fires into a screen that is gone.
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.model.set_flash(None))
        setup_visit_table(self.ui.visitTable, self.proxy)
        self.ui.templatesLayout.addStretch(1)
        self._connect()
        # On a shared server: other desks' visits appear, and an unreachable server is survived.
        self.sync = DeskSync(db, self.current_day, outbox=outbox, parent=self)
        self.sync.day_changed.connect(self.refresh_from_other_desks)
        self.sync.sent.connect(lambda _n: self.refresh_from_other_desks())
        today = self.now().date()
        # The names of 90 days of visits are offered after the first paint (with the templates).
        self.form.set_clerks([clerk] if clerk else [], clerk)
        blocked = self.ui.dayEdit.blockSignals(True)  # loaded once, below, not also by the signal
        self.ui.dayEdit.setDate(to_qdate(today))
        self.ui.dayEdit.blockSignals(blocked)
        self.load_day(today)
        # A month of history to count, after the list is painted (Qt paints after zero-delay
        # timers, so a short delay); the timer is the screen's, never firing into a closed one.
        self._templates_timer = QTimer(self)
        self._templates_timer.setSingleShot(True)
        self._templates_timer.timeout.connect(self.refresh_templates)
        self._templates_timer.timeout.connect(self._offer_recent_clerks)
        self._templates_timer.start(TEMPLATES_DELAY_MS)
        self.form.clear(self.now(), keep_backdated_day=False)
        self._revalidate()

    def showEvent(self, event: QShowEvent) -> None:
        """Size the form's column once styled: it never scrolls sideways."""
        super().showEvent(event)
        scrollbar = self.ui.entryScroll.verticalScrollBar().sizeHint().width()
        width = self.ui.entryPanel.minimumSizeHint().width() + scrollbar + 8
        if self.ui.entryScroll.minimumWidth() < width:
            self.ui.entryScroll.setMinimumWidth(width)
            self.ui.splitter.setSizes([width, max(1, self.width() - width)])

    def now(self) -> datetime:
        """The commune's local time, naive."""
        return self._clock()

    def _connect(self) -> None:
        ui = self.ui
        self.form.changed.connect(self._revalidate)
        self.form.submit_requested.connect(self.save)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear_or_cancel)
        ui.cancelEditButton.clicked.connect(self.cancel_edit)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.visitTable.doubleClicked.connect(
            lambda index: self.edit_visit(str(self.proxy.data(index, VisitIdRole)))
        )
        ui.filterEdit.textChanged.connect(self.proxy.set_query)
        ui.dayEdit.dateChanged.connect(lambda d: self.load_day(from_qdate(d)))
        ui.prevDayButton.clicked.connect(lambda: self.shift_day(-1))
        ui.nextDayButton.clicked.connect(lambda: self.shift_day(1))
        ui.todayButton.clicked.connect(lambda: ui.dayEdit.setDate(to_qdate(self.now().date())))
        add_desk_shortcuts(self)

    def search_history(self) -> HistorySearchDialog:
        """Ctrl+Shift+F: a name search over every day; a double-click opens that day here."""
        dialog = HistorySearchDialog(self.db, self)
        dialog.day_chosen.connect(lambda day: self.ui.dayEdit.setDate(to_qdate(day)))
        dialog.open()
        return dialog

    # -- the form ---------------------------------------------------------------------------

    def _validate(self) -> tuple[CleanVisit | None, list[FieldError]]:
        return validate_visit(self.form.read(), self.ref, self.now())

    def _revalidate(self) -> None:
        clean, errors = self._validate()
        self.form.show_errors(errors, clean.warnings if clean else (), show_all=False)
        self.ui.saveButton.setEnabled(clean is not None)

    def save_and_print(self) -> None:
        """Ctrl+P: save what is typed (if anything), then ask for the handout of that visit."""
        if self.ui.nameEdit.text().strip():
            self.save()
            if self.ui.nameEdit.text().strip():  # refused: the errors are on screen
                return
        if self.last_saved_id is not None:
            self.handout_requested.emit(self.last_saved_id)

    def save(self) -> None:
        """Save the form (a new visit, or the visit being edited); errors stay on screen."""
        clean, errors = self._validate()
        if clean is None:
            self.form.show_errors(errors, (), show_all=True)
            widget = self.form.first_error_widget(errors)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._editing is None and self.sync.queued(clean, self.actor.name):
            self._clear_form()  # offline: straight to the outbox, no wait for a dead server
            return
        is_new = self._editing is None
        try:
            if self._editing is None:
                visit_id = save_visit(self.db, clean, actor=self.actor.name)
            else:
                visit_id, version = self._editing
                update_visit(
                    self.db, visit_id, clean, expected_version=version, actor=self.actor.name
                )
        except VisitChanged:
            self._resolve_conflict()
            return
        except (VisitNotFound, DayLocked) as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), exc.message)
            return
        except SQLAlchemyError as exc:
            if self._editing is None and self.sync.queued(clean, self.actor.name, failure=exc):
                self._clear_form()
                return
            log.exception("saving a visit failed")
            QMessageBox.critical(
                self,
                self.tr("Không lưu được"),
                self.tr(
                    "Không lưu được lượt hỗ trợ vì cơ sở dữ liệu không phản hồi. Nội dung bạn "
                    "nhập vẫn còn trên màn hình: hãy thử lưu lại sau ít phút. Nếu vẫn lỗi, báo "
                    "người phụ trách kỹ thuật."
                ),
            )
            return
        self.last_saved_id = visit_id
        self._after_save(clean, visit_id)
        if is_new and "digitize" in clean.assistance:
            self.digitization_offered.emit(visit_id)

    def reload_reference(self) -> None:
        """Read procedures, villages and labels again (a new village, the catalog edited)."""
        self.ref = load_reference(self.db)
        self.form.set_reference(self.ref)
        self.model.set_reference(self.ref)
        self.templates.ref = self.ref

    def _clear_form(self) -> None:
        self.form.clear(self.now(), keep_backdated_day=True)
        self._revalidate()

    def _resolve_conflict(self) -> None:
        """Another desk saved this visit meanwhile: show both, keep mine or take theirs."""
        assert self._editing is not None
        visit_id = self._editing[0]
        choice, version = ask_about_conflict(self, self.db, self.ref, visit_id, self.form.read())
        if choice is Choice.MINE and version is not None:
            self._editing = (visit_id, version)
            self.save()  # my version over theirs, audited as an edit of theirs
        elif choice is Choice.THEIRS:
            self.cancel_edit()
            self.load_day(self.current_day())

    def refresh_from_other_desks(self) -> None:
        """Reload the shown day, keeping the selected rows selected."""
        selected = set(self._selected_ids())
        self.load_day(self.current_day())
        select_visit_rows(self.ui.visitTable, selected)

    def _after_save(self, clean: CleanVisit, visit_id: str) -> None:
        if clean.village and self.ref.village_id(clean.village) is None:
            self.reload_reference()
        if clean.clerk_name:
            self.clerk_used.emit(clean.clerk_name)
        self._leave_edit()
        day = clean.occurred_at.date()
        if self.current_day() != day:
            self.ui.dayEdit.setDate(to_qdate(day))  # loads that day
        else:
            self.load_day(day)
        self._flash(visit_id)
        self.form.clear(self.now(), keep_backdated_day=True)
        self.refresh_templates()
        self._revalidate()

    def _flash(self, visit_id: str) -> None:
        self.model.set_flash(visit_id)
        row = self.model.row_of(visit_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.ui.visitTable.scrollTo(index)
        self._flash_timer.start(FLASH_MS)

    def clear_or_cancel(self) -> None:
        """Esc: leave editing, or empty the form."""
        if self._editing is not None:
            self.cancel_edit()
            return
        self._clear_form()

    def repeat_last(self) -> None:
        """Ctrl+D: the last visit's procedure, assistance types and channel."""
        template = latest_template(self.db)
        if template is not None:
            self.apply_template(template)

    def apply_template(self, template: QuickTemplate) -> None:
        """Fill procedure, assistance and channel from a template; the cursor goes to the name."""
        self.form.apply_template(template.procedure_code, template.assistance, template.channel)
        self.form.touched.update({"procedure", "assistance", "channel"})
        self._revalidate()
        if not self.ui.nameEdit.text():
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_recent_clerks(self) -> None:
        db, today = self.db, self.now().date()
        Background.run(
            self,
            lambda: recent_clerks(db, today),
            lambda names: self.form.set_clerks(names, self.ui.clerkCombo.currentText()),
            # A convenience, like the templates: the typed name still works.
            lambda _error: log.warning("the recent clerks could not be read"),
        )

    def refresh_templates(self) -> None:
        """One button per frequent combination of the last 30 days (counted off the GUI thread)."""
        self.templates.refresh(self.db, self.now().date())

    # -- the day's list ---------------------------------------------------------------------

    def load_day(self, day: date) -> None:
        """Show the visits of ``day`` and its counters."""
        try:
            rows, counters, lock = (
                visits_on(self.db, day),
                day_counters(self.db, day),
                lock_of(self.db, day),
            )
        except SQLAlchemyError as exc:
            if not (self.sync.enabled and is_connection_error(exc)):
                raise
            self.sync.go_offline()  # the list keeps what it showed; the status bar says why
            return
        self.model.set_rows(rows)
        self.ui.dayLockLabel.setVisible(lock is not None)
        if lock is not None:
            self.ui.dayLockLabel.setText(
                self.tr("🔒 Ngày {day} {lock}. Muốn sửa, hãy đề nghị Chủ tịch mở lại ngày.").format(
                    day=format_date(day), lock=lock.describe(self.db.tz)
                )
            )
        self.ui.editButton.setEnabled(lock is None)
        self.ui.deleteButton.setEnabled(lock is None)
        self.ui.countersLabel.setText(
            self.tr("Ngày {day}: {counters}").format(
                day=format_date(day), counters=format_counters(counters)
            )
        )
        if day == self.now().date():
            self.today_counters = counters
            self.counters_changed.emit(counters)

    def current_day(self) -> date:
        """The day the list shows."""
        return from_qdate(self.ui.dayEdit.date())

    def shift_day(self, days: int) -> None:
        self.ui.dayEdit.setDate(to_qdate(self.current_day() + timedelta(days=days)))

    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def _selected_ids(self) -> list[str]:
        rows = self.ui.visitTable.selectionModel().selectedRows()
        return [str(self.proxy.data(index, VisitIdRole)) for index in rows]

    # -- editing and deleting ---------------------------------------------------------------

    def edit_selected(self) -> None:
        """Open the selected visit in the form."""
        ids = self._selected_ids()
        if ids:
            self.edit_visit(ids[0])

    def edit_visit(self, visit_id: str) -> None:
        """Fill the form with a stored visit; saving then updates it."""
        loaded = load_for_edit(self.db, visit_id)
        if loaded is None:
            QMessageBox.warning(self, self.tr("Không sửa được"), VisitNotFound.message)
            self.load_day(self.current_day())
            return
        visit, version = loaded
        self._editing = (visit_id, version)
        self.form.fill(visit)
        when = visit.occurred_at
        self.ui.editBannerLabel.setText(
            self.tr(
                "Đang sửa lượt lúc {time} ngày {day}. Lưu để ghi lại thay đổi, Esc để hủy."
            ).format(time=f"{when:%H:%M}", day=format_date(when.date()))
        )
        self.ui.editBanner.setVisible(True)
        self._revalidate()
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        """Leave editing without saving; the form empties."""
        self._leave_edit()
        self.form.clear(self.now(), keep_backdated_day=False)
        self._revalidate()

    def _leave_edit(self) -> None:
        self._editing = None
        self.ui.editBanner.setVisible(False)

    def delete_selected(self) -> None:
        """Delete the selected visits after asking; they stay in the audit trail."""
        ids = self._selected_ids()
        if not ids:
            return
        ask_and_delete(self, self.db, ids, actor=self.actor.name)
        if self._editing is not None and self._editing[0] in ids:
            self.cancel_edit()
        self.load_day(self.current_day())
