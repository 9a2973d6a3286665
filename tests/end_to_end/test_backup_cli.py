"""``desk-app backup --auto`` and ``--drill`` as the Task Scheduler or an administrator runs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(args, env, input_text=None):
    return subprocess.run([sys.executable, "-m", "desk_app", *args], env=env, input=input_text,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ)
    e.update(DESK_APP_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
             HOME=str(tmp_path))
    e.pop("DESK_APP_DB", None)
    e.pop("DESK_APP_BACKUP_DIR", None)
    return e


def test_auto_backup_then_drill(env, tmp_path):
    assert run(["demo", "--beneficiaries", "25", "--seed", "2",
                "--requests-per-beneficiary", "0"], env).returncode == 0
    done = run(["backup", "--auto"], env)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    path = Path(info["path"])
    assert path.parent == tmp_path / "data" / "backups" and path.name.startswith("desk-auto-")
    assert path.is_file() and info["reason"] == "daily" and len(info["sha256"]) == 64
    again = run(["backup", "--auto"], env)  # not due: the day's full check instead
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["checked_in_full"] == str(path)
    assert json.loads(Path(f"{path}.fullcheck.json").read_text())["result"] == "ok"
    drill = run(["backup", "--drill"], env)
    assert drill.returncode == 0, drill.stderr
    report = json.loads(drill.stdout)
    assert report["counts"]["beneficiaries"] == 25 and report["backup"] == str(path)


def test_unusable_backup_folder_is_a_message_not_a_traceback(env, tmp_path):
    assert run(["demo", "--beneficiaries", "5", "--seed", "2"], env).returncode == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = run(["backup", "--auto", "--now", "--folder", str(blocker / "sub")], env)
    assert done.returncode == 1
    assert done.stderr.startswith("desk-app backup: ") and "Traceback" not in done.stderr
    none = run(["backup", "--drill", "--folder", str(tmp_path / "empty")], env)
    assert none.returncode == 1 and "no automatic backup" in none.stderr
