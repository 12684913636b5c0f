"""Trying a database before using it: what exactly fails, said in Vietnamese.

The Settings → Database dialog, ``database --test`` and ``migrate-db`` all ask
:func:`check_database`, so a part-time IT person reads the same diagnosis everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from models.db import sqlite_file
from models.migrate import current_revision, head_revision, is_known_revision

CONNECT_TIMEOUT_S = 5


class Problem(StrEnum):
    """What went wrong, for code (tests, exit statuses); the message is for people."""

    NONE = "none"
    BAD_URL = "bad_url"
    NO_DRIVER = "no_driver"
    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong_password"
    NO_USER = "no_user"
    NOT_ALLOWED = "not_allowed"
    NO_DATABASE = "no_database"
    SCHEMA_TOO_NEW = "schema_too_new"
    NOT_OURS = "not_ours"
    OTHER = "other"


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a connection test: ``problem`` NONE means the database can be used."""

    problem: Problem
    message: str
    revision: str | None = None

    @property
    def ok(self) -> bool:
        """True when the app can open this database (it may still need an upgrade or tables)."""
        return self.problem is Problem.NONE


def server_engine(url: str) -> Engine:
    """An engine that gives up after a few seconds on an unreachable server (no pool kept)."""
    parsed = make_url(url)
    args: dict[str, object] = {}
    if parsed.get_backend_name() == "postgresql":
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(url, connect_args=args, hide_parameters=True, pool_pre_ping=True)


def explain_connect_error(exc: BaseException, url: str) -> CheckResult:
    """Turn a failed connection into the one thing to fix; psycopg's text is matched in English,
    which is what the server sends unless its lc_messages were changed."""
    parsed = make_url(url)
    host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    if code == "28P01" or "password authentication failed" in text or "no password" in text:
        return CheckResult(
            Problem.WRONG_PASSWORD,
            f"Máy chủ {host} từ chối mật khẩu của người dùng «{parsed.username}». "
            "Hãy nhập lại mật khẩu (phân biệt chữ hoa, chữ thường).",
        )
    if code == "3D000" or ("database" in text and "does not exist" in text):
        return CheckResult(
            Problem.NO_DATABASE,
            f"Máy chủ {host} không có cơ sở dữ liệu «{parsed.database}». Hãy kiểm tra tên, "
            "hoặc tạo nó trên máy chủ (xem docs/postgresql.vi.md, mục «Tạo cơ sở dữ liệu»).",
        )
    if "role" in text and "does not exist" in text:
        return CheckResult(
            Problem.NO_USER,
            f"Máy chủ {host} không có người dùng «{parsed.username}». Hãy kiểm tra tên người "
            "dùng hoặc tạo nó trên máy chủ.",
        )
    if "pg_hba.conf" in text:
        return CheckResult(
            Problem.NOT_ALLOWED,
            f"Máy chủ {host} không cho máy này kết nối (pg_hba.conf). Hãy thêm dải địa chỉ của "
            "mạng văn phòng vào pg_hba.conf trên máy chủ rồi tải lại cấu hình.",
        )
    unreachable = (
        "connection refused",
        "could not translate host name",
        "timeout",
        "timed out",
        "no route to host",
        "network is unreachable",
        "could not connect",
        "connection failed",
        "name or service not known",
    )
    if any(marker in text for marker in unreachable):
        return CheckResult(
            Problem.UNREACHABLE,
            f"Không kết nối được tới máy chủ {host}. Hãy kiểm tra máy chủ đã bật, địa chỉ và cổng "
            "đúng, dây mạng, và tường lửa của máy chủ mở cổng 5432 cho mạng văn phòng.",
        )
    return CheckResult(
        Problem.OTHER,
        f"Không kết nối được tới cơ sở dữ liệu ({type(orig).__name__}). Chi tiết: "
        f"{str(orig).strip()[:300]}",
    )


def _schema(engine: Engine) -> CheckResult:
    revision = current_revision(engine)
    head = head_revision()
    if revision is None:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                return CheckResult(
                    Problem.NOT_OURS,
                    "Cơ sở dữ liệu này đã có bảng nhưng không phải của Một Cửa Desk. Hãy dùng một "
                    "cơ sở dữ liệu trống riêng cho ứng dụng.",
                )
        return CheckResult(
            Problem.NONE,
            "Kết nối được. Cơ sở dữ liệu còn trống: ứng dụng sẽ tạo các bảng khi khởi động lại "
            "(hoặc chép dữ liệu sẵn có vào bằng lệnh migrate-db).",
        )
    if not is_known_revision(revision):
        return CheckResult(
            Problem.SCHEMA_TOO_NEW,
            f"Kết nối được, nhưng cơ sở dữ liệu do phiên bản Một Cửa Desk mới hơn tạo (lược đồ "
            f"{revision}). Hãy cập nhật ứng dụng trên máy này lên cùng phiên bản với các bàn khác.",
            revision,
        )
    if revision != head:
        return CheckResult(
            Problem.NONE,
            f"Kết nối được. Lược đồ {revision} cũ hơn phiên bản này ({head}): ứng dụng sẽ nâng "
            "cấp khi khởi động lại. Các bàn khác cũng cần cập nhật ứng dụng.",
            revision,
        )
    return CheckResult(Problem.NONE, "Kết nối được, cơ sở dữ liệu sẵn sàng.", revision)


def check_database(url: str) -> CheckResult:
    """Connect to ``url`` and read its schema revision; never raises for a bad database."""
    path = sqlite_file(url)
    if path is not None and not path.exists():  # connecting would create it: say so instead
        return CheckResult(Problem.NONE, f"Tệp {path} chưa có: ứng dụng sẽ tạo khi khởi động lại.")
    try:
        engine = server_engine(url)
    except NoSuchModuleError:
        return CheckResult(Problem.NO_DRIVER, _no_driver())
    except ArgumentError:
        return CheckResult(Problem.BAD_URL, f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}.")
    except ImportError:
        return CheckResult(Problem.NO_DRIVER, _no_driver())
    try:
        with engine.connect():
            pass
        return _schema(engine)
    except ImportError:
        return CheckResult(Problem.NO_DRIVER, _no_driver())
    except OperationalError as exc:
        return explain_connect_error(exc, url)
    except SQLAlchemyError as exc:
        return explain_connect_error(exc, url)
    finally:
        engine.dispose()


def _no_driver() -> str:
    return (
        "Máy này chưa cài thư viện kết nối PostgreSQL (psycopg). Hãy cài bằng lệnh: "
        'python -m pip install ".[postgres]" rồi thử lại.'
    )
