"""Upgrading an SQLite database at start: a verified backup first, then one atomic migration.

The migration itself runs in one transaction (see ``migrations/env.py``), so a crash leaves the
old schema or the new one, never half of each. The backup is for everything a transaction cannot
undo: a migration that fails for another reason, or one that ran but is found wrong later. When a
migration fails and the database is no longer at the revision it started from, the backup is
copied back before the error is reported.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.storage import cipher

_TEXT = {
    "ar": "حُدِّثت قاعدة البيانات من الإصدار {old} إلى الإصدار {new}. قبل التحديث حُفظت نسخة "
          "احتياطية منها وتم التحقق منها: {path}",
    "en": "The database was upgraded from version {old} to version {new}. Before the upgrade a "
          "verified backup of it was saved: {path}",
}


class UpgradeFailed(Exception):
    """The migration failed; the database is as it was (``restored`` says whether it had to be
    copied back from the backup at ``backup_path``)."""

    def __init__(self, detail: str, backup_path: Path, restored: bool):
        super().__init__(detail)
        self.backup_path = backup_path
        self.restored = restored


@dataclass(frozen=True)
class UpgradeNotice:
    """What an automatic upgrade did, for the screen to tell the people at the desk.

    ``code`` is ``"upgraded"``; the screen may word it itself, or show :meth:`text`.
    """

    from_revision: str
    to_revision: str
    backup_path: str
    code: str = "upgraded"

    def text(self, lang: str = "ar") -> str:
        return _TEXT["ar" if lang == "ar" else "en"].format(
            old=self.from_revision, new=self.to_revision, path=self.backup_path)


def backup_name(live: Path, revision: str, now: datetime) -> Path:
    return live.with_name(f"{live.name}.before-upgrade-{revision}-{now:%Y%m%d-%H%M%S}")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def verified_copy(live: Path, target: Path) -> dict[str, int]:
    """Copy ``live`` to ``target`` (online backup API) under the write lock, so that nothing
    changes meanwhile, and check the copy: integrity and the row count of every table.

    Returns the counts; raises ``sqlite3.Error`` / ``OSError`` / ``ValueError`` on failure (the
    partial copy removed).
    """
    partial = target.with_name(f"{target.name}.partial")
    try:
        # One connection holds the write lock so that nothing changes; another reads the copy
        # (a connection cannot back itself up while it holds a write transaction).
        with closing(cipher.connect(live, timeout=30, isolation_level=None)) as lock, \
                closing(cipher.connect(live, timeout=30)) as src:
            lock.execute("BEGIN IMMEDIATE")
            try:
                expected = _counts(src)
                # an encrypted database's copy keeps its key, and a key file saying so
                with closing(cipher.connect(partial, cipher.key_for(live))) as dst:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                    integrity = dst.execute("PRAGMA integrity_check").fetchone()[0]
                    if integrity != "ok" or _counts(dst) != expected:
                        raise ValueError(f"the pre-upgrade backup does not match ({integrity})")
            finally:
                lock.execute("ROLLBACK")
        partial.replace(target)
        if cipher.read_key_file(live) is not None:
            cipher.write_key_file(target, cipher.read_key_file(live))
        return expected
    finally:
        partial.unlink(missing_ok=True)


def _copy_back(saved: Path, live: Path) -> None:
    key = cipher.key_for(live)
    with closing(cipher.connect(saved, key)) as src, \
            closing(cipher.connect(live, key, timeout=30)) as dst:
        src.backup(dst)


def _revision(live: Path) -> str | None:
    with closing(cipher.connect(live, timeout=30)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except cipher.OperationalError:
            return None
    return row[0] if row else None


def upgrade_with_backup(live: Path, current: str, head: str, now: datetime,
                        migrate: Callable[[], None]) -> UpgradeNotice:
    """Back ``live`` up (verified), then ``migrate()``; on failure leave it as it was.

    Raises ``UpgradeFailed`` when the migration fails, and what :func:`verified_copy` raises
    when no verified backup could be made (nothing migrated then).
    """
    saved = backup_name(live, current, now)
    verified_copy(live, saved)
    try:
        migrate()
    except Exception as exc:
        restored = False
        if _revision(live) != current:
            _copy_back(saved, live)
            restored = True
        raise UpgradeFailed(str(exc), saved, restored) from exc
    return UpgradeNotice(current, head, str(saved))
