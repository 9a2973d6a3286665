"""``python -m bench.server [--size 100000] [--repeat 5] [--seconds 60] [--server-dir DIR]
[--steps migrate,search,writes] [--out bench/RESULTS.md]``

The office server (PostgreSQL) benchmarks, in one run on one machine:

1. **Moving up** — ``desk-app migrate-to`` of the demo registry (the same file ``bench.run``
   builds) into an empty database on a private PostgreSQL server: time and peak memory (the copy
   streams; peak memory must not grow with the registry).
2. **Search** — every query of ``bench/queries.txt`` through the service the screen calls, on
   PostgreSQL and on SQLite, against the bare SQL floor on PostgreSQL (the same statements the
   service sends, prepared before the clock starts, through psycopg directly).
3. **Four desks writing** — four processes each registering a beneficiary and opening a request
   with its checklist, continuously, on PostgreSQL and on SQLite, and one SQLite process alone:
   p95 save latency, saves a second, errors shown to the desk, duplicate or missing numbers.

The server is started privately like the tests' (``tests/pg_server.py``): default settings
(128 MB shared buffers), Unix socket, same machine as the desks. The figures go into the
"Office server" block of RESULTS.md, which ``bench.run`` keeps when it rewrites the rest.

``--server-dir DIR`` keeps the server and the migrated registry (database ``desk_SIZE``) in DIR
instead of a temporary folder, so a later ``--steps search`` measures search alone against it
(the 1M copy takes long; the search figures want a quiet machine); the writers then write into
a copy of the registry, which stays equal to the SQLite file. Each step's part of the block is
kept from the last run when the step is not run again.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from bench import data, server_search, server_writes
from bench.common import (
    BENCH_DIR,
    REPO_ROOT,
    SERVER_BEGIN,
    SERVER_END,
    machine,
    median,
    p95,
    size_label,
)
from tests.pg_server import PostgresServer, kept_server, start_server

BEGIN, END = SERVER_BEGIN, SERVER_END
STEPS = ("migrate", "search", "writes")


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.server")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--seconds", type=float, default=60.0, help="length of each write run")
    p.add_argument("--desks", type=int, default=4)
    p.add_argument("--out", default=str(BENCH_DIR / "RESULTS.md"))
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    p.add_argument("--keep-data", action="store_true",
                   help="reuse the cached demo registry even if a migration landed since it was "
                        "built (it must be at the current revision: migrate-to refuses others)")
    p.add_argument("--server-dir", help="keep the PostgreSQL cluster in this folder (created the "
                   "first time, started if stopped, left running) with the registry in its "
                   "database desk_SIZE, for later runs with --steps search")
    p.add_argument("--steps", default=",".join(STEPS),
                   help="which of migrate,search,writes to run (the block keeps the figures of "
                        "the others from the last run)")
    return p


def migrate(sqlite_path: Path, url: str) -> dict:
    """``desk-app migrate-to`` as a child process: wall time, the child's peak RSS, and when
    each table finished copying (from its progress lines) and the verification began."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    marks = []
    with tempfile.TemporaryDirectory(prefix="bench-migrate-") as home:
        proc = subprocess.Popen([sys.executable, "-m", "desk_app", "--db", str(sqlite_path),
                                 "migrate-to", url], env=data.subprocess_env(home), cwd=REPO_ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in proc.stderr:  # the table lines on stdout come only at the end
            marks.append((time.perf_counter() - t0, line.rstrip()))
        stdout = proc.stdout.read()
        proc.wait()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError("migrate-to failed:\n" + "\n".join(m[1] for m in marks[-30:]))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    copied = next((t for t, line in marks if "verifying" in line), seconds)
    return {"seconds": seconds, "peak_mib": max(peak, before) / 1024, "copy_seconds": copied,
            "tables": _table_seconds(marks), "load": (load, os.getloadavg()[0]),
            "rows": int(stdout.strip().splitlines()[-1].split()[-2].replace(",", ""))}


def _table_seconds(marks: list[tuple[float, str]]) -> list[tuple[str, float]]:
    """Seconds each table took to copy, slowest first (from the "NAME: N copied" lines)."""
    out, last = [], 0.0
    for t, line in marks:
        if line == "copying …":
            last = t
        elif line.endswith(" copied"):
            out.append((line.split(":")[0], t - last))
            last = t
    return sorted(out, key=lambda x: -x[1])


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    steps = [x for x in args.steps.split(",") if x]
    if not steps or set(steps) - set(STEPS):
        raise SystemExit(f"--steps: some of {','.join(STEPS)}")
    demo = data.ensure(args.size, args.seed, Path(args.data_dir), say=say, keep=args.keep_data)
    server = kept_server(Path(args.server_dir)) if args.server_dir else start_server()
    moved = searched = writes = None
    try:
        url = _registry(server, args, "migrate" in steps)
        if "migrate" in steps:
            say("migrate-to …")
            moved = migrate(demo.path, url)
            say(f"  {moved}")
        if "search" in steps:
            say("search …")
            searched = server_search.run(demo.path, url, args.repeat, say)
        if "writes" in steps:
            say("four desks writing …")
            with _scratch_registry(server, url, bool(args.server_dir)) as target:
                writes = server_writes.run_all(server, args.desks, args.seconds, say,
                                               registry=(target, demo.path))
    finally:
        if not args.server_dir:
            server.destroy()
    block = render(args, demo.size, moved, searched, writes, _old_block(Path(args.out)))
    print(block)
    write_block(Path(args.out), block)
    return 0


def _registry(server: PostgresServer, args: argparse.Namespace, fresh: bool) -> str:
    """URL of the database holding the migrated registry (a new, empty one when ``fresh``)."""
    if not args.server_dir:
        return server.url(server.create_database())
    name = f"desk_{args.size}"
    if fresh:
        server.drop_database(name)
        server.psql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    elif not server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").strip():
        raise SystemExit(f"{args.server_dir} has no database {name}: run --steps migrate first")
    return server.url(name)


@contextmanager
def _scratch_registry(server: PostgresServer, url: str, kept: bool) -> Iterator[str]:
    """The desks write into the migrated registry; a kept one stays as migrate-to left it (the
    later search runs compare it with the SQLite file), so they write into a copy of it."""
    if not kept:
        yield url
        return
    name = make_url(url).database
    scratch = f"{name}_writes"
    server.drop_database(scratch)
    server.psql(f'CREATE DATABASE "{scratch}" TEMPLATE "{name}"')
    try:
        yield server.url(scratch)
    finally:
        server.drop_database(scratch)


def render(args, size: int, moved: dict | None, searched: dict | None,  # noqa: ANN001
           writes: list[dict] | None, old: str = "") -> str:
    """The block; a step not run this time keeps its part from the last block (``old``)."""
    m = machine()
    head = [BEGIN, "", f"## Office server (PostgreSQL) — {size_label(size)} beneficiaries", "",
            f"`python -m bench.server --size {size} --repeat {args.repeat} --seconds "
            f"{args.seconds:g} --steps {args.steps}` on {m['CPU']}, {m['Cores']}; private "
            "PostgreSQL on the same machine (default settings), Unix socket.", ""]
    parts = [("search", searched and _search_lines(args, searched)),
             ("migrate", moved and _migrate_lines(size, moved)),
             ("writes", writes and _writes_lines(size, writes))]
    body = []
    for name, lines in parts:
        body += _part(name, lines, old)
    return "\n".join(head + body + [END]) + "\n"


def _part(name: str, lines: list[str] | None, old: str) -> list[str]:
    begin, end = f"<!-- office-server:{name} -->", f"<!-- office-server:{name}:end -->"
    if lines is None:
        if begin not in old or end not in old:
            return []
        kept = old.split(begin, 1)[1].split(end, 1)[0].strip("\n")
        return [begin, kept, end, ""]
    return [begin, *lines, end, ""]


def _old_block(out: Path) -> str:
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    return text.split(BEGIN, 1)[1].split(END, 1)[0] if BEGIN in text and END in text else ""


def _search_lines(args, searched: dict) -> list[str]:  # noqa: ANN001
    lines = [f"Search (PostgreSQL {searched['server_version']}):", "",
             "| what | median | p95 | target |", "|---|---|---|---|"]
    for label, key in (("search, service on PostgreSQL", "pg_service"),
                       ("search, bare SQL floor on PostgreSQL", "pg_floor"),
                       ("search, the service's own statements, bare, on PostgreSQL", "pg_own"),
                       ("search, service on SQLite", "sqlite_service")):
        values = searched[key]
        lines.append(f"| {label} | {median(values) * 1000:.2f} ms | {p95(values) * 1000:.2f} ms "
                     f"| {'≤ 50 ms' if key == 'pg_service' else ''} |")
    ratio = p95(searched["pg_service"]) / p95(searched["pg_floor"])
    load = searched["load"]
    return lines + [
        f"| search p95, service ÷ floor on PostgreSQL | | {ratio:.2f}× | ≤ 2× |",
        f"| search p95, service ÷ its own statements, bare | | "
        f"{p95(searched['pg_service']) / p95(searched['pg_own']):.2f}× | |", "",
        f"Search: {len(searched['queries'])} queries × {args.repeat} passes per engine "
        f"after an untimed warm-up pass (load average {load[0]:.1f} at the start, "
        f"{load[1]:.1f} at the end); every query returned the same rows on both "
        f"engines: {'yes' if searched['same_rows'] else 'NO'}."]


def _migrate_lines(size: int, moved: dict) -> list[str]:
    return [f"`migrate-to` of the {size_label(size)} demo registry: {moved['rows']:,} rows in "
            f"{moved['seconds']:.1f} s, peak memory {moved['peak_mib']:.0f} MiB (streamed by "
            f"`COPY`; load average {moved['load'][0]:.1f} at the start, "
            f"{moved['load'][1]:.1f} at the end): copy {moved['copy_seconds']:.1f} s ("
            + ", ".join(f"{t} {secs:.0f} s" for t, secs in moved["tables"][:4])
            + f"), then the check of counts and checksums on both sides "
            f"{moved['seconds'] - moved['copy_seconds']:.1f} s."]


def _writes_lines(size: int, writes: list[dict]) -> list[str]:
    lines = [f"Writers into the {size_label(size)} registry (PostgreSQL: the database "
             "`migrate-to` filled, or a copy of it; SQLite: a copy of the demo file), one "
             "process per desk:", "",
             "| writers (register + request with checklist) | saves | saves/s | p50 | p95 "
             "| load | errors shown | duplicate / missing numbers |",
             "|---|---|---|---|---|---|---|---|"]
    for w in writes:
        lines.append(f"| {w['label']} | {w['saves']} | {w['rate']:.1f} | "
                     f"{median(w['latencies']) * 1000:.0f} ms | {p95(w['latencies']) * 1000:.0f} ms"
                     f" | {w['load'][0]:.1f}–{w['load'][1]:.1f} | {w['errors']} | "
                     f"{w['duplicates']} / {w['missing']} |")
    return lines


def write_block(out: Path, block: str) -> None:
    """Replace the office-server block of ``out`` (or append it), leaving the rest as it is."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
