"""bench/worklists.py end to end on a small demo database, so it cannot rot.

No timing assertions: every case of the table is there with a time in milliseconds and the
totals the service gave, and the plans of the list's opening read the open-request indexes
(no temporary sort of every open request)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MS = re.compile(r"^[0-9]+\.[0-9] ms$")


@pytest.mark.slow
def test_worklists_bench_runs(tmp_path):
    out = tmp_path / "WORKLISTS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench.worklists", "--size", "2000", "--repeat", "1", "--out",
         str(out), "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    rows = [[c.strip() for c in line.strip("|").split("|")]
            for line in text.splitlines()
            if line.startswith("| ") and not line.startswith("| what")]
    names = [r[0] for r in rows]
    assert names[0] == "opens: first page and counts" and len(rows) == 9
    assert "my work (researcher)" in names and "page 100 of the whole list" in names
    for row in rows:
        assert MS.match(row[2]) and MS.match(row[3]), row
    shown, total = rows[0][1].split(" / ")
    assert int(shown) == 50 and int(total.replace(",", "")) > 50
    plans = text.split("## SQL of the list opening")[1]
    assert "ix_service_requests_open_status" in plans and "ix_service_requests_open_due" in plans
    assert "TEMP B-TREE FOR ORDER BY" not in plans.split("FROM service_requests JOIN")[0]
