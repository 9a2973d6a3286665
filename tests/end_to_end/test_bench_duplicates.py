"""bench/duplicates.py end to end on a small demo database, so it cannot rot.

No timing assertions: every row is there with a figure, and the newcomers it plants are all
listed — half definite (same ID), half likely (a spelling variant with the same birth date).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_duplicates_bench_runs(tmp_path):
    out = tmp_path / "DUPLICATES.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench.duplicates", "--size", "2000", "--newcomers", "40",
         "--out", str(out), "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    rows = {r[0]: r[1:] for r in ([c.strip() for c in line.strip("|").split("|")]
                                  for line in text.splitlines() if line.startswith("| "))}
    assert rows["`check_newcomers` (40 files after a sync)"][3] == "40 pairs listed"
    for name in ("`find_all` first run (whole registry)",
                 "`find_all` again (nothing new; median of 2)"):
        assert re.match(r"^[0-9.]+ s$", rows[name][0]), rows[name]
    assert "Open pairs after both: 40 (20 definite)." in text
