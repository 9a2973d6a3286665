"""Benchmark 7 in ``bench.run``: the desk steps in the real window (``bench.interactions``), one
process per database size on a scratch copy, as rows of the results table.

Each step's p95 is compared with the p95 of the floor measured in the same process (a static page
of the same size shown in the same window). Targets apply at 1M (issue 23): p95 ≤ 100 ms from
the input event to the painted data, ≤ 50 ms for a search keystroke and a side-bar switch; the
process's peak memory ≤ 300 MB.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import data
from bench.common import REPO_ROOT, Results, Row, median, p95, size_label

MS, MIB = "ms", "MiB"
FAST = ("search_key", "switch_screen")
WHAT = {
    "sign_in": "sign in: Enter on the password → registry with its first page",
    "search_key": "search: one keystroke → its results",
    "open_file": "Enter on a result → the beneficiary's file",
    "save_beneficiary": "Ctrl+S on a new beneficiary → saved, file shown",
    "new_request": "Ctrl+R → the new request form (eligibility shown)",
    "save_request": "Ctrl+Return → request saved with its checklist",
    "tick_document": "Space on a document's box → ticked and saved",
    "declaration": "declaration button → issued, archived, in the preview",
    "open_complaints": "side bar → complaints board (first visit)",
    "open_waiting": "side bar → waiting list (first visit)",
    "switch_screen": "side bar → a screen already open (refreshed)",
}


class NothingPainted(RuntimeError):
    """A step that changed nothing on screen: the benchmark measured nothing."""


def measure(db_path: Path, runs: int, say=print) -> dict:  # noqa: ANN001
    """Run ``bench.interactions`` on a scratch copy of ``db_path`` in its own process."""
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as home:
        scratch = data.scratch_copy(db_path, Path(home) / "desk.sqlite3")
        env = data.subprocess_env(home)
        say(f"  desk: {runs} rounds on a copy of {db_path.name}")
        done = subprocess.run([sys.executable, "-m", "bench.interactions", "--db", str(scratch),
                               "--runs", str(runs)], env=env, cwd=REPO_ROOT,
                              capture_output=True, text=True)
        data.remove(scratch)
    if done.returncode != 0:
        raise RuntimeError(f"bench.interactions failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for step, counts in result["paints"].items():
        if counts and min(counts) < 1:
            raise NothingPainted(f"{step}: a run repainted nothing")
    return result


def add(res: Results, sizes: list[int], dbs: dict, runs: int, data_dir: Path,  # noqa: ARG001
        say=print) -> None:  # noqa: ANN001
    for n in sizes:
        say(f"desk {size_label(n)}:")
        try:
            result = measure(dbs[n].path, runs, say=say)
        except (RuntimeError, ValueError) as exc:  # the other benchmarks' figures are kept
            say(f"  desk {size_label(n)} failed: {exc}")
            res.add(Row("7 desk", size_label(n), f"the desk steps could not be measured: "
                        f"{str(exc).splitlines()[-1][:200]}", math.nan, math.nan, MS))
            continue
        rows(res, size_label(n), result, at_target=n >= 1_000_000)


def rows(res: Results, sl: str, result: dict, at_target: bool) -> None:
    times = result["times"]
    floor = times["floor"]
    f_p95 = p95(floor)
    for step, what in WHAT.items():
        t = times[step]
        limit = 0.050 if step in FAST else 0.100
        res.add(Row("7 desk", sl, what, median(t), p95(t), MS,
                    "static page, same window (p95)", f_p95, p95(t) / f_p95, "×floor",
                    f"p95 ≤ {limit * 1000:.0f} ms" if at_target else "",
                    (p95(t) <= limit) if at_target else None, len(t)))
    res.add(Row("7 desk", sl, "baseline: static page shown in the same window", median(floor),
                f_p95, MS, samples=len(floor)))
    rss = result["rss_mib"]
    res.add(Row("6 memory", sl, "peak RSS of the desk after every step above", rss, rss, MIB,
                target="≤ 300 MB" if at_target else "",
                met=(rss * 1.048576 <= 300) if at_target else None, samples=1))
