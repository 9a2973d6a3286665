"""Four desks writing at once: PostgreSQL, SQLite (one file, four processes), SQLite alone.

Each run writes into the demo registry the other benchmarks measured (on PostgreSQL the database
``migrate-to`` filled, on SQLite a scratch copy of the demo file), so the saves pay for the
indexes, duplicate checks and numbering of a registry of that size; numbers and files are
checked among those the run wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bench import data
from bench.common import REPO_ROOT
from desk_app.services import installation
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff


def _setup(url: str) -> None:
    """An empty database gets an installation and its administrator (the demo has them)."""
    db = Database.open(url)
    with db.read() as s:
        if s.scalar(select(Staff.id).where(Staff.username == "admin")):
            db.dispose()
            return
    installation.initialise(db, preset_key="althikr_alhakeem", branch_code="HQ",
                            admin_username="admin", admin_password="admin-pass-2026",
                            admin_full_name="مدير النظام")
    db.dispose()


def _stored(url: str) -> tuple[list[str], list[str]]:
    """Every file number and request number stored, repeats included."""
    db = Database(url)
    with db.read() as s:
        files = list(s.scalars(select(Beneficiary.file_number)))
        numbers = list(s.scalars(select(ServiceRequest.number)))
    db.dispose()
    return files, numbers


def _gaps(numbers: list[str]) -> int:
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    return (serials[-1] - serials[0] + 1 - len(set(serials))) if serials else 0


def run(url: str, label: str, desks: int, seconds: float, folder: Path) -> dict:
    _setup(url)
    files_before, numbers_before = map(set, _stored(url))
    go = folder / f"go-{label.replace(' ', '-')}"
    procs = [subprocess.Popen([sys.executable, "-m", "bench.desk_writer", url, str(d + 1),
                               str(seconds), str(go)], cwd=REPO_ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for d in range(desks)]
    for p in procs:
        if "ready" not in p.stdout.readline():
            raise RuntimeError(p.stderr.read()[-3000:])
    load = os.getloadavg()[0]
    go.touch()
    started = time.perf_counter()
    results = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=seconds + 600)
        if p.returncode != 0:
            raise RuntimeError(stderr[-3000:])
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    wall = time.perf_counter() - started
    acked_files = [n for r in results for n in r["files"]]
    acked_requests = [n for r in results for n in r["requests"]]
    files, numbers = _stored(url)
    new_files = [f for f in files if f not in files_before]
    new_numbers = [n for n in numbers if n not in numbers_before]
    missing = len(set(acked_files) - set(files)) + len(set(acked_requests) - set(numbers))
    return {"label": label, "saves": len(acked_requests), "rate": len(acked_requests) / wall,
            "latencies": [t for r in results for t in r["latencies"]],
            "errors": sum(len(r["errors"]) for r in results),
            "error_samples": [e for r in results for e in r["errors"]][:3],
            "duplicates": (len(files) - len(set(files))) + (len(numbers) - len(set(numbers))),
            "missing": missing + _gaps(new_files) + _gaps(new_numbers),
            "load": (load, os.getloadavg()[0])}


def run_all(server, desks: int, seconds: float, say=print,  # noqa: ANN001
            registry: tuple[str, Path] | None = None) -> list[dict]:
    """``registry``: the demo registry on the server (URL) and its SQLite file; without it the
    desks write into empty databases."""
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        folder = Path(tmp)
        if registry:
            say("  a scratch copy of the SQLite registry …")
            lite = data.scratch_copy(registry[1], folder / "registry.sqlite3")
            pg_url, lite_url = registry[0], f"sqlite:///{lite}"
        else:
            pg_url = server.url(server.create_database())
            lite_url = f"sqlite:///{folder / 'registry.sqlite3'}"
        runs = [(pg_url, f"PostgreSQL, {desks} desks", desks),
                (lite_url, f"SQLite, {desks} desks", desks),
                (lite_url, "SQLite, 1 desk", 1)]
        for url, label, n in runs:
            say(f"  {label} for {seconds:g} s …")
            result = run(url, label, n, seconds, folder)
            say(f"    {result['saves']} saves, {result['errors']} errors "
                f"{result['error_samples']}, load {result['load']}")
            out.append(result)
    return out
