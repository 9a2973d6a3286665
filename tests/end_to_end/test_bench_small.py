"""The benchmark command end to end at 10 000 beneficiaries, so it cannot rot.

No timing assertions (CI machines vary): every benchmark row must be in the table with positive,
finite figures, the machine must be described, and targets must be marked where they apply.
"""

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXPECTED = [  # (benchmark, start of the "What" cell)
    ("1 search", "service `registry.search`"),
    ("1 search", "baseline: bare SQLite"),
    ("1 search", "baseline: naive LIKE"),
    ("2 start-up", "sign-in page painted"),
    ("2 start-up", "ready with data, `desk-app gui --smoke --user`"),
    ("2 start-up", "first paint of the window"),
    ("2 start-up", "baseline: bare PySide6 window"),
    ("2 start-up", "baseline: window + SQLAlchemy ORM import"),
    ("3 save", "register beneficiary"),
    ("4 print", "declaration PDF, per document"),
    ("4 print", "declaration PDF, batch of 500"),
    ("5 demo data", "`desk-app demo --beneficiaries 10000`"),
    ("6 memory", "peak RSS of the smoke start"),
    # the desk steps in the real window (issue 23): every one measured, against its floor
    ("7 desk", "sign in: Enter on the password"),
    ("7 desk", "search: one keystroke"),
    ("7 desk", "Enter on a result"),
    ("7 desk", "Ctrl+S on a new beneficiary"),
    ("7 desk", "Ctrl+R → the new request form"),
    ("7 desk", "Ctrl+Return → request saved"),
    ("7 desk", "Space on a document's box"),
    ("7 desk", "declaration button"),
    ("7 desk", "side bar → complaints board"),
    ("7 desk", "side bar → waiting list"),
    ("7 desk", "side bar → a screen already open"),
    ("7 desk", "baseline: static page shown in the same window"),
    ("6 memory", "peak RSS of the desk"),
]
_NUMBER = re.compile(r"^([0-9]+(?:\.[0-9]+)?) (ms|s|MiB)$")


def _value(cell: str) -> float:
    m = _NUMBER.match(cell.strip())
    assert m, f"not a figure: {cell!r}"
    return float(m.group(1))


@pytest.mark.slow
def test_bench_runs_at_10k(tmp_path):
    out = tmp_path / "RESULTS.md"
    kept = "<!-- hand-written:begin -->\n## Measured by hand\n\nkept as it is\n<!-- hand-written:end -->"
    out.write_text(f"# old results\n\n| stale | table |\n\n{kept}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--sizes", "10000", "--repeat", "1", "--desk-runs",
         "2", "--out", str(out),
         "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text.count(kept) == 1 and "stale" not in text  # marked blocks survive a rewrite
    assert text.split(kept)[0] in done.stdout  # the table is printed as well as written
    for key in ("CPU", "Cores", "RAM", "Python", "SQLite", "PySide6"):
        assert f"- {key}: " in text
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in text.splitlines() if line.startswith("| ") and line.count("|") == 12]
    rows = [r for r in rows if r[0] != "Benchmark"]  # the header
    for bench, what in EXPECTED:
        found = [r for r in rows if r[0] == bench and r[2].startswith(what)]
        assert found, f"missing row {bench} / {what}"
        for row in found:
            median, p95 = _value(row[3]), _value(row[4])
            assert 0 < median <= p95 and math.isfinite(p95), row
    ratios = [r for r in rows if r[8] != "–"]
    assert ratios and all(float(r[8].split()[0]) > 0 for r in ratios)
    desk = [r for r in rows if r[0] == "7 desk" and not r[2].startswith("baseline")]
    assert all(r[6].startswith("static page") and float(r[8].split()[0]) > 0 for r in desk)
    assert all(r[5] == "2" for r in desk if "already open" not in r[2])  # 2 rounds each
    marked = [r for r in rows if r[10]]
    assert marked and all(r[10] in ("**met**", "**MISSED**") for r in marked)
