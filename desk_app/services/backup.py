"""Backup and restore of the SQLite database file (an office server's: server_backup.py).

A backup is taken with SQLite's online backup API while desks keep working, then checked with
``PRAGMA integrity_check`` (the automatic backup leaves that to its scheduled full check:
:mod:`~desk_app.services.autobackup_fullcheck`). A restore (:mod:`~desk_app.services.backup_restore`) refuses anything
that is not a sound database of this application (:mod:`~desk_app.services.backup_check`; live
database left untouched), keeps a safety copy of the live database, and swaps the files with one
atomic rename. Callers import all of it from here.

An encrypted database (:mod:`desk_app.storage.cipher`) is backed up encrypted with its own key
(SQLCipher's backup API re-encrypts page by page; nothing plain is ever written) and its manifest
is authenticated with the key. A restore needs the key: one unlocked in this process whose check
value the manifest names, or one given by the caller (from the passphrase); a wrong one is
refused (:class:`WrongKey`) before the live database is touched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from desk_app.services import server_backup
from desk_app.services.backup_base import (
    SQLITE_HEADER,
    BackupError,
    Damaged,
    KeyNeeded,
    NotChecked,
    RestoreRefused,
    WrongKey,
    is_disk_full,
    sqlite_path,
    stamp,
)
from desk_app.services.backup_check import (
    backup_key,
    check_backup_file,
    integrity,
    known_revisions,
)
from desk_app.services.backup_restore import restore
from desk_app.storage import cipher, desk_lease, manifest
from desk_app.storage.db import Database
from desk_app.storage.postgres import is_postgres

__all__ = ["BackupError", "Damaged", "KeyNeeded", "NotChecked", "RestoreRefused", "WrongKey", "backup",
           "backup_key", "check_backup_file", "known_revisions", "restore", "sqlite_path"]


# --- backup --------------------------------------------------------------------------------

def backup(db: Database, out_path: str | os.PathLike[str], *,
           full_check: bool = True) -> dict[str, Any]:
    """Copy the live database to ``out_path`` (a file, or a folder to put a dated file in).

    Returns ``{"path", "bytes", "seconds", "integrity"}``. Raises BackupError when the database
    is not SQLite, the target folder is missing or not writable, the disk is full, or the copy
    fails its integrity check (the copy is then kept, for the experts).

    ``full_check=False`` (the automatic backup) skips ``integrity_check`` here ("integrity" is
    None): at 1M beneficiaries it reads and compares every index with its table for minutes.
    The caller checks the copy itself (:func:`desk_app.services.autobackup.verify`: quick
    check) and runs the full check on a schedule, in a low-priority process of its own.
    """
    if is_postgres(db.url):
        try:
            return server_backup.backup(db.url, out_path)
        except server_backup.ServerBackupError as exc:
            raise BackupError(str(exc)) from exc
    started = time.perf_counter()
    if db.read_engine.dialect.name != "sqlite" or ":memory:" in db.url:
        raise BackupError("backup works on an SQLite database file only")
    out = Path(out_path)
    if out.is_dir():
        out = out / f"desk-backup-{stamp(db.clock)}.sqlite3"
    folder = out.parent
    if not folder.is_dir():
        raise BackupError(f"the target folder does not exist: {folder}")
    if not os.access(folder, os.W_OK):
        raise BackupError(f"the target folder is not writable: {folder}")
    tmp = folder / f".{out.name}.partial"
    _clean_partial_backups(db, folder)
    live = sqlite_path(db.url)
    key = cipher.key_for(live)
    raw = db.read_engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        with closing(cipher.connect(tmp, key)) as target:  # keyed: encrypted as it is written
            source.backup(target)
            # A backup is one self-contained file, whatever the live database's journal mode.
            target.execute("PRAGMA journal_mode=DELETE")
            integrity_found = integrity(target) if full_check else None
            revision, counts = _revision_and_counts(target)
    except (*cipher.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise BackupError(f"the disk is full: {folder}") from exc
        raise BackupError(f"the backup failed: {exc}") from exc
    finally:
        raw.close()
    os.replace(tmp, out)
    if integrity_found not in ("ok", None):
        raise Damaged(f"the copy failed its integrity check ({integrity_found}); "
                          f"the live database may be damaged; copy kept at {out}")
    try:
        manifest.write(out, revision, counts, db.clock(), key, cipher.read_key_file(live))
    except OSError as exc:
        raise BackupError(f"the backup's manifest could not be written: {exc}") from exc
    return {"path": str(out), "bytes": out.stat().st_size,
            "seconds": round(time.perf_counter() - started, 3), "integrity": integrity_found}


def _clean_partial_backups(db: Database, folder: Path) -> None:
    """Remove half-written backups an interrupted run left in ``folder`` (SQLite files only:
    the folder may hold other programs' files), unless another desk may be writing one now."""
    live = sqlite_path(db.url)
    if len(desk_lease.open_desks(live)) > 1:
        return
    for path in folder.glob(".*.partial"):
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_HEADER))
        except OSError:
            continue
        if head in (b"", SQLITE_HEADER):
            path.unlink(missing_ok=True)


def _revision_and_counts(conn: sqlite3.Connection) -> tuple[str, dict[str, int]]:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'beneficiary_fts%' ORDER BY name")]
    return (row[0] if row else "", {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
                                    for n in names})
