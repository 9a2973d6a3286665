"""The check after ``migrate-to``: every table holds the same rows, value for value, on both sides.

Each side digests its own rows, so no value travels twice: the server in one SQL statement per
table (``md5`` of every row's text, summed per bucket of keys), SQLite through a plain cursor
over the same text built in SQL, hashed as it streams. A row's text is its values in the column
order, each written the way both engines print it (dates, times and booleans spelt out the
same way, floats to nine places, blobs as their MD5) and length-prefixed, so no two different
rows give the same text. Rows fall into 256 buckets by the MD5 of their key, and each bucket's
count and sum of row digests (first 64 bits of each MD5, signed, summed exactly) must be equal:
the sums do not depend on the order rows come in, which differs between the engines for text
keys (the server's collation).

A bucket that differs is then read again on both sides through the models, its rows compared
value by value; the error names the table, the row's key and the column. (The text above is
built so that both engines write it alike for every column type of the schema —
``test_move_up`` checks that no bucket of its copy needs the second look — but if some value
were ever written differently, the second look still decides, more slowly.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    LargeBinary,
    Table,
    Time,
    select,
    text,
)

from desk_app.storage.db import Database, StorageError
from desk_app.storage.report_counts_tables import DERIVED_TABLES
from desk_app.storage.schema import metadata

RECHECK_AT_ONCE = 8  # buckets read again through the models per pass (memory stays bounded)


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    digest: str  # SHA-256 over the buckets' counts and sums (the source's, equal to the copy's)
    rechecked: int = 0  # buckets whose digests differed and were compared value by value


Buckets = dict[str, tuple[int, int]]  # bucket → (rows, sum of the rows' 64-bit digests)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(col: Column, pg: bool) -> str:
    """SQL writing ``col``'s value as text, the same on both engines."""
    q, t = _quoted(col.name), col.type
    if isinstance(t, LargeBinary):
        return f"md5({q})" if pg else f"desk_md5({q})"
    if isinstance(t, Boolean):
        return f"{q}::int::text" if pg else f"CAST({q} AS TEXT)"
    if isinstance(t, DateTime):  # SQLite: as SQLAlchemy stores it, microseconds always written
        return (f"to_char({q}, 'YYYY-MM-DD HH24:MI:SS.US')" if pg
                else f"substr(replace({q}, 'T', ' ') || '.000000', 1, 26)")
    if isinstance(t, Date):
        return f"to_char({q}, 'YYYY-MM-DD')" if pg else q
    if isinstance(t, Time):
        return f"to_char({q}, 'HH24:MI:SS.US')" if pg else f"substr({q} || '.000000', 1, 15)"
    if isinstance(t, Float):
        return f"round({q}::numeric, 9)::text" if pg else f"printf('%.9f', {q})"
    return f"{q}::text" if pg else f"CAST({q} AS TEXT)"


def _row_text(columns: Iterable[Column], pg: bool) -> str:
    parts = []
    for col in columns:
        v = _value(col, pg)
        parts.append(f"coalesce('V' || length({v}) || ':' || {v}, 'N')")
    return " || '|' || ".join(parts)


def _where(table: Table) -> str:
    # a report figure counted down to 0 is the same as none (the target's triggers count)
    return " WHERE n <> 0" if table.name in DERIVED_TABLES else ""


def _pg_buckets(conn: Connection, table: Table) -> Buckets:
    key, row = _row_text(table.primary_key.columns, True), _row_text(table.columns, True)
    sql = (f"SELECT substr(md5({key}), 1, 2), count(*), "
           f"sum(('x' || substr(md5({row}), 1, 16))::bit(64)::bigint) "
           f"FROM {_quoted(table.name)}{_where(table)} GROUP BY 1")
    return {b: (n, int(s)) for b, n, s in conn.exec_driver_sql(sql)}


def _md5_hex(value: Any) -> str | None:
    return None if value is None else hashlib.md5(bytes(value)).hexdigest()


