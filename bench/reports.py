"""``python -m bench.reports [--size 100000] [--repeat 3] [--out bench/REPORTS.md] [--data-dir D]``

The manager's dashboard and each management report (issue 22) on a demo database of ``--size``
beneficiaries (built or reused under bench/data like ``bench.run``), against a floor measured in
the same run: one plain scan of the tables the reports read (``count(*)`` of requests, decisions,
request events, complaints, beneficiaries, audit events). For each: the median and the worst of
``--repeat`` runs of the figures (JSON) and of the PDF; the workbook once, against openpyxl
writing as many plain cells in the same run; the SQL of one dashboard load with SQLite's
``EXPLAIN QUERY PLAN``; the process's peak memory.
Targets (issue 22, at 1M beneficiaries / 300k requests): dashboard < 1 s, each report < 10 s,
peak memory < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, text

from bench import data
from bench.common import BENCH_DIR, machine, median
from desk_app.documents.model import Verification
from desk_app.documents.report_pdf import render_report
from desk_app.domain import report_figures as rf
from desk_app.domain.entities import Actor
from desk_app.services import profile as profile_service
from desk_app.services import report_export, reports
from desk_app.storage.db import Database

FLOOR_TABLES = ("service_requests", "request_decisions", "request_events", "complaints",
                "beneficiaries", "audit_events")
MANAGER = Actor(None, "bench", "manager")


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _time(fn, repeat: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _floor(path: Path) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table in FLOOR_TABLES:
            con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - fixed names
    finally:
        con.close()


def _statements(db: Database, fn) -> list[tuple[str, object]]:  # noqa: ANN001
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        seen.append((statement, parameters))

    event.listen(db.read_engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", record)
    return seen


def _plans(path: Path, statements: list[tuple[str, object]]) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lines = []
    try:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            plan = con.execute("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
            lines += ["", "```sql", " ".join(sql.split())[:600], "```"]
            lines += [f"    {row[-1]}" for row in plan]
    finally:
        con.close()
    return lines


def _cells(rep: dict) -> int:
    return sum(len(t["rows"]) * len(t["columns"]) for t in rep["tables"] + rep["rows"])


def _xlsx_floor(cells: int, folder: Path) -> float:
    """openpyxl writing the same number of plain cells, nothing of ours in the way."""
    from openpyxl import Workbook

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("floor")
    for _ in range(max(1, cells // 8)):
        ws.append(["RYD-2026-000001", "RYD", "طلب خدمة", "مقابلة", "مغلق", 1, 2.5, None])
    wb.save(str(folder / "floor.xlsx"))
    return time.perf_counter() - t0


def _report_rows(db: Database, profile, name: str, period: rf.Period, repeat: int,  # noqa: ANN001
                 floor: float, folder: Path, say, workbook: bool = True) -> list[str]:  # noqa: ANN001
    holder: dict = {}

    def build() -> None:
        holder.clear()  # the previous run's report is not kept while the next is built
        holder["rep"] = reports.build(db, MANAGER, reports.ReportQuery(name, period.start,
                                                                       period.end), profile)

    b = _time(build, repeat)
    rep = holder["rep"]
    pdf = _time(lambda: render_report(report_export.pdf_data(
        db, rep, profile, Verification("BENCH-00000", "x"))), repeat)
    say(f"  {name}: build {median(b):.2f} s, pdf {median(pdf):.2f} s")
    out = [f"| {name}: figures and tables (JSON) | {median(b):.2f} s | {max(b):.2f} s | "
           f"{median(b) / floor:.0f} | < 10 s with the PDF |",
           f"| {name}: + PDF (render) | {median(b) + median(pdf):.2f} s | "
           f"{max(b) + max(pdf):.2f} s | {(median(b) + median(pdf)) / floor:.0f} | < 10 s |"]
    if workbook:
        x = _time(lambda: report_export.write_xlsx(rep, folder / f"{name}.xlsx"), 1)
        cells = _cells(rep)
        xf = _xlsx_floor(cells, folder)
        out.append(f"| {name}: workbook, {cells:,} cells | {x[0]:.2f} s | {x[0]:.2f} s | "
                   f"{x[0] / xf:.2f} × openpyxl writing as many plain cells ({xf:.2f} s) | — |")
    return out


def run(size: int, repeat: int, seed: int, say=print,  # noqa: ANN001
        data_dir: Path = data.DEFAULT_DATA_DIR, keep: bool = False,
        workbook: bool = True) -> list[str]:
    demo = data.ensure(size, seed, data_dir, say=say, keep=keep)
    db = Database.open(f"sqlite:///{demo.path}", migrate=False)  # reads only
    profile = profile_service.current(db)
    year = rf.year_of(db.clock().date())
    floor = median(_time(lambda: _floor(demo.path), repeat))
    with db.read() as s:
        requests = s.execute(text("SELECT count(*) FROM service_requests")).scalar()
    lines = [f"# Reports benchmark — {size:,} beneficiaries, {requests:,} requests", "",
             f"{datetime.now().isoformat(timespec='minutes')}, {machine()}", "",
             f"Period: this year ({year.start} – {year.end}); {repeat} runs, median and worst.",
             f"Floor (plain count(*) of {', '.join(FLOOR_TABLES)}): {floor * 1000:.0f} ms", "",
             "| what | median | worst | × floor | target |", "|---|---|---|---|---|"]
    caches: list[dict] = []

    def month() -> None:
        caches.append({})
        reports.dashboard_part(db, MANAGER, profile, "month", "ar", None, caches[-1])

    cpu0 = time.process_time()
    first = _time(month, repeat)
    cpu1 = time.process_time()
    then = [_time(lambda c=c: reports.dashboard_part(db, MANAGER, profile, "year", "ar", None,
                                                     c), 1)[0] for c in caches]
    cpu2 = time.process_time()
    lines += [f"| dashboard opens: this month's figures | {median(first):.2f} s | "
              f"{max(first):.2f} s | {median(first) / floor:.0f} | < 1 s |",
              f"| dashboard, then: this year's figures and charts | {median(then):.2f} s | "
              f"{max(then):.2f} s | {median(then) / floor:.0f} | — |"]
    lines += [f"| (CPU time of this process, mean: month {(cpu1 - cpu0) / len(first):.2f} s, "
              f"year {(cpu2 - cpu1) / len(then):.2f} s; load average {_load()}) | | | | |"]
    say(f"  dashboard month {median(first):.2f} s, year {median(then):.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for name in rf.REPORTS:
            lines += _report_rows(db, profile, name, year, repeat, floor, Path(tmp), say,
                                  workbook)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"Peak memory of the whole run (ru_maxrss): {peak:.0f} MiB (target < 300 MB)",
              "", "## SQL of the dashboard's first load, this month (SQLite EXPLAIN QUERY PLAN)"]
    lines += _plans(demo.path, _statements(
        db, lambda: reports.dashboard_part(db, MANAGER, profile, "month", "ar")))
    lines += ["", "## SQL of the dashboard's year (SQLite EXPLAIN QUERY PLAN)"]
    lines += _plans(demo.path, _statements(
        db, lambda: reports.dashboard_part(db, MANAGER, profile, "year", "ar")))
    db.dispose()
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.reports")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=str(BENCH_DIR / "REPORTS.md"))
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    p.add_argument("--keep-data", action="store_true",
                   help="reuse the cached database even if a migration landed since")
    p.add_argument("--no-workbook", action="store_true",
                   help="leave out the workbooks (minutes at 1M on a shared machine)")
    args = p.parse_args(argv)
    lines = run(args.size, max(1, args.repeat), args.seed,
                say=lambda m: print(m, file=sys.stderr, flush=True),
                data_dir=Path(args.data_dir), keep=args.keep_data,
                workbook=not args.no_workbook)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
