"""Is an SQLite file a sound database of this application, as its migrations made it?

The version stamp alone proves nothing: a file is checked against a scratch database built by
this version's migrations up to the revision the file claims (same tables, columns, indexes,
triggers and full-text index, compared by their SQL), then with SQLite's own checks (integrity,
foreign keys), and the search index must list exactly the beneficiaries there are.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from desk_app.storage.db import upgrade

Schema = frozenset[tuple[str, str, str, str]]


_CONSTRAINT_STARTS = ("CONSTRAINT ", "FOREIGN KEY", "PRIMARY KEY", "UNIQUE", "CHECK")


def _top_level_items(body: str) -> list[str]:
    """``a INT, b TEXT DEFAULT ',', FOREIGN KEY(a) REFERENCES t (id)`` split at its own commas
    (not those inside brackets or quotes)."""
    items, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(body):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    return items


def _normalise(sql: str) -> str:
    """Whitespace collapsed; in a CREATE TABLE the table constraints in a fixed order.

    Alembic's batch mode (how SQLite alters a column) rebuilds a table with its constraints in
    the order of a Python set, which differs between runs: the same schema must compare equal.
    Columns keep their order (it is part of the table).
    """
    text = " ".join(sql.split())
    head, sep, rest = text.partition("(")
    if not head.upper().startswith("CREATE TABLE") or not sep or not rest.endswith(")"):
        return text
    items = _top_level_items(rest[:-1])
    columns = [x for x in items if not x.upper().startswith(_CONSTRAINT_STARTS)]
    constraints = sorted(x for x in items if x.upper().startswith(_CONSTRAINT_STARTS))
    return f"{head}({', '.join(columns + constraints)})"


def schema_of(conn: sqlite3.Connection) -> Schema:
    """Every table, index, trigger and view (SQLite's own excepted), with normalised SQL."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return frozenset((t, n, tb, _normalise(s or "")) for t, n, tb, s in rows)


@functools.lru_cache(maxsize=8)
def reference_schema(revision: str) -> Schema:
    """The schema this version's migrations create at ``revision`` (built once per process)."""
    with tempfile.TemporaryDirectory(prefix="desk-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        upgrade(f"sqlite:///{path}", revision)
        with closing(sqlite3.connect(path)) as conn:
            return schema_of(conn)


def _describe(items: Schema) -> str:
    return ", ".join(sorted(f"{t} {n}" for t, n, _tb, _s in items)[:6])


def problems(conn: sqlite3.Connection, revision: str, *, quick: bool = False) -> list[str]:
    """What is wrong with the database on ``conn`` for ``revision``; empty when sound.

    ``quick`` runs ``PRAGMA quick_check`` (every page and b-tree, without comparing each index
    with its table nor UNIQUE constraints) and compares the schema, and stops there: the
    foreign-key and search-index checks read whole tables too (at 1M beneficiaries quick_check
    took 29 s, foreign_key_check 20 s, integrity_check 86 s). They check what the live database
    keeps by itself; a file's bytes are proven by the quick check. See check_backup_file.
    """
    found: list[str] = []
    pragma = "quick_check" if quick else "integrity_check"
    integrity = "; ".join(r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()[:5])
    if integrity != "ok":
        return [f"damaged ({integrity})"]
    have, want = schema_of(conn), reference_schema(revision)
    if have - want:
        found.append(f"not as this application makes it: unexpected {_describe(have - want)}")
    if want - have:
        found.append(f"not as this application makes it: missing or changed "
                     f"{_describe(want - have)}")
    if found or quick:
        return found
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        found.append(f"{len(broken)} record(s) point at records that do not exist "
                     f"(first in table {broken[0][0]})")
    stale = conn.execute(
        "SELECT (SELECT count(*) FROM beneficiaries) != (SELECT count(*) FROM beneficiary_fts) "
        "OR EXISTS (SELECT 1 FROM beneficiaries b LEFT JOIN beneficiary_fts f "
        "ON f.rowid = b.seq WHERE f.name_key IS NOT b.name_key)").fetchone()[0]
    if stale:
        found.append("its search index does not match its beneficiaries")
    return found
