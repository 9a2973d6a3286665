"""A commit the desk acknowledges survives a power cut (issue 16, finding 8).

On main the database ran WAL with ``synchronous=NORMAL``: a commit returned before the log
reached the disk, so a branch PC losing power could lose the last records the desk had already
shown as saved (kill -9 does not show it: the OS still writes the page cache out). With
``synchronous=FULL`` every commit waits for the log to be on disk. Its cost is measured in
``bench/durability.py`` (figures in bench/NOTES.md).
"""

from __future__ import annotations

from desk_app.storage.db import Database

FULL = 2


def test_every_connection_commits_with_synchronous_full(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    try:
        for engine in (db.write_engine, db.read_engine):
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == FULL
    finally:
        db.dispose()
