"""``python -m bench.durability [--size 10000] [--count 200] [--rounds 3]``

What ``synchronous=FULL`` costs a desk: registering people (``registry.register``: validation,
duplicate check, one transaction with its audit event) on a database of ``--size`` demo
beneficiaries, with the app's setting (FULL: each commit waits for the write-ahead log to reach
the disk) against the floor of the same run with ``synchronous=NORMAL`` (commit returns before
the disk has it). The two settings alternate, ``--rounds`` times each, on one scratch database in
the repository's own folder (a real disk, not tmpfs), so both meet the same machine load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from bench.common import REPO_ROOT, machine, median, p95
from bench.save import _actor, _forms
from desk_app.services import demo, installation, registry
from desk_app.storage.db import Database


def _normal(dbapi_conn, _record) -> None:  # noqa: ANN001
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")


def _saves(db: Database, forms, admin, branch: str) -> list[float]:  # noqa: ANN001
    times = []
    for form in forms:
        t0 = time.perf_counter()
        registry.register(db, admin, form, branch_code=branch, confirm_duplicates=True)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.durability")
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--count", type=int, default=200, help="registrations per round")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=REPO_ROOT / "bench") as folder:
        path = f"{folder}/durability.sqlite3"
        db = Database.open(f"sqlite:///{path}")
        demo.generate(db, beneficiaries=args.size, seed=1, progress=None)
        admin = _actor(db)
        branch = installation.get(db).branch_code
        db.dispose()
        forms = _forms(Path(path), args.count * args.rounds * 2, 7)
        results: dict[str, list[float]] = {"FULL": [], "NORMAL": []}
        for r in range(args.rounds):
            for mode in ("NORMAL", "FULL"):
                db = Database.open(f"sqlite:///{path}")
                if mode == "NORMAL":
                    event.listen(db.write_engine, "connect", _normal)
                chunk = forms[:args.count]
                forms = forms[args.count:]
                results[mode] += _saves(db, chunk, admin, branch)
                db.dispose()
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
    print(f"machine: {machine()}")
    print(f"{args.size} beneficiaries, {args.count} registrations x {args.rounds} rounds each")
    for mode, times in results.items():
        print(f"synchronous={mode:6s} median {median(times):6.2f} ms  p95 {p95(times):6.2f} ms")
    ratio = median(results["FULL"]) / median(results["NORMAL"])
    print(f"FULL / NORMAL (median): {ratio:.2f}x, "
          f"+{median(results['FULL']) - median(results['NORMAL']):.2f} ms per save")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
