"""Restore takes the database for itself (issue 16, finding 1).

On main a restore while another desk was open and idle returned 0; that desk then registered
people with acknowledged numbers into the replaced (unlinked) file, so they were lost and their
numbers reused.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import backup, demo, registry
from desk_app.storage.db import Database, DatabaseReplaced, StorageError

# The SQLite file itself: its leases, its replacement (PostgreSQL restores with pg_restore).
pytestmark = pytest.mark.sqlite_only


def person(i: int) -> BeneficiaryForm:
    return BeneficiaryForm(first_name="سعد", father_name="ناصر", grandfather_name="فهد",
                           family_name=f"الدوسري{'ي' * (i % 5)}", gender="male",
                           id_number=make_saudi_id(1, f"{30000000 + i}"),
                           birth_date=f"0{1 + i % 9}/01/1981", mobile=f"05{60000000 + i}")


@pytest.fixture
def populated(db):
    demo.generate(db, beneficiaries=30, seed=4, progress=None)
    return db


def _numbers(url: str) -> set[str]:
    check = Database.open(url)
    try:
        return {r.file_number for r in registry.search(check, "", page_size=10_000).rows}
    finally:
        check.dispose()


def test_restore_while_a_desk_is_open_loses_nothing_that_desk_acknowledged(populated, admin,
                                                                            tmp_path):
    saved = backup.backup(populated, tmp_path / "b.sqlite3")["path"]
    desk = populated  # open and idle, as desk A was
    try:
        backup.restore(desk.url, saved)
    except backup.BackupError:
        pass  # refused: fine, as long as nothing acknowledged is lost
    acknowledged = []
    for i in range(5):
        try:
            acknowledged.append(registry.register(desk, admin, person(i),
                                                  branch_code="HQ").file_number)
        except StorageError:
            pass  # told it was not saved: fine too
    desk.dispose()
    assert set(acknowledged) <= _numbers(desk.url)


def test_restore_refuses_while_a_desk_is_open_and_names_it(populated, tmp_path):
    saved = backup.backup(populated, tmp_path / "b.sqlite3")["path"]
    with pytest.raises(backup.RestoreRefused) as err:
        backup.restore(populated.url, saved)
    assert err.value.code == "in_use"
    assert f"pid {os.getpid()}" in str(err.value)
    assert err.value.desks and err.value.desks[0]["pid"] == os.getpid()
    populated.dispose()
    assert backup.restore(populated.url, saved)["revision"]  # closed: it goes through


def test_a_killed_desk_does_not_block_restore(populated, tmp_path):
    saved = backup.backup(populated, tmp_path / "b.sqlite3")["path"]
    populated.dispose()
    code = ("import sys, time; from desk_app.storage.db import Database; "
            "db = Database.open(sys.argv[1]); print('open', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, populated.url],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(backup.RestoreRefused):
            backup.restore(populated.url, saved)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert backup.restore(populated.url, saved)["revision"]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_a_desk_that_finds_its_database_replaced_stops_and_writes_nothing(populated, admin,
                                                                         tmp_path):
    live = Path(populated.url.removeprefix("sqlite:///"))
    saved = Path(backup.backup(populated, tmp_path / "b.sqlite3")["path"])
    before = _numbers(populated.url)
    os.replace(saved, live)  # replaced behind the desk's back (not through restore)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseReplaced) as err:
        registry.register(populated, admin, person(1), branch_code="HQ")
    assert err.value.code == "replaced"
    with pytest.raises(DatabaseReplaced):
        registry.search(populated, "")
    assert _numbers(populated.url) == before


def test_a_desk_cannot_open_while_a_restore_holds_the_database(populated, tmp_path):
    from desk_app.storage import desk_lease

    populated.dispose()
    live = Path(populated.url.removeprefix("sqlite:///"))
    with desk_lease.exclusive(live):
        started = time.perf_counter()
        with pytest.raises(StorageError) as err:
            Database.open(populated.url)
        assert err.value.code == "restoring"
        assert time.perf_counter() - started < 5
    Database.open(populated.url).dispose()
