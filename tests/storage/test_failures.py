"""A locked, read-only or full database gives a StorageError code, never a half-written record.

CI runs as root, so file permissions prove nothing: the read-only case opens the file with
SQLite's read-only mode, and the full-disk case fills a small real filesystem (tmpfs), falling
back to SQLite's page limit where mounting is not allowed.
"""

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry
from desk_app.storage.db import Database, StorageError

PASSWORD = "admin-secret-1"


def person(i: int) -> BeneficiaryForm:
    return BeneficiaryForm(first_name="سعد", father_name="ناصر", grandfather_name="فهد",
                           family_name=f"الحربي{'ي' * (i % 5)}", gender="male",
                           id_number=make_saudi_id(1, f"{10000000 + i}"),
                           birth_date=f"0{1 + i % 9}/01/1980", mobile=f"05{50000000 + i}",
                           notes="ملاحظة " * 50)


def init(url: str, **kw) -> Database:
    db = Database.open(url, **kw)
    installation.initialise(db, preset_key=None, branch_code="RYD", admin_username="admin",
                            admin_password=PASSWORD, admin_full_name="مدير")
    return db


def count(db: Database) -> int:
    return len(registry.search(db, "", page_size=10_000).rows)


def test_read_only_database_refuses_writes_with_a_code(tmp_path, desk_admin):
    path = tmp_path / "ro.sqlite3"
    db = init(f"sqlite:///{path}")
    actor = desk_admin
    registry.register(db, actor, person(1), branch_code="RYD")
    db.dispose()
    ro = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageError) as exc:
        registry.register(ro, actor, person(2), branch_code="RYD")
    assert exc.value.code == "readonly"
    assert count(ro) == 1  # still readable; nothing half-written
    ro.dispose()


def test_locked_database_gives_locked_not_a_hang(tmp_path, desk_admin):
    path = tmp_path / "lk.sqlite3"
    init(f"sqlite:///{path}").dispose()
    db = Database.open(f"sqlite:///{path}", busy_timeout_ms=200)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as exc:
            registry.register(db, desk_admin, person(3), branch_code="RYD")
        assert exc.value.code == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    registry.register(db, desk_admin, person(3), branch_code="RYD")  # works once released
    assert count(db) == 1
    db.dispose()


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB filesystem if we may mount one (a fresh database with every table and its
    journal takes about 1 MiB); otherwise None."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if shutil.which("mount") is None:
        yield None
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
                          capture_output=True)
    if done.returncode != 0:
        yield None
        return
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _limit_pages(db: Database) -> None:
    """Fallback: SQLite's own page limit raises the same SQLITE_FULL error as a full disk."""
    db.write_engine.dispose()

    @event.listens_for(db.write_engine, "connect")
    def _cap(conn, _rec):  # noqa: ANN001
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages + 2}")


def test_full_disk_gives_disk_full_and_keeps_every_saved_record(tmp_path, small_disk, desk_admin):
    folder = small_disk or tmp_path
    db = init(f"sqlite:///{Path(folder) / 'full.sqlite3'}")
    if small_disk is None:
        _limit_pages(db)
    saved = 0
    with pytest.raises(StorageError) as exc:
        for i in range(100_000):
            registry.register(db, desk_admin, person(i), branch_code="RYD", confirm_duplicates=True)
            saved += 1
    assert exc.value.code == "disk_full"
    assert saved > 0
    print("filesystem:", "tmpfs" if small_disk else "page limit", "saved:", saved)
    assert count(db) == saved  # the failed one left nothing behind
    with db.read_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    db.dispose()