def _lite_buckets(raw: Any, table: Table) -> Buckets:
    """The same sums over SQLite's rows, hashed here as the cursor streams them."""
    key, row = _row_text(table.primary_key.columns, False), _row_text(table.columns, False)
    cursor = raw.execute(f"SELECT {key}, {row} FROM {_quoted(table.name)}{_where(table)}")
    md5, out = hashlib.md5, {}
    while batch := cursor.fetchmany(5000):
        for k, r in batch:
            b = md5(k.encode()).hexdigest()[:2]
            n, s = out.get(b, (0, 0))
            out[b] = (n + 1, s + int.from_bytes(md5(r.encode()).digest()[:8], signed=True))
    return out


def _summary(buckets: Buckets) -> tuple[int, str]:
    line = json.dumps(sorted(buckets.items())).encode()
    return sum(n for n, _ in buckets.values()), hashlib.sha256(line).hexdigest()


def verify(source: Database, target: Database,
           progress: Callable[[str], None] | None = None) -> list[TableCopy]:
    """Counts and checksums of every table, equal on both sides, or StorageError naming the
    first value that differs. The server digests its tables in a thread of its own while this
    one digests SQLite's: the two sides run at the same time."""
    tables = metadata.sorted_tables
    with source.read_engine.connect() as src, target.read_engine.connect() as dst, \
            ThreadPoolExecutor(1) as pool:
        # One snapshot on each side for the whole check.
        dst = dst.execution_options(isolation_level="REPEATABLE READ")
        src.exec_driver_sql("SELECT 1")  # begins the read transaction (Database's hook)
        raw = src.connection.driver_connection
        raw.create_function("desk_md5", 1, _md5_hex, deterministic=True)
        pg_side = pool.submit(lambda: [_pg_buckets(dst, t) for t in tables])
        lite_side = []
        for table in tables:
            lite_side.append(_lite_buckets(raw, table))
            if progress:
                progress(f"{table.name}: digested")
        out = []
        for table, a, b in zip(tables, lite_side, pg_side.result(), strict=True):
            differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            if differ:
                _recheck(src, dst, table, differ)
            rows, digest = _summary(a)
            out.append(TableCopy(table.name, rows, digest, len(differ)))
    return out


def _recheck(src: Connection, dst: Connection, table: Table, buckets: list[str]) -> None:
    """Read the differing buckets again through the models on both sides and name the first
    value that differs; nothing raised means the two engines only wrote a value differently."""
    for i in range(0, len(buckets), RECHECK_AT_ONCE):
        some = ", ".join(f"'{b}'" for b in buckets[i:i + RECHECK_AT_ONCE])  # hex digits only
        a = _typed_rows(src, table, f"desk_md5(CAST({_key_text(table, False)} AS BLOB))", some)
        b = _typed_rows(dst, table, f"md5({_key_text(table, True)})", some)
        for key in sorted(a.keys() | b.keys(), key=str):
            if key not in b:
                raise StorageError("copy_mismatch", f"{table.name}: row {key} is missing "
                                                    "from the copy")
            if key not in a:
                raise StorageError("copy_mismatch", f"{table.name}: row {key} is in the copy "
                                                    "but not in the source")
            for col in table.columns:
                x, y = a[key][col.name], b[key][col.name]
                if x != y:
                    raise StorageError("copy_mismatch", f"{table.name}: row {key}, column "
                                       f"{col.name}: source {x!r:.60}, copy {y!r:.60}")


def _key_text(table: Table, pg: bool) -> str:
    return _row_text(table.primary_key.columns, pg)


def _typed_rows(conn: Connection, table: Table, bucket_of: str, buckets: str) -> dict:
    query = select(table).where(text(f"substr({bucket_of}, 1, 2) IN ({buckets})"))
    if table.name in DERIVED_TABLES:
        query = query.where(table.c.n != 0)
    out = {}
    for row in conn.execute(query).mappings():
        key = tuple(row[c.name] for c in table.primary_key.columns)
        out[key[0] if len(key) == 1 else key] = {c.name: _plain(row[c.name])
                                                 for c in table.columns}
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value
