"""``python -m bench.autobackup --db FILE --folder DIR [--label L] [--full-check]``

What one automatic backup costs the desk: ``autobackup.run`` on a scratch copy of a demo
database (the sign-out backup's path), timed as a whole and by phase, with the CPU it used in
this process and in its child processes, and the machine's load average before and after
(same-run figures only: the machine is shared). ``--full-check`` also times the scheduled full
integrity check of the backup just made (a low-priority child process), when the code has one.
Prints one JSON object; the backup files it made are removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.services import autobackup
from desk_app.storage.db import Database

#: (module, function) pairs timed when the code under test has them (it also runs on older
#: code, for the figure before a change).
PHASES = [("services.backup", "backup"), ("services.autobackup", "verify"),
          ("storage.manifest", "sha256"), ("services.backup", "_integrity"),
          ("services.backup", "integrity"), ("services.backup_check", "integrity"),
          ("storage.sqlite_check", "problems"), ("storage.sqlite_check", "reference_schema"),
          ("services.backup", "_revision_and_counts"), ("services.autobackup", "rotate")]


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _timed(spent: dict[str, list[float]], name: str, fn: Callable[..., Any]) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent.setdefault(name, []).append(round(time.perf_counter() - t0, 2))
    return wrapper


def _instrument(spent: dict[str, list[float]]) -> None:
    for name, attr in PHASES:
        try:
            module = importlib.import_module(f"desk_app.{name}")
        except ImportError:
            continue
        fn = getattr(module, attr, None)
        if fn is not None:
            setattr(module, attr, _timed(spent, f"{module.__name__.split('.')[-1]}.{attr}", fn))


def measure(db_file: Path, folder: Path, full_check: bool) -> dict[str, Any]:
    spent: dict[str, list[float]] = {}
    _instrument(spent)
    db = Database.open(f"sqlite:///{db_file}")
    try:
        load_before = os.getloadavg()
        cpu0, kids0 = _cpu()
        t0 = time.perf_counter()
        outcome = autobackup.run(db, autobackup.Plan(folder), reason="sign-out")
        wall = time.perf_counter() - t0
        cpu1, kids1 = _cpu()
        result: dict[str, Any] = {
            "backup_s": round(wall, 1), "backup_cpu_desk_s": round(cpu1 - cpu0, 1),
            "backup_cpu_children_s": round(kids1 - kids0, 1), "bytes": outcome.bytes,
            "load_before": [round(x, 1) for x in load_before],
            "load_after": [round(x, 1) for x in os.getloadavg()]}
        full = getattr(autobackup, "full_check", None)  # the scheduled check, if the code has it
        if full_check and full is not None:
            t1 = time.perf_counter()
            verdict = full.check(Path(outcome.path), db.clock()) or "passed"
            cpu2, kids2 = _cpu()
            result.update(full_check_s=round(time.perf_counter() - t1, 1),
                          full_check_cpu_desk_s=round(cpu2 - cpu1, 1),
                          full_check_cpu_children_s=round(kids2 - kids1, 1),
                          full_check=str(verdict), load_after_full=[
                              round(x, 1) for x in os.getloadavg()])
        result["phases_s"] = spent
        return result
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a scratch copy (it is written)")
    parser.add_argument("--folder", type=Path, required=True, help="where the backup goes")
    parser.add_argument("--label", default="")
    parser.add_argument("--full-check", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the backup files")
    args = parser.parse_args(argv)
    result = {"label": args.label, **measure(args.db, args.folder, args.full_check)}
    if not args.keep:
        for path in args.folder.glob("desk-auto-*"):
            path.unlink()
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
