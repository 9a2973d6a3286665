"""Benchmark 1: registry search through the service the screen uses, against two baselines.

* service — ``desk_app.services.registry.search(db, text, page=0, page_size=50)``: the exact
  call the registry screen makes (normalising, choosing the look-up, loading the page).
* floor — the same kind of query on the same file through the ``sqlite3`` module directly, with
  the SQL text and parameters prepared before the clock starts: FTS5 ``MATCH`` on the normalised
  name tokens joined to the page's columns (plus the exact name-key look-up when there are
  several words), or the index look-up for an ID prefix / mobile / file number. This is what
  the engine itself needs; the service cannot be faster.
* naive — what a quick implementation does: ``LIKE '%text%'`` over the name key (or over the
  ID, mobile and file-number columns for digits), ``LIMIT 51``, no index can help. Without
  ``ORDER BY`` it may stop early on common names, which makes it look *better*, not worse.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import median, p95
from bench.queries import Query
from desk_app.domain.arabic import name_tokens, normalize_name, to_ascii_digits
from desk_app.domain.identifiers import normalize_mobile
from desk_app.services import registry
from desk_app.storage.db import Database
from desk_app.storage.repositories.beneficiaries import fts_query

PAGE = 50
COLUMNS = ("b.id, b.file_number, b.first_name, b.father_name, b.grandfather_name, b.family_name, "
           "b.id_number, b.mobile, b.birth_date, b.category_code")
_FILE = re.compile(r"^([A-Z]{2,5})-?(\d{1,9})$")


@dataclass
class SearchTimes:
    size: int
    queries: list[Query]
    service: dict[int, list[float]] = field(default_factory=dict)  # query index -> seconds
    floor: dict[int, list[float]] = field(default_factory=dict)
    naive: dict[int, list[float]] = field(default_factory=dict)
    found: dict[int, int] = field(default_factory=dict)  # rows on the service's first page

    def pooled(self, method: str, group: str | None = None) -> list[float]:
        per_query: dict[int, list[float]] = getattr(self, method)
        return [t for i, ts in per_query.items()
                if group is None or self.queries[i].group == group for t in ts]

    def stats(self, method: str, group: str | None = None) -> tuple[float, float]:
        values = self.pooled(method, group)
        return median(values), p95(values)


def _floor_sql(text: str) -> list[tuple[str, tuple]]:
    """The statements the engine needs for this query (mirrors the kinds the service knows)."""
    text = " ".join(to_ascii_digits(text).split())
    fm = _FILE.match(text.upper().replace(" ", ""))
    if fm:
        number = f"{fm.group(1)}-{int(fm.group(2)):06d}"
        return [(f"SELECT {COLUMNS} FROM beneficiaries b WHERE b.file_number = ?", (number,))]
    compact = text.replace(" ", "").replace("-", "").lstrip("+")
    if compact.isdigit():
        try:
            mobile = normalize_mobile(text)
        except ValueError:
            mobile = None
        if mobile and not compact.startswith(("1", "2")):
            return [(f"SELECT {COLUMNS} FROM beneficiaries b WHERE b.mobile = ? "
                     f"ORDER BY b.seq LIMIT {PAGE + 1}", (mobile,))]
        return [(f"SELECT {COLUMNS} FROM beneficiaries b WHERE b.id_number >= ? AND "
                 f"b.id_number < ? ORDER BY b.seq LIMIT {PAGE + 1}", (compact, compact + "\uffff"))]
    tokens = name_tokens(text)
    out = []
    if len(tokens) > 1:
        out.append((f"SELECT b.seq FROM beneficiaries b WHERE b.name_key = ? ORDER BY b.seq "
                    f"LIMIT {PAGE + 1}", (normalize_name(text),)))
    out.append((f"SELECT {COLUMNS} FROM beneficiary_fts f JOIN beneficiaries b ON b.seq = f.rowid "
                f"WHERE beneficiary_fts MATCH ? ORDER BY f.rowid LIMIT {PAGE + 1}",
                (fts_query(tokens),)))
    return out


def _naive_sql(text: str) -> tuple[str, tuple]:
    text = " ".join(to_ascii_digits(text).split())
    compact = text.replace(" ", "").lstrip("+")
    if compact.replace("-", "").isdigit() or _FILE.match(text.upper().replace(" ", "")):
        like = f"%{text}%"
        return (f"SELECT {COLUMNS} FROM beneficiaries b WHERE b.id_number LIKE ? OR b.mobile "
                f"LIKE ? OR b.file_number LIKE ? LIMIT {PAGE + 1}", (like, like, like))
    return (f"SELECT {COLUMNS} FROM beneficiaries b WHERE b.name_key LIKE ? LIMIT {PAGE + 1}",
            (f"%{normalize_name(text)}%",))


def run(db_path: Path, size: int, queries: list[Query], repeat: int, naive_repeat: int,
        say=print) -> SearchTimes:  # noqa: ANN001
    db = Database.open(f"sqlite:///{db_path}")
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    floor = [_floor_sql(q.text) for q in queries]
    naive = [_naive_sql(q.text) for q in queries]
    times = SearchTimes(size, queries)
    try:
        # Warm-up pass, untimed: the OS page cache and SQLite's own cache hold what a desk that
        # has been open for a while holds.
        for i, q in enumerate(queries):
            times.found[i] = len(registry.search(db, q.text, 0, PAGE).rows)
            for sql, params in floor[i]:
                con.execute(sql, params).fetchall()
            con.execute(*naive[i]).fetchall()
        for r in range(repeat):
            for i, q in enumerate(queries):
                t0 = time.perf_counter()
                registry.search(db, q.text, 0, PAGE)
                t1 = time.perf_counter()
                for sql, params in floor[i]:
                    con.execute(sql, params).fetchall()
                t2 = time.perf_counter()
                times.service.setdefault(i, []).append(t1 - t0)
                times.floor.setdefault(i, []).append(t2 - t1)
                if r < naive_repeat:
                    t3 = time.perf_counter()
                    con.execute(*naive[i]).fetchall()
                    times.naive.setdefault(i, []).append(time.perf_counter() - t3)
            say(f"  search {size:,}: pass {r + 1}/{repeat}")
    finally:
        con.close()
        db.dispose()
    return times
