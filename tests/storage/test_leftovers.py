"""Interrupted backups, restores and upgrades leave nothing behind; a bad --db is one line
(issue 16, finding 7).

On main an interrupted backup or restore left hidden ``.partial`` / ``.restore-*.tmp`` files of
the database's size behind for good, and an unknown driver in ``--db`` printed a traceback.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk_app.storage.db import Database, StorageError

LEFTOVERS = ["desk.sqlite3.restore-20261122-093000.tmp",
             "desk.sqlite3.restore-20261122-093000.tmp-journal",
             ".desk-backup-20261122-093000.sqlite3.partial",
             "desk.sqlite3.before-upgrade-0004_surveys-20261122-093000.partial"]
KEPT = ["desk.sqlite3.before-restore-20261122-093000", "notes.txt",
        "desk.sqlite3.before-upgrade-0004_surveys-20261122-093000"]


def test_leftovers_of_interrupted_work_are_removed_at_the_next_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    Database.open(url).dispose()
    for name in LEFTOVERS + KEPT:
        (tmp_path / name).write_bytes(b"x" * 4096)
    Database.open(url).dispose()
    names = {p.name for p in tmp_path.iterdir()}
    assert not names & set(LEFTOVERS)
    assert set(KEPT) <= names


def test_leftovers_stay_while_another_desk_may_be_writing_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    other = Database.open(url)
    (tmp_path / LEFTOVERS[0]).write_bytes(b"x")
    Database.open(url).dispose()
    assert (tmp_path / LEFTOVERS[0]).exists()
    other.dispose()


@pytest.mark.parametrize("url", ["nosuchdriver://desk@server/desk", "postgresql+nodriver://x/y",
                                 "sqlite:////proc/no-such-dir/desk.sqlite3"])
def test_a_bad_db_url_is_one_line(url):
    with pytest.raises(StorageError) as err:
        Database.open(url)
    assert err.value.code in ("bad_url", "unavailable")
    done = subprocess.run([sys.executable, "-m", "desk_app", "--db", url, "find", "x"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_backup_removes_half_written_backups_in_its_folder(tmp_path):
    from desk_app.services import backup

    db = Database.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    out = tmp_path / "usb"
    out.mkdir()
    stale = out / ".desk-backup-20261122-093000.sqlite3.partial"
    stale.write_bytes(b"SQLite format 3\x00" + b"\0" * 4096)
    foreign = out / ".download.partial"
    foreign.write_bytes(b"not ours")
    backup.backup(db, out / "b.sqlite3")
    db.dispose()
    assert not stale.exists() and foreign.exists()
