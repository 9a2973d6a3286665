"""bench/sync.py end to end on a small demo head office, so it cannot rot.

No timing assertions: every row is there with a figure and a floor, the seed brings the whole
registry (every beneficiary of the demo arrives at the new branch), and the changes made at each
end travel (100 actions each way)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sync_bench_runs(tmp_path):
    out = tmp_path / "SYNC.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench.sync", "--size", "300", "--changes", "500",
         "--out", str(out), "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    rows = {r[0]: r[1:] for r in ([c.strip() for c in line.strip("|").split("|")]
                                  for line in text.splitlines() if line.startswith("| "))}
    seed = rows["seed a new branch with the registry (first `sync_with`)"]
    assert re.match(r"^[0-9.]+ s$", seed[0]) and re.match(r"^[0-9.]+ s$", seed[1])
    # the 100 actions of changes, and the record of the sync before (with what it listed)
    sent = rows["500 changes up (branch → head office)"][3]
    assert sent.endswith(" actions sent") and 100 < int(sent.split()[0]) < 110, sent
    assert rows["500 changes down (head office → branch)"][3].endswith(" actions received")
    assert all(re.match(r"^[0-9]+ MB$", r[4]) for r in rows.values() if r[4] != "---"
               and not r[4].startswith("peak"))
