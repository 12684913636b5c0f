"""Số hóa: the papers being digitized, by state, with batch moves, files and the daily pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTabBar,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.access import Actor
from models.db import Database
from models.digitization import move_items, record_reuse
from models.digitization_figures import pages_per_clerk, pages_series
from models.digitization_files import attach_file, scan_folder, verify_files
from models.digitization_queries import ItemFilter, list_items, papers_for_visit, state_counts
from models.digitization_workflow import (
    KIND_LABELS,
    KINDS,
    OPEN_STATES,
    SCAN_AGAIN,
    STATE_LABELS,
    STATES,
    WorkflowError,
)
from models.paths import AppPaths
from models.validation import format_date
from ui.ui_digitization import Ui_DigitizationScreen
from views.charts import pages_chart, show_in
from views.digitization_dialogs import DigitizationItemDialog, SendBackDialog
from views.digitization_model import DUE_COLUMN, ID_ROLE, SORT_ROLE, DigitizationModel
from views.scan_drop import ScanDrop

log = logging.getLogger(__name__)
CHART_DAYS = 30
CLERK_DAYS = 7
ALL_OPEN = ""


class DigitizationScreen(QWidget):
    """Items by state (a tab per state with its count), filters, batch moves, files, figures."""

    changed = Signal()  # items were created or moved: the chair's figures are stale

    def __init__(
        self,
        db: Database,
        *,
        actor: Actor,
        clock: Callable[[], datetime] | None = None,
        scans: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._clock = clock or db.local_now
        self.scans = scans or scan_folder(AppPaths.default())
        self.ui = Ui_DigitizationScreen()
        self.ui.setupUi(self)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("stateTabs")
        self.tabs.setExpanding(False)
        self.tabs.addTab("")
        self.tabs.setTabData(0, ALL_OPEN)
        for state in STATES:
            self.tabs.setTabData(self.tabs.addTab(""), state)
        self.ui.stateBarLayout.addWidget(self.tabs)
        self.ui.stateBarLayout.addStretch(1)
        self.ui.kindCombo.addItem(self.tr("(mọi loại)"), "")
        for code in KINDS:
            self.ui.kindCombo.addItem(KIND_LABELS[code], code)
        self.ui.clerkCombo.addItem(self.tr("(mọi cán bộ)"), "")
        self.model = DigitizationModel(self.today(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.itemTable.setModel(self.proxy)
        header = self.ui.itemTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A register's reference is long: its column keeps a fixed width, the tooltip has it all.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 190)
        self.ui.itemTable.setWordWrap(False)
        self.ui.itemTable.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.ui.itemTable.verticalHeader().setVisible(False)
        # Drag a scanned file from Explorer onto a row to attach it to that item.
        self.drop = ScanDrop(
            self.ui.itemTable, self.proxy, ID_ROLE, self.attach, self.ui.messageLabel.setText
        )
        self.ui.clerkTable.setColumnCount(4)
        self.ui.clerkTable.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Cán bộ"), self.tr("Tài liệu"), self.tr("Trang")]
        )
        self.ui.clerkTable.verticalHeader().setVisible(False)
        self.ui.clerkTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([1000, 380])
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.clerkCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.overdueCheck.toggled.connect(lambda _on: self.refresh())
        ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        ui.nextButton.clicked.connect(self.move_selected_next)
        ui.sendBackButton.clicked.connect(self.ask_send_back)
        ui.attachButton.clicked.connect(self.choose_file)
        ui.reuseButton.clicked.connect(self.ask_reuse)
        ui.verifyButton.clicked.connect(self.check_files)
        ui.addButton.clicked.connect(lambda: self.open_add(book=False))
        ui.bookButton.clicked.connect(lambda: self.open_add(book=True))
        selection = ui.itemTable.selectionModel()
        selection.selectionChanged.connect(lambda *_a: self._selection_changed())

    def today(self) -> date:
        """The commune's local day."""
        return self._clock().date()

    def showEvent(self, event: QShowEvent) -> None:
        # Papers registered from the desk log since the screen was last drawn.
        super().showEvent(event)
        self.refresh()

    # -- the list -----------------------------------------------------------------------------

    def current_filter(self) -> ItemFilter:
        """What the tabs and filters ask for."""
        return ItemFilter(
            state=str(self.tabs.tabData(self.tabs.currentIndex()) or "") or None,
            kind=str(self.ui.kindCombo.currentData() or "") or None,
            clerk=str(self.ui.clerkCombo.currentData() or ""),
            overdue=self.ui.overdueCheck.isChecked(),
            text=self.ui.searchEdit.text(),
        )

    def refresh(self) -> None:
        """Read the counts, the rows, the chart and the clerks' pages again."""
        today = self.today()
        counts = state_counts(self.db)
        self.tabs.setTabText(
            0, self.tr("Đang xử lý ({n})").format(n=sum(counts[s] for s in OPEN_STATES))
        )
        for index in range(1, self.tabs.count()):
            state = str(self.tabs.tabData(index))
            self.tabs.setTabText(index, f"{STATE_LABELS[state]} ({counts[state]})")
        self.model.set_rows(list_items(self.db, self.current_filter(), today=today), today)
        overdue = sum(row.overdue(today) for row in self.model.rows)
        flagged = sum(row.flagged for row in self.model.rows)
        self.ui.messageLabel.setText(
            self.tr("{n} tài liệu · {pages} trang · quá hạn {late} · cần quét lại {back}").format(
                n=len(self.model.rows),
                pages=sum(row.pages for row in self.model.rows),
                late=overdue,
                back=flagged,
            )
        )
        self._fill_clerks(today)
        show_in(
            self.ui.chartHost,
            pages_chart(pages_series(self.db, today - timedelta(days=CHART_DAYS - 1), today)),
        )
        self._selection_changed()

    def _fill_clerks(self, today: date) -> None:
        rows = pages_per_clerk(self.db, today - timedelta(days=CLERK_DAYS - 1), today)
        table = self.ui.clerkTable
        table.setRowCount(len(rows))
        for number, (day, clerk, documents, pages) in enumerate(rows):
            for column, text in enumerate((format_date(day), clerk, str(documents), str(pages))):
                table.setItem(number, column, QTableWidgetItem(text))
        chosen = self.ui.clerkCombo.currentData()
        names = sorted({row.last_actor for row in self.model.rows} | {r[1] for r in rows})
        combo = self.ui.clerkCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(mọi cán bộ)"), "")
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.ui.itemTable.selectionModel().selectedRows())
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of ``ids`` (as a clerk's Ctrl+click would)."""
        table = self.ui.itemTable
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.SelectionMode.MultiSelection)
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row is not None:
                table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        table.setSelectionMode(mode)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        chosen = [row for row in self.model.rows if row.id in set(ids)]
        self.ui.selectionLabel.setText(
            self.tr("Đã chọn {n} tài liệu, {pages} trang").format(
                n=len(chosen), pages=sum(row.pages for row in chosen)
            )
            if chosen
            else ""
        )
        ui = self.ui
        for button in (ui.nextButton, ui.sendBackButton):
            button.setEnabled(bool(chosen))
        for button in (ui.attachButton, ui.reuseButton):
            button.setEnabled(len(chosen) == 1)

    # -- moves --------------------------------------------------------------------------------

    def _run(self, title: str, action: Callable[[], str]) -> bool:
        """Run a service; a refusal is shown in Vietnamese and nothing changes."""
        try:
            message = action()
        except WorkflowError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        except SQLAlchemyError:
            log.exception("a digitization action failed")
            QMessageBox.critical(
                self,
                title,
                self.tr(
                    "Cơ sở dữ liệu không phản hồi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo "
                    "người phụ trách kỹ thuật."
                ),
            )
            return False
        self.refresh()
        self.ui.messageLabel.setText(message)
        self.changed.emit()
        return True

    def move_selected_next(self) -> bool:
        """Move every selected item one step forward, all or none."""
        ids = self.selected_ids()
        if not ids:
            return False

        def move() -> str:
            moved = move_items(self.db, ids, actor=self.actor.name)
            return self.tr("Đã chuyển {n} tài liệu sang bước tiếp theo.").format(n=len(moved))

        return self._run(self.tr("Không chuyển được"), move)

    def ask_send_back(self) -> SendBackDialog | None:
        """Ask one reason for the selected items (non-blocking), then send them back."""
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = SendBackDialog(len(ids), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.send_back(ids, dialog.reason, dialog.note))
        dialog.open()
        return dialog

    def send_back(self, ids: list[str], reason: str, note: str = "") -> bool:
        """Send ``ids`` back to be scanned again with one reason."""

        def back() -> str:
            moved = move_items(
                self.db, ids, actor=self.actor.name, to_state=SCAN_AGAIN, reason=reason, note=note
            )
            return self.tr("Đã trả lại {n} tài liệu để quét lại.").format(n=len(moved))

        return self._run(self.tr("Không trả lại được"), back)

    # -- registering ---------------------------------------------------------------------------

    def open_add(self, *, book: bool) -> DigitizationItemDialog:
        """Ghi nhận giấy tờ… / Nhập cả sổ…"""
        return self._open_dialog(
            DigitizationItemDialog(
                self.db, actor=self.actor.name, today=self.today(), book=book, parent=self
            )
        )

    def offer_for_visit(self, visit_id: str) -> DigitizationItemDialog | None:
        """From the desk log: a saved visit with "Số hóa giấy tờ" proposes its papers."""
        papers = papers_for_visit(self.db, visit_id)
        if papers is None:
            return None
        return self._open_dialog(
            DigitizationItemDialog(
                self.db, actor=self.actor.name, today=self.today(), visit=papers, parent=self
            )
        )

    def _open_dialog(self, dialog: DigitizationItemDialog) -> DigitizationItemDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def created(ids: list[str]) -> None:
            self.refresh()
            self.ui.messageLabel.setText(self.tr("Đã ghi nhận {n} tài liệu.").format(n=len(ids)))
            self.changed.emit()

        dialog.created.connect(created)
        dialog.open()  # never blocks the desk
        return dialog

    # -- files and reuse ---------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Đính kèm tệp…: pick the scan of the one selected item."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp đã quét"),
            "",
            self.tr("Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        return bool(path) and self.attach(ids[0], Path(path))

    def attach(self, item_id: str, path: Path) -> bool:
        """Attach ``path`` to the item (a copy in the scan folder when the box is ticked)."""
        copy_to = self.scans if self.ui.copyCheck.isChecked() else None

        def run() -> str:
            kept = attach_file(self.db, item_id, path, actor=self.actor.name, copy_to=copy_to)
            return self.tr("Đã đính kèm {name}.").format(name=kept.name)

        return self._run(self.tr("Không đính kèm được"), run)

    def ask_reuse(self) -> bool:
        """Ghi nhận dùng lại…: the dossier code that reused the selected document."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        code, ok = QInputDialog.getText(
            self,
            self.tr("Ghi nhận dùng lại"),
            self.tr("Mã hồ sơ mới đã dùng lại tài liệu đã số hóa này:"),
        )
        if not ok:
            return False

        def reuse() -> str:
            record_reuse(self.db, ids[0], code, actor=self.actor.name)
            return self.tr("Đã ghi nhận dùng lại cho hồ sơ {code}.").format(code=code)

        return self._run(self.tr("Không ghi nhận được"), reuse)

    def check_files(self) -> tuple[int, int]:
        """Kiểm tra tệp: every attached file against its recorded size and SHA-256."""
        checked, problems = verify_files(self.db)
        if problems:
            lines = "\n".join(problem.describe() for problem in problems[:20])
            more = self.tr("\n… và {n} tệp khác.").format(n=len(problems) - 20)
            text = self.tr(
                "{bad}/{n} tệp có vấn đề:\n{lines}{more}\n\nHãy quét hoặc đính kèm lại."
            ).format(
                bad=len(problems), n=checked, lines=lines, more=more if len(problems) > 20 else ""
            )
            QMessageBox.warning(self, self.tr("Kiểm tra tệp"), text)
        else:
            QMessageBox.information(
                self,
                self.tr("Kiểm tra tệp"),
                self.tr("Đã kiểm tra {n} tệp: tất cả còn nguyên.").format(n=checked),
            )
        return checked, len(problems)
