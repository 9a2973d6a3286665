"""Benchmarks 2 and 6: start-up time and peak memory, each start in its own process.

Three programs, interleaved in every round so that they share the machine's state:
* ``floor_window.py``        — a bare PySide6 window that shows and quits (toolkit floor)
* ``floor_window.py --orm``  — the same window after importing SQLAlchemy's ORM (stack floor)
* ``desk-app gui --smoke --user reception`` on the demo database (the real start: settings,
  database, sign-in, shell, registry screen with its first page of data)
and ``desk-app gui --smoke`` without a user: the sign-in page. Its first paint is the start-up
target (≤ 1.5× the bare window): the page's own first Paint event, not the window's (the
"opening the database" line painted before it does not count). The untimed first round shows
the page once, so the timed ones start as a desk does every morning: with this database's
sign-in page remembered, painted before the database layer loads (``ui/early_login.py``).

All time themselves the same way: from their first line of Python (interpreter start-up, the
same for all, is not counted) to the first Paint event of the window and to "ready". Peak RSS
is the child's own ``ru_maxrss`` from ``os.wait4``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import BENCH_DIR, REPO_ROOT
from bench.data import subprocess_env
from desk_app.services.demo import DEMO_ACCOUNTS

USER, PASSWORD = DEMO_ACCOUNTS[1][0], DEMO_ACCOUNTS[1][1]


@dataclass
class Start:
    first_paint: list[float] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    sign_in_paint: list[float] = field(default_factory=list)  # the sign-in page's own paint


def _run(cmd: list[str], env: dict[str, str]) -> tuple[dict, float]:
    """Run one start; returns its JSON line and its peak RSS in MiB."""
    with tempfile.TemporaryFile() as errfile:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=errfile,
                                cwd=REPO_ROOT)
        out = proc.stdout.read()  # type: ignore[union-attr]
        rss = float("nan")
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / 1024  # KiB on Linux
        else:
            proc.wait(timeout=300)
        errfile.seek(0)
        err = errfile.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    lines = [ln for ln in out.decode().splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]), rss


def run(db_path: Path, repeat: int, say=print) -> dict[str, Start]:  # noqa: ANN001
    results = {k: Start() for k in ("bare", "orm", "app", "login")}
    floor = str(BENCH_DIR / "floor_window.py")
    app = [sys.executable, "-m", "desk_app", "--db", str(db_path), "gui", "--smoke"]
    commands = {
        "bare": [sys.executable, floor],
        "orm": [sys.executable, floor, "--orm"],
        "app": [*app, "--user", USER],
        "login": app,
    }
    with tempfile.TemporaryDirectory(prefix="bench-start-") as home:
        env = subprocess_env(home)
        env["DESK_APP_PASSWORD"] = PASSWORD
        for cmd in commands.values():  # one untimed round: page cache, .pyc files
            _run(cmd, env)
        for r in range(repeat):
            for name, cmd in commands.items():
                timings, rss = _run(cmd, env)
                results[name].first_paint.append(timings["first_paint_s"])
                results[name].ready.append(timings["ready_s"])
                results[name].rss_mib.append(rss)
                if "sign_in_paint_s" in timings:
                    results[name].sign_in_paint.append(timings["sign_in_paint_s"])
            say(f"  start-up: round {r + 1}/{repeat}")
    return results
