"""A fork server for the kill -9 campaign: one process of this interpreter imports the
application once, then forks a child per run, so a kill costs milliseconds, not a Python
start-up. The test kills the child with SIGKILL by its pid; the server reaps it.

Jobs (run in the child, output to the given file, one line per acknowledged record):
``intake URL BASE``, ``upgrade URL``, ``restore URL BACKUP``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SERVER = r'''
import json, os, sys, traceback
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import backup, registry
from desk_app.storage import db as db_module, sqlite_check
from desk_app.storage.db import HEAD_REVISION, Database
import alembic.command  # noqa: F401 - imported once, here, not in every child
sqlite_check.reference_schema(HEAD_REVISION)

def intake(url, base):
    db = Database.open(url)
    actor = Actor(None, "campaign")
    print("ready", flush=True)
    for i in range(int(base), int(base) + 100_000):
        form = BeneficiaryForm(first_name="مشاري", father_name="سعد", grandfather_name="ناصر",
                               family_name="الحارثي", gender="male", mobile=f"05{i % 10**8:08d}",
                               id_number=make_saudi_id(1, f"{i % 10**8:08d}"),
                               birth_date=f"{1 + i % 28:02d}/0{1 + i % 9}/1985")
        s = registry.register(db, actor, form, branch_code="RYD", confirm_duplicates=True)
        print(s.id_number, flush=True)

def upgrade(url):
    print("ready", flush=True)
    Database.open(url).dispose()
    print("done", flush=True)

def restore(url, saved):
    print("ready", flush=True)
    backup.restore(url, saved)
    print("done", flush=True)

JOBS = {"intake": intake, "upgrade": upgrade, "restore": restore}
print("ready", flush=True)
for line in sys.stdin:
    cmd = json.loads(line)
    if "wait" in cmd:
        _pid, status = os.waitpid(cmd["wait"], 0)
        print(status, flush=True)
        continue
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            sys.stdout = open(cmd["out"], "w", buffering=1, encoding="utf-8")
            JOBS[cmd["job"]](*cmd["args"])
        except BaseException:
            traceback.print_exc(file=sys.stdout)
            code = 1
        finally:
            sys.stdout.flush()
            os._exit(code)
    print(pid, flush=True)
'''


class ForkServer:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def _ask(self, cmd: dict) -> str:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def run_and_kill(self, job: str, args: list[str], out: Path, after: float) -> list[str]:
        """Start ``job``; once it says ready, wait ``after`` seconds and SIGKILL it (unless it
        ended); returns its complete output lines after "ready"."""
        out.write_text("")
        pid = int(self._ask({"job": job, "args": args, "out": str(out)}))
        deadline = time.monotonic() + 60
        while not out.read_text(encoding="utf-8").startswith("ready\n"):
            assert time.monotonic() < deadline, out.read_text(encoding="utf-8")
            time.sleep(0.005)
        until = time.monotonic() + after
        while time.monotonic() < until and "\ndone\n" not in out.read_text(encoding="utf-8"):
            time.sleep(0.002)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._ask({"wait": pid})
        lines = out.read_text(encoding="utf-8").split("\n")[1:-1]  # the last may be cut
        assert not any(line.startswith("Traceback") for line in lines), "\n".join(lines)
        return lines

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
