"""The local PostgreSQL server for the integration tests: a fresh database per test.

Without a server the tests are skipped (a user's machine); ``.ci/run`` sets
``MOTCUA_REQUIRE_POSTGRES=1`` so that there a missing server fails them instead.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.db import Database
from models.opening import open_database
from tests.conftest import TEST_KEY

SERVER = os.environ.get(
    "MOTCUA_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
HOW_TO_ENABLE = (
    "start PostgreSQL on 127.0.0.1:5432 with a 'postgres' user that may create databases "
    "(or point MOTCUA_TEST_POSTGRES at another server); see docs/postgresql.md"
)


def _unavailable(reason: str) -> None:
    if os.environ.get("MOTCUA_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here (MOTCUA_REQUIRE_POSTGRES=1): {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}; to run them, {HOW_TO_ENABLE}")


@pytest.fixture
def pg_urls() -> Iterator[Callable[[], str]]:
    """Makes empty databases on the local server; each is dropped after the test."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable('psycopg is not installed (python -m pip install ".[postgres]")')
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except Exception as exc:
        admin.dispose()
        _unavailable(f"no server answers at {make_url(SERVER).host} ({type(exc).__name__})")
    made: list[str] = []

    def make() -> str:
        name = f"motcua_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_url(SERVER).set(database=name).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        with admin.connect() as connection:
            for name in made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_urls: Callable[[], str]) -> str:
    """An empty database on the local server."""
    return pg_urls()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """A migrated, seeded database on the local server."""
    db = open_database(pg_url, hasher=TEST_KEY)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_db(
    request: pytest.FixtureRequest, template_db: Path, tmp_path: Path
) -> Iterator[Database]:
    """The same test on the embedded file and on the server (skipped there without one)."""
    if request.param == "sqlite":
        path = tmp_path / "motcua.sqlite3"
        shutil.copyfile(template_db, path)
        db = open_database(f"sqlite:///{path.as_posix()}", hasher=TEST_KEY)
    else:
        db = open_database(request.getfixturevalue("pg_url"), hasher=TEST_KEY)
    try:
        yield db
    finally:
        db.dispose()
