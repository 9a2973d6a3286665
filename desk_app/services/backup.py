"""Backup and restore of the SQLite database file (an office server's: server_backup.py).

A backup is taken with SQLite's online backup API while desks keep working, then checked with
``PRAGMA integrity_check``. A restore refuses anything that is not a sound database of this
application (live database left untouched), keeps a safety copy of the live database, and swaps
the files with one atomic rename.

An encrypted database (:mod:`desk_app.storage.cipher`) is backed up encrypted with its own key
(SQLCipher's backup API re-encrypts page by page; nothing plain is ever written) and its manifest
is authenticated with the key. A restore needs the key: one unlocked in this process whose check
value the manifest names, or one given by the caller (from the passphrase); a wrong one is
refused (:class:`WrongKey`) before the live database is touched.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_app.services import server_backup
from desk_app.storage import cipher, desk_lease, manifest, sqlite_check
from desk_app.storage.db import HEAD_REVISION, Database, alembic_config
from desk_app.storage.postgres import is_postgres

SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why, for people."""

    code = "failed"


class RestoreRefused(BackupError):
    """The database is in use: ``code`` is ``in_use`` (``desks`` lists the desks that have it
    open: host, pid, program, since) or ``busy`` (another restore is running)."""

    def __init__(self, code: str, message: str, desks: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.code = code
        self.desks = desks or []


class KeyNeeded(BackupError):
    """The backup is encrypted with a key this process has not unlocked: ask for the
    installation passphrase and call again with the key (``meta`` describes it)."""

    code = "key_needed"

    def __init__(self, message: str, meta: dict[str, Any]):
        super().__init__(message)
        self.meta = meta


class WrongKey(BackupError):
    """The key (passphrase) given does not open this backup; nothing was changed."""

    code = "wrong_key"


class NotChecked(BackupError):
    """The file could not be read to check it (the disk, its permissions, a lock, memory):
    nothing is known about whether it is sound, so it must not be called damaged."""

    code = "not_checked"


#: SQLite results that say the file could not be read, not that what was read is wrong
#: (``sqlite_errorname``; extended codes such as SQLITE_IOERR_READ start with these).
_CANNOT_READ = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_FULL", "SQLITE_BUSY",
                "SQLITE_LOCKED", "SQLITE_NOMEM", "SQLITE_PERM", "SQLITE_READONLY",
                "SQLITE_INTERRUPT", "SQLITE_AUTH")


def _unreadable_or_damaged(exc: Exception) -> BackupError:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith(_CANNOT_READ):
        return NotChecked(f"the backup could not be read to check it ({exc})")
    return BackupError(f"the backup is damaged ({exc})")


def _stamp(clock: Callable[[], datetime] = datetime.now) -> str:
    """A backup's name carries the desk's own clock (the one its records are dated by)."""
    return clock().strftime("%Y%m%d-%H%M%S")


def sqlite_path(url: str) -> Path:
    """The file behind an SQLite URL; BackupError for other databases or in-memory ones."""
    if not url.startswith("sqlite:///") or ":memory:" in url:
        raise BackupError("backup and restore work on an SQLite database file only "
                          f"(this database is {url.split(':', 1)[0]})")
    return Path(url.removeprefix("sqlite:///").split("?")[0])


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return "full" in str(exc).lower()


# --- backup --------------------------------------------------------------------------------

