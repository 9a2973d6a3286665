"""Moving up: copy this PC's SQLite registry into the office's new PostgreSQL database.

``desk-app migrate-to URL`` runs it. The SQLite file is only read (opened read-only) and stays
as it was, so the desk can go back to it if anything goes wrong; the target must be empty. The
copy itself, streaming and verification live in :mod:`desk_app.storage.copy`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_app.storage.copy import TableCopy, copy_database
from desk_app.storage.db import Database, StorageError, sqlite_file
from desk_app.storage.postgres import is_postgres


class MoveError(Exception):
    """The copy was refused or failed; the message says why, for people."""


def migrate_to(source_url: str, target_url: str,
               progress: Callable[[str], None] | None = None) -> list[TableCopy]:
    """Copy every table of the SQLite database at ``source_url`` into ``target_url``."""
    path = sqlite_file(source_url)
    if path is None:
        raise MoveError("the database to copy must be this PC's SQLite file")
    if not path.is_file():
        raise MoveError(f"there is no database file at {path}")
    if not is_postgres(target_url):
        raise MoveError("the target must be a PostgreSQL database (postgresql://…)")
    source = Database(f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true")
    target = None
    try:
        target = Database.open(target_url)
        return copy_database(source, target, progress)
    except StorageError as exc:
        raise MoveError(f"{exc.code}: {exc.detail}") from exc
    finally:
        source.dispose()
        if target is not None:
            target.dispose()
