"""Is a file a sound backup of this application? Its header, its key, its content.

Used after writing a backup (read-only, in place) and before a restore (on the copy that will be
installed). The content check itself is :mod:`desk_app.storage.sqlite_check`.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from desk_app.services.backup_base import (
    SQLITE_HEADER,
    BackupError,
    KeyNeeded,
    WrongKey,
    unreadable_or_damaged,
)
from desk_app.storage import cipher, manifest, sqlite_check
from desk_app.storage.db import alembic_config


def known_revisions() -> set[str]:
    """Every schema revision this version of the application can open (or migrate from)."""
    from alembic.script import ScriptDirectory  # Alembic is slow to import; restores are rare

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def check_header(path: Path) -> None:
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
    comparison) and the schema, without the foreign-key and search-index checks: the automatic
    backup's read-back (its full check runs on a schedule; a restore always runs it).

    ``read_only`` opens the file with SQLite's ``mode=ro``: nothing can be written to it, so it
    may be the only copy of a backup, which must then be a self-contained file (journal mode
    DELETE, no ``-journal`` beside it: :func:`backup` writes it so). Without it the file is
    opened read-write (SQLite may need to when it was copied in WAL mode), so call it on a
    copy. An encrypted one is opened with ``key``.
    """
    if key is None:
        check_header(path)
    target, uri = (f"{path.resolve().as_uri()}?mode=ro", True) if read_only else (path, False)
    try:
        with closing(cipher.connect(target, key, uri=uri)) as conn:
            row = _schema_revision(conn)
            revision = str(row[0]) if row else ""
            if row is not None and revision in known_revisions():
                found = sqlite_check.problems(conn, revision, quick=quick)  # integrity first
            else:
                result = integrity(conn, quick)
                found = [] if result == "ok" else [f"damaged ({result})"]
    except cipher.DatabaseError as exc:
        raise unreadable_or_damaged(exc) from exc
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


def integrity(conn: sqlite3.Connection, quick: bool = False) -> str:
    rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    return "; ".join(str(r[0]) for r in rows[:5])
