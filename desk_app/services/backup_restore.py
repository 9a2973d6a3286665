"""Restoring an SQLite backup: checked as copied beside the live file, a safety copy of the live
database kept, then swapped in with one atomic rename (an office server's: server_backup.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from desk_app.services import server_backup
from desk_app.services.backup_base import (
    BackupError,
    RestoreRefused,
    is_disk_full,
    sqlite_path,
    stamp,
)
from desk_app.services.backup_check import (
    backup_key,
    check_backup_file,
    check_header,
    known_revisions,
)
from desk_app.storage import cipher, desk_lease, manifest
from desk_app.storage.db import HEAD_REVISION
from desk_app.storage.postgres import is_postgres


def restore(db_url: str, backup_file: str | os.PathLike[str], *,
            allow_without_manifest: bool = False, key: bytes | None = None) -> dict[str, Any]:
    """Replace the database at ``db_url`` with ``backup_file``, after checking it.

    Every desk must be closed first: while one has the database open this refuses
    (:class:`RestoreRefused`, naming the desks), and no desk can open it until the restore is
    done. Refuses (BackupError, live database untouched) a missing, non-SQLite, damaged or
    foreign file. The live database is
    first copied to ``<db>.before-restore-<timestamp>``. A backup of an older schema is migrated
    the next time the application opens it.

    What is restored is checked by content (see :mod:`desk_app.storage.sqlite_check`) and
    against the manifest written beside it at backup time; a backup without one (an older
    version's, or copied without it) is refused unless ``allow_without_manifest``.

    An encrypted backup needs its key (see :func:`backup_key`); the restored database keeps it
    (the key file beside it is the backup's). A plain backup restored where the database is
    encrypted (its key unlocked) is encrypted with that key before it goes in.

    Returns ``{"path", "restored_from", "safety_copy", "revision", "verified", "encrypted",
    "bytes", "seconds"}``; ``verified`` is ``"manifest"`` or ``"content"`` (no manifest).
    """
    if is_postgres(db_url):
        try:
            return server_backup.restore(db_url, backup_file, known_revisions())
        except server_backup.ServerBackupError as exc:
            raise BackupError(str(exc)) from exc
    started = time.perf_counter()
    live = sqlite_path(db_url)
    source = Path(backup_file)
    if not source.is_file():
        raise BackupError(f"the backup file does not exist: {source}")
    try:
        expected = manifest.read(source)
    except ValueError as exc:
        raise BackupError(f"{exc}: {source}") from exc
    key = backup_key(source, expected, key)
    if key is None:
        check_header(source)
    if expected is None and not allow_without_manifest:
        raise BackupError(f"the backup has no manifest (made by an older version, or copied "
                          f"without its .manifest.json): {source}")
    live.parent.mkdir(parents=True, exist_ok=True)
    try:
        with desk_lease.exclusive(live):
            revision, safety, key = _swap_in(live, source, expected, key)
    except desk_lease.InUse as exc:
        raise RestoreRefused("in_use", f"{exc}; close them and try again", exc.desks) from exc
    except desk_lease.Busy as exc:
        raise RestoreRefused("busy", str(exc)) from exc
    return {"path": str(live), "restored_from": str(source),
            "safety_copy": str(safety) if safety else None, "revision": revision,
            "verified": "manifest" if expected else "content", "encrypted": key is not None,
            "migrate_on_open": revision != HEAD_REVISION, "bytes": live.stat().st_size,
            "seconds": round(time.perf_counter() - started, 3)}


def _swap_in(live: Path, source: Path, expected: dict[str, Any] | None,
             key: bytes | None) -> tuple[str, Path | None, bytes | None]:
    """Check a copy of ``source`` beside ``live``, keep a safety copy, then rename it in."""
    when = stamp()
    # Checked as copied next to the live file: what is installed is what was checked, and the
    # backup itself is only ever read.
    tmp = live.with_name(f"{live.name}.restore-{when}.tmp")
    try:
        shutil.copyfile(source, tmp)
        try:
            why = manifest.mismatch(tmp, expected) if expected else None
            if why:
                raise BackupError(f"the backup does not match its manifest: {why}")
            revision = check_backup_file(tmp, key)
            if expected and expected.get("revision") not in (None, revision):
                raise BackupError("the backup's schema differs from its manifest")
        except BackupError as exc:
            raise BackupError(f"{exc}: {source}") from exc
        meta = (expected or {}).get("encryption")
        if key is None and cipher.key_for(live) is not None:
            # an older, plain backup going into an encrypted installation: encrypted first
            key, meta = cipher.key_for(live), cipher.read_key_file(live)
            cipher.export_encrypted(tmp, tmp.with_name(tmp.name + ".enc"), key)
            cipher.wipe(tmp)
            os.replace(tmp.with_name(tmp.name + ".enc"), tmp)
        safety = _safety_copy(live, when) if live.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, live)
        _install_key(live, key, meta)
    except OSError as exc:
        if is_disk_full(exc):
            raise BackupError(f"the disk is full: {live.parent}") from exc
        raise BackupError(f"the restore failed: {exc}") from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".enc"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return revision, safety, key


def _install_key(live: Path, key: bytes | None, meta: dict[str, Any] | None) -> None:
    """The restored file's key file beside it (or none for a plain one), its key unlocked."""
    if key is None:
        cipher.key_file(live).unlink(missing_ok=True)
        cipher.forget(live)
        return
    cipher.write_key_file(live, {"format": cipher.FORMAT, **(meta or {})})
    cipher.register(live, key)


def _safety_copy(live: Path, when: str) -> Path:
    """Copy the live database aside; BackupError if another desk still has it open."""
    safety = live.with_name(f"{live.name}.before-restore-{when}")
    key_meta = cipher.read_key_file(live)
    if key_meta is not None:  # the safety copy keeps the live key; its key file says which
        cipher.write_key_file(safety, key_meta)
    with _exclusive(live) as conn:
        try:
            with closing(cipher.connect(safety, cipher.key_for(live))) as target:
                conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
        except cipher.DatabaseError:
            # A damaged live database is the usual reason to restore: keep its bytes as they are.
            safety.unlink(missing_ok=True)
            shutil.copyfile(live, safety)
            if Path(f"{live}-wal").exists():
                shutil.copyfile(f"{live}-wal", f"{safety}-wal")
    return safety


@contextmanager
def _exclusive(live: Path) -> Iterator[sqlite3.Connection]:
    """The live database, checkpointed, with proof that no one else is using it."""
    conn = cipher.connect(live, timeout=2)
    try:
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except cipher.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise BackupError("the database is in use; close every desk and try again") from exc
            busy = None  # damaged: copied byte for byte by the caller
        except cipher.DatabaseError:
            busy = None
        if busy and busy[0]:
            raise BackupError("the database is in use; close every desk and try again")
        yield conn
    finally:
        conn.close()
