"""The office-server benchmark end to end on a small registry, so it cannot rot: its block is
written into (and only into) its place in the results file, search meant the same on both
engines, and four desks writing at once got no error and no duplicate or missing number.
No timing assertions (CI machines vary)."""

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_server_small_run_writes_its_block(tmp_path):
    out = tmp_path / "RESULTS.md"
    out.write_text("# Results\n\nthe other benchmarks\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bench.server", "--size", "2000", "--repeat",
                           "1", "--seconds", "3", "--out", str(out), "--data-dir",
                           str(tmp_path / "data")], cwd=REPO, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Results\n\nthe other benchmarks\n")
    assert text.count("<!-- office-server:begin -->") == 1
    assert "returned the same rows on both engines: yes" in text
    rows = re.findall(r"^\| (PostgreSQL, 4 desks|SQLite, 4 desks|SQLite, 1 desk) \| (\d+) .*"
                      r"\| (\d+) \| (\d+) / (\d+) \|$", text, re.M)
    assert [r[0] for r in rows] == ["PostgreSQL, 4 desks", "SQLite, 4 desks", "SQLite, 1 desk"]
    for _label, saves, errors, duplicates, missing in rows:
        assert int(saves) > 0 and (errors, duplicates, missing) == ("0", "0", "0")
    assert re.search(r"migrate-to` of the 2k demo registry: [\d,]+ rows", text)
