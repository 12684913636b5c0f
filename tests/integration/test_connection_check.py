"""«Kiểm tra kết nối» against the real server: ready, empty, missing, newer, unreachable."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.db import Database
from models.db_check import Problem, check_database

pytestmark = pytest.mark.postgres


def test_a_migrated_database_is_ready(pg_db: Database) -> None:
    result = check_database(pg_db.engine.url.render_as_string(hide_password=False))
    assert result.ok and result.message == "Kết nối được, cơ sở dữ liệu sẵn sàng."


def test_an_empty_database_will_be_set_up(pg_url: str) -> None:
    result = check_database(pg_url)
    assert result.ok and "còn trống" in result.message


def test_a_missing_database_is_named(pg_url: str) -> None:
    url = make_url(pg_url).set(database="khong_co_csdl_nay").render_as_string(False)
    result = check_database(url)
    assert result.problem is Problem.NO_DATABASE
    assert "không có cơ sở dữ liệu «khong_co_csdl_nay»" in result.message


def test_a_missing_user_is_named(pg_url: str) -> None:
    url = make_url(pg_url).set(username="khong_co_ai").render_as_string(False)
    result = check_database(url)
    assert result.problem in (Problem.NO_USER, Problem.WRONG_PASSWORD, Problem.NOT_ALLOWED)


def test_a_schema_written_by_a_newer_app_is_named(pg_db: Database) -> None:
    with pg_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    result = check_database(pg_db.engine.url.render_as_string(hide_password=False))
    assert result.problem is Problem.SCHEMA_TOO_NEW and "9999" in result.message


def test_a_database_of_another_program_is_refused(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE khach_hang (id integer)"))
    engine.dispose()
    assert check_database(pg_url).problem is Problem.NOT_OURS


def test_an_unreachable_server_is_named() -> None:
    result = check_database("postgresql+psycopg://motcua:x@127.0.0.1:1/motcua")
    assert result.problem is Problem.UNREACHABLE
