"""Restore checks what is inside a backup, not its version stamp (issue 16, finding 3).

On main each of these was accepted: a foreign file stamped with our revision, our backup with
the search index dropped (the app could no longer start), one carrying a trigger that wipes the
audit log, and one with an audit row edited after it was made (backups had no checksum).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.services import backup, demo
from desk_app.storage.db import HEAD_REVISION

# The SQLite file itself: its leases, its replacement (PostgreSQL restores with pg_restore).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def saved(db, tmp_path) -> Path:
    demo.generate(db, beneficiaries=40, seed=2, progress=None)
    path = Path(backup.backup(db, tmp_path / "good.sqlite3")["path"])
    db.dispose()
    return path


def _manifest_for(path: Path) -> None:
    """A manifest that matches the file: what someone tampering with a backup can write."""
    data = path.read_bytes()
    (path.parent / f"{path.name}.manifest.json").write_text(json.dumps({
        "format": 1, "revision": HEAD_REVISION, "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest()}))


def _tampered(saved: Path, name: str, *sql: str, manifest: bool = True) -> Path:
    path = saved.parent / name
    shutil.copyfile(saved, path)
    with sqlite3.connect(path) as conn:
        for statement in sql:
            conn.execute(statement)
    conn.close()
    if manifest:
        _manifest_for(path)
    return path


def _foreign_stamped(saved: Path) -> Path:
    path = saved.parent / "foreign.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute(f"INSERT INTO alembic_version VALUES ('{HEAD_REVISION}')")
        conn.execute("CREATE TABLE beneficiaries (id TEXT)")
    conn.close()
    _manifest_for(path)
    return path


CASES = {
    "foreign_stamped": _foreign_stamped,
    "fts_dropped": lambda s: _tampered(s, "nofts.sqlite3", "DROP TABLE beneficiary_fts"),
    "audit_wiping_trigger": lambda s: _tampered(
        s, "trigger.sqlite3", "CREATE TRIGGER wipe AFTER INSERT ON beneficiaries BEGIN "
        "DELETE FROM audit_events; END"),
    "fts_out_of_step": lambda s: _tampered(
        s, "stale.sqlite3", "DELETE FROM beneficiary_fts WHERE rowid IN "
        "(SELECT rowid FROM beneficiary_fts LIMIT 3)"),
    "audit_row_edited": lambda s: _tampered(
        s, "edited.sqlite3", "UPDATE audit_events SET actor_name = 'someone else' "
        "WHERE rowid = (SELECT min(rowid) FROM audit_events)", manifest=False),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_restore_refuses_a_backup_whose_content_is_not_ours(saved, db, tmp_path, case):
    bad = CASES[case](saved)
    original = saved.parent / f"{saved.name}.manifest.json"
    if case == "audit_row_edited" and original.exists():  # the original's, beside the edit
        shutil.copyfile(original, bad.parent / f"{bad.name}.manifest.json")
    live = Path(db.url.removeprefix("sqlite:///"))
    before = live.read_bytes()
    with pytest.raises(backup.BackupError) as err:
        backup.restore(db.url, bad)
    assert live.read_bytes() == before
    print(case, "→", err.value)


def test_a_backup_carries_a_manifest_that_restore_checks(saved, db):
    manifest = json.loads((saved.parent / f"{saved.name}.manifest.json").read_text())
    assert manifest["sha256"] == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert manifest["revision"] == HEAD_REVISION and manifest["counts"]["beneficiaries"] == 40
    assert backup.restore(db.url, saved)["verified"] == "manifest"


def test_a_backup_without_manifest_needs_to_be_allowed(saved, db):
    (saved.parent / f"{saved.name}.manifest.json").unlink()
    with pytest.raises(backup.BackupError, match="manifest"):
        backup.restore(db.url, saved)
    assert backup.restore(db.url, saved, allow_without_manifest=True)["verified"] == "content"
