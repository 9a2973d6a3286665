"""``desk-app encrypt``, the passphrase at the command line, and ``restore`` of an encrypted
backup with the wrong passphrase (refused in Arabic, the live database untouched)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only

ADMIN = {"DESK_APP_USER": "boss", "DESK_APP_PASSWORD": "long-password-1"}


def run(args, env, input_text=None):
    return subprocess.run([sys.executable, "-m", "desk_app", *args], env=env, input=input_text,
                          capture_output=True, text=True, timeout=300)


def office(tmp_path, name: str, people: int) -> dict:
    e = dict(os.environ)
    e.update(DESK_APP_DATA_DIR=str(tmp_path / name), QT_QPA_PLATFORM="offscreen",
             HOME=str(tmp_path / name), XDG_CONFIG_HOME=str(tmp_path / name / "config"), **ADMIN)
    for var in ("DESK_APP_DB", "DESK_APP_PASSPHRASE", "DESK_APP_BACKUP_PASSPHRASE"):
        e.pop(var, None)
    assert run(["init", "--admin", "boss"], e, "long-password-1\n").returncode == 0
    done = run(["demo", "--beneficiaries", str(people), "--seed", "3",
                "--requests-per-beneficiary", "0"], e)
    assert done.returncode == 0, done.stderr
    return e


def test_encrypt_then_restore_with_the_wrong_passphrase_is_refused(tmp_path):
    a = office(tmp_path, "a", 30)
    done = run(["encrypt"], dict(a, DESK_APP_PASSPHRASE="first office phrase"))
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["backup"]).name.startswith("desk.sqlite3.before-encrypt-")
    locked = run(["find", "", "--json"], a)  # no passphrase, no terminal
    assert locked.returncode == 1 and "قاعدة البيانات مشفرة" in locked.stderr
    wrong = run(["find", "", "--json"], dict(a, DESK_APP_PASSPHRASE="not it at all"))
    assert wrong.returncode == 1 and "عبارة المرور غير صحيحة" in wrong.stderr
    a = dict(a, DESK_APP_PASSPHRASE="first office phrase")
    found = json.loads(run(["find", "", "--json"], a).stdout)["results"]
    assert len(found) == 30
    saved = tmp_path / "a-backup.sqlite3"
    assert run(["backup", "--out", str(saved)], a).returncode == 0

    b = office(tmp_path, "b", 5)
    assert run(["encrypt"], dict(b, DESK_APP_PASSPHRASE="second office phrase")).returncode == 0
    b = dict(b, DESK_APP_PASSPHRASE="second office phrase")
    live = tmp_path / "b" / "desk.sqlite3"
    refused = run(["restore", str(saved)], b)
    assert refused.returncode == 1
    assert "عبارة المرور لا تفتح هذه النسخة الاحتياطية" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    # untouched (the byte-for-byte check is in tests/services/test_encryption.py: here the
    # command's own sign-in writes to the database): no safety copy, the same 5 people
    assert not list(live.parent.glob("desk.sqlite3.before-restore-*"))
    assert len(json.loads(run(["find", "", "--json"], b).stdout)["results"]) == 5

    restored = run(["restore", str(saved)], dict(b, DESK_APP_BACKUP_PASSPHRASE="first office "
                                                    "phrase"))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["encrypted"] is True
    # the restored database is the first office's: its passphrase now opens it here
    again = run(["find", "", "--json"], dict(b, DESK_APP_PASSPHRASE="first office phrase"))
    assert len(json.loads(again.stdout)["results"]) == 30


def test_encrypt_twice_and_short_passphrase_are_messages(tmp_path):
    a = office(tmp_path, "a", 3)
    short = run(["encrypt"], dict(a, DESK_APP_PASSPHRASE="short"))
    assert short.returncode == 1 and "قصيرة" in short.stderr
    assert run(["encrypt"], dict(a, DESK_APP_PASSPHRASE="a long enough phrase")).returncode == 0
    twice = run(["--lang", "en", "encrypt"], dict(a, DESK_APP_PASSPHRASE="a long enough phrase"))
    assert twice.returncode == 1 and "already encrypted" in twice.stderr
