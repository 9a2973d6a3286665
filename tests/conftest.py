"""Shared test setup: Qt runs offscreen; hypothesis never uses deadlines on shared machines;
a real, migrated database per test for anything that needs one — an SQLite file, and for the
fixtures parametrised by engine also a fresh database on a private PostgreSQL server that the
session starts itself (``tests/pg_server.py``) and stops at the end."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# argon2id at its cheapest for keys made by tests (and the CLI children they start): the
# production cost (64 MiB, 3 passes, ~0.5 s) would be paid at every encrypted test database.
# The cost is written in each key file, so nothing made this way reaches an office.
os.environ.setdefault("DESK_APP_CHEAP_KDF", "1")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.clocks import INSTANTS, FixedClock  # noqa: E402

# `make test-future` moves this process's wall clock (datetime.now, date.today, time.time) to
# DESK_TEST_TODAY, ticking on from there, so that a test which reads the machine's date instead
# of the clock fixture fails; monotonic clocks and timeouts are left alone (libfaketime moved
# those too and made timed waits hang). Child processes keep the real date.
_TODAY = os.environ.get("DESK_TEST_TODAY", "")
if _TODAY:
    from datetime import datetime as _datetime

    import time_machine

    time_machine.travel(_datetime.fromisoformat(_TODAY).replace(hour=9), tick=True).start()


def pytest_report_header(config):  # noqa: ANN001, ANN201
    if _TODAY:
        return f"wall clock moved to {_TODAY} 09:00 (DESK_TEST_TODAY); test clocks are fixtures"
    return None


@pytest.fixture(autouse=True)
def _cycles_collected_between_tests():
    """Once a desk's ops runner has turned Python's automatic cycle collector off
    (``desk_app/ui/gui_gc.py``: it must never run on a worker), the GUI thread collects on a
    timer; a test that runs no event loop would leave the garbage of the ones before it."""
    yield
    import gc

    if not gc.isenabled():
        from desk_app.ui import gui_gc

        gui_gc.collect_due()


settings.register_profile("desk", deadline=None, max_examples=200)
settings.load_profile("desk")

ADMIN_PASSWORD = "admin-secret-1"


@pytest.fixture
def clock(request):
    """The clock of every database a test opens: a named instant of tests/clocks.py (Sunday
    22 November 2026 unless the test is parametrised with ``on_every_kind_of_day``)."""
    return FixedClock(INSTANTS[getattr(request, "param", "sunday")])


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server():
    """A private PostgreSQL server for the whole run. A server that cannot start fails the
    tests that need it (never skips them): the office engine must be tested everywhere."""
    from tests.pg_server import PostgresUnavailable, start_server

    try:
        server = start_server()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL test server could not start: {exc}", pytrace=False)
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database migrated to head once; each test copies it (CREATE DATABASE … TEMPLATE)."""
    from desk_app.storage.db import Database

    name = pg_server.create_database()
    Database.open(pg_server.url(name)).dispose()
    return name


@pytest.fixture
def pg_url(pg_server, pg_template):
    """A URL to a fresh, migrated database of its own on the test server."""
    name = pg_server.create_database(pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def engine(request) -> str:
    """Which engine the database fixtures use: SQLite unless a folder's conftest parametrises
    it over :data:`ENGINES` (``parametrize_engines``), as storage/ and services/ do."""
    return getattr(request, "param", "sqlite")


def parametrize_engines(metafunc) -> None:
    """Run every test of the calling folder that uses a database once per engine; tests about
    the SQLite file itself are marked ``sqlite_only``."""
    if "engine" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        # DESK_TEST_ENGINES=sqlite narrows a run (the moved-clock run: dates do not depend on
        # the engine); the default run always covers both
        wanted = tuple(e for e in os.environ.get("DESK_TEST_ENGINES", "").split(",") if e)
        engines = tuple(e for e in ENGINES if e in wanted) if wanted else ENGINES
        metafunc.parametrize("engine", ("sqlite",) if only else engines, indirect=True)


def engine_url(request, engine: str, tmp_path, file_name: str) -> str:
    """The URL of a fresh migrated (PostgreSQL) or new (SQLite) database on ``engine``."""
    if engine == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / file_name}"


@pytest.fixture
def desk_db(request, engine, tmp_path, clock):
    """An initialised database (preset: جمعية الذكر الحكيم, branch RYD) with an administrator."""
    from desk_app.services import installation
    from desk_app.storage.db import Database

    db = Database.open(engine_url(request, engine, tmp_path, "desk-test.sqlite3"), clock=clock)
    db.admin = installation.initialise(
        db, preset_key="althikr_alhakeem", branch_code="RYD", admin_username="admin",
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام")
    yield db
    db.dispose()


@pytest.fixture
def desk_admin(desk_db):
    return desk_db.admin
