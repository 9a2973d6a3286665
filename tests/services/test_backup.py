"""Backup → restore round trip; every refused restore leaves the live database as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from desk_app.services import backup, demo, registry
from desk_app.storage.db import HEAD_REVISION, Database

# The SQLite backup API and file restore; PostgreSQL's pg_dump/pg_restore: test_backup_pg.py.
pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def populated(db):
    demo.generate(db, beneficiaries=300, seed=9, progress=None)
    return db


def test_backup_then_restore_elsewhere_finds_the_same_people(populated, tmp_path):
    out = tmp_path / "backups"
    out.mkdir()
    info = backup.backup(populated, out)
    assert info["integrity"] == "ok" and info["bytes"] > 0
    assert Path(info["path"]).parent == out
    with sqlite3.connect(info["path"]) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"

    target = tmp_path / "other" / "restored.sqlite3"
    result = backup.restore(f"sqlite:///{target}", info["path"])
    assert result["revision"] == HEAD_REVISION and result["safety_copy"] is None
    restored = Database.open(f"sqlite:///{target}")
    try:
        for text in ("عبدالله", "فاطمه", "1", "HQ-000007"):
            before = registry.search(populated, text)
            after = registry.search(restored, text)
            assert [r.id for r in after.rows] == [r.id for r in before.rows]
            assert before.rows
    finally:
        restored.dispose()


def test_restore_over_a_live_database_keeps_a_safety_copy(populated, tmp_path):
    info = backup.backup(populated, tmp_path / "b.sqlite3")
    live = Path(populated.url.removeprefix("sqlite:///"))
    demo.generate(populated, beneficiaries=10, seed=1, progress=None)  # after the backup
    populated.dispose()
    result = backup.restore(populated.url, info["path"])
    safety = Path(result["safety_copy"])
    assert safety.name.startswith("desk.sqlite3.before-restore-")
    assert not Path(f"{live}-wal").exists()
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 310
    with sqlite3.connect(live) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 300


def _garbled(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = bytes((b * 7 + 13) % 256 for b in data[middle:middle + 8192])
    target.write_bytes(bytes(data))
    return target


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes(body) VALUES ('not ours')")
    return path


def _unknown_revision(source: Path, path: Path) -> Path:
    path.write_bytes(source.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


@pytest.mark.parametrize("case", ["missing", "text", "garbled", "foreign", "future"])
def test_refused_restores_leave_the_live_database_unchanged(populated, tmp_path, case):
    good = Path(backup.backup(populated, tmp_path / "good.sqlite3")["path"])
    populated.dispose()
    live = Path(populated.url.removeprefix("sqlite:///"))
    files = {
        "missing": lambda: tmp_path / "nothing-here.sqlite3",
        "text": lambda: (tmp_path / "notes.txt").write_text("hello") and tmp_path / "notes.txt",
        "garbled": lambda: _garbled(good, tmp_path / "garbled.sqlite3"),
        "foreign": lambda: _foreign(tmp_path / "foreign.sqlite3"),
        "future": lambda: _unknown_revision(good, tmp_path / "future.sqlite3"),
    }
    bad = files[case]()
    before = _digest(live)
    listing = sorted(p.name for p in live.parent.iterdir())
    with pytest.raises(backup.BackupError) as err:
        backup.restore(populated.url, bad)
    assert _digest(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == listing  # no leftovers either
    assert str(err.value)


def test_backup_refusals(populated, tmp_path, monkeypatch):
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.backup(populated, tmp_path / "no-such-folder" / "b.sqlite3")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root ignores permissions; pretend, as a user would see
            monkeypatch.setattr(backup.os, "access", lambda path, mode: False)
        with pytest.raises(backup.BackupError, match="not writable"):
            backup.backup(populated, locked / "b.sqlite3")
    finally:
        locked.chmod(0o700)


def test_office_server_backup_problems_are_clear_errors(tmp_path):
    """A PostgreSQL database goes to pg_dump (test_backup_pg.py); an unreachable server is a
    BackupError saying so, not a traceback."""
    fake = SimpleNamespace(url="postgresql://desk@server.invalid/desk",
                           read_engine=SimpleNamespace(dialect=SimpleNamespace(name="postgresql")))
    with pytest.raises(backup.BackupError, match="pg_dump failed"):
        backup.backup(fake, tmp_path)  # type: ignore[arg-type]
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.restore("postgresql://desk@server.invalid/desk", tmp_path / "x.dump")


def test_disk_full_is_reported_as_such(populated, tmp_path, monkeypatch):
    class FullDisk:
        def __init__(self, real):
            self.real = real

        def backup(self, target):
            raise sqlite3.OperationalError("database or disk is full")

    raw = populated.read_engine.raw_connection

    class Raw:
        def __init__(self):
            self.inner = raw()
            self.driver_connection = FullDisk(self.inner.driver_connection)

        def close(self):
            self.inner.close()

    monkeypatch.setattr(populated.read_engine, "raw_connection", Raw)
    with pytest.raises(backup.BackupError, match="disk is full"):
        backup.backup(populated, tmp_path / "b.sqlite3")
    assert not list(tmp_path.glob("*.partial"))


def test_a_backup_into_a_folder_is_named_by_the_desks_clock(populated, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    info = backup.backup(populated, folder)
    assert Path(info["path"]).name == populated.clock().strftime("desk-backup-%Y%m%d-%H%M%S.sqlite3")
