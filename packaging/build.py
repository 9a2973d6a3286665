"""Build the self-contained application folder (PyInstaller) and, on Linux, the .deb.

``make bundle`` runs this; so does the bundle test when no bundle was built before it.
Usage: ``python packaging/build.py [--dist DIR] [--work DIR] [--no-deb]``. Prints a JSON line:
``{"folder", "deb", "seconds"}``. Exits non-zero (with PyInstaller's log tail) when a step fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(dist: Path, work: Path, deb: bool = True) -> dict[str, str | float | None]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "packaging" / "desk_app.spec")], check=True, cwd=ROOT)
    folder = dist / "desk-app"
    package = None
    if deb and sys.platform.startswith("linux"):
        done = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-deb.sh"),
                               str(dist), str(dist)], check=True, capture_output=True, text=True)
        package = done.stdout.strip().splitlines()[-1]
    return {"folder": str(folder), "deb": package,
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", default=str(ROOT / "dist"))
    p.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    p.add_argument("--no-deb", action="store_true")
    args = p.parse_args()
    try:
        info = build(Path(args.dist), Path(args.work), deb=not args.no_deb)
    except subprocess.CalledProcessError as exc:
        print(f"bundle build failed: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
