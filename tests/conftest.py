"""Shared test setup: Qt runs offscreen; hypothesis never uses deadlines on shared machines;
a real, migrated SQLite file per test for anything that needs a database."""

import os
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

settings.register_profile("desk", deadline=None, max_examples=200)
settings.load_profile("desk")

ADMIN_PASSWORD = "admin-secret-1"


class FixedClock:
    """An injectable clock the test can move."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _none_reserve():
    """PySide6 6.12.0 on Python 3.11 leaks references to None (see desk_app/qt_workaround.py)."""
    from desk_app import qt_workaround

    qt_workaround.top_up()
    yield
    qt_workaround.top_up()


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 22, 9, 30))


@pytest.fixture
def desk_db(tmp_path, clock):
    """An initialised database (preset: جمعية الذكر الحكيم, branch RYD) with an administrator."""
    from desk_app.services import installation
    from desk_app.storage.db import Database

    db = Database.open(f"sqlite:///{tmp_path / 'desk-test.sqlite3'}", clock=clock)
    db.admin = installation.initialise(
        db, preset_key="althikr_alhakeem", branch_code="RYD", admin_username="admin",
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام")
    yield db
    db.dispose()


@pytest.fixture
def desk_admin(desk_db):
    return desk_db.admin
