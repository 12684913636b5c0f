"""Actors for tests: a chair, an admin, and the desk of screen tests (every permission)."""

from __future__ import annotations

from models.access import Actor, Role


def chair(name: str = "Chủ tịch") -> Actor:
    """A chair named ``name`` (the audit and the lock show the name)."""
    return Actor(username=name, role=Role.CHAIR)


def admin(name: str = "admin") -> Actor:
    """An admin named ``name``."""
    return Actor(username=name, role=Role.ADMIN)


def clerk(name: str = "desk") -> Actor:
    """A clerk named ``name``."""
    return Actor(username=name, role=Role.CLERK)


def desk(name: str = "desk") -> Actor:
    """For screen tests that are not about roles: setup, so every button works."""
    return Actor(username=name, role=Role.SETUP)


DESK = desk()
