"""The kill -9 campaign of issue 16: 50 kills during intake, 50 during upgrade, 20 during
restore. After every kill the database opens, passes ``integrity_check``, and holds every record
the killed desk had acknowledged; after an interrupted upgrade or restore it holds exactly the
old or the new content, never a mix.

Children are real processes of this interpreter (forked from a server that imported the
application once, see ``forkserver.py``), killed with SIGKILL at a random instant (a seeded
generator picks it; where it lands is counted and printed).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from desk_app.storage.db import HEAD_REVISION, Database
from tests.storage.forkserver import ForkServer
from tests.storage.oldrev import build, table_counts

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

@pytest.fixture(scope="module")
def server():
    fork_server = ForkServer()
    yield fork_server
    fork_server.close()


def _sound(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_fifty_kills_during_intake_lose_nothing_acknowledged(tmp_path, server):
    from desk_app.services import installation

    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = Database.open(url)
    installation.initialise(db, preset_key=None, branch_code="RYD", admin_username="admin",
                            admin_password="admin-secret-1", admin_full_name="مدير")
    db.dispose()
    rng, acknowledged = random.Random(16), set()
    for kill in range(50):
        acknowledged |= set(server.run_and_kill("intake", [url, str(10_000_000 + kill * 100_000)],
                                                tmp_path / "out.txt", rng.uniform(0.05, 0.8)))
        db = Database.open(url)  # 0 unopenable
        try:
            with db.read_engine.connect() as conn:
                stored = {r[0] for r in conn.exec_driver_sql("SELECT id_number FROM beneficiaries")}
                fts = conn.exec_driver_sql("SELECT count(*) FROM beneficiary_fts").scalar()
                audit = conn.exec_driver_sql("SELECT count(*) FROM audit_events "
                                             "WHERE action = 'beneficiary.create'").scalar()
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            db.dispose()
        assert acknowledged <= stored, f"kill {kill}: lost {sorted(acknowledged - stored)[:5]}"
        assert fts == len(stored) == audit  # one index entry and one audit event per person
    print(f"intake: 50 kills, {len(acknowledged)} acknowledged, {len(stored)} stored, 0 lost")
    assert len(acknowledged) > 100


def test_fifty_kills_during_upgrade_leave_old_or_new_never_half(tmp_path, server):
    template = tmp_path / "template.sqlite3"
    before = build(template, "0004_surveys")
    path = tmp_path / "desk.sqlite3"
    rng, landed = random.Random(11), {"old": 0, "new": 0}
    span = _upgrade_span(server, template, path)
    for kill in range(50):
        for p in tmp_path.glob("desk.sqlite3*"):
            p.unlink() if p.is_file() else shutil.rmtree(p)
        shutil.copyfile(template, path)
        server.run_and_kill("upgrade", [f"sqlite:///{path}"], tmp_path / "out.txt",
                            rng.uniform(0, span))
        with sqlite3.connect(path) as conn:
            stamp = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        conn.close()
        landed["new" if stamp == HEAD_REVISION else "old"] += 1
        assert stamp in ("0004_surveys", HEAD_REVISION)
        if stamp != HEAD_REVISION:  # the old schema, whole: no table of the new one yet
            with sqlite3.connect(path) as conn:
                assert not conn.execute("SELECT 1 FROM sqlite_master "
                                        "WHERE name='complaints'").fetchone()
            conn.close()
        db = Database.open(f"sqlite:///{path}")  # 0 unopenable: upgrades (again) if need be
        try:
            after = table_counts(db)
        finally:
            db.dispose()
        assert {t: after[t] for t in before} == before, f"kill {kill}"
        _sound(path)
        assert not list(tmp_path.glob("*.partial"))  # cleaned at the start that followed
    print(f"upgrade: 50 kills within {span:.2f} s of the start; killed before the commit "
          f"{landed['old']}, after {landed['new']}; 0 unopenable, 0 corrupt, 0 rows lost")
    assert landed["old"] >= 10


def _upgrade_span(server: ForkServer, template: Path, path: Path) -> float:
    """How long an upgrade takes from the child's "ready": the window the kills fall in."""
    shutil.copyfile(template, path)
    started = time.perf_counter()
    assert server.run_and_kill("upgrade", [f"sqlite:///{path}"], path.with_name("out.txt"),
                               30) == ["done"]
    return (time.perf_counter() - started) * 1.1


def test_twenty_kills_during_restore_leave_one_whole_database(tmp_path, server):
    from desk_app.services import backup, demo

    live = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{live}"
    db = Database.open(url)
    demo.generate(db, beneficiaries=300, seed=3, progress=None)
    saved = Path(backup.backup(db, tmp_path / "saved.sqlite3")["path"])
    demo.generate(db, beneficiaries=200, seed=4, progress=None)  # live moves on: 500
    db.dispose()
    template = tmp_path / "live-template.sqlite3"
    shutil.copyfile(live, template)
    for side in ("-wal", "-shm"):
        Path(f"{live}{side}").exists() and shutil.copyfile(f"{live}{side}", f"{template}{side}")
    rng, landed = random.Random(20), {300: 0, 500: 0}
    span = 0.0
    for kill in range(-1, 20):  # the first run is not killed: it measures how long one takes
        for p in tmp_path.glob("desk.sqlite3*"):
            p.unlink() if p.is_file() else shutil.rmtree(p)
        for side in ("", "-wal", "-shm"):
            if Path(f"{template}{side}").exists():
                shutil.copyfile(f"{template}{side}", f"{live}{side}")
        started = time.perf_counter()
        server.run_and_kill("restore", [url, str(saved)], tmp_path / "out.txt",
                            rng.uniform(0, span) if kill >= 0 else 60)
        span = span or (time.perf_counter() - started) * 1.1
        db = Database.open(url)
        try:
            people = table_counts(db)["beneficiaries"]
        finally:
            db.dispose()
        assert people in landed, f"kill {kill}: {people} people"
        landed[people] += kill >= 0
        _sound(live)
        assert not list(tmp_path.glob("desk.sqlite3.restore-*"))
    print(f"restore: 20 kills within {span:.2f} s; the old database whole {landed[500]}, the backup whole "
          f"{landed[300]}; 0 unopenable, 0 corrupt, 0 mixed")
