"""The commune profile: a change keeps the other fields; links must be web addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.commune import ProfileError, check_link, load_profile, save_profile
from models.db import Database
from tests.actors import admin


def test_saving_some_fields_keeps_the_others(db: Database) -> None:
    save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập", desk_phone="0210 3851 234")
    save_profile(db, actor=admin("t"), name="Xã Tân Lập Mới", online_target=0.9)
    profile = load_profile(db)
    assert (profile.code, profile.name, profile.desk_phone) == (
        "10507",
        "Xã Tân Lập Mới",
        "0210 3851 234",
    )
    assert profile.online_target == 0.9


def test_a_link_that_is_not_a_web_address_is_refused(db: Database) -> None:
    with pytest.raises(ProfileError, match="https://"):
        save_profile(db, actor=admin("t"), lookup_url="dichvucong.gov.vn/tra-cuu")
    assert load_profile(db).lookup_url.startswith("https://")
    save_profile(db, actor=admin("t"), vneid_url="")  # no VNeID code on the sheet: allowed
    assert load_profile(db).vneid_url == ""


def test_unknown_fields_are_a_programming_error(db: Database) -> None:
    with pytest.raises(TypeError):
        save_profile(db, actor=admin("t"), colour="red")


@given(st.text(max_size=40))
def test_check_link_accepts_only_http_addresses(value: str) -> None:
    problem = check_link(value)
    if problem is None:
        assert value == "" or (value.startswith(("http://", "https://")) and " " not in value)


@given(st.text(min_size=200, max_size=5000))
def test_a_huge_bad_link_is_quoted_short(value: str) -> None:
    problem = check_link("x" + value)
    assert problem is not None and len(problem) < 140
