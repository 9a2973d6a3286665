"""Shared helpers: statistics, timing, the machine description and result rows."""

from __future__ import annotations

import math
import os
import platform
import re
import sqlite3
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
#: Marks around the office-server figures (``bench.server``) inside RESULTS.md.
SERVER_BEGIN, SERVER_END = "<!-- office-server:begin -->", "<!-- office-server:end -->"
#: Any ``<!-- NAME:begin -->`` … ``<!-- NAME:end -->`` block of RESULTS.md (the office server's
#: figures, the bundle's, hand-written sections) is kept when ``bench.run`` rewrites the file.
KEPT_BLOCK = re.compile(r"<!-- ([a-z0-9-]+):begin -->.*?<!-- \1:end -->", re.S)
REPO_ROOT = BENCH_DIR.parent


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(values: list[float]) -> float:
    """95th percentile, nearest rank (an observed value, never interpolated)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Row:
    """One line of the results table.

    ``ratio`` compares this row with its baseline (how the ratio is read is in ``ratio_label``);
    ``met`` is None when the row has no target.
    """

    bench: str
    size: str
    what: str
    median: float
    p95: float
    unit: str
    baseline: str = ""
    baseline_value: float = math.nan
    ratio: float = math.nan
    ratio_label: str = ""
    target: str = ""
    met: bool | None = None
    samples: int = 0


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return math.nan


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    from importlib.metadata import PackageNotFoundError, version

    def ver(dist: str) -> str:
        try:
            return version(dist)
        except PackageNotFoundError:
            return "?"

    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cores
    return {
        "CPU": _cpu_model(),
        "Cores": f"{cores} logical ({usable} usable by this process)",
        "RAM": f"{_ram_gib():.1f} GiB",
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "SQLite": sqlite3.sqlite_version,
        "PySide6": pyside,
        "SQLAlchemy": ver("SQLAlchemy"),
        "reportlab": ver("reportlab"),
    }
