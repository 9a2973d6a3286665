"""The office-server benchmark end to end on a small registry, so it cannot rot: its block is
written into (and only into) its place in the results file, search meant the same on both
engines, and four desks writing at once got no error and no duplicate or missing number.
No timing assertions (CI machines vary)."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.pg_server import PostgresServer, _bin_dir

REPO = Path(__file__).resolve().parents[2]


def _bench(tmp_path: Path, server_dir: Path, *args: str) -> str:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run([sys.executable, "-m", "bench.server", "--size", "2000", "--repeat",
                           "1", "--seconds", "3", "--out", str(out), "--data-dir",
                           str(tmp_path / "data"), "--server-dir", str(server_dir), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return out.read_text(encoding="utf-8")


def test_bench_server_small_run_writes_its_block(tmp_path):
    (tmp_path / "RESULTS.md").write_text("# Results\n\nthe other benchmarks\n", encoding="utf-8")
    # outside pytest's folder, which the server's own user may not enter
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="bench-pg-")), _bin_dir())
    try:
        _check(server, _bench(tmp_path, server.root), starts=1)
        # the kept server (stopped meanwhile) and its registry, untouched by the writers, serve
        # a later search alone; the block keeps the figures of the steps not run again
        server.stop()
        _check(server, _bench(tmp_path, server.root, "--steps", "search"), starts=2)
    finally:
        server.destroy()


def _check(server: PostgresServer, text: str, starts: int) -> None:
    assert text.startswith("# Results\n\nthe other benchmarks\n")
    assert text.count("<!-- office-server:begin -->") == 1
    assert "returned the same rows on both engines: yes" in text
    rows = re.findall(r"^\| (PostgreSQL, 4 desks|SQLite, 4 desks|SQLite, 1 desk) \| (\d+) .*"
                      r"\| (\d+) \| (\d+) / (\d+) \|$", text, re.M)
    assert [r[0] for r in rows] == ["PostgreSQL, 4 desks", "SQLite, 4 desks", "SQLite, 1 desk"]
    for _label, saves, errors, duplicates, missing in rows:
        assert int(saves) > 0 and (errors, duplicates, missing) == ("0", "0", "0")
    assert re.search(r"migrate-to` of the 2k demo registry: [\d,]+ rows", text)
    log = (server.root / "server.log").read_text(errors="replace")
    assert log.count("database system is ready to accept connections") == starts
