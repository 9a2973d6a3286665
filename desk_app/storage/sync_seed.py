"""Seeding a new SQLite branch straight from the head office's database, at the driver level.

A branch's first sync copies every travelling table (about five rows per person: 500,000 rows
for a 100k registry). Through SQLAlchemy's typed rows, compiled inserts and the JSON encoding of
exchange files this took 354 s and 770 MB (the whole snapshot in memory). Here each table is
read through a server-side cursor (``stream_results``) as the driver gives it and written with
one ``executemany`` of tuples per chunk: one chunk in memory, and close to what SQLite itself
needs (bench/RESULTS.md, "Branch sync").

Between two SQLite files the values are already in the branch's storage format. From the
PostgreSQL server each column goes through SQLAlchemy's own conversions for its type: the
server dialect's result processor (driver value → Python value), then SQLite's bind processor
(Python value → stored value), so a seeded row reads back exactly like one the ORM wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, LargeBinary, Table
from sqlalchemy.orm import Session

from desk_app.storage.repositories.bulk import report_counts_deferred
from desk_app.storage.schema import metadata
from desk_app.storage.sync_log import columns, encode, travels

BATCH = 5000  # rows per chunk (one transaction at the branch)
FILE_BATCH = 20  # rows carrying scans or archived PDFs (up to 20 MB each)

Convert = Callable[[Any], Any] | None


@dataclass
class Chunk:
    """Rows of ``table`` as tuples in ``names`` order, in SQLite's storage format; ``typed``
    gives one row's Python values (for the rare row that goes through the field-by-field
    merge: a seed run again, the head office's staff accounts and profile)."""

    table: Table
    names: list[str]
    rows: list[tuple]
    _typed: list[Convert]

    def typed(self, row: tuple) -> dict[str, Any]:
        return {n: (f(v) if f and v is not None else v)
                for n, f, v in zip(self.names, self._typed, row, strict=True)}

    def encoded(self, row: tuple) -> dict[str, Any]:
        return {k: encode(v) for k, v in self.typed(row).items()}


def _to_sqlite(cols: list[Column], src: Connection, sqlite: Any,
               description: Any) -> list[Convert]:
    """Per column, driver value at the sender → Python value → SQLite's storage value.
    ``description`` is the cursor's: PostgreSQL's processors need the type code."""
    out: list[Convert] = []
    for c, d in zip(cols, description, strict=True):
        read = c.type.dialect_impl(src.dialect).result_processor(src.dialect, d[1])
        write = c.type.dialect_impl(sqlite).bind_processor(sqlite)
        out.append((lambda v, r=read, w=write: w(r(v))) if read and write else read or write)
    return out


def local_defaults(t: Table) -> dict[str, Any]:
    """The columns of ``t`` that stay at their site with the value a new row gets (an edit
    counter starts at 1, a sign-in failure count at 0); ``seq`` is handed out by the caller."""
    return {c.name: c.default.arg for c in t.columns
            if c.name not in {k.name for k in columns(t)} and c.default is not None
            and c.default.is_scalar}


def stream(src: Connection, sqlite: Any) -> Iterator[Chunk]:
    """Every travelling table of ``src``, parents before children, chunk by chunk, for a
    SQLite branch (``sqlite``: its dialect)."""
    quote = src.dialect.identifier_preparer.quote
    for t in metadata.sorted_tables:
        if not travels(t.name):
            continue
        cols = columns(t)
        size = FILE_BATCH if any(isinstance(c.type, LargeBinary) for c in cols) else BATCH
        sql = f"SELECT {', '.join(quote(c.name) for c in cols)} FROM {quote(t.name)}"
        result = src.execution_options(stream_results=True, max_row_buffer=size
                                       ).exec_driver_sql(sql)
        convert = (None if src.dialect.name == "sqlite"  # one storage format: nothing to do
                   else _to_sqlite(cols, src, sqlite, result.cursor.description))
        typed = [c.type.dialect_impl(sqlite).result_processor(sqlite, None) for c in cols]
        names = [c.name for c in cols]
        for part in result.partitions(size):
            rows = [tuple(r) for r in part] if convert is None else [
                tuple(f(v) if f and v is not None else v for f, v in zip(convert, r, strict=True))
                for r in part]
            yield Chunk(t, names, rows, typed)


def insert(s: Session, t: Table, names: list[str], rows: list[tuple]) -> None:
    """One ``executemany`` of ``rows`` (tuples in ``names`` order) into SQLite table ``t``, its
    report figures counted once for the chunk (:func:`bulk.report_counts_deferred`)."""
    if rows:
        quote = s.get_bind().dialect.identifier_preparer.quote
        with report_counts_deferred(s, t.name):
            s.connection().exec_driver_sql(
                f"INSERT INTO {quote(t.name)} ({', '.join(quote(n) for n in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})", rows)
