"""What the backup modules share: their errors, the SQLite file behind a URL, a backup's stamp.

:mod:`desk_app.services.backup` writes a backup, :mod:`~desk_app.services.backup_check` checks a
file, :mod:`~desk_app.services.backup_restore` puts one back; callers import all of it from
:mod:`desk_app.services.backup`.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why, for people."""

    code = "failed"


class Damaged(BackupError):
    """A check of the database's content failed: the live database may be damaged (a backup is
    a page-for-page copy of it), not only the file written."""

    code = "damaged"


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


def unreadable_or_damaged(exc: Exception) -> BackupError:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith(_CANNOT_READ):
        return NotChecked(f"the backup could not be read to check it ({exc})")
    return BackupError(f"the backup is damaged ({exc})")


def stamp(clock: Callable[[], datetime] = datetime.now) -> str:
    """A backup's name carries the desk's own clock (the one its records are dated by)."""
    return clock().strftime("%Y%m%d-%H%M%S")


def sqlite_path(url: str) -> Path:
    """The file behind an SQLite URL; BackupError for other databases or in-memory ones."""
    if not url.startswith("sqlite:///") or ":memory:" in url:
        raise BackupError("backup and restore work on an SQLite database file only "
                          f"(this database is {url.split(':', 1)[0]})")
    return Path(url.removeprefix("sqlite:///").split("?")[0])


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return "full" in str(exc).lower()
