"""Encryption at rest (issue 19): the SQLite file, its scans and archived PDFs, and its backups
cannot be read without the key; everything keeps working on the encrypted file.

SQLite only by nature: an office server is protected by the server and TLS.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk_app.domain.entities import Actor
from desk_app.services import (
    autobackup,
    backup,
    demo,
    demo_requests,
    documents,
    encryption,
    registry,
    request_views,
)
from desk_app.services import requests as request_service
from desk_app.storage import cipher, desk_lease
from desk_app.storage.db import Database, StorageError
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff
from tests.documents import samples

pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "نخلة-الأحساء-1448"
SCAN = b"\x89PNG\r\n\x1a\n" + b"SCAN-OF-AN-ID-CARD " * 300
ARCHIVED = b"%PDF-1.4 ARCHIVED-DECLARATION " * 200
NOW = datetime(2026, 11, 22, 9, 30)


def _admin(db: Database) -> Actor:
    with db.read() as s:
        row = s.scalar(select(Staff).where(Staff.username == "admin"))
        return Actor(row.id, row.username, row.role, row.full_name)


@pytest.fixture
def plain(tmp_path, clock) -> Path:
    """A plain desk database: demo people and requests, a scan and an archived declaration."""
    path = tmp_path / "office" / "desk.sqlite3"
    db = Database.open(f"sqlite:///{path}", clock=clock)
    demo.generate(db, beneficiaries=120, seed=4, progress=None)
    demo_requests.generate_requests(db, seed=4, per_beneficiary=0.3, progress=None)
    admin = _admin(db)
    with db.read() as s:
        request_id = s.scalar(select(ServiceRequest.id).where(
            ServiceRequest.status.in_(("received", "incomplete"))).limit(1))
    scan = tmp_path / "id-card.png"
    scan.write_bytes(SCAN)
    code = request_views.get(db, request_id).checklist[0].document_code
    request_service.attach_scan(db, admin, request_id, code, scan)
    scan.unlink()
    documents.issue(db, admin, "declaration", lambda v: ARCHIVED,
                    number=samples.declaration().request.number, title="إقرار",
                    subject_name="س")
    db.dispose()
    return path


def _someone(url: str, clock) -> tuple[str, str]:  # noqa: ANN001
    db = Database.open(url, clock=clock)
    try:
        with db.read() as s:
            b = s.scalar(select(Beneficiary).order_by(Beneficiary.seq).limit(1))
            return b.id_number, b.first_name
    finally:
        db.dispose()


@pytest.fixture
def encrypted(plain, clock) -> Path:
    encryption.encrypt(f"sqlite:///{plain}", PASSPHRASE, NOW)
    return plain


def _unreadable_by_stock_sqlite(path: Path) -> None:
    """The stock sqlite3 tool and Python's sqlite3 both refuse the file."""
    done = subprocess.run(["sqlite3", str(path), "SELECT count(*) FROM beneficiaries;"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "file is not a database" in done.stderr, done
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_a_copied_database_cannot_be_read_without_the_key(plain, tmp_path, clock):
    url = f"sqlite:///{plain}"
    id_number, first_name = _someone(url, clock)
    raw = plain.read_bytes()
    assert id_number.encode() in raw and SCAN[:60] in raw and ARCHIVED[:60] in raw  # plain now
    done = encryption.encrypt(url, PASSPHRASE, NOW)
    assert done.rows > 120 and Path(done.backup).is_file()

    stolen = tmp_path / "usb" / "desk.sqlite3"
    stolen.parent.mkdir()
    shutil.copyfile(plain, stolen)
    _unreadable_by_stock_sqlite(stolen)
    data = stolen.read_bytes()
    for secret in (id_number.encode(), first_name.encode(), SCAN[20:80], ARCHIVED[:60],
                   b"SQLite format 3"):
        assert secret not in data
    # the verified backup made before converting is encrypted too, and no plain bytes are left
    _unreadable_by_stock_sqlite(Path(done.backup))
    assert sorted(p.name for p in plain.parent.iterdir() if ".plain-" in p.name) == []
    for other in plain.parent.iterdir():
        if other.is_file():
            assert id_number.encode() not in other.read_bytes(), other

    # with the key: the desk works, search (FTS) included
    cipher.forget(plain)
    with pytest.raises(StorageError) as locked:
        Database.open(url, clock=clock)
    assert locked.value.code == "key_needed"
    with pytest.raises(encryption.WrongKey):
        encryption.unlock(url, "not the passphrase")
    encryption.unlock(url, PASSPHRASE)
    db = Database.open(url, clock=clock)
    try:
        assert id_number in [r.id_number for r in registry.search(db, id_number).rows]
        assert registry.search(db, first_name).rows
        with db.read() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar() == 120
    finally:
        db.dispose()


def test_backup_is_encrypted_authenticated_and_restore_asks_for_the_key(encrypted, tmp_path,
                                                                         clock):
    url = f"sqlite:///{encrypted}"
    db = Database.open(url, clock=clock)
    info = backup.backup(db, tmp_path / "b.sqlite3")
    db.dispose()
    copy = Path(info["path"])
    _unreadable_by_stock_sqlite(copy)
    meta = json.loads(Path(f"{copy}.manifest.json").read_text())
    assert meta["encryption"]["kdf"] == "argon2id" and len(meta["mac"]) == 64
    assert cipher.key_for(encrypted).hex() not in json.dumps(meta)

    key = cipher.key_for(encrypted)
    cipher.forget(encrypted)  # another PC: nothing unlocked here
    with pytest.raises(backup.KeyNeeded):
        backup.restore(url, copy)
    assert cipher.unlock(meta["encryption"], PASSPHRASE) == key  # the passphrase opens it
    other_key, _meta = cipher.new_key("another office's phrase")
    live = hashlib.sha256(encrypted.read_bytes()).hexdigest()
    with pytest.raises(backup.WrongKey):
        backup.restore(url, copy, key=other_key)
    assert hashlib.sha256(encrypted.read_bytes()).hexdigest() == live
    assert not list(encrypted.parent.glob("*.before-restore-*"))

    # a manifest rewritten by someone without the key (counts changed, checksum recomputed)
    forged = dict(meta, counts={**meta["counts"], "beneficiaries": 1})
    Path(f"{copy}.manifest.json").write_text(json.dumps(forged))
    with pytest.raises(backup.BackupError, match="authentication"):
        backup.restore(url, copy, key=key)
    Path(f"{copy}.manifest.json").write_text(json.dumps(meta))

    done = backup.restore(url, copy, key=key)
    assert done["encrypted"] and done["verified"] == "manifest"
    _unreadable_by_stock_sqlite(Path(done["safety_copy"]))
    db = Database.open(url, clock=clock)
    try:
        assert len(registry.search(db, "محمد").rows) > 0
    finally:
        db.dispose()


def test_automatic_backups_rotation_and_drill_on_the_encrypted_database(encrypted, tmp_path,
                                                                          clock):
    db = Database.open(f"sqlite:///{encrypted}", clock=clock)
    try:
        plan = autobackup.plan_for(None, tmp_path / "auto")
        outcome = autobackup.run(db, plan)
    finally:
        db.dispose()
    _unreadable_by_stock_sqlite(Path(outcome.path))
    report = autobackup.drill(plan, scratch=tmp_path, clock=clock)
    assert report.counts["beneficiaries"] == 120 and report.matches_manifest
    # The daily full check runs in a child process: the key reaches it on its standard input.
    assert autobackup.full_check.run_if_due(plan.folder, clock()) == Path(outcome.path)
    assert autobackup.full_check.passed(plan.folder)


def test_a_damaged_page_is_caught_by_the_backup_check(encrypted, tmp_path, clock):
    db = Database.open(f"sqlite:///{encrypted}", clock=clock)
    try:
        plan = autobackup.plan_for(None, tmp_path / "auto")

        def flip(path: Path) -> None:  # one byte of ciphertext in the middle of the file
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0xFF
            path.write_bytes(bytes(data))
            Path(f"{path}.manifest.json").write_text(json.dumps(dict(
                json.loads(Path(f"{path}.manifest.json").read_text()),
                sha256=hashlib.sha256(bytes(data)).hexdigest())))

        with pytest.raises(backup.BackupError):
            autobackup.run(db, plan, after_write=flip)
    finally:
        db.dispose()
    assert list((tmp_path / "auto").glob("*.damaged"))


def test_encrypting_refuses_while_another_desk_has_it_open(plain, clock):
    url = f"sqlite:///{plain}"
    before = hashlib.sha256(plain.read_bytes()).hexdigest()
    other = Database.open(url, clock=clock)
    try:
        with pytest.raises(encryption.EncryptError) as refused:
            encryption.encrypt(url, PASSPHRASE, NOW)
        assert refused.value.code == "in_use"
    finally:
        other.dispose()
    assert hashlib.sha256(plain.read_bytes()).hexdigest() == before
    assert encryption.state(url) == encryption.PLAIN
    with pytest.raises(encryption.EncryptError) as short:
        encryption.encrypt(url, "short", NOW)
    assert short.value.code == "short"


def test_an_older_schema_is_upgraded_through_sqlcipher(tmp_path, clock):
    from tests.storage.oldrev import at_revision

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = at_revision(url, "0005_complaints", lambda db: demo.generate(
        db, beneficiaries=30, seed=2, progress=None))
    old.dispose()
    encryption.encrypt(url, PASSPHRASE, NOW)
    db = Database.open(url, clock=clock)
    try:
        assert db.upgrade_notice is not None
        saved = Path(db.upgrade_notice.backup_path)
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM beneficiaries")).scalar() == 30
    finally:
        db.dispose()
    _unreadable_by_stock_sqlite(saved)  # the copy kept before upgrading is encrypted too
    assert cipher.read_key_file(saved) == cipher.read_key_file(tmp_path / "old.sqlite3")


def test_production_cost_is_strong_and_tests_cheap(monkeypatch):
    assert cipher.default_cost() == cipher.CHEAP  # tests/conftest.py
    monkeypatch.delenv("DESK_APP_CHEAP_KDF")
    assert cipher.default_cost() == cipher.STRONG
    assert cipher.STRONG.memory_kib >= 64 * 1024 and cipher.STRONG.time_cost >= 3


def test_an_interrupted_conversion_leaves_no_plain_copy_after_unlock(encrypted):
    # as if the desk had died between renaming the encrypted file in and zeroing the old one
    aside = encrypted.with_name(encrypted.name + ".plain-20261122-093000")
    aside.write_bytes(b"SQLite format 3\x00" + b"PLAIN PERSONAL DATA" * 100)
    cipher.forget(encrypted)
    encryption.unlock(f"sqlite:///{encrypted}", PASSPHRASE)
    assert not aside.exists()
    assert desk_lease.clean_leftovers(encrypted) == []


def test_the_key_store_remembers_the_key_until_another_key_comes(encrypted):
    import keyring

    from tests.services.test_outbox import MemoryKeyring

    url, store, before = f"sqlite:///{encrypted}", MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        key = cipher.key_for(encrypted)
        cipher.forget(encrypted)
        assert not encryption.unlock_from_keystore(url)  # nothing remembered: the passphrase
        encryption.unlock(url, PASSPHRASE, remember=True)
        assert list(store.secrets.values()) == [key.hex()]
        cipher.forget(encrypted)
        assert encryption.unlock_from_keystore(url) and cipher.key_for(encrypted) == key
        # a restore brought another office's key file: the remembered key is not used
        cipher.forget(encrypted)
        other, meta = cipher.new_key("another office's phrase")
        cipher.write_key_file(encrypted, meta)
        assert not encryption.unlock_from_keystore(url)
        assert encryption.state(url) == encryption.LOCKED
    finally:
        keyring.set_keyring(before)


def test_older_plain_copies_are_encrypted_too_and_still_restore(plain, tmp_path, clock):
    url = f"sqlite:///{plain}"
    db = Database.open(url, clock=clock)
    plan = autobackup.plan_for(None, plain.parent / "backups")
    try:
        auto = Path(autobackup.run(db, plan).path)
    finally:
        db.dispose()
    kept = plain.with_name(plain.name + ".before-upgrade-0009_access_control-20261101-080000")
    shutil.copyfile(auto, kept)
    stray = plain.parent / "notes.sqlite3"  # not this application's: left alone
    with sqlite3.connect(stray) as conn:
        conn.execute("CREATE TABLE t(x)")
    done = encryption.encrypt(url, PASSPHRASE, NOW)
    assert sorted(done.encrypted_copies) == sorted([str(auto), str(kept)])
    for path in (auto, kept):
        _unreadable_by_stock_sqlite(path)
    assert done.plain_backups == [] and not cipher.is_encrypted(stray)
    assert autobackup.verify(auto)  # its manifest rewritten and authenticated with the key
    report = autobackup.drill(plan, scratch=tmp_path, clock=clock)
    assert report.counts["beneficiaries"] == 120 and report.matches_manifest
    assert not list(plain.parent.glob("*.plain")) and not list(plain.parent.glob("*/*.plain"))
