"""``desk-app backup`` / ``restore`` on the office server (PostgreSQL): pg_dump / pg_restore.

Same promises as for the SQLite file (see :mod:`desk_app.services.backup`, which hands office
databases to this module): a backup is checked before it is kept, a restore refuses anything
that is not a backup of this application, keeps a safety dump of the live database first, and
either replaces everything or nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from desk_app.storage import postgres_backup as pg
from desk_app.storage.db import HEAD_REVISION
from desk_app.storage.postgres import database_name


class ServerBackupError(Exception):
    """Why a server backup or restore was refused or failed (for people)."""


def backup(url: str, out_path: str | os.PathLike[str]) -> dict[str, Any]:
    out = Path(out_path)
    if out.is_dir():
        out = out / f"desk-backup-{database_name(url)}-{pg.stamp()}.dump"
    if not out.parent.is_dir():
        raise ServerBackupError(f"the target folder does not exist: {out.parent}")
    if not os.access(out.parent, os.W_OK):
        raise ServerBackupError(f"the target folder is not writable: {out.parent}")
    try:
        return pg.dump(url, out)
    except (pg.PgToolError, OSError) as exc:
        raise ServerBackupError(str(exc)) from exc


def restore(url: str, backup_file: str | os.PathLike[str], known: set[str]) -> dict[str, Any]:
    """Check ``backup_file``, dump the live database beside it, then restore in one go."""
    started = time.perf_counter()
    source = Path(backup_file)
    if not source.is_file():
        raise ServerBackupError(f"the backup file does not exist: {source}")
    try:
        tables = pg.list_tables(source)
        revision = pg.revision(source) if "alembic_version" in tables else None
        if revision is None or "beneficiaries" not in tables:
            raise ServerBackupError(f"not a Beneficiary Desk backup: {source}")
        if revision not in known:
            raise ServerBackupError(
                f"made by a newer version or by another application (schema {revision})")
        safety = _unused(source.with_name(
            f"{database_name(url)}.before-restore-{pg.stamp()}.dump"))
        pg.dump(url, safety, ours=False)
        pg.restore(url, source)
    except pg.PgToolError as exc:
        raise ServerBackupError(f"{exc}: {source}") from exc
    return {"path": database_name(url), "restored_from": str(source),
            "safety_copy": str(safety), "revision": revision,
            "migrate_on_open": revision != HEAD_REVISION, "bytes": source.stat().st_size,
            "seconds": round(time.perf_counter() - started, 3)}


def _unused(path: Path) -> Path:
    """``path``, or the same name with -2, -3… when it is taken: two restores within one second
    (restoring the safety dump of the restore just made) must not dump over the file being
    restored."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
