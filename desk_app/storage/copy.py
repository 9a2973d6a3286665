"""Copy a whole single-desk SQLite database into an empty PostgreSQL one (``migrate-to``).

Every table of the schema is copied in foreign-key order and streamed: rows go from SQLite's
cursor straight into PostgreSQL's ``COPY … FROM STDIN`` (psycopg's ``cursor.copy()``), a few
rows at a time for tables holding scans or archived PDFs, so memory stays flat whatever the size.
Values travel as SQLite stores them (text dates, 0/1 booleans, JSON text, bytes), which the server
reads as the column's type: SQL NULL and JSON ``null`` stay apart, and nothing is re-encoded.
The source is opened read-only, in one read transaction (a consistent snapshot even if a desk
is still open on it), and never written. The target is written in one transaction under the
office write lock: a failure leaves it as empty as it was; its sequences are then set past the
copied numbers and its planner statistics gathered. Afterwards each side digests its own rows
and the digests are compared table by table (:mod:`desk_app.storage.copy_check`).
Bulk rows bypass the audit capture on purpose: the audit trail is copied as it is, one for one.
The report figures (``report_counts_tables``) are not copied: the target counts them once after
the copy, as its migration does, and the check compares the figures both sides hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, LargeBinary, Table, func, select, text
from sqlalchemy.exc import DBAPIError

from desk_app.storage import postgres, report_counts_sql
from desk_app.storage.copy_check import TableCopy, verify
from desk_app.storage.db import HEAD_REVISION, Database, StorageError, stored_revision
from desk_app.storage.report_counts_tables import DERIVED_TABLES
from desk_app.storage.schema import metadata

__all__ = ["TableCopy", "copy_database", "verify"]

BATCH = 1000
FILE_BATCH = 20  # rows carrying scans / PDFs (up to 20 MB each)


def _batch_size(table: Table) -> int:
    return FILE_BATCH if any(isinstance(c.type, LargeBinary) for c in table.columns) else BATCH


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
    with source.read_engine.connect() as src, target.write_engine.begin() as dst:
        _empty(dst)
        if progress:
            progress("copying …")
        with _counted_once(dst, progress):
            for table in metadata.sorted_tables:
                if table.name not in DERIVED_TABLES:
                    _copy_table(src, dst, table, progress)
        postgres.advance_sequences(dst)
    _analyze(target)
    if progress:
        progress("copied; verifying …")
    return verify(source, target, progress)


@contextmanager
def _counted_once(dst: Connection, progress: Callable[[str], None] | None) -> Iterator[None]:
    """The report figures counted once after the copy (the migration's grouped backfill) with
    their triggers set aside meanwhile, inside the copy's transaction (a failure restores them).

    Row by row, each of a million beneficiaries added one to the same few counter rows: every
    AFTER trigger of a ``COPY`` runs at its end, in the same transaction, where no old version
    of a counter row can be pruned, so each update walked a longer chain of them — at 1M the
    copy of the registry had not finished after ten minutes. Setting a trigger aside needs the
    tables' owner (the login that created them, as ``migrate-to`` does); another login keeps
    the triggers and the slow way."""
    q = report_counts_sql.Sql(pg=True)
    names = [(name, table) for name, _when, table, _cond, _body in report_counts_sql.triggers(q)]
    try:
        with dst.begin_nested():
            for name, table in names:
                dst.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
    except DBAPIError:
        if progress:
            progress("the report figures are counted row by row (this login does not own "
                     "the tables)")
        yield
        return
    yield
    if progress:
        progress("counting the report figures …")
    for statement in report_counts_sql.backfill(q):
        dst.execute(text(statement))  # as the migration runs it (its LIKE patterns hold a %)
    for name, table in names:
        dst.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {name}")


def _analyze(target: Database) -> None:
    """Planner statistics for the tables just filled: until autovacuum gets round to them, the
    server would plan the registry search for empty tables (a bitmap over a GIN index where a
    walk in file order stops after one page, or the reverse). The registry is vacuumed too: its
    pages marked all-visible let the name search walk its index alone (migration 0045)."""
    with target.write_engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("VACUUM beneficiaries")
        conn.exec_driver_sql("ANALYZE")


def _copy_table(src: Connection, dst: Connection, table: Table,
                progress: Callable[[str], None] | None) -> None:
    """``COPY`` the table's rows in SQLite's ``rowid`` order, the order they were written: the
    target's ``rowid`` identity numbers them in that order (:data:`postgres.ROWID_TABLES`), and the
    server's table starts laid out like the desk's, the registry in file order. (In primary-key
    order, random ids, the name search's walk in file order read a page per row: at 1M, 20k
    pages for the 1,000 candidates of a common first name.)"""
    names = [c.name for c in table.columns]
    rows = src.exec_driver_sql(
        f"SELECT {', '.join(map(_quoted, names))} FROM {_quoted(table.name)} ORDER BY rowid"
    ).yield_per(_batch_size(table))
    every = _batch_size(table) * 50
    cursor = dst.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {_quoted(table.name)} ({', '.join(map(_quoted, names))}) "
                     "FROM STDIN") as copy:
        done = 0
        for done, row in enumerate(rows, 1):
            copy.write_row(row)
            if progress and done % every == 0:
                progress(f"{table.name}: {done:,}")
    if progress:
        progress(f"{table.name}: {done:,} copied")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
