"""Backup and restore on the office server: pg_dump → pg_restore round trip, refusals that leave
the live database as it was, and a safety dump taken before every restore."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desk_app.services import backup, demo, registry
from desk_app.storage.db import HEAD_REVISION, Database


@pytest.fixture
def office(pg_url):
    db = Database.open(pg_url)
    demo.generate(db, beneficiaries=200, seed=9, progress=None)
    yield db
    db.dispose()


def _people(db: Database) -> list[str]:
    return [r.file_number for r in registry.search(db, "", page_size=10_000).rows]


def test_backup_then_restore_brings_back_exactly_what_was_saved(office, tmp_path):
    before = _people(office)
    info = backup.backup(office, tmp_path)
    assert info["integrity"] == "ok" and info["bytes"] > 0 and info["path"].endswith(".dump")
    demo.generate(office, beneficiaries=15, seed=2, progress=None)  # after the backup
    assert len(_people(office)) == len(before) + 15
    result = backup.restore(office.url, info["path"])
    assert result["revision"] == HEAD_REVISION and result["safety_copy"]
    office.dispose()  # pooled connections saw the old tables
    assert _people(office) == before
    assert registry.search(office, "عبدالله").rows  # the name index came back with the data
    with office.read() as s:  # and the statistics the name search chooses its way by
        assert s.execute(text("SELECT count(*) FROM pg_stats WHERE tablename = 'beneficiaries' "
                              "AND attname = 'name_prefixes'")).scalar() == 1
    # the safety dump holds the state just before the restore, and restores too
    backup.restore(office.url, result["safety_copy"])
    office.dispose()
    assert len(_people(office)) == len(before) + 15


def test_restore_into_another_empty_database(office, pg_server, tmp_path):
    info = backup.backup(office, tmp_path / "office.dump")
    other = pg_server.url(pg_server.create_database())  # empty: not even migrated
    backup.restore(other, info["path"])
    copy = Database.open(other)
    try:
        assert _people(copy) == _people(office)
    finally:
        copy.dispose()


@pytest.mark.parametrize("kind", ["missing", "text", "sqlite"])
def test_refused_restores_leave_the_live_database_unchanged(office, tmp_path, kind):
    before = _people(office)
    bad = tmp_path / "bad.dump"
    if kind == "text":
        bad.write_text("not a backup at all")
    elif kind == "sqlite":
        sqlite3.connect(bad).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(backup.BackupError):
        backup.restore(office.url, bad)
    assert _people(office) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_backup_to_a_missing_folder_is_refused(office, tmp_path):
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.backup(office, tmp_path / "nowhere" / "x.dump")
