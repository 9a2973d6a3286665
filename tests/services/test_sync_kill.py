"""A sync of 10,000 changes killed with SIGKILL at random points, then resumed: the branch's
database passes ``integrity_check`` after every kill, and once a sync completes it holds exactly
the head office's data — nothing lost, nothing applied twice (an update applied twice or out of
order would leave an older value behind). Five kills in every run; fifty in the slow run."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from desk_app.domain.entities import Actor
from desk_app.services import sync
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import Contact
from desk_app.storage.sync_tables import SyncChange, SyncPeer
from desk_app.storage.tables import Beneficiary
from tests.services.sync_sites import contents, make_branch, make_head, register

pytestmark = [pytest.mark.sqlite_only,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

CHILD = r'''
import sys
from desk_app.domain.entities import Actor
from desk_app.services import sync, sync_exchange
from desk_app.storage.db import Database
sync_exchange.BATCH = 4  # many small transactions: many places for a kill to land
branch, head = Database.open(sys.argv[1]), Database.open(sys.argv[2])
print("ready", flush=True)
result = sync.sync_with(branch, head, Actor(None, "admin", "admin"))
print("done", result.error, flush=True)
'''


def build_head_changes(head, pid: str, actions: int = 100, per_action: int = 100) -> None:
    """10,000 changes in 100 actions: new contacts, and the person's notes rewritten each time
    (a later value must win)."""
    for a in range(actions):
        with head.db.action(head.admin, "test.contacts") as s:
            for i in range(per_action - 1):
                s.add(Contact(beneficiary_id=pid, channel_code="phone", kind="call",
                              summary=f"مكالمة {a}-{i}", at=head.db.clock(),
                              recorded_by="admin"))
            s.get(Beneficiary, pid).notes = f"ملاحظة {a}"


def sound(path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def sync_seconds(tmp_path, head_path, branch_path, clock) -> float:
    """How long the uninterrupted sync takes here, timed on copies of both databases."""
    from desk_app.services import sync_exchange

    copies = []
    for path in (head_path, branch_path):
        copy = tmp_path / f"probe-{path.name}"
        with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        copies.append(Database.open(f"sqlite:///{copy}", clock=clock))
    batch, sync_exchange.BATCH = sync_exchange.BATCH, 4  # as the child does
    try:
        started = time.perf_counter()
        sync.sync_with(copies[1], copies[0], Actor(None, "admin", "admin"))
        return time.perf_counter() - started
    finally:
        sync_exchange.BATCH = batch
        for db in copies:
            db.dispose()


def campaign(tmp_path, clock, kills: int) -> None:
    head_path, branch_path = tmp_path / "head.sqlite3", tmp_path / "jed.sqlite3"
    head = make_head(f"sqlite:///{head_path}", clock)
    branch = make_branch(head, f"sqlite:///{branch_path}", "JED", clock)
    pid = register(head, 1)
    sync.sync_with(branch.db, head.db, branch.admin)  # seeded before the campaign
    build_head_changes(head, pid)
    branch.db.dispose()
    # Kill at random points within the time the whole sync takes on this machine (measured on
    # copies), spread so that the kills together let through about 80% of it: with a fixed
    # 0–2 s an idle machine finished the sync early and the later kills found nothing to stop.
    bound = 1.6 * sync_seconds(tmp_path, head_path, branch_path, clock) / kills
    rng, landed = random.Random(14), 0
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", CHILD, f"sqlite:///{branch_path}",
                                  f"sqlite:///{head_path}"], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, bound))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            landed += 1
        child.wait()
        sound(branch_path)
    print(f"{landed} of {kills} kills landed during the sync")
    assert landed >= kills // 2
    branch = type(branch)(branch.code, Database.open(f"sqlite:///{branch_path}", clock=clock),
                          branch.admin)
    try:
        result = sync.sync_with(branch.db, head.db, Actor(None, "admin", "admin"))
        assert result.error == ""
        assert contents(branch) == contents(head)
        with branch.db.read() as s:
            assert s.scalar(select(func.count()).select_from(Contact)) == 9_900
            received = s.get(SyncPeer, "HQ").received
        with head.db.read() as s:
            assert received == s.scalar(select(func.max(SyncChange.pos)))
        sound(branch_path)
    finally:
        branch.db.dispose()
        head.db.dispose()


def test_five_kills_during_a_sync_of_ten_thousand_changes(tmp_path, clock):
    campaign(tmp_path, clock, 5)


@pytest.mark.slow
def test_fifty_kills_during_a_sync_of_ten_thousand_changes(tmp_path, clock):
    campaign(tmp_path, clock, 50)
