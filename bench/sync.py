"""``python -m bench.sync [--size 100000] [--changes 10000] [--out bench/SYNC.md]``

Branch sync (issue 14) on a demo head office of ``--size`` beneficiaries (built or reused under
bench/data like ``bench.run``, on a private copy) and a new SQLite branch:

- seeding the new branch with the whole registry (the first ``sync_with``: every travelling
  table copied, then the log followed), against a floor measured in the same run: the same
  tables copied in bare SQLite (``INSERT … SELECT`` across an attached file);
- ``--changes`` changes made at the branch sent up, and as many made at the head office sent
  down (100 actions of ``changes / 100`` rows each), against a floor: the same rows inserted
  by one bare ``executemany``;
- the process's peak memory after each step (a peak only grows: the seed dominates).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bench import data
from bench.common import BENCH_DIR, machine, size_label
from desk_app.domain.entities import Actor
from desk_app.services import installation, sync
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import Contact
from desk_app.storage.schema import metadata
from desk_app.storage.sync_log import travels
from desk_app.storage.tables import Beneficiary

ADMIN = Actor(None, "bench", "admin")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn):  # noqa: ANN001, ANN202
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def _contacts(db: Database, who: str, changes: int) -> None:
    """``changes`` new contact rows in 100 actions (one log row each)."""
    per = max(1, changes // 100)
    with db.read() as s:
        pid = s.scalar(select(Beneficiary.id).limit(1))
    for a in range(changes // per):
        with db.action(ADMIN, "bench.contacts") as s:
            for i in range(per):
                s.add(Contact(beneficiary_id=pid, channel_code="phone", kind="call",
                              summary=f"{who} {a}-{i}", at=db.clock(), recorded_by="bench"))


def _seed_floor(head: Path, folder: Path) -> float:
    """Bare SQLite: the travelling tables copied into an empty file with the same schema."""
    target = folder / "floor.sqlite3"
    Database.open(f"sqlite:///{target}").dispose()
    con = sqlite3.connect(target)
    try:
        con.execute(f"ATTACH DATABASE '{head}' AS head")
        t0 = time.perf_counter()
        with con:
            for t in metadata.sorted_tables:
                if travels(t.name):
                    cols = ", ".join(f'"{c.name}"' for c in t.columns)
                    con.execute(f"INSERT OR REPLACE INTO main.{t.name} ({cols}) "
                                f"SELECT {cols} FROM head.{t.name}")
        return time.perf_counter() - t0
    finally:
        con.close()


def _insert_floor(folder: Path, changes: int) -> float:
    target = folder / "floor2.sqlite3"
    Database.open(f"sqlite:///{target}").dispose()
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        rows = [(str(uuid.uuid4()), "x", "phone", "call", f"r{i}", "2026-11-22 09:00:00", "b")
                for i in range(changes)]
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO contacts (id, beneficiary_id, channel_code, kind, "
                            "summary, at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return time.perf_counter() - t0
    except sqlite3.Error:
        return float("nan")
    finally:
        con.close()


def _sites(demo: data.DemoDb, folder: Path) -> tuple[Database, Database]:
    head_path = data.scratch_copy(demo.path, folder / "head.sqlite3")
    head = Database.open(f"sqlite:///{head_path}")
    sync.become_head(head, ADMIN)
    enrolment = sync.enrol_branch(head, ADMIN, "JED")
    branch = Database.open(f"sqlite:///{folder / 'jed.sqlite3'}")
    installation.initialise(branch, preset_key="althikr_alhakeem", branch_code="JED",
                            admin_username="admin", admin_password="bench-pass-2026",
                            admin_full_name="مدير")
    sync.join(branch, ADMIN, enrolment)
    return head, branch


def run(size: int, changes: int, seed: int, data_dir: Path, say=print) -> list[str]:  # noqa: ANN001
    demo = data.ensure(size, seed, data_dir, say=say)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name:
        folder = Path(name)
        head, branch = _sites(demo, folder)
        try:
            seed_s, seeded = _timed(lambda: sync.sync_with(branch, head, ADMIN))
            rows.append(("seed a new branch with the registry (first `sync_with`)", seed_s,
                         _seed_floor(folder / "head.sqlite3", folder),
                         f"{seeded.received:,} rows and actions received", _peak_mb()))
            _contacts(branch, "branch", changes)
            up_s, up = _timed(lambda: sync.sync_with(branch, head, ADMIN))
            floor = _insert_floor(folder, changes)
            rows.append((f"{changes:,} changes up (branch → head office)", up_s, floor,
                         f"{up.sent} actions sent", _peak_mb()))
            _contacts(head, "head", changes)
            down_s, down = _timed(lambda: sync.sync_with(branch, head, ADMIN))
            rows.append((f"{changes:,} changes down (head office → branch)", down_s, floor,
                         f"{down.received} actions received", _peak_mb()))
        finally:
            head.dispose()
            branch.dispose()
    lines = [
        f"# Branch sync — head office of {size_label(size)} beneficiaries, new SQLite branch",
        "", f"Measured {datetime.now().isoformat(timespec='minutes')} by `python -m bench.sync "
        f"--size {size} --changes {changes}`; machine: {machine()}", "",
        "| what | time | floor (same run) | ratio | result | peak memory so far | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for what, seconds, floor, result, peak in rows:
        met = "**met**" if seconds < 60 else "**MISSED**"
        lines.append(f"| {what} | {seconds:.1f} s | {floor:.2f} s | {seconds / floor:.0f} × |"
                     f" {result} | {peak:.0f} MB | < 60 s: {met} |")
    lines += ["", "Load average when done (other work on the machine inflates every time "
              "above): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + "."]
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.sync")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--changes", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=str(BENCH_DIR / "SYNC.md"))
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    args = p.parse_args(argv)
    lines = run(args.size, args.changes, args.seed, Path(args.data_dir))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
