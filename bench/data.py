"""Demo databases for the benchmarks, built with the real ``desk-app demo`` command.

Each size lives in ``bench/data/`` (git-ignored) next to a JSON sidecar recording the seed, the
data version and how long the build took. A database is reused when the sidecar matches; the
data version changes whenever the demo generator or the migrations change, so a stale file is
rebuilt rather than measured.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.common import BENCH_DIR, REPO_ROOT

DEFAULT_DATA_DIR = BENCH_DIR / "data"
BENCH_DATA_FORMAT = 1  # bump to force a rebuild of every cached database


def data_version() -> str:
    """Changes when what ``desk-app demo`` writes can change: generator or schema."""
    h = hashlib.sha1(f"format {BENCH_DATA_FORMAT}".encode())
    pkg = REPO_ROOT / "desk_app"
    sources = [pkg / "services" / "demo.py", pkg / "storage" / "repositories" / "bulk.py"]
    sources += sorted((pkg / "storage" / "migrations" / "versions").glob("*.py"))
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class DemoDb:
    size: int
    seed: int
    path: Path
    demo_seconds: float   # wall time of the build that made this file
    built_now: bool        # built by this run (else reused)
    built_at: str
    report: dict

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def subprocess_env(home: str) -> dict[str, str]:
    """Environment for child processes: offscreen Qt, private settings and data folders."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=str(Path(home) / "config"),
               DESK_APP_DATA_DIR=str(Path(home) / "data"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("DESK_APP_DB", None)
    env.pop("DESK_APP_LANG", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def ensure(size: int, seed: int, data_dir: Path = DEFAULT_DATA_DIR, rebuild: bool = False,
           say=print, keep: bool = False) -> DemoDb:  # noqa: ANN001
    """The demo database of ``size``, built unless a matching one is cached.

    ``keep``: reuse a cached file even when the data version changed (a migration landed since
    it was built): a 1M build takes minutes, and the application upgrades the file when opened.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    version = data_version()
    path = data_dir / f"demo-{size}-seed{seed}.sqlite3"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists() and not rebuild:
        meta = json.loads(meta_path.read_text())
        if (meta.get("version") == version or keep) and meta.get("size") == size and meta.get(
                "seed") == seed:
            say(f"  reusing {path.name} (built {meta['built_at']} in {meta['demo_seconds']:.1f} s)")
            return DemoDb(size, seed, path, meta["demo_seconds"], False, meta["built_at"],
                          meta.get("report", {}))
    say(f"  building {path.name} with `desk-app demo --beneficiaries {size} --seed {seed}` …")
    for stale in (path, meta_path, *_sidecars(path)):
        stale.unlink(missing_ok=True)
    tmp = path.with_name(path.name + ".building")
    for stale in (tmp, *_sidecars(tmp)):
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as home:
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "desk_app", "--db", str(tmp), "demo", "--beneficiaries",
             str(size), "--seed", str(seed)],
            env=subprocess_env(home), capture_output=True, text=True, cwd=REPO_ROOT,
        )
        seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"desk-app demo failed:\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    _checkpoint(tmp)
    tmp.replace(path)
    built_at = datetime.now().isoformat(timespec="seconds")
    meta_path.write_text(json.dumps({"size": size, "seed": seed, "version": version,
                                     "demo_seconds": round(seconds, 2), "built_at": built_at,
                                     "report": report}, ensure_ascii=False, indent=1))
    say(f"  built in {seconds:.1f} s")
    return DemoDb(size, seed, path, seconds, True, built_at, report)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so the database is one file that can be moved."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    for side in _sidecars(path):
        side.unlink(missing_ok=True)


def scratch_copy(src: Path, dst: Path) -> Path:
    """A private copy (for benchmarks that write), made with SQLite's online backup."""
    for stale in (dst, *_sidecars(dst)):
        stale.unlink(missing_ok=True)
    source, target = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        source.backup(target, pages=65536)
    finally:
        source.close()
        target.close()
    return dst


def remove(path: Path) -> None:
    for p in (path, *_sidecars(path)):
        p.unlink(missing_ok=True)
