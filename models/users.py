"""Accounts that sign in: created by an admin, passwords hashed with argon2id, logins audited.

No default password exists anywhere: the first account is an admin whose password the person
types. Failed logins are counted per account and audited (the name tried, never the password).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from models import audit
from models.access import Actor, Permission, Role, require
from models.db import Database
from models.entities import User
from models.text import clean

MIN_PASSWORD = 8
_HASHER = PasswordHasher()  # argon2id with the library's current recommended costs


class UserError(Exception):
    """A user operation that cannot be done; the message is Vietnamese, for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LoginFailed(UserError):
    """Wrong name or password (never says which, as login screens should not)."""


@dataclass(frozen=True)
class UserInfo:
    """A user as listed on screen: never the hash."""

    username: str
    full_name: str
    role: Role
    active: bool


def normalise_username(username: str) -> str:
    """One spelling per account: NFC, trimmed, lower case."""
    return clean(username).lower()


def check_password(password: str) -> str | None:
    """Why ``password`` is not acceptable, or ``None``."""
    if len(password) < MIN_PASSWORD:
        return f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."
    if password.strip() != password:
        return "Mật khẩu không được bắt đầu hay kết thúc bằng dấu cách."
    return None


def has_users(db: Database) -> bool:
    """True once the first account exists (then every command must sign in)."""
    with db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def add_user(
    db: Database, actor: Actor, *, username: str, role: Role, password: str, full_name: str = ""
) -> UserInfo:
    """Create an account (admin, or setup for the first one, which must be an admin)."""
    name = normalise_username(username)
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise UserError("Tên đăng nhập cần 1–64 ký tự, không có dấu cách.")
    if role is Role.SETUP:
        raise UserError("Vai trò phải là clerk, chair hoặc admin.")
    problem = check_password(password)
    if problem:
        raise UserError(problem)
    if has_users(db):
        require(db, actor, Permission.MANAGE_USERS)
    password_hash = _HASHER.hash(password)
    with db.transaction() as session:
        first = not session.scalar(select(func.count()).select_from(User))
        if first and role is not Role.ADMIN:
            raise UserError("Tài khoản đầu tiên phải là người quản trị (admin).")
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise UserError(f"Đã có tài khoản «{name}».")
        session.add(
            User(
                username=name,
                full_name=clean(full_name),
                role=role.value,
                password_hash=password_hash,
                active=True,
                created_at=datetime.now(UTC),
                failed_logins=0,
            )
        )
        audit.record(
            session,
            actor=actor.name,
            action="create",
            entity="user",
            entity_id=name,
            after={"username": name, "full_name": clean(full_name), "role": role.value},
        )
    return UserInfo(name, clean(full_name), role, True)


def _verified(password_hash: str, password: str) -> bool:
    try:
        return bool(_HASHER.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: Database, username: str, password: str) -> Actor:
    """The actor of a right name and password; LoginFailed otherwise. Both outcomes audited."""
    name = normalise_username(username)
    actor: Actor | None = None
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None or not user.active or not _verified(user.password_hash, password):
            if user is not None:
                user.failed_logins += 1
            audit.record(
                session, actor=name or "?", action="login-failed", entity="user", entity_id=name
            )
        else:
            user.failed_logins = 0
            if _HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = _HASHER.hash(password)
            audit.record(session, actor=name, action="login", entity="user", entity_id=name)
            actor = Actor(username=name, role=Role(user.role), full_name=user.full_name)
    if actor is None:
        raise LoginFailed("Sai tên đăng nhập hoặc mật khẩu.")
    return actor


def list_users(db: Database, *, include_inactive: bool = False) -> list[UserInfo]:
    """Accounts by name (the login list shows active ones only)."""
    with db.reading() as session:
        query = select(User).order_by(User.username)
        if not include_inactive:
            query = query.where(User.active)
        return [
            UserInfo(u.username, u.full_name, Role(u.role), u.active)
            for u in session.scalars(query)
        ]


def change_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """Set a new password: one's own, or anyone's for an admin."""
    name = normalise_username(username)
    if name != actor.username:
        require(db, actor, Permission.MANAGE_USERS)
    problem = check_password(password)
    if problem:
        raise UserError(problem)
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise UserError(f"Không có tài khoản «{name}».")
        user.password_hash = _HASHER.hash(password)
        user.failed_logins = 0
        audit.record(session, actor=actor.name, action="password", entity="user", entity_id=name)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> None:
    """Switch an account on or off (admin); the last active admin is never switched off."""
    require(db, actor, Permission.MANAGE_USERS)
    name = normalise_username(username)
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise UserError(f"Không có tài khoản «{name}».")
        if not active and user.role == Role.ADMIN.value:
            admins = session.scalar(
                select(func.count())
                .select_from(User)
                .where(User.role == Role.ADMIN.value, User.active)
            )
            if (admins or 0) <= 1:
                raise UserError("Không thể khóa người quản trị cuối cùng.")
        before = user.active
        user.active = active
        audit.record(
            session,
            actor=actor.name,
            action="edit",
            entity="user",
            entity_id=name,
            before={"active": before},
            after={"active": active},
        )
