"""``python -m bench.duplicates [--size 100000] [--newcomers 1000] [--out bench/DUPLICATES.md]``

Cross-branch duplicates (issue 14) on a demo database of ``--size`` beneficiaries (built or
reused under bench/data like ``bench.run``), on a private copy. ``--newcomers`` files arrive as
from another branch: half the same people again (same ID: definite duplicates), half a spelling
variant of the name with the same birth date and another ID (likely). Measured:

- the administrator's whole-registry run (``duplicates.find_all``): first run (lists the pairs)
  and a second run (nothing new), against a floor measured in the same run: the same three
  GROUP BY queries in bare SQLite, which any whole-registry search for shared keys must make;
- checking the newcomers after a synchronisation (``duplicates.check_newcomers``);
- one merge (``duplicates.merge``) of a file with requests;
- the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bench import data
from bench.common import BENCH_DIR, machine, median, size_label
from desk_app.domain.entities import SYSTEM, Actor
from desk_app.services import duplicates
from desk_app.storage.db import Database
from desk_app.storage.repositories import beneficiaries as repo
from desk_app.storage.tables import Beneficiary

ADMIN = Actor(None, "bench", "admin")
FLOOR_SQL = (
    "SELECT id_type, id_country, id_number FROM beneficiaries GROUP BY 1, 2, 3 "
    "HAVING count(*) > 1",
    "SELECT name_key FROM beneficiaries GROUP BY 1 HAVING count(*) > 1",
    "SELECT birth_date, mobile FROM beneficiaries WHERE birth_date IS NOT NULL "
    "GROUP BY 1, 2 HAVING count(*) > 1",
)
_COPIED = ("first_name", "father_name", "grandfather_name", "family_name", "name_key",
           "id_type", "id_number", "id_country", "nationality", "gender", "birth_date",
           "birth_calendar", "mobile")


def _floor(path: Path) -> float:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        t0 = time.perf_counter()
        for sql in FLOOR_SQL:
            con.execute(sql).fetchall()
        return time.perf_counter() - t0
    finally:
        con.close()


def add_newcomers(db: Database, count: int, seed: int) -> list[str]:
    """``count`` files from branch «JED»: even ones the same person (same ID), odd ones a
    spelling variant (ه for ة or ى for ي, when the name has one) with another ID number."""
    rng = random.Random(seed)
    with db.read() as s:
        top = s.scalar(select(Beneficiary.seq).order_by(Beneficiary.seq.desc()).limit(1)) or 0
        picks = list(s.scalars(select(Beneficiary).where(
            Beneficiary.seq.in_(rng.sample(range(1, top + 1), min(count, top))))))
        s.expunge_all()
    ids = []
    now = db.clock()
    with db.action(SYSTEM, "bench.arrive") as s:
        seq = repo.next_seq(s)
        for n, old in enumerate(picks):
            new = Beneficiary(seq=seq + n, branch_code="JED", file_number=f"JED-{n + 1:06d}",
                              data_reviewed_on=now.date(), created_at=now, updated_at=now,
                              **{c: getattr(old, c) for c in _COPIED})
            if n % 2:
                new.id_number = f"3{old.id_number[1:]}"  # no ID or iqama starts with 3
                new.first_name = old.first_name.replace("ة", "ه").replace("ي", "ى")
            s.add(new)
            s.flush()
            ids.append(new.id)
    return ids


def _timed(fn):  # noqa: ANN001, ANN202
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def run(size: int, newcomers: int, seed: int, data_dir: Path, say=print) -> list[str]:  # noqa: ANN001
    demo = data.ensure(size, seed, data_dir, say=say)
    with tempfile.TemporaryDirectory(prefix="bench-dup-") as folder:
        path = data.scratch_copy(demo.path, Path(folder) / "dup.sqlite3")
        db = Database.open(f"sqlite:///{path}")
        try:
            arrived = add_newcomers(db, newcomers, seed)
            floors = [_floor(path) for _ in range(3)]
            check_s, listed_new = _timed(lambda: duplicates.check_newcomers(db, arrived, SYSTEM))
            first_s, listed_all = _timed(lambda: duplicates.find_all(db, ADMIN))
            again = [_timed(lambda: duplicates.find_all(db, ADMIN))[0] for _ in range(2)]
            open_pairs = duplicates.pairs(db, ADMIN, limit=100_000)
            definite = next(p for p in open_pairs if p.strength == "definite")
            merge_s, _ = _timed(lambda: duplicates.merge(db, definite.first.id,
                                                        definite.second.id, ADMIN))
        finally:
            db.dispose()
    floor = median(floors)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        f"# Cross-branch duplicates — {size_label(size)} beneficiaries + {newcomers} newcomers",
        "",
        f"Measured {datetime.now().isoformat(timespec='minutes')} by `python -m bench.duplicates"
        f" --size {size} --newcomers {newcomers}`; machine: {machine()}", "",
        "| what | time | floor (same run) | ratio | result |",
        "|---|---|---|---|---|",
        f"| floor: the three GROUP BY queries in bare SQLite (median of 3) | {floor:.3f} s | – |"
        " – | – |",
        f"| `check_newcomers` ({newcomers} files after a sync) | {check_s:.2f} s | – | – |"
        f" {listed_new} pairs listed |",
        f"| `find_all` first run (whole registry) | {first_s:.2f} s | {floor:.3f} s |"
        f" {first_s / floor:.1f} × | {listed_all} more pairs listed |",
        f"| `find_all` again (nothing new; median of 2) | {median(again):.2f} s | {floor:.3f} s |"
        f" {median(again) / floor:.1f} × | – |",
        f"| `merge` of one definite pair | {merge_s * 1000:.0f} ms | – | – | – |",
        f"| peak memory of the process | {peak_mb:.0f} MB | – | – | – |",
        "", f"Open pairs after both: {len(open_pairs)} "
        f"({sum(p.strength == 'definite' for p in open_pairs)} definite).",
        "", "Load average when done (other work on the machine inflates every time above): "
        + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + ".",
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.duplicates")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--newcomers", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=str(BENCH_DIR / "DUPLICATES.md"))
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    args = p.parse_args(argv)
    lines = run(args.size, args.newcomers, args.seed, Path(args.data_dir))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
