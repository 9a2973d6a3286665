"""Upgrades are atomic, start from a verified backup, and say what they did (issues 16, 11).

Finding 2 of issue 16: a kill -9 during the automatic migration at start left the database half
migrated (`table complaints already exists` at the next start).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desk_app.storage.db import HEAD_REVISION, Database, StorageError, stored_revision
from tests.storage.oldrev import at_revision, build, table_counts

# A child that opens (and so upgrades) the database, and dies like kill -9 right after the
# statement containing ``marker`` ran: the middle of a migration step.
_DIE_AFTER = textwrap.dedent("""
    import os, sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "after_cursor_execute")
    def _die(conn, cursor, statement, *args):
        if sys.argv[2] in statement:
            os._exit(137)

    from desk_app.storage.db import Database
    Database.open("sqlite:///" + sys.argv[1])
    print("finished without dying")
""")


@pytest.mark.parametrize("marker", ["CREATE INDEX ix_complaints_status",
                                    "CREATE TABLE complaint_events"])
def test_upgrade_killed_half_way_leaves_a_database_that_opens(tmp_path, marker):
    path = tmp_path / "desk.sqlite3"
    before = build(path, "0004_surveys")
    done = subprocess.run([sys.executable, "-c", _DIE_AFTER, str(path), marker],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 137, done.stdout + done.stderr
    with sqlite3.connect(path) as conn:  # the kill left the old schema, not half a new one
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            "0004_surveys"
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name='complaints'").fetchone()
    db = Database.open(f"sqlite:///{path}")
    try:
        assert stored_revision(db.read_engine) == HEAD_REVISION
        after = table_counts(db)
        assert {t: after[t] for t in before} == before
    finally:
        db.dispose()


def test_upgrade_makes_a_verified_backup_first_and_says_so(tmp_path, clock):
    path = tmp_path / "desk.sqlite3"
    before = build(path, "0003_documents")
    db = Database.open(f"sqlite:///{path}", clock=clock)
    try:
        notice = db.upgrade_notice
        assert notice is not None
        assert (notice.from_revision, notice.to_revision) == ("0003_documents", HEAD_REVISION)
        saved = Path(notice.backup_path)
        assert saved.parent == tmp_path and saved.name.startswith("desk.sqlite3.before-upgrade-")
        with sqlite3.connect(saved) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
                "0003_documents"
            assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == \
                before["beneficiaries"]
        message = notice.text("ar")
        assert "نسخة احتياطية" in message and saved.name in message
        assert "backup" in notice.text("en")
    finally:
        db.dispose()
    again = Database.open(f"sqlite:///{path}", clock=clock)  # current now: nothing to say
    assert again.upgrade_notice is None
    again.dispose()


def test_a_failed_migration_leaves_the_old_database_and_says_so(tmp_path, monkeypatch):
    path = tmp_path / "desk.sqlite3"
    before = build(path, "0004_surveys")
    from alembic.operations import Operations

    real = Operations.create_table
    calls = {"n": 0}

    def failing(self, name, *cols, **kw):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("simulated migration failure")
        return real(self, name, *cols, **kw)

    monkeypatch.setattr(Operations, "create_table", failing)
    with pytest.raises(StorageError) as err:
        Database.open(f"sqlite:///{path}")
    assert err.value.code == "upgrade_failed"
    monkeypatch.undo()
    old = Database(f"sqlite:///{path}")
    try:
        assert stored_revision(old.read_engine) == "0004_surveys"
        assert table_counts(old) == before
    finally:
        old.dispose()
    assert list(tmp_path.glob("desk.sqlite3.before-upgrade-*"))


def _demo_at(url: str, revision: str, monkeypatch) -> dict[str, int]:  # noqa: ANN001
    """Demo data at an older revision: the generators whose tables existed then."""
    from desk_app.services import demo, demo_requests

    kept = [g for g in demo.GENERATORS if g[0] == "beneficiaries"
            or (g[0] == "surveys" and revision >= "0004")]

    def fill(db: Database) -> None:
        with monkeypatch.context() as m:
            m.setattr(demo, "GENERATORS", kept)
            demo.generate(db, beneficiaries=60, seed=5, progress=None)
        if revision >= "0002":
            demo_requests.generate_requests(db, seed=5, per_beneficiary=0.5, progress=None)

    old = at_revision(url, revision, fill)
    counts = table_counts(old)
    old.dispose()
    return counts


@pytest.mark.parametrize("revision", ["0001_foundation", "0002_requests", "0003_documents",
                                      "0004_surveys"])
def test_each_earlier_revision_with_demo_data_upgrades_with_a_backup(tmp_path, revision,
                                                                     monkeypatch, clock):
    """Issue 11, "upgrades keep data": backup made, data intact, counts equal."""
    path = tmp_path / "desk.sqlite3"
    before = _demo_at(f"sqlite:///{path}", revision, monkeypatch)
    assert before["beneficiaries"] == 60
    db = Database.open(f"sqlite:///{path}", clock=clock)
    try:
        assert db.upgrade_notice and db.upgrade_notice.from_revision == revision
        after = table_counts(db)
        assert {t: after[t] for t in before} == before
        assert set(after) - set(before)  # the newer tables are there too
        with sqlite3.connect(db.upgrade_notice.backup_path) as saved:
            kept = {t: saved.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in before}
            assert kept == before
        with db.read_engine.connect() as conn:
            fts = conn.exec_driver_sql("SELECT count(*) FROM beneficiary_fts").scalar()
            assert fts == before["beneficiaries"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()


def test_the_command_line_says_what_the_upgrade_did(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "desk.sqlite3"
    build(path, "0004_surveys")
    signed_in = {**os.environ, "DESK_APP_USER": "admin", "DESK_APP_PASSWORD": "admin-secret-1"}
    done = subprocess.run([sys.executable, "-m", "desk_app", "--db", str(path), "--lang", "ar",
                           "find", "العتيبي"], capture_output=True, text=True, timeout=120,
                          env=signed_in)
    assert done.returncode == 0, done.stderr
    assert "حُدِّثت قاعدة البيانات" in done.stderr and "before-upgrade-0004_surveys" in done.stderr
    assert done.stdout.count("العتيبي") == 5  # and the data are there
