"""The private test server cleans up after test sessions that died without their teardown
(a crashed or killed pytest), and only after those."""

import subprocess
import sys
import time

from tests.pg_server import OWNER_FILE, _alive, start_server, sweep_orphans


def test_servers_of_dead_sessions_are_stopped_and_removed_live_ones_kept():
    orphan, live = start_server(), start_server()
    try:
        postmaster = int((orphan.data_dir / "postmaster.pid").read_text().split()[0])
        gone = subprocess.Popen([sys.executable, "-c", "pass"])
        gone.wait()
        (orphan.root / OWNER_FILE).write_text(str(gone.pid))
        removed = sweep_orphans()
        assert orphan.root in removed and not orphan.root.exists()
        deadline = time.monotonic() + 10
        while _alive(postmaster) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(postmaster)
        assert live.root not in removed and live.running()  # its owner (this process) lives
    finally:
        orphan.destroy()
        live.destroy()
