"""Measurements that need a fresh process: ``python -m bench.probes NAME [ARGS]``.

Each probe prints one JSON line on stdout. Start-up is timed by the parent from the moment it
starts the process to the line "shown"; memory is the process's own resident set (from /proc, or
the peak from ``resource`` where /proc is missing).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def rss_mib() -> float:
    """The resident memory of this process now, in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mib() -> float:
    """The peak resident memory of this process, in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _last_working_day(db: Any) -> Any:
    """A clock at 16:30 on the last day with visits: the probes open the desk on a full day.

    Measured just after midnight in the commune, "today" would hold no visit yet, and the desk
    list's figure would time an empty list.
    """
    from datetime import datetime, time

    from sqlalchemy import text

    with db.reading() as session:
        last = session.execute(text("SELECT max(local_date) FROM visit")).scalar()
    if last is None:
        return None
    moment = datetime.combine(datetime.fromisoformat(str(last)).date(), time(16, 30))
    return lambda: moment


def _say(value: dict[str, object]) -> None:
    print(json.dumps(value), flush=True)


def startup_bare() -> None:
    """The floor: a bare PySide6 main window, shown."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Một Cửa Desk"))
    window.showMaximized()
    app.processEvents()
    _say({"shown": True})


def startup_floor(db_file: str) -> None:
    """The bare window, plus importing SQLAlchemy and connecting to the database with it.

    No window of the app can be shown before its data layer is loaded: this is the floor under
    the app's start-up with the libraries it is built on (docs/performance.md).
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{Path(db_file).as_posix()}")
    with Session(engine) as session:
        session.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    startup_bare()


def startup_app(db_file: str) -> None:
    """The app's start as main.py runs it after sign-in: check, open, build, show."""
    from datetime import date

    from models.start_check import check_at_start

    path = Path(db_file)
    if check_at_start(path, path.parent / "state", date.today()) is not None:
        raise SystemExit("damaged bench database")
    from bench.datasets import ADMIN, open_bench_db

    db = open_bench_db(path)
    clock = _last_working_day(db)
    from PySide6.QtWidgets import QApplication

    from views.look import apply_text_size
    from views.main_window import MainWindow

    app = QApplication(sys.argv)
    apply_text_size(app, 11)
    window = MainWindow(db, actor=ADMIN, clerk="Người đo", clock=clock)
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    app.processEvents()
    _say({"shown": True, "imported_reportlab": "reportlab" in sys.modules})


def _first_paint(widget: Any, has_rows: Callable[[], bool]) -> Callable[[], float | None]:
    """Watch ``widget`` (a view's viewport); the returned function gives when rows were painted."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.at is None and event.type() == QEvent.Type.Paint and has_rows():
                self.at = time.perf_counter()
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
    return lambda: watch.at


def _until_painted(app: Any, painted: Callable[[], float | None], started: float) -> float:
    deadline = time.perf_counter() + 30
    while painted() is None and time.perf_counter() < deadline:
        app.processEvents()
    at = painted()
    if at is None:
        raise SystemExit("the rows were never painted")
    return (at - started) * 1000


def desk_list(db_file: str, query: str) -> None:
    """The desk log on the large history, then a history search: until the first rows are
    painted; and the memory the process grew by."""
    from bench.datasets import ADMIN, open_bench_db

    db = open_bench_db(Path(db_file))
    clock = _last_working_day(db)
    from PySide6.QtWidgets import QApplication

    from views.desk_log import DeskLogScreen
    from views.history_search import HistorySearchDialog

    app = QApplication(sys.argv)
    before = rss_mib()
    started = time.perf_counter()
    screen = DeskLogScreen(db, actor=ADMIN, clerk="Người đo", clock=clock)
    screen.resize(1280, 800)
    # The day is read before the screen is shown; a day without visits (tiny data sets) paints
    # its empty list.
    empty_day = screen.model.rowCount() == 0
    painted = _first_paint(
        screen.ui.visitTable.viewport(), lambda: empty_day or screen.model.rowCount() > 0
    )
    screen.show()
    day_ms = _until_painted(app, painted, started)
    started = time.perf_counter()
    dialog = HistorySearchDialog(db)
    dialog.resize(1000, 700)
    painted = _first_paint(dialog.view.viewport(), lambda: dialog.model.rowCount() > 0)
    dialog.show()
    dialog.search(query)
    search_ms = _until_painted(app, painted, started)
    rows = dialog.model.rowCount()
    # Scroll to the end of what is loaded a few times, as a person paging down would.
    for _ in range(5):
        dialog.view.scrollToBottom()
        app.processEvents()
    _say(
        {
            "day_list_ms": day_ms,
            "day_rows": screen.model.rowCount(),
            "search_first_rows_ms": search_ms,
            "first_rows": rows,
            "rows_after_scrolling": dialog.model.rowCount(),
            "memory_growth_mib": rss_mib() - before,
        }
    )


def import_rows(db_file: str, csv_file: str) -> None:
    """Import a canonical file into a database; time and peak memory."""
    from bench.datasets import ACTOR, open_bench_db
    from models.records_import import import_records

    db = open_bench_db(Path(db_file))
    base = rss_mib()
    started = time.perf_counter()
    report = import_records(db, Path(csv_file), actor=ACTOR)
    seconds = time.perf_counter() - started
    _say(
        {
            "seconds": seconds,
            "added": report.added,
            "invalid": report.invalid_rows,
            "peak_growth_mib": peak_rss_mib() - base,
        }
    )


PROBES: dict[str, Callable[..., None]] = {
    "startup-bare": startup_bare,
    "startup-app": startup_app,
    "startup-floor": startup_floor,
    "desk-list": desk_list,
    "import": import_rows,
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    PROBES[sys.argv[1]](*sys.argv[2:])
