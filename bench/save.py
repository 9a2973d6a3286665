"""Benchmark 3: saving a new beneficiary through ``registry.register`` (validation, duplicate
check, one transaction with its audit event), on a private copy of the demo database so the
cached database stays exactly what the demo command made.

Each form is a new person with a fresh, valid national ID (checked to be unused before the
clock starts) and a name from the demo's spelling lists, so the duplicate check meets the
same-name records a real registry has; the desk confirms name look-alikes
(``confirm_duplicates=True``) as the duplicate panel lets it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine.interfaces import CacheStats
from sqlalchemy.orm import Session

from bench.common import median, p95
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import demo, installation, registry
from desk_app.storage.db import Database


def _forms(db_path: Path, count: int, seed: int) -> list[BeneficiaryForm]:
    rng = random.Random(f"bench-save:{seed}")
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    forms: list[BeneficiaryForm] = []
    ids: set[str] = set()
    try:
        while len(forms) < count:
            number = make_saudi_id(1, f"{rng.randrange(10**8):08d}")
            mobile = f"055{rng.randrange(10**7):07d}"
            taken = con.execute("SELECT 1 FROM beneficiaries WHERE id_number = ? OR mobile = ?",
                                (number, "+966" + mobile[1:])).fetchone()
            if taken or number in ids:
                continue
            ids.add(number)
            female = rng.random() < 0.5
            forms.append(BeneficiaryForm(
                first_name=rng.choice(demo.FEMALE_NAMES if female else demo.MALE_NAMES),
                father_name=rng.choice(demo.MALE_NAMES), grandfather_name=rng.choice(
                    demo.MALE_NAMES), family_name=rng.choice(demo.FAMILY_NAMES),
                id_type="national_id", id_number=number, gender="female" if female else "male",
                birth_date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                           f"{rng.randint(1950, 2005)}",
                mobile=mobile, city="جدة", district="الروضة", notes="bench"))
    finally:
        con.close()
    return forms


def _actor(db: Database) -> Actor:
    con = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        row = con.execute("SELECT id, username, role, full_name FROM staff WHERE role = 'admin' "
                          "ORDER BY created_at LIMIT 1").fetchone()
    finally:
        con.close()
    return Actor(row[0], row[1], row[2], row[3])


def _request_opener(db: Database, actor: Actor, branch: str):  # noqa: ANN202
    """``requests.create`` for a new beneficiary (the service with the longest checklist), or
    None while the requests feature is not in the code base."""
    try:
        from desk_app.domain.requests import IntakeForm
        from desk_app.services import profile as profile_service
        from desk_app.services import requests
    except ImportError:
        return None
    profile = profile_service.current(db)
    if profile is None or not profile.services or not profile.channels:
        return None
    service = max(profile.services, key=lambda s: len(s.documents))
    channel = profile.channels[0].code

    def open_request(beneficiary_id: str) -> None:
        requests.create(db, actor, IntakeForm(beneficiary_id, service.code, channel,
                                               "طلب مساعدة شهرية", True, True,
                                               agreed_channel_code=channel),
                        branch_code=branch, profile=profile)
    return open_request


def run(scratch: Path, count: int, seed: int = 1, warmup: int = 3
        ) -> tuple[list[float], list[float] | None]:
    """Seconds per ``register`` call, and per register + open request with its checklist (None
    without the requests feature). The first ``warmup`` saves are not counted."""
    forms = _forms(scratch, count + warmup, seed)
    db = Database.open(f"sqlite:///{scratch}")
    try:
        actor, branch = _actor(db), installation.get(db).branch_code
        open_request = _request_opener(db, actor, branch)
        times, both = [], []
        for k, form in enumerate(forms):
            t0 = time.perf_counter()
            person = registry.register(db, actor, form, branch_code=branch,
                                       confirm_duplicates=True)
            t1 = time.perf_counter()
            if open_request is not None:
                open_request(person.id)
            t2 = time.perf_counter()
            if k >= warmup:
                times.append(t1 - t0)
                both.append(t2 - t0)
        return times, (both if open_request is not None else None)
    finally:
        db.dispose()


class _BareCommit:
    """The floor: a one-row commit at ``synchronous=FULL`` in WAL mode (one fsync of the log),
    in a small file beside the benchmark's, on the same disk, timed between the saves."""

    def __init__(self, folder: Path):
        self.path = folder / "bench-save-floor.sqlite3"
        for side in ("", "-wal", "-shm"):
            Path(f"{self.path}{side}").unlink(missing_ok=True)
        self.con = sqlite3.connect(self.path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=FULL")
        self.con.execute("CREATE TABLE t (x)")

    def once(self) -> float:
        t0 = time.perf_counter()
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("INSERT INTO t VALUES (1)")
        self.con.execute("COMMIT")
        return time.perf_counter() - t0

    def close(self) -> None:
        self.con.close()
        for side in ("", "-wal", "-shm"):
            Path(f"{self.path}{side}").unlink(missing_ok=True)


def measure(scratch: Path, count: int, seed: int = 1, warmup: int = 3) -> dict:
    """Register + request pairs with the same-run floor, CPU time, statements, ORM flushes and
    statements compiled again (SQLAlchemy's statement cache missed) per pair."""
    forms = _forms(scratch, count + warmup, seed)
    floor = _BareCommit(scratch.parent)
    db = Database.open(f"sqlite:///{scratch}")
    counts = {"statements": 0, "flushes": 0, "compiled": 0}

    def on_execute(_conn: object, _cursor: object, _sql: str, _params: object, context: object,
                   _many: bool) -> None:
        counts["statements"] += 1
        # A statement SQLAlchemy had to compile again (its cache missed): none after warm-up.
        counts["compiled"] += getattr(context, "cache_hit", None) is CacheStats.CACHE_MISS

    def on_flush(*_args: object) -> None:
        counts["flushes"] += 1

    event.listen(db.write_engine, "before_cursor_execute", on_execute)
    event.listen(db.read_engine, "before_cursor_execute", on_execute)
    event.listen(Session, "after_flush", on_flush)
    out: dict[str, list[float]] = {"register": [], "pair": [], "pair_cpu": [], "floor": []}
    try:
        actor, branch = _actor(db), installation.get(db).branch_code
        open_request = _request_opener(db, actor, branch)
        for k, form in enumerate(forms):
            if k == warmup:
                counts.update(statements=0, flushes=0, compiled=0)
            out["floor"].append(floor.once())
            c0, t0 = time.process_time(), time.perf_counter()
            person = registry.register(db, actor, form, branch_code=branch,
                                       confirm_duplicates=True)
            t1 = time.perf_counter()
            open_request(person.id)
            t2, c2 = time.perf_counter(), time.process_time()
            if k >= warmup:
                out["register"].append(t1 - t0)
                out["pair"].append(t2 - t0)
                out["pair_cpu"].append(c2 - c0)
    finally:
        event.remove(Session, "after_flush", on_flush)
        db.dispose()
        floor.close()
    ms = {k: {"median_ms": round(median(v) * 1000, 2), "p95_ms": round(p95(v) * 1000, 2)}
          for k, v in out.items()}
    return {"pairs": count, "ms": ms, "per_pair": {k: v / count for k, v in counts.items()},
            "load": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.save", description=__doc__)
    p.add_argument("--db", required=True, help="a scratch copy of a demo database (written to)")
    p.add_argument("--count", type=int, default=60)
    args = p.parse_args(argv)
    result = measure(Path(args.db), args.count)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
