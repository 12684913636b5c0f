"""Who may do what: the roles, the permissions they carry, and the check every service makes.

Roles are enforced here, in models/, not by hiding buttons: a clerk who finds a way to call
``lock_day`` is still refused. Services that need a permission take an ``Actor``; services open to
every signed-in user take the actor's audit name (``actor.name``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from models.db import Database
from models.entities import User


class Role(StrEnum):
    """The stable codes stored with each user."""

    CLERK = "clerk"
    CHAIR = "chair"
    ADMIN = "admin"
    SETUP = "setup"  # before the first user exists: a first install can be scripted


ROLE_LABELS = {
    Role.CLERK: "Cán bộ tiếp dân",
    Role.CHAIR: "Chủ tịch / lãnh đạo",
    Role.ADMIN: "Quản trị",
    Role.SETUP: "Cài đặt ban đầu",
}


class Permission(StrEnum):
    """Actions that not every role may take."""

    LOCK_DAY = "lock_day"
    REOPEN_DAY = "reopen_day"
    REVIEW = "review"  # the audit trail and the chair's figures of any day
    MANAGE_USERS = "manage_users"
    EDIT_CATALOG = "edit_catalog"  # procedures, villages, handout wording
    EDIT_SETTINGS = "edit_settings"  # commune profile, mail server, retention
    RESTORE = "restore"
    BACKUP = "backup"  # a copy holds every citizen's personal data


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(),
    Role.CHAIR: frozenset({Permission.LOCK_DAY, Permission.REOPEN_DAY, Permission.REVIEW}),
    Role.ADMIN: frozenset(
        {
            Permission.REVIEW,
            Permission.MANAGE_USERS,
            Permission.EDIT_CATALOG,
            Permission.EDIT_SETTINGS,
            Permission.RESTORE,
            Permission.BACKUP,
        }
    ),
    Role.SETUP: _ALL,
}

_REFUSALS = {
    Permission.LOCK_DAY: "Chỉ Chủ tịch (lãnh đạo) được chốt số liệu ngày.",
    Permission.REOPEN_DAY: "Chỉ Chủ tịch (lãnh đạo) được mở lại ngày đã chốt.",
    Permission.REVIEW: "Chỉ Chủ tịch hoặc người quản trị được xem nhật ký thao tác.",
    Permission.MANAGE_USERS: "Chỉ người quản trị được quản lý tài khoản.",
    Permission.EDIT_CATALOG: "Chỉ người quản trị được sửa danh mục và nội dung tờ hướng dẫn.",
    Permission.EDIT_SETTINGS: "Chỉ người quản trị được thay đổi cài đặt của xã.",
    Permission.RESTORE: "Chỉ người quản trị được khôi phục dữ liệu từ bản sao lưu.",
    Permission.BACKUP: "Chỉ người quản trị được sao lưu dữ liệu ra tệp.",
}


class PermissionDenied(Exception):
    """The actor's role does not allow the action; the message is Vietnamese, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Actor:
    """A signed-in user (or the setup actor): who the audit names and what they may do."""

    username: str
    role: Role
    full_name: str = ""

    @property
    def name(self) -> str:
        """The name the audit trail records: the login name, which never changes."""
        return self.username

    @property
    def display(self) -> str:
        """How the user is shown on screen."""
        return self.full_name or self.username

    def can(self, permission: Permission) -> bool:
        """True when the role carries ``permission``."""
        return permission in ROLE_PERMISSIONS[self.role]


def require(db: Database, actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless ``actor`` may take the action.

    The setup actor is only honoured while the database has no user: once the first admin
    exists, nobody acts without signing in.
    """
    if not actor.can(permission):
        raise PermissionDenied(_REFUSALS[permission])
    if actor.role is Role.SETUP:
        with db.reading() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise PermissionDenied("Cơ sở dữ liệu đã có tài khoản: hãy đăng nhập.")


def setup_actor(who: str) -> Actor:
    """The actor of a database that has no user yet (``who``: the OS account, for the audit)."""
    return Actor(username=who, role=Role.SETUP)
