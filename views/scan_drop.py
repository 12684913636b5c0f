"""Dropping a scanned file from Explorer onto a row of a list attaches it to that row's item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView


class ScanDrop(QObject):
    """Watches ``view``'s viewport: a file dropped on a row goes to ``attach(item id, path)``.

    ``id_role`` is the role of column 0 that holds the item's id; ``say`` shows what to do when
    the drop missed a row.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        proxy: QSortFilterProxyModel,
        id_role: int,
        attach: Callable[[str, Path], object],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.proxy = proxy
        self.id_role = id_role
        self.attach = attach
        self.say = say
        # Kept, not asked again: events still reach the filter while the view is being deleted.
        self.viewport = view.viewport()
        self.viewport.setAcceptDrops(True)
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                drag = event  # a QDragEnterEvent / QDragMoveEvent
                if isinstance(drag, QDropEvent) and drag.mimeData().hasUrls():
                    drag.acceptProposedAction()
                    return True
            if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                return self.dropped(event)
        return super().eventFilter(watched, event)

    def dropped(self, event: QDropEvent) -> bool:
        """Attach the first local file of the drop to the item of the row under it."""
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        index = self.view.indexAt(event.position().toPoint())
        if not files or not index.isValid():
            self.say(self.tr("Thả tệp đã quét lên đúng dòng tài liệu."))
            return True
        event.acceptProposedAction()
        self.attach(str(self.proxy.index(index.row(), 0).data(self.id_role)), files[0])
        return True
