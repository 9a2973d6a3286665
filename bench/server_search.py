"""Search on the office server: the service on PostgreSQL and SQLite against the bare SQL floor.

The floor sends through psycopg exactly the statements the service's repository sends (the name
words' condition — the walk over the words or the word starts' index, chosen by the same
statistics as the service's — and the exact name-key look-up, or the index look-ups for
numbers), with the text prepared before the clock starts; the service adds normalising,
choosing the look-up, ranking 1,000 candidates and loading the page's columns.

A third figure, "the service's own statements", replays through psycopg every statement the
service sent for the query in the warm-up pass (recorded from SQLAlchemy's cursor events), with
its parameters: the SQL the service needs, without Python around it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg
from sqlalchemy import event
from sqlalchemy.engine import make_url

from bench.queries import load
from bench.search import COLUMNS, PAGE, _floor_sql
from desk_app.domain.arabic import name_tokens
from desk_app.services import registry
from desk_app.storage import postgres, postgres_search
from desk_app.storage.db import Database
from desk_app.storage.repositories.ranking import CANDIDATES


def _pg_floor(text: str, stats: postgres_search.StartStats | None) -> list[tuple[str, tuple]]:
    """The bare statements, with the name search's way chosen as the service chooses it."""
    out = []
    for sql, params in _floor_sql(text):
        if "beneficiary_fts" in sql:
            where, query = postgres_search.name_filter(stats, name_tokens(text), CANDIDATES)
            sql = (f"SELECT {COLUMNS} FROM beneficiaries b WHERE {where.replace(':q', '%s')} "
                   f"ORDER BY b.seq LIMIT {PAGE + 1}")
            params = (query,)
        out.append((sql.replace("?", "%s"), params))
    return out


def _recorded(db: Database, text: str) -> tuple[list[str], list[tuple[str, object]]]:
    """The file numbers the service finds for ``text``, and every statement (with its
    parameters) it sent to find them."""
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        sent.append((statement, parameters))

    event.listen(db.read_engine, "before_cursor_execute", record)
    try:
        rows = [r.file_number for r in registry.search(db, text, 0, PAGE).rows]
    finally:
        event.remove(db.read_engine, "before_cursor_execute", record)
    return rows, sent


def _connect(url: str) -> psycopg.Connection:
    u = make_url(postgres.normalise_url(url))
    con = psycopg.connect(dbname=u.database, user=u.username, password=u.password,
                          host=u.query.get("host") or u.host, port=u.query.get("port") or u.port,
                          autocommit=True, prepare_threshold=None)  # planned as the desk's are
    con.execute(f"SET random_page_cost = {postgres.READ_RANDOM_PAGE_COST}")
    return con


def run(sqlite_path: Path, url: str, repeat: int, say=print) -> dict:  # noqa: ANN001
    queries = load(sqlite_path)
    pg, lite = Database(url), Database(f"sqlite:///{sqlite_path}")
    with pg.read() as s:
        stats = postgres_search.start_stats(s)
    floors = [_pg_floor(q.text, stats) for q in queries]
    out: dict = {"queries": queries, "pg_service": [], "pg_floor": [], "sqlite_service": [],
                 "pg_own": []}
    own: list[list[tuple[str, object]]] = []
    with _connect(url) as con:
        out["server_version"] = con.execute("SHOW server_version").fetchone()[0]
        # No ANALYZE here: migrate-to leaves the planner's statistics, as an office gets them.
        same = True
        for i, q in enumerate(queries):  # warm-up, untimed; and the same rows on both engines
            a, sent = _recorded(pg, q.text)
            own.append(sent)
            b = [r.file_number for r in registry.search(lite, q.text, 0, PAGE).rows]
            same = same and a == b
            for sql, params in floors[i]:
                con.execute(sql, params).fetchall()
        out["same_rows"] = same
        start_load = os.getloadavg()[0]
        for r in range(repeat):
            for i, q in enumerate(queries):
                t0 = time.perf_counter()
                registry.search(pg, q.text, 0, PAGE)
                t1 = time.perf_counter()
                for sql, params in floors[i]:
                    con.execute(sql, params).fetchall()
                t2 = time.perf_counter()
                registry.search(lite, q.text, 0, PAGE)
                t3 = time.perf_counter()
                for sql, params in own[i]:
                    con.execute(sql, params).fetchall()
                out["pg_own"].append(time.perf_counter() - t3)
                out["pg_service"].append(t1 - t0)
                out["pg_floor"].append(t2 - t1)
                out["sqlite_service"].append(t3 - t2)
            say(f"  search pass {r + 1}/{repeat}")
        out["load"] = (start_load, os.getloadavg()[0])
    pg.dispose()
    lite.dispose()
    return out
