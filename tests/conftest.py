"""Shared fixtures: Qt offscreen, and a fresh migrated database for every test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database
from models.idhash import IdHasher
from models.opening import open_database
from models.reference import ReferenceData, load_reference

TEST_KEY = IdHasher(b"k" * 32)


def pytest_configure(config: pytest.Config) -> None:
    # Before any QApplication exists: tests never need a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("MOTCUA_DATABASE_URL", None)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and seeded once; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path.as_posix()}", hasher=TEST_KEY)
    db.dispose()
    return path


def _copy_of(template: Path, path: Path) -> Iterator[Database]:
    shutil.copyfile(template, path)
    database = open_database(f"sqlite:///{path.as_posix()}", hasher=TEST_KEY)
    yield database
    database.dispose()


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, seeded SQLite database in this test's own folder."""
    yield from _copy_of(template_db, tmp_path / "motcua.sqlite3")


@pytest.fixture
def other_db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    """A second fresh database (to import an export into, or compare two runs)."""
    yield from _copy_of(template_db, tmp_path / "other.sqlite3")


@pytest.fixture
def ref(db: Database) -> ReferenceData:
    """The seeded reference data."""
    return load_reference(db)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user folders."""
    monkeypatch.setenv("MOTCUA_HOME", str(tmp_path / "home"))
