"""Accounts and roles: argon2id hashes, no default password, logins audited, roles enforced in
the services themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from models.access import Permission, PermissionDenied, Role, setup_actor
from models.commune import save_profile
from models.day_lock import lock_day, lock_of, reopen_day
from models.db import Database
from models.entities import AuditEntry, User
from models.handout_edits import edited_codes, save_text
from models.handout_texts import load_handout_text
from models.users import (
    MIN_PASSWORD,
    LoginFailed,
    UserError,
    add_user,
    authenticate,
    change_password,
    check_password,
    has_users,
    list_users,
    set_active,
)
from tests.actors import admin, chair, clerk

SETUP = setup_actor("cli:test")
PASSWORD = "mat-khau-dai"
DAY = date(2026, 11, 20)


@pytest.fixture
def with_admin(db: Database) -> Database:
    add_user(db, SETUP, username="Admin", role=Role.ADMIN, password=PASSWORD, full_name="Lê An")
    return db


def audit_rows(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "user"))
        return [(row.actor, row.action, row.after or "") for row in rows]


def test_the_first_account_must_be_an_admin(db: Database) -> None:
    assert not has_users(db)
    with pytest.raises(UserError, match="quản trị"):
        add_user(db, SETUP, username="thu", role=Role.CLERK, password=PASSWORD)
    add_user(db, SETUP, username="admin", role=Role.ADMIN, password=PASSWORD)
    assert has_users(db)


def test_passwords_are_argon2id_hashes_never_the_password(with_admin: Database) -> None:
    with with_admin.reading() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert all(PASSWORD not in after for _a, _b, after in audit_rows(with_admin))


def test_login_names_the_user_and_both_outcomes_are_audited(with_admin: Database) -> None:
    actor = authenticate(with_admin, " ADMIN ", PASSWORD)
    assert (actor.username, actor.role, actor.display) == ("admin", Role.ADMIN, "Lê An")
    with pytest.raises(LoginFailed, match="Sai tên đăng nhập hoặc mật khẩu"):
        authenticate(with_admin, "admin", "sai-mat-khau")
    with pytest.raises(LoginFailed):
        authenticate(with_admin, "khong-co", PASSWORD)
    actions = [(who, action) for who, action, _after in audit_rows(with_admin)]
    assert actions[1:] == [
        ("admin", "login"),
        ("admin", "login-failed"),
        ("khong-co", "login-failed"),
    ]


def test_only_an_admin_adds_users_and_names_are_unique(with_admin: Database) -> None:
    boss = authenticate(with_admin, "admin", PASSWORD)
    add_user(with_admin, boss, username="thu", role=Role.CLERK, password=PASSWORD)
    thu = authenticate(with_admin, "thu", PASSWORD)
    with pytest.raises(PermissionDenied, match="quản trị"):
        add_user(with_admin, thu, username="lan", role=Role.CLERK, password=PASSWORD)
    with pytest.raises(UserError, match="Đã có"):
        add_user(with_admin, boss, username="THU", role=Role.CHAIR, password=PASSWORD)
    with pytest.raises(PermissionDenied):  # setup is over once a user exists
        add_user(with_admin, SETUP, username="lan", role=Role.CLERK, password=PASSWORD)


def test_a_disabled_account_cannot_sign_in_and_the_last_admin_stays(with_admin: Database) -> None:
    boss = authenticate(with_admin, "admin", PASSWORD)
    add_user(with_admin, boss, username="thu", role=Role.CLERK, password=PASSWORD)
    set_active(with_admin, boss, "thu", False)
    with pytest.raises(LoginFailed):
        authenticate(with_admin, "thu", PASSWORD)
    assert [u.username for u in list_users(with_admin)] == ["admin"]
    with pytest.raises(UserError, match="cuối cùng"):
        set_active(with_admin, boss, "admin", False)


def test_a_clerk_changes_only_their_own_password(with_admin: Database) -> None:
    boss = authenticate(with_admin, "admin", PASSWORD)
    add_user(with_admin, boss, username="thu", role=Role.CLERK, password=PASSWORD)
    thu = authenticate(with_admin, "thu", PASSWORD)
    change_password(with_admin, thu, "thu", "mat-khau-moi")
    assert authenticate(with_admin, "thu", "mat-khau-moi").username == "thu"
    with pytest.raises(PermissionDenied):
        change_password(with_admin, thu, "admin", "chiem-quyen-1")


def test_a_clerk_cannot_lock_or_reopen_a_day(db: Database) -> None:
    with pytest.raises(PermissionDenied, match="Chủ tịch"):
        lock_day(db, DAY, actor=clerk())
    assert lock_of(db, DAY) is None
    lock_day(db, DAY, actor=chair())
    with pytest.raises(PermissionDenied):
        reopen_day(db, DAY, actor=clerk(), reason="sót")
    with pytest.raises(PermissionDenied):  # the admin manages, the chair decides
        reopen_day(db, DAY, actor=admin(), reason="sót")
    assert lock_of(db, DAY) is not None


def test_only_an_admin_changes_the_catalog_and_the_settings(db: Database) -> None:
    text = replace(load_handout_text("1.001193"), fee="Miễn phí")
    for someone in (clerk(), chair()):
        with pytest.raises(PermissionDenied):
            save_text(db, text, actor=someone)
        with pytest.raises(PermissionDenied):
            save_profile(db, actor=someone, name="Xã Khác")
    assert edited_codes(db) == set()
    assert save_text(db, text, actor=admin())


def test_each_role_carries_what_the_issue_says() -> None:
    assert not any(clerk().can(p) for p in Permission)
    assert {p for p in Permission if chair().can(p)} == {
        Permission.LOCK_DAY,
        Permission.REOPEN_DAY,
        Permission.REVIEW,
    }
    assert admin().can(Permission.MANAGE_USERS) and not admin().can(Permission.LOCK_DAY)


@given(st.text(max_size=30))
def test_check_password_accepts_only_long_enough_untrimmed(password: str) -> None:
    ok = check_password(password) is None
    assert ok == (len(password) >= MIN_PASSWORD and password.strip() == password)
