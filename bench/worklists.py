"""``python -m bench.worklists [--size N | --db FILE] [--repeat 7] [--out bench/WORKLISTS.md]``

The waiting list (issue 20) as the screen asks for it: the first page of open requests with the
counts per status, then each filter (status, service, branch, assigned person, overdue, a
researcher's "my work", all together) and a deep page, through the real service
(``services.worklists.waiting``) on a demo database — built or reused under bench/data like
``bench.run``, or an existing one with ``--db`` (migrated to this version first). Each figure is
the median and the worst of ``--repeat`` runs against a floor measured in the same run: plain
SQLite counting the open requests through its status index (``count(*) … WHERE status IN``),
the least any list that says how many wait must read. The SQL plans are printed.
Target (issue 20, at 1M beneficiaries / 300k requests): opens and filters in < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, text

from bench import data
from bench.common import BENCH_DIR, machine, median
from desk_app.domain.entities import Actor
from desk_app.domain.workflows import OPEN_STATES
from desk_app.services import profile as profile_service
from desk_app.services import worklists
from desk_app.storage.db import Database

ADMIN = Actor(None, "bench", "admin")
TARGET_MS = 200


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _floor(path: Path) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    marks = ", ".join("?" for _ in OPEN_STATES)
    try:
        con.execute(f"SELECT count(*) FROM service_requests WHERE status IN ({marks})",
                    OPEN_STATES).fetchone()
    finally:
        con.close()


def _cases(db: Database) -> list[tuple[str, worklists.Query, Actor, int]]:
    with db.read() as s:
        service, branch = s.execute(text(
            "SELECT service_code, branch_code FROM service_requests LIMIT 1")).one()
        person = s.execute(text("SELECT id FROM staff WHERE role = 'researcher' LIMIT 1")).scalar()
    researcher = Actor(person, "researcher", "researcher")
    q = worklists.Query
    return [
        ("opens: first page and counts", q(), ADMIN, 1),
        ("status: under committee study", q(status="committee"), ADMIN, 1),
        (f"service: {service}", q(service_code=service), ADMIN, 1),
        (f"branch: {branch}", q(branch_code=branch), ADMIN, 1),
        ("assigned person", q(assignee_id=person or "nobody"), ADMIN, 1),
        ("overdue only", q(overdue_only=True), ADMIN, 1),
        ("my work (researcher)", q(mine=True), researcher, 1),
        ("all filters together", q(status="complete", service_code=service, branch_code=branch,
                                   overdue_only=True), ADMIN, 1),
        ("page 100 of the whole list", q(), ADMIN, 100),
    ]


def _plans(db: Database, path: Path, fn: Callable[[], object]) -> list[str]:
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        seen.append((statement, parameters))

    event.listen(db.read_engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", record)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = []
    try:
        for sql, params in seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            plan = con.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            out += ["", "```sql", " ".join(sql.split()), "```"]
            out += [f"    {row[3]}" for row in plan]
    finally:
        con.close()
    return out


def run(path: Path, repeat: int, say=print) -> tuple[list[str], bool]:  # noqa: ANN001
    db = Database.open(f"sqlite:///{path}")
    profile = profile_service.current(db)
    today = db.clock().date()
    with db.read() as s:
        n_people = s.execute(text("SELECT count(*) FROM beneficiaries")).scalar()
        n_requests = s.execute(text("SELECT count(*) FROM service_requests")).scalar()
    floor = median(_time(lambda: _floor(path), repeat))
    lines = [f"# Waiting list benchmark — {n_people:,} beneficiaries, {n_requests:,} requests",
             "", f"{datetime.now().isoformat(timespec='minutes')}, {machine()}, load average "
             f"{os.getloadavg()[0]:.1f} (other engineers' work on the same 2 cores)", "",
             f"{repeat} runs each, median and worst, through services.worklists.waiting "
             "(50 rows a page, with the counts per status).",
             f"Floor (plain SQLite count(*) of the open requests): {floor * 1000:.1f} ms", "",
             "| what | rows shown / total | median | worst | × floor | < 200 ms |",
             "|---|---|---|---|---|---|"]
    met = True
    for name, query, actor, page in _cases(db):
        result: list[worklists.Page] = []

        def ask(q=query, a=actor, p=page, out=result) -> None:  # noqa: ANN001
            out.append(worklists.waiting(db, a, profile, today, q, p))

        times = _time(ask, repeat)
        ok = max(times) * 1000 < TARGET_MS
        met &= ok
        shown = result[-1]
        lines.append(f"| {name} | {len(shown.rows)} / {shown.total:,} | "
                     f"{median(times) * 1000:.1f} ms | {max(times) * 1000:.1f} ms | "
                     f"{median(times) / floor:.1f} | {'yes' if ok else 'NO'} |")
        say(f"  {name}: {median(times) * 1000:.1f} ms (worst {max(times) * 1000:.1f})")
    lines += ["", "## SQL of the list opening (SQLite EXPLAIN QUERY PLAN)"]
    lines += _plans(db, path, lambda: worklists.waiting(db, ADMIN, profile, today,
                                                        worklists.Query()))
    db.dispose()
    return lines, met


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.worklists")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--db", help="an existing demo database (it is migrated to this version)")
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=str(BENCH_DIR / "WORKLISTS.md"))
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    args = p.parse_args(argv)
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    path = Path(args.db) if args.db else data.ensure(args.size, args.seed,
                                                     Path(args.data_dir), say=say).path
    lines, met = run(path, max(1, args.repeat), say)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:22]))
    say("  target met" if met else "  target MISSED (see the table)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
