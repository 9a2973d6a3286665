"""bench/reports.py end to end on a small demo database, so it cannot rot.

No timing assertions: every row of the table is there with finite figures, and the SQL plans of
the dashboard's first load are printed (each an index range; counts from the figures kept per day).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.domain import report_figures as rf

REPO = Path(__file__).resolve().parents[2]
SECONDS = re.compile(r"^[0-9]+\.[0-9]{2} s$")


@pytest.mark.slow
def test_reports_bench_runs(tmp_path):
    out = tmp_path / "REPORTS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench.reports", "--size", "2000", "--repeat", "1", "--out",
         str(out), "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    rows = {r[0]: r[1:] for r in ([c.strip() for c in line.strip("|").split("|")]
                                  for line in text.splitlines() if line.startswith("| "))}
    wanted = ["dashboard opens: this month's figures",
              "dashboard, then: this year's figures and charts"]
    wanted += [f"{n}: {w}" for n in rf.REPORTS for w in ("figures and tables (JSON)",
                                                          "+ PDF (render)")]
    for name in wanted:
        assert SECONDS.match(rows[name][0]), (name, rows[name])
    assert any(k.startswith("board: workbook, ") for k in rows)
    plans = text.split("## SQL of the dashboard")[1]
    assert "ix_service_requests_received_at" in plans
    # the counts are read from the figures kept per day (migration 0030), by their key
    assert "SEARCH report_day_counts USING INDEX sqlite_autoindex_report_day_counts_1 " \
           "(figure=? AND day>? AND day<?)" in plans
    assert "beneficiaries" not in plans  # not one row of the registry is read
    assert "SCAN service_requests\n" not in plans
