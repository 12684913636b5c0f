"""The network drops at a desk on PostgreSQL: visits wait in the outbox and arrive once.

"Server stopped" is simulated on the test's own database only (connections refused and the open
ones terminated): the machine's PostgreSQL service keeps running for everyone else.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError

from models.db import Database
from models.entities import Visit
from models.opening import open_database
from models.outbox import Outbox, is_connection_error
from models.reference import load_reference
from models.visit_input import validate_visit
from models.visits import save_visit, save_visit_once
from tests.actors import desk
from tests.conftest import TEST_KEY
from tests.integration.conftest import SERVER
from tests.integration.test_postgres import visit
from views.desk_log import DeskLogScreen
from views.workers import Background

pytestmark = pytest.mark.postgres
DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


class Switch:
    """Stops and restarts one test database's service, as a pulled cable would look to a desk."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")

    def stop(self) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false'))
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self.name},
            )

    def start(self) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true'))


@pytest.fixture
def switch(pg_db: Database) -> Iterator[Switch]:
    switch = Switch(str(pg_db.engine.url.database))
    yield switch
    switch.start()
    switch.admin.dispose()


def count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def test_the_outbox_waits_for_the_server_and_sends_each_visit_once(
    pg_db: Database, switch: Switch, tmp_path: Path
) -> None:
    ref = load_reference(pg_db)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    first, _ = validate_visit(visit(citizen_name="Lò Thị Mai"), ref)
    second, _ = validate_visit(visit(citizen_name="Vàng A Dế", dossier_code="H1-0002"), ref)
    assert first is not None and second is not None
    save_visit(pg_db, first, actor="desk")  # before the cut
    switch.stop()
    with pytest.raises(OperationalError) as failed:
        save_visit(pg_db, second, actor="desk")
    assert is_connection_error(failed.value)
    kept = outbox.put(second, pg_db.hasher, actor="desk")
    report = outbox.send_all(pg_db)
    assert report.unreachable and outbox.count() == 1
    switch.start()
    report = outbox.send_all(pg_db)
    assert report.sent == [kept] and outbox.count() == 0
    # The same visit again (a reply lost after the server stored it): nothing is added.
    assert not save_visit_once(pg_db, second, visit_id=kept, id_hash=None, actor="desk")
    assert count(pg_db) == 2


def _stop_polling(screen: DeskLogScreen) -> None:
    """A closed screen is not deleted at once: its 5-second poll would fire in a later test, on
    a database dropped by then."""
    screen.sync.poll_timer.stop()
    screen.sync.retry_timer.stop()


@pytest.fixture
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Background, "synchronous", True)


def test_the_desk_log_keeps_working_through_a_cut(
    qtbot: QtBot, pg_db: Database, switch: Switch, tmp_path: Path, synchronous: None
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    screen = DeskLogScreen(pg_db, actor=desk("hoa"), clock=lambda: NOW, outbox=outbox)
    qtbot.addWidget(screen, before_close_func=_stop_polling)
    assert screen.sync.enabled and screen.sync.poll_timer.isActive()
    statuses: list[str] = []
    screen.sync.status_changed.connect(statuses.append)
    switch.stop()
    screen.sync.poll()  # the timer's poll notices the server is gone
    assert screen.sync.offline
    screen.ui.prevDayButton.click()  # reading another day fails calmly: the list stays
    assert screen.sync.offline
    assert statuses[-1].startswith("Mất kết nối máy chủ — lượt mới được lưu tạm trên máy này")
    for n, name in enumerate(("Lò Thị Mai", "Vàng A Dế", "Hà Văn Sơn")):
        screen.form.fill(visit(citizen_name=name, dossier_code=f"H1-{n:04d}"))
        screen.save()
        assert screen.ui.nameEdit.text() == ""
    assert outbox.count() == 3
    screen.sync.retry()  # still down: everything stays
    assert outbox.count() == 3 and screen.sync.offline
    switch.start()
    screen.sync.retry()
    assert outbox.count() == 0 and statuses[-1] == ""
    assert count(pg_db) == 3
    screen.sync.retry()  # nothing left, nothing doubled
    assert count(pg_db) == 3


def test_another_desks_visit_appears_on_the_server(
    qtbot: QtBot, pg_db: Database, tmp_path: Path, synchronous: None
) -> None:
    screen = DeskLogScreen(
        pg_db, actor=desk("hoa"), clock=lambda: NOW, outbox=Outbox(tmp_path / "o.sqlite3")
    )
    qtbot.addWidget(screen, before_close_func=_stop_polling)
    screen.ui.dayEdit.setDate(DAY)
    screen.sync.poll()
    other = open_database(pg_db.engine.url.render_as_string(hide_password=False), hasher=TEST_KEY)
    clean, _ = validate_visit(visit(citizen_name="Lò Thị Mai"), load_reference(other))
    assert clean is not None
    save_visit(other, clean, actor="bàn 2")
    other.dispose()
    screen.sync.poll()
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, 1).data() == "Lò Thị Mai"
