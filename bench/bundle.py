"""The frozen bundle against ``desk-app`` from the venv: size on disk and start-up.

``python -m bench.bundle --bundle dist/desk-app [--repeat 5]`` (after ``make bundle``). Both
programs start on the same small demo database (300 beneficiaries), interleaved in every round:
``gui --smoke`` (the sign-in page) and ``gui --smoke --user reception`` (the registry with its
first page of data). Reported per start, medians: first paint and ready as the app times them
(from its first line of Python), the whole process from exec to exit (what a person waits,
including the interpreter and, for the bundle, the bootloader), and peak RSS.
The bundle runs in a bare environment (no venv on PATH), like an office PC.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO_ROOT, median
from desk_app.services.demo import DEMO_ACCOUNTS

USER, PASSWORD = DEMO_ACCOUNTS[1][0], DEMO_ACCOUNTS[1][1]
VENV_APP = [sys.executable, "-m", "desk_app"]


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _env(data: Path, bare: bool) -> dict[str, str]:
    base = {"HOME": str(data), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"} if bare else dict(
        os.environ)
    return {**base, "DESK_APP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
            "DESK_APP_PASSWORD": PASSWORD}


def _start(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed")
    line = [ln for ln in out.decode().splitlines() if ln.startswith("{")][-1]
    timings = json.loads(line)
    return {"first_paint": timings["first_paint_s"], "ready": timings["ready_s"],
            "process": wall, "rss_mib": usage.ru_maxrss / 1024}


def measure(bundle: Path, repeat: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        data = Path(tmp)
        env = _env(data, bare=False)
        subprocess.run([*VENV_APP, "demo", "--beneficiaries", "300", "--seed", "1"], env=env,
                       check=True, capture_output=True)
        programs = {"bundle": ([str(bundle / "desk-app")], _env(data, bare=True)),
                    "venv": (VENV_APP, env)}
        runs: dict[str, list[dict[str, float]]] = {}
        for _ in range(repeat):
            for name, (cmd, penv) in programs.items():
                for page, extra in (("sign-in", []), ("registry", ["--user", USER])):
                    runs.setdefault(f"{name} {page}", []).append(
                        _start([*cmd, "gui", "--smoke", *extra], penv))
    return {key: {m: median([r[m] for r in rs]) for m in rs[0]} for key, rs in runs.items()}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", default=str(REPO_ROOT / "dist" / "desk-app"))
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    bundle = Path(args.bundle)
    debs = sorted(bundle.parent.glob("beneficiary-desk_*.deb"))
    print(f"bundle folder: {folder_bytes(bundle) / 2**20:.1f} MiB ({bundle})")
    if debs:
        print(f".deb: {debs[-1].stat().st_size / 2**20:.1f} MiB ({debs[-1].name})")
    venv_site = Path(sys.prefix)
    print(f"venv for comparison: {folder_bytes(venv_site) / 2**20:.1f} MiB ({venv_site})")
    print(f"\n| start ({args.repeat} runs, medians) | first paint | ready | whole process | "
          "peak RSS |\n|---|---:|---:|---:|---:|")
    for key, m in measure(bundle, args.repeat).items():
        print(f"| {key} | {m['first_paint']:.3f} s | {m['ready']:.3f} s | {m['process']:.3f} s "
              f"| {m['rss_mib']:.0f} MiB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
