"""Shared test setup: Qt runs offscreen; hypothesis never uses deadlines on shared machines;
a real, migrated SQLite file per test for anything that needs a database."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.clocks import INSTANTS, FixedClock  # noqa: E402

settings.register_profile("desk", deadline=None, max_examples=200)
settings.load_profile("desk")

ADMIN_PASSWORD = "admin-secret-1"


@pytest.fixture
def clock(request):
    """The clock of every database a test opens: a named instant of tests/clocks.py (Sunday
    22 November 2026 unless the test is parametrised with ``on_every_kind_of_day``)."""
    return FixedClock(INSTANTS[getattr(request, "param", "sunday")])


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
