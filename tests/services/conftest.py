"""Shared service fixtures: a fresh database per test, set up with the Al-Thikr preset; every
test runs on SQLite and on PostgreSQL (``engine``, see tests/conftest.py).

``db`` is initialised (branch ``HQ``, preset ``althikr_alhakeem``) and ``admin`` is the actor of
its administrator; ``empty_db`` is a migrated database nobody has set up yet.
"""

from __future__ import annotations

import pytest

from desk_app.domain.entities import Actor
from desk_app.services import installation
from desk_app.storage.db import Database
from tests.conftest import engine_url, parametrize_engines

PRESET = "althikr_alhakeem"
BRANCH = "HQ"
ADMIN_USER, ADMIN_PASSWORD = "admin", "admin-pass-2026"


def pytest_generate_tests(metafunc):
    parametrize_engines(metafunc)


@pytest.fixture
def db_url(request, engine, tmp_path) -> str:
    return engine_url(request, engine, tmp_path, "desk.sqlite3")


@pytest.fixture
def empty_db(db_url, clock):
    database = Database.open(db_url, clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def admin(empty_db) -> Actor:
    return installation.initialise(
        empty_db, preset_key=PRESET, branch_code=BRANCH, admin_username=ADMIN_USER,
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام",
    )


@pytest.fixture
def db(empty_db, admin) -> Database:
    return empty_db
