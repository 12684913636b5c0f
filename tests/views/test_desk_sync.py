"""Several desks at the screen: other desks' visits appear, conflicts show both versions, and
an unreachable server sends new visits to the outbox (the embedded engine stands in here;
tests/integration does the same on PostgreSQL)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

import views.desk_log
from models.db import Database
from models.opening import open_database
from models.outbox import Outbox
from models.reference import load_reference
from models.visit_input import VisitInput, validate_visit
from models.visit_queries import load_for_edit, visits_on
from models.visits import save_visit, update_visit
from tests.conftest import TEST_KEY
from tests.views.conftest import NOW
from views import conflict_dialog
from views.conflict_dialog import Choice, ConflictDialog
from views.desk_log import DeskLogScreen
from views.desk_sync import DeskSync


def citizen(name: str = "Hà Văn Sơn", minute: int = 0, **changes: object) -> VisitInput:
    values: dict[str, object] = {
        "occurred_at": NOW.replace(minute=minute),
        "citizen_name": name,
        "birth_year": 1955,
        "id_number": "019055001234",
        "procedure_code": "1.004222",
        "assistance": ["file_on_behalf"],
        "channel": "online_full",
        "outcome": "submitted",
        "dossier_code": "H1-0001",
    }
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


def save_elsewhere(desk: Database, raw: VisitInput) -> str:
    clean, errors = validate_visit(raw, load_reference(desk))
    assert clean is not None, errors
    return save_visit(desk, clean, actor="bàn 2")


@pytest.fixture
def second_desk(db: Database) -> Database:
    """Another desk's engine on the same database file."""
    other = open_database(db.engine.url.render_as_string(hide_password=False), hasher=TEST_KEY)
    yield other  # type: ignore[misc]
    other.dispose()