def backup(db: Database, out_path: str | os.PathLike[str]) -> dict[str, Any]:
    """Copy the live database to ``out_path`` (a file, or a folder to put a dated file in).

    Returns ``{"path", "bytes", "seconds", "integrity"}``. Raises BackupError when the database
    is not SQLite, the target folder is missing or not writable, the disk is full, or the copy
    fails its integrity check (the copy is then kept, for the experts).
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
        out = out / f"desk-backup-{_stamp(db.clock)}.sqlite3"
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
            integrity = _integrity(target)
            revision, counts = _revision_and_counts(target)
    except (*cipher.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise BackupError(f"the disk is full: {folder}") from exc
        raise BackupError(f"the backup failed: {exc}") from exc
    finally:
        raw.close()
    os.replace(tmp, out)
    if integrity != "ok":
        raise BackupError(f"the copy failed its integrity check ({integrity}); "
                          f"the live database may be damaged; copy kept at {out}")
    try:
        manifest.write(out, revision, counts, db.clock(), key, cipher.read_key_file(live))
    except OSError as exc:
        raise BackupError(f"the backup's manifest could not be written: {exc}") from exc
    return {"path": str(out), "bytes": out.stat().st_size,
            "seconds": round(time.perf_counter() - started, 3), "integrity": integrity}


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


def _integrity(conn: sqlite3.Connection, quick: bool = False) -> str:
    rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    return "; ".join(str(r[0]) for r in rows[:5])


# --- restore -------------------------------------------------------------------------------

def known_revisions() -> set[str]:
    """Every schema revision this version of the application can open (or migrate from)."""
    from alembic.script import ScriptDirectory  # Alembic is slow to import; restores are rare

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise BackupError(f"the backup file does not exist: {path}")
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"not an SQLite database: {path}")


def backup_key(source: Path, expected: dict[str, Any] | None,
               key: bytes | None = None) -> bytes | None:
    """The key of an encrypted backup (None for a plain one), its manifest authenticated.

    ``key`` is tried, else a key unlocked in this process whose check value the manifest
    names. :class:`KeyNeeded` when there is none, :class:`WrongKey` when ``key`` is not the
    backup's, BackupError when the manifest was changed by someone without the key.
    """
    meta = (expected or {}).get("encryption")
    if not meta:
        return None
    key = key if key is not None else cipher.known_key(str(meta.get("check", "")))
    if key is None:
        raise KeyNeeded(f"the backup is encrypted: its key is needed: {source}", meta)
    if cipher.check_value(key) != meta.get("check"):
        raise WrongKey(f"the passphrase does not open this backup: {source}")
    if not manifest.authentic(expected or {}, key):
        raise BackupError(f"the backup's manifest was changed after it was made (its "
                          f"authentication code does not match): {source}")
    return key


def check_backup_file(path: Path, key: bytes | None = None, *, read_only: bool = False,
                      quick: bool = False) -> str:
    """The schema revision of a sound database of this application; BackupError otherwise
    (:class:`NotChecked` when the file could not be read to tell).

    ``quick``: ``PRAGMA quick_check`` instead of ``integrity_check`` (no index-to-table
    comparison), for a file whose content already passed the full check as it was written.

    ``read_only`` opens the file with SQLite's ``mode=ro``: nothing can be written to it, so it
    may be the only copy of a backup, which must then be a self-contained file (journal mode
    DELETE, no ``-journal`` beside it: :func:`backup` writes it so). Without it the file is
    opened read-write (SQLite may need to when it was copied in WAL mode), so call it on a
    copy. An encrypted one is opened with ``key``.
    """
    if key is None:
        _check_header(path)
    target, uri = (f"{path.resolve().as_uri()}?mode=ro", True) if read_only else (path, False)
    try:
        with closing(cipher.connect(target, key, uri=uri)) as conn:
            row = _schema_revision(conn)
            revision = str(row[0]) if row else ""
            if row is not None and revision in known_revisions():
                found = sqlite_check.problems(conn, revision, quick=quick)  # integrity first
            else:
                integrity = _integrity(conn, quick)
                found = [] if integrity == "ok" else [f"damaged ({integrity})"]
    except cipher.DatabaseError as exc:
        raise _unreadable_or_damaged(exc) from exc
    if found:
        raise BackupError("the backup is " + "; ".join(found))
    if row is None:
        raise BackupError("not a Beneficiary Desk database (it has no schema version)")
    if revision not in known_revisions():
        raise BackupError(f"made by a newer version or by another application (schema {revision})")
    return revision


def _schema_revision(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' "
                       "AND name='alembic_version'").fetchone()
    return conn.execute("SELECT version_num FROM alembic_version").fetchone() if has else None


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
        _check_header(source)
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
    stamp = _stamp()
    # Checked as copied next to the live file: what is installed is what was checked, and the
    # backup itself is only ever read.
    tmp = live.with_name(f"{live.name}.restore-{stamp}.tmp")
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
        safety = _safety_copy(live, stamp) if live.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, live)
        _install_key(live, key, meta)
    except OSError as exc:
        if _is_disk_full(exc):
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


def _safety_copy(live: Path, stamp: str) -> Path:
    """Copy the live database aside; BackupError if another desk still has it open."""
    safety = live.with_name(f"{live.name}.before-restore-{stamp}")
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
