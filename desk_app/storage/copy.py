"""Copy a whole single-desk SQLite database into an empty PostgreSQL one (``migrate-to``).

Every table of the schema is copied in foreign-key order, streamed in batches (scans and archived
PDFs included, so batches of rows holding files are small): memory stays flat whatever the size.
The source is opened read-only, in one read transaction (a consistent snapshot even if a desk
is still open on it), and never written. The target is written in one transaction under the
office write lock: a failure leaves it as empty as it was. Afterwards both sides are read again
in primary-key order and compared table by table: row counts and a SHA-256 over every value.
Bulk rows bypass the audit capture on purpose: the audit trail is copied as it is, one for one.
The report figures (``report_counts_tables``) are not copied: the target's triggers count the
rows as they arrive, and the check compares the figures both sides hold.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, func, insert, select, text

from desk_app.storage.db import HEAD_REVISION, Database, StorageError, stored_revision
from desk_app.storage.postgres import ROWID_TABLES
from desk_app.storage.report_counts_tables import DERIVED_TABLES
from desk_app.storage.schema import metadata

BATCH = 1000
FILE_BATCH = 20  # rows carrying scans / PDFs (up to 20 MB each)


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    sha256: str


def _batch_size(table: Table) -> int:
    return FILE_BATCH if any(isinstance(c.type, LargeBinary) for c in table.columns) else BATCH


def _ordered(conn: Connection, table: Table, by_rowid: bool) -> Iterator[Any]:
    order = [text("rowid")] if by_rowid else list(table.primary_key.columns)
    query = select(table).order_by(*order)
    if table.name in DERIVED_TABLES:  # a figure counted down to 0 is the same as none
        query = query.where(table.c.n != 0)
    result = conn.execution_options(stream_results=True, yield_per=_batch_size(table)).execute(
        query)
    yield from result.mappings()


def _digest(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and the sum of the rows' SHA-256 (mod 2^256): independent of row order, which
    differs between engines for text keys (the server's collation)."""
    total, n = 0, 0
    for row in _ordered(conn, table, False):
        line = json.dumps([_plain(row[c.name]) for c in table.columns], default=str,
                          sort_keys=True, ensure_ascii=False).encode()
        total = (total + int.from_bytes(hashlib.sha256(line).digest())) % 2**256
        n += 1
    return n, f"{total:064x}"


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def _empty(conn: Connection) -> None:
    for table in metadata.sorted_tables:
        if conn.execute(select(func.count()).select_from(table)).scalar():
            raise StorageError("not_empty", f"the target database already holds {table.name}")


def copy_database(source: Database, target: Database,
                  progress: Callable[[str], None] | None = None) -> list[TableCopy]:
    """Copy ``source`` (SQLite, at the current schema) into ``target`` (migrated, empty)."""
    if stored_revision(source.read_engine) != HEAD_REVISION:
        raise StorageError("old_schema", "open the SQLite database once with this version "
                                         "of the application first (it upgrades it)")
    by_rowid = set(ROWID_TABLES)
    with source.read_engine.connect() as src, target.write_engine.begin() as dst:
        _empty(dst)
        for table in metadata.sorted_tables:
            if table.name not in DERIVED_TABLES:
                _copy_table(src, dst, table, table.name in by_rowid, progress)
    return verify(source, target)


def _copy_table(src: Connection, dst: Connection, table: Table, by_rowid: bool,
                progress: Callable[[str], None] | None) -> None:
    size, batch, done = _batch_size(table), [], 0
    stmt = insert(table)
    for row in _ordered(src, table, by_rowid):
        batch.append(dict(row))
        if len(batch) >= size:
            dst.execute(stmt, batch)
            done += len(batch)
            batch = []
            if progress and done % (size * 50) == 0:
                progress(f"{table.name}: {done:,}")
    if batch:
        dst.execute(stmt, batch)


def verify(source: Database, target: Database) -> list[TableCopy]:
    """Counts and checksums of every table, equal on both sides, or StorageError."""
    out = []
    with source.read_engine.connect() as src, target.read_engine.connect() as dst:
        # One snapshot for the whole check (and a transaction for the server-side cursor).
        dst = dst.execution_options(isolation_level="REPEATABLE READ")
        for table in metadata.sorted_tables:
            a, b = _digest(src, table), _digest(dst, table)
            if a != b:
                raise StorageError("copy_mismatch", f"{table.name}: source {a[0]} rows "
                                                    f"{a[1][:12]}, copy {b[0]} rows {b[1][:12]}")
            out.append(TableCopy(table.name, a[0], a[1]))
    return out