@pytest.fixture
def as_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Outbox:
    """The desk log behaves as on a shared server (polling, outbox) over the embedded file."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    patched = functools.partial(DeskSync, server=True)
    monkeypatch.setattr(views.desk_log, "DeskSync", patched)
    return outbox


@pytest.fixture
def server_screen(qtbot: QtBot, db: Database, as_server: Outbox) -> DeskLogScreen:
    from tests.actors import desk

    screen = DeskLogScreen(
        db, actor=desk("hoa"), clerk="Lê Thị Hoa", clock=lambda: NOW, outbox=as_server
    )
    qtbot.addWidget(screen)
    return screen


def test_the_embedded_file_does_not_poll(make_screen: Callable[..., DeskLogScreen]) -> None:
    screen = make_screen()
    assert not screen.sync.enabled and not screen.sync.poll_timer.isActive()
    assert screen.sync.outbox is None


def test_another_desks_visit_appears_without_a_restart(
    server_screen: DeskLogScreen, second_desk: Database
) -> None:
    assert server_screen.sync.poll_timer.isActive()
    server_screen.sync.poll()  # the first poll only remembers the day
    assert server_screen.proxy.rowCount() == 0
    save_elsewhere(second_desk, citizen("Lò Thị Mai"))
    server_screen.sync.poll()  # what the timer does every few seconds
    assert server_screen.proxy.rowCount() == 1
    assert server_screen.proxy.index(0, 1).data() == "Lò Thị Mai"


def test_a_poll_without_changes_keeps_the_selection(
    server_screen: DeskLogScreen, second_desk: Database, qtbot: QtBot
) -> None:
    save_elsewhere(second_desk, citizen("Lò Thị Mai"))
    server_screen.load_day(NOW.date())
    server_screen.ui.visitTable.selectRow(0)
    server_screen.sync.poll()
    save_elsewhere(second_desk, citizen("Vàng A Dế", minute=5))
    server_screen.sync.poll()
    assert server_screen.proxy.rowCount() == 2
    assert len(server_screen._selected_ids()) == 1  # still the row the clerk had chosen


def test_offline_a_new_visit_goes_to_the_outbox_and_nothing_is_lost(
    server_screen: DeskLogScreen,
    db: Database,
    as_server: Outbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    statuses: list[str] = []
    server_screen.sync.status_changed.connect(statuses.append)

    def server_gone(*_a: object, **_k: object) -> str:
        raise OperationalError("INSERT", {}, Exception("connection refused"))

    monkeypatch.setattr(views.desk_log, "save_visit", server_gone)
    server_screen.form.fill(citizen("Lò Thị Mai"))
    server_screen.save()
    assert as_server.count() == 1
    assert server_screen.ui.nameEdit.text() == ""  # kept in the outbox, the form is free
    assert statuses[-1].startswith("Mất kết nối máy chủ — lượt mới được lưu tạm trên máy này")
    assert "(đang chờ gửi: 1)" in statuses[-1]
    # Offline, the next visit does not wait for the dead server.
    server_screen.form.fill(citizen("Vàng A Dế", minute=5))
    server_screen.save()
    assert as_server.count() == 2
    monkeypatch.setattr(views.desk_log, "save_visit", save_visit)  # the server is back
    server_screen.sync.retry()
    assert as_server.count() == 0 and not server_screen.sync.offline
    assert statuses[-1] == ""
    names = [r.citizen_name for r in visits_on(db, NOW.date())]
    assert names == ["Lò Thị Mai", "Vàng A Dế"]
    assert server_screen.proxy.rowCount() == 2  # the list shows them at once


def test_a_refused_save_is_not_taken_for_a_lost_server(
    server_screen: DeskLogScreen, as_server: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    def broken(*_a: object, **_k: object) -> str:
        raise IntegrityError("INSERT", {}, Exception("constraint"))

    monkeypatch.setattr(views.desk_log, "save_visit", broken)
    server_screen.form.fill(citizen("Lò Thị Mai"))
    server_screen.save()
    assert as_server.count() == 0
    assert server_screen.ui.nameEdit.text() == "Lò Thị Mai"  # still on screen


# ----------------------------------------------------------------------- conflicts


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> Callable[[Choice], list[ConflictDialog]]:
    shown: list[ConflictDialog] = []

    def setup(choice: Choice) -> list[ConflictDialog]:
        def exec_(dialog: ConflictDialog) -> int:
            shown.append(dialog)
            dialog._choose(choice)
            return 1

        monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
        return shown

    return setup


def _edit_while_another_desk_edits(
    screen: DeskLogScreen, db: Database, second_desk: Database
) -> str:
    visit_id = save_elsewhere(db, citizen("Hà Văn Sơn", note="ban đầu"))
    screen.load_day(NOW.date())
    screen.edit_visit(visit_id)
    ref = load_reference(second_desk)
    theirs, _ = validate_visit(citizen("Hà Văn Sơn", note="bàn 2 sửa", dossier_code="H1-0002"), ref)
    assert theirs is not None
    update_visit(second_desk, visit_id, theirs, expected_version=1, actor="bàn 2")
    screen.ui.noteEdit.setText("bàn 1 sửa")
    return visit_id


def test_a_conflict_shows_both_versions_and_mine_can_be_kept(
    make_screen: Callable[..., DeskLogScreen],
    db: Database,
    second_desk: Database,
    choose: Callable[[Choice], list[ConflictDialog]],
) -> None:
    screen = make_screen()
    shown = choose(Choice.MINE)
    visit_id = _edit_while_another_desk_edits(screen, db, second_desk)
    screen.save()
    (dialog,) = shown
    assert dialog.differences == ["Mã hồ sơ", "Ghi chú"]
    table = dialog.ui.fieldsTable
    note_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Ghi chú")
    assert table.item(note_row, 1).text() == "bàn 1 sửa"
    assert table.item(note_row, 2).text() == "bàn 2 sửa"
    id_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Số định danh")
    assert "019055" not in table.item(id_row, 1).text()  # never the whole number on screen
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None
    stored, version = loaded
    assert stored.note == "bàn 1 sửa" and version == 3  # mine, on top of theirs
    assert not screen.ui.editBanner.isVisible()


def test_a_conflict_can_take_the_other_desks_version(
    make_screen: Callable[..., DeskLogScreen],
    db: Database,
    second_desk: Database,
    choose: Callable[[Choice], list[ConflictDialog]],
) -> None:
    screen = make_screen()
    choose(Choice.THEIRS)
    visit_id = _edit_while_another_desk_edits(screen, db, second_desk)
    screen.save()
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None and loaded[0].note == "bàn 2 sửa" and loaded[1] == 2
    assert screen._editing is None and screen.ui.noteEdit.text() == ""


def test_deciding_later_keeps_what_was_typed(
    make_screen: Callable[..., DeskLogScreen],
    db: Database,
    second_desk: Database,
    choose: Callable[[Choice], list[ConflictDialog]],
) -> None:
    screen = make_screen()
    choose(Choice.LATER)
    visit_id = _edit_while_another_desk_edits(screen, db, second_desk)
    screen.save()
    assert screen.ui.noteEdit.text() == "bàn 1 sửa"
    loaded = load_for_edit(db, visit_id)
    assert loaded is not None and loaded[0].note == "bàn 2 sửa"
    _ = datetime  # the module's clock is NOW


def test_a_lost_server_while_reading_a_day_keeps_the_list(
    server_screen: DeskLogScreen,
    second_desk: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_elsewhere(second_desk, citizen("Lò Thị Mai"))
    server_screen.load_day(NOW.date())

    def server_gone(*_a: object, **_k: object) -> list[object]:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(views.desk_log, "visits_on", server_gone)
    server_screen.ui.prevDayButton.click()
    assert server_screen.sync.offline
    assert server_screen.proxy.rowCount() == 1  # what it showed, not an empty list


def test_the_reminder_waits_while_the_server_is_out_of_reach(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import views.main_window
    from tests.actors import chair
    from views.main_window import MainWindow

    window = MainWindow(db, actor=chair(), clock=lambda: NOW.replace(hour=17))
    qtbot.addWidget(window)

    def server_gone(*_a: object, **_k: object) -> object:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(views.main_window, "day_counters", server_gone)
    assert window.check_reminder() is False  # no error dialog every minute


def test_visits_left_from_the_last_session_are_sent_at_start(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path / "left.sqlite3")
    clean, _ = validate_visit(citizen("Lò Thị Mai"), load_reference(db))
    assert clean is not None
    outbox.put(clean, db.hasher, actor="hoa")
    sync = DeskSync(db, lambda: NOW.date(), outbox=outbox, server=True)
    assert sync.retry_timer.isActive()
    qtbot.waitUntil(lambda: outbox.count() == 0)  # the start-up attempt, queued on the event loop
    assert [r.citizen_name for r in visits_on(db, NOW.date())] == ["Lò Thị Mai"]
    assert not sync.retry_timer.isActive()
